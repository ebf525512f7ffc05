#include "quota_validator.h"

#include <QSet>
#include <QStringList>

namespace sangkien {

QuotaValidator::QuotaValidator(QList<AwardForm> forms, QList<QuotaRule> rules)
    : m_forms(std::move(forms))
    , m_rules(std::move(rules))
{}

const AwardForm* QuotaValidator::form(qint64 id) const
{
    for (const AwardForm& f : m_forms)
        if (f.id == id)
            return &f;
    return nullptr;
}

QString QuotaValidator::ruleName(const QuotaRule& rule) const
{
    const AwardForm* f = form(rule.awardFormId);
    const QString formName = f ? f->name : QString::number(rule.awardFormId);
    if (!rule.nomineeKind)
        return tr("%1: at most %2 collectives and individuals together").arg(formName).arg(rule.maxCount);
    if (*rule.nomineeKind == NomineeKind::Collective)
        return tr("%1: at most %2 collectives").arg(formName).arg(rule.maxCount);
    return tr("%1: at most %2 individuals").arg(formName).arg(rule.maxCount);
}

QList<QuotaUsage> QuotaValidator::usage(const QList<AwardSlot>& awards) const
{
    QList<QuotaUsage> list;
    for (const QuotaRule& rule : m_rules) {
        QuotaUsage u{rule, form(rule.awardFormId) ? form(rule.awardFormId)->code : QString(), 0};
        for (const AwardSlot& a : awards)
            if (a.awardFormId == rule.awardFormId && applies(rule, a.nomineeKind))
                ++u.used;
        list.append(u);
    }
    return list;
}

QList<Error> QuotaValidator::violations(const QList<AwardSlot>& awards) const
{
    QList<Error> errors;
    for (const QuotaUsage& u : usage(awards)) {
        if (u.used <= u.rule.maxCount)
            continue;
        QStringList codes; // the entries the rule counts, so the office sees which to move
        for (const AwardSlot& a : awards)
            if (a.awardFormId == u.rule.awardFormId && applies(u.rule, a.nomineeKind))
                codes << a.entryCode;
        errors.append({tr("%1 awards given, the rule allows %2: %3.")
                           .arg(u.used)
                           .arg(u.rule.maxCount)
                           .arg(codes.join(QStringLiteral(", "))),
                       ruleName(u.rule), ErrorKind::Quota});
    }
    QHash<QString, QString> awardedNominee; // nominee → entry code
    for (const AwardSlot& a : awards) {
        if (a.nomineeKey.isEmpty())
            continue;
        if (const auto it = awardedNominee.constFind(a.nomineeKey); it != awardedNominee.constEnd())
            errors.append(
                {tr("The nominee of %1 is already awarded for %2; a nominee gets at most one award in a "
                    "campaign.")
                     .arg(a.entryCode, *it),
                 a.entryCode, ErrorKind::Refused});
        else
            awardedNominee.insert(a.nomineeKey, a.entryCode);
    }
    return errors;
}

Status QuotaValidator::canAdd(const QList<AwardSlot>& awards, const AwardSlot& added) const
{
    QList<AwardSlot> after;
    for (const AwardSlot& a : awards)
        if (a.entryId != added.entryId) // a move replaces the entry's current award
            after.append(a);
    const QList<Error> before = violations(after);
    after.append(added);
    for (const Error& e : violations(after))
        if (!before.contains(e))
            return e;
    return {};
}

} // namespace sangkien
