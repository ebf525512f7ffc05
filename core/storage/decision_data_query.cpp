#include "decision_data_query.h"

#include "database.h"

#include <QSqlQuery>

namespace sangkien {

Result<QString> DecisionDataQuery::awardFormName(const QString& formCode) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT name FROM award_form WHERE code = ?"));
    q.addBindValue(formCode);
    if (!q.exec())
        return sqlError(q, QStringLiteral("award_form"));
    return q.next() ? q.value(0).toString() : QString();
}

Result<QList<Awardee>> DecisionDataQuery::awardees(const QString& formCode) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT n.kind, n.name, n.position, COALESCE(u.name, ''), e.title, e.code "
                             "FROM award a JOIN award_form f ON f.id = a.award_form_id "
                             "JOIN entry e ON e.id = a.entry_id JOIN nominee n ON n.id = e.nominee_id "
                             "LEFT JOIN unit u ON u.id = n.unit_id WHERE f.code = ? ORDER BY e.code"));
    q.addBindValue(formCode);
    if (!q.exec())
        return sqlError(q, QStringLiteral("award"));
    QList<Awardee> list;
    while (q.next()) {
        Awardee a;
        a.kind = nomineeKindFromCode(q.value(0).toString()).value_or(NomineeKind::Individual);
        a.name = q.value(1).toString();
        a.position = q.value(2).toString();
        a.unit = q.value(3).toString();
        a.initiativeTitle = q.value(4).toString();
        a.entryCode = q.value(5).toString();
        list.append(a);
    }
    return list;
}

} // namespace sangkien
