#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>

namespace sangkien {

enum class SheetStatus
{
    Draft,
    Submitted
};

// One council member's scores for one entry, criterion id → points.
struct ScoreSheet
{
    qint64 id = 0;
    qint64 memberId = 0;
    qint64 entryId = 0;
    SheetStatus status = SheetStatus::Draft;
    QHash<qint64, double> points;
    QString comment;
    QDateTime submittedAt;
    qint64 revision = 0; // raised by every change in the file; 0 while the sheet is not stored

    double total() const
    {
        double sum = 0;
        for (double p : points)
            sum += p;
        return sum;
    }
    bool operator==(const ScoreSheet&) const = default;
};

} // namespace sangkien
