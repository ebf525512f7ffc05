#include "catalog_repository.h"

#include "database.h"
#include "sql_value.h"
#include "text/vietnamese_text.h"

#include <QSqlQuery>

namespace sangkien {

Result<QList<ContentCategory>> CatalogRepository::categories() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral(
            "SELECT id, code, group_number, group_title, title FROM content_category ORDER BY position")))
        return sqlError(q, QStringLiteral("content_category"));
    QList<ContentCategory> list;
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt(),
                     q.value(3).toString(), q.value(4).toString()});
    return list;
}

Result<QList<UnitKind>> CatalogRepository::unitKinds() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT id, code, name FROM unit_kind ORDER BY position")))
        return sqlError(q, QStringLiteral("unit_kind"));
    QList<UnitKind> list;
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()});
    return list;
}

Result<QList<Unit>> CatalogRepository::units() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT id, kind_id, name, district FROM unit ORDER BY id")))
        return sqlError(q, QStringLiteral("unit"));
    QList<Unit> list;
    while (q.next())
        list.append(
            {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString()});
    return list;
}

QString CatalogRepository::initiativeKindName(EntryKind kind) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT name FROM initiative_kind WHERE code = ?"));
    q.addBindValue(entryKindCode(kind));
    if (q.exec() && q.next())
        return q.value(0).toString();
    return entryKindCode(kind);
}

Result<qint64> CatalogRepository::insertUnit(const Unit& unit)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO unit (kind_id, name, district, search_key) VALUES (?, ?, ?, ?)"));
    q.addBindValue(unit.kindId);
    q.addBindValue(sql::text(text::clean(unit.name)));
    q.addBindValue(sql::text(text::clean(unit.district)));
    q.addBindValue(text::searchKey(unit.name));
    if (!q.exec())
        return sqlError(q, unit.name);
    return q.lastInsertId().toLongLong();
}

} // namespace sangkien
