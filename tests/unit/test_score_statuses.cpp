// Statuses follow the score sheets (issue 16, item 2): every sheet of an entry under review submitted makes
// it scored; a sheet reopened puts a scored entry back under review; entries further on keep their status.
// Each change is one trail row and one status history row with its reason.
#include "demo/demo_generator.h"
#include "review/conflicts.h"
#include "services/entry_service.h"
#include "sql_scalar.h"
#include "storage/score_sheet_repository.h"
#include "temp_campaign.h"

#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace sangkien;

namespace {

QString statusOf(Database& db, qint64 entryId)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT status FROM entry WHERE id = ?"));
    q.addBindValue(entryId);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0).toString();
}

struct Fixture
{
    testing::TempCampaign campaign;
    Database& db = campaign.db();
    qint64 entryId = 0;
    QString code;
    QList<qint64> eligible;
    QHash<qint64, double> points; // criterion id → points: a complete sheet

    Fixture()
    {
        DemoGenerator::Options o;
        o.entries = 30;
        o.members = 3;
        o.seed = 11;
        REQUIRE(DemoGenerator(o).fill(db));
        auto conflicts = ConflictTable::load(db);
        REQUIRE(conflicts);
        QSqlQuery q(db.connection());
        REQUIRE(
            q.exec(QStringLiteral("SELECT id, code FROM entry WHERE status = 'under_review' AND id NOT IN "
                                  "(SELECT entry_id FROM score_sheet) ORDER BY id")));
        while (q.next() && !entryId) {
            const QList<qint64> members = conflicts->eligibleMembers(q.value(0).toLongLong());
            if (members.size() >= 2) {
                entryId = q.value(0).toLongLong();
                code = q.value(1).toString();
                eligible = members;
            }
        }
        q.finish();
        REQUIRE(entryId);
        const auto ids = ScoreSheetRepository(db, {}).criterionIds();
        REQUIRE(ids);
        for (const qint64 id : ids->values())
            points.insert(id, 1);
    }

    Status submit(qint64 member, bool asDraft = false)
    {
        SheetWrite w;
        w.entryId = entryId;
        w.entryCode = code;
        w.points = points;
        ScoreSheetRepository::Policy policy;
        policy.submit = !asDraft;
        auto written = ScoreSheetRepository(db, QStringLiteral("thu.ky")).write(member, {w}, policy);
        if (!written)
            return written.error();
        return {};
    }

    qint64 statusRows()
    {
        return testing::scalar(db,
                               QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'status' AND "
                                              "table_name = 'entry' AND record_id = %1")
                                   .arg(entryId));
    }
};

} // namespace

TEST_CASE("Every sheet of an entry under review submitted makes it scored, with one trail row and the reason",
          "[review][statuses]")
{
    Fixture f;
    REQUIRE(statusOf(f.db, f.entryId) == QStringLiteral("under_review"));
    const qint64 rows = f.statusRows();

    // A draft, then all but one submitted: still under review, nothing written about the status.
    REQUIRE(f.submit(f.eligible.first(), true));
    for (qsizetype i = 1; i < f.eligible.size(); ++i)
        REQUIRE(f.submit(f.eligible[i]));
    CHECK(statusOf(f.db, f.entryId) == QStringLiteral("under_review"));
    CHECK(f.statusRows() == rows);

    // The last one submitted.
    REQUIRE(f.submit(f.eligible.first()));
    CHECK(statusOf(f.db, f.entryId) == QStringLiteral("scored"));
    CHECK(f.statusRows() == rows + 1);
    const auto history = EntryService(f.db, {}).statusHistory(f.entryId);
    REQUIRE(history);
    REQUIRE_FALSE(history->isEmpty());
    CHECK(history->last().from == EntryStatus::UnderReview);
    CHECK(history->last().to == EntryStatus::Scored);
    CHECK(history->last().reason.contains(QStringLiteral("every score sheet submitted")));
    CHECK(history->last().user == QStringLiteral("thu.ky"));

    // A submitted sheet written again is refused, and moves nothing.
    CHECK_FALSE(f.submit(f.eligible.first()).ok());
    CHECK(statusOf(f.db, f.entryId) == QStringLiteral("scored"));
    CHECK(f.statusRows() == rows + 1);
}

TEST_CASE("A reopened sheet puts a scored entry back under review with the reason, a proposed one keeps its "
          "status",
          "[review][statuses]")
{
    Fixture f;
    for (const qint64 member : f.eligible)
        REQUIRE(f.submit(member));
    REQUIRE(statusOf(f.db, f.entryId) == QStringLiteral("scored"));
    const qint64 rows = f.statusRows();

    ScoreSheetRepository sheets(f.db, QStringLiteral("thu.ky"));
    const QString why = QStringLiteral("Ủy viên ghi nhầm điểm tiêu chí 2");
    REQUIRE(sheets.reopen(f.eligible.last(), f.entryId, why, std::nullopt));
    CHECK(statusOf(f.db, f.entryId) == QStringLiteral("under_review"));
    CHECK(f.statusRows() == rows + 1);
    auto history = EntryService(f.db, {}).statusHistory(f.entryId);
    REQUIRE(history);
    CHECK(history->last().to == EntryStatus::UnderReview);
    CHECK(history->last().reason.contains(why));
    const auto name = sheets.memberName(f.eligible.last());
    REQUIRE(name);
    CHECK(history->last().reason.contains(*name));

    // Submitted again: scored again. Then proposed by hand (the workflow allows it), and a reopened
    // sheet leaves a proposed entry as it is: the awards move it, not the sheets.
    REQUIRE(f.submit(f.eligible.last()));
    REQUIRE(statusOf(f.db, f.entryId) == QStringLiteral("scored"));
    REQUIRE(EntryService(f.db, QStringLiteral("thu.ky")).changeStatus(f.entryId, EntryStatus::Proposed));
    const qint64 before = f.statusRows();
    REQUIRE(sheets.reopen(f.eligible.first(), f.entryId, why, std::nullopt));
    CHECK(statusOf(f.db, f.entryId) == QStringLiteral("proposed"));
    CHECK(f.statusRows() == before);
}

TEST_CASE("By hand, the clerk moves a status only along the workflow", "[review][statuses]")
{
    Fixture f;
    EntryService service(f.db, QStringLiteral("thu.ky"));
    // Under review cannot jump to awarded; nothing written.
    const qint64 rows = f.statusRows();
    const Status refused = service.changeStatus(f.entryId, EntryStatus::Awarded);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::Refused);
    CHECK(statusOf(f.db, f.entryId) == QStringLiteral("under_review"));
    CHECK(f.statusRows() == rows);
    // Scored by hand is allowed (the office scored on paper), with its row.
    REQUIRE(service.changeStatus(f.entryId, EntryStatus::Scored, QStringLiteral("chấm trên giấy")));
    CHECK(statusOf(f.db, f.entryId) == QStringLiteral("scored"));
    CHECK(f.statusRows() == rows + 1);
}
