#pragma once

#include "common/result.h"
#include "review/conflicts.h"

#include <QHash>
#include <QList>

namespace sangkien {

class Database;

// A conflict decision the clerk took by hand.
struct ConflictOverride
{
    qint64 memberId = 0;
    qint64 entryId = 0;
    bool excluded = false;
    QString reason;
};

// Everything the conflict rules look at, read at once.
struct ConflictFacts
{
    QList<MemberFacts> members;            // by id
    QList<EntryFacts> entries;             // by id; empty when the council has no member
    QList<ConflictOverride> overrides;     // in the order they were stored
    QHash<qint64, QList<qint64>> assigned; // entry → members, for entries with assignments
};

// The reads and the one write of conflicts of interest.
class ConflictQuery
{
public:
    explicit ConflictQuery(Database& db)
        : m_db(db)
    {}

    // The members, the overrides, the assignments, and the nominees and authors of the entries in scope.
    Result<ConflictFacts> load(ConflictScope scope = ConflictScope::AllEntries) const;
    // Stores the clerk's decision over the automatic one (inside the caller's transaction).
    Status writeOverride(const ConflictOverride& decision, const QString& user);

private:
    Database& m_db;
};

} // namespace sangkien
