#include "history_query.h"

#include "database.h"

#include <QHash>
#include <QSqlQuery>

namespace sangkien {

Result<QList<HistoryEntryRow>> HistoryQuery::entries() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(
            QStringLiteral("SELECT e.id, e.code, e.title, n.name, n.kind, coalesce(u.name, ''), e.status, "
                           "coalesce(f.name, '') FROM entry e JOIN nominee n ON n.id = e.nominee_id "
                           "LEFT JOIN unit u ON u.id = n.unit_id LEFT JOIN award a ON a.entry_id = e.id "
                           "LEFT JOIN award_form f ON f.id = a.award_form_id ORDER BY e.code")))
        return sqlError(q, QStringLiteral("entry"));
    QList<HistoryEntryRow> rows;
    QHash<qint64, int> index;
    while (q.next()) {
        HistoryEntryRow r;
        r.entryId = q.value(0).toLongLong();
        r.code = q.value(1).toString();
        r.title = q.value(2).toString();
        r.nominee = q.value(3).toString();
        r.nomineeKind = q.value(4).toString();
        r.unit = q.value(5).toString();
        r.status = q.value(6).toString();
        r.award = q.value(7).toString();
        index.insert(r.entryId, int(rows.size()));
        rows.append(r);
    }
    if (!q.exec(QStringLiteral("SELECT a.entry_id, a.full_name, coalesce(u.name, '') FROM entry_author a "
                               "LEFT JOIN unit u ON u.id = a.unit_id ORDER BY a.entry_id, a.position")))
        return sqlError(q, QStringLiteral("entry_author"));
    while (q.next()) {
        const auto at = index.constFind(q.value(0).toLongLong());
        if (at == index.constEnd())
            continue;
        rows[*at].authors << q.value(1).toString();
        rows[*at].authorUnits << q.value(2).toString();
    }
    return rows;
}

Result<QList<std::pair<QString, QString>>> HistoryQuery::successions() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = "
                               "'unit_succession'")) ||
        !q.next())
        return sqlError(q, QStringLiteral("unit_succession"));
    QList<std::pair<QString, QString>> pairs;
    if (q.value(0).toInt() == 0)
        return pairs;
    if (!q.exec(QStringLiteral("SELECT from_name, to_name FROM unit_succession ORDER BY id")))
        return sqlError(q, QStringLiteral("unit_succession"));
    while (q.next())
        pairs.append({q.value(0).toString(), q.value(1).toString()});
    return pairs;
}

} // namespace sangkien
