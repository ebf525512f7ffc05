// Entries as stored: codes, NFC text, nominees, authors and the list query.
#include "storage/catalog_repository.h"
#include "storage/entry_repository.h"
#include "temp_campaign.h"

#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace sangkien;

namespace {

Entry individualEntry(const QString& title, const QString& person, qint64 unitId)
{
    Entry e;
    e.title = title;
    e.kind = EntryKind::UsefulSolution;
    e.receivedOn = QDate(2024, 5, 6);
    e.nominee.kind = NomineeKind::Individual;
    e.nominee.name = person;
    e.nominee.gender = Gender::Male;
    e.nominee.birthYear = 1980;
    e.nominee.unitId = unitId;
    e.authors = {{person, QStringLiteral("Chuyên viên"), unitId, 60},
                 {QStringLiteral("Lê Thị Bình"), QStringLiteral("Kế toán"), unitId, 40}};
    return e;
}

EntryFilter searchFor(const QString& text)
{
    EntryFilter f;
    f.search = text;
    return f;
}

// Inserts and fails the test with the repository's message when the insert is refused.
void insertOrFail(EntryRepository& repo, Entry& e)
{
    auto id = repo.insert(e);
    INFO((id.ok() ? QString() : id.error().text()).toStdString());
    REQUIRE(id.ok());
}

qint64 firstUnit(Database& db)
{
    auto units = CatalogRepository(db).units();
    REQUIRE(units.ok());
    REQUIRE_FALSE(units->isEmpty());
    return units->first().id;
}

} // namespace

TEST_CASE("Entries get consecutive codes of the campaign's year", "[entries]")
{
    testing::TempCampaign campaign;
    EntryRepository repo(campaign.db());
    const qint64 unit = firstUnit(campaign.db());
    Entry a = individualEntry(QStringLiteral("Số hóa hồ sơ"), QStringLiteral("Nguyễn Văn Đức"), unit);
    Entry b = individualEntry(QStringLiteral("Cải tiến quy trình"), QStringLiteral("Đặng Thu Hà"), unit);
    insertOrFail(repo, a);
    insertOrFail(repo, b);
    CHECK(a.code == QStringLiteral("SK-2024-0001"));
    CHECK(b.code == QStringLiteral("SK-2024-0002"));
    CHECK(repo.count() == 2);
}

TEST_CASE("Text is stored in NFC whatever form it arrives in", "[entries][text]")
{
    testing::TempCampaign campaign;
    EntryRepository repo(campaign.db());
    // "Nguyễn" and "Ứng dụng" decomposed, as macOS and some PDFs produce them.
    const QString nfdName = QString::fromUtf8("Nguye\xcc\x82\xcc\x83n Va\xcc\x86n \xc4\x90u\xcc\x9b\xcc\x81"
                                              "c");
    const QString nfdTitle =
        QString::fromUtf8("U\xcc\x9b\xcc\x81ng du\xcc\xa3ng AI trong mo\xcc\x82\xcc\xa3t cu\xcc\x9b\xcc\x89"
                          "a");
    REQUIRE(nfdName != nfdName.normalized(QString::NormalizationForm_C));
    Entry e = individualEntry(nfdTitle, nfdName, firstUnit(campaign.db()));
    insertOrFail(repo, e);

    QSqlQuery q(campaign.db().connection());
    REQUIRE(q.exec(QStringLiteral(
        "SELECT e.title, n.name, a.full_name FROM entry e JOIN nominee n ON n.id = e.nominee_id "
        "JOIN entry_author a ON a.entry_id = e.id AND a.position = 1")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == nfdTitle.normalized(QString::NormalizationForm_C));
    CHECK(q.value(1).toString() == QStringLiteral("Nguyễn Văn Đức"));
    CHECK(q.value(2).toString() == QStringLiteral("Nguyễn Văn Đức"));
}

TEST_CASE("An entry reads back as it was written", "[entries]")
{
    testing::TempCampaign campaign;
    EntryRepository repo(campaign.db());
    Entry e = individualEntry(QStringLiteral("Số hóa hồ sơ  một cửa"), QStringLiteral("Trần Văn An"),
                              firstUnit(campaign.db()));
    insertOrFail(repo, e);
    auto loaded = repo.load(e.id);
    REQUIRE(loaded.ok());
    CHECK(loaded->title == QStringLiteral("Số hóa hồ sơ một cửa")); // whitespace collapsed
    CHECK(*loaded == e);
}

TEST_CASE("The list searches without case or diacritics and filters by status and category", "[entries]")
{
    testing::TempCampaign campaign;
    EntryRepository repo(campaign.db());
    const qint64 unit = firstUnit(campaign.db());
    auto categories = CatalogRepository(campaign.db()).categories();
    REQUIRE(categories.ok());
    Entry a =
        individualEntry(QStringLiteral("Ứng dụng AI trong một cửa"), QStringLiteral("Nguyễn Văn Đức"), unit);
    a.categoryId = (*categories)[5].id; // 2.d
    Entry b =
        individualEntry(QStringLiteral("Mô hình trồng nhãn lồng"), QStringLiteral("Đặng Thị Hoa"), unit);
    b.status = EntryStatus::Complete;
    insertOrFail(repo, a);
    insertOrFail(repo, b);

    auto found = repo.list(searchFor(QStringLiteral("nguyen van duc")));
    REQUIRE(found.ok());
    REQUIRE(found->size() == 1);
    CHECK(found->first().nominee == QStringLiteral("Nguyễn Văn Đức"));
    CHECK(found->first().categoryCode == QStringLiteral("2.d"));
    REQUIRE(found->first().authors.size() == 2);
    CHECK(found->first().authors[0].share == 60);

    auto dang = repo.list(searchFor(QStringLiteral("DANG")));
    REQUIRE(dang.ok());
    REQUIRE(dang->size() == 1);
    CHECK(dang->first().nominee == QStringLiteral("Đặng Thị Hoa"));

    EntryFilter byStatus;
    byStatus.status = EntryStatus::Complete;
    CHECK(repo.list(byStatus)->size() == 1);
    EntryFilter byCategory;
    byCategory.categoryCode = QStringLiteral("2.d");
    CHECK(repo.list(byCategory)->first().code == a.code);
    CHECK(repo.list(searchFor(QStringLiteral("khong co")))->isEmpty());
}

TEST_CASE("A refused entry does not leave its nominee behind", "[entries]")
{
    testing::TempCampaign campaign;
    EntryRepository repo(campaign.db());
    Entry bad =
        individualEntry(QStringLiteral("   "), QStringLiteral("Trần Văn An"), firstUnit(campaign.db()));
    auto status = campaign.db().transaction([&]() -> Status {
        auto id = repo.insert(bad);
        if (!id)
            return id.error();
        return {};
    });
    CHECK_FALSE(status.ok());
    QSqlQuery q(campaign.db().connection());
    REQUIRE(q.exec(QStringLiteral("SELECT (SELECT count(*) FROM nominee) + (SELECT count(*) FROM entry)")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0);
}
