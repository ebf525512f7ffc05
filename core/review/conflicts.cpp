#include "conflicts.h"

#include "storage/audit_log.h"
#include "storage/conflict_query.h"
#include "storage/database.h"
#include "text/vietnamese_text.h"

#include <QJsonObject>

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

Result<ConflictTable> ConflictTable::load(Database& db, ConflictScope scope)
{
    auto facts = ConflictQuery(db).load(scope);
    if (!facts)
        return facts.error();
    ConflictTable table;
    table.m_members = facts->members;
    if (!table.m_members.isEmpty()) {
        // Every name folded once, not once per member and entry: the rules compare folded names.
        QStringList memberKeys;
        for (const MemberFacts& m : std::as_const(table.m_members))
            memberKeys << text::searchKey(m.name);
        for (const EntryFacts& e : std::as_const(facts->entries)) {
            const ConflictRules::FoldedNames names = ConflictRules::fold(e);
            for (qsizetype i = 0; i < table.m_members.size(); ++i) {
                const MemberFacts& m = table.m_members[i];
                if (const QString why = ConflictRules::automaticReason(m, memberKeys[i], e, names);
                    !why.isEmpty())
                    table.m_excluded.insert(key(m.id, e.id), why);
            }
        }
    }
    for (const ConflictOverride& o : std::as_const(facts->overrides)) {
        const quint64 k = key(o.memberId, o.entryId);
        if (o.excluded)
            table.m_excluded.insert(k, o.reason);
        else
            table.m_excluded.remove(k);
    }
    table.m_assigned = std::move(facts->assigned);
    return table;
}

QList<qint64> ConflictTable::eligibleMembers(qint64 entryId) const
{
    QList<qint64> candidates;
    if (const auto it = m_assigned.constFind(entryId); it != m_assigned.constEnd()) {
        candidates = *it;
    } else {
        candidates.reserve(m_members.size());
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
        if (Status s =
                ConflictQuery(db).writeOverride({memberId, entryId, excluded, text::clean(reason)}, user);
            !s)
            return s;
        const QJsonObject after{{QStringLiteral("member_id"), memberId},
                                {QStringLiteral("entry_id"), entryId},
                                {QStringLiteral("excluded"), excluded},
                                {QStringLiteral("reason"), text::clean(reason)}};
        return AuditLog(db).record(user, QStringLiteral("conflict"), QStringLiteral("conflict_override"),
                                   entryId, QString::number(memberId), {}, after);
    });
}

} // namespace sangkien
