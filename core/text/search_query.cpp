#include "search_query.h"

#include "text/vietnamese_text.h"

#include <QVarLengthArray>
#include <algorithm>
#include <array>
#include <cstring>
#include <string_view>

namespace sangkien::text {
namespace {

// Marks as Unicode decomposes Vietnamese letters.
unsigned char shapeOf(char32_t mark)
{
    switch (mark) {
    case 0x0306: // breve: ă
        return 1;
    case 0x0302: // circumflex: â ê ô
        return 2;
    case 0x031B: // horn: ơ ư
        return 3;
    default:
        return 0;
    }
}

unsigned char toneOf(char32_t mark)
{
    switch (mark) {
    case 0x0300: // huyền
        return 1;
    case 0x0301: // sắc
        return 2;
    case 0x0303: // ngã
        return 3;
    case 0x0309: // hỏi
        return 4;
    case 0x0323: // nặng
        return 5;
    default:
        return 0;
    }
}

constexpr char16_t kShapeStroke = 4; // đ

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber();
}

// Letters of the blocks Vietnamese text lives in (U+0000–U+024F, U+1E00–U+1EFF), decomposed once.
struct LetterTable
{
    struct Entry
    {
        char16_t base;
        unsigned char shape;
        unsigned char tone;
    };
    std::array<Entry, 0x250> low{};
    std::array<Entry, 0x100> ext{};

    static Entry decompose(char16_t c)
    {
        if (c == 0x0110 || c == 0x0111)
            return {u'd', kShapeStroke, 0};
        QString nfd = QString(QChar(c)).normalized(QString::NormalizationForm_D);
        Entry e{QChar(c).toLower().unicode(), 0, 0};
        if (nfd.size() > 1) {
            e.base = nfd.at(0).toLower().unicode();
            for (qsizetype i = 1; i < nfd.size(); ++i) {
                const char32_t m = nfd.at(i).unicode();
                if (const unsigned char s = shapeOf(m))
                    e.shape = s;
                else if (const unsigned char t = toneOf(m))
                    e.tone = t;
                else
                    e.shape = 5; // another mark (ü, ç …): a shape of its own
            }
        }
        return e;
    }

    LetterTable()
    {
        for (std::size_t i = 0; i < low.size(); ++i)
            low[i] = decompose(char16_t(i));
        for (std::size_t i = 0; i < ext.size(); ++i)
            ext[i] = decompose(char16_t(0x1E00 + i));
    }
};

const LetterTable& letterTable()
{
    static const LetterTable table;
    return table;
}

} // namespace

SearchQuery::Letter SearchQuery::letterOf(char16_t c)
{
    if (c < 0x80) {
        if (c >= u'A' && c <= u'Z')
            return {char16_t(c + (u'a' - u'A')), 0, 0};
        return {c, 0, 0};
    }
    const LetterTable& t = letterTable();
    if (c < 0x250) {
        const auto& e = t.low[c];
        return {e.base, e.shape, e.tone};
    }
    if (c >= 0x1E00 && c < 0x1F00) {
        const auto& e = t.ext[c - 0x1E00];
        return {e.base, e.shape, e.tone};
    }
    return {QChar(c).toLower().unicode(), 0, 0};
}

bool SearchQuery::same(const Letter& q, char16_t c)
{
    if (c < 0x80 && q.shape == 0 && q.tone == 0) {
        // The common case, plain letters both sides.
        const char16_t lower = c >= u'A' && c <= u'Z' ? char16_t(c + (u'a' - u'A')) : c;
        return lower == q.base;
    }
    const Letter t = letterOf(c);
    return t.base == q.base && (q.shape == 0 || q.shape == t.shape) && (q.tone == 0 || q.tone == t.tone);
}

SearchQuery::SearchQuery(const QString& typed)
    : m_text(typed)
    , m_key(searchKey(typed))
{
    const QString cleaned = clean(typed);
    Word word;
    auto flush = [&] {
        if (!word.isEmpty())
            m_words.append(word);
        word.clear();
    };
    for (const QChar c : cleaned) {
        if (c.isSpace()) {
            flush();
            continue;
        }
        if (c.isMark()) {
            // A mark standing alone after NFC (no precomposed letter): it narrows the letter before it.
            if (!word.isEmpty()) {
                if (const unsigned char s = shapeOf(c.unicode()))
                    word.last().shape = s;
                else if (const unsigned char t = toneOf(c.unicode()))
                    word.last().tone = t;
            }
            continue;
        }
        const Letter l = letterOf(c.unicode());
        m_marks = m_marks || l.shape != 0 || l.tone != 0;
        word.append(l);
    }
    flush();
    for (const QStringView w : QStringView(m_key).tokenize(u' ', Qt::SkipEmptyParts)) {
        m_keyWords.append(w.toString());
        const QByteArray utf8 = w.toUtf8();
        m_keyWords8.emplace_back(utf8.constData(), std::size_t(utf8.size()));
    }
}

QString SearchQuery::fieldKey(const QStringView* fields, qsizetype count)
{
    QString out;
    qsizetype size = count;
    for (qsizetype i = 0; i < count; ++i)
        size += fields[i].size();
    out.reserve(size);
    for (qsizetype i = 0; i < count; ++i) {
        if (i > 0)
            out += QChar(kFieldSeparator);
        appendSearchKey(out, fields[i]);
    }
    return out;
}

namespace {

// How often a byte occurs in folded Vietnamese text, roughly (per mille; letters without marks, as in a
// search key): which letter of a word to look for first.
int letterFrequency(char c)
{
    static constexpr std::array<unsigned char, 26> letters{
        // a   b   c   d   e  f   g   h    i   j  k   l   m   n    o   p   q  r   s   t   u   v   w  x  y   z
        90, 15, 60, 30, 40, 1, 50, 110, 70, 1, 10, 30, 30, 130, 50, 10, 5, 15, 15, 80, 40, 25, 1, 5, 25, 1};
    const auto b = static_cast<unsigned char>(c);
    if (b >= 'a' && b <= 'z')
        return letters[b - 'a'];
    if (b == ' ')
        return 200;
    if (b >= '0' && b <= '9')
        return 20;
    return b < 0x80 ? 10 : 3; // punctuation; bytes of other letters (rare in folded text)
}

bool isKeyWordChar(char32_t u)
{
    if (u < 0x80)
        return (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || (u >= u'A' && u <= u'Z');
    // Beyond the BMP a UTF-16 key holds two surrogates, neither a letter: the UTF-8 key says the same.
    return u <= 0xFFFF && QChar::isLetterOrNumber(u);
}

// The two spellings of a field key tierOfKey() reads: UTF-16 (a QString) and UTF-8 (the entries table's
// buffer). Each tells the same tier of the same text: words are matched unit by unit (a valid UTF-8 word
// only matches at a character's start), and a character is a word's letter in both or in neither.
struct Utf16Key
{
    using View = std::u16string_view;

    static std::size_t find(View text, View word, std::size_t from)
    {
        const qsizetype at = QStringView(text).indexOf(QStringView(word), qsizetype(from));
        return at < 0 ? View::npos : std::size_t(at);
    }
    // Whether the character ending at `at` (exclusive) is a word's letter.
    static bool wordCharBefore(View text, std::size_t at) { return isKeyWordChar(text[at - 1]); }
    // Past the separators (no field separator) from pos.
    static std::size_t skipSeparators(View text, std::size_t pos)
    {
        while (pos < text.size() && !isKeyWordChar(text[pos]) && text[pos] != SearchQuery::kFieldSeparator)
            ++pos;
        return pos;
    }
};

struct Utf8Key
{
    using View = std::string_view;

    static std::size_t find(View text, View word, std::size_t from)
    {
        return SearchQuery::findInKey(text, word, from);
    }
    // The code point starting at i, and its length in bytes (a stray byte counts as one, not a letter).
    static char32_t decode(View text, std::size_t i, std::size_t* length)
    {
        const auto b = static_cast<unsigned char>(text[i]);
        std::size_t n = b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
        if (i + n > text.size())
            n = 1;
        char32_t c = n == 1 ? b : n == 2 ? (b & 0x1F) : n == 3 ? (b & 0x0F) : (b & 0x07);
        for (std::size_t k = 1; k < n; ++k)
            c = (c << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
        *length = n;
        return n == 1 && b >= 0x80 ? 0xFFFD : c;
    }
    static bool wordCharBefore(View text, std::size_t at)
    {
        const auto b = static_cast<unsigned char>(text[at - 1]);
        if (b < 0x80)
            return isKeyWordChar(b);
        std::size_t start = at - 1;
        while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80 && at - start < 4)
            --start;
        std::size_t length = 0;
        const char32_t c = decode(text, start, &length);
        return start + length == at && isKeyWordChar(c);
    }
    static std::size_t skipSeparators(View text, std::size_t pos)
    {
        while (pos < text.size()) {
            std::size_t length = 1;
            const char32_t c = decode(text, pos, &length);
            if (isKeyWordChar(c) || c == SearchQuery::kFieldSeparator)
                break;
            pos += length;
        }
        return pos;
    }
};

// The words of the query standing together in one field, from a word's start.
template <typename Key, typename Words>
bool phraseInKey(typename Key::View segment, const Words& words)
{
    using View = typename Key::View;
    const View first = words.front();
    std::size_t from = 0;
    while (true) {
        const std::size_t at = Key::find(segment, first, from);
        if (at == View::npos)
            return false;
        from = at + 1;
        if (at > 0 && Key::wordCharBefore(segment, at))
            continue;
        std::size_t pos = at + first.size();
        bool whole = true;
        for (std::size_t w = 1; w < std::size_t(words.size()) && whole; ++w) {
            // Separators between the words, never the end of a field.
            const std::size_t gap = pos;
            pos = Key::skipSeparators(segment, pos);
            const View word = words[w];
            whole = pos > gap && segment.substr(pos).starts_with(word);
            pos += word.size();
        }
        if (whole)
            return true;
    }
}

template <typename Key, typename Words>
SearchQuery::Tier tierOfKeyIn(typename Key::View key, const Words& words)
{
    using View = typename Key::View;
    if (words.empty())
        return SearchQuery::Phrase;
    if (words.size() == 1) {
        // One word: a phrase where it starts a word (a field's start is a word's start too).
        const View word = words.front();
        std::size_t at = Key::find(key, word, 0);
        if (at == View::npos)
            return SearchQuery::NoMatch;
        for (; at != View::npos; at = Key::find(key, word, at + 1)) {
            if (at == 0 || !Key::wordCharBefore(key, at))
                return SearchQuery::Phrase;
        }
        return SearchQuery::OneField;
    }
    for (const View w : words) {
        if (Key::find(key, w, 0) == View::npos)
            return SearchQuery::NoMatch;
    }
    // The phrase never runs over a field's end (skipSeparators stops at separators).
    if (phraseInKey<Key>(key, words))
        return SearchQuery::Phrase;
    std::size_t start = 0;
    while (start <= key.size()) {
        std::size_t end = start;
        while (end < key.size() && key[end] != typename View::value_type(SearchQuery::kFieldSeparator))
            ++end;
        const View segment = key.substr(start, end - start);
        const bool all = !segment.empty() && std::all_of(words.begin(), words.end(), [&](View w) {
            return Key::find(segment, w, 0) != View::npos;
        });
        if (all)
            return SearchQuery::OneField;
        start = end + 1;
    }
    return SearchQuery::Anywhere;
}

} // namespace

std::size_t SearchQuery::findInKey(std::string_view text, std::string_view word, std::size_t from)
{
    const std::size_t m = word.size();
    if (from > text.size() || text.size() - from < m)
        return std::string_view::npos;
    if (m == 0)
        return from;
    // memchr (vectorised) for the word's rarest letter, then the whole word around it: "nguyen" is looked
    // for by its "y", which stops memchr five times less often than its "n".
    std::size_t rare = 0;
    for (std::size_t i = 1; i < m; ++i) {
        if (letterFrequency(word[i]) < letterFrequency(word[rare]))
            rare = i;
    }
    const char* const base = text.data();
    const char* p = base + from + rare;
    const char* const last = base + (text.size() - m) + rare; // the rare letter's last possible place
    const char c = word[rare];
    while (p <= last) {
        p = static_cast<const char*>(std::memchr(p, c, std::size_t(last - p) + 1));
        if (!p)
            return std::string_view::npos;
        const char* const start = p - rare; // the rare letter's places come in order: so do the starts
        if (std::memcmp(start, word.data(), m) == 0)
            return std::size_t(start - base);
        ++p;
    }
    return std::string_view::npos;
}

SearchQuery::Tier SearchQuery::tierOfKey(QStringView key) const
{
    QVarLengthArray<std::u16string_view, 8> words;
    for (const QString& w : m_keyWords)
        words.append(
            std::u16string_view(reinterpret_cast<const char16_t*>(w.utf16()), std::size_t(w.size())));
    return tierOfKeyIn<Utf16Key>(std::u16string_view(key.utf16(), std::size_t(key.size())), words);
}

SearchQuery::Tier SearchQuery::tierOfKey(std::string_view utf8Key) const
{
    return tierOfKeyIn<Utf8Key>(utf8Key, m_keyWords8);
}

qsizetype SearchQuery::find(QStringView text, qsizetype from, const Word& word, qsizetype* end)
{
    const qsizetype n = text.size();
    const qsizetype m = word.size();
    const Letter& first = word.first();
    for (qsizetype i = from; i + m <= n; ++i) {
        if (!same(first, text[i].unicode()))
            continue;
        qsizetype k = 1;
        while (k < m && same(word[k], text[i + k].unicode()))
            ++k;
        if (k == m) {
            if (end)
                *end = i + m;
            return i;
        }
    }
    return -1;
}

bool SearchQuery::phraseIn(QStringView text) const
{
    const Word& first = m_words.first();
    qsizetype from = 0;
    while (true) {
        qsizetype end = 0;
        const qsizetype at = find(text, from, first, &end);
        if (at < 0)
            return false;
        from = at + 1;
        if (at > 0 && isWordChar(text[at - 1]))
            continue; // the phrase starts at a word's start
        qsizetype pos = end;
        bool whole = true;
        for (qsizetype w = 1; w < m_words.size() && whole; ++w) {
            // The next word follows after the separators (spaces, commas, hyphens) and nothing else.
            const qsizetype gap = pos;
            while (pos < text.size() && !isWordChar(text[pos]))
                ++pos;
            if (pos == gap || pos >= text.size()) {
                whole = false;
                break;
            }
            const Word& next = m_words[w];
            if (pos + next.size() > text.size()) {
                whole = false;
                break;
            }
            for (qsizetype k = 0; k < next.size() && whole; ++k)
                whole = same(next[k], text[pos + k].unicode());
            pos += next.size();
        }
        if (whole)
            return true;
    }
}

SearchQuery::Tier SearchQuery::tier(const QStringView* fields, qsizetype count) const
{
    if (m_words.isEmpty())
        return Phrase;
    const qsizetype words = m_words.size();
    QVarLengthArray<bool, 8> found(words, false);
    bool oneField = false;
    for (qsizetype f = 0; f < count; ++f) {
        const QStringView field = fields[f];
        if (field.isEmpty())
            continue;
        qsizetype here = 0;
        for (qsizetype w = 0; w < words; ++w) {
            if (find(field, 0, m_words[w], nullptr) >= 0) {
                found[w] = true;
                ++here;
            }
        }
        if (here == words) {
            if (phraseIn(field))
                return Phrase;
            oneField = true;
        }
    }
    if (oneField)
        return OneField;
    return std::all_of(found.begin(), found.end(), [](bool b) { return b; }) ? Anywhere : NoMatch;
}

QList<std::pair<qsizetype, qsizetype>> SearchQuery::spans(QStringView text) const
{
    QList<std::pair<qsizetype, qsizetype>> out;
    for (const Word& word : m_words) {
        qsizetype from = 0;
        qsizetype end = 0;
        while (from < text.size()) {
            const qsizetype at = find(text, from, word, &end);
            if (at < 0)
                break;
            out.append({at, end - at});
            from = end;
        }
    }
    std::sort(out.begin(), out.end());
    QList<std::pair<qsizetype, qsizetype>> merged;
    for (const auto& s : out) {
        if (!merged.isEmpty() && s.first <= merged.last().first + merged.last().second) {
            const qsizetype end = std::max(merged.last().first + merged.last().second, s.first + s.second);
            merged.last().second = end - merged.last().first;
        } else {
            merged.append(s);
        }
    }
    return merged;
}

} // namespace sangkien::text
