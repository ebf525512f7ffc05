// The council's members and assignments: add, edit and remove with audit rows, refusals that say why,
// and the member's view of the entries (assignment by default or by subset, conflicts and overrides).
#include "review/conflicts.h"
#include "storage/audit_log.h"
#include "storage/catalog_repository.h"
#include "storage/council_repository.h"
#include "storage/entry_repository.h"
#include "temp_campaign.h"

#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace sangkien;
using sangkien::testing::TempCampaign;

namespace {

qint64 addEntry(Database& db, const QString& title, qint64 unitId, const QString& author)
{
    auto categories = CatalogRepository(db).categories();
    REQUIRE(categories);
    Entry e;
    e.title = title;
    e.categoryId = categories->first().id;
    e.nominee.name = author;
    e.nominee.unitId = unitId;
    e.authors = {{author, {}, unitId, 100}};
    qint64 id = 0;
    REQUIRE(db.transaction([&]() -> Status {
        auto inserted = EntryRepository(db).insert(e);
        if (!inserted)
            return inserted.error();
        id = *inserted;
        return {};
    }));
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("UPDATE entry SET status = 'under_review' WHERE id = ?"));
    q.addBindValue(id);
    REQUIRE(q.exec());
    return id;
}

const MemberEntry& entryIn(const QList<MemberEntry>& list, qint64 entryId)
{
    for (const MemberEntry& e : list)
        if (e.entryId == entryId)
            return e;
    FAIL("entry not listed");
    return list.first();
}

int assignmentRows(Database& db, qint64 entryId)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM assignment WHERE entry_id = ?"));
    q.addBindValue(entryId);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0).toInt();
}

} // namespace

TEST_CASE("Council members are added, edited and removed with audit rows", "[council_repository]")
{
    TempCampaign c;
    auto units = CatalogRepository(c.db()).units();
    REQUIRE(units);
    CouncilRepository council(c.db(), QStringLiteral("clerk"));
    const int audit = AuditLog(c.db()).count();

    CouncilMember chair{0, QStringLiteral("  Nguyễn  Văn An "), CouncilRole::Chair,
                        QStringLiteral("Giám đốc Sở"), units->first().id};
    auto added = council.add(chair);
    REQUIRE(added);
    CHECK(chair.id == *added);
    CHECK(chair.fullName == QStringLiteral("Nguyễn Văn An"));
    CHECK(AuditLog(c.db()).count() == audit + 1);
    auto loaded = council.load(*added);
    REQUIRE(loaded);
    CHECK(*loaded == chair);

    SECTION("refusals say why and write nothing")
    {
        CouncilMember empty{0, QStringLiteral("  "), CouncilRole::Member, {}, 0};
        CHECK_FALSE(council.add(empty));
        CouncilMember same{0, QStringLiteral("nguyen van an"), CouncilRole::Member, {}, 0};
        auto dup = council.add(same);
        REQUIRE_FALSE(dup);
        CHECK(dup.error().message.contains(QStringLiteral("already")));
        CouncilMember second{0, QStringLiteral("Lê Thị Bình"), CouncilRole::Chair, {}, 0};
        auto twoChairs = council.add(second);
        REQUIRE_FALSE(twoChairs);
        CHECK(twoChairs.error().message.contains(QStringLiteral("chair")));
        CouncilMember lost{0, QStringLiteral("Lê Thị Bình"), CouncilRole::Member, {}, 999999};
        CHECK_FALSE(council.add(lost));
        CHECK(AuditLog(c.db()).count() == audit + 1);
    }

    SECTION("an edit writes one audit row with before and after; no change writes none")
    {
        CouncilMember edited = chair;
        edited.position = QStringLiteral("Phó Giám đốc Sở");
        edited.role = CouncilRole::ViceChair;
        REQUIRE(council.update(edited));
        CHECK(council.load(chair.id)->role == CouncilRole::ViceChair);
        REQUIRE(council.update(edited));
        CHECK(AuditLog(c.db()).count() == audit + 2);
        auto rows = AuditLog(c.db()).forRecord(QStringLiteral("council_member"), chair.id);
        REQUIRE(rows);
        CHECK(rows->last().before.value(QStringLiteral("role")).toString() == QStringLiteral("chair"));
        CHECK(rows->last().after.value(QStringLiteral("role")).toString() == QStringLiteral("vice_chair"));
    }

    SECTION("a member with score sheets stays; one without goes")
    {
        const qint64 entry = addEntry(c.db(), QStringLiteral("Giống lúa chịu hạn"), units->last().id,
                                      QStringLiteral("Trần Văn Cường"));
        QSqlQuery q(c.db().connection());
        q.prepare(QStringLiteral("INSERT INTO score_sheet (member_id, entry_id) VALUES (?, ?)"));
        q.addBindValue(chair.id);
        q.addBindValue(entry);
        REQUIRE(q.exec());
        const Status refused = council.remove(chair.id);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().message.contains(QStringLiteral("score sheet")));
        CHECK(council.load(chair.id));

        CouncilMember other{0, QStringLiteral("Lê Thị Bình"), CouncilRole::Member, {}, 0};
        REQUIRE(council.add(other));
        const int before = AuditLog(c.db()).count();
        REQUIRE(council.remove(other.id));
        CHECK_FALSE(council.load(other.id));
        CHECK(AuditLog(c.db()).count() == before + 1);
    }
}

TEST_CASE("Assignments: every member by default, a subset when the clerk unticks, never nobody",
          "[council_repository]")
{
    TempCampaign c;
    auto units = CatalogRepository(c.db()).units();
    REQUIRE(units);
    const qint64 unitA = units->at(0).id;
    const qint64 unitB = units->at(1).id;
    CouncilRepository council(c.db(), QStringLiteral("clerk"));
    CouncilMember a{0, QStringLiteral("Nguyễn Văn An"), CouncilRole::Chair, {}, unitA};
    CouncilMember b{0, QStringLiteral("Lê Thị Bình"), CouncilRole::Secretary, {}, 0};
    CouncilMember d{0, QStringLiteral("Phạm Văn Dũng"), CouncilRole::Member, {}, 0};
    REQUIRE(council.add(a));
    REQUIRE(council.add(b));
    REQUIRE(council.add(d));
    const qint64 own =
        addEntry(c.db(), QStringLiteral("Số hoá hồ sơ một cửa"), unitA, QStringLiteral("Vũ Thị Hà"));
    const qint64 other =
        addEntry(c.db(), QStringLiteral("Giống lúa chịu hạn"), unitB, QStringLiteral("Lê Thị Bình"));

    auto list = council.entriesFor(a.id);
    REQUIRE(list);
    REQUIRE(list->size() == 2);
    CHECK(entryIn(*list, own).excluded); // a's own unit
    CHECK(entryIn(*list, own).automatic);
    CHECK(entryIn(*list, own).conflictReason.contains(QStringLiteral("unit")));
    CHECK(entryIn(*list, other).scores);
    CHECK(entryIn(*list, other).everyone);
    CHECK(entryIn(*council.entriesFor(b.id), other).excluded); // b is the author

    const int audit = AuditLog(c.db()).count();
    REQUIRE(council.setAssigned(d.id, {other}, false));
    CHECK(AuditLog(c.db()).count() == audit + 1);
    CHECK(assignmentRows(c.db(), other) == 2); // a and b named, d not
    CHECK_FALSE(entryIn(*council.entriesFor(d.id), other).scores);
    CHECK(entryIn(*council.entriesFor(a.id), other).scores);
    auto conflicts = ConflictTable::load(c.db());
    REQUIRE(conflicts);
    CHECK(conflicts->eligibleMembers(other) == QList<qint64>{a.id}); // b is excluded as the author

    // Nothing to change writes nothing.
    REQUIRE(council.setAssigned(d.id, {other}, false));
    CHECK(AuditLog(c.db()).count() == audit + 1);

    // Taking a and b off too would leave nobody: refused, nothing written.
    REQUIRE(council.setAssigned(a.id, {other}, false));
    const Status nobody = council.setAssigned(b.id, {other}, false);
    REQUIRE_FALSE(nobody);
    CHECK(nobody.error().place.startsWith(QStringLiteral("SK-")));
    CHECK(assignmentRows(c.db(), other) == 1);

    // Ticked back for everyone: the entry has no assignment again.
    REQUIRE(council.setAssigned(a.id, {other}, true));
    REQUIRE(council.setAssigned(d.id, {other}, true));
    CHECK(assignmentRows(c.db(), other) == 0);
    CHECK(entryIn(*council.entriesFor(d.id), other).everyone);

    // A lifted conflict is the clerk's decision, with its reason.
    REQUIRE(
        setConflictOverride(c.db(), a.id, own, false, QStringLiteral("Khác phòng"), QStringLiteral("clerk")));
    const MemberEntry lifted = entryIn(*council.entriesFor(a.id), own);
    CHECK_FALSE(lifted.excluded);
    CHECK_FALSE(lifted.automatic);
    REQUIRE(lifted.overrideExcluded.has_value());
    CHECK_FALSE(*lifted.overrideExcluded);
    CHECK(lifted.overrideReason == QStringLiteral("Khác phòng"));
}

TEST_CASE("A member named in a meeting's minutes stays on the council", "[council_repository]")
{
    TempCampaign c;
    Database& db = c.db();
    CouncilRepository council(db, QStringLiteral("clerk"));
    CouncilMember m;
    m.fullName = QStringLiteral("Vũ Thị Mai");
    m.role = CouncilRole::Member;
    auto id = council.add(m);
    REQUIRE(id);
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral(
        "INSERT INTO meeting (held_on, members, present, quorum_ratio, quorum, created_at, created_by) "
        "VALUES ('2025-01-20', 1, 1, 0.6667, 1, '2025-01-20T08:00:00Z', 'thu.ky')")));
    const QVariant meeting = q.lastInsertId();
    q.prepare(
        QStringLiteral("INSERT INTO meeting_attendance (meeting_id, member_id, present) VALUES (?, ?, 1)"));
    q.addBindValue(meeting);
    q.addBindValue(*id);
    REQUIRE(q.exec());
    const int audit = AuditLog(db).count();

    const Status s = council.remove(*id);
    REQUIRE_FALSE(s);
    CHECK(s.error().message.contains(QStringLiteral("minutes")));
    CHECK(AuditLog(db).count() == audit);
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM council_member")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 1);
}
