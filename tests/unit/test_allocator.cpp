// Allocation by rank within the plan's quota rules, on hand-made rankings.
#include "awards/allocator.h"

#include <catch2/catch.hpp>

using namespace sangkien;

namespace {

const AwardForm kChairman{1, QStringLiteral("chairman"), QStringLiteral("Bằng khen của Chủ tịch UBND tỉnh"),
                          85, 1};
const AwardForm kDirector{2, QStringLiteral("director"), QStringLiteral("Giấy khen của Giám đốc Sở KH&CN"),
                          70, 2};

QuotaValidator planRules()
{
    return QuotaValidator(
        {kChairman, kDirector},
        {{1, 1, std::nullopt, 10}, {2, 2, NomineeKind::Collective, 5}, {3, 2, NomineeKind::Individual, 10}});
}

// Builds a ranking from scores, best first; ranks computed as the council would.
QList<AllocationCandidate> ranking(const QList<std::pair<double, NomineeKind>>& rows)
{
    QList<std::optional<double>> scores;
    for (const auto& r : rows)
        scores << r.first;
    const QList<int> ranks = competitionRanks(scores);
    QList<AllocationCandidate> list;
    for (int i = 0; i < rows.size(); ++i) {
        AllocationCandidate c;
        c.ranked.entryId = i + 1;
        c.ranked.code = QStringLiteral("SK-2024-%1").arg(i + 1, 4, 10, QLatin1Char('0'));
        c.ranked.score = rows[i].first;
        c.ranked.rank = ranks[i];
        c.ranked.nomineeKind = rows[i].second;
        c.ranked.nominee = QStringLiteral("Người %1").arg(i + 1);
        c.nomineeKey = c.ranked.nominee;
        list << c;
    }
    return list;
}

int countForm(const AwardProposal& p, const QString& form, std::optional<NomineeKind> kind = std::nullopt)
{
    int n = 0;
    for (const auto& a : p.awards)
        if (a.formCode == form && (!kind || a.slot.nomineeKind == *kind))
            ++n;
    return n;
}

const auto I = NomineeKind::Individual;
const auto C = NomineeKind::Collective;

} // namespace

TEST_CASE("The chairman's certificate takes the 10 best together, then the director's by kind", "[awards]")
{
    QList<std::pair<double, NomineeKind>> rows;
    for (int i = 0; i < 30; ++i)
        rows.append({99.0 - i, i % 3 == 0 ? C : I}); // 99 … 70
    const auto proposal = Allocator(planRules()).propose(ranking(rows));
    CHECK(countForm(proposal, QStringLiteral("chairman")) == 10);
    CHECK(countForm(proposal, QStringLiteral("director"), C) == 5);
    CHECK(countForm(proposal, QStringLiteral("director"), I) == 10);
    CHECK(proposal.ties.isEmpty());
    // The chairman's go to the top ten.
    for (const auto& a : proposal.awards)
        if (a.formCode == QStringLiteral("chairman"))
            CHECK(a.rank <= 10);
    // Every rule is reported with used / limit.
    REQUIRE(proposal.quotas.size() == 3);
    CHECK(proposal.quotas[0].used == 10);
    CHECK(proposal.quotas[0].rule.maxCount == 10);
    CHECK(QuotaValidator(planRules()).violations(proposal.awardSlots()).isEmpty());
}

TEST_CASE("Entries below a form's minimum score are not proposed for it", "[awards]")
{
    const auto proposal = Allocator(planRules()).propose(ranking({{90, I}, {84, I}, {69, C}}));
    REQUIRE(proposal.awards.size() == 2);
    CHECK(proposal.awards[0].formCode == QStringLiteral("chairman"));
    CHECK(proposal.awards[1].formCode == QStringLiteral("director")); // 84 < 85
    CHECK(proposal.awards[1].slot.entryId == 2);
}

TEST_CASE("A tie at the quota boundary is marked, not broken", "[awards][ties]")
{
    // Nine clear winners, then three tied at 88 for the last chairman place.
    QList<std::pair<double, NomineeKind>> rows;
    for (int i = 0; i < 9; ++i)
        rows.append({99.0 - i, I});
    rows.append({88, I});
    rows.append({88, C});
    rows.append({88, I});
    rows.append({80, I});
    const auto proposal = Allocator(planRules()).propose(ranking(rows));
    CHECK(countForm(proposal, QStringLiteral("chairman")) == 9);
    REQUIRE(proposal.ties.size() == 3);
    for (const auto& t : proposal.ties) {
        CHECK(t.formCode == QStringLiteral("chairman"));
        CHECK(t.rank == 10);
        CHECK(t.places == 1);
    }
    // The entry after the tie cannot take the held place…
    for (const auto& a : proposal.awards)
        if (a.slot.entryId == 13)
            CHECK(a.formCode == QStringLiteral("director"));
}

TEST_CASE("A tie that fits entirely is no tie at the boundary", "[awards][ties]")
{
    const auto proposal = Allocator(planRules()).propose(ranking({{95, I}, {95, C}, {90, I}}));
    CHECK(proposal.ties.isEmpty());
    CHECK(countForm(proposal, QStringLiteral("chairman")) == 3);
}

TEST_CASE("A nominee gets at most one award in a campaign", "[awards]")
{
    auto rows = ranking({{97, I}, {96, I}, {95, I}});
    rows[2].nomineeKey = rows[0].nomineeKey; // the same person sent two initiatives
    const auto proposal = Allocator(planRules()).propose(rows);
    REQUIRE(proposal.awards.size() == 2);
    CHECK(proposal.awards[0].slot.entryId == 1);
    CHECK(proposal.awards[1].slot.entryId == 2);
}

TEST_CASE("A per-kind rule full does not stop the other kind", "[awards]")
{
    QList<std::pair<double, NomineeKind>> rows;
    for (int i = 0; i < 10; ++i)
        rows.append({99.0 - i, I}); // chairman full
    for (int i = 0; i < 7; ++i)
        rows.append({84.0 - i, C}); // 7 collectives for 5 director places
    rows.append({76, I});
    const auto proposal = Allocator(planRules()).propose(ranking(rows));
    CHECK(countForm(proposal, QStringLiteral("director"), C) == 5);
    CHECK(countForm(proposal, QStringLiteral("director"), I) == 1);
}

TEST_CASE("A move that breaks a rule is refused with the rule's name", "[awards][quota]")
{
    const QuotaValidator rules = planRules();
    QList<AwardSlot> awards;
    for (int i = 0; i < 5; ++i)
        awards.append({100 + i, QStringLiteral("C%1").arg(i), 2, C, QStringLiteral("c%1").arg(i)});
    const AwardSlot sixth{200, QStringLiteral("SK-2024-0200"), 2, C, QStringLiteral("c6")};
    auto refused = rules.canAdd(awards, sixth);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().place.contains(QStringLiteral("Giấy khen")));
    CHECK(refused.error().place.contains(QStringLiteral("5")));
    // An individual still fits, and moving a collective out makes room.
    CHECK(rules.canAdd(awards, {201, QStringLiteral("SK-2024-0201"), 2, I, QStringLiteral("i1")}).ok());
    CHECK(rules.canAdd(awards, {100, QStringLiteral("C0"), 1, C, QStringLiteral("c0")}).ok());
    // The same nominee twice is refused.
    CHECK_FALSE(rules.canAdd(awards, {202, QStringLiteral("SK-2024-0202"), 1, I, QStringLiteral("c1")}).ok());
}

TEST_CASE("An entry not recognised is passed over and reported with its reason", "[awards][recognition]")
{
    auto list = ranking({{95, I}, {94, I}, {93, C}, {60, I}});
    list[0].recognised = false; // voted down
    list[0].vote = RecognitionVote{1, QDate(2025, 1, 10), 3, 4, 0, 7, 5, false};
    list[2].recognised = false; // never voted on
    const AwardProposal p = Allocator(planRules()).propose(list);
    REQUIRE(p.awards.size() == 1);
    CHECK(p.awards.first().slot.entryId == 2);
    CHECK(p.awards.first().formCode == QLatin1String("chairman"));
    REQUIRE(p.notProposedOf(1));
    CHECK(p.notProposedOf(1)->reason == AwardProposal::Reason::VotedDown);
    REQUIRE(p.notProposedOf(3));
    CHECK(p.notProposedOf(3)->reason == AwardProposal::Reason::NoVote);
    REQUIRE(p.notProposedOf(4));
    CHECK(p.notProposedOf(4)->reason == AwardProposal::Reason::BelowMinimum);
    CHECK_FALSE(p.notProposedOf(2));
}

TEST_CASE("A second entry of an awarded nominee is reported as such", "[awards]")
{
    auto list = ranking({{95, I}, {94, I}});
    list[1].nomineeKey = list[0].nomineeKey;
    const AwardProposal p = Allocator(planRules()).propose(list);
    REQUIRE(p.awards.size() == 1);
    REQUIRE(p.notProposedOf(2));
    CHECK(p.notProposedOf(2)->reason == AwardProposal::Reason::NomineeAwarded);
    CHECK(p.notProposedOf(2)->otherCode == list[0].ranked.code);
}
