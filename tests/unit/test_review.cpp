// The council's arithmetic: aggregation, ties, conflicts of interest, the 2/3 rules, and a ranking
// computed from a real campaign file.
#include "review/aggregation.h"
#include "review/conflicts.h"
#include "review/council_vote.h"
#include "review/ranking.h"
#include "services/entry_service.h"
#include "storage/catalog_repository.h"
#include "storage/rules_repository.h"
#include "temp_campaign.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace sangkien;

TEST_CASE("Aggregation methods on hand-computed totals", "[review][aggregation]")
{
    const QList<double> totals{70, 80, 90, 95, 40};
    CHECK(*aggregate(totals, AggregationMethod::Mean) == Approx(75.0));
    CHECK(*aggregate(totals, AggregationMethod::TrimmedMean) == Approx((70 + 80 + 90) / 3.0));
    CHECK(*aggregate(totals, AggregationMethod::Median) == Approx(80.0));
    CHECK(*aggregate({70, 80, 90, 100}, AggregationMethod::Median) == Approx(85.0));
    CHECK(*aggregate({60, 90}, AggregationMethod::TrimmedMean) == Approx(75.0)); // too few to trim
    CHECK_FALSE(aggregate({}, AggregationMethod::Mean).has_value());
    CHECK(spread(totals) == Approx(55.0));
    CHECK(spread({88}) == 0);
    CHECK(aggregationFromCode(QStringLiteral("trimmed_mean")) == AggregationMethod::TrimmedMean);
    CHECK_FALSE(aggregationFromCode(QStringLiteral("max")).has_value());
}

TEST_CASE("Ties are shown as ties", "[review][aggregation]")
{
    const QList<std::optional<double>> scores{80.0, 91.5, std::nullopt, 80.0, 91.5, 60.0, 80.004};
    CHECK(competitionRanks(scores) == QList<int>{3, 1, 0, 3, 1, 6, 3});
}

TEST_CASE("The 2/3 rule on 7 and on 9 members, and the quorum", "[review][vote]")
{
    const double twoThirds = 2.0 / 3.0;
    CHECK(CouncilVote::needed(7, twoThirds) == 5);
    CHECK(CouncilVote::needed(9, twoThirds) == 6);
    CHECK(CouncilVote::passes(5, 7, twoThirds));
    CHECK_FALSE(CouncilVote::passes(4, 7, twoThirds));
    CHECK(CouncilVote::passes(6, 9, twoThirds));
    CHECK_FALSE(CouncilVote::passes(5, 9, twoThirds));

    CHECK(CouncilVote::decide(7, 5, 2, 7, twoThirds, twoThirds).value());
    CHECK_FALSE(CouncilVote::decide(6, 4, 2, 7, twoThirds, twoThirds).value());
    auto noQuorum = CouncilVote::decide(5, 5, 0, 9, twoThirds, twoThirds);
    REQUIRE_FALSE(noQuorum.ok());
    CHECK(noQuorum.error().message.contains(QStringLiteral("quorum")));
    CHECK_FALSE(CouncilVote::decide(7, 6, 3, 9, twoThirds, twoThirds).ok()); // 9 votes from 7 present
}

TEST_CASE("Conflicts of interest from authorship and from the unit", "[review][conflicts]")
{
    const MemberFacts member{1, QStringLiteral("Nguyễn Văn Đức"), 12};
    EntryFacts byAuthor{7,
                        30,
                        QStringLiteral("Lê Thị Bình"),
                        {QStringLiteral("Lê Thị Bình"), QStringLiteral("NGUYEN VAN DUC")}};
    CHECK_FALSE(ConflictRules::automaticReason(member, byAuthor).isEmpty());
    EntryFacts sameUnit{8, 12, QStringLiteral("Trần Văn An"), {QStringLiteral("Trần Văn An")}};
    CHECK_FALSE(ConflictRules::automaticReason(member, sameUnit).isEmpty());
    EntryFacts unrelated{9, 30, QStringLiteral("Trần Văn An"), {QStringLiteral("Trần Văn An")}};
    CHECK(ConflictRules::automaticReason(member, unrelated).isEmpty());
}

namespace {

struct ScoredCampaign
{
    testing::TempCampaign campaign;
    QList<qint64> members;
    QList<qint64> entries;
    QList<Criterion> criteria;

    qint64 addMember(const QString& name, qint64 unitId)
    {
        QSqlQuery q(campaign.db().connection());
        q.prepare(
            QStringLiteral("INSERT INTO council_member (full_name, role, unit_id) VALUES (?, 'member', ?)"));
        q.addBindValue(name);
        q.addBindValue(unitId ? QVariant(unitId) : QVariant());
        REQUIRE(q.exec());
        members << q.lastInsertId().toLongLong();
        return members.last();
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
        entries << *id;
        return *id;
    }

    // points per criterion in template order (25, 15, 15, 25, 20 max)
    void score(qint64 member, qint64 entry, const QList<double>& points, bool submitted = true)
    {
        if (criteria.isEmpty())
            criteria = *RulesRepository(campaign.db()).criteria();
        QSqlQuery q(campaign.db().connection());
        q.prepare(QStringLiteral("INSERT INTO score_sheet (member_id, entry_id, status) VALUES (?, ?, ?)"));
        q.addBindValue(member);
        q.addBindValue(entry);
        q.addBindValue(submitted ? QStringLiteral("submitted") : QStringLiteral("draft"));
        REQUIRE(q.exec());
        const qint64 sheet = q.lastInsertId().toLongLong();
        for (int i = 0; i < points.size(); ++i) {
            q.prepare(QStringLiteral("INSERT INTO score (sheet_id, criterion_id, points) VALUES (?, ?, ?)"));
            q.addBindValue(sheet);
            q.addBindValue(criteria[i].id);
            q.addBindValue(points[i]);
            REQUIRE(q.exec());
        }
    }
};

} // namespace

TEST_CASE("The ranking aggregates submitted sheets of eligible members only", "[review][ranking]")
{
    ScoredCampaign s;
    auto units = *CatalogRepository(s.campaign.db()).units();
    const qint64 unitA = units[0].id, unitB = units[1].id, unitC = units[2].id;
    const qint64 m1 = s.addMember(QStringLiteral("Phạm Văn Một"), unitC);
    const qint64 m2 = s.addMember(QStringLiteral("Hoàng Thị Hai"), unitC);
    const qint64 m3 = s.addMember(QStringLiteral("Vũ Minh Ba"), unitA); // same unit as entry 1's nominee
    const qint64 e1 = s.addEntry(QStringLiteral("Nguyễn Văn An"), unitA);
    const qint64 e2 = s.addEntry(QStringLiteral("Trần Thị Bình"), unitB);
    const qint64 e3 = s.addEntry(QStringLiteral("Lê Văn Cường"), unitB);

    s.score(m1, e1, {20, 12, 12, 20, 16});    // 80
    s.score(m2, e1, {24, 14, 14, 24, 18});    // 94
    s.score(m3, e1, {0, 0, 0, 0, 0});         // excluded: same unit; must not count
    s.score(m1, e2, {20, 12, 12, 20, 16});    // 80
    s.score(m2, e2, {24, 14, 14, 24, 18});    // 94
    s.score(m3, e2, {10, 5, 5, 10, 5});       // 35
    s.score(m1, e3, {20, 12, 12, 20, 16});    // 80
    s.score(m2, e3, {20, 12, 12, 20}, false); // a draft does not count

    auto ranking = Ranking::compute(s.campaign.db());
    REQUIRE(ranking.ok());
    REQUIRE(ranking->entries.size() == 3);
    const auto& first = ranking->entries[0];
    CHECK(first.entryId == e1);
    CHECK(*first.score == Approx(87.0));
    CHECK(first.eligibleMembers == 2);
    CHECK(first.memberTotals.size() == 2);
    CHECK(first.rank == 1);
    CHECK(first.flags.isEmpty());

    // e2 mean (80 + 94 + 35) / 3 = 69.67 and a spread of 59: the members disagree.
    const auto& e2Row = ranking->entries[2];
    CHECK(e2Row.entryId == e2);
    CHECK(*e2Row.score == Approx(209.0 / 3));
    CHECK(e2Row.flags.contains(RankedEntry::kDisagree));

    // e3: only one of three eligible sheets submitted.
    const auto& e3Row = ranking->entries[1];
    CHECK(e3Row.entryId == e3);
    CHECK(*e3Row.score == Approx(80.0));
    CHECK(e3Row.flags.contains(RankedEntry::kIncomplete));

    RankingOptions trimmed;
    trimmed.method = AggregationMethod::TrimmedMean;
    auto t = Ranking::compute(s.campaign.db(), trimmed);
    REQUIRE(t.ok());
    for (const auto& r : t->entries)
        if (r.entryId == e2)
            CHECK(*r.score == Approx(80.0));

    // The clerk lifts the automatic conflict of m3 on e1: now m3's zero counts.
    REQUIRE(setConflictOverride(s.campaign.db(), m3, e1, false, QStringLiteral("Khác phòng ban"),
                                QStringLiteral("clerk"))
                .ok());
    auto lifted = Ranking::compute(s.campaign.db());
    for (const auto& r : lifted->entries)
        if (r.entryId == e1)
            CHECK(*r.score == Approx(58.0));
    CHECK_FALSE(
        setConflictOverride(s.campaign.db(), m1, e1, true, QStringLiteral("  "), QStringLiteral("clerk"))
            .ok());
}

namespace {

// Ranking::scores against compute(): the same score and rank for every entry, nothing for the others.
void checkScoresAsRanking(Database& db, const QString& what)
{
    INFO(what.toStdString());
    const auto ranking = Ranking::compute(db);
    const auto scores = Ranking::scores(db);
    REQUIRE(ranking.ok());
    REQUIRE(scores.ok());
    QHash<qint64, EntryScore> byId;
    for (const EntryScore& s : *scores)
        byId.insert(s.entryId, s);
    int scored = 0;
    for (const RankedEntry& r : ranking->entries) {
        INFO(r.code.toStdString());
        const EntryScore s = byId.value(r.entryId);
        CHECK(s.score == r.score);
        CHECK(s.rank == r.rank);
        scored += r.score ? 1 : 0;
    }
    // Every entry scores() gives is one the ranking lists.
    QSet<qint64> ranked;
    for (const RankedEntry& r : ranking->entries)
        ranked.insert(r.entryId);
    for (const EntryScore& s : *scores)
        CHECK(ranked.contains(s.entryId));
    CHECK(scored > 0);
}

} // namespace

TEST_CASE("Ranking::scores gives each entry the score and rank of the ranking", "[review][ranking]")
{
    ScoredCampaign s;
    auto units = *CatalogRepository(s.campaign.db()).units();
    const qint64 unitA = units[0].id, unitB = units[1].id, unitC = units[2].id;
    const qint64 m1 = s.addMember(QStringLiteral("Phạm Văn Một"), unitC);
    const qint64 m2 = s.addMember(QStringLiteral("Hoàng Thị Hai"), unitC);
    const qint64 m3 = s.addMember(QStringLiteral("Vũ Minh Ba"), unitA);
    const qint64 e1 = s.addEntry(QStringLiteral("Nguyễn Văn An"), unitA);
    const qint64 e2 = s.addEntry(QStringLiteral("Trần Thị Bình"), unitB);
    const qint64 e3 = s.addEntry(QStringLiteral("Lê Văn Cường"), unitB);
    const qint64 e4 = s.addEntry(QStringLiteral("Phạm Văn Một"), unitB); // m1 is its author
    s.addEntry(QStringLiteral("Đỗ Thị Năm"), unitB);                     // no sheet at all
    s.score(m1, e1, {20.1, 12.3, 12.7, 20, 16});
    s.score(m2, e1, {24, 14, 14, 24, 18});
    s.score(m3, e1, {0, 0, 0, 0, 0}); // excluded: same unit
    s.score(m1, e2, {20, 12, 12, 20, 16});
    s.score(m2, e2, {24, 14, 14, 24, 18});
    s.score(m3, e2, {10, 5, 5, 10, 5});
    s.score(m1, e3, {24, 14, 14, 24, 18}); // ties e2's 94 with one sheet
    s.score(m1, e4, {25, 15, 15, 25, 20}); // the author's own sheet: never counts, e4 has no score
    s.score(m2, e3, {20, 12, 12, 20}, false);
    checkScoresAsRanking(s.campaign.db(), QStringLiteral("automatic conflicts"));

    REQUIRE(setConflictOverride(s.campaign.db(), m3, e1, false, QStringLiteral("Khác phòng ban"),
                                QStringLiteral("clerk"))
                .ok());
    REQUIRE(
        setConflictOverride(s.campaign.db(), m2, e2, true, QStringLiteral("Họ hàng"), QStringLiteral("clerk"))
            .ok());
    checkScoresAsRanking(s.campaign.db(), QStringLiteral("overrides both ways"));

    // Assigned members only: m3's sheet on e3 would count, but e3 is assigned to m1 alone.
    QSqlQuery q(s.campaign.db().connection());
    REQUIRE(q.exec(
        QStringLiteral("INSERT INTO assignment (entry_id, member_id) VALUES (%1, %2)").arg(e3).arg(m1)));
    s.score(m3, e3, {1, 1, 1, 1, 1});
    checkScoresAsRanking(s.campaign.db(), QStringLiteral("assignments"));

    REQUIRE(q.exec(QStringLiteral("UPDATE campaign SET aggregation = 'median'")));
    checkScoresAsRanking(s.campaign.db(), QStringLiteral("median"));
}

TEST_CASE("A criterion below its minimum is flagged", "[review][ranking]")
{
    ScoredCampaign s;
    auto units = *CatalogRepository(s.campaign.db()).units();
    const qint64 m1 = s.addMember(QStringLiteral("Phạm Văn Một"), 0);
    const qint64 e1 = s.addEntry(QStringLiteral("Nguyễn Văn An"), units[0].id);
    QSqlQuery q(s.campaign.db().connection());
    REQUIRE(q.exec(QStringLiteral("UPDATE criterion SET min_points = 10 WHERE code = 'novelty'")));
    s.score(m1, e1, {8, 15, 15, 25, 20});
    auto ranking = Ranking::compute(s.campaign.db());
    REQUIRE(ranking.ok());
    CHECK(ranking->entries[0].flags.contains(RankedEntry::kBelowMinimum));
}
