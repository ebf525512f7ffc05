#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <optional>

namespace sangkien {

// One member's scores typed into a spreadsheet and saved as CSV with the columns
// entry,criterion,points[,comment] (entry code, criterion code). The clerk's scores-import and the member's
// review-fill read the same file the same way.
struct ScoreGridTarget
{
    QHash<QString, double> maxByCriterion; // criterion code → its maximum
    QHash<QString, qint64> entryIds;       // entry code → id; only these entries may be scored
};

// The rows of one entry, gathered.
struct ScoreGridSheet
{
    qint64 entryId = 0;
    QString entryCode;
    int firstLine = 0;            // the CSV line of its first row, for errors about the whole sheet
    QMap<QString, double> points; // criterion code → points
    QString comment;
    bool hasComment = false;
};

struct ScoreGridReading
{
    QList<ScoreGridSheet> sheets; // in the order of their first row
    QList<Error> errors;          // every problem, each naming its line and column
};

class ScoreCsv
{
    Q_DECLARE_TR_FUNCTIONS(ScoreCsv)

public:
    // Reads and checks the file: every error names "FILE, line L, column X". Points lie in 0..max: a
    // criterion's minimum is a recognition threshold, not a bound on what a member may give.
    static ScoreGridReading read(const QString& path, const ScoreGridTarget& target);
    static ScoreGridReading parse(const QByteArray& bytes, const QString& name,
                                  const ScoreGridTarget& target);

    // "FILE, line L, column C": the place of a cell, as spreadsheet programs name columns.
    static QString place(const QString& name, int line, int column);
    // Decimal points or commas ("12.5", "12,5").
    static std::optional<double> parsePoints(const QString& text);
};

} // namespace sangkien
