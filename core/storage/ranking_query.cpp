#include "ranking_query.h"

#include "database.h"

#include <QSqlQuery>

namespace sangkien {

Result<QList<SubmittedPoint>> RankingQuery::submittedPoints() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT sh.entry_id, sh.id, sh.member_id, sc.criterion_id, sc.points "
                               "FROM score_sheet sh JOIN score sc ON sc.sheet_id = sh.id "
                               "WHERE sh.status = 'submitted' ORDER BY sh.entry_id, sh.id")))
        return sqlError(q, QStringLiteral("score_sheet"));
    QList<SubmittedPoint> list;
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                     q.value(3).toLongLong(), q.value(4).toDouble()});
    return list;
}

Result<QList<RankingEntryRow>> RankingQuery::entries() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT e.id, e.code, e.title, n.name, n.kind, e.status FROM entry e "
                               "JOIN nominee n ON n.id = e.nominee_id ORDER BY e.code")))
        return sqlError(q, QStringLiteral("entry"));
    QList<RankingEntryRow> list;
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                     q.value(3).toString(), q.value(4).toString(), q.value(5).toString()});
    return list;
}

} // namespace sangkien
