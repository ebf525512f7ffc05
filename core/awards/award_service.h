#pragma once

#include "allocator.h"
#include "common/result.h"

#include <QCoreApplication>
#include <QList>

namespace sangkien {

class Database;

// The awards a campaign stores, and the office's changes to them. Every change is validated against the
// quota rules, written in one transaction, and leaves an audit row.
class AwardService
{
    Q_DECLARE_TR_FUNCTIONS(AwardService)

public:
    AwardService(Database& db, QString user);

    // Who a nominee is across entries: the same person (or collective) in the same unit.
    static QString nomineeKey(NomineeKind kind, const QString& name, qint64 unitId);

    Result<QuotaValidator> validator() const;
    // The ranking of the campaign as the allocator takes it.
    Result<QList<AllocationCandidate>> candidates() const;
    // The proposal for the campaign's current ranking (nothing is stored).
    Result<AwardProposal> propose() const;
    // The stored awards.
    Result<QList<AwardSlot>> stored() const;

    // Replaces the stored awards with the proposal (ties stay undecided).
    Status apply(const AwardProposal& proposal);
    // Gives the entry the form (formId 0: takes its award away); refused with the rule's name when it
    // would break a quota or the one-award-per-nominee rule.
    Status move(qint64 entryId, qint64 formId);

private:
    Database& m_db;
    QString m_user;
};

} // namespace sangkien
