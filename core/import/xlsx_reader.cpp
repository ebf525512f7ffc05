#include "import/xlsx_reader.h"

#include "import/reader_xml.h"
#include "import/xml_byte_scanner.h"
#include "import/zip_xml_stream.h"

#include <QFileInfo>
#include <QHash>
#include <QUrl>
#include <algorithm>
#include <charconv>

namespace sangkien {

using reader::attribute;
using reader::DateKind;

namespace {

struct Relationship
{
    QString id;
    QString type;
    QString target; // resolved zip entry name
};

bool typeIs(const QString& type, QLatin1String suffix)
{
    return type.endsWith(suffix, Qt::CaseInsensitive);
}

// The folder of a part, with its trailing slash ("xl/" for "xl/workbook.xml").
QString folderOf(const QString& part)
{
    const qsizetype slash = part.lastIndexOf(u'/');
    return slash < 0 ? QString() : part.left(slash + 1);
}

// A relationship target as a zip entry name: absolute targets start at the package root, relative
// ones at the source part's folder; "." and ".." segments and percent escapes are resolved.
QString resolveTarget(const QString& sourcePart, const QString& target)
{
    QString path = QUrl::fromPercentEncoding(target.toUtf8());
    path.replace(u'\\', u'/');
    if (!path.startsWith(u'/'))
        path = folderOf(sourcePart) + path;
    QStringList out;
    for (const QString& segment : path.split(u'/', Qt::SkipEmptyParts)) {
        if (segment == u".")
            continue;
        if (segment == u"..") {
            if (!out.isEmpty())
                out.removeLast();
            continue;
        }
        out << segment;
    }
    return out.join(u'/');
}

QString relsPartFor(const QString& part)
{
    const qsizetype slash = part.lastIndexOf(u'/');
    return folderOf(part) + QStringLiteral("_rels/") + part.mid(slash + 1) + QStringLiteral(".rels");
}

} // namespace

XlsxReader::XlsxReader(ReaderLimits limits)
    : SheetReader(limits)
{}

XlsxReader::~XlsxReader() = default;

Error XlsxReader::streamError(int row, int column) const
{
    return error(m_stream ? m_stream->failureText() : tr("The sheet cannot be read."), row, column);
}

Status XlsxReader::open(const QString& path)
{
    m_path = path;
    m_sheets.clear();
    m_current = -1;
    m_date1904 = false;
    m_stringBlock.clear();
    m_stringEnds.clear();
    m_richStrings.clear();
    m_pieces.clear();
    m_styles.clear();
    m_fonts.clear();
    m_stream.reset();
    m_merged.clear();

    const QFileInfo info(path);
    if (!info.exists() || !info.isReadable())
        return fileError(tr("The file does not exist or cannot be read."));
    if (info.size() == 0)
        return fileError(tr("The file is empty."));
    if (Status s = readWorkbook(); !s)
        return s;
    if (m_sheets.isEmpty())
        return fileError(tr("The workbook has no worksheets."));
    const auto visible =
        std::find_if(m_sheets.cbegin(), m_sheets.cend(), [](const Sheet& s) { return !s.info.hidden; });
    m_current = visible == m_sheets.cend() ? 0 : static_cast<int>(visible - m_sheets.cbegin());
    return startSheet();
}

Status XlsxReader::readWorkbook()
{
    const ZipDirectory dir = ZipDirectory::read(m_path);
    if (!dir.failure.isEmpty())
        return fileError(tr("This is not a readable .xlsx workbook: %1").arg(dir.failure));

    // The relationships of a part, each target resolved to the entry name stored in the zip.
    auto readRels = [&](const QString& part, QList<Relationship>& out) -> Status {
        const QString relsPart = dir.find(relsPartFor(part));
        if (relsPart.isEmpty())
            return {};
        ZipXmlStream stream;
        stream.open(m_path, relsPart, m_limits.maxStringsBytes);
        for (auto t = stream.readNext(); t != QXmlStreamReader::EndDocument; t = stream.readNext()) {
            if (t == QXmlStreamReader::Invalid)
                return fileError(stream.failureText());
            if (t != QXmlStreamReader::StartElement || stream.xml().name() != u"Relationship")
                continue;
            const auto attrs = stream.xml().attributes();
            if (attribute(attrs, u"TargetMode").compare(u"External", Qt::CaseInsensitive) == 0)
                continue;
            const QString resolved = resolveTarget(part, attribute(attrs, u"Target").toString());
            const QString stored = dir.find(resolved);
            out << Relationship{attribute(attrs, u"Id").toString(), attribute(attrs, u"Type").toString(),
                                stored.isEmpty() ? resolved : stored};
        }
        return {};
    };

    QList<Relationship> packageRels;
    if (Status s = readRels(QString(), packageRels); !s)
        return s;
    QString workbook;
    for (const Relationship& r : packageRels) {
        if (typeIs(r.type, QLatin1String("/officeDocument")))
            workbook = r.target;
    }
    if (workbook.isEmpty() || dir.find(workbook).isEmpty())
        workbook = dir.find(QStringLiteral("xl/workbook.xml"));
    if (workbook.isEmpty()) {
        if (!dir.find(QStringLiteral("content.xml")).isEmpty())
            return fileError(tr("This is an OpenDocument spreadsheet, not an .xlsx workbook."));
        return fileError(tr("This zip file is not an .xlsx workbook: it has no workbook part."));
    }

    QList<Relationship> workbookRels;
    if (Status s = readRels(workbook, workbookRels); !s)
        return s;

    ZipXmlStream stream;
    stream.open(m_path, workbook, m_limits.maxStringsBytes);
    for (auto t = stream.readNext(); t != QXmlStreamReader::EndDocument; t = stream.readNext()) {
        if (t == QXmlStreamReader::Invalid)
            return fileError(stream.failureText());
        if (t != QXmlStreamReader::StartElement)
            continue;
        const QXmlStreamReader& xml = stream.xml();
        const auto attrs = xml.attributes();
        if (xml.name() == u"workbookPr") {
            // Extensions repeat <workbookPr> (x15:workbookPr) without the attribute: keep what was read.
            const QStringView v = attribute(attrs, u"date1904");
            if (!v.isEmpty())
                m_date1904 = v == u"1" || v.compare(u"true", Qt::CaseInsensitive) == 0;
        } else if (xml.name() == u"sheet") {
            const QStringView id = attribute(attrs, u"id");
            const auto rel = std::find_if(workbookRels.cbegin(), workbookRels.cend(),
                                          [&](const Relationship& r) { return r.id == id; });
            // Chart, dialog and macro sheets hold no rows of data.
            if (rel == workbookRels.cend() || !typeIs(rel->type, QLatin1String("/worksheet")))
                continue;
            const QStringView state = attribute(attrs, u"state");
            m_sheets << Sheet{
                SheetInfo{attribute(attrs, u"name").toString(), state == u"hidden" || state == u"veryHidden"},
                rel->target};
        }
    }

    for (const Relationship& r : workbookRels) {
        if (dir.find(r.target).isEmpty())
            continue;
        if (typeIs(r.type, QLatin1String("/sharedStrings"))) {
            if (Status s = readSharedStrings(r.target); !s)
                return s;
        } else if (typeIs(r.type, QLatin1String("/styles"))) {
            if (Status s = readStyles(r.target); !s)
                return s;
        }
    }
    return {};
}

bool XlsxReader::readPieces(XmlByteScanner& scanner, int& count)
{
    // At the start of <si> or <is>: direct <t> text, or <r> runs with <rPr><rFont val=…>; <rPh>
    // phonetic guides are pronunciation hints, not part of the text.
    count = 0;
    auto piece = [&](bool run) -> Piece& {
        if (size_t(count) >= m_pieces.size())
            m_pieces.emplace_back();
        Piece& p = m_pieces[size_t(count++)];
        p.text.resize(0);
        p.font.resize(0);
        p.run = run;
        return p;
    };
    QByteArray scratch;
    for (;;) {
        const auto t = scanner.next();
        if (t == XmlByteScanner::Token::Invalid || t == XmlByteScanner::Token::EndDocument)
            return false;
        if (t == XmlByteScanner::Token::End)
            break;
        const QByteArrayView name = scanner.name();
        if (name == "t") {
            if (!scanner.readText(piece(false).text))
                return false;
        } else if (name == "r") {
            Piece& run = piece(true);
            for (;;) {
                const auto rt = scanner.next();
                if (rt == XmlByteScanner::Token::Invalid || rt == XmlByteScanner::Token::EndDocument)
                    return false;
                if (rt == XmlByteScanner::Token::End && scanner.name() == "r")
                    break;
                if (rt != XmlByteScanner::Token::Start)
                    continue;
                const QByteArrayView runName = scanner.name();
                if (runName == "rFont") {
                    const QByteArrayView font = scanner.attribute("val", scratch);
                    run.font.resize(0);
                    run.font.append(font);
                } else if (runName == "t") {
                    if (!scanner.readText(run.text))
                        return false;
                }
            }
        } else if (!scanner.skipElement()) {
            return false;
        }
    }
    return true;
}

bool XlsxReader::plainPieces(int count) const
{
    for (int i = 0; i < count; ++i) {
        const Piece& p = m_pieces[size_t(i)];
        if (p.run || p.text.contains("_x"))
            return false;
    }
    return true;
}

XlsxReader::RichText XlsxReader::richText(int count) const
{
    // Plain text is kept without runs (a shared-strings table holds hundreds of thousands); text
    // before the first run becomes a run of its own once there are runs.
    RichText out;
    bool hasRuns = false;
    for (int i = 0; i < count; ++i) {
        const Piece& p = m_pieces[size_t(i)];
        const QString text = reader::decodeXString(QString::fromUtf8(p.text));
        if (!p.run) {
            if (hasRuns)
                out.runs << CellRun{text, QString()};
            out.text += text;
            continue;
        }
        if (!hasRuns && !out.text.isEmpty())
            out.runs << CellRun{out.text, QString()};
        hasRuns = true;
        out.text += text;
        out.runs << CellRun{text, QString::fromUtf8(p.font)};
    }
    return out;
}

Status XlsxReader::readSharedStrings(const QString& part)
{
    XmlByteScanner scanner;
    scanner.open(m_path, part, m_limits.maxStringsBytes);
    QByteArray scratch;
    for (;;) {
        const auto t = scanner.next();
        if (t == XmlByteScanner::Token::EndDocument)
            break;
        if (t == XmlByteScanner::Token::Invalid)
            return fileError(scanner.failureText());
        if (t != XmlByteScanner::Token::Start)
            continue;
        if (scanner.name() == "sst") {
            bool ok = false;
            const qsizetype unique = scanner.attribute("uniqueCount", scratch).toByteArray().toLongLong(&ok);
            if (ok && unique > 0)
                m_stringEnds.reserve(size_t(std::min<qsizetype>(unique, 4 * 1024 * 1024)));
            continue;
        }
        if (scanner.name() != "si")
            continue;
        int count = 0;
        if (!readPieces(scanner, count))
            return fileError(scanner.failureText());
        if (plainPieces(count)) {
            for (int i = 0; i < count; ++i)
                m_stringBlock.append(m_pieces[size_t(i)].text);
        } else {
            m_richStrings.insert(int(m_stringEnds.size()), richText(count));
        }
        m_stringEnds.push_back(m_stringBlock.size());
    }
    m_pieces.clear(); // the longest string's buffers, not needed any more
    // Held while the whole sheet is read: without the room the growth left (up to half again).
    m_stringBlock.squeeze();
    m_stringEnds.shrink_to_fit();
    return {};
}

Status XlsxReader::readStyles(const QString& part)
{
    ZipXmlStream stream;
    stream.open(m_path, part, m_limits.maxStringsBytes);
    QHash<int, DateKind> customFormats;
    QList<std::pair<int, int>> xfs; // numFmtId, fontId
    QString section;                // the list being read: numFmts, fonts or cellXfs
    int depth = 0;
    int sectionDepth = -1;
    for (auto t = stream.readNext(); t != QXmlStreamReader::EndDocument; t = stream.readNext()) {
        if (t == QXmlStreamReader::Invalid)
            return fileError(stream.failureText());
        if (t == QXmlStreamReader::EndElement) {
            if (--depth < sectionDepth) {
                section.clear();
                sectionDepth = -1;
            }
            continue;
        }
        if (t != QXmlStreamReader::StartElement)
            continue;
        ++depth;
        const QXmlStreamReader& xml = stream.xml();
        const QStringView name = xml.name();
        const auto attrs = xml.attributes();
        if (section.isEmpty()) {
            if (name == u"numFmts" || name == u"fonts" || name == u"cellXfs") {
                section = name.toString();
                sectionDepth = depth;
            }
        } else if (section == u"numFmts" && name == u"numFmt") {
            customFormats.insert(attribute(attrs, u"numFmtId").toInt(),
                                 reader::classifyNumberFormat(attribute(attrs, u"formatCode")));
        } else if (section == u"fonts" && name == u"font" && depth == sectionDepth + 1) {
            m_fonts << QString();
        } else if (section == u"fonts" && name == u"name" && !m_fonts.isEmpty()) {
            m_fonts.last() = attribute(attrs, u"val").toString();
        } else if (section == u"cellXfs" && name == u"xf" && depth == sectionDepth + 1) {
            const QStringView font = attribute(attrs, u"fontId");
            xfs << std::pair{attribute(attrs, u"numFmtId").toInt(), font.isEmpty() ? -1 : font.toInt()};
        }
    }
    for (const auto& [numFmt, font] : xfs) {
        const auto custom = customFormats.constFind(numFmt);
        m_styles << CellStyle{font, custom != customFormats.cend() ? *custom
                                                                   : reader::classifyBuiltinFormat(numFmt)};
    }
    return {};
}

QList<SheetInfo> XlsxReader::sheets() const
{
    QList<SheetInfo> out;
    for (const Sheet& s : m_sheets)
        out << s.info;
    return out;
}

Status XlsxReader::selectSheet(const QString& name)
{
    for (int i = 0; i < m_sheets.size(); ++i) {
        if (m_sheets[i].info.name == name) {
            m_current = i;
            return startSheet();
        }
    }
    return fileError(tr("The workbook has no sheet named “%1”.").arg(name));
}

Status XlsxReader::startSheet()
{
    m_merged.clear();
    m_atEnd = false;
    m_lastRow = 0;
    m_stream = std::make_unique<XmlByteScanner>();
    if (!m_stream->open(m_path, m_sheets[m_current].part, m_limits.maxEntryBytes))
        return streamError();
    return {};
}

namespace {

enum class CellType
{
    Number, // "n" or none (and any type the format does not define)
    Shared,
    Inline,
    Formula, // "str"
    ErrorValue,
    Boolean,
    Date
};

CellType cellType(QByteArrayView t)
{
    if (t.isEmpty() || t == "n")
        return CellType::Number;
    if (t == "s")
        return CellType::Shared;
    if (t == "inlineStr")
        return CellType::Inline;
    if (t == "str")
        return CellType::Formula;
    if (t == "e")
        return CellType::ErrorValue;
    if (t == "b")
        return CellType::Boolean;
    if (t == "d")
        return CellType::Date;
    return CellType::Number;
}

// Short ASCII bytes as UTF-16 on the stack, so QStringView's own parsing applies without a QString.
class Utf16Of
{
public:
    explicit Utf16Of(QByteArrayView bytes)
    {
        if (bytes.size() > qsizetype(sizeof(m_chars) / sizeof(m_chars[0])))
            return;
        for (qsizetype i = 0; i < bytes.size(); ++i) {
            if (static_cast<unsigned char>(bytes[i]) >= 0x80)
                return;
            m_chars[i] = char16_t(bytes[i]);
        }
        m_size = bytes.size();
        m_ascii = true;
    }
    // As QStringView; longer or non-ASCII bytes go through a QString kept in fallback.
    QStringView view(QByteArrayView bytes, QString& fallback) const
    {
        if (m_ascii)
            return QStringView(m_chars, m_size);
        fallback = QString::fromUtf8(bytes);
        return fallback;
    }

private:
    char16_t m_chars[32];
    qsizetype m_size = 0;
    bool m_ascii = false;
};

int toInt(QByteArrayView bytes, bool* ok = nullptr)
{
    // Up to nine ASCII digits (a style, a shared string's index): read directly, as QString::toInt would.
    if (!bytes.isEmpty() && bytes.size() <= 9 &&
        std::all_of(bytes.begin(), bytes.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        int v = 0;
        for (const char c : bytes)
            v = v * 10 + (c - '0');
        if (ok)
            *ok = true;
        return v;
    }
    QString fallback;
    return Utf16Of(bytes).view(bytes, fallback).toInt(ok);
}

bool isAscii(QByteArrayView bytes)
{
    for (char c : bytes) {
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    }
    return true;
}

// ASCII white space as QChar::isSpace sees it.
QByteArrayView trimAscii(QByteArrayView v)
{
    auto space = [](char c) { return c == ' ' || (c >= '\t' && c <= '\r'); };
    while (!v.isEmpty() && space(v.front()))
        v = v.sliced(1);
    while (!v.isEmpty() && space(v.back()))
        v.chop(1);
    return v;
}

// A number as QString::toDouble reads it; plain integers and decimals without building a QString.
double toDouble(QByteArrayView t, bool* ok)
{
    qsizetype i = 0;
    const bool negative = !t.isEmpty() && t[0] == '-';
    if (negative)
        ++i;
    const qsizetype digitsStart = i;
    qint64 whole = 0;
    while (i < t.size() && t[i] >= '0' && t[i] <= '9' && i - digitsStart < 15)
        whole = whole * 10 + (t[i++] - '0');
    if (i == t.size() && i > digitsStart) {
        *ok = true;
        const double d = double(whole);
        return negative ? -d : d;
    }
    // Decimals and exponents: correctly rounded, as Qt reads them, when the text has no other form.
    qsizetype j = digitsStart;
    auto digits = [&]() {
        const qsizetype from = j;
        while (j < t.size() && t[j] >= '0' && t[j] <= '9')
            ++j;
        return j > from;
    };
    bool plain = digits();
    if (plain && j < t.size() && t[j] == '.') {
        ++j;
        plain = digits();
    }
    if (plain && j < t.size() && (t[j] == 'e' || t[j] == 'E')) {
        ++j;
        if (j < t.size() && (t[j] == '+' || t[j] == '-'))
            ++j;
        plain = digits();
    }
    if (plain && j == t.size()) {
        double d = 0;
        const auto [end, ec] = std::from_chars(t.data(), t.data() + t.size(), d);
        if (ec == std::errc() && end == t.data() + t.size()) {
            *ok = true;
            return d;
        }
    }
    return QString::fromLatin1(t).toDouble(ok);
}

} // namespace

Result<bool> XlsxReader::readCell(SheetRow& row, int rowNumber, int& nextColumn)
{
    XmlByteScanner& scanner = *m_stream;
    QByteArray scratch;
    const QByteArrayView ref = scanner.attribute("r", scratch);
    int column = nextColumn;
    if (!ref.isEmpty()) {
        QString fallback;
        column = columnFromRef(Utf16Of(ref).view(ref, fallback));
        if (column < 0)
            return error(tr("The cell reference “%1” is not valid.").arg(QString::fromUtf8(ref)), rowNumber);
    }
    if (column >= m_limits.maxColumns)
        return error(tr("The row has more than %1 columns.").arg(m_limits.maxColumns), rowNumber);
    nextColumn = column + 1;
    const CellType type = cellType(scanner.attribute("t", scratch));
    const QByteArrayView styleText = scanner.attribute("s", scratch);
    const int styleIndex = styleText.isEmpty() ? 0 : toInt(styleText);
    const CellStyle style =
        styleIndex >= 0 && styleIndex < m_styles.size() ? m_styles[styleIndex] : CellStyle{};

    m_value.resize(0);
    bool hasInline = false;
    int inlinePieces = 0;
    for (;;) {
        const auto t = scanner.next();
        if (t == XmlByteScanner::Token::Invalid || t == XmlByteScanner::Token::EndDocument)
            return streamError(rowNumber, column);
        if (t == XmlByteScanner::Token::End)
            break; // </c>
        const QByteArrayView name = scanner.name();
        bool ok = true;
        if (name == "v") {
            m_value.resize(0);
            ok = scanner.readText(m_value);
        } else if (name == "is") {
            hasInline = true;
            ok = readPieces(scanner, inlinePieces);
        } else {
            ok = scanner.skipElement(); // <f>: the formula's cached <v> is the value
        }
        if (!ok)
            return streamError(rowNumber, column);
    }

    Cell cell;
    cell.column = column;
    if (style.font >= 0 && style.font < m_fonts.size())
        cell.font = m_fonts[style.font];
    auto setText = [&](const QString& text, const QList<CellRun>& runs) {
        cell.value = text;
        cell.text = text;
        cell.runs = runs;
        for (CellRun& r : cell.runs) {
            if (r.font.isEmpty())
                r.font = cell.font;
        }
    };
    auto setNumber = [&](double d) {
        const QVariant date = style.dateKind == DateKind::None
                                  ? QVariant()
                                  : reader::serialToDate(d, m_date1904, style.dateKind);
        cell.value = date.isValid() ? date : QVariant(d);
        cell.text =
            style.dateKind == DateKind::Duration ? reader::durationText(d) : reader::displayText(cell.value);
    };
    auto setShared = [&](int index) {
        if (const auto rich = m_richStrings.constFind(index); rich != m_richStrings.cend()) {
            setText(rich->text, rich->runs);
            return;
        }
        const qsizetype from = index == 0 ? 0 : m_stringEnds[size_t(index) - 1];
        setText(
            QString::fromUtf8(QByteArrayView(m_stringBlock).sliced(from, m_stringEnds[size_t(index)] - from)),
            {});
    };
    const bool ascii = isAscii(m_value);
    if (type == CellType::Shared && ascii) {
        const QByteArrayView trimmed = trimAscii(m_value);
        if (trimmed.isEmpty())
            return true;
        bool ok = false;
        const int index = toInt(trimmed, &ok);
        if (!ok || index < 0 || index >= sharedStringCount())
            return error(tr("The cell refers to shared string %1, which does not exist.")
                             .arg(QString::fromLatin1(trimmed)),
                         rowNumber, column);
        setShared(index);
    } else if (type == CellType::Number && ascii) {
        const QByteArrayView trimmed = trimAscii(m_value);
        if (trimmed.isEmpty())
            return true;
        bool ok = false;
        const double d = toDouble(trimmed, &ok);
        if (!ok)
            setText(QString::fromLatin1(trimmed), {});
        else
            setNumber(d);
    } else {
        const QString v = QString::fromUtf8(m_value);
        const QString trimmed = v.trimmed();
        if (type == CellType::Shared) {
            if (trimmed.isEmpty())
                return true;
            bool ok = false;
            const int index = trimmed.toInt(&ok);
            if (!ok || index < 0 || index >= sharedStringCount())
                return error(tr("The cell refers to shared string %1, which does not exist.").arg(trimmed),
                             rowNumber, column);
            setShared(index);
        } else if (type == CellType::Inline) {
            if (hasInline) {
                const RichText text = richText(inlinePieces);
                setText(text.text, text.runs);
            } else {
                setText(reader::decodeXString(v), {});
            }
        } else if (type == CellType::Formula || type == CellType::ErrorValue) {
            setText(reader::decodeXString(v), {}); // formula text, or an error such as #DIV/0!
        } else if (type == CellType::Boolean) {
            if (trimmed.isEmpty())
                return true;
            cell.value = trimmed != u"0" && trimmed.compare(u"false", Qt::CaseInsensitive) != 0;
            cell.text = reader::displayText(cell.value);
        } else if (type == CellType::Date) {
            if (trimmed.isEmpty())
                return true;
            if (trimmed.contains(u'T')) {
                const QDateTime dt = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
                // The wall-clock value, as the sheet shows it, whatever zone suffix it carries.
                cell.value = dt.isValid() ? QVariant(QDateTime(dt.date(), dt.time())) : QVariant(trimmed);
            } else if (trimmed.contains(u':')) {
                const QTime time = QTime::fromString(trimmed, Qt::ISODateWithMs);
                cell.value = time.isValid() ? QVariant(time) : QVariant(trimmed);
            } else {
                const QDate date = QDate::fromString(trimmed, Qt::ISODate);
                cell.value = date.isValid() ? QVariant(date) : QVariant(trimmed);
            }
            cell.text = reader::displayText(cell.value);
        } else {
            if (trimmed.isEmpty())
                return true;
            bool ok = false;
            const double d = trimmed.toDouble(&ok);
            if (!ok)
                setText(trimmed, {});
            else
                setNumber(d);
        }
    }
    if (cell.text.isEmpty())
        return true;
    if (cell.text.size() > m_limits.maxCellTextLength)
        return error(tr("The cell holds more than %1 characters.").arg(m_limits.maxCellTextLength), rowNumber,
                     column);
    row.cells << std::move(cell);
    return true;
}

Result<bool> XlsxReader::nextRow(SheetRow& row)
{
    row.number = 0;
    row.cells.clear(); // keeps its capacity for the next row
    if (m_atEnd || !m_stream)
        return false;
    QByteArray scratch;
    for (;;) {
        const auto t = m_stream->next();
        if (t == XmlByteScanner::Token::Invalid)
            return streamError(m_lastRow + 1);
        if (t == XmlByteScanner::Token::EndDocument) {
            m_atEnd = true;
            m_stream.reset();
            return false;
        }
        if (t != XmlByteScanner::Token::Start)
            continue;
        const QByteArrayView name = m_stream->name();
        if (name == "mergeCell") {
            if (const auto range = CellRange::fromA1(QString::fromUtf8(m_stream->attribute("ref", scratch))))
                m_merged << *range;
            continue;
        }
        if (name != "row")
            continue;
        const QByteArrayView r = m_stream->attribute("r", scratch);
        const int number = r.isEmpty() ? m_lastRow + 1 : toInt(r);
        if (number < 1)
            return error(tr("The row number “%1” is not valid.").arg(QString::fromUtf8(r)), m_lastRow + 1);
        if (number > m_limits.maxRows)
            return error(tr("The sheet has more than %1 rows.").arg(m_limits.maxRows), number);
        m_lastRow = number;
        row.number = number;
        int nextColumn = 0;
        for (;;) {
            const auto ct = m_stream->next();
            if (ct == XmlByteScanner::Token::Invalid || ct == XmlByteScanner::Token::EndDocument)
                return streamError(number);
            if (ct == XmlByteScanner::Token::End)
                break; // </row>
            if (m_stream->name() == "c") {
                if (Result<bool> ok = readCell(row, number, nextColumn); !ok)
                    return ok.error();
            } else if (!m_stream->skipElement()) {
                return streamError(number);
            }
        }
        if (row.cells.isEmpty())
            continue;
        if (!std::is_sorted(row.cells.cbegin(), row.cells.cend(),
                            [](const Cell& a, const Cell& b) { return a.column < b.column; }))
            std::stable_sort(row.cells.begin(), row.cells.end(),
                             [](const Cell& a, const Cell& b) { return a.column < b.column; });
        return true;
    }
}

QList<CellRange> XlsxReader::mergedRanges()
{
    if (m_atEnd || m_current < 0)
        return m_merged;
    // <mergeCells> follows the rows: find it with a separate pass that keeps nothing but the ranges.
    QList<CellRange> out;
    XmlByteScanner scanner;
    scanner.open(m_path, m_sheets[m_current].part, m_limits.maxEntryBytes);
    QByteArray scratch;
    for (auto t = scanner.next();
         t != XmlByteScanner::Token::EndDocument && t != XmlByteScanner::Token::Invalid; t = scanner.next()) {
        if (t == XmlByteScanner::Token::Start && scanner.name() == "mergeCell") {
            if (const auto range = CellRange::fromA1(QString::fromUtf8(scanner.attribute("ref", scratch))))
                out << *range;
        }
    }
    return out;
}

} // namespace sangkien
