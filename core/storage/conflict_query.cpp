#include "conflict_query.h"

#include "database.h"
#include "sql_rows.h"
#include "sql_value.h"

#include <QDateTime>
#include <QSqlQuery>

namespace sangkien {

Result<ConflictFacts> ConflictQuery::load(ConflictScope scope) const
{
    ConflictFacts facts;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, full_name, unit_id FROM council_member ORDER BY id")))
        return sqlError(q, QStringLiteral("council_member"));
    while (q.next())
        facts.members.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong()});

    if (!facts.members.isEmpty()) {
        // An entry's nominee and authors: a row each, read through SQLite's own API where it can.
        // The ranking lists the entries under review or later and those with a submitted sheet.
        const char* sql = nullptr;
        switch (scope) {
        case ConflictScope::AllEntries:
            sql = "SELECT e.id, n.unit_id, n.kind, n.name FROM entry e JOIN nominee n ON n.id = e.nominee_id "
                  "ORDER BY e.id";
            break;
        case ConflictScope::RankedEntries:
            sql =
                "SELECT e.id, n.unit_id, n.kind, n.name FROM entry e JOIN nominee n ON n.id = e.nominee_id "
                "WHERE e.status IN ('under_review', 'scored', 'proposed', 'awarded', 'not_awarded') OR "
                "EXISTS (SELECT 1 FROM score_sheet sh WHERE sh.entry_id = e.id AND sh.status = 'submitted') "
                "ORDER BY e.id";
            break;
        case ConflictScope::ScoredEntries:
            sql = "SELECT e.id, n.unit_id, n.kind, n.name FROM entry e JOIN nominee n ON n.id = e.nominee_id "
                  "WHERE e.id IN (SELECT entry_id FROM score_sheet WHERE status = 'submitted') ORDER BY e.id";
            break;
        }
        SqlRows entries(m_db, sql);
        while (entries.next()) {
            EntryFacts f;
            f.id = entries.int64(0);
            f.nomineeUnitId = entries.int64(1);
            if (entries.repeatedString(2) == QLatin1String("individual"))
                f.nomineeName = entries.string(3);
            facts.entries.append(std::move(f));
        }
        if (auto e = entries.error(QStringLiteral("entry")))
            return *e;
        // Both in entry id order (the author table's key begins with it): the authors are dealt out in one
        // walk, and only the names of the entries read above are converted.
        SqlRows authors(m_db, "SELECT entry_id, full_name FROM entry_author ORDER BY entry_id, position");
        qsizetype at = 0;
        while (authors.next()) {
            const qint64 entry = authors.int64(0);
            while (at < facts.entries.size() && facts.entries[at].id < entry)
                ++at;
            if (at < facts.entries.size() && facts.entries[at].id == entry)
                facts.entries[at].authorNames << authors.string(1);
        }
        if (auto e = authors.error(QStringLiteral("entry_author")))
            return *e;
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
