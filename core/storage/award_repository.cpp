#include "award_repository.h"

#include "database.h"

#include <QDateTime>
#include <QSqlQuery>

namespace sangkien {
namespace {

AwardRow rowOf(const QSqlQuery& q, qint64 formId)
{
    AwardRow r;
    r.entryId = q.value(0).toLongLong();
    r.entryCode = q.value(1).toString();
    r.awardFormId = formId;
    r.nomineeKind = nomineeKindFromCode(q.value(2).toString()).value_or(NomineeKind::Individual);
    r.nomineeName = q.value(3).toString();
    r.nomineeUnitId = q.value(4).toLongLong();
    return r;
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

} // namespace

Result<QList<AwardRow>> AwardRepository::nominees() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT e.id, e.code, n.kind, n.name, n.unit_id FROM entry e "
                               "JOIN nominee n ON n.id = e.nominee_id")))
        return sqlError(q, QStringLiteral("entry"));
    QList<AwardRow> list;
    while (q.next())
        list.append(rowOf(q, 0));
    return list;
}

Result<QList<AwardRow>> AwardRepository::stored() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral(
            "SELECT a.entry_id, e.code, n.kind, n.name, n.unit_id, a.award_form_id FROM award a "
            "JOIN entry e ON e.id = a.entry_id JOIN nominee n ON n.id = e.nominee_id "
            "ORDER BY a.id")))
        return sqlError(q, QStringLiteral("award"));
    QList<AwardRow> list;
    while (q.next())
        list.append(rowOf(q, q.value(5).toLongLong()));
    return list;
}

Result<std::optional<AwardRow>> AwardRepository::nomineeOf(qint64 entryId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT e.id, e.code, n.kind, n.name, n.unit_id FROM entry e JOIN nominee n "
                             "ON n.id = e.nominee_id WHERE e.id = ?"));
    q.addBindValue(entryId);
    if (!q.exec())
        return sqlError(q, QString::number(entryId));
    if (!q.next())
        return std::optional<AwardRow>();
    return std::optional<AwardRow>(rowOf(q, 0));
}

Status AwardRepository::replaceAll(const QList<AwardRow>& awards)
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("DELETE FROM award")))
        return sqlError(q, QStringLiteral("award"));
    const QString at = now();
    q.prepare(QStringLiteral("INSERT INTO award (entry_id, award_form_id, decided_at) VALUES (?, ?, ?)"));
    for (const AwardRow& a : awards) {
        q.addBindValue(a.entryId);
        q.addBindValue(a.awardFormId);
        q.addBindValue(at);
        if (!q.exec())
            return sqlError(q, a.entryCode);
    }
    return {};
}

Status AwardRepository::set(qint64 entryId, qint64 formId, const QString& place)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM award WHERE entry_id = ?"));
    q.addBindValue(entryId);
    if (!q.exec())
        return sqlError(q, place);
    if (formId) {
        q.prepare(QStringLiteral("INSERT INTO award (entry_id, award_form_id, decided_at) VALUES (?, ?, ?)"));
        q.addBindValue(entryId);
        q.addBindValue(formId);
        q.addBindValue(now());
        if (!q.exec())
            return sqlError(q, place);
    }
    return {};
}

} // namespace sangkien
