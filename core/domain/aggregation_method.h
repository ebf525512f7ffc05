#pragma once

#include <QString>
#include <optional>

namespace sangkien {

// How members' totals for one entry become its score: a campaign setting (Thiết lập, the template), and
// `sangkien-cli rank --method` for one run.
enum class AggregationMethod
{
    Mean,        // the plain mean (default)
    TrimmedMean, // drop the highest and the lowest total, then the mean (needs at least 3 totals)
    Median,
};

// The stored code: "mean", "trimmed_mean", "median" (the campaign row, the template, rank's JSON).
inline QString aggregationCode(AggregationMethod method)
{
    switch (method) {
    case AggregationMethod::TrimmedMean:
        return QStringLiteral("trimmed_mean");
    case AggregationMethod::Median:
        return QStringLiteral("median");
    case AggregationMethod::Mean:
        break;
    }
    return QStringLiteral("mean");
}

inline std::optional<AggregationMethod> aggregationFromCode(const QString& code)
{
    for (auto m : {AggregationMethod::Mean, AggregationMethod::TrimmedMean, AggregationMethod::Median})
        if (aggregationCode(m) == code)
            return m;
    return std::nullopt;
}

// What a user may type (`rank --method`): the codes, and "trimmed" for the trimmed mean.
inline std::optional<AggregationMethod> aggregationFromName(const QString& name)
{
    if (name == QLatin1String("trimmed"))
        return AggregationMethod::TrimmedMean;
    return aggregationFromCode(name);
}

} // namespace sangkien
