#include "aggregation.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>
#include <numeric>

namespace sangkien {

QString aggregationDisplayName(AggregationMethod method)
{
    switch (method) {
    case AggregationMethod::TrimmedMean:
        return QCoreApplication::translate(
            "Aggregation", "the mean of the members' totals without the highest and the lowest");
    case AggregationMethod::Median:
        return QCoreApplication::translate("Aggregation", "the median of the members' totals");
    case AggregationMethod::Mean:
        break;
    }
    return QCoreApplication::translate("Aggregation", "the mean of the members' totals");
}

std::optional<double> aggregate(QList<double> totals, AggregationMethod method)
{
    if (totals.isEmpty())
        return std::nullopt;
    std::sort(totals.begin(), totals.end());
    const auto mean = [](auto first, auto last) {
        return std::accumulate(first, last, 0.0) / double(std::distance(first, last));
    };
    switch (method) {
    case AggregationMethod::Mean:
        return mean(totals.begin(), totals.end());
    case AggregationMethod::TrimmedMean:
        // With fewer than three totals there is nothing to drop without dropping everything.
        if (totals.size() < 3)
            return mean(totals.begin(), totals.end());
        return mean(totals.begin() + 1, totals.end() - 1);
    case AggregationMethod::Median: {
        const auto n = totals.size();
        return n % 2 ? totals[n / 2] : (totals[n / 2 - 1] + totals[n / 2]) / 2.0;
    }
    }
    return std::nullopt;
}

double spread(const QList<double>& totals)
{
    if (totals.size() < 2)
        return 0;
    const auto [lo, hi] = std::minmax_element(totals.begin(), totals.end());
    return *hi - *lo;
}

QList<int> competitionRanks(const QList<std::optional<double>>& scores)
{
    QList<qsizetype> order;
    for (qsizetype i = 0; i < scores.size(); ++i)
        if (scores[i])
            order << i;
    std::stable_sort(order.begin(), order.end(),
                     [&](qsizetype a, qsizetype b) { return *scores[a] > *scores[b]; });
    QList<int> ranks(scores.size(), 0);
    for (qsizetype pos = 0; pos < order.size(); ++pos) {
        const double here = *scores[order[pos]];
        if (pos > 0 && std::abs(*scores[order[pos - 1]] - here) < 0.005)
            ranks[order[pos]] = ranks[order[pos - 1]];
        else
            ranks[order[pos]] = int(pos) + 1;
    }
    return ranks;
}

} // namespace sangkien
