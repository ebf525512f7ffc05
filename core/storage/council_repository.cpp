#include "council_repository.h"

#include "audit_log.h"
#include "database.h"
#include "entry_repository.h"
#include "review/conflicts.h"
#include "sql_value.h"
#include "text/vietnamese_text.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

namespace sangkien {

namespace {

QJsonObject memberJson(const CouncilMember& m)
{
    return QJsonObject{{QStringLiteral("id"), m.id},
                       {QStringLiteral("full_name"), m.fullName},
                       {QStringLiteral("role"), councilRoleCode(m.role)},
                       {QStringLiteral("position"), m.position},
                       {QStringLiteral("unit_id"), m.unitId}};
}

} // namespace

CouncilRepository::CouncilRepository(Database& db, QString user)
    : m_db(db)
    , m_user(std::move(user))
{}

Result<CouncilMember> CouncilRepository::load(qint64 memberId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT id, full_name, role, position, unit_id FROM council_member WHERE id = ?"));
    q.addBindValue(memberId);
    if (!q.exec())
        return sqlError(q, QStringLiteral("council_member"));
    if (!q.next())
        return Error{tr("There is no council member with the id %1.").arg(memberId), {}, ErrorKind::Refused};
    CouncilMember m;
    m.id = q.value(0).toLongLong();
    m.fullName = q.value(1).toString();
    m.role = councilRoleFromCode(q.value(2).toString()).value_or(CouncilRole::Member);
    m.position = q.value(3).toString();
    m.unitId = q.value(4).toLongLong();
    return m;
}

Status CouncilRepository::validate(const CouncilMember& member) const
{
    const QString name = text::clean(member.fullName);
    if (name.isEmpty())
        return Error{tr("Give the member's full name."), {}, ErrorKind::Refused};
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, full_name, role FROM council_member WHERE id <> ?"));
    q.addBindValue(member.id);
    if (!q.exec())
        return sqlError(q, QStringLiteral("council_member"));
    const QString key = text::searchKey(name);
    while (q.next()) {
        if (text::searchKey(q.value(1).toString()) == key)
            return Error{tr("%1 is already on the council.").arg(q.value(1).toString()), name,
                         ErrorKind::Conflict};
        if (member.role == CouncilRole::Chair && q.value(2).toString() == councilRoleCode(CouncilRole::Chair))
            return Error{tr("The council already has a chair, %1. Make them a member first.")
                             .arg(q.value(1).toString()),
                         name, ErrorKind::Conflict};
    }
    if (member.unitId) {
        q.prepare(QStringLiteral("SELECT 1 FROM unit WHERE id = ?"));
        q.addBindValue(member.unitId);
        if (!q.exec())
            return sqlError(q, QStringLiteral("unit"));
        if (!q.next())
            return Error{tr("The member's unit is not in the list of units."), name, ErrorKind::Refused};
    }
    return {};
}

Result<qint64> CouncilRepository::add(CouncilMember& member)
{
    member.id = 0;
    if (Status v = validate(member); !v)
        return v.error();
    CouncilMember stored = member;
    stored.fullName = text::clean(member.fullName);
    stored.position = text::clean(member.position);
    const Status done = m_db.transaction([&]() -> Status {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral(
            "INSERT INTO council_member (full_name, role, position, unit_id) VALUES (?, ?, ?, ?)"));
        q.addBindValue(stored.fullName);
        q.addBindValue(councilRoleCode(stored.role));
        q.addBindValue(sql::text(stored.position));
        q.addBindValue(sql::idOrNull(stored.unitId));
        if (!q.exec())
            return sqlError(q, stored.fullName);
        stored.id = q.lastInsertId().toLongLong();
        return AuditLog(m_db).record(m_user, QStringLiteral("create"), QStringLiteral("council_member"),
                                     stored.id, stored.fullName, {}, memberJson(stored));
    });
    if (!done)
        return done.error();
    member = stored;
    return stored.id;
}

Status CouncilRepository::update(const CouncilMember& member)
{
    if (Status v = validate(member); !v)
        return v;
    return m_db.transaction([&]() -> Status {
        auto before = load(member.id);
        if (!before)
            return before.error();
        CouncilMember after = member;
        after.fullName = text::clean(member.fullName);
        after.position = text::clean(member.position);
        if (after == *before)
            return {};
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral(
            "UPDATE council_member SET full_name = ?, role = ?, position = ?, unit_id = ? WHERE id = ?"));
        q.addBindValue(after.fullName);
        q.addBindValue(councilRoleCode(after.role));
        q.addBindValue(sql::text(after.position));
        q.addBindValue(sql::idOrNull(after.unitId));
        q.addBindValue(after.id);
        if (!q.exec())
            return sqlError(q, after.fullName);
        return AuditLog(m_db).record(m_user, QStringLiteral("update"), QStringLiteral("council_member"),
                                     after.id, after.fullName, memberJson(*before), memberJson(after));
    });
}

Result<int> CouncilRepository::sheetCount(qint64 memberId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM score_sheet WHERE member_id = ?"));
    q.addBindValue(memberId);
    if (!q.exec() || !q.next())
        return sqlError(q, QStringLiteral("score_sheet"));
    return q.value(0).toInt();
}

Status CouncilRepository::remove(qint64 memberId)
{
    return m_db.transaction([&]() -> Status {
        auto before = load(memberId);
        if (!before)
            return before.error();
        auto sheets = sheetCount(memberId);
        if (!sheets)
            return sheets.error();
        if (*sheets > 0)
            return Error{tr("%1 has %n score sheet(s); a member who has scored stays on the council.",
                            nullptr, *sheets)
                             .arg(before->fullName),
                         before->fullName, ErrorKind::Refused};
        QSqlQuery q(m_db.connection());
        // The minutes of a meeting name who attended: a member who sat in one stays on the council.
        q.prepare(QStringLiteral("SELECT count(*) FROM meeting_attendance WHERE member_id = ?"));
        q.addBindValue(memberId);
        if (!q.exec() || !q.next())
            return sqlError(q, QStringLiteral("meeting_attendance"));
        if (q.value(0).toInt() > 0)
            return Error{tr("%1 is named in the minutes of a council meeting and stays on the council.")
                             .arg(before->fullName),
                         before->fullName, ErrorKind::Refused};
        q.finish();
        // An entry assigned to this member alone would fall back to every member: refuse instead.
        q.prepare(QStringLiteral(
            "SELECT e.code FROM assignment a JOIN entry e ON e.id = a.entry_id WHERE a.member_id = ? AND "
            "NOT EXISTS (SELECT 1 FROM assignment o WHERE o.entry_id = a.entry_id AND o.member_id <> ?) "
            "ORDER BY e.code"));
        q.addBindValue(memberId);
        q.addBindValue(memberId);
        if (!q.exec())
            return sqlError(q, QStringLiteral("assignment"));
        QStringList alone;
        while (q.next())
            alone << q.value(0).toString();
        if (!alone.isEmpty())
            return Error{tr("%1 is the only member assigned to %2; assign another member first.")
                             .arg(before->fullName, alone.join(QStringLiteral(", "))),
                         before->fullName, ErrorKind::Refused};
        q.prepare(QStringLiteral("DELETE FROM council_member WHERE id = ?"));
        q.addBindValue(memberId);
        if (!q.exec())
            return sqlError(q, before->fullName);
        return AuditLog(m_db).record(m_user, QStringLiteral("delete"), QStringLiteral("council_member"),
                                     memberId, before->fullName, memberJson(*before), {});
    });
}

Result<QList<MemberEntry>> CouncilRepository::entriesFor(qint64 memberId) const
{
    auto conflicts = ConflictTable::load(m_db);
    if (!conflicts)
        return conflicts.error();
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // Entries with an assignment, and whether this member is in it.
    QHash<qint64, bool> assigned;
    q.prepare(QStringLiteral("SELECT entry_id, max(member_id = ?) FROM assignment GROUP BY entry_id"));
    q.addBindValue(memberId);
    if (!q.exec())
        return sqlError(q, QStringLiteral("assignment"));
    while (q.next())
        assigned.insert(q.value(0).toLongLong(), q.value(1).toBool());
    QHash<qint64, std::pair<bool, QString>> overrides;
    q.prepare(QStringLiteral("SELECT entry_id, excluded, reason FROM conflict_override WHERE member_id = ?"));
    q.addBindValue(memberId);
    if (!q.exec())
        return sqlError(q, QStringLiteral("conflict_override"));
    while (q.next())
        overrides.insert(q.value(0).toLongLong(), {q.value(1).toBool(), q.value(2).toString()});

    if (!q.exec(QStringLiteral("SELECT id, code, title, status FROM entry ORDER BY code")))
        return sqlError(q, QStringLiteral("entry"));
    QList<MemberEntry> list;
    while (q.next()) {
        MemberEntry e;
        e.entryId = q.value(0).toLongLong();
        e.code = q.value(1).toString();
        e.title = q.value(2).toString();
        e.status = q.value(3).toString();
        const auto a = assigned.constFind(e.entryId);
        e.everyone = a == assigned.constEnd();
        e.scores = e.everyone || *a;
        e.excluded = conflicts->excluded(memberId, e.entryId);
        e.conflictReason = conflicts->reason(memberId, e.entryId);
        if (const auto o = overrides.constFind(e.entryId); o != overrides.constEnd()) {
            e.overrideExcluded = o->first;
            e.overrideReason = o->second;
        } else {
            e.automatic = e.excluded;
        }
        list << e;
    }
    return list;
}

Status CouncilRepository::setAssigned(qint64 memberId, const QList<qint64>& entryIds, bool assigned)
{
    return m_db.transaction([&]() -> Status {
        auto member = load(memberId);
        if (!member)
            return member.error();
        QSqlQuery q(m_db.connection());
        QList<qint64> everyone;
        if (!q.exec(QStringLiteral("SELECT id FROM council_member ORDER BY id")))
            return sqlError(q, QStringLiteral("council_member"));
        while (q.next())
            everyone << q.value(0).toLongLong();

        QSqlQuery rows(m_db.connection());
        rows.prepare(QStringLiteral("SELECT member_id FROM assignment WHERE entry_id = ?"));
        const EntryRepository entries(m_db);
        QSqlQuery insert(m_db.connection());
        insert.prepare(
            QStringLiteral("INSERT OR IGNORE INTO assignment (member_id, entry_id) VALUES (?, ?)"));
        QSqlQuery removeOne(m_db.connection());
        removeOne.prepare(QStringLiteral("DELETE FROM assignment WHERE member_id = ? AND entry_id = ?"));
        QSqlQuery removeAll(m_db.connection());
        removeAll.prepare(QStringLiteral("DELETE FROM assignment WHERE entry_id = ?"));

        QJsonArray changed;
        for (qint64 entryId : entryIds) {
            const auto code = entries.codeOf(entryId);
            if (!code)
                return code.error();
            if (!*code)
                return Error{tr("There is no entry with the id %1.").arg(entryId), {}, ErrorKind::Refused};
            const QString entryCode = **code;
            rows.addBindValue(entryId);
            if (!rows.exec())
                return sqlError(rows, entryCode);
            QSet<qint64> current;
            while (rows.next())
                current.insert(rows.value(0).toLongLong());
            const bool byDefault = current.isEmpty();
            const bool scoresNow = byDefault || current.contains(memberId);
            if (scoresNow == assigned)
                continue;
            if (assigned) {
                current.insert(memberId);
                bool all = true;
                for (qint64 m : std::as_const(everyone))
                    all = all && current.contains(m);
                if (all) {
                    removeAll.addBindValue(entryId);
                    if (!removeAll.exec())
                        return sqlError(removeAll, entryCode);
                } else {
                    insert.addBindValue(memberId);
                    insert.addBindValue(entryId);
                    if (!insert.exec())
                        return sqlError(insert, entryCode);
                }
            } else {
                if (byDefault)
                    for (qint64 m : std::as_const(everyone))
                        if (m != memberId)
                            current.insert(m);
                current.remove(memberId);
                if (current.isEmpty())
                    return Error{tr("Every entry needs at least one member to score it."), entryCode,
                                 ErrorKind::Refused};
                if (byDefault) {
                    for (qint64 m : std::as_const(current)) {
                        insert.addBindValue(m);
                        insert.addBindValue(entryId);
                        if (!insert.exec())
                            return sqlError(insert, entryCode);
                    }
                } else {
                    removeOne.addBindValue(memberId);
                    removeOne.addBindValue(entryId);
                    if (!removeOne.exec())
                        return sqlError(removeOne, entryCode);
                }
            }
            changed.append(entryCode);
        }
        if (changed.isEmpty())
            return {};
        const QString key = assigned ? QStringLiteral("assigned") : QStringLiteral("unassigned");
        return AuditLog(m_db).record(m_user, QStringLiteral("assign"), QStringLiteral("council_member"),
                                     memberId, member->fullName, {}, QJsonObject{{key, changed}});
    });
}

} // namespace sangkien
