#include "undo_commands.h"

#include "domain/entry_workflow.h"
#include "error_wording.h"
#include "services/entry_service.h"
#include "storage/database.h"

#include <QLocale>
#include <algorithm>
#include <utility>

namespace sangkien {

namespace {

EntryService serviceOf(CommandContext& context)
{
    return EntryService(*context.db, context.user);
}

} // namespace

EntryCommand::EntryCommand(CommandId id, CommandContext& context, const QString& text)
    : QUndoCommand(text)
    , m_context(context)
    , m_id(id)
{}

bool EntryCommand::settle(bool ok, const QString& message, qint64 selectId, const QList<qint64>& touched)
{
    m_failure = ok ? QString() : message;
    if (!ok) {
        setObsolete(true);
        if (m_context.refused)
            m_context.refused(message);
    }
    // Re-read even after a failure: the file is the truth, and the table must show it.
    if (m_context.changed)
        m_context.changed(touched.isEmpty() && selectId ? QList<qint64>{selectId} : touched,
                          ok ? selectId : 0);
    return ok;
}

// --- create -----------------------------------------------------------------------------------------

CreateEntryCommand::CreateEntryCommand(CommandContext& context, Entry entry, PapersChange papers)
    : EntryCommand(CommandId::CreateEntry, context, tr("New entry \"%1\"").arg(entry.title))
    , m_entry(std::move(entry))
    , m_papers(std::move(papers))
{}

void CreateEntryCommand::redo()
{
    EntryService service = serviceOf(m_context);
    Database& db = *m_context.db;
    if (!m_created) {
        Entry created = m_entry;
        const Status s = db.transaction([&]() -> Status {
            auto id = service.create(created);
            if (!id)
                return id.error();
            return m_papers.apply(db, m_context.user, *id);
        });
        if (settle(s.ok(), s ? QString() : ErrorWording::describe(s.error()), created.id)) {
            m_entry = created;
            m_created = true;
            setText(tr("New entry %1").arg(m_entry.code));
        }
        return;
    }
    // Redo after undo: the same entry comes back with its id and code, and its papers.
    Entry again = m_entry;
    const Status s = db.transaction([&]() -> Status {
        if (Status restored = service.restore(again); !restored)
            return restored;
        return m_papers.apply(db, m_context.user, m_entry.id);
    });
    settle(s.ok(), s ? QString() : ErrorWording::describe(s.error()), m_entry.id);
}

void CreateEntryCommand::undo()
{
    Database& db = *m_context.db;
    const Status s = db.transaction([&]() -> Status {
        if (Status reverted = m_papers.revert(db, m_context.user, m_entry.id); !reverted)
            return reverted;
        return serviceOf(m_context).remove(m_entry.id);
    });
    settle(s.ok(), s ? QString() : tr("Cannot undo: %1").arg(ErrorWording::describe(s.error())), 0,
           {m_entry.id});
}

// --- edit -------------------------------------------------------------------------------------------

EditEntryCommand::EditEntryCommand(CommandContext& context, Entry before, Entry after, PapersChange papers)
    : EntryCommand(CommandId::EditEntry, context, tr("Edit entry %1").arg(after.code))
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_papers(std::move(papers))
{}

void EditEntryCommand::redo()
{
    Database& db = *m_context.db;
    Entry e = m_after;
    const Status s = db.transaction([&]() -> Status {
        if (m_after != m_before)
            if (Status updated = serviceOf(m_context).update(e); !updated)
                return updated;
        return m_papers.apply(db, m_context.user, e.id);
    });
    settle(s.ok(), s ? QString() : ErrorWording::describe(s.error()), e.id);
}

void EditEntryCommand::undo()
{
    Database& db = *m_context.db;
    Entry e = m_before;
    const Status s = db.transaction([&]() -> Status {
        if (Status reverted = m_papers.revert(db, m_context.user, e.id); !reverted)
            return reverted;
        if (m_after != m_before)
            return serviceOf(m_context).update(e);
        return {};
    });
    settle(s.ok(), s ? QString() : tr("Cannot undo: %1").arg(ErrorWording::describe(s.error())), e.id);
}

// --- delete -----------------------------------------------------------------------------------------

DeleteEntryCommand::DeleteEntryCommand(CommandContext& context, Entry entry)
    : EntryCommand(CommandId::DeleteEntry, context, tr("Delete entry %1").arg(entry.code))
    , m_entry(std::move(entry))
{}

void DeleteEntryCommand::redo()
{
    const Status s = serviceOf(m_context).remove(m_entry.id, &m_dependents);
    settle(s.ok(), s ? QString() : ErrorWording::describe(s.error()), 0, {m_entry.id});
}

void DeleteEntryCommand::undo()
{
    Entry e = m_entry;
    const Status s = serviceOf(m_context).restore(e, m_dependents);
    settle(s.ok(), s ? QString() : tr("Cannot undo: %1").arg(ErrorWording::describe(s.error())), m_entry.id);
}

// --- status -----------------------------------------------------------------------------------------

ChangeStatusCommand::ChangeStatusCommand(CommandContext& context, const Entry& entry, EntryStatus to,
                                         QString reason)
    : EntryCommand(
          CommandId::ChangeStatus, context,
          tr("%1: \"%2\" to \"%3\"")
              .arg(entry.code, EntryWorkflow::displayName(entry.status), EntryWorkflow::displayName(to)))
    , m_entryId(entry.id)
    , m_from(entry.status)
    , m_to(to)
    , m_reason(std::move(reason))
    , m_previousReason(entry.returnReason)
{}

void ChangeStatusCommand::redo()
{
    const Status s = serviceOf(m_context).changeStatus(m_entryId, m_to, m_reason);
    settle(s.ok(), s ? QString() : ErrorWording::describe(s.error()), m_entryId);
}

void ChangeStatusCommand::undo()
{
    if (const QString why = EntryWorkflow::refusal(m_to, m_from); !why.isEmpty()) {
        settle(false, tr("Cannot undo the status change: %1").arg(why), m_entryId);
        return;
    }
    const Status s = serviceOf(m_context).changeStatus(m_entryId, m_from, m_previousReason);
    settle(s.ok(), s ? QString() : tr("Cannot undo: %1").arg(ErrorWording::describe(s.error())), m_entryId);
}

// --- bulk status ------------------------------------------------------------------------------------

BulkChangeStatusCommand::BulkChangeStatusCommand(CommandContext& context, const QList<Entry>& entries,
                                                 EntryStatus to, QString reason)
    : EntryCommand(CommandId::BulkChangeStatus, context,
                   tr("Status of %1 entries to \"%2\"")
                       .arg(QLocale().toString(entries.size()), EntryWorkflow::displayName(to)))
    , m_to(to)
    , m_reason(std::move(reason))
{
    for (const Entry& e : entries)
        m_before.append({e.id, e.status, e.returnReason});
}

void BulkChangeStatusCommand::redo()
{
    QList<qint64> ids;
    for (const Before& b : m_before)
        ids.append(b.id);
    const Status s = serviceOf(m_context).changeStatus(ids, m_to, m_reason);
    settle(s.ok(), s ? QString() : ErrorWording::describe(s.error()), ids.isEmpty() ? 0 : ids.first(), ids);
}

void BulkChangeStatusCommand::undo()
{
    // Checked for every entry first, so a refusal leaves all of them as they are.
    for (const Before& b : m_before) {
        if (const QString why = EntryWorkflow::refusal(m_to, b.status); !why.isEmpty()) {
            settle(false, tr("Cannot undo the status change: %1").arg(why), b.id);
            return;
        }
    }
    // Entries that came from the same status (and reason) go back together; all groups in one
    // transaction, so the undo is all or nothing like the change it takes back.
    QList<std::pair<std::pair<EntryStatus, QString>, QList<qint64>>> groups;
    QList<qint64> all;
    for (const Before& b : m_before) {
        all.append(b.id);
        const auto key = std::make_pair(b.status, b.reason);
        auto it = std::find_if(groups.begin(), groups.end(), [&](const auto& g) { return g.first == key; });
        if (it == groups.end())
            groups.append({key, {b.id}});
        else
            it->second.append(b.id);
    }
    EntryService service = serviceOf(m_context);
    const Status s = m_context.db->transaction([&]() -> Status {
        for (const auto& [key, ids] : groups)
            if (Status changed = service.changeStatus(ids, key.first, key.second); !changed)
                return changed;
        return {};
    });
    settle(s.ok(), s ? QString() : tr("Cannot undo: %1").arg(ErrorWording::describe(s.error())),
           all.isEmpty() ? 0 : all.first(), all);
}

} // namespace sangkien
