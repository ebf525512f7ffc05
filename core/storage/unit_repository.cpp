#include "unit_repository.h"

#include "audit_log.h"
#include "database.h"
#include "entry_repository.h"
#include "sql_value.h"
#include "text/vietnamese_text.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>

namespace sangkien {

namespace {

QJsonObject unitToJson(const Unit& u)
{
    return QJsonObject{{QStringLiteral("id"), u.id},
                       {QStringLiteral("kindId"), u.kindId},
                       {QStringLiteral("name"), u.name},
                       {QStringLiteral("district"), u.district}};
}

Unit readUnit(const QSqlQuery& q)
{
    return {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString()};
}

} // namespace

UnitRepository::UnitRepository(Database& db, QString user)
    : m_db(db)
    , m_user(std::move(user))
{}

Result<QList<Unit>> UnitRepository::list() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT id, kind_id, name, district FROM unit ORDER BY id")))
        return sqlError(q, QStringLiteral("unit"));
    QList<Unit> units;
    while (q.next())
        units.append(readUnit(q));
    return units;
}

Result<Unit> UnitRepository::load(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, kind_id, name, district FROM unit WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q, QStringLiteral("unit"));
    if (!q.next())
        return Error{tr("The unit no longer exists."), QString::number(id), ErrorKind::NotFound};
    return readUnit(q);
}

Status UnitRepository::validate(const Unit& unit) const
{
    const QString name = text::clean(unit.name);
    if (name.isEmpty())
        return Error{tr("The unit's name is missing."), {}, ErrorKind::Refused};
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM unit_kind WHERE id = ?"));
    q.addBindValue(unit.kindId);
    if (!q.exec() || !q.next() || q.value(0).toInt() == 0)
        return Error{tr("Choose the kind of unit."), name, ErrorKind::Refused};
    // Two units differing only by accents or case are the same unit typed twice.
    q.prepare(QStringLiteral("SELECT name FROM unit WHERE search_key = ? AND id <> ?"));
    q.addBindValue(text::searchKey(name));
    q.addBindValue(unit.id);
    if (!q.exec())
        return sqlError(q, name);
    if (q.next())
        return Error{tr("A unit named \"%1\" already exists.").arg(q.value(0).toString()), name,
                     ErrorKind::Conflict};
    return {};
}

Result<qint64> UnitRepository::add(Unit& unit)
{
    unit.id = 0;
    if (Status v = validate(unit); !v)
        return v.error();
    qint64 id = 0;
    Status done = m_db.transaction([&]() -> Status {
        QSqlQuery q(m_db.connection());
        q.prepare(
            QStringLiteral("INSERT INTO unit (kind_id, name, district, search_key) VALUES (?, ?, ?, ?)"));
        q.addBindValue(unit.kindId);
        q.addBindValue(sql::text(text::clean(unit.name)));
        q.addBindValue(sql::text(text::clean(unit.district)));
        q.addBindValue(text::searchKey(unit.name));
        if (!q.exec())
            return sqlError(q, unit.name);
        id = q.lastInsertId().toLongLong();
        Unit stored = unit;
        stored.id = id;
        stored.name = text::clean(unit.name);
        stored.district = text::clean(unit.district);
        return AuditLog(m_db).record(m_user, QStringLiteral("create"), QStringLiteral("unit"), id,
                                     stored.name, {}, unitToJson(stored));
    });
    if (!done)
        return done.error();
    unit.id = id;
    unit.name = text::clean(unit.name);
    unit.district = text::clean(unit.district);
    return id;
}

Status UnitRepository::update(const Unit& unit)
{
    if (Status v = validate(unit); !v)
        return v;
    return m_db.transaction([&]() -> Status {
        auto before = load(unit.id);
        if (!before)
            return before.error();
        Unit after = unit;
        after.name = text::clean(unit.name);
        after.district = text::clean(unit.district);
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("UPDATE unit SET kind_id = ?, name = ?, district = ?, search_key = ? "
                                 "WHERE id = ?"));
        q.addBindValue(after.kindId);
        q.addBindValue(after.name);
        q.addBindValue(sql::text(after.district));
        q.addBindValue(text::searchKey(after.name));
        q.addBindValue(after.id);
        if (!q.exec())
            return sqlError(q, after.name);
        if (before->name != after.name)
            if (Status s = refreshEntryKeys({after.id}); !s)
                return s;
        return AuditLog(m_db).record(m_user, QStringLiteral("update"), QStringLiteral("unit"), after.id,
                                     after.name, unitToJson(*before), unitToJson(after));
    });
}

Status UnitRepository::merge(qint64 keepId, const QList<qint64>& duplicateIds)
{
    QList<qint64> others;
    for (qint64 id : duplicateIds)
        if (id != keepId && !others.contains(id))
            others.append(id);
    if (others.isEmpty())
        return Error{
            tr("Choose at least one other unit to merge into the one kept."), {}, ErrorKind::Refused};
    return m_db.transaction([&]() -> Status {
        auto kept = load(keepId);
        if (!kept)
            return kept.error();
        QJsonArray removed;
        for (qint64 id : others) {
            auto dup = load(id);
            if (!dup)
                return dup.error();
            QJsonObject json = unitToJson(*dup);
            auto used = usage(id);
            if (!used)
                return used.error();
            json.insert(QStringLiteral("nominees"), used->nominees);
            json.insert(QStringLiteral("authors"), used->authors);
            json.insert(QStringLiteral("members"), used->members);
            removed.append(json);
        }
        // The same three statements for each referring table; values are bound, never concatenated.
        static const char* const repoints[] = {
            "UPDATE nominee SET unit_id = ? WHERE unit_id = ?",
            "UPDATE entry_author SET unit_id = ? WHERE unit_id = ?",
            "UPDATE council_member SET unit_id = ? WHERE unit_id = ?",
        };
        QSqlQuery q(m_db.connection());
        for (qint64 id : others) {
            for (const char* sql : repoints) {
                q.prepare(QString::fromLatin1(sql));
                q.addBindValue(keepId);
                q.addBindValue(id);
                if (!q.exec())
                    return sqlError(q, kept->name);
            }
            q.prepare(QStringLiteral("DELETE FROM unit WHERE id = ?"));
            q.addBindValue(id);
            if (!q.exec())
                return sqlError(q, kept->name);
        }
        if (Status s = refreshEntryKeys({keepId}); !s)
            return s;
        QJsonObject before = unitToJson(*kept);
        before.insert(QStringLiteral("merged"), removed);
        return AuditLog(m_db).record(m_user, QStringLiteral("merge"), QStringLiteral("unit"), keepId,
                                     kept->name, before, unitToJson(*kept));
    });
}

Result<QHash<qint64, UnitUsage>> UnitRepository::usageCounts() const
{
    QHash<qint64, UnitUsage> counts;
    QSqlQuery q(m_db.connection());
    const struct
    {
        const char* sql;
        int UnitUsage::*field;
    } sources[] = {
        {"SELECT unit_id, count(*) FROM nominee WHERE unit_id IS NOT NULL GROUP BY unit_id",
         &UnitUsage::nominees},
        {"SELECT unit_id, count(*) FROM entry_author WHERE unit_id IS NOT NULL GROUP BY unit_id",
         &UnitUsage::authors},
        {"SELECT unit_id, count(*) FROM council_member WHERE unit_id IS NOT NULL GROUP BY unit_id",
         &UnitUsage::members},
    };
    for (const auto& source : sources) {
        if (!q.exec(QString::fromLatin1(source.sql)))
            return sqlError(q, QStringLiteral("unit"));
        while (q.next())
            counts[q.value(0).toLongLong()].*(source.field) = q.value(1).toInt();
    }
    return counts;
}

Result<UnitUsage> UnitRepository::usage(qint64 unitId) const
{
    UnitUsage usage;
    QSqlQuery q(m_db.connection());
    const struct
    {
        const char* sql;
        int UnitUsage::*field;
    } sources[] = {
        {"SELECT count(*) FROM nominee WHERE unit_id = ?", &UnitUsage::nominees},
        {"SELECT count(*) FROM entry_author WHERE unit_id = ?", &UnitUsage::authors},
        {"SELECT count(*) FROM council_member WHERE unit_id = ?", &UnitUsage::members},
    };
    for (const auto& source : sources) {
        q.prepare(QString::fromLatin1(source.sql));
        q.addBindValue(unitId);
        if (!q.exec() || !q.next())
            return sqlError(q, QStringLiteral("unit"));
        usage.*(source.field) = q.value(0).toInt();
    }
    return usage;
}

Status UnitRepository::refreshEntryKeys(const QList<qint64>& unitIds)
{
    QList<qint64> entryIds;
    QSqlQuery q(m_db.connection());
    for (qint64 unitId : unitIds) {
        q.prepare(QStringLiteral(
            "SELECT e.id FROM entry e JOIN nominee n ON n.id = e.nominee_id WHERE n.unit_id = ?"));
        q.addBindValue(unitId);
        if (!q.exec())
            return sqlError(q, QStringLiteral("entry"));
        while (q.next())
            entryIds.append(q.value(0).toLongLong());
    }
    EntryRepository entries(m_db);
    for (qint64 id : entryIds) {
        auto entry = entries.load(id);
        if (!entry)
            return entry.error();
        auto unit = load(entry->nominee.unitId);
        if (!unit)
            return unit.error();
        q.prepare(QStringLiteral("UPDATE entry SET search_key = ? WHERE id = ?"));
        q.addBindValue(EntryRepository::makeSearchKey(*entry, unit->name));
        q.addBindValue(id);
        if (!q.exec())
            return sqlError(q, entry->code);
    }
    return {};
}

} // namespace sangkien
