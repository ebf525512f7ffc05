#include "ranking.h"

#include "conflicts.h"
#include "storage/campaign_repository.h"
#include "storage/database.h"
#include "storage/ranking_query.h"
#include "storage/rules_repository.h"

#include <QHash>
#include <QSet>
#include <QVarLengthArray>
#include <algorithm>

namespace sangkien {
namespace {

// A sheet has a point per criterion, a handful: a short list looked up in order beats a hash per sheet.
struct SheetScores
{
    qint64 memberId = 0;
    QVarLengthArray<std::pair<qint64, double>, 8> points; // criterion, points

    const double* find(qint64 criterionId) const
    {
        for (const auto& [criterion, value] : points)
            if (criterion == criterionId)
                return &value;
        return nullptr;
    }
};

// The submitted sheets with their points, in entry order (as read): each entry's sheets are a range of them.
struct Sheets
{
    QList<SheetScores> list;
    QHash<qint64, std::pair<qsizetype, qsizetype>> ofEntry; // entry id → [first, end) in list
};

Result<Sheets> readSheets(Database& db, qsizetype criteria)
{
    const auto points = RankingQuery(db).submittedPoints();
    if (!points)
        return points.error();
    Sheets sheets;
    sheets.list.reserve(points->size() / qMax<qsizetype>(1, criteria));
    qint64 lastSheet = -1;
    for (const SubmittedPoint& p : *points) {
        if (p.sheetId != lastSheet) {
            auto& range = sheets.ofEntry[p.entryId];
            if (range.first == range.second)
                range = {sheets.list.size(), sheets.list.size()};
            ++range.second;
            sheets.list.append(SheetScores{p.memberId, {}});
            lastSheet = p.sheetId;
        }
        sheets.list.last().points.append({p.criterionId, p.points});
    }
    return sheets;
}

// Each criterion's points over an entry's sheets, by the criterion's place in the criteria list.
using PointsByCriterion = QVarLengthArray<QVarLengthArray<double, 16>, 8>;

// A member's total of one sheet over the criteria, in their order; incomplete when one has no point.
MemberTotal sheetTotal(const SheetScores& sheet, const QList<Criterion>& criteria,
                       PointsByCriterion* pointsByCriterion = nullptr)
{
    MemberTotal t;
    t.memberId = sheet.memberId;
    for (qsizetype ci = 0; ci < criteria.size(); ++ci) {
        const double* p = sheet.find(criteria[ci].id);
        if (!p) {
            t.complete = false;
            continue;
        }
        t.total += *p;
        if (pointsByCriterion)
            (*pointsByCriterion)[ci].append(*p);
    }
    return t;
}

} // namespace

Result<QList<EntryScore>> Ranking::scores(Database& db)
{
    const auto options = campaignOptions(db);
    if (!options)
        return options.error();
    const auto criteria = RulesRepository(db).criteria();
    if (!criteria)
        return criteria.error();
    // An entry without a sheet has no score and no rank: only the scored entries' conflicts are read.
    const auto conflicts = ConflictTable::load(db, ConflictScope::ScoredEntries);
    if (!conflicts)
        return conflicts.error();
    const auto sheets = readSheets(db, criteria->size());
    if (!sheets)
        return sheets.error();

    QList<EntryScore> result;
    result.reserve(sheets->ofEntry.size());
    QList<std::optional<double>> scoreList;
    scoreList.reserve(sheets->ofEntry.size());
    QList<double> totals;
    for (auto it = sheets->ofEntry.cbegin(); it != sheets->ofEntry.cend(); ++it) {
        const QList<qint64> eligible = conflicts->eligibleMembers(it.key());
        totals.clear();
        for (qsizetype si = it->first; si < it->second; ++si) {
            const SheetScores& sheet = sheets->list[si];
            if (eligible.contains(sheet.memberId)) // an excluded member's sheet never counts
                totals << sheetTotal(sheet, *criteria).total;
        }
        result.append({it.key(), aggregate(totals, options->method), 0});
        scoreList << result.last().score;
    }
    const QList<int> ranks = competitionRanks(scoreList);
    for (qsizetype i = 0; i < result.size(); ++i)
        result[i].rank = ranks[i];
    return result;
}

Result<RankingOptions> Ranking::campaignOptions(Database& db)
{
    const auto stored = CampaignRepository(db).rankingSettings();
    if (!stored)
        return stored.error();
    RankingOptions o;
    if (*stored) {
        o.method = aggregationFromCode((*stored)->aggregation).value_or(AggregationMethod::Mean);
        o.disagreementSpread = (*stored)->disagreementSpread;
    }
    return o;
}

Result<RankingResult> Ranking::compute(Database& db, std::optional<RankingOptions> options)
{
    RankingResult result;
    if (options) {
        result.options = *options;
    } else {
        auto stored = campaignOptions(db);
        if (!stored)
            return stored.error();
        result.options = *stored;
    }
    auto criteria = RulesRepository(db).criteria();
    if (!criteria)
        return criteria.error();
    result.criteria = *criteria;
    // Only the entries the ranking lists (the reviewed set below) need their conflicts.
    auto conflicts = ConflictTable::load(db, ConflictScope::RankedEntries);
    if (!conflicts)
        return conflicts.error();

    const auto sheets = readSheets(db, result.criteria.size());
    if (!sheets)
        return sheets.error();

    const auto rows = RankingQuery(db).entries();
    if (!rows)
        return rows.error();
    static const QSet<QString> reviewed{QStringLiteral("under_review"), QStringLiteral("scored"),
                                        QStringLiteral("proposed"), QStringLiteral("awarded"),
                                        QStringLiteral("not_awarded")};
    for (const RankingEntryRow& row : *rows) {
        const qint64 entryId = row.id;
        const auto sheetsIt = sheets->ofEntry.constFind(entryId);
        if (!reviewed.contains(row.status) && sheetsIt == sheets->ofEntry.constEnd())
            continue;
        RankedEntry r;
        r.entryId = entryId;
        r.code = row.code;
        r.title = row.title;
        r.nominee = row.nominee;
        r.nomineeKind = nomineeKindFromCode(row.nomineeKind).value_or(NomineeKind::Individual);
        const QList<qint64> eligible = conflicts->eligibleMembers(entryId);
        r.eligibleMembers = int(eligible.size());

        QList<double> totals;
        if (sheetsIt != sheets->ofEntry.constEnd()) {
            totals.reserve(sheetsIt->second - sheetsIt->first);
            r.memberTotals.reserve(sheetsIt->second - sheetsIt->first);
        }
        PointsByCriterion pointsByCriterion(result.criteria.size());
        bool incomplete = false;
        QVarLengthArray<qint64, 16> scoredBy;
        if (sheetsIt != sheets->ofEntry.constEnd()) {
            for (qsizetype si = sheetsIt->first; si < sheetsIt->second; ++si) {
                const SheetScores& sheet = sheets->list[si];
                if (!eligible.contains(sheet.memberId))
                    continue; // an excluded member's sheet never counts
                const MemberTotal t = sheetTotal(sheet, result.criteria, &pointsByCriterion);
                incomplete = incomplete || !t.complete;
                if (!scoredBy.contains(sheet.memberId))
                    scoredBy.append(sheet.memberId);
                totals << t.total;
                r.memberTotals << t;
            }
        }
        if (scoredBy.size() < eligible.size())
            incomplete = true;
        r.score = aggregate(totals, result.options.method);
        r.spread = spread(totals);
        if (incomplete)
            r.flags << RankedEntry::kIncomplete;
        for (qsizetype ci = 0; ci < result.criteria.size(); ++ci) {
            const Criterion& c = result.criteria[ci];
            const auto& points = pointsByCriterion[ci];
            if (c.minPoints > 0 && !points.isEmpty()) {
                const auto mean =
                    aggregate(QList<double>(points.cbegin(), points.cend()), AggregationMethod::Mean);
                if (mean && *mean + 1e-9 < c.minPoints) {
                    r.flags << RankedEntry::kBelowMinimum;
                    break;
                }
            }
        }
        if (totals.size() >= 2 && r.spread > result.options.disagreementSpread)
            r.flags << RankedEntry::kDisagree;
        result.entries.append(std::move(r));
    }

    QList<std::optional<double>> scores;
    for (const RankedEntry& r : std::as_const(result.entries))
        scores << r.score;
    const QList<int> ranks = competitionRanks(scores);
    QHash<int, int> sameRank;
    for (qsizetype i = 0; i < result.entries.size(); ++i) {
        result.entries[i].rank = ranks[i];
        if (ranks[i])
            ++sameRank[ranks[i]];
    }
    for (RankedEntry& r : result.entries)
        r.tied = r.rank && sameRank.value(r.rank) > 1;
    std::stable_sort(result.entries.begin(), result.entries.end(),
                     [](const RankedEntry& a, const RankedEntry& b) {
                         if (!a.rank || !b.rank)
                             return a.rank && !b.rank;
                         return a.rank < b.rank;
                     });
    return result;
}

} // namespace sangkien
