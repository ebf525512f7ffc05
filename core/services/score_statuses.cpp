#include "score_statuses.h"

#include "review/conflicts.h"
#include "services/entry_service.h"
#include "storage/database.h"
#include "storage/entry_repository.h"
#include "storage/score_sheet_repository.h"

#include <QSet>
#include <algorithm>

namespace sangkien {

ScoreStatuses::ScoreStatuses(Database& db, QString user)
    : m_db(db)
    , m_user(std::move(user))
{}

Status ScoreStatuses::afterSubmitted(const QList<qint64>& entryIds)
{
    if (entryIds.isEmpty())
        return {};
    QList<qint64> ids = entryIds;
    std::sort(ids.begin(), ids.end()); // the trail rows in the same order every time
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    const auto conflicts = ConflictTable::load(m_db);
    if (!conflicts)
        return conflicts.error();
    EntryRepository entries(m_db);
    const ScoreSheetRepository sheets(m_db, m_user);
    EntryService service(m_db, m_user);
    for (qint64 id : std::as_const(ids)) {
        const auto entry = entries.load(id);
        if (!entry)
            return entry.error();
        if (entry->status != EntryStatus::UnderReview)
            continue;
        const QList<qint64> eligible = conflicts->eligibleMembers(id);
        if (eligible.isEmpty())
            continue;
        const auto submitted = sheets.submittedMembers(id);
        if (!submitted)
            return submitted.error();
        const bool all = std::all_of(eligible.begin(), eligible.end(),
                                     [&](qint64 member) { return submitted->contains(member); });
        if (!all)
            continue;
        if (Status s =
                service.changeStatus(id, EntryStatus::Scored,
                                     tr("every score sheet submitted (members: %1)").arg(eligible.size()));
            !s)
            return s;
    }
    return {};
}

Status ScoreStatuses::afterReopened(qint64 entryId, const QString& memberName, const QString& reason)
{
    const auto entry = EntryRepository(m_db).load(entryId);
    if (!entry)
        return entry.error();
    if (entry->status != EntryStatus::Scored)
        return {};
    return EntryService(m_db, m_user)
        .changeStatus(entryId, EntryStatus::UnderReview,
                      tr("the score sheet of %1 reopened: %2").arg(memberName, reason));
}

} // namespace sangkien
