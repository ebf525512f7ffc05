#include "conflict_query.h"

#include "database.h"
#include "sql_value.h"

#include <QDateTime>
#include <QSqlQuery>

namespace sangkien {

Result<ConflictFacts> ConflictQuery::load() const
{
    ConflictFacts facts;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, full_name, unit_id FROM council_member ORDER BY id")))
        return sqlError(q, QStringLiteral("council_member"));
    while (q.next())
        facts.members.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong()});

    if (!facts.members.isEmpty()) {
        if (!q.exec(QStringLiteral("SELECT e.id, n.unit_id, n.kind, n.name FROM entry e "
                                   "JOIN nominee n ON n.id = e.nominee_id")))
            return sqlError(q, QStringLiteral("entry"));
        while (q.next()) {
            EntryFacts f;
            f.id = q.value(0).toLongLong();
            f.nomineeUnitId = q.value(1).toLongLong();
            if (q.value(2).toString() == QLatin1String("individual"))
                f.nomineeName = q.value(3).toString();
            facts.entries.insert(f.id, f);
        }
        if (!q.exec(QStringLiteral("SELECT entry_id, full_name, unit_id FROM entry_author")))
            return sqlError(q, QStringLiteral("entry_author"));
        while (q.next()) {
            auto it = facts.entries.find(q.value(0).toLongLong());
            if (it == facts.entries.end())
                continue;
            it->authorNames << q.value(1).toString();
            if (q.value(2).toLongLong())
                it->authorUnitIds.insert(q.value(2).toLongLong());
        }
    }

    if (!q.exec(QStringLiteral("SELECT member_id, entry_id, excluded, reason FROM conflict_override")))
        return sqlError(q, QStringLiteral("conflict_override"));
    while (q.next())
        facts.overrides.append(
            {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toBool(), q.value(3).toString()});

    if (!q.exec(QStringLiteral("SELECT entry_id, member_id FROM assignment ORDER BY entry_id, member_id")))
        return sqlError(q, QStringLiteral("assignment"));
    while (q.next())
        facts.assigned[q.value(0).toLongLong()].append(q.value(1).toLongLong());
    return facts;
}

Status ConflictQuery::writeOverride(const ConflictOverride& decision, const QString& user)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO conflict_override (member_id, entry_id, excluded, reason, set_at, set_by) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (member_id, entry_id) DO UPDATE SET "
        "excluded = excluded.excluded, reason = excluded.reason, set_at = excluded.set_at, "
        "set_by = excluded.set_by"));
    q.addBindValue(decision.memberId);
    q.addBindValue(decision.entryId);
    q.addBindValue(decision.excluded ? 1 : 0);
    q.addBindValue(decision.reason);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    q.addBindValue(sql::text(user));
    if (!q.exec())
        return sqlError(q, QString::number(decision.entryId));
    return {};
}

} // namespace sangkien
