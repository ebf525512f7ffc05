#pragma once

#include "domain/aggregation_method.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace sangkien {

// The method's name as the ranking, the minutes and the awards view show it ("the median of the members'
// totals"), translated.
QString aggregationDisplayName(AggregationMethod method);

// The aggregate of the totals by the method; nullopt when there are none.
std::optional<double> aggregate(QList<double> totals, AggregationMethod method);

// Highest minus lowest total; 0 for fewer than two.
double spread(const QList<double>& totals);

// Competition ranking ("1, 2, 2, 4"): scores compared at 0.01 points, so rounding noise is no tie-break.
// Returns each position's rank; entries without a score get 0 (unranked).
QList<int> competitionRanks(const QList<std::optional<double>>& scores);

} // namespace sangkien
