#include "import/xml_byte_scanner.h"

#include <QCoreApplication>
#include <algorithm>
#include <cstring>
#include <quazip.h>
#include <quazipfile.h>
#include <utility>

namespace sangkien {

namespace {

constexpr qint64 kChunk = 256 * 1024;

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

QByteArrayView localName(QByteArrayView qualified)
{
    // Names are short: a loop, not QByteArrayView::lastIndexOf's general search.
    for (qsizetype i = qualified.size(); i > 0; --i) {
        if (qualified[i - 1] == ':')
            return qualified.sliced(i);
    }
    return qualified;
}

void appendUtf8(QByteArray& out, char32_t c)
{
    if (c < 0x80) {
        out.append(char(c));
    } else if (c < 0x800) {
        out.append(char(0xC0 | (c >> 6)));
        out.append(char(0x80 | (c & 0x3F)));
    } else if (c < 0x10000) {
        out.append(char(0xE0 | (c >> 12)));
        out.append(char(0x80 | ((c >> 6) & 0x3F)));
        out.append(char(0x80 | (c & 0x3F)));
    } else {
        out.append(char(0xF0 | (c >> 18)));
        out.append(char(0x80 | ((c >> 12) & 0x3F)));
        out.append(char(0x80 | ((c >> 6) & 0x3F)));
        out.append(char(0x80 | (c & 0x3F)));
    }
}

// XML 1.0's Char production: what a character reference may name.
bool isXmlChar(char32_t c)
{
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) ||
           (c >= 0x10000 && c <= 0x10FFFF);
}

// The reference between '&' and ';' appended as UTF-8; false when it is unknown or malformed.
bool appendReference(QByteArray& out, QByteArrayView name)
{
    if (name == "amp")
        out.append('&');
    else if (name == "lt")
        out.append('<');
    else if (name == "gt")
        out.append('>');
    else if (name == "quot")
        out.append('"');
    else if (name == "apos")
        out.append('\'');
    else if (name.size() >= 2 && name[0] == '#') {
        const bool hex = name[1] == 'x';
        const QByteArrayView digits = name.sliced(hex ? 2 : 1);
        if (digits.isEmpty() || digits.size() > 8)
            return false;
        char32_t c = 0;
        for (char d : digits) {
            int v = -1;
            if (d >= '0' && d <= '9')
                v = d - '0';
            else if (hex && d >= 'a' && d <= 'f')
                v = d - 'a' + 10;
            else if (hex && d >= 'A' && d <= 'F')
                v = d - 'A' + 10;
            if (v < 0)
                return false;
            c = c * (hex ? 16 : 10) + char32_t(v);
        }
        if (!isXmlChar(c))
            return false;
        appendUtf8(out, c);
    } else {
        return false;
    }
    return true;
}

// CR LF and a lone CR become LF, as an XML processor reports them.
void appendLines(QByteArray& out, QByteArrayView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] != '\r')
            out.append(text[i]);
        else if (i + 1 >= text.size() || text[i + 1] != '\n')
            out.append('\n');
    }
}

} // namespace

XmlByteScanner::XmlByteScanner() = default;

XmlByteScanner::~XmlByteScanner()
{
    if (m_file && m_file->isOpen())
        m_file->close();
}

bool XmlByteScanner::open(const QString& zipPath, const QString& entry, qint64 maxBytes)
{
    m_entry = entry;
    m_maxBytes = maxBytes;
    m_bytes = 0;
    m_lines = 0;
    m_buf.clear();
    m_pos = 0;
    m_started = false;
    m_decoder.reset();
    m_eof = false;
    m_sawRoot = false;
    m_done = false;
    m_pendingEnd = false;
    m_failure = Failure::None;
    m_reason.clear();
    m_open.clear();
    m_name = {};
    m_attributes = {};
    m_file = std::make_unique<QuaZipFile>(zipPath, entry, QuaZip::csInsensitive);
    if (!m_file->open(QIODevice::ReadOnly)) {
        m_failure = Failure::NoEntry;
        return false;
    }
    return true;
}

bool XmlByteScanner::fail(Failure failure, const char* reason)
{
    if (m_failure == Failure::None) {
        m_failure = failure;
        if (reason)
            m_reason = QString::fromLatin1(reason);
    }
    return false;
}

bool XmlByteScanner::fill()
{
    if (m_failure != Failure::None || m_eof || !m_file)
        return false;
    if (m_pos > 0) {
        // memchr from line to line: a sheet written by LibreOffice or Excel has a handful of lines.
        for (const char *p = m_buf.constData(), *end = p + m_pos;
             (p = static_cast<const char*>(std::memchr(p, '\n', size_t(end - p)))) != nullptr; ++p)
            ++m_lines;
        m_buf.remove(0, m_pos);
        m_pos = 0;
    }
    QByteArray raw(kChunk, Qt::Uninitialized);
    const qint64 n = m_file->read(raw.data(), kChunk);
    if (n < 0)
        return fail(Failure::Damaged);
    if (n == 0) {
        m_eof = true;
        m_file->close();
        // The CRC is checked on close: a bad one means damaged data.
        if (m_file->getZipError() != 0)
            return fail(Failure::Damaged);
        if (m_decoder && m_decoder->hasError())
            return fail(Failure::Xml, "invalid data for the declared encoding");
        return false;
    }
    m_bytes += n;
    if (m_bytes > m_maxBytes)
        return fail(Failure::TooLarge);
    raw.truncate(n);
    QByteArrayView bytes(raw);
    if (!m_started) {
        m_started = true;
        // A byte order mark or the declaration says what the part is written in; UTF-8 is read as is.
        if (bytes.startsWith("\xEF\xBB\xBF")) {
            bytes = bytes.sliced(3);
        } else if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
            m_decoder = std::make_unique<QStringDecoder>(QStringDecoder::Utf16);
        } else if (bytes.startsWith(QByteArrayView("<\0?\0", 4))) {
            m_decoder = std::make_unique<QStringDecoder>(QStringDecoder::Utf16LE);
        } else if (bytes.startsWith(QByteArrayView("\0<\0?", 4))) {
            m_decoder = std::make_unique<QStringDecoder>(QStringDecoder::Utf16BE);
        } else if (bytes.startsWith("<?xml")) {
            const qsizetype end = bytes.indexOf("?>");
            const QByteArrayView declaration = bytes.first(end < 0 ? bytes.size() : end);
            const qsizetype at = declaration.indexOf("encoding");
            if (at >= 0) {
                qsizetype q = at + 8;
                while (q < declaration.size() && (isSpace(declaration[q]) || declaration[q] == '='))
                    ++q;
                if (q < declaration.size() && (declaration[q] == '"' || declaration[q] == '\'')) {
                    const qsizetype close = declaration.indexOf(declaration[q], q + 1);
                    const QByteArray name =
                        declaration.sliced(q + 1, (close < 0 ? declaration.size() : close) - q - 1)
                            .toByteArray()
                            .toLower();
                    if (name != "utf-8" && name != "utf8") {
                        m_decoder = std::make_unique<QStringDecoder>(name.constData());
                        if (!m_decoder->isValid())
                            return fail(Failure::Xml, "unsupported encoding");
                    }
                }
            }
        }
    }
    if (m_decoder)
        m_buf.append(QString(m_decoder->decode(bytes)).toUtf8());
    else
        m_buf.append(bytes);
    return true;
}

bool XmlByteScanner::ensure(qsizetype bytes)
{
    while (m_buf.size() - m_pos < bytes) {
        if (!fill())
            return false;
    }
    return true;
}

qsizetype XmlByteScanner::findInBuffer(qsizetype from, QByteArrayView what)
{
    for (;;) {
        const qsizetype at = QByteArrayView(m_buf).indexOf(what, from);
        if (at >= 0)
            return at;
        // Look again from where a match could still start, after more data (fill() moves m_pos to 0).
        const qsizetype again = std::max(from, m_buf.size() - what.size() + 1) - m_pos;
        if (!fill())
            return -1;
        from = m_pos + again;
    }
}

XmlByteScanner::Token XmlByteScanner::scan(QByteArray* text)
{
    if (m_failure != Failure::None)
        return Token::Invalid;
    if (m_pendingEnd) {
        m_pendingEnd = false;
        if (m_open.empty())
            m_done = true;
        return Token::End;
    }
    if (m_done)
        return Token::EndDocument;
    auto damaged = [&]() {
        fail(Failure::Damaged);
        return Token::Invalid;
    };
    auto malformed = [&](const char* reason) {
        fail(Failure::Xml, reason);
        return Token::Invalid;
    };
    for (;;) {
        qsizetype lt = m_buf.indexOf('<', m_pos);
        if (lt < 0) {
            if (!text) // the text is skipped: drop it
                m_pos = m_buf.size();
            if (!fill())
                return m_failure != Failure::None ? Token::Invalid : damaged();
            continue;
        }
        if (text && lt > m_pos && !appendDecoded(*text, QByteArrayView(m_buf).sliced(m_pos, lt - m_pos)))
            return malformed("unknown entity or bad character reference");
        m_pos = lt;
        if (!ensure(2))
            return m_failure != Failure::None ? Token::Invalid : damaged();
        const char kind = std::as_const(m_buf)[m_pos + 1];
        if (kind == '?') {
            const qsizetype end = findInBuffer(m_pos + 2, "?>");
            if (end < 0)
                return m_failure != Failure::None ? Token::Invalid : damaged();
            m_pos = end + 2;
            continue;
        }
        if (kind == '!') {
            if (!ensure(9) && m_failure != Failure::None)
                return Token::Invalid;
            const QByteArrayView head = QByteArrayView(m_buf).sliced(m_pos);
            if (head.startsWith("<!--")) {
                const qsizetype end = findInBuffer(m_pos + 4, "-->");
                if (end < 0)
                    return m_failure != Failure::None ? Token::Invalid : damaged();
                m_pos = end + 3;
            } else if (head.startsWith("<![CDATA[")) {
                const qsizetype end = findInBuffer(m_pos + 9, "]]>");
                if (end < 0)
                    return m_failure != Failure::None ? Token::Invalid : damaged();
                if (text)
                    appendLines(*text, QByteArrayView(m_buf).sliced(m_pos + 9, end - m_pos - 9));
                m_pos = end + 3;
            } else if (head.startsWith("<!DOCTYPE") && !m_sawRoot) {
                // Skipped with its internal subset; entities it declares are not known to the reader.
                int brackets = 0;
                qsizetype i = m_pos + 2;
                for (;; ++i) {
                    if (i >= m_buf.size()) {
                        const qsizetype offset = i - m_pos;
                        if (!fill())
                            return m_failure != Failure::None ? Token::Invalid : damaged();
                        i = m_pos + offset;
                    }
                    const char c = std::as_const(m_buf)[i];
                    if (c == '[')
                        ++brackets;
                    else if (c == ']')
                        --brackets;
                    else if (c == '>' && brackets <= 0)
                        break;
                }
                m_pos = i + 1;
            } else {
                return malformed("unexpected markup");
            }
            continue;
        }
        if (kind == '/') {
            const qsizetype gt = findInBuffer(m_pos + 2, ">");
            if (gt < 0)
                return m_failure != Failure::None ? Token::Invalid : damaged();
            QByteArrayView qualified = QByteArrayView(m_buf).sliced(m_pos + 2, gt - m_pos - 2);
            while (!qualified.isEmpty() && isSpace(qualified.back()))
                qualified.chop(1);
            if (m_open.empty())
                return malformed("closing tag without an opening one");
            const size_t start = m_open.find_last_of('\0', m_open.size() - 2);
            const size_t from = start == std::string::npos ? 0 : start + 1;
            const std::string_view top(m_open.data() + from, m_open.size() - 1 - from);
            if (top != std::string_view(qualified.data(), size_t(qualified.size())))
                return malformed("opening and ending tag mismatch");
            m_open.resize(from);
            m_name = localName(qualified);
            m_pos = gt + 1;
            if (m_open.empty())
                m_done = true;
            return Token::End;
        }
        // A start tag: its end is the first '>' outside quoted attribute values.
        qsizetype i = m_pos + 1;
        char quote = 0;
        for (;; ++i) {
            if (i >= m_buf.size()) {
                const qsizetype offset = i - m_pos;
                if (!fill())
                    return m_failure != Failure::None ? Token::Invalid : damaged();
                i = m_pos + offset;
            }
            const char c = std::as_const(m_buf)[i];
            if (quote) {
                if (c == quote)
                    quote = 0;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                break;
            } else if (c == '<') {
                return malformed("'<' inside a tag");
            }
        }
        const qsizetype gt = i;
        const bool selfClosing = std::as_const(m_buf)[gt - 1] == '/';
        const QByteArrayView tag =
            QByteArrayView(m_buf).sliced(m_pos + 1, gt - m_pos - 1 - (selfClosing ? 1 : 0));
        qsizetype nameEnd = 0;
        while (nameEnd < tag.size() && !isSpace(tag[nameEnd]))
            ++nameEnd;
        const QByteArrayView qualified = tag.first(nameEnd);
        if (qualified.isEmpty())
            return malformed("a tag without a name");
        m_name = localName(qualified);
        m_attributes = tag.sliced(nameEnd);
        m_pos = gt + 1;
        m_sawRoot = true;
        if (selfClosing) {
            m_pendingEnd = true;
        } else {
            m_open.append(qualified.data(), size_t(qualified.size()));
            m_open.push_back('\0');
        }
        return Token::Start;
    }
}

XmlByteScanner::Token XmlByteScanner::next()
{
    return scan(nullptr);
}

bool XmlByteScanner::readText(QByteArray& out)
{
    return walkToEnd(&out);
}

bool XmlByteScanner::skipElement()
{
    return walkToEnd(nullptr);
}

bool XmlByteScanner::walkToEnd(QByteArray* directText)
{
    int depth = 1;
    for (;;) {
        switch (scan(depth == 1 ? directText : nullptr)) {
        case Token::Invalid:
        case Token::EndDocument:
            return false;
        case Token::Start:
            ++depth;
            break;
        case Token::End:
            if (--depth == 0)
                return true;
            break;
        }
    }
}

QByteArrayView XmlByteScanner::attribute(QByteArrayView wanted, QByteArray& scratch) const
{
    const QByteArrayView a = m_attributes;
    qsizetype p = 0;
    while (p < a.size()) {
        while (p < a.size() && isSpace(a[p]))
            ++p;
        const qsizetype nameStart = p;
        while (p < a.size() && a[p] != '=' && !isSpace(a[p]))
            ++p;
        const QByteArrayView name = a.sliced(nameStart, p - nameStart);
        while (p < a.size() && isSpace(a[p]))
            ++p;
        if (p >= a.size() || a[p] != '=')
            return {};
        ++p;
        while (p < a.size() && isSpace(a[p]))
            ++p;
        if (p >= a.size() || (a[p] != '"' && a[p] != '\''))
            return {};
        const char quote = a[p++];
        // memchr: QByteArrayView::indexOf(char) goes through the general substring search.
        const void* found = std::memchr(a.data() + p, quote, size_t(a.size() - p));
        if (!found)
            return {};
        const qsizetype end = static_cast<const char*>(found) - a.data();
        const QByteArrayView value = a.sliced(p, end - p);
        p = end + 1;
        // Namespace declarations are not attributes.
        if (localName(name) != wanted || name == "xmlns" || name.startsWith("xmlns:"))
            continue;
        if (std::none_of(value.begin(), value.end(),
                         [](char c) { return c == '&' || c == '\t' || c == '\n' || c == '\r'; }))
            return value;
        // Attribute values: white space characters become spaces, references are decoded.
        scratch.clear();
        QByteArray spaced = value.toByteArray();
        // Line ends first become one line feed (XML 2.11: CR LF is one), then every white space character
        // a space (3.3.3): CR LF is one space, not two.
        spaced.replace("\r\n", "\n");
        for (char& c : spaced) {
            if (c == '\t' || c == '\n' || c == '\r')
                c = ' ';
        }
        if (!appendDecoded(scratch, spaced))
            return {};
        return scratch.isNull() ? QByteArrayView("") : QByteArrayView(scratch);
    }
    return {};
}

bool XmlByteScanner::appendDecoded(QByteArray& out, QByteArrayView text)
{
    const char* amp = static_cast<const char*>(std::memchr(text.data(), '&', size_t(text.size())));
    if (!amp && !std::memchr(text.data(), '\r', size_t(text.size()))) {
        out.append(text);
        return true;
    }
    for (qsizetype i = 0; i < text.size();) {
        const char c = text[i];
        if (c == '&') {
            const qsizetype semicolon = text.indexOf(';', i + 1);
            if (semicolon < 0 || semicolon - i > 12 ||
                !appendReference(out, text.sliced(i + 1, semicolon - i - 1)))
                return false;
            i = semicolon + 1;
        } else if (c == '\r') {
            out.append('\n');
            i += (i + 1 < text.size() && text[i + 1] == '\n') ? 2 : 1;
        } else {
            // Copy up to the next reference or CR in one go.
            qsizetype j = i + 1;
            while (j < text.size() && text[j] != '&' && text[j] != '\r')
                ++j;
            out.append(text.sliced(i, j - i));
            i = j;
        }
    }
    return true;
}

QString XmlByteScanner::failureText() const
{
    switch (m_failure) {
    case Failure::None:
        return {};
    case Failure::NoEntry:
        return QCoreApplication::translate("ZipXmlStream",
                                           "The part %1 is missing from the package or cannot be unpacked.")
            .arg(m_entry);
    case Failure::TooLarge:
        return QCoreApplication::translate(
                   "ZipXmlStream", "The part %1 unpacks to more than %2 MB; the file is refused as unsafe.")
            .arg(m_entry)
            .arg(m_maxBytes / (1024 * 1024));
    case Failure::Damaged:
        return QCoreApplication::translate("ZipXmlStream", "The part %1 is truncated or damaged.")
            .arg(m_entry);
    case Failure::Xml: {
        const qint64 line =
            m_lines + std::count(m_buf.cbegin(), m_buf.cbegin() + std::min(m_pos, m_buf.size()), '\n') + 1;
        return QCoreApplication::translate("ZipXmlStream",
                                           "The part %1 is not well-formed XML (line %2: %3).")
            .arg(m_entry)
            .arg(line)
            .arg(m_reason);
    }
    }
    return {};
}

} // namespace sangkien
