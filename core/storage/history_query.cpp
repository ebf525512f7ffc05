#include "history_query.h"

#include "database.h"
#include "sql_rows.h"

#include <QHash>
#include <QSqlQuery>

namespace sangkien {

namespace {

// The ids as the JSON array json_each() reads, bound as the query's one value.
QString idArray(const QList<qint64>& ids)
{
    QStringList numbers;
    for (qint64 id : ids)
        numbers << QString::number(id);
    return QLatin1Char('[') + numbers.join(QLatin1Char(',')) + QLatin1Char(']');
}

} // namespace

Result<QList<HistoryEntryRow>> HistoryQuery::entries(const QList<qint64>& ids) const
{
    const bool some = !ids.isEmpty();
    const QStringList binds = some ? QStringList{idArray(ids)} : QStringList();
    SqlRows q(m_db,
              some ? "SELECT e.id, e.code, e.title, n.name, n.kind, coalesce(u.name, ''), e.status, "
                     "coalesce(f.name, '') FROM entry e JOIN nominee n ON n.id = e.nominee_id "
                     "LEFT JOIN unit u ON u.id = n.unit_id LEFT JOIN award a ON a.entry_id = e.id "
                     "LEFT JOIN award_form f ON f.id = a.award_form_id "
                     "WHERE e.id IN (SELECT value FROM json_each(?)) ORDER BY e.code"
                   : "SELECT e.id, e.code, e.title, n.name, n.kind, coalesce(u.name, ''), e.status, "
                     "coalesce(f.name, '') FROM entry e JOIN nominee n ON n.id = e.nominee_id "
                     "LEFT JOIN unit u ON u.id = n.unit_id LEFT JOIN award a ON a.entry_id = e.id "
                     "LEFT JOIN award_form f ON f.id = a.award_form_id ORDER BY e.code",
              binds);
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
    SqlRows authors(m_db,
                    some ? "SELECT a.entry_id, a.full_name, coalesce(u.name, '') FROM entry_author a "
                           "LEFT JOIN unit u ON u.id = a.unit_id WHERE a.entry_id IN (SELECT value FROM "
                           "json_each(?)) ORDER BY a.entry_id, a.position"
                         : "SELECT a.entry_id, a.full_name, coalesce(u.name, '') FROM entry_author a "
                           "LEFT JOIN unit u ON u.id = a.unit_id ORDER BY a.entry_id, a.position",
                    binds);
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

Result<QList<HistoryNameRow>> HistoryQuery::names(bool withAuthors) const
{
    // A campaign has a few hundred units for thousands of entries: each unit's name is read once and shared.
    QHash<qint64, QString> unitNames;
    SqlRows units(m_db, "SELECT id, name FROM unit");
    while (units.next())
        unitNames.insert(units.int64(0), units.string(1));
    if (auto e = units.error(QStringLiteral("unit")))
        return *e;
    SqlRows q(m_db,
              "SELECT e.id, n.name, n.kind, n.unit_id FROM entry e JOIN nominee n ON n.id = e.nominee_id "
              "ORDER BY e.id");
    QList<HistoryNameRow> rows;
    while (q.next())
        rows.append({q.int64(0), q.string(1), q.repeatedString(2), unitNames.value(q.int64(3)), {}});
    if (auto e = q.error(QStringLiteral("entry")))
        return *e;
    if (!withAuthors)
        return rows;
    // Both in entry id order: the authors are dealt out in one walk.
    SqlRows authors(m_db, "SELECT entry_id, full_name FROM entry_author ORDER BY entry_id, position");
    qsizetype at = 0;
    while (authors.next()) {
        const qint64 entry = authors.int64(0);
        while (at < rows.size() && rows[at].entryId < entry)
            ++at;
        if (at < rows.size() && rows[at].entryId == entry)
            rows[at].authors << authors.string(1);
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
