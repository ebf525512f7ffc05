#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace sangkien {

class Database;

// Scores, awards and votes are covered by the audit trail: each change the program makes writes a trail
// row whose "after" holds the new values. Replaying the trail gives what the tables should hold; a score
// edited, an award added or a vote changed with sqlite3 shows up as a difference, named with its entry.
class TrailCoverage
{
    Q_DECLARE_TR_FUNCTIONS(TrailCoverage)

public:
    explicit TrailCoverage(Database& db)
        : m_db(db)
    {}

    // Every score sheet, award and vote whose stored values the trail does not account for.
    Result<QList<Error>> differences() const;

    // Writes one "baseline" trail row for every score sheet, vote and award set the trail does not yet
    // cover: content the program wrote in bulk (the demo) or that predates coverage (older files).
    // Runs in the caller's transaction.
    Status recordBaseline(const QString& user);

private:
    Database& m_db;
};

} // namespace sangkien
