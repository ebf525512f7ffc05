// Recognition gates awards: with the campaign's default (the council's vote), only entries that passed the
// latest recognition vote at a meeting with quorum are proposed or may be given an award; with recognition
// by score the old behaviour holds. On a demo campaign, changed by real votes recorded at later meetings.
#include "awards/award_service.h"
#include "demo/demo_generator.h"
#include "older_schema.h"
#include "storage/campaign_repository.h"
#include "storage/meeting_repository.h"
#include "temp_campaign.h"

#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace sangkien;
using sangkien::testing::TempCampaign;

namespace {

struct VotedCampaign
{
    TempCampaign campaign;
    QList<qint64> members;

    VotedCampaign()
    {
        DemoGenerator::Options o;
        o.entries = 80;
        o.seed = 3;
        REQUIRE(DemoGenerator(o).fill(campaign.db()));
        QSqlQuery q(campaign.db().connection());
        REQUIRE(q.exec(QStringLiteral("SELECT id FROM council_member ORDER BY id")));
        while (q.next())
            members << q.value(0).toLongLong();
        REQUIRE(members.size() == 7);
    }
    Database& db() { return campaign.db(); }

    // A meeting after the demo's, every member present, voting agree of 7 on the entry.
    void vote(qint64 entryId, int agree, const QDate& date)
    {
        MeetingRepository meetings(db(), QStringLiteral("test"));
        Meeting m;
        m.date = date;
        auto id = meetings.record(m, members);
        REQUIRE(id);
        REQUIRE(meetings.recordSecretVote(*id, entryId, agree, 7 - agree));
    }

    // The best-ranked entry whose nominee has no other entry in the ranking.
    AllocationCandidate best()
    {
        auto candidates = AwardService(db(), QStringLiteral("test")).candidates();
        REQUIRE(candidates);
        REQUIRE(!candidates->isEmpty());
        REQUIRE(candidates->first().ranked.rank == 1);
        return candidates->first();
    }

    const AwardProposal::Award* proposed(const AwardProposal& p, qint64 entryId)
    {
        for (const AwardProposal::Award& a : p.awards)
            if (a.slot.entryId == entryId)
                return &a;
        return nullptr;
    }

    void setRecognition(Recognition r)
    {
        auto c = CampaignRepository(db()).load();
        REQUIRE(c);
        c->recognition = r;
        REQUIRE(CampaignRepository(db()).save(*c));
    }
};

} // namespace

TEST_CASE("A new campaign recognises entries by the council's vote, the setting is stored",
          "[awards][recognition]")
{
    TempCampaign c;
    auto campaign = CampaignRepository(c.db()).load();
    REQUIRE(campaign);
    CHECK(campaign->recognition == Recognition::Vote);
    campaign->recognition = Recognition::Score;
    REQUIRE(CampaignRepository(c.db()).save(*campaign));
    CHECK(CampaignRepository(c.db()).load()->recognition == Recognition::Score);
    CHECK(recognitionFromCode(QStringLiteral("score")) == Recognition::Score);
    CHECK_FALSE(recognitionFromCode(QStringLiteral("show of hands")));
}

TEST_CASE("An entry voted down is never proposed, once it passes a later vote it is", "[awards][recognition]")
{
    VotedCampaign s;
    const AllocationCandidate top = s.best();
    AwardService service(s.db(), QStringLiteral("test"));

    // Voted down at a later meeting: 4 of 7 agree, 5 needed.
    s.vote(top.ranked.entryId, 4, QDate(2025, 1, 10));
    auto candidates = service.candidates();
    REQUIRE(candidates);
    REQUIRE(candidates->first().ranked.entryId == top.ranked.entryId);
    REQUIRE(candidates->first().vote);
    CHECK_FALSE(candidates->first().vote->passes);
    CHECK(candidates->first().vote->agree == 4);
    CHECK(candidates->first().vote->needed == 5);
    CHECK_FALSE(candidates->first().recognised);
    auto proposal = service.propose();
    REQUIRE(proposal);
    CHECK_FALSE(s.proposed(*proposal, top.ranked.entryId));
    REQUIRE(!proposal->awards.isEmpty());
    const AwardProposal::NotProposed* held = proposal->notProposedOf(top.ranked.entryId);
    REQUIRE(held);
    CHECK(held->reason == AwardProposal::Reason::VotedDown);
    CHECK(Allocator::reasonCode(held->reason) == QLatin1String("voted_down"));
    CHECK(Allocator::reasonText(*held, candidates->first().vote).contains(QStringLiteral("4")));
    // Nor can the office give it an award by hand, nor store an award it holds without a passing vote.
    const qint64 director = proposal->awards.first().slot.awardFormId;
    const Status moved = service.move(top.ranked.entryId, director);
    REQUIRE_FALSE(moved);
    CHECK(moved.error().place == top.ranked.code);
    auto broken = service.violations();
    REQUIRE(broken);
    for (const Error& e : *broken)
        CHECK(e.place == top.ranked.code); // only the voted-down entry, if the demo had awarded it

    // Passed at the next meeting: the latest vote counts, and the best entry is proposed again.
    s.vote(top.ranked.entryId, 6, QDate(2025, 1, 20));
    proposal = service.propose();
    REQUIRE(proposal);
    REQUIRE(s.proposed(*proposal, top.ranked.entryId));
    CHECK(s.proposed(*proposal, top.ranked.entryId)->rank == 1);
    CHECK_FALSE(proposal->notProposedOf(top.ranked.entryId));
}

TEST_CASE("An entry the council never voted on is not proposed, every proposed entry passed",
          "[awards][recognition]")
{
    VotedCampaign s;
    const AllocationCandidate top = s.best();
    // Remove the demo's vote on the best entry: no vote at all.
    QSqlQuery q(s.db().connection());
    q.prepare(QStringLiteral("DELETE FROM meeting_vote WHERE entry_id = ?"));
    q.addBindValue(top.ranked.entryId);
    REQUIRE(q.exec());
    AwardService service(s.db(), QStringLiteral("test"));
    auto candidates = service.candidates();
    REQUIRE(candidates);
    auto proposal = service.propose();
    REQUIRE(proposal);
    CHECK_FALSE(s.proposed(*proposal, top.ranked.entryId));
    REQUIRE(proposal->notProposedOf(top.ranked.entryId));
    CHECK(proposal->notProposedOf(top.ranked.entryId)->reason == AwardProposal::Reason::NoVote);
    QHash<qint64, const AllocationCandidate*> byEntry;
    for (const AllocationCandidate& c : *candidates)
        byEntry.insert(c.ranked.entryId, &c);
    for (const AwardProposal::Award& a : proposal->awards) {
        REQUIRE(byEntry.value(a.slot.entryId));
        REQUIRE(byEntry.value(a.slot.entryId)->vote);
        CHECK(byEntry.value(a.slot.entryId)->vote->passes);
    }
}

TEST_CASE("With recognition by score, the old behaviour holds: the vote does not gate",
          "[awards][recognition]")
{
    VotedCampaign s;
    const AllocationCandidate top = s.best();
    s.vote(top.ranked.entryId, 2, QDate(2025, 1, 10));
    s.setRecognition(Recognition::Score);
    AwardService service(s.db(), QStringLiteral("test"));
    auto candidates = service.candidates();
    REQUIRE(candidates);
    CHECK(candidates->first().recognised);
    CHECK_FALSE(candidates->first().vote->passes); // still shown
    auto proposal = service.propose();
    REQUIRE(proposal);
    REQUIRE(s.proposed(*proposal, top.ranked.entryId));
    CHECK(s.proposed(*proposal, top.ranked.entryId)->rank == 1);
    // The proposal is the allocator's on the bare ranking, as before the vote existed.
    QList<AllocationCandidate> bare = *candidates;
    for (AllocationCandidate& c : bare) {
        c.vote.reset();
        c.recognised = true;
    }
    auto validator = service.validator();
    REQUIRE(validator);
    CHECK(Allocator(*validator).propose(bare).awardSlots() == proposal->awardSlots());
    REQUIRE(service.apply(*proposal));
}

TEST_CASE("A campaign upgraded with awards but no vote keeps recognising by score, one with votes by vote",
          "[awards][recognition][database]")
{
    for (const bool voted : {false, true}) {
        INFO("voted " << voted);
        VotedCampaign s;
        QSqlQuery q(s.db().connection());
        if (!voted)
            REQUIRE(q.exec(QStringLiteral("DELETE FROM meeting_vote")));
        // The file as schema 12 left it: no recognition column, no province decisions, no certificate
        // layouts, no unit successions, no report texts, no sheet totals, no table of imported files.
        sangkien::testing::undoImportFiles(s.db());
        for (const char* trigger :
             {"score_sheet_total_insert", "score_sheet_total_update", "score_sheet_total_delete"})
            REQUIRE(q.exec(QStringLiteral("DROP TRIGGER %1").arg(QLatin1String(trigger))));
        REQUIRE(q.exec(QStringLiteral("ALTER TABLE score_sheet DROP COLUMN total")));
        REQUIRE(q.exec(QStringLiteral("ALTER TABLE campaign DROP COLUMN recognition")));
        REQUIRE(q.exec(QStringLiteral("DROP TABLE province_decision")));
        REQUIRE(q.exec(QStringLiteral("DROP TABLE certificate_layout")));
        REQUIRE(q.exec(QStringLiteral("DROP TABLE unit_succession")));
        REQUIRE(q.exec(QStringLiteral("DROP TABLE report_template")));
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = 12")));
        q.finish();
        Database& db = s.campaign.reopen();
        auto campaign = CampaignRepository(db).load();
        REQUIRE(campaign);
        CHECK(campaign->recognition == (voted ? Recognition::Vote : Recognition::Score));
        auto broken = AwardService(db, QStringLiteral("test")).violations();
        REQUIRE(broken);
        CHECK(broken->isEmpty());
    }
}
