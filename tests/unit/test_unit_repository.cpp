// Units: add, rename, merge duplicates (re-pointing nominees, authors and members), usage, audit rows.
#include "storage/audit_log.h"
#include "storage/catalog_repository.h"
#include "storage/entry_repository.h"
#include "storage/unit_repository.h"
#include "temp_campaign.h"

#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace sangkien;
using sangkien::testing::TempCampaign;

namespace {

qint64 firstKind(Database& db)
{
    auto kinds = CatalogRepository(db).unitKinds();
    REQUIRE(kinds);
    return kinds->first().id;
}

qint64 addEntryFor(Database& db, qint64 unitId, qint64 authorUnitId)
{
    auto categories = CatalogRepository(db).categories();
    REQUIRE(categories);
    Entry e;
    e.title = QStringLiteral("Số hoá hồ sơ một cửa liên thông");
    e.categoryId = categories->first().id;
    e.nominee.name = QStringLiteral("Nguyễn Văn Đức");
    e.nominee.unitId = unitId;
    e.authors = {{QStringLiteral("Nguyễn Văn Đức"), {}, authorUnitId, 60},
                 {QStringLiteral("Lê Thị Bình"), {}, unitId, 40}};
    qint64 id = 0;
    REQUIRE(db.transaction([&]() -> Status {
        auto inserted = EntryRepository(db).insert(e);
        if (!inserted)
            return inserted.error();
        id = *inserted;
        return {};
    }));
    return id;
}

} // namespace

TEST_CASE("Units are added once, whatever the accents", "[unit_repository]")
{
    TempCampaign c;
    UnitRepository units(c.db(), QStringLiteral("clerk"));
    const int audit = AuditLog(c.db()).count();
    Unit u{0, firstKind(c.db()), QStringLiteral("  Trường THPT   Văn Lâm "), QStringLiteral("Huyện Văn Lâm")};
    auto added = units.add(u);
    REQUIRE(added);
    CHECK(u.name == QStringLiteral("Trường THPT Văn Lâm"));
    CHECK(AuditLog(c.db()).count() == audit + 1);

    Unit again{0, u.kindId, QStringLiteral("truong thpt van lam"), {}};
    auto refused = units.add(again);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("Trường THPT Văn Lâm")));

    Unit empty{0, u.kindId, QStringLiteral("  "), {}};
    CHECK_FALSE(units.add(empty));
    Unit noKind{0, 9999, QStringLiteral("Đơn vị lạ"), {}};
    CHECK_FALSE(units.add(noKind));
    CHECK(AuditLog(c.db()).count() == audit + 1);
}

TEST_CASE("Renaming a unit refreshes the search keys of its entries", "[unit_repository]")
{
    TempCampaign c;
    UnitRepository units(c.db(), QStringLiteral("clerk"));
    Unit u{0, firstKind(c.db()), QStringLiteral("Phòng Văn hoá"), QStringLiteral("Huyện Ân Thi")};
    REQUIRE(units.add(u));
    const qint64 entryId = addEntryFor(c.db(), u.id, u.id);
    u.name = QStringLiteral("Phòng Văn hoá và Thông tin Ân Thi");
    REQUIRE(units.update(u));
    auto loaded = units.load(u.id);
    REQUIRE(loaded);
    CHECK(loaded->name == u.name);
    QSqlQuery q(c.db().connection());
    q.prepare(QStringLiteral("SELECT search_key FROM entry WHERE id = ?"));
    q.addBindValue(entryId);
    REQUIRE((q.exec() && q.next()));
    CHECK(q.value(0).toString().contains(QStringLiteral("thong tin an thi")));
    auto trail = AuditLog(c.db()).forRecord(QStringLiteral("unit"), u.id);
    REQUIRE(trail);
    REQUIRE(trail->size() == 2);
    CHECK(trail->last().before.value(QStringLiteral("name")).toString() == QStringLiteral("Phòng Văn hoá"));
}

TEST_CASE("Merging duplicates re-points everything to the unit kept, in one step", "[unit_repository]")
{
    TempCampaign c;
    UnitRepository units(c.db(), QStringLiteral("clerk"));
    const qint64 kind = firstKind(c.db());
    Unit keep{0, kind, QStringLiteral("UBND xã Tân Quang"), QStringLiteral("Huyện Văn Lâm")};
    Unit dup{0, kind, QStringLiteral("UBND X. Tân Quang"), QStringLiteral("Huyện Văn Lâm")};
    REQUIRE(units.add(keep));
    REQUIRE(units.add(dup));
    addEntryFor(c.db(), dup.id, dup.id);
    addEntryFor(c.db(), keep.id, dup.id);
    QSqlQuery q(c.db().connection());
    q.prepare(
        QStringLiteral("INSERT INTO council_member (full_name, role, unit_id) VALUES (?, 'member', ?)"));
    q.addBindValue(QStringLiteral("Trần Văn An"));
    q.addBindValue(dup.id);
    REQUIRE(q.exec());

    auto before = units.usage(dup.id);
    REQUIRE(before);
    CHECK(before->nominees == 1);
    CHECK(before->authors == 3);
    CHECK(before->members == 1);
    auto counts = units.usageCounts();
    REQUIRE(counts);
    CHECK(counts->value(dup.id) == *before);

    const int audit = AuditLog(c.db()).count();
    REQUIRE(units.merge(keep.id, {keep.id, dup.id}));
    CHECK_FALSE(units.load(dup.id));
    auto after = units.usage(keep.id);
    REQUIRE(after);
    CHECK(after->nominees == 2);
    CHECK(after->authors == 4);
    CHECK(after->members == 1);
    CHECK(AuditLog(c.db()).count() == audit + 1);
    auto trail = AuditLog(c.db()).forRecord(QStringLiteral("unit"), keep.id);
    REQUIRE(trail);
    CHECK(trail->last().action == QStringLiteral("merge"));

    // Nothing to merge is refused, and a missing unit leaves everything as it was.
    CHECK_FALSE(units.merge(keep.id, {keep.id}));
    CHECK_FALSE(units.merge(keep.id, {424242}));
    CHECK(AuditLog(c.db()).count() == audit + 1);
}
