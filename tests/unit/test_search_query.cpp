// The search rule (issue 15, item 3): words typed together rank first, then the same words in one field,
// then anywhere; a query typed with diacritics matches those diacritics and ignores the ones it lacks.
#include "models/entries_filter_model.h"
#include "models/entries_model.h"
#include "storage/entry_repository.h"
#include "text/search_query.h"

#include <catch2/catch.hpp>

using namespace sangkien;
using text::SearchQuery;

namespace {

SearchQuery::Tier tierOf(const QString& query, std::initializer_list<QStringView> fields)
{
    return SearchQuery(query).tier(fields);
}

EntrySummary entry(const QString& code, const QString& title, const QString& nominee, const QString& unit,
                   const QStringList& authors = {})
{
    EntrySummary e;
    e.code = code;
    e.title = title;
    e.nominee = nominee;
    e.unit = unit;
    for (const QString& a : authors)
        e.authors.append({a, 0});
    return e;
}

} // namespace

TEST_CASE("A query's diacritics must be there, the ones it lacks are ignored", "[search]")
{
    const QString dang = QStringLiteral("Đặng Văn Lâm");
    const QString caoDang = QStringLiteral("Trường Cao đẳng Y tế");
    CHECK(tierOf(QStringLiteral("dang"), {dang}) != SearchQuery::NoMatch);
    CHECK(tierOf(QStringLiteral("dang"), {caoDang}) != SearchQuery::NoMatch);
    CHECK(tierOf(QStringLiteral("Đặng"), {dang}) != SearchQuery::NoMatch);
    CHECK(tierOf(QStringLiteral("ĐẶNG"), {dang}) != SearchQuery::NoMatch);
    CHECK(tierOf(QStringLiteral("Đặng"), {caoDang}) == SearchQuery::NoMatch);
    CHECK(tierOf(QStringLiteral("đẳng"), {dang}) == SearchQuery::NoMatch);
    CHECK(tierOf(QStringLiteral("Văn"), {QStringLiteral("Lê Vân")}) == SearchQuery::NoMatch);
    CHECK(tierOf(QStringLiteral("Văn"), {QStringLiteral("vận hành")}) == SearchQuery::NoMatch);
    CHECK(tierOf(QStringLiteral("van"), {QStringLiteral("vận hành")}) != SearchQuery::NoMatch);
    // Only what the query has: a circumflex without a tone finds every tone of ê; đ needs its stroke.
    CHECK(tierOf(QStringLiteral("nguyên"), {QStringLiteral("Nguyễn Trãi")}) != SearchQuery::NoMatch);
    CHECK(tierOf(QStringLiteral("nguyên"), {QStringLiteral("Nguyen Trai")}) == SearchQuery::NoMatch);
    CHECK(tierOf(QStringLiteral("đức"), {QStringLiteral("Trần Đức")}) != SearchQuery::NoMatch);
    CHECK(tierOf(QStringLiteral("đức"), {QStringLiteral("Trần Dức")}) == SearchQuery::NoMatch);
    CHECK(tierOf(QStringLiteral("duc"), {QStringLiteral("Trần Đức")}) != SearchQuery::NoMatch);
    // Decomposed text typed on a Mac is the same query.
    CHECK(SearchQuery(QStringLiteral("Đặng").normalized(QString::NormalizationForm_D)).tier({dang}) !=
          SearchQuery::NoMatch);
    CHECK(SearchQuery(QStringLiteral("Đặng").normalized(QString::NormalizationForm_D)).tier({caoDang}) ==
          SearchQuery::NoMatch);
}

TEST_CASE("Words typed together rank as a phrase, then in one field, then anywhere", "[search]")
{
    CHECK(tierOf(QStringLiteral("nguyen van"), {QStringLiteral("Nguyễn Văn An")}) == SearchQuery::Phrase);
    CHECK(tierOf(QStringLiteral("nguyen va"), {QStringLiteral("Nguyễn Văn An")}) == SearchQuery::Phrase);
    CHECK(tierOf(QStringLiteral("nguyen van"), {QStringLiteral("Văn Thị Nguyên")}) == SearchQuery::OneField);
    CHECK(tierOf(QStringLiteral("nguyen van"), {QStringLiteral("Quản lý văn bản"),
                                                QStringLiteral("Nguyễn Thị Hoa")}) == SearchQuery::Anywhere);
    CHECK(tierOf(QStringLiteral("nguyen van"), {QStringLiteral("Nguyễn Thị Hoa")}) == SearchQuery::NoMatch);
    // A phrase starts at a word's start and its words follow each other.
    CHECK(tierOf(QStringLiteral("uyen van"), {QStringLiteral("Nguyễn Văn An")}) == SearchQuery::OneField);
    CHECK(tierOf(QStringLiteral("so hoa"), {QStringLiteral("Số hóa, hồ sơ")}) == SearchQuery::Phrase);
    CHECK(tierOf(QStringLiteral("nguyen an"), {QStringLiteral("Nguyễn Văn An")}) == SearchQuery::OneField);
    CHECK(tierOf(QString(), {QStringLiteral("x")}) == SearchQuery::Phrase);
}

TEST_CASE("The spans to highlight are where the words matched, in the text's own positions", "[search]")
{
    const SearchQuery q(QStringLiteral("nguyen van"));
    const QString name = QStringLiteral("Nguyễn Văn Nguyên");
    const auto spans = q.spans(name);
    REQUIRE(spans.size() == 3);
    CHECK(name.mid(spans[0].first, spans[0].second) == QStringLiteral("Nguyễn"));
    CHECK(name.mid(spans[1].first, spans[1].second) == QStringLiteral("Văn"));
    CHECK(name.mid(spans[2].first, spans[2].second) == QStringLiteral("Nguyên"));
    CHECK(SearchQuery(QStringLiteral("Đặng")).spans(QStringLiteral("Cao đẳng")).isEmpty());
}

TEST_CASE("An entry's tier looks at its code, title, nominee, unit and each author", "[search]")
{
    const SearchQuery q(QStringLiteral("nguyen van"));
    CHECK(searchTier(q, entry(QStringLiteral("SK-1"), QStringLiteral("Số hóa"),
                              QStringLiteral("Nguyễn Văn An"), QStringLiteral("Sở Y tế"))) ==
          SearchQuery::Phrase);
    CHECK(searchTier(q, entry(QStringLiteral("SK-2"), QStringLiteral("Số hóa"), QStringLiteral("Sở Y tế"),
                              QStringLiteral("Sở Y tế"), {QStringLiteral("Nguyễn Văn Bình")})) ==
          SearchQuery::Phrase);
    CHECK(searchTier(q, entry(QStringLiteral("SK-3"), QStringLiteral("Quản lý văn bản"),
                              QStringLiteral("Nguyễn Thị Hoa"), QStringLiteral("Sở Y tế"))) ==
          SearchQuery::Anywhere);
}

TEST_CASE("The entries filter ranks by relevance until a column is chosen, with the diacritics rule",
          "[search][models]")
{
    EntriesModel model;
    QList<EntrySummary> rows{
        entry(QStringLiteral("SK-2024-0001"), QStringLiteral("Quản lý văn bản điện tử"),
              QStringLiteral("Nguyễn Thị Hoa"), QStringLiteral("Sở Nội vụ")),
        entry(QStringLiteral("SK-2024-0002"), QStringLiteral("Đào tạo nghề"),
              QStringLiteral("Trường Cao đẳng Y tế"), QStringLiteral("Sở Y tế")),
        entry(QStringLiteral("SK-2024-0003"), QStringLiteral("Văn hóa đọc"), QStringLiteral("Văn Thị Nguyên"),
              QStringLiteral("Sở Văn hóa")),
        entry(QStringLiteral("SK-2024-0004"), QStringLiteral("Số hóa hồ sơ"), QStringLiteral("Nguyễn Văn An"),
              QStringLiteral("Sở Tư pháp")),
        entry(QStringLiteral("SK-2024-0005"), QStringLiteral("Máy sấy"), QStringLiteral("Đặng Văn Lâm"),
              QStringLiteral("Sở Công Thương")),
    };
    model.setEntries(rows); // the model folds each entry's key
    EntriesFilterModel filter;
    filter.setSourceModel(&model);
    filter.sort(EntriesModel::CodeColumn, Qt::AscendingOrder);
    auto codes = [&] {
        QStringList out;
        for (int r = 0; r < filter.rowCount(); ++r)
            out << filter.index(r, EntriesModel::CodeColumn).data().toString();
        return out;
    };

    filter.setSearchText(QStringLiteral("nguyen van"));
    CHECK(filter.relevanceOrder());
    CHECK(codes() == QStringList{QStringLiteral("SK-2024-0004"), QStringLiteral("SK-2024-0003"),
                                 QStringLiteral("SK-2024-0001")});
    // The clerk chooses the column: code order.
    filter.setRelevanceOrder(false);
    CHECK(codes() == QStringList{QStringLiteral("SK-2024-0001"), QStringLiteral("SK-2024-0003"),
                                 QStringLiteral("SK-2024-0004")});
    filter.sort(EntriesModel::CodeColumn, Qt::DescendingOrder);
    CHECK(codes().first() == QStringLiteral("SK-2024-0004"));

    filter.setSearchText(QString());
    filter.sort(EntriesModel::CodeColumn, Qt::AscendingOrder);
    filter.setSearchText(QStringLiteral("Đặng"));
    CHECK(codes() == QStringList{QStringLiteral("SK-2024-0005")});
    filter.setSearchText(QStringLiteral("dang"));
    CHECK(codes() == QStringList{QStringLiteral("SK-2024-0002"), QStringLiteral("SK-2024-0005")});
}

TEST_CASE("The fast tier from folded fields agrees with the tier from the fields themselves", "[search]")
{
    const QList<QStringList> entries{
        {QStringLiteral("SK-2024-0001"), QStringLiteral("Quản lý văn bản"), QStringLiteral("Nguyễn Thị Hoa"),
         QStringLiteral("Sở Nội vụ")},
        {QStringLiteral("SK-2024-0002"), QStringLiteral("Số hóa, hồ sơ"), QStringLiteral("Văn Thị Nguyên"),
         QStringLiteral("Sở Văn hóa"), QStringLiteral("Nguyễn Văn Đức")},
        {QStringLiteral("SK-2024-0003"), QStringLiteral("Cao đẳng Y tế"), QStringLiteral("Đặng Văn Lâm"),
         QStringLiteral("UBND huyện Văn Lâm")},
    };
    for (const char* q : {"nguyen van", "van", "so hoa", "hoa", "dang", "lam van", "sk-2024-0002", "y te",
                          "nguyen", "van lam", "x"}) {
        const SearchQuery query(QString::fromUtf8(q));
        for (const QStringList& e : entries) {
            QList<QStringView> fields;
            for (const QString& f : e)
                fields << f;
            INFO(q << " / " << e.join(QStringLiteral(" | ")).toStdString());
            CHECK(query.tierOfKey(SearchQuery::fieldKey(fields.constData(), fields.size())) ==
                  query.tier(fields.constData(), fields.size()));
        }
    }
}

TEST_CASE("Typing on narrows the rows found before, erasing or changing a tone looks at every row again",
          "[search][models]")
{
    EntriesModel model;
    QList<EntrySummary> rows{
        entry(QStringLiteral("SK-2024-0001"), QStringLiteral("Đào tạo nghề"),
              QStringLiteral("Trường Cao đẳng Y tế"), QStringLiteral("Sở Y tế")),
        entry(QStringLiteral("SK-2024-0002"), QStringLiteral("Máy sấy"), QStringLiteral("Đặng Văn Lâm"),
              QStringLiteral("Sở Công Thương")),
        entry(QStringLiteral("SK-2024-0003"), QStringLiteral("Đang thử nghiệm"), QStringLiteral("Lê Thị Hà"),
              QStringLiteral("Sở Y tế")),
    };
    model.setEntries(rows);
    EntriesFilterModel filter;
    filter.setSourceModel(&model);
    for (const auto& [typed, count] : std::initializer_list<std::pair<const char*, int>>{{"d", 3},
                                                                                         {"da", 3},
                                                                                         {"dan", 3},
                                                                                         {"dang", 3},
                                                                                         {"dang v", 1},
                                                                                         {"dang", 3},
                                                                                         {"Dăng", 2},
                                                                                         {"Dặng", 1},
                                                                                         {"Dăng", 2},
                                                                                         {"dang", 3},
                                                                                         {"đang", 3},
                                                                                         {"đang h", 3},
                                                                                         {"đang ha", 1},
                                                                                         {"đa", 3},
                                                                                         {"", 3}}) {
        filter.setSearchText(QString::fromUtf8(typed));
        INFO(typed);
        CHECK(filter.rowCount() == count);
    }
}
