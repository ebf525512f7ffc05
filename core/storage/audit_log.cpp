#include "audit_log.h"

#include "database.h"
#include "sql_value.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlQuery>

namespace sangkien {
namespace {

const QString kGenesis = QStringLiteral("0000000000000000000000000000000000000000000000000000000000000000");

QString compact(const QJsonObject& o)
{
    return o.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// The fields a row's hash covers, separated by a character that cannot occur in them unescaped.
QString hashOf(const QString& prevHash, const QString& at, const QString& user, const QString& action,
               const QString& table, qint64 recordId, const QString& label, const QString& before,
               const QString& after)
{
    const QString material =
        QStringList{prevHash, at, user, action, table, QString::number(recordId), label, before, after}.join(
            QChar(0x1f));
    return QString::fromLatin1(
        QCryptographicHash::hash(material.toUtf8(), QCryptographicHash::Sha256).toHex());
}

AuditRecord readRecord(const QSqlQuery& q)
{
    AuditRecord r;
    r.id = q.value(0).toLongLong();
    r.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
    r.user = q.value(2).toString();
    r.action = q.value(3).toString();
    r.table = q.value(4).toString();
    r.recordId = q.value(5).toLongLong();
    r.label = q.value(6).toString();
    r.before = QJsonDocument::fromJson(q.value(7).toString().toUtf8()).object();
    r.after = QJsonDocument::fromJson(q.value(8).toString().toUtf8()).object();
    r.prevHash = q.value(9).toString();
    r.hash = q.value(10).toString();
    return r;
}

} // namespace

QString AuditLog::currentUser()
{
    for (const char* var : {"SANGKIEN_USER", "USER", "USERNAME", "LOGNAME"}) {
        const QString name = qEnvironmentVariable(var);
        if (!name.isEmpty())
            return name;
    }
    return tr("unknown");
}

Status AuditLog::record(const QString& user, const QString& action, const QString& table, qint64 recordId,
                        const QString& label, const QJsonObject& before, const QJsonObject& after)
{
    QSqlQuery q(m_db.connection());
    QString prev = kGenesis;
    if (!q.exec(QStringLiteral("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1")))
        return sqlError(q, QStringLiteral("audit_log"));
    if (q.next())
        prev = q.value(0).toString();
    const QString at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    const QString beforeText = compact(before);
    const QString afterText = compact(after);
    q.prepare(
        QStringLiteral("INSERT INTO audit_log (at, user_name, action, table_name, record_id, record_label, "
                       "before_json, after_json, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(at);
    q.addBindValue(sql::text(user));
    q.addBindValue(action);
    q.addBindValue(table);
    q.addBindValue(sql::idOrNull(recordId));
    q.addBindValue(sql::text(label));
    q.addBindValue(beforeText.isEmpty() ? QVariant() : QVariant(beforeText));
    q.addBindValue(afterText.isEmpty() ? QVariant() : QVariant(afterText));
    q.addBindValue(prev);
    q.addBindValue(hashOf(prev, at, user, action, table, recordId, label, beforeText, afterText));
    if (!q.exec())
        return sqlError(q, QStringLiteral("audit_log"));
    return {};
}

Result<QList<AuditRecord>> AuditLog::forRecord(const QString& table, qint64 recordId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, at, user_name, action, table_name, record_id, record_label, "
                             "before_json, after_json, prev_hash, hash "
                             "FROM audit_log WHERE table_name = ? AND record_id = ? ORDER BY id"));
    q.addBindValue(table);
    q.addBindValue(recordId);
    if (!q.exec())
        return sqlError(q, QStringLiteral("audit_log"));
    QList<AuditRecord> list;
    while (q.next())
        list.append(readRecord(q));
    return list;
}

Result<QList<AuditRecord>> AuditLog::all() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT id, at, user_name, action, table_name, record_id, record_label, "
                               "before_json, after_json, prev_hash, hash "
                               "FROM audit_log ORDER BY id")))
        return sqlError(q, QStringLiteral("audit_log"));
    QList<AuditRecord> list;
    while (q.next())
        list.append(readRecord(q));
    return list;
}

int AuditLog::count() const
{
    QSqlQuery q(m_db.connection());
    return q.exec(QStringLiteral("SELECT count(*) FROM audit_log")) && q.next() ? q.value(0).toInt() : 0;
}

Result<qint64> AuditLog::firstBrokenRow() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, at, user_name, action, table_name, record_id, record_label, "
                               "before_json, after_json, prev_hash, hash FROM audit_log ORDER BY id")))
        return sqlError(q, QStringLiteral("audit_log"));
    QString prev = kGenesis;
    while (q.next()) {
        const QString expected = hashOf(prev, q.value(1).toString(), q.value(2).toString(),
                                        q.value(3).toString(), q.value(4).toString(), q.value(5).toLongLong(),
                                        q.value(6).toString(), q.value(7).toString(), q.value(8).toString());
        if (q.value(9).toString() != prev || q.value(10).toString() != expected)
            return q.value(0).toLongLong();
        prev = expected;
    }
    return qint64(0);
}

} // namespace sangkien
