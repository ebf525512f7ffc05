// The score sheet's revision: every change to a sheet raises it by one (draft save, paper entry, submit,
// reopen), a write that changes nothing does not, and the trail row carries the revision it wrote.
#include "demo/demo_generator.h"
#include "review/conflicts.h"
#include "storage/audit_log.h"
#include "storage/score_sheet_repository.h"
#include "temp_campaign.h"

#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace sangkien;

namespace {

qint64 storedRevision(Database& db, qint64 member, qint64 entry)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT revision FROM score_sheet WHERE member_id = ? AND entry_id = ?"));
    q.addBindValue(member);
    q.addBindValue(entry);
    REQUIRE(q.exec());
    return q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace

TEST_CASE("Every change to a score sheet raises its revision, and only a change does", "[review][revision]")
{
    testing::TempCampaign campaign;
    Database& db = campaign.db();
    DemoGenerator::Options o;
    o.entries = 20;
    o.members = 3;
    o.seed = 7;
    REQUIRE(DemoGenerator(o).fill(db));

    // An entry member 1 may score and has no sheet for yet.
    auto conflicts = ConflictTable::load(db);
    REQUIRE(conflicts);
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT id, code FROM entry WHERE id NOT IN (SELECT entry_id FROM "
                                  "score_sheet WHERE member_id = 1) ORDER BY id")));
    qint64 entryId = 0;
    QString code;
    while (q.next() && !entryId)
        if (conflicts->eligibleMembers(q.value(0).toLongLong()).contains(1)) {
            entryId = q.value(0).toLongLong();
            code = q.value(1).toString();
        }
    q.finish();
    REQUIRE(entryId);

    ScoreSheetRepository repository(db, QStringLiteral("van.thu"));
    const auto ids = repository.criterionIds();
    REQUIRE(ids);
    const qint64 firstCriterion = ids->values().first();
    auto sheet = [&](double points) {
        SheetWrite w;
        w.entryId = entryId;
        w.entryCode = code;
        for (const qint64 id : ids->values())
            w.points.insert(id, id == firstCriterion ? points : 1);
        return QList<SheetWrite>{w};
    };
    const ScoreSheetRepository::Policy draft{};
    const ScoreSheetRepository::Policy submit{true, false, true, QStringLiteral("score")};

    CHECK(storedRevision(db, 1, entryId) == 0);
    auto written = repository.write(1, sheet(3), draft); // a draft saved (the paper sheet typed in)
    REQUIRE(written);
    CHECK(written->first().after.revision == 1);
    CHECK(storedRevision(db, 1, entryId) == 1);

    REQUIRE(repository.write(1, sheet(3), draft)); // the same again: nothing changed, no new revision
    CHECK(storedRevision(db, 1, entryId) == 1);

    written = repository.write(1, sheet(4), draft);
    REQUIRE(written);
    CHECK(written->first().after.revision == 2);
    CHECK(storedRevision(db, 1, entryId) == 2);

    REQUIRE(repository.write(1, sheet(4), submit));
    CHECK(storedRevision(db, 1, entryId) == 3);

    REQUIRE(repository.reopen(1, entryId, QStringLiteral("ghi nhầm"), std::nullopt));
    CHECK(storedRevision(db, 1, entryId) == 4);
    const auto found = repository.find(1, entryId);
    REQUIRE(found);
    REQUIRE(*found);
    CHECK((*found)->revision == 4);

    // The trail's last row for the sheet carries the revision it left.
    const auto trail = AuditLog(db).forRecord(QStringLiteral("score_sheet"), (*found)->id);
    REQUIRE(trail);
    REQUIRE(trail->size() == 4);
    CHECK(trail->last().after.value(QStringLiteral("revision")).toInteger() == 4);
    CHECK(trail->first().after.value(QStringLiteral("revision")).toInteger() == 1);
}
