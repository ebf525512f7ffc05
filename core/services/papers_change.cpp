#include "services/papers_change.h"

#include "storage/database.h"

namespace sangkien {

bool PapersChange::isEmpty() const
{
    return checklistBefore == checklistAfter && added.isEmpty() && removedIds.isEmpty();
}

Status PapersChange::apply(Database& db, const QString& user, qint64 entryId)
{
    QList<qint64> addedIds;
    QList<StoredAttachment> removed;
    const Status done = db.transaction([&]() -> Status {
        DocumentRepository documents(db, user);
        if (checklistBefore != checklistAfter)
            if (Status s = documents.setChecklist(entryId, checklistAfter); !s)
                return s;
        for (const AttachmentFile& file : added) {
            auto id = documents.addAttachment(entryId, file);
            if (!id)
                return id.error();
            addedIds << *id;
        }
        for (qint64 id : removedIds) {
            StoredAttachment stored;
            if (Status s = documents.removeAttachment(id, &stored); !s)
                return s;
            removed << stored;
        }
        return {};
    });
    if (done) {
        m_addedIds = addedIds;
        m_removed = removed;
    }
    return done;
}

Status PapersChange::revert(Database& db, const QString& user, qint64 entryId)
{
    return db.transaction([&]() -> Status {
        DocumentRepository documents(db, user);
        for (qint64 id : std::as_const(m_addedIds))
            if (Status s = documents.removeAttachment(id); !s)
                return s;
        for (const StoredAttachment& stored : std::as_const(m_removed))
            if (Status s = documents.restoreAttachment(stored); !s)
                return s;
        if (checklistBefore != checklistAfter)
            if (Status s = documents.setChecklist(entryId, checklistBefore); !s)
                return s;
        return {};
    });
}

} // namespace sangkien
