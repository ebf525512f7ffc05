#include "text/vietnamese_text.h"

#include <QChar>
#include <QCollator>
#include <QLocale>
#include <QStringView>
#include <algorithm>
#include <array>

namespace sangkien::text {

QString toNfc(const QString& s)
{
    QString out = s.normalized(QString::NormalizationForm_C);
    // Control characters (a NUL from a spreadsheet, …) are never stored or printed; tab and line breaks
    // are text.
    const auto isControl = [](QChar c) {
        const char16_t u = c.unicode();
        return (u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r') || u == 0x7F;
    };
    if (std::any_of(out.cbegin(), out.cend(), isControl))
        out.removeIf(isControl);
    return out;
}

namespace {

// Whether clean(s) gives s itself, answered without a copy: no white space but single spaces between
// words, no control character, and only characters that are NFC whatever stands around them (below
// U+0300, or the precomposed letters of U+1E00 to U+1EFF, where Vietnamese's stacked marks live). Any
// other character sends the text the general way. Most cells and fields are already clean.
bool alreadyClean(QStringView s)
{
    bool previousSpace = true; // a space first is not clean
    for (const QChar ch : s) {
        const char16_t c = ch.unicode();
        if (c == u' ') {
            if (previousSpace)
                return false;
            previousSpace = true;
            continue;
        }
        previousSpace = false;
        if (c < 0x20 || c == 0x7F)
            return false;
        if (c < 0x80)
            continue;
        if ((c >= 0x300 && (c < 0x1E00 || c > 0x1EFF)) || ch.isSpace())
            return false;
    }
    return !previousSpace;
}

} // namespace

QString clean(const QString& s)
{
    if (!s.isEmpty() && alreadyClean(s))
        return s;
    return toNfc(s).simplified();
}

namespace {

// Marker in the fold table for characters that need the general (allocating) path.
constexpr char16_t kSlowPath = 0xFFFF;
// Marker for characters that fold to nothing (combining marks).
constexpr char16_t kDrop = 0;

constexpr bool isAsciiSpace(char16_t c)
{
    return c == u' ' || (c >= u'\t' && c <= u'\r');
}

// Folds one code point the general way: NFD, marks dropped, đ→d, lower-cased, spaces to ' '.
// Used to build the table and for characters outside it, so both paths agree by construction.
template <typename Sink>
void foldSlow(char32_t codePoint, Sink&& put)
{
    const QString decomposed = QString::fromUcs4(&codePoint, 1).normalized(QString::NormalizationForm_D);
    for (qsizetype i = 0; i < decomposed.size(); ++i) {
        const QChar c = decomposed.at(i);
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c.unicode() == 0x0110 || c.unicode() == 0x0111) { // Đ đ have no decomposition
            put(u'd');
        } else if (c.isSpace()) {
            put(u' ');
        } else if (c.isHighSurrogate() && i + 1 < decomposed.size() &&
                   decomposed.at(i + 1).isLowSurrogate()) {
            const char32_t lower = QChar::toLower(QChar::surrogateToUcs4(c, decomposed.at(i + 1)));
            put(QChar::highSurrogate(lower));
            put(QChar::lowSurrogate(lower));
            ++i;
        } else {
            put(c.toLower().unicode());
        }
    }
}

// Precomputed single-character folds for the blocks Vietnamese text lives in: Latin-1 Supplement,
// Latin Extended-A/B, combining diacritics (U+0080–U+036F) and Latin Extended Additional
// (U+1E00–U+1EFF, where most precomposed Vietnamese letters are). A lookup is far cheaper than
// normalizing character by character.
constexpr char16_t kLowStart = 0x0080, kLowEnd = 0x0370;
constexpr char16_t kExtStart = 0x1E00, kExtEnd = 0x1F00;

struct FoldTable
{
    std::array<char16_t, kLowEnd - kLowStart> low{};
    std::array<char16_t, kExtEnd - kExtStart> ext{};

    FoldTable()
    {
        auto fill = [](char16_t first, auto& table) {
            for (std::size_t i = 0; i < table.size(); ++i) {
                QString folded;
                foldSlow(char32_t(first + i), [&](char16_t c) { folded.append(QChar(c)); });
                table[i] = folded.isEmpty() ? kDrop : folded.size() == 1 ? folded.at(0).unicode() : kSlowPath;
            }
        };
        fill(kLowStart, low);
        fill(kExtStart, ext);
    }

    char16_t lookup(char16_t c) const
    {
        if (c >= kLowStart && c < kLowEnd)
            return low[c - kLowStart];
        if (c >= kExtStart && c < kExtEnd)
            return ext[c - kExtStart];
        return kSlowPath;
    }
};

const FoldTable& foldTable()
{
    static const FoldTable table; // thread-safe one-time initialization
    return table;
}

QCollator& vietnameseCollator()
{
    // Constructing a QCollator (an ICU collator underneath) is expensive and QCollator is not safe to share
    // between threads, so each thread keeps its own.
    thread_local QCollator collator{QLocale(QLocale::Vietnamese)};
    return collator;
}

} // namespace

void appendSearchKey(QString& out, QStringView s)
{
    const FoldTable& table = foldTable();
    const qsizetype length = s.size();
    const QChar* const in = s.constData();

    // Folding almost never lengthens text, so room the size of the input normally suffices; put() grows
    // it for the rare character that decomposes into several base characters.
    const qsizetype start = out.size();
    out.resize(start + length);
    QChar* dst = out.data();
    qsizetype n = start;
    bool pendingSpace = false;

    auto put = [&](char16_t c) {
        if (c == u' ') {
            pendingSpace = n > start; // leading whitespace is dropped, inner runs become one space
            return;
        }
        if (n + 2 > out.size()) { // room for a pending space and the character
            out.resize(out.size() * 2 + 8);
            dst = out.data();
        }
        if (pendingSpace) {
            dst[n++] = QChar(u' ');
            pendingSpace = false;
        }
        dst[n++] = QChar(c);
    };

    for (qsizetype i = 0; i < length; ++i) {
        const char16_t c = in[i].unicode();
        if (c < 0x80) { // ASCII fast path
            if (c >= u'A' && c <= u'Z')
                put(char16_t(c + (u'a' - u'A')));
            else if (isAsciiSpace(c))
                put(u' ');
            else
                put(c);
            continue;
        }
        const char16_t folded = table.lookup(c);
        if (folded == kDrop)
            continue;
        if (folded != kSlowPath) {
            put(folded);
            continue;
        }
        if (QChar::isHighSurrogate(c) && i + 1 < length && in[i + 1].isLowSurrogate()) {
            foldSlow(QChar::surrogateToUcs4(c, in[++i].unicode()), put);
        } else if (QChar::isSurrogate(c)) {
            put(c); // a lone surrogate is kept as it is rather than turned into U+FFFD
        } else {
            foldSlow(c, put);
        }
    }
    out.truncate(n);
}

QString searchKey(const QString& s)
{
    QString out;
    appendSearchKey(out, s);
    return out;
}

bool keyMatches(const QString& textKey, const QString& queryKey)
{
    // Every word of the query has to occur somewhere in the text; an empty query matches everything.
    for (const QStringView word : QStringView(queryKey).tokenize(u' ', Qt::SkipEmptyParts)) {
        if (!QStringView(textKey).contains(word))
            return false;
    }
    return true;
}

bool matchesSearch(const QString& text, const QString& query)
{
    return keyMatches(searchKey(text), searchKey(query));
}

int compareVietnamese(const QString& a, const QString& b)
{
    return vietnameseCollator().compare(a, b);
}

QString documentDate(const QDate& date)
{
    if (!date.isValid())
        return {};
    // Decree 30/2020/NĐ-CP: days below 10 and months 1 and 2 take a leading zero, other months do not.
    const int month = date.month();
    return QStringLiteral("ngày %1 tháng %2 năm %3")
        .arg(date.day(), 2, 10, QLatin1Char('0'))
        .arg(month, month <= 2 ? 2 : 1, 10, QLatin1Char('0'))
        .arg(date.year());
}

QString shortDate(const QDate& date)
{
    if (!date.isValid())
        return {};
    // Built by hand rather than with QLocale so the process locale cannot change it.
    return QStringLiteral("%1/%2/%3")
        .arg(date.day(), 2, 10, QLatin1Char('0'))
        .arg(date.month(), 2, 10, QLatin1Char('0'))
        .arg(date.year(), 4, 10, QLatin1Char('0'));
}

QString money(qint64 dong)
{
    // Unsigned magnitude so that the most negative qint64 does not overflow when negated.
    quint64 magnitude = dong < 0 ? quint64(0) - quint64(dong) : quint64(dong);

    // Digits are produced right to left, with a dot after every third.
    std::array<char16_t, 32> buffer{};
    std::size_t pos = buffer.size();
    int digits = 0;
    do {
        if (digits > 0 && digits % 3 == 0)
            buffer[--pos] = u'.';
        buffer[--pos] = char16_t(u'0' + magnitude % 10);
        magnitude /= 10;
        ++digits;
    } while (magnitude != 0);
    if (dong < 0)
        buffer[--pos] = u'-';

    QString result = QString::fromUtf16(buffer.data() + pos, qsizetype(buffer.size() - pos));
    result += QStringLiteral(" đ");
    return result;
}

} // namespace sangkien::text
