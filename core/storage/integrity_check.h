#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QList>

namespace sangkien {

class Database;

// The checks behind `sangkien-cli check`: SQLite's own integrity, the schema version, foreign keys,
// awards (their form exists, quota rules kept), co-author shares adding up to 100, score points within
// each criterion's range, each sheet's stored total agreeing with its points, and the audit trail's hash
// chain. Reads only.
class IntegrityCheck
{
    Q_DECLARE_TR_FUNCTIONS(IntegrityCheck)

public:
    explicit IntegrityCheck(Database& db)
        : m_db(db)
    {}

    // Every problem found, each naming its place (the file, a table, an entry code); empty when none.
    // An Error instead of a list means the file could not be read well enough to check it.
    Result<QList<Error>> run() const;
    // The checks made every time the program opens the file, quick enough for that: SQLite's
    // quick_check, the schema version and foreign keys.
    // damaged, when given, tells whether SQLite itself found the file damaged (nothing more can be
    // checked then).
    Result<QList<Error>> quick(bool* damaged = nullptr) const;
    // A file with the schema but without its campaign row was never finished (an older program killed
    // while creating it): nothing in it can be trusted as a campaign.
    static Status campaignPresent(Database& db);

private:
    Database& m_db;
};

} // namespace sangkien
