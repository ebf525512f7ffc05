#include "award_service.h"

#include "review/ranking.h"
#include "storage/audit_log.h"
#include "storage/database.h"
#include "storage/rules_repository.h"
#include "text/vietnamese_text.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QSqlQuery>

namespace sangkien {
namespace {

QJsonObject awardJson(const AwardSlot& slot, const QString& formCode)
{
    return {{QStringLiteral("entry"), slot.entryCode}, {QStringLiteral("form"), formCode}};
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
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT e.id, n.kind, n.name, n.unit_id FROM entry e JOIN nominee n ON n.id = e.nominee_id")))
        return sqlError(q, QStringLiteral("entry"));
    QHash<qint64, QString> keys;
    while (q.next())
        keys.insert(q.value(0).toLongLong(),
                    nomineeKey(nomineeKindFromCode(q.value(1).toString()).value_or(NomineeKind::Individual),
                               q.value(2).toString(), q.value(3).toLongLong()));
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
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral(
            "SELECT a.entry_id, e.code, a.award_form_id, n.kind, n.name, n.unit_id FROM award a "
            "JOIN entry e ON e.id = a.entry_id JOIN nominee n ON n.id = e.nominee_id ORDER BY a.id")))
        return sqlError(q, QStringLiteral("award"));
    QList<AwardSlot> list;
    while (q.next()) {
        const NomineeKind kind = nomineeKindFromCode(q.value(3).toString()).value_or(NomineeKind::Individual);
        list.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(), kind,
                     nomineeKey(kind, q.value(4).toString(), q.value(5).toLongLong())});
    }
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
        QSqlQuery q(m_db.connection());
        if (!q.exec(QStringLiteral("DELETE FROM award")))
            return sqlError(q, QStringLiteral("award"));
        const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
        q.prepare(QStringLiteral("INSERT INTO award (entry_id, award_form_id, decided_at) VALUES (?, ?, ?)"));
        for (const auto& a : proposal.awards) {
            q.addBindValue(a.slot.entryId);
            q.addBindValue(a.slot.awardFormId);
            q.addBindValue(now);
            if (!q.exec())
                return sqlError(q, a.slot.entryCode);
        }
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
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT e.code, n.kind, n.name, n.unit_id FROM entry e JOIN nominee n "
                                 "ON n.id = e.nominee_id WHERE e.id = ?"));
        q.addBindValue(entryId);
        if (!q.exec() || !q.next())
            return Error{tr("There is no such entry."), QString::number(entryId), ErrorKind::Refused};
        const NomineeKind kind = nomineeKindFromCode(q.value(1).toString()).value_or(NomineeKind::Individual);
        const AwardSlot slot{entryId, q.value(0).toString(), formId, kind,
                             nomineeKey(kind, q.value(2).toString(), q.value(3).toLongLong())};
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
        q.prepare(QStringLiteral("DELETE FROM award WHERE entry_id = ?"));
        q.addBindValue(entryId);
        if (!q.exec())
            return sqlError(q, slot.entryCode);
        if (formId) {
            q.prepare(
                QStringLiteral("INSERT INTO award (entry_id, award_form_id, decided_at) VALUES (?, ?, ?)"));
            q.addBindValue(entryId);
            q.addBindValue(formId);
            q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
            if (!q.exec())
                return sqlError(q, slot.entryCode);
        }
        const QString afterForm = formId ? v->form(formId)->code : QString();
        return AuditLog(m_db).record(m_user, QStringLiteral("award"), QStringLiteral("award"), entryId,
                                     slot.entryCode,
                                     beforeForm.isEmpty() ? QJsonObject() : awardJson(slot, beforeForm),
                                     afterForm.isEmpty() ? QJsonObject() : awardJson(slot, afterForm));
    });
}

} // namespace sangkien
