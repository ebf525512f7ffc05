#pragma once

#include "common/result.h"

#include <QList>
#include <QString>

namespace sangkien {

class Database;

// One point of a submitted score sheet.
struct SubmittedPoint
{
    qint64 entryId = 0;
    qint64 sheetId = 0;
    qint64 memberId = 0;
    qint64 criterionId = 0;
    double points = 0;
};

// An entry as the ranking lists it.
struct RankingEntryRow
{
    qint64 id = 0;
    QString code;
    QString title;
    QString nominee;
    QString nomineeKind; // code: "individual", "collective"
    QString status;      // code: "received", "under_review", …
};

// The reads the ranking needs: the points of every submitted sheet and the entries.
class RankingQuery
{
public:
    explicit RankingQuery(Database& db)
        : m_db(db)
    {}

    // By entry, then sheet: a sheet's points come together.
    Result<QList<SubmittedPoint>> submittedPoints() const;
    // By code.
    Result<QList<RankingEntryRow>> entries() const;

private:
    Database& m_db;
};

} // namespace sangkien
