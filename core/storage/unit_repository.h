#pragma once

#include "common/result.h"
#include "domain/unit.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace sangkien {

class Database;

// Where a unit is referred to: before merging or deleting one, the clerk sees what would move.
struct UnitUsage
{
    int nominees = 0;
    int authors = 0;
    int members = 0; // council members
    int total() const { return nominees + authors + members; }
    bool operator==(const UnitUsage&) const = default;
};

// Units the clerk keeps: add, rename or re-file, and merge duplicates that arrived spelled two ways
// ("UBND huyện Văn Lâm" and "UBND H. Văn Lâm"). Each write is one transaction with its audit row.
class UnitRepository
{
    Q_DECLARE_TR_FUNCTIONS(UnitRepository)

public:
    UnitRepository(Database& db, QString user);

    Result<QList<Unit>> list() const;
    Result<Unit> load(qint64 id) const;
    Result<qint64> add(Unit& unit);
    Status update(const Unit& unit);
    // Re-points every nominee, author and council member of the duplicates to keepId, then deletes the
    // duplicates; all or nothing, with one audit row naming what moved.
    Status merge(qint64 keepId, const QList<qint64>& duplicateIds);

    Result<QHash<qint64, UnitUsage>> usageCounts() const;
    Result<UnitUsage> usage(qint64 unitId) const;

private:
    Status validate(const Unit& unit) const;
    // Entries search by unit name too: refresh the keys of entries whose nominee is in these units.
    Status refreshEntryKeys(const QList<qint64>& unitIds);

    Database& m_db;
    QString m_user;
};

} // namespace sangkien
