#include "report_query.h"

#include "database.h"

#include <QSqlQuery>

namespace sangkien {

Result<QList<EntryFacts>> ReportQuery::entryFacts() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(
            QStringLiteral("SELECT e.id, n.unit_id, e.received_on, e.first_applied_on, e.economic_benefit "
                           "FROM entry e JOIN nominee n ON n.id = e.nominee_id ORDER BY e.id")))
        return sqlError(q, QStringLiteral("entry"));
    QList<EntryFacts> list;
    while (q.next()) {
        EntryFacts f;
        f.entryId = q.value(0).toLongLong();
        f.unitId = q.value(1).toLongLong();
        f.receivedOn = QDate::fromString(q.value(2).toString(), Qt::ISODate);
        f.firstAppliedOn = QDate::fromString(q.value(3).toString(), Qt::ISODate);
        if (!q.value(4).isNull())
            f.economicBenefit = q.value(4).toLongLong();
        list.append(f);
    }
    return list;
}

} // namespace sangkien
