// The entries filter's fast paths (issue 15, the search field's keystroke benchmark): the UTF-8 key buffer
// and its substring search tell what the UTF-16 keys tell, and the flat list of rows (every row looked at,
// typed on, erased back to a remembered query, few rows sorted by key, many by walking the column's order)
// is always the list a fresh search gives.
#include "model_tester.h"
#include "models/entries_filter_model.h"
#include "models/entries_model.h"
#include "storage/entry_repository.h"
#include "text/search_query.h"

#include <QPersistentModelIndex>
#include <catch2/catch.hpp>
#include <random>
#include <string>

using namespace sangkien;
using text::SearchQuery;

namespace {

// Text from a small alphabet, so words recur: ASCII letters, a space, a hyphen, letters a search key keeps
// as they are (ß, 日), a letter beyond the BMP (a surrogate pair) and the field separator.
QString randomText(std::mt19937& rng, int length, bool separators)
{
    static const QList<QString> pieces{
        QStringLiteral("a"), QStringLiteral("n"), QStringLiteral("g"),   QStringLiteral("u"),
        QStringLiteral("y"), QStringLiteral("e"), QStringLiteral(" "),   QStringLiteral(" "),
        QStringLiteral("-"), QStringLiteral("ß"), QStringLiteral("日"),  QStringLiteral("\U0001D400"),
        QStringLiteral("1"), QStringLiteral("–"), QStringLiteral("\x1F")};
    QString out;
    const int last = separators ? int(pieces.size()) - 1 : int(pieces.size()) - 2;
    for (int i = 0; i < length; ++i)
        out += pieces[std::uniform_int_distribution<int>(0, last)(rng)];
    return out;
}

EntrySummary entry(int number, const QString& title, const QString& nominee, const QString& unit)
{
    EntrySummary e;
    e.id = number;
    e.code = QStringLiteral("SK-2024-%1").arg(number);
    e.title = title;
    e.nominee = nominee;
    e.unit = unit;
    e.status = number % 3 == 0 ? EntryStatus::Scored : EntryStatus::Received;
    return e;
}

// 400 entries whose names and titles share words in every arrangement the tiers tell apart.
QList<EntrySummary> manyEntries()
{
    const QStringList family{QStringLiteral("Nguyễn"), QStringLiteral("Văn"), QStringLiteral("Đặng"),
                             QStringLiteral("Trần")};
    const QStringList middle{QStringLiteral("Văn"), QStringLiteral("Thị"), QStringLiteral("Đức"),
                             QStringLiteral("Nguyên")};
    const QStringList given{QStringLiteral("Đức"), QStringLiteral("An"), QStringLiteral("Dung"),
                            QStringLiteral("Hoa"), QStringLiteral("Văn")};
    const QStringList titles{QStringLiteral("Số hóa hồ sơ"), QStringLiteral("Quản lý văn bản"),
                             QStringLiteral("Đào tạo nghề"), QStringLiteral("Hồ sơ số hóa"),
                             QStringLiteral("Trường Cao đẳng")};
    QList<EntrySummary> rows;
    for (int i = 1; i <= 400; ++i) {
        const QString nominee = family[i % 4] + u' ' + middle[(i / 4) % 4] + u' ' + given[(i / 16) % 5];
        rows << entry(i, titles[(i / 3) % 5], nominee,
                      i % 7 == 0 ? QStringLiteral("Sở Văn hóa") : QStringLiteral("Sở Y tế"));
    }
    // Stored out of code order, as a reload may give them.
    std::mt19937 rng(7);
    std::shuffle(rows.begin(), rows.end(), rng);
    return rows;
}

// What the filter has to show: the entries matching, better tiers first (when by relevance), then by code.
QStringList expected(const QList<EntrySummary>& rows, const QString& typed, bool relevance,
                     Qt::SortOrder order, bool onlyScored = false)
{
    const SearchQuery query(typed);
    QList<std::pair<int, QString>> found;
    for (const EntrySummary& e : rows) {
        if (onlyScored && e.status != EntryStatus::Scored)
            continue;
        const SearchQuery::Tier t = searchTier(query, e);
        if (t != SearchQuery::NoMatch)
            found.append({relevance && !query.isEmpty() ? int(t) : 0, e.code});
    }
    std::sort(found.begin(), found.end(), [&](const auto& a, const auto& b) {
        if (a.first != b.first)
            return a.first > b.first;
        const int c = EntriesFilterModel::naturalCompare(a.second, b.second);
        return order == Qt::AscendingOrder ? c < 0 : c > 0;
    });
    QStringList codes;
    for (const auto& f : found)
        codes << f.second;
    return codes;
}

QStringList shown(const QAbstractItemModel& model)
{
    QStringList codes;
    for (int r = 0; r < model.rowCount(); ++r)
        codes << model.index(r, EntriesModel::CodeColumn).data().toString();
    return codes;
}

class ScoredOnly : public EntriesFilterModel
{
public:
    bool on = false;
    void setOn(bool value)
    {
        on = value;
        invalidate();
    }

protected:
    bool acceptsRow(int sourceRow) const override
    {
        return !on || static_cast<const EntriesModel*>(sourceModel())->entryAt(sourceRow).status ==
                          EntryStatus::Scored;
    }
};

} // namespace

TEST_CASE("A field key in UTF-8 has the tier the same key has in UTF-16", "[search]")
{
    std::mt19937 rng(15);
    int matched = 0;
    for (int i = 0; i < 3000; ++i) {
        const QString key = randomText(rng, std::uniform_int_distribution<int>(0, 40)(rng), true);
        const SearchQuery query(randomText(rng, std::uniform_int_distribution<int>(1, 6)(rng), false));
        const QByteArray utf8 = key.toUtf8();
        const auto slow = query.tierOfKey(QStringView(key));
        const auto fast = query.tierOfKey(std::string_view(utf8.constData(), std::size_t(utf8.size())));
        INFO(query.key().toStdString() << " in " << key.toStdString());
        REQUIRE(fast == slow);
        matched += slow != SearchQuery::NoMatch;
    }
    CHECK(matched > 300); // the cases are not all misses
    // Words beside letters of other scripts: 日 is a letter (no word starts after it), a letter beyond
    // the BMP is two surrogates in UTF-16, not a letter, in both.
    for (const QString& key : {QStringLiteral("日nguyen"), QStringLiteral("\U0001D400nguyen"),
                               QStringLiteral("ß–nguyen\x1Fvan"), QStringLiteral("nguyen–van")}) {
        for (const char* q : {"nguyen", "nguyen van", "guyen"}) {
            const SearchQuery query(QString::fromUtf8(q));
            const QByteArray utf8 = key.toUtf8();
            INFO(q << " in " << key.toStdString());
            CHECK(query.tierOfKey(std::string_view(utf8.constData(), std::size_t(utf8.size()))) ==
                  query.tierOfKey(QStringView(key)));
        }
    }
}

TEST_CASE("The key search finds a word's first place from a position, as std::string_view::find does",
          "[search]")
{
    std::mt19937 rng(3);
    std::uniform_int_distribution<int> letter(0, 3);
    auto text = [&](int n) {
        std::string s;
        for (int i = 0; i < n; ++i)
            s += "nguy"[letter(rng)];
        return s;
    };
    for (int i = 0; i < 5000; ++i) {
        const std::string hay = text(std::uniform_int_distribution<int>(0, 60)(rng));
        const std::string word = text(std::uniform_int_distribution<int>(1, 5)(rng));
        const std::size_t from = std::uniform_int_distribution<std::size_t>(0, hay.size() + 1)(rng);
        INFO(word << " in " << hay << " from " << from);
        REQUIRE(SearchQuery::findInKey(hay, word, from) == std::string_view(hay).find(word, from));
    }
}

TEST_CASE("Typing, erasing and sorting always show the rows a fresh search shows", "[search][models]")
{
    const QList<EntrySummary> rows = manyEntries();
    EntriesModel model;
    model.setEntries(rows);
    EntriesFilterModel filter;
    testing::CheckedModelTester tester(&filter);
    filter.setSourceModel(&model);
    filter.sort(EntriesModel::CodeColumn, Qt::AscendingOrder);

    QStringList steps;
    for (const QString& word : {QStringLiteral("nguyen van duc"), QStringLiteral("so hoa"),
                                QStringLiteral("Văn Đức"), QStringLiteral("dang thi dung")}) {
        QString typed;
        for (const QChar c : word)
            steps << (typed += c);
        while (!typed.isEmpty()) {
            typed.chop(1);
            steps << typed;
        }
    }
    int few = 0, many = 0;
    for (const QString& typed : steps) {
        filter.setSearchText(typed);
        INFO(typed.toStdString());
        REQUIRE(shown(filter) == expected(rows, typed, true, Qt::AscendingOrder));
        // Few rows are sorted by key, many by walking the column's order: both tested here.
        (filter.rowCount() * 16 < model.rowCount() ? few : many)++;
    }
    CHECK(few >= 3);
    CHECK(many > 5);

    // The other way, and by the column alone.
    filter.setSearchText(QStringLiteral("van"));
    filter.sort(EntriesModel::CodeColumn, Qt::DescendingOrder);
    CHECK(shown(filter) == expected(rows, QStringLiteral("van"), true, Qt::DescendingOrder));
    filter.setRelevanceOrder(false);
    CHECK(shown(filter) == expected(rows, QStringLiteral("van"), false, Qt::DescendingOrder));
    filter.setSearchText(QStringLiteral("van duc"));
    CHECK(shown(filter) == expected(rows, QStringLiteral("van duc"), false, Qt::DescendingOrder));
    CHECK(tester.failures().isEmpty());
}

TEST_CASE("A filter changed while typing is never undone by a query remembered before it", "[search][models]")
{
    const QList<EntrySummary> rows = manyEntries();
    EntriesModel model;
    model.setEntries(rows);
    ScoredOnly filter;
    filter.setSourceModel(&model);
    filter.sort(EntriesModel::CodeColumn, Qt::AscendingOrder);

    filter.setSearchText(QStringLiteral("ng"));
    filter.setSearchText(QStringLiteral("ngu"));
    filter.setOn(true); // remembered "ng" found rows the filter now hides
    filter.setSearchText(QStringLiteral("ng"));
    CHECK(shown(filter) == expected(rows, QStringLiteral("ng"), true, Qt::AscendingOrder, true));
    filter.setSearchText(QStringLiteral("ngu"));
    filter.setOn(false);
    filter.setSearchText(QStringLiteral("ng"));
    CHECK(shown(filter) == expected(rows, QStringLiteral("ng"), true, Qt::AscendingOrder));
}

TEST_CASE("The current row follows its entry through searches and sorts, as with Qt's own proxy",
          "[search][models]")
{
    const QList<EntrySummary> rows = manyEntries();
    EntriesModel model;
    model.setEntries(rows);
    EntriesFilterModel filter;
    testing::CheckedModelTester tester(&filter);
    filter.setSourceModel(&model);
    filter.sort(EntriesModel::CodeColumn, Qt::AscendingOrder);

    filter.setSearchText(QStringLiteral("nguyen"));
    const int row = filter.rowCount() / 2;
    const QPersistentModelIndex kept(filter.index(row, EntriesModel::TitleColumn));
    const QString code = filter.index(row, EntriesModel::CodeColumn).data().toString();
    const QString nominee = filter.index(row, EntriesModel::NomineeColumn).data().toString();

    filter.sort(EntriesModel::CodeColumn, Qt::DescendingOrder);
    REQUIRE(kept.isValid());
    CHECK(kept.column() == EntriesModel::TitleColumn);
    CHECK(filter.index(kept.row(), EntriesModel::CodeColumn).data().toString() == code);
    CHECK(filter.mapToSource(kept).row() ==
          model.match(model.index(0, EntriesModel::CodeColumn), Qt::DisplayRole, code, 1, Qt::MatchExactly)
              .first()
              .row());

    filter.setSearchText(nominee); // still found: still there
    REQUIRE(kept.isValid());
    CHECK(filter.index(kept.row(), EntriesModel::CodeColumn).data().toString() == code);
    filter.setSearchText(QStringLiteral("không có ai như thế"));
    CHECK_FALSE(kept.isValid());
    CHECK(filter.rowCount() == 0);
    // The header names its columns even with no row shown.
    CHECK(filter.headerData(EntriesModel::TitleColumn, Qt::Horizontal).toString() ==
          model.headerData(EntriesModel::TitleColumn, Qt::Horizontal).toString());
    CHECK(tester.failures().isEmpty());
}
