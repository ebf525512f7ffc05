#include "report_query.h"

#include "database.h"
#include "sql_rows.h"

#include <QSqlQuery>

namespace sangkien {

Result<QList<EntryReportFacts>> ReportQuery::entryFacts() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(
            QStringLiteral("SELECT e.id, n.unit_id, e.received_on, e.first_applied_on, e.economic_benefit "
                           "FROM entry e JOIN nominee n ON n.id = e.nominee_id ORDER BY e.id")))
        return sqlError(q, QStringLiteral("entry"));
    QList<EntryReportFacts> list;
    while (q.next()) {
        EntryReportFacts f;
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

Result<QList<StatisticsEntryRow>> ReportQuery::statisticsRows() const
{
    SqlRows rows(m_db,
                 "SELECT e.id, e.category_id, e.kind, n.kind, n.unit_id, u.kind_id, u.district, e.status, "
                 "e.received_on, e.economic_benefit FROM entry e JOIN nominee n ON n.id = e.nominee_id "
                 "LEFT JOIN unit u ON u.id = n.unit_id ORDER BY e.id");
    QList<StatisticsEntryRow> list;
    while (rows.next()) {
        StatisticsEntryRow r;
        r.entryId = rows.int64(0);
        r.categoryId = rows.int64(1);
        r.kind = rows.repeatedString(2);
        r.nomineeKind = rows.repeatedString(3);
        r.unitId = rows.int64(4);
        r.unitKindId = rows.int64(5);
        r.district = rows.repeatedString(6);
        r.status = rows.repeatedString(7);
        r.receivedOn = rows.date(8);
        if (!rows.isNull(9))
            r.economicBenefit = rows.int64(9);
        list.append(std::move(r));
    }
    if (auto e = rows.error(QStringLiteral("entry")))
        return *e;
    return list;
}

} // namespace sangkien
