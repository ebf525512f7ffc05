#pragma once

#include "allocator.h"
#include "common/result.h"
#include "domain/campaign.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <optional>

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
    // How the campaign recognises entries (the council's vote by default).
    Result<Recognition> recognition() const;
    // The ranking of the campaign as the allocator takes it.
    Result<QList<AllocationCandidate>> candidates() const;
    // The proposal for the campaign's current ranking (nothing is stored).
    Result<AwardProposal> propose() const;
    // The stored awards.
    Result<QList<AwardSlot>> stored() const;
    // Every rule the stored awards break, each naming the entries concerned: the quota rules, one award
    // per nominee, and (recognition by vote) an award to an entry the council has not recognised.
    Result<QList<Error>> violations() const;

    // Replaces the stored awards with the proposal (ties stay undecided). Statuses follow: an entry given
    // an award becomes proposed, one that loses it goes back to scored, each change with its trail row.
    Status apply(const AwardProposal& proposal);
    // Gives the entry the form (formId 0: takes its award away); refused with the rule's name when it
    // would break a quota or the one-award-per-nominee rule, and (recognition by vote) for an entry the
    // council has not recognised.
    Status move(qint64 entryId, qint64 formId);

private:
    // The votes that gate awards (recognition by vote), or nullopt when the score alone recognises.
    Result<std::optional<QHash<qint64, RecognitionVote>>> recognitionGate() const;
    // Moves the statuses of the entries whose award came or went (in the caller's transaction).
    Status followStatuses(const QSet<qint64>& before, const QSet<qint64>& after, const QString& reason);
    // Refuses an award to an entry the gate does not let through, naming the vote.
    static Status recognised(const std::optional<QHash<qint64, RecognitionVote>>& gate, qint64 entryId,
                             const QString& code);

    Database& m_db;
    QString m_user;
};

} // namespace sangkien
