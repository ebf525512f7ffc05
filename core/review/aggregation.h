#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace sangkien {

// How members' totals for one entry become its score.
enum class AggregationMethod
{
    Mean,        // the plain mean (default)
    TrimmedMean, // drop the highest and the lowest total, then the mean (needs at least 3 totals)
    Median,
};

QString aggregationCode(AggregationMethod method); // "mean", "trimmed_mean", "median"
std::optional<AggregationMethod> aggregationFromCode(const QString& code);

// The aggregate of the totals by the method; nullopt when there are none.
std::optional<double> aggregate(QList<double> totals, AggregationMethod method);

// Highest minus lowest total; 0 for fewer than two.
double spread(const QList<double>& totals);

// Competition ranking ("1, 2, 2, 4"): scores compared at 0.01 points, so rounding noise is no tie-break.
// Returns each position's rank; entries without a score get 0 (unranked).
QList<int> competitionRanks(const QList<std::optional<double>>& scores);

} // namespace sangkien
