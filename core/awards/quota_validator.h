#pragma once

#include "common/result.h"
#include "domain/award_form.h"
#include "domain/entry.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace sangkien {

// One award as the quota rules see it.
struct AwardSlot
{
    qint64 entryId = 0;
    QString entryCode;
    qint64 awardFormId = 0;
    NomineeKind nomineeKind = NomineeKind::Individual;
    QString nomineeKey; // who is awarded: one award per nominee in a campaign
    bool operator==(const AwardSlot&) const = default;
};

// Used and limit of one rule.
struct QuotaUsage
{
    QuotaRule rule;
    QString formCode;
    int used = 0;
};

// Checks awards against the plan's quota rules ("at most N of kind K for form F", "at most N
// together") and the one-award-per-nominee rule, naming the rule that breaks.
class QuotaValidator
{
    Q_DECLARE_TR_FUNCTIONS(QuotaValidator)

public:
    QuotaValidator(QList<AwardForm> forms, QList<QuotaRule> rules);

    // Whether the rule counts this kind of nominee.
    static bool applies(const QuotaRule& rule, NomineeKind kind)
    {
        return !rule.nomineeKind || *rule.nomineeKind == kind;
    }

    QList<QuotaUsage> usage(const QList<AwardSlot>& awards) const;
    // Every broken rule, each as an Error naming it; empty when all hold.
    QList<Error> violations(const QList<AwardSlot>& awards) const;
    // Whether adding (or moving) one award keeps every rule; the refusal names the rule.
    Status canAdd(const QList<AwardSlot>& awards, const AwardSlot& added) const;

    // "Bằng khen của Chủ tịch UBND tỉnh: at most 10 collectives and individuals together".
    QString ruleName(const QuotaRule& rule) const;
    const AwardForm* form(qint64 id) const;
    const QList<AwardForm>& forms() const { return m_forms; }
    const QList<QuotaRule>& rules() const { return m_rules; }

private:
    QList<AwardForm> m_forms;
    QList<QuotaRule> m_rules;
};

} // namespace sangkien
