#include "entry_service.h"

#include "domain/entry_json.h"
#include "domain/entry_validator.h"
#include "domain/entry_workflow.h"
#include "storage/audit_log.h"
#include "storage/database.h"
#include "storage/entry_repository.h"
#include "text/vietnamese_text.h"

namespace sangkien {

EntryService::EntryService(Database& db, QString user)
    : m_db(db)
    , m_user(std::move(user))
{}

Status EntryService::validated(const Entry& entry) const
{
    const auto problems = EntryValidator::validate(entry);
    if (problems.isEmpty())
        return {};
    QStringList messages;
    for (const FieldProblem& p : problems)
        messages << p.message;
    return Error{messages.join(QLatin1Char(' ')), entry.code, ErrorKind::Refused};
}

Status EntryService::recordStatus(qint64 entryId, std::optional<EntryStatus> from, EntryStatus to,
                                  const QString& reason)
{
    return EntryStatusRepository(m_db).record(entryId, from, to, reason, m_user);
}

Result<qint64> EntryService::create(Entry& entry)
{
    if (auto v = validated(entry); !v)
        return v.error();
    qint64 id = 0;
    auto done = m_db.transaction([&]() -> Status {
        auto inserted = EntryRepository(m_db).insert(entry);
        if (!inserted)
            return inserted.error();
        id = *inserted;
        if (auto s = recordStatus(id, std::nullopt, entry.status, entry.returnReason); !s)
            return s;
        return AuditLog(m_db).record(m_user, QStringLiteral("create"), QStringLiteral("entry"), id,
                                     entry.code, {}, entryToJson(entry));
    });
    if (!done) {
        entry.id = 0;
        return done.error();
    }
    return id;
}

Status EntryService::update(Entry& entry)
{
    if (auto v = validated(entry); !v)
        return v;
    return m_db.transaction([&]() -> Status {
        EntryRepository repo(m_db);
        auto before = repo.load(entry.id);
        if (!before)
            return before.error();
        if (before->status != entry.status)
            return Error{tr("Change the status with the status command, not by editing the entry."),
                         entry.code, ErrorKind::Refused};
        if (auto s = repo.update(entry); !s)
            return s;
        auto after = repo.load(entry.id);
        if (!after)
            return after.error();
        return AuditLog(m_db).record(m_user, QStringLiteral("update"), QStringLiteral("entry"), entry.id,
                                     entry.code, entryToJson(*before), entryToJson(*after));
    });
}

Status EntryService::remove(qint64 entryId, EntryDependents* removed)
{
    return m_db.transaction([&]() -> Status {
        EntryRepository repo(m_db);
        auto before = repo.load(entryId);
        if (!before)
            return before.error();
        const auto held = repo.heldBy(entryId);
        if (!held)
            return held.error().at(before->code);
        if (held->scoreSheets > 0)
            return Error{tr("The council has already scored this entry, so it cannot be deleted; set its "
                            "status to \"not awarded\" instead."),
                         before->code, ErrorKind::Refused};
        if (held->votes > 0)
            return Error{tr("The council has voted on this entry, so it cannot be deleted; set its status to "
                            "\"not awarded\" instead."),
                         before->code, ErrorKind::Refused};
        if (held->awards > 0)
            return Error{tr("This entry has an award, so it cannot be deleted; take the award back first."),
                         before->code, ErrorKind::Refused};
        if (removed) {
            auto captured = EntryDependentsStore::capture(m_db, entryId);
            if (!captured)
                return captured.error();
            *removed = std::move(captured.value());
        }
        if (auto s = repo.remove(entryId); !s)
            return s;
        return AuditLog(m_db).record(m_user, QStringLiteral("delete"), QStringLiteral("entry"), entryId,
                                     before->code, entryToJson(*before), {});
    });
}

Status EntryService::restore(Entry& entry, const EntryDependents& dependents)
{
    return m_db.transaction([&]() -> Status {
        auto inserted = EntryRepository(m_db).insert(entry);
        if (!inserted)
            return inserted.error();
        if (auto s = EntryDependentsStore::restore(m_db, dependents); !s)
            return s;
        return AuditLog(m_db).record(m_user, QStringLiteral("restore"), QStringLiteral("entry"), entry.id,
                                     entry.code, {}, entryToJson(entry));
    });
}

Status EntryService::changeStatusInTransaction(qint64 entryId, EntryStatus to, const QString& reason)
{
    EntryRepository repo(m_db);
    auto before = repo.load(entryId);
    if (!before)
        return before.error();
    if (const QString why = EntryWorkflow::refusal(before->status, to); !why.isEmpty())
        return Error{why, before->code, ErrorKind::Refused};
    if (EntryWorkflow::needsReason(to) && reason.trimmed().isEmpty())
        return Error{tr("Say why the entry is returned."), before->code, ErrorKind::Refused};
    Entry after = *before;
    after.status = to;
    after.returnReason = to == EntryStatus::Returned ? reason : QString();
    if (auto s = repo.update(after); !s)
        return s;
    if (auto s = recordStatus(entryId, before->status, to, reason); !s)
        return s;
    return AuditLog(m_db).record(m_user, QStringLiteral("status"), QStringLiteral("entry"), entryId,
                                 before->code, entryToJson(*before), entryToJson(after));
}

Status EntryService::changeStatus(qint64 entryId, EntryStatus to, const QString& reason)
{
    return m_db.transaction([&] { return changeStatusInTransaction(entryId, to, reason); });
}

Status EntryService::changeStatus(const QList<qint64>& entryIds, EntryStatus to, const QString& reason)
{
    return m_db.transaction([&]() -> Status {
        for (qint64 id : entryIds)
            if (auto s = changeStatusInTransaction(id, to, reason); !s)
                return s;
        return {};
    });
}

Result<QList<StatusChange>> EntryService::statusHistory(qint64 entryId) const
{
    return EntryStatusRepository(m_db).history(entryId);
}

} // namespace sangkien
