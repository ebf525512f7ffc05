#include "entry_status_repository.h"

#include "database.h"
#include "sql_value.h"
#include "text/vietnamese_text.h"

#include <QSqlQuery>

namespace sangkien {

Status EntryStatusRepository::record(qint64 entryId, std::optional<EntryStatus> from, EntryStatus to,
                                     const QString& reason, const QString& user)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO entry_status_change (entry_id, from_status, to_status, reason, "
                             "changed_at, changed_by) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(entryId);
    q.addBindValue(from ? QVariant(entryStatusCode(*from)) : QVariant());
    q.addBindValue(entryStatusCode(to));
    q.addBindValue(sql::text(text::clean(reason)));
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    q.addBindValue(user);
    if (!q.exec())
        return sqlError(q, QString::number(entryId));
    return {};
}

Result<QList<StatusChange>> EntryStatusRepository::history(qint64 entryId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT from_status, to_status, reason, changed_at, changed_by FROM "
                             "entry_status_change WHERE entry_id = ? ORDER BY id"));
    q.addBindValue(entryId);
    if (!q.exec())
        return sqlError(q, QString::number(entryId));
    QList<StatusChange> list;
    while (q.next()) {
        StatusChange c;
        c.from = entryStatusFromCode(q.value(0).toString());
        c.to = entryStatusFromCode(q.value(1).toString()).value_or(EntryStatus::Received);
        c.reason = q.value(2).toString();
        c.at = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs);
        c.user = q.value(4).toString();
        list.append(c);
    }
    return list;
}

} // namespace sangkien
