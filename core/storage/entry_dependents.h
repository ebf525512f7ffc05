#pragma once

#include "common/result.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace sangkien {

class Database;

// The rows that hang off an entry and go with it when it is deleted (its papers, attached files, status
// history, import source, council assignments and conflict overrides), captured before the delete so
// that undoing it brings every one of them back, not just the entry.
struct EntryDependents
{
    struct Table
    {
        QString name;
        QStringList columns;
        QList<QVariantList> rows;
    };
    QList<Table> tables;

    int rowCount() const;
};

class EntryDependentsStore
{
public:
    // The tables captured, in the order they are restored. Scores and awards are not among them: an
    // entry that has either is never deleted (EntryService refuses).
    static QStringList tableNames();

    static Result<EntryDependents> capture(Database& db, qint64 entryId);
    // Re-inserts the captured rows, with their ids; call it inside the transaction that restores the entry.
    static Status restore(Database& db, const EntryDependents& dependents);
};

} // namespace sangkien
