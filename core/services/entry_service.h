#pragma once

#include "common/result.h"
#include "domain/entry.h"
#include "storage/entry_dependents.h"
#include "storage/entry_status_repository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace sangkien {

class Database;

// One stamped status change of an entry.
// What the clerk does to entries. Each call is one user action: validated, written in one transaction
// together with its audit trail row (and status history), or refused with nothing written.
class EntryService
{
    Q_DECLARE_TR_FUNCTIONS(EntryService)

public:
    EntryService(Database& db, QString user);

    Result<qint64> create(Entry& entry);
    Status update(Entry& entry);
    // Deletes an entry with its papers, files and history; refused once the council has scored it or it
    // has an award (those are kept: mark it "not awarded" instead). When removed is given, it receives
    // the rows that went with the entry, for restore().
    Status remove(qint64 entryId, EntryDependents* removed = nullptr);
    // Puts back an entry removed earlier (undo), with its id and code, and the rows that went with it.
    Status restore(Entry& entry, const EntryDependents& dependents = {});
    Status changeStatus(qint64 entryId, EntryStatus to, const QString& reason = {});
    // The same change for many entries at once: all or none.
    Status changeStatus(const QList<qint64>& entryIds, EntryStatus to, const QString& reason = {});

    Result<QList<StatusChange>> statusHistory(qint64 entryId) const;

private:
    Status validated(const Entry& entry) const;
    Status changeStatusInTransaction(qint64 entryId, EntryStatus to, const QString& reason);
    Status recordStatus(qint64 entryId, std::optional<EntryStatus> from, EntryStatus to,
                        const QString& reason);

    Database& m_db;
    QString m_user;
};

} // namespace sangkien
