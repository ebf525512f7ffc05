// The council's meeting: attendance and quorum, recognition votes open and secret, refusals that write
// nothing, and the minutes laid out from a real campaign file.
#include "documents/meeting_minutes.h"
#include "review/council_vote.h"
#include "services/entry_service.h"
#include "storage/audit_log.h"
#include "storage/catalog_repository.h"
#include "storage/meeting_repository.h"
#include "temp_campaign.h"

#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <tuple>

using namespace sangkien;

namespace {

struct CouncilCampaign
{
    testing::TempCampaign campaign;
    QList<qint64> members; // 7: chair, secretary, then members
    QList<Unit> units;
    qint64 entryA = 0; // nominee of units[0]; members[6] belongs to that unit (a conflict)
    qint64 entryB = 0;

    CouncilCampaign()
    {
        units = *CatalogRepository(campaign.db()).units();
        REQUIRE(units.size() >= 3);
        const QStringList names = {QStringLiteral("Nguyễn Văn Chủ"), QStringLiteral("Trần Thị Thư"),
                                   QStringLiteral("Lê Văn Ba"),      QStringLiteral("Phạm Thị Bốn"),
                                   QStringLiteral("Hoàng Văn Năm"),  QStringLiteral("Vũ Thị Sáu"),
                                   QStringLiteral("Đặng Văn Bảy")};
        for (int i = 0; i < names.size(); ++i) {
            const QString role = i == 0   ? QStringLiteral("chair")
                                 : i == 1 ? QStringLiteral("secretary")
                                          : QStringLiteral("member");
            QSqlQuery q(campaign.db().connection());
            q.prepare(
                QStringLiteral("INSERT INTO council_member (full_name, role, unit_id) VALUES (?, ?, ?)"));
            q.addBindValue(names[i]);
            q.addBindValue(role);
            q.addBindValue(i == 6 ? units[0].id : units[2].id);
            REQUIRE(q.exec());
            members << q.lastInsertId().toLongLong();
        }
        entryA = addEntry(QStringLiteral("Ngô Thị Một"), units[0].id);
        entryB = addEntry(QStringLiteral("Bùi Văn Hai"), units[1].id);
    }

    qint64 addEntry(const QString& person, qint64 unitId)
    {
        auto categories = CatalogRepository(campaign.db()).categories();
        Entry e;
        e.title = QStringLiteral("Giải pháp số hóa hồ sơ của ") + person;
        e.categoryId = categories->first().id;
        e.status = EntryStatus::Received;
        e.nominee.name = person;
        e.nominee.unitId = unitId;
        e.authors = {{person, {}, unitId, 100}};
        auto id = EntryService(campaign.db(), QStringLiteral("test")).create(e);
        REQUIRE(id.ok());
        return *id;
    }

    qint64 count(const QString& sql)
    {
        QSqlQuery q(campaign.db().connection());
        REQUIRE(q.exec(sql));
        REQUIRE(q.next());
        return q.value(0).toLongLong();
    }
    int audit() { return AuditLog(campaign.db()).count(); }

    qint64 meet(int present)
    {
        Meeting m;
        m.date = QDate(2025, 1, 15);
        m.place = QStringLiteral("Phòng họp tầng 3");
        auto id = MeetingRepository(campaign.db(), QStringLiteral("test")).record(m, members.mid(0, present));
        REQUIRE(id.ok());
        return *id;
    }
};

} // namespace

TEST_CASE("A quorum of 2/3 of 7 members needs 5 present", "[meeting]")
{
    CHECK(CouncilVote::needed(7, 2.0 / 3.0) == 5);
    CouncilCampaign s;
    MeetingRepository repo(s.campaign.db(), QStringLiteral("test"));

    // Four of seven: below the quorum, the repository refuses the meeting and nothing is written.
    Meeting four;
    four.date = QDate(2025, 1, 15);
    const int auditBefore = s.audit();
    auto belowQuorum =
        repo.record(four, s.members.mid(0, 4), {{s.members[6], QStringLiteral("Đi công tác")}});
    REQUIRE_FALSE(belowQuorum.ok());
    CHECK(belowQuorum.error().kind == ErrorKind::Refused);
    CHECK(belowQuorum.error().message.contains(QStringLiteral("quorum")));
    CHECK(belowQuorum.error().message.contains(QStringLiteral("4 of 7")));
    CHECK(s.count(QStringLiteral("SELECT count(*) FROM meeting")) == 0);
    CHECK(s.count(QStringLiteral("SELECT count(*) FROM meeting_attendance")) == 0);
    CHECK(s.audit() == auditBefore);

    Meeting five;
    five.date = QDate(2025, 1, 16);
    auto id = repo.record(five, s.members.mid(0, 5), {{s.members[6], QStringLiteral("Đi công tác")}});
    REQUIRE(id.ok());
    CHECK(five.quorum);
    CHECK(five.present == 5);
    CHECK(five.members == 7);
    CHECK(five.chairId == s.members[0]);
    CHECK(five.secretaryId == s.members[1]);
    CHECK(s.audit() == auditBefore + 1);
    auto loaded = repo.load(*id);
    REQUIRE(loaded.ok());
    CHECK(*loaded == five);
    CHECK(loaded->attendance.size() == 7);
    CHECK(loaded->attendance[6].absenceReason == QStringLiteral("Đi công tác"));

    // A meeting without quorum that an older file still holds takes no vote, and nothing is written.
    QSqlQuery old(s.campaign.db().connection());
    REQUIRE(
        old.exec(QStringLiteral("INSERT INTO meeting (held_on, members, present, quorum_ratio, quorum, "
                                "created_at, created_by) VALUES ('2025-01-14', 7, 4, 0.6666666666666666, 0, "
                                "'2025-01-14T08:00:00Z', 'old')")));
    const qint64 withoutQuorum = old.lastInsertId().toLongLong();
    const int auditNow = s.audit();
    auto refused = repo.recordSecretVote(withoutQuorum, s.entryB, 4, 0);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("quorum")));
    CHECK(s.count(QStringLiteral("SELECT count(*) FROM meeting_vote")) == 0);
    CHECK(s.audit() == auditNow);

    // An unknown member is refused and nothing is written.
    Meeting wrong;
    wrong.date = QDate(2025, 1, 17);
    const qint64 meetings = s.count(QStringLiteral("SELECT count(*) FROM meeting"));
    CHECK_FALSE(repo.record(wrong, {s.members[0], 9999}).ok());
    CHECK(s.count(QStringLiteral("SELECT count(*) FROM meeting")) == meetings);
}

TEST_CASE("A vote passes with 2/3 of ALL members agreeing: 4 of 7 fails, 5 passes", "[meeting]")
{
    CouncilCampaign s;
    MeetingRepository repo(s.campaign.db(), QStringLiteral("test"));
    const qint64 meeting = s.meet(6);

    const int auditBefore = s.audit();
    auto four = repo.recordSecretVote(meeting, s.entryB, 4, 1, 1);
    REQUIRE(four.ok());
    CHECK_FALSE(four->passes);
    CHECK(four->needed == 5);
    CHECK(s.audit() == auditBefore + 1);

    auto five = repo.recordSecretVote(meeting, s.entryB, 5, 1);
    REQUIRE(five.ok());
    CHECK(five->passes);
    CHECK(s.audit() == auditBefore + 2);
    auto stored = repo.votes(meeting);
    REQUIRE(stored.ok());
    REQUIRE(stored->size() == 1); // the second vote replaced the first
    CHECK(stored->first().agree == 5);
    CHECK(stored->first().passes);
    CHECK(stored->first().mode == VoteMode::Secret);
    CHECK(stored->first().ballots.isEmpty());
}

TEST_CASE("Ballots above attendance are refused and nothing is written", "[meeting]")
{
    CouncilCampaign s;
    MeetingRepository repo(s.campaign.db(), QStringLiteral("test"));
    const qint64 meeting = s.meet(5);
    REQUIRE(repo.recordSecretVote(meeting, s.entryB, 5, 0).ok());
    const int auditBefore = s.audit();
    for (auto [agree, disagree, blank] :
         {std::tuple{5, 1, 0}, std::tuple{4, 1, 1}, std::tuple{6, 0, 0}, std::tuple{-1, 0, 0}}) {
        auto refused = repo.recordSecretVote(meeting, s.entryB, agree, disagree, blank);
        REQUIRE_FALSE(refused.ok());
        CHECK_FALSE(refused.error().place.isEmpty());
    }
    CHECK(s.audit() == auditBefore);
    auto stored = repo.votes(meeting);
    REQUIRE(stored.ok());
    REQUIRE(stored->size() == 1);
    CHECK(stored->first().agree == 5);
    CHECK(stored->first().disagree == 0);
}

TEST_CASE("An open vote keeps each member's choice, a conflicted or absent member is refused", "[meeting]")
{
    CouncilCampaign s;
    MeetingRepository repo(s.campaign.db(), QStringLiteral("test"));
    const qint64 meeting = s.meet(7);
    const int auditBefore = s.audit();

    // members[6] belongs to the unit of entry A's nominee.
    QHash<qint64, Ballot> ballots;
    for (int i = 0; i < 7; ++i)
        ballots.insert(s.members[i], Ballot::Agree);
    auto refused = repo.recordOpenVote(meeting, s.entryA, ballots);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QString::number(s.members[6])));
    CHECK(s.count(QStringLiteral("SELECT count(*) FROM meeting_vote")) == 0);
    CHECK(s.count(QStringLiteral("SELECT count(*) FROM meeting_ballot")) == 0);
    CHECK(s.audit() == auditBefore);

    ballots.remove(s.members[6]);
    ballots.insert(s.members[5], Ballot::Abstain);
    ballots.insert(s.members[4], Ballot::Disagree);
    auto open = repo.recordOpenVote(meeting, s.entryA, ballots);
    REQUIRE(open.ok());
    CHECK(open->agree == 4);
    CHECK(open->disagree == 1);
    CHECK(open->blank == 1);
    CHECK_FALSE(open->passes);
    CHECK(s.audit() == auditBefore + 1);
    auto stored = repo.votes(meeting);
    REQUIRE(stored.ok());
    REQUIRE(stored->size() == 1);
    CHECK(stored->first().mode == VoteMode::Open);
    CHECK(stored->first().ballots == ballots);

    // An absent member cannot vote.
    const qint64 partial = s.meet(5);
    auto absent = repo.recordOpenVote(partial, s.entryB, {{s.members[5], Ballot::Agree}});
    REQUIRE_FALSE(absent.ok());
    CHECK(repo.votes(partial)->isEmpty());
}

TEST_CASE("The minutes carry attendance, quorum and every vote", "[meeting][documents]")
{
    CouncilCampaign s;
    MeetingRepository repo(s.campaign.db(), QStringLiteral("test"));
    const qint64 meeting = s.meet(5);
    REQUIRE(repo.recordSecretVote(meeting, s.entryA, 5, 0).ok());
    REQUIRE(repo.recordSecretVote(meeting, s.entryB, 3, 2).ok());
    auto data = MeetingMinutesData::fromDatabase(s.campaign.db(), meeting);
    REQUIRE(data.ok());
    CHECK(data->presentCount == 5);
    CHECK(data->quorum);
    CHECK(data->chairName == QStringLiteral("Nguyễn Văn Chủ"));
    CHECK(data->secretaryName == QStringLiteral("Trần Thị Thư"));
    REQUIRE(data->entries.size() == 2);
    CHECK(data->entries[0].passes);
    CHECK_FALSE(data->entries[1].passes);
    CHECK(ratioText(2.0 / 3.0) == QStringLiteral("2/3"));

    const PagedDocument doc = layoutMinutes(*data);
    REQUIRE_FALSE(doc.pages.isEmpty());
    QString all;
    for (const Page& p : doc.pages)
        for (const PlacedText& t : p.texts)
            all += t.text + QLatin1Char(' ');
    CHECK(all.contains(QStringLiteral("BIÊN BẢN")));
    CHECK(all.contains(QStringLiteral("15/01/2025")));
    CHECK(all.contains(QStringLiteral("đạt")));
    CHECK(all.contains(QStringLiteral("không đạt")));
    for (int i = 0; i < 5; ++i)
        CHECK(all.contains(data->members[i].name.split(QLatin1Char(' ')).last()));

    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("bb.pdf"));
    REQUIRE(writeMinutes(*data, pdf).ok());
    CHECK(QFileInfo(pdf).size() > 1000);
}
