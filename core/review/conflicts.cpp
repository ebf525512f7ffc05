#include "conflicts.h"

#include "storage/audit_log.h"
#include "storage/database.h"
#include "storage/sql_value.h"
#include "text/vietnamese_text.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlQuery>

namespace sangkien {

QString ConflictRules::automaticReason(const MemberFacts& member, const EntryFacts& entry)
{
    return automaticReason(member, text::searchKey(member.name), entry, fold(entry));
}

ConflictRules::FoldedNames ConflictRules::fold(const EntryFacts& entry)
{
    FoldedNames names{text::searchKey(entry.nomineeName), {}};
    for (const QString& author : entry.authorNames)
        names.authors << text::searchKey(author);
    return names;
}

QString ConflictRules::automaticReason(const MemberFacts& member, const QString& memberKey,
                                       const EntryFacts& entry, const FoldedNames& names)
{
    if (!memberKey.isEmpty()) {
        if (names.nominee == memberKey)
            return tr("the member is the nominee");
        if (names.authors.contains(memberKey))
            return tr("the member is an author or co-author");
    }
    if (member.unitId && member.unitId == entry.nomineeUnitId)
        return tr("the member belongs to the nominee's unit");
    return {};
}

Result<ConflictTable> ConflictTable::load(Database& db)
{
    ConflictTable table;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, full_name, unit_id FROM council_member ORDER BY id")))
        return sqlError(q, QStringLiteral("council_member"));
    while (q.next())
        table.m_members.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong()});

    if (!table.m_members.isEmpty()) {
        QHash<qint64, EntryFacts> entries;
        if (!q.exec(QStringLiteral("SELECT e.id, n.unit_id, n.kind, n.name FROM entry e "
                                   "JOIN nominee n ON n.id = e.nominee_id")))
            return sqlError(q, QStringLiteral("entry"));
        while (q.next()) {
            EntryFacts f;
            f.id = q.value(0).toLongLong();
            f.nomineeUnitId = q.value(1).toLongLong();
            if (q.value(2).toString() == QLatin1String("individual"))
                f.nomineeName = q.value(3).toString();
            entries.insert(f.id, f);
        }
        if (!q.exec(QStringLiteral("SELECT entry_id, full_name, unit_id FROM entry_author")))
            return sqlError(q, QStringLiteral("entry_author"));
        while (q.next()) {
            auto it = entries.find(q.value(0).toLongLong());
            if (it == entries.end())
                continue;
            it->authorNames << q.value(1).toString();
            if (q.value(2).toLongLong())
                it->authorUnitIds.insert(q.value(2).toLongLong());
        }
        // Every name folded once, not once per member and entry: the rules compare folded names.
        QStringList memberKeys;
        for (const MemberFacts& m : std::as_const(table.m_members))
            memberKeys << text::searchKey(m.name);
        for (const EntryFacts& e : std::as_const(entries)) {
            const ConflictRules::FoldedNames names = ConflictRules::fold(e);
            for (qsizetype i = 0; i < table.m_members.size(); ++i) {
                const MemberFacts& m = table.m_members[i];
                if (const QString why = ConflictRules::automaticReason(m, memberKeys[i], e, names);
                    !why.isEmpty())
                    table.m_excluded.insert(key(m.id, e.id), why);
            }
        }
    }

    if (!q.exec(QStringLiteral("SELECT member_id, entry_id, excluded, reason FROM conflict_override")))
        return sqlError(q, QStringLiteral("conflict_override"));
    while (q.next()) {
        const quint64 k = key(q.value(0).toLongLong(), q.value(1).toLongLong());
        if (q.value(2).toBool())
            table.m_excluded.insert(k, q.value(3).toString());
        else
            table.m_excluded.remove(k);
    }

    if (!q.exec(QStringLiteral("SELECT entry_id, member_id FROM assignment ORDER BY entry_id, member_id")))
        return sqlError(q, QStringLiteral("assignment"));
    while (q.next())
        table.m_assigned[q.value(0).toLongLong()].append(q.value(1).toLongLong());
    return table;
}

QList<qint64> ConflictTable::eligibleMembers(qint64 entryId) const
{
    QList<qint64> candidates;
    if (const auto it = m_assigned.constFind(entryId); it != m_assigned.constEnd()) {
        candidates = *it;
    } else {
        for (const MemberFacts& m : m_members)
            candidates << m.id;
    }
    candidates.removeIf([&](qint64 member) { return excluded(member, entryId); });
    return candidates;
}

Status setConflictOverride(Database& db, qint64 memberId, qint64 entryId, bool excluded,
                           const QString& reason, const QString& user)
{
    if (reason.trimmed().isEmpty())
        return Error{ConflictTable::tr("Give the reason for the conflict decision."),
                     QString::number(entryId), ErrorKind::Refused};
    return db.transaction([&]() -> Status {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral(
            "INSERT INTO conflict_override (member_id, entry_id, excluded, reason, set_at, set_by) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (member_id, entry_id) DO UPDATE SET "
            "excluded = excluded.excluded, reason = excluded.reason, set_at = excluded.set_at, "
            "set_by = excluded.set_by"));
        q.addBindValue(memberId);
        q.addBindValue(entryId);
        q.addBindValue(excluded ? 1 : 0);
        q.addBindValue(text::clean(reason));
        q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        q.addBindValue(sql::text(user));
        if (!q.exec())
            return sqlError(q, QString::number(entryId));
        const QJsonObject after{{QStringLiteral("member_id"), memberId},
                                {QStringLiteral("entry_id"), entryId},
                                {QStringLiteral("excluded"), excluded},
                                {QStringLiteral("reason"), text::clean(reason)}};
        return AuditLog(db).record(user, QStringLiteral("conflict"), QStringLiteral("conflict_override"),
                                   entryId, QString::number(memberId), {}, after);
    });
}

} // namespace sangkien
