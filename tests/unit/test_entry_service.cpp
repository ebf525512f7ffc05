// What the clerk does to entries, on a real campaign file: each action one transaction with its
// audit row; refused actions write nothing.
#include "domain/entry_json.h"
#include "services/entry_service.h"
#include "storage/audit_log.h"
#include "storage/catalog_repository.h"
#include "storage/document_repository.h"
#include "storage/duplicate_finder.h"
#include "storage/entry_repository.h"
#include "temp_campaign.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace sangkien;

namespace {

Entry newEntry(Database& db, const QString& title, const QString& person)
{
    auto units = CatalogRepository(db).units();
    auto categories = CatalogRepository(db).categories();
    REQUIRE(units.ok());
    REQUIRE(categories.ok());
    Entry e;
    e.title = title;
    e.categoryId = categories->at(5).id;
    e.receivedOn = QDate(2024, 4, 1);
    e.nominee.name = person;
    e.nominee.unitId = units->first().id;
    e.authors = {{person, {}, units->first().id, 100}};
    return e;
}

int countRows(Database& db, const char* sql)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QString::fromLatin1(sql)));
    REQUIRE(q.next());
    return q.value(0).toInt();
}

} // namespace

TEST_CASE("Creating, editing and deleting an entry each leave one audit row with before and after",
          "[service][audit]")
{
    testing::TempCampaign campaign;
    Database& db = campaign.db();
    EntryService service(db, QStringLiteral("van.thu"));
    AuditLog audit(db);

    Entry e = newEntry(db, QStringLiteral("Ứng dụng AI trong một cửa"), QStringLiteral("Nguyễn Văn Đức"));
    auto id = service.create(e);
    REQUIRE(id.ok());
    CHECK(audit.count() == 1);

    e.title = QStringLiteral("Ứng dụng trí tuệ nhân tạo trong bộ phận một cửa");
    REQUIRE(service.update(e).ok());
    CHECK(audit.count() == 2);

    REQUIRE(service.remove(*id).ok());
    CHECK(audit.count() == 3);
    CHECK(EntryRepository(db).count() == 0);

    auto trail = audit.forRecord(QStringLiteral("entry"), *id);
    REQUIRE(trail.ok());
    REQUIRE(trail->size() == 3);
    CHECK((*trail)[0].action == QStringLiteral("create"));
    CHECK((*trail)[0].before.isEmpty());
    CHECK((*trail)[1].action == QStringLiteral("update"));
    CHECK((*trail)[1].before.value(QStringLiteral("title")).toString() ==
          QStringLiteral("Ứng dụng AI trong một cửa"));
    CHECK((*trail)[1].after.value(QStringLiteral("title")).toString() ==
          QStringLiteral("Ứng dụng trí tuệ nhân tạo trong bộ phận một cửa"));
    CHECK((*trail)[2].action == QStringLiteral("delete"));
    CHECK((*trail)[2].after.isEmpty());
    for (const AuditRecord& r : *trail) {
        CHECK(r.user == QStringLiteral("van.thu"));
        CHECK(r.label == e.code);
        CHECK(r.at.isValid());
    }
    CHECK(audit.firstBrokenRow().value() == 0);

    // Undo of the delete: the entry comes back with its id and code.
    Entry back = entryFromJson((*trail)[2].before);
    REQUIRE(service.restore(back).ok());
    auto loaded = EntryRepository(db).load(*id);
    REQUIRE(loaded.ok());
    CHECK(loaded->code == e.code);
    CHECK(loaded->title == e.title);
    CHECK(audit.count() == 4);
}

TEST_CASE("An invalid entry is refused and nothing is written", "[service]")
{
    testing::TempCampaign campaign;
    Database& db = campaign.db();
    EntryService service(db, QStringLiteral("van.thu"));
    Entry e =
        newEntry(db, QStringLiteral("Cải tiến quy trình tiếp nhận hồ sơ"), QStringLiteral("Trần Văn An"));
    e.authors = {{QStringLiteral("Trần Văn An"), {}, 0, 60}, {QStringLiteral("Lê Thị Bình"), {}, 0, 30}};
    auto id = service.create(e);
    REQUIRE_FALSE(id.ok());
    CHECK(id.error().message.contains(QStringLiteral("100")));
    CHECK(countRows(db, "SELECT (SELECT count(*) FROM entry) + (SELECT count(*) FROM nominee) + "
                        "(SELECT count(*) FROM audit_log)") == 0);
}

TEST_CASE("Status changes follow the workflow and are stamped with time and user", "[service][workflow]")
{
    testing::TempCampaign campaign;
    Database& db = campaign.db();
    EntryService service(db, QStringLiteral("chanh.vp"));
    Entry e = newEntry(db, QStringLiteral("Số hóa hồ sơ đất đai cấp huyện"), QStringLiteral("Phạm Thu Hà"));
    REQUIRE(service.create(e).ok());

    SECTION("a transition that makes no sense is refused, unchanged")
    {
        const int auditBefore = AuditLog(db).count();
        auto refused = service.changeStatus(e.id, EntryStatus::Awarded);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().place == e.code);
        CHECK(EntryRepository(db).load(e.id)->status == EntryStatus::Received);
        CHECK(AuditLog(db).count() == auditBefore);
    }

    SECTION("returning needs a reason, and the reason is kept")
    {
        CHECK_FALSE(service.changeStatus(e.id, EntryStatus::Returned).ok());
        REQUIRE(
            service.changeStatus(e.id, EntryStatus::Returned, QStringLiteral("Thiếu báo cáo mô tả")).ok());
        CHECK(EntryRepository(db).load(e.id)->returnReason == QStringLiteral("Thiếu báo cáo mô tả"));
    }

    SECTION("the history lists every change with who and when")
    {
        REQUIRE(service.changeStatus(e.id, EntryStatus::Complete).ok());
        REQUIRE(service.changeStatus(e.id, EntryStatus::UnderReview).ok());
        auto history = service.statusHistory(e.id);
        REQUIRE(history.ok());
        REQUIRE(history->size() == 3);
        CHECK_FALSE((*history)[0].from.has_value());
        CHECK((*history)[2].from == EntryStatus::Complete);
        CHECK((*history)[2].to == EntryStatus::UnderReview);
        for (const StatusChange& c : *history) {
            CHECK(c.user == QStringLiteral("chanh.vp"));
            CHECK(c.at.isValid());
        }
    }

    SECTION("a bulk change is all or nothing")
    {
        Entry other =
            newEntry(db, QStringLiteral("Mô hình trồng nhãn lồng VietGAP"), QStringLiteral("Đỗ Minh Sơn"));
        REQUIRE(service.create(other).ok());
        REQUIRE(service.changeStatus(other.id, EntryStatus::Complete).ok());
        // e can become complete, other (already complete) cannot: nothing changes.
        CHECK_FALSE(service.changeStatus(QList<qint64>{e.id, other.id}, EntryStatus::Complete).ok());
        CHECK(EntryRepository(db).load(e.id)->status == EntryStatus::Received);
    }
}

TEST_CASE("The audit chain names the first row edited behind the program's back", "[audit]")
{
    testing::TempCampaign campaign;
    Database& db = campaign.db();
    EntryService service(db, QStringLiteral("van.thu"));
    for (const char* person : {"Nguyễn Văn An", "Trần Thị Bình", "Lê Minh Cường"}) {
        Entry e = newEntry(db, QStringLiteral("Giải pháp nâng cao chỉ số hài lòng SIPAS"),
                           QString::fromUtf8(person));
        REQUIRE(service.create(e).ok());
    }
    AuditLog audit(db);
    REQUIRE(audit.firstBrokenRow().value() == 0);
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("UPDATE audit_log SET user_name = 'ke.gian' WHERE id = 2")));
    CHECK(audit.firstBrokenRow().value() == 2);
}

TEST_CASE("A near-identical entry is reported as a possible duplicate", "[duplicates]")
{
    testing::TempCampaign campaign;
    Database& db = campaign.db();
    EntryService service(db, QStringLiteral("van.thu"));
    Entry existing =
        newEntry(db, QStringLiteral("Ứng dụng AI trong một cửa"), QStringLiteral("Nguyễn Văn Đức"));
    REQUIRE(service.create(existing).ok());
    Entry unrelated = newEntry(db, QStringLiteral("Mô hình trồng nhãn lồng theo VietGAP"),
                               QStringLiteral("Nguyễn Văn Đức"));
    REQUIRE(service.create(unrelated).ok());

    Entry candidate =
        newEntry(db, QStringLiteral("ung dung ai trong mot cua"), QStringLiteral("nguyen van duc"));
    auto found = DuplicateFinder::find(db, candidate);
    REQUIRE(found.ok());
    REQUIRE(found->size() == 1);
    CHECK(found->first().code == existing.code);
    CHECK(found->first().titleSimilarity == Approx(1.0));

    Entry differentPerson =
        newEntry(db, QStringLiteral("Ứng dụng AI trong quản lý kho"), QStringLiteral("Lê Thị Hoa"));
    CHECK(DuplicateFinder::find(db, differentPerson)->isEmpty());

    // An entry is not its own duplicate.
    CHECK(DuplicateFinder::find(db, existing)->isEmpty());
}

TEST_CASE("Undoing a delete brings back the entry's papers, files and status history", "[service][undo]")
{
    testing::TempCampaign campaign;
    Database& db = campaign.db();
    EntryService service(db, QStringLiteral("Văn thư"));
    Entry e = newEntry(db, QStringLiteral("Số hoá hồ sơ lưu trữ của Sở"), QStringLiteral("Lê Thị Hoa"));
    auto id = service.create(e);
    REQUIRE(id.ok());
    DocumentRepository documents(db, QStringLiteral("Văn thư"));
    const QString firstPaper = DocumentRepository::checklistCodes().first();
    REQUIRE(documents.setChecklist(*id, {{firstPaper, true}}).ok());
    const QString filePath = QDir(campaign.dir()).filePath(QStringLiteral("bao-cao.txt"));
    {
        QFile f(filePath);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("Báo cáo hiệu quả áp dụng");
    }
    auto attached = documents.addAttachment(*id, filePath);
    REQUIRE(attached.ok());
    REQUIRE(service.changeStatus(*id, EntryStatus::Complete).ok());
    const auto historyBefore = service.statusHistory(*id);
    REQUIRE(historyBefore.ok());
    REQUIRE(historyBefore->size() == 2);
    auto entryBefore = EntryRepository(db).load(*id);
    REQUIRE(entryBefore.ok());

    EntryDependents removed;
    REQUIRE(service.remove(*id, &removed).ok());
    CHECK(removed.rowCount() >= 1 + 1 + 2); // one attachment, the checklist row(s), two status changes
    CHECK(countRows(db, "SELECT count(*) FROM entry_attachment") == 0);
    CHECK(countRows(db, "SELECT count(*) FROM entry_status_change") == 0);

    Entry again = *entryBefore;
    REQUIRE(service.restore(again, removed).ok());
    auto content = documents.content(*attached);
    REQUIRE(content.ok());
    CHECK(*content == QByteArray("Báo cáo hiệu quả áp dụng"));
    auto checklist = documents.checklist(*id);
    REQUIRE(checklist.ok());
    CHECK(checklist->value(firstPaper));
    const auto historyAfter = service.statusHistory(*id);
    REQUIRE(historyAfter.ok());
    REQUIRE(historyAfter->size() == 2);
    CHECK(historyAfter->last().to == EntryStatus::Complete);
    CHECK(historyAfter->last().at == historyBefore->last().at);
    CHECK(EntryRepository(db).load(*id)->status == EntryStatus::Complete);
}

TEST_CASE("An entry the council has scored cannot be deleted, and nothing is written", "[service]")
{
    testing::TempCampaign campaign;
    Database& db = campaign.db();
    EntryService service(db, QStringLiteral("Văn thư"));
    Entry e = newEntry(db, QStringLiteral("Phần mềm quản lý văn bản đi đến"), QStringLiteral("Trần Văn Nam"));
    auto id = service.create(e);
    REQUIRE(id.ok());
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(
        QStringLiteral("INSERT INTO council_member (full_name, role) VALUES ('Ngô Văn Bình', 'member')")));
    const QVariant memberId = q.lastInsertId();
    q.prepare(QStringLiteral("INSERT INTO score_sheet (member_id, entry_id) VALUES (?, ?)"));
    q.addBindValue(memberId);
    q.addBindValue(*id);
    REQUIRE(q.exec());
    const int auditRows = countRows(db, "SELECT count(*) FROM audit_log");

    const Status s = service.remove(*id);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().message.contains(QStringLiteral("scored")));
    CHECK(s.error().place == e.code);
    CHECK(countRows(db, "SELECT count(*) FROM entry") == 1);
    CHECK(countRows(db, "SELECT count(*) FROM score_sheet") == 1);
    CHECK(countRows(db, "SELECT count(*) FROM audit_log") == auditRows);
}

TEST_CASE("An entry the council has voted on cannot be deleted", "[service]")
{
    testing::TempCampaign campaign;
    Database& db = campaign.db();
    EntryService service(db, QStringLiteral("Văn thư"));
    Entry e = newEntry(db, QStringLiteral("Bản đồ số vùng trồng nhãn"), QStringLiteral("Đỗ Văn Long"));
    auto id = service.create(e);
    REQUIRE(id.ok());
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral(
        "INSERT INTO meeting (held_on, members, present, quorum_ratio, quorum, created_at, created_by) "
        "VALUES ('2025-01-20', 7, 6, 0.6667, 1, '2025-01-20T08:00:00Z', 'thu.ky')")));
    const QVariant meetingId = q.lastInsertId();
    q.prepare(
        QStringLiteral("INSERT INTO meeting_vote (meeting_id, entry_id, mode, agree, disagree, members, "
                       "pass_ratio, passes, voted_at, voted_by) "
                       "VALUES (?, ?, 'secret', 5, 1, 7, 0.6667, 1, '2025-01-20T09:00:00Z', 'thu.ky')"));
    q.addBindValue(meetingId);
    q.addBindValue(*id);
    REQUIRE(q.exec());

    const Status s = service.remove(*id);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().message.contains(QStringLiteral("voted")));
    CHECK(countRows(db, "SELECT count(*) FROM entry") == 1);
}
