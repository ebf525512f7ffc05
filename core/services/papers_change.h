#pragma once

#include "common/result.h"
#include "storage/document_repository.h"

#include <QList>
#include <QMap>
#include <QString>

namespace sangkien {

class Database;

// What the clerk changed among an entry's papers in the editor: the checklist, files picked to attach
// and attachments removed. Saved in the same transaction as the entry, and undone with it.
class PapersChange
{
public:
    QMap<QString, bool> checklistBefore;
    QMap<QString, bool> checklistAfter;
    QList<AttachmentFile> added;
    QList<qint64> removedIds;

    bool isEmpty() const;
    // Writes the change for entryId (each part with its audit row), remembering what it did so that
    // revert() can take it back. Call it inside the transaction that saves the entry.
    Status apply(Database& db, const QString& user, qint64 entryId);
    // Puts the papers back as they were before apply(): the checklist, the removed files with their ids
    // and bytes, and without the files apply() added.
    Status revert(Database& db, const QString& user, qint64 entryId);

private:
    QList<qint64> m_addedIds;
    QList<StoredAttachment> m_removed;
};

} // namespace sangkien
