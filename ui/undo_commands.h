#pragma once

#include "campaign_context.h"
#include "domain/entry.h"
#include "services/papers_change.h"
#include "storage/entry_dependents.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUndoCommand>
#include <functional>

namespace sangkien {

class Database;

// Every kind of undoable edit has its id here, so merging and tests can tell commands apart.
enum class CommandId
{
    CreateEntry = 1,
    EditEntry,
    DeleteEntry,
    ChangeStatus,
    BulkChangeStatus,
};

// What entry commands act on: the open campaign, who is at the keyboard, and how the window re-reads
// and reports. Owned by the window; the undo stack is cleared before the campaign closes.
struct CommandContext : CampaignContext
{
    // After a change: re-read the entries the command touched and select one (0: none).
    std::function<void(const QList<qint64>& touched, qint64 selectId)> changed;
    // A command could not run (a refusal, a write error): tell the user.
    std::function<void(const QString& message)> refused;
};

// The base of entry commands: a command whose first redo() fails marks itself obsolete, so
// QUndoStack::push() drops it and the stack never holds an action that did not happen. An undo that
// cannot be done does the same after saying why, and nothing is written.
class EntryCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(EntryCommand)

public:
    int id() const override { return static_cast<int>(m_id); }
    // Why the last redo() or undo() failed; empty when it worked.
    QString failure() const { return m_failure; }

protected:
    EntryCommand(CommandId id, CommandContext& context, const QString& text);
    // Records the outcome: on failure marks the command obsolete and reports the message. The window
    // re-reads the touched entries (or, when none are given, the one to select).
    bool settle(bool ok, const QString& message, qint64 selectId, const QList<qint64>& touched = {});

    CommandContext& m_context;

private:
    CommandId m_id;
    QString m_failure;
};

class CreateEntryCommand : public EntryCommand
{
    // The context lupdate gives this class, so its own messages find their translation.
    Q_DECLARE_TR_FUNCTIONS(sangkien::CreateEntryCommand)

public:
    // The papers (checklist, files) are saved with the entry in one transaction, and undone with it.
    CreateEntryCommand(CommandContext& context, Entry entry, PapersChange papers = {});
    void redo() override;
    void undo() override;
    const Entry& entry() const { return m_entry; }

private:
    Entry m_entry;
    PapersChange m_papers;
    bool m_created = false;
};

class EditEntryCommand : public EntryCommand
{
    // The context lupdate gives this class, so its own messages find their translation.
    Q_DECLARE_TR_FUNCTIONS(sangkien::EditEntryCommand)

public:
    // An edit of the entry, of its papers, or both, in one transaction.
    EditEntryCommand(CommandContext& context, Entry before, Entry after, PapersChange papers = {});
    void redo() override;
    void undo() override;

private:
    Entry m_before;
    Entry m_after;
    PapersChange m_papers;
};

class DeleteEntryCommand : public EntryCommand
{
    // The context lupdate gives this class, so its own messages find their translation.
    Q_DECLARE_TR_FUNCTIONS(sangkien::DeleteEntryCommand)

public:
    DeleteEntryCommand(CommandContext& context, Entry entry);
    void redo() override;
    void undo() override;

private:
    Entry m_entry;
    EntryDependents m_dependents; // its papers, files and history, put back on undo
};

// A status change of one entry. Its undo is the reverse transition, done only when the workflow allows
// it (complete → received is not a step an entry can take, so that undo is refused).
class ChangeStatusCommand : public EntryCommand
{
    // The context lupdate gives this class, so its own messages find their translation.
    Q_DECLARE_TR_FUNCTIONS(sangkien::ChangeStatusCommand)

public:
    ChangeStatusCommand(CommandContext& context, const Entry& entry, EntryStatus to, QString reason);
    void redo() override;
    void undo() override;

private:
    qint64 m_entryId;
    EntryStatus m_from;
    EntryStatus m_to;
    QString m_reason;
    QString m_previousReason;
};

// The same status change for many entries, all or none.
class BulkChangeStatusCommand : public EntryCommand
{
    // The context lupdate gives this class, so its own messages find their translation.
    Q_DECLARE_TR_FUNCTIONS(sangkien::BulkChangeStatusCommand)

public:
    BulkChangeStatusCommand(CommandContext& context, const QList<Entry>& entries, EntryStatus to,
                            QString reason);
    void redo() override;
    void undo() override;

private:
    struct Before
    {
        qint64 id;
        EntryStatus status;
        QString reason;
    };
    QList<Before> m_before;
    EntryStatus m_to;
    QString m_reason;
};

} // namespace sangkien
