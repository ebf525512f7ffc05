#pragma once

#include "aggregation.h"
#include "common/result.h"
#include "domain/criterion.h"
#include "domain/entry.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace sangkien {

class Database;

struct RankingOptions
{
    AggregationMethod method = AggregationMethod::Mean;
    double disagreementSpread = 20; // members disagree when their totals lie further apart than this
};

// One eligible member's submitted total for an entry.
struct MemberTotal
{
    qint64 memberId = 0;
    double total = 0;
    bool complete = true; // every criterion scored
    bool operator==(const MemberTotal&) const = default;
};

// One line of the ranking.
struct RankedEntry
{
    // Flag codes as the CLI prints them.
    static inline const QString kIncomplete = QStringLiteral("incomplete");
    static inline const QString kBelowMinimum = QStringLiteral("below_minimum");
    static inline const QString kDisagree = QStringLiteral("disagree");

    qint64 entryId = 0;
    QString code;
    QString title;
    QString nominee;
    NomineeKind nomineeKind = NomineeKind::Individual;
    int eligibleMembers = 0;
    QList<MemberTotal> memberTotals; // submitted sheets of eligible members only
    std::optional<double> score;
    double spread = 0;
    QStringList flags;
    int rank = 0; // 0: not ranked (no score yet)
    bool tied = false;
};

struct RankingResult
{
    QList<Criterion> criteria;
    RankingOptions options;
    QList<RankedEntry> entries; // best first; unranked entries last, by code
};

// An entry's score and rank alone (Ranking::scores).
struct EntryScore
{
    qint64 entryId = 0;
    std::optional<double> score; // nullopt when no eligible member's sheet counts
    int rank = 0;                // 0: not ranked
};

// Aggregates the council's submitted score sheets into a ranking. Sheets of members excluded by a
// conflict of interest never count. Entries are those under review or beyond, and any with a sheet.
class Ranking
{
public:
    // Options default to the campaign's settings.
    static Result<RankingResult> compute(Database& db, std::optional<RankingOptions> options = std::nullopt);
    static Result<RankingOptions> campaignOptions(Database& db);
    // The score and rank compute() gives each entry holding a submitted sheet (any other entry has neither),
    // without texts, members' totals or flags, and in no particular order: for the statistics and the
    // history across years, which read every year of the office's folder.
    static Result<QList<EntryScore>> scores(Database& db);
};

} // namespace sangkien
