#pragma once

#include "quota_validator.h"
#include "review/ranking.h"
#include "storage/recognition_query.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

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

    // Why a ranked entry got no award in the proposal (ties are reported as ties).
    enum class Reason
    {
        NotScored,      // no score or no rank yet
        BelowMinimum,   // below every form's minimum score, or a criterion below its minimum
        NoVote,         // recognition by vote: the council has not voted on it at a meeting with quorum
        VotedDown,      // recognition by vote: the council's latest vote did not pass it
        NomineeAwarded, // its nominee already has an award for another entry
        QuotaFull       // the quota rules left no room for it
    };
    struct NotProposed
    {
        qint64 entryId = 0;
        QString code;
        Reason reason = Reason::NotScored;
        QString otherCode; // NomineeAwarded: the entry that holds the nominee's award
    };

    QList<Award> awards;
    QList<Tie> ties;
    QList<QuotaUsage> quotas;
    QList<NotProposed> notProposed; // every ranked entry neither awarded nor tied, in ranking order

    const NotProposed* notProposedOf(qint64 entryId) const;

    QList<AwardSlot> awardSlots() const;
};

// What the allocator needs to know of a ranked entry beyond the ranking itself.
struct AllocationCandidate
{
    RankedEntry ranked;
    QString nomineeKey;
    std::optional<RecognitionVote> vote; // the council's latest recognition vote, if any
    bool recognised = true; // may be awarded: passed the vote, or the campaign recognises by score alone
};

// Walks the ranking of recognised entries (recognised by the council's vote when the campaign asks for
// it, at or above a form's minimum score, no criterion below its minimum) and fills the award forms in their
// order (the chairman's certificate first, then the director's), each within its quota rules; a nominee gets
// at most one award. A tie at a quota boundary is never broken silently: the tied entries are reported and
// left for the office. Every other ranked entry without an award is reported with the reason.
class Allocator
{
    Q_DECLARE_TR_FUNCTIONS(Allocator)

public:
    explicit Allocator(QuotaValidator validator)
        : m_validator(std::move(validator))
    {}

    AwardProposal propose(const QList<AllocationCandidate>& ranking) const;

    // "no_vote", "voted_down", …: the code sangkien-cli prints.
    static QString reasonCode(AwardProposal::Reason reason);
    // The reason in words, with the vote's counts when the vote is the reason.
    static QString reasonText(const AwardProposal::NotProposed& held,
                              const std::optional<RecognitionVote>& vote);
    // "passed 6/7", "voted down 3/7", "not voted": the vote in a few words (agreeing of all members).
    static QString voteText(const std::optional<RecognitionVote>& vote);

private:
    QuotaValidator m_validator;
};

} // namespace sangkien
