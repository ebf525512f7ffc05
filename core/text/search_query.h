#pragma once

#include <QList>
#include <QString>
#include <QStringView>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace sangkien::text {

// A search as the clerk typed it, and the one rule that says what it finds and in which order, for the
// window's entries table and `sangkien-cli list --search` alike.
//
// Matching ignores case and the diacritics the query does not have: "dang" finds "Đặng" and "đẳng",
// "Đặng" finds "Đặng" and "ĐẶNG" but not "đẳng" (another tone), "Văn" does not find "Vân" or "vận", and
// "nguyên" finds "Nguyễn" (the query has no tone, so the tone is not looked at). Every word of the query
// has to occur in the entry (as a part of a word, so a name can be typed letter by letter).
//
// A match has a tier, the better first:
//   Phrase   — the words typed together stand together, in order, in one field, from a word's start
//              ("nguyen van" in "Nguyễn Văn An");
//   OneField — every word occurs in one field, apart ("nguyen van" in "Văn Thị Nguyên");
//   Anywhere — the words are spread over the fields ("Nguyễn Thị Hoa" whose title holds "văn bản").
class SearchQuery
{
public:
    enum Tier : unsigned char
    {
        NoMatch = 0,
        Anywhere = 1,
        OneField = 2,
        Phrase = 3
    };

    SearchQuery() = default;
    explicit SearchQuery(const QString& typed);

    bool isEmpty() const { return m_words.isEmpty(); }
    QString text() const { return m_text; }
    // searchKey() of the query: what a folded key must contain for the entry to match at all (a fast
    // first test; tier() has the last word).
    const QString& key() const { return m_key; }
    // The query carries diacritics somewhere (some word asks for them).
    bool hasMarks() const { return m_marks; }

    // Between the fields of a field key: a character no text holds.
    static constexpr char16_t kFieldSeparator = u'\x1F';
    // searchKey() of each field, joined by kFieldSeparator: what tierOfKey() reads.
    static QString fieldKey(const QStringView* fields, qsizetype count);

    // The tier from a field key, fast (folded text, no letter decoded): the same as tier() for a query
    // without diacritics. With diacritics it is only an upper bound: tier() has the last word.
    Tier tierOfKey(QStringView fieldKey) const;
    // The same from the UTF-8 of a field key (the entries table keeps every key in one UTF-8 buffer):
    // always the tier tierOfKey() gives for the same key in UTF-16.
    Tier tierOfKey(std::string_view utf8FieldKey) const;
    // The first place ≥ from where word occurs in the UTF-8 text, or npos (byte by byte, as tierOfKey
    // matches words).
    static std::size_t findInKey(std::string_view text, std::string_view word, std::size_t from = 0);
    // The words of key(), in UTF-8.
    const std::vector<std::string>& keyWordsUtf8() const { return m_keyWords8; }

    // The tier of the fields of one entry (code, title, nominee, unit, each author …).
    Tier tier(const QStringView* fields, qsizetype count) const;
    Tier tier(std::initializer_list<QStringView> fields) const
    {
        return tier(fields.begin(), qsizetype(fields.size()));
    }

    // Where the query's words occur in text, as (start, length) in text's positions, sorted and merged:
    // what the table highlights.
    QList<std::pair<qsizetype, qsizetype>> spans(QStringView text) const;

    bool operator==(const SearchQuery& other) const { return m_text == other.m_text; }

private:
    struct Letter
    {
        char16_t base = 0;       // lower case, without marks (đ → d)
        unsigned char shape = 0; // breve, circumflex, horn, stroke (đ); 0: none, or (query) not asked
        unsigned char tone = 0;  // grave, acute, tilde, hook, dot below; 0: none, or (query) not asked
    };
    using Word = QList<Letter>;

    static Letter letterOf(char16_t c);
    static bool same(const Letter& query, char16_t text);
    // The first position ≥ from where word occurs in text, or -1; *end is set past it.
    static qsizetype find(QStringView text, qsizetype from, const Word& word, qsizetype* end);
    bool phraseIn(QStringView text) const;

    QString m_text;
    QString m_key;
    QList<Word> m_words;
    QList<QString> m_keyWords;            // the words of m_key
    std::vector<std::string> m_keyWords8; // the same in UTF-8
    bool m_marks = false;
};

} // namespace sangkien::text
