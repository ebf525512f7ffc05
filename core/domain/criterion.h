#pragma once

#include <QString>

namespace sangkien {

// A scoring criterion of the council's sheet: "Tính mới", at most 25 points.
struct Criterion
{
    qint64 id = 0;
    QString code; // "novelty"
    QString name;
    double maxPoints = 0;
    double minPoints = 0; // the least a recognised entry must reach on it
    int position = 0;

    bool operator==(const Criterion&) const = default;
};

} // namespace sangkien
