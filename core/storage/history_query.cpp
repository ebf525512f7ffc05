#include "history_query.h"

#include "database.h"
#include "sql_rows.h"

#include <QHash>
#include <QSqlQuery>

namespace sangkien {

Result<QList<HistoryEntryRow>> HistoryQuery::entries() const
{
    // Every entry of a year, read for each file of the folder: through SQLite's own API where it can.
    SqlRows q(m_db, "SELECT e.id, e.code, e.title, n.name, n.kind, coalesce(u.name, ''), e.status, "
                    "coalesce(f.name, '') FROM entry e JOIN nominee n ON n.id = e.nominee_id "
                    "LEFT JOIN unit u ON u.id = n.unit_id LEFT JOIN award a ON a.entry_id = e.id "
                    "LEFT JOIN award_form f ON f.id = a.award_form_id ORDER BY e.code");
    QList<HistoryEntryRow> rows;
    QHash<qint64, int> index;
    while (q.next()) {
        HistoryEntryRow r;
        r.entryId = q.int64(0);
        r.code = q.string(1);
        r.title = q.string(2);
        r.nominee = q.string(3);
        r.nomineeKind = q.string(4);
        r.unit = q.string(5);
        r.status = q.string(6);
        r.award = q.string(7);
        index.insert(r.entryId, int(rows.size()));
        rows.append(std::move(r));
    }
    if (auto e = q.error(QStringLiteral("entry")))
        return *e;
    SqlRows authors(m_db, "SELECT a.entry_id, a.full_name, coalesce(u.name, '') FROM entry_author a "
                          "LEFT JOIN unit u ON u.id = a.unit_id ORDER BY a.entry_id, a.position");
    while (authors.next()) {
        const auto at = index.constFind(authors.int64(0));
        if (at == index.constEnd())
            continue;
        rows[*at].authors << authors.string(1);
        rows[*at].authorUnits << authors.string(2);
    }
    if (auto e = authors.error(QStringLiteral("entry_author")))
        return *e;
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
