#include "award_service.h"

#include "review/ranking.h"
#include "storage/audit_log.h"
#include "storage/award_repository.h"
#include "storage/database.h"
#include "storage/rules_repository.h"
#include "text/vietnamese_text.h"

#include <QHash>
#include <QJsonObject>

namespace sangkien {
namespace {

QJsonObject awardJson(const AwardSlot& slot, const QString& formCode)
{
    return {{QStringLiteral("entry"), slot.entryCode}, {QStringLiteral("form"), formCode}};
}

AwardSlot slotOf(const AwardRow& r)
{
    return {r.entryId, r.entryCode, r.awardFormId, r.nomineeKind,
            AwardService::nomineeKey(r.nomineeKind, r.nomineeName, r.nomineeUnitId)};
}

} // namespace

AwardService::AwardService(Database& db, QString user)
    : m_db(db)
    , m_user(std::move(user))
{}

QString AwardService::nomineeKey(NomineeKind kind, const QString& name, qint64 unitId)
{
    return nomineeKindCode(kind) + QLatin1Char('|') + text::searchKey(name) + QLatin1Char('|') +
           QString::number(unitId);
}

Result<QuotaValidator> AwardService::validator() const
{
    RulesRepository rules(m_db);
    auto forms = rules.awardForms();
    if (!forms)
        return forms.error();
    auto quotas = rules.quotaRules();
    if (!quotas)
        return quotas.error();
    return QuotaValidator(*forms, *quotas);
}

Result<QList<AllocationCandidate>> AwardService::candidates() const
{
    auto ranking = Ranking::compute(m_db);
    if (!ranking)
        return ranking.error();
    const auto nominees = AwardRepository(m_db).nominees();
    if (!nominees)
        return nominees.error();
    QHash<qint64, QString> keys;
    for (const AwardRow& n : *nominees)
        keys.insert(n.entryId, nomineeKey(n.nomineeKind, n.nomineeName, n.nomineeUnitId));
    QList<AllocationCandidate> list;
    for (const RankedEntry& r : ranking->entries)
        list.append({r, keys.value(r.entryId)});
    return list;
}

Result<AwardProposal> AwardService::propose() const
{
    auto v = validator();
    if (!v)
        return v.error();
    auto c = candidates();
    if (!c)
        return c.error();
    return Allocator(*v).propose(*c);
}

Result<QList<AwardSlot>> AwardService::stored() const
{
    const auto rows = AwardRepository(m_db).stored();
    if (!rows)
        return rows.error();
    QList<AwardSlot> list;
    for (const AwardRow& r : *rows)
        list.append(slotOf(r));
    return list;
}

Status AwardService::apply(const AwardProposal& proposal)
{
    auto v = validator();
    if (!v)
        return v.error();
    const QList<Error> broken = v->violations(proposal.awardSlots());
    if (!broken.isEmpty())
        return broken.first();
    return m_db.transaction([&]() -> Status {
        auto before = stored();
        if (!before)
            return before.error();
        QList<AwardRow> rows;
        for (const auto& a : proposal.awards)
            rows.append({a.slot.entryId, a.slot.entryCode, a.slot.awardFormId, a.slot.nomineeKind, {}, 0});
        if (Status s = AwardRepository(m_db).replaceAll(rows); !s)
            return s;
        QJsonObject beforeJson, afterJson;
        for (const AwardSlot& s : *before)
            beforeJson.insert(s.entryCode, v->form(s.awardFormId) ? v->form(s.awardFormId)->code : QString());
        for (const auto& a : proposal.awards)
            afterJson.insert(a.slot.entryCode, a.formCode);
        return AuditLog(m_db).record(m_user, QStringLiteral("allocate"), QStringLiteral("award"), 0,
                                     tr("award proposal"), beforeJson, afterJson);
    });
}

Status AwardService::move(qint64 entryId, qint64 formId)
{
    auto v = validator();
    if (!v)
        return v.error();
    return m_db.transaction([&]() -> Status {
        auto current = stored();
        if (!current)
            return current.error();
        AwardRepository awards(m_db);
        const auto nominee = awards.nomineeOf(entryId);
        if (!nominee || !*nominee)
            return Error{tr("There is no such entry."), QString::number(entryId), ErrorKind::Refused};
        AwardRow row = **nominee;
        row.awardFormId = formId;
        const AwardSlot slot = slotOf(row);
        QString beforeForm;
        for (const AwardSlot& s : *current)
            if (s.entryId == entryId && v->form(s.awardFormId))
                beforeForm = v->form(s.awardFormId)->code;
        if (formId) {
            if (!v->form(formId))
                return Error{tr("There is no such award form."), slot.entryCode, ErrorKind::Refused};
            if (auto allowed = v->canAdd(*current, slot); !allowed)
                return Error{tr("Refused: %1").arg(allowed.error().message), allowed.error().place,
                             allowed.error().kind};
        }
        if (Status s = awards.set(entryId, formId, slot.entryCode); !s)
            return s;
        const QString afterForm = formId ? v->form(formId)->code : QString();
        return AuditLog(m_db).record(m_user, QStringLiteral("award"), QStringLiteral("award"), entryId,
                                     slot.entryCode,
                                     beforeForm.isEmpty() ? QJsonObject() : awardJson(slot, beforeForm),
                                     afterForm.isEmpty() ? QJsonObject() : awardJson(slot, afterForm));
    });
}

} // namespace sangkien
