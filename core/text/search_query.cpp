#include "search_query.h"

#include "text/vietnamese_text.h"

#include <QVarLengthArray>
#include <algorithm>
#include <array>

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
    for (const QStringView w : QStringView(m_key).tokenize(u' ', Qt::SkipEmptyParts))
        m_keyWords.append(w.toString());
}

QString SearchQuery::fieldKey(const QStringView* fields, qsizetype count)
{
    QString out;
    for (qsizetype i = 0; i < count; ++i) {
        if (i > 0)
            out += QChar(kFieldSeparator);
        out += searchKey(fields[i].toString());
    }
    return out;
}

namespace {

bool isKeyWordChar(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80)
        return (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || (u >= u'A' && u <= u'Z');
    return c.isLetterOrNumber();
}

} // namespace

bool SearchQuery::phraseInKey(QStringView segment) const
{
    const QString& first = m_keyWords.first();
    qsizetype from = 0;
    while (true) {
        const qsizetype at = segment.indexOf(first, from);
        if (at < 0)
            return false;
        from = at + 1;
        if (at > 0 && isKeyWordChar(segment[at - 1]))
            continue;
        qsizetype pos = at + first.size();
        bool whole = true;
        for (qsizetype w = 1; w < m_keyWords.size() && whole; ++w) {
            // Separators between the words, never the end of a field.
            const qsizetype gap = pos;
            while (pos < segment.size() && !isKeyWordChar(segment[pos]) && segment[pos] != kFieldSeparator)
                ++pos;
            whole = pos > gap && segment.sliced(pos).startsWith(m_keyWords[w]);
            pos += m_keyWords[w].size();
        }
        if (whole)
            return true;
    }
}

SearchQuery::Tier SearchQuery::tierOfKey(QStringView key) const
{
    if (m_keyWords.isEmpty())
        return Phrase;
    if (m_keyWords.size() == 1) {
        // One word: a phrase where it starts a word (a field's start is a word's start too).
        const QString& word = m_keyWords.first();
        qsizetype at = key.indexOf(word);
        if (at < 0)
            return NoMatch;
        for (; at >= 0; at = key.indexOf(word, at + 1)) {
            if (at == 0 || !isKeyWordChar(key[at - 1]))
                return Phrase;
        }
        return OneField;
    }
    for (const QString& w : m_keyWords) {
        if (!key.contains(w))
            return NoMatch;
    }
    // The phrase never runs over a field's end (phraseInKey stops at separators).
    if (phraseInKey(key))
        return Phrase;
    bool oneField = false;
    for (const QStringView segment : key.tokenize(QChar(kFieldSeparator))) {
        const bool all = std::all_of(m_keyWords.begin(), m_keyWords.end(),
                                     [&](const QString& w) { return segment.contains(w); });
        if (all) {
            oneField = true;
            break;
        }
    }
    return oneField ? OneField : Anywhere;
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
