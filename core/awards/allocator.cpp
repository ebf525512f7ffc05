#include "allocator.h"

#include <QSet>

namespace sangkien {

QList<AwardSlot> AwardProposal::awardSlots() const
{
    QList<AwardSlot> list;
    for (const Award& a : awards)
        list.append(a.slot);
    return list;
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
                if (!c.ranked.score || !c.ranked.rank || decided.contains(c.ranked.entryId))
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
    return proposal;
}

} // namespace sangkien
