#include "allocator.h"

#include <QDate>
#include <QHash>
#include <QSet>
#include <algorithm>

namespace sangkien {

QList<AwardSlot> AwardProposal::awardSlots() const
{
    QList<AwardSlot> list;
    for (const Award& a : awards)
        list.append(a.slot);
    return list;
}

const AwardProposal::NotProposed* AwardProposal::notProposedOf(qint64 entryId) const
{
    for (const NotProposed& n : notProposed)
        if (n.entryId == entryId)
            return &n;
    return nullptr;
}

QString Allocator::reasonCode(AwardProposal::Reason reason)
{
    using R = AwardProposal::Reason;
    switch (reason) {
    case R::NotScored:
        return QStringLiteral("not_scored");
    case R::BelowMinimum:
        return QStringLiteral("below_minimum");
    case R::NoVote:
        return QStringLiteral("no_vote");
    case R::VotedDown:
        return QStringLiteral("voted_down");
    case R::NomineeAwarded:
        return QStringLiteral("nominee_awarded");
    case R::QuotaFull:
        break;
    }
    return QStringLiteral("quota_full");
}

QString Allocator::voteText(const std::optional<RecognitionVote>& vote)
{
    if (!vote)
        return tr("not voted");
    if (vote->passes)
        return tr("passed %1/%2").arg(vote->agree).arg(vote->members);
    return tr("voted down %1/%2")
        .arg(vote->agree)
        .arg(vote->members); // the tooltip says how many were needed
}

QString Allocator::reasonText(const AwardProposal::NotProposed& held,
                              const std::optional<RecognitionVote>& vote)
{
    using R = AwardProposal::Reason;
    switch (held.reason) {
    case R::NotScored:
        return tr("Not scored yet.");
    case R::BelowMinimum:
        return tr("Below the minimum score of every award form, or a criterion below its minimum.");
    case R::NoVote:
        return tr("The council has not voted on its recognition at a meeting with quorum.");
    case R::VotedDown:
        return vote ? tr("The council did not recognise it: %1 of %2 members agreed, %3 needed (meeting of "
                         "%4).")
                          .arg(vote->agree)
                          .arg(vote->members)
                          .arg(vote->needed)
                          .arg(vote->meetingDate.toString(QStringLiteral("dd/MM/yyyy")))
                    : tr("The council did not recognise it.");
    case R::NomineeAwarded:
        return tr("Its nominee already has an award for %1; a nominee gets at most one award in a campaign.")
            .arg(held.otherCode);
    case R::QuotaFull:
        break;
    }
    return tr("No room is left within the quota rules of the forms it qualifies for.");
}

AwardProposal Allocator::propose(const QList<AllocationCandidate>& ranking) const
{
    AwardProposal proposal;
    QList<AwardSlot> given;
    QSet<qint64> decided;   // entries awarded, or held back by a tie
    QSet<QString> nominees; // nominees already awarded

    for (const AwardForm& form : m_validator.forms()) {
        // Places held for a tie at this form's boundary, per rule, so lower ranks cannot take them.
        QHash<qint64, int> reserved;
        qsizetype i = 0;
        while (i < ranking.size()) {
            // The group of entries sharing this rank.
            qsizetype j = i;
            while (j < ranking.size() && ranking[j].ranked.rank == ranking[i].ranked.rank)
                ++j;
            QList<const AllocationCandidate*> group;
            for (qsizetype k = i; k < j; ++k) {
                const AllocationCandidate& c = ranking[k];
                if (!c.ranked.score || !c.ranked.rank || decided.contains(c.ranked.entryId) || !c.recognised)
                    continue;
                if (*c.ranked.score + 1e-9 < form.minScore ||
                    c.ranked.flags.contains(RankedEntry::kBelowMinimum))
                    continue;
                if (!c.nomineeKey.isEmpty() && nominees.contains(c.nomineeKey))
                    continue;
                group.append(&c);
            }
            i = j;
            if (group.isEmpty())
                continue;

            // A rule with room for some of the group but not all is a boundary: the entries it counts are
            // tied for its last places, and the office decides between them.
            const auto usedOf = [&](const QuotaRule& rule) {
                int used = reserved.value(rule.id);
                for (const AwardSlot& s : given)
                    if (s.awardFormId == form.id && QuotaValidator::applies(rule, s.nomineeKind))
                        ++used;
                return used;
            };
            QList<QuotaRule> boundaries;
            for (const QuotaRule& rule : m_validator.rules()) {
                if (rule.awardFormId != form.id)
                    continue;
                int wanted = 0;
                for (const auto* c : group)
                    if (QuotaValidator::applies(rule, c->ranked.nomineeKind))
                        ++wanted;
                const int room = std::max(0, rule.maxCount - usedOf(rule));
                if (room > 0 && room < wanted)
                    boundaries.append(rule);
            }
            for (const QuotaRule& rule : boundaries)
                reserved[rule.id] += std::max(0, rule.maxCount - usedOf(rule));

            for (const auto* c : group) {
                const QuotaRule* boundary = nullptr;
                for (const QuotaRule& rule : boundaries)
                    if (QuotaValidator::applies(rule, c->ranked.nomineeKind))
                        boundary = &rule;
                if (boundary) {
                    proposal.ties.append({c->ranked.entryId, c->ranked.code, form.code, c->ranked.rank,
                                          reserved.value(boundary->id)});
                    decided.insert(c->ranked.entryId);
                    continue;
                }
                AwardSlot slot{c->ranked.entryId, c->ranked.code, form.id, c->ranked.nomineeKind,
                               c->nomineeKey};
                if (!m_validator.canAdd(given, slot))
                    continue; // no room for this kind; a lower entry of another kind may still fit
                // Reserved places count as used, so an entry after a tie cannot take them.
                bool fitsAfterReservations = true;
                for (const QuotaRule& rule : m_validator.rules())
                    if (rule.awardFormId == form.id && QuotaValidator::applies(rule, c->ranked.nomineeKind) &&
                        usedOf(rule) >= rule.maxCount)
                        fitsAfterReservations = false;
                if (!fitsAfterReservations)
                    continue;
                given.append(slot);
                proposal.awards.append(
                    {slot, form.code, c->ranked.nominee, c->ranked.rank, *c->ranked.score});
                decided.insert(c->ranked.entryId);
                if (!c->nomineeKey.isEmpty())
                    nominees.insert(c->nomineeKey);
            }
        }
    }
    proposal.quotas = m_validator.usage(given);

    // Why each other ranked entry has no award: its score first, then the council's vote, then the rules.
    double lowestMinimum = 0;
    bool anyForm = false;
    for (const AwardForm& form : m_validator.forms()) {
        lowestMinimum = anyForm ? std::min(lowestMinimum, form.minScore) : form.minScore;
        anyForm = true;
    }
    QHash<QString, QString> awardedNominee; // nominee → entry code of the award
    for (const AwardProposal::Award& a : proposal.awards)
        if (!a.slot.nomineeKey.isEmpty())
            awardedNominee.insert(a.slot.nomineeKey, a.slot.entryCode);
    using R = AwardProposal::Reason;
    for (const AllocationCandidate& c : ranking) {
        if (decided.contains(c.ranked.entryId))
            continue;
        AwardProposal::NotProposed held{c.ranked.entryId, c.ranked.code, R::QuotaFull, {}};
        if (!c.ranked.score || !c.ranked.rank)
            held.reason = R::NotScored;
        else if (!anyForm || *c.ranked.score + 1e-9 < lowestMinimum ||
                 c.ranked.flags.contains(RankedEntry::kBelowMinimum))
            held.reason = R::BelowMinimum;
        else if (!c.recognised)
            held.reason = c.vote ? R::VotedDown : R::NoVote;
        else if (!c.nomineeKey.isEmpty() && awardedNominee.contains(c.nomineeKey)) {
            held.reason = R::NomineeAwarded;
            held.otherCode = awardedNominee.value(c.nomineeKey);
        }
        proposal.notProposed.append(held);
    }
    return proposal;
}

} // namespace sangkien
