#pragma once

#include "quota_validator.h"
#include "review/ranking.h"

#include <QList>

namespace sangkien {

// The proposal the allocator makes from the ranking.
struct AwardProposal
{
    struct Award
    {
        AwardSlot slot;
        QString formCode;
        QString nominee;
        int rank = 0;
        double score = 0;
    };
    // Entries tied at a quota boundary: the rule has room for some of them, not all; the office decides.
    struct Tie
    {
        qint64 entryId = 0;
        QString code;
        QString formCode;
        int rank = 0;
        int places = 0; // how many of the tied entries the rule still had room for
    };

    QList<Award> awards;
    QList<Tie> ties;
    QList<QuotaUsage> quotas;

    QList<AwardSlot> awardSlots() const;
};

// What the allocator needs to know of a ranked entry beyond the ranking itself.
struct AllocationCandidate
{
    RankedEntry ranked;
    QString nomineeKey;
};

// Walks the ranking of recognised entries (at or above a form's minimum score, no criterion below
// its minimum) and fills the award forms in their order (the chairman's certificate first, then the
// director's), each within its quota rules; a nominee gets at most one award. A tie at a quota
// boundary is never broken silently: the tied entries are reported and left for the office.
class Allocator
{
public:
    explicit Allocator(QuotaValidator validator)
        : m_validator(std::move(validator))
    {}

    AwardProposal propose(const QList<AllocationCandidate>& ranking) const;

private:
    QuotaValidator m_validator;
};

} // namespace sangkien
