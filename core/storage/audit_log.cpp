#include "audit_log.h"

#include "database.h"
#include "sql_value.h"
#include "sqlite_statement.h"

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

// Moves the anchor to the trail's new end, in the caller's transaction.
Status moveAnchor(Database& db, qint64 added, const QString& head)
{
    QSqlQuery q(db.connection());
    q.prepare(
        QStringLiteral("UPDATE trail_anchor SET row_count = row_count + ?, head_hash = ? WHERE id = 1"));
    q.addBindValue(added);
    q.addBindValue(head);
    if (!q.exec())
        return sqlError(q, QStringLiteral("trail_anchor"));
    return {};
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
    const QString hash = hashOf(prev, at, user, action, table, recordId, label, beforeText, afterText);
    q.addBindValue(hash);
    if (!q.exec())
        return sqlError(q, QStringLiteral("audit_log"));
    return moveAnchor(m_db, 1, hash);
}

struct AuditLog::Batch::Impl
{
    Database& db;
    QString user;
    QString at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    QString head = kGenesis;
    qint64 added = 0;
    bool ready = false;
    SqliteStatement insert;

    Impl(Database& database, const QString& who)
        : db(database)
        , user(who)
        , insert(database,
                 "INSERT INTO audit_log (at, user_name, action, table_name, record_id, record_label, "
                 "before_json, after_json, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
    {
        QSqlQuery q(db.connection());
        if (!insert.prepared() ||
            !q.exec(QStringLiteral("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1")))
            return;
        if (q.next())
            head = q.value(0).toString();
        ready = true;
    }
};

AuditLog::Batch::Batch(Database& db, const QString& user)
    : m_impl(new Impl(db, user))
{}

AuditLog::Batch::~Batch()
{
    delete m_impl;
}

Status AuditLog::Batch::append(const QString& action, const QString& table, qint64 recordId,
                               const QString& label, const QJsonObject& before, const QJsonObject& after)
{
    Impl& d = *m_impl;
    if (!d.ready)
        return Error{SqliteStatement::lastError(d.db), QStringLiteral("audit_log"),
                     SqliteStatement::lastErrorKind(d.db)};
    const QString beforeText = compact(before);
    const QString afterText = compact(after);
    const QString hash = hashOf(d.head, d.at, d.user, action, table, recordId, label, beforeText, afterText);
    d.insert.bind(1, d.at).bind(2, d.user).bind(3, action).bind(4, table).bindIdOrNull(5, recordId);
    d.insert.bind(6, label.isNull() ? QStringLiteral("") : label);
    beforeText.isEmpty() ? d.insert.bindNull(7) : d.insert.bind(7, beforeText);
    afterText.isEmpty() ? d.insert.bindNull(8) : d.insert.bind(8, afterText);
    d.insert.bind(9, d.head).bind(10, hash);
    if (!d.insert.exec())
        return Error{d.insert.error(), QStringLiteral("audit_log"), SqliteStatement::lastErrorKind(d.db)};
    d.head = hash;
    ++d.added;
    return {};
}

Status AuditLog::Batch::finish()
{
    Impl& d = *m_impl;
    if (!d.added)
        return {};
    const qint64 added = d.added;
    d.added = 0;
    return moveAnchor(d.db, added, d.head);
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

Result<QString> AuditLog::anchorMismatch() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT row_count, head_hash FROM trail_anchor WHERE id = 1")))
        return sqlError(q, QStringLiteral("trail_anchor"));
    if (!q.next())
        return tr("The audit trail's anchor (its row count and last hash) was removed outside the program.");
    const qint64 anchoredRows = q.value(0).toLongLong();
    const QString anchoredHead = q.value(1).toString();
    if (!q.exec(QStringLiteral("SELECT count(*), (SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1) "
                               "FROM audit_log")) ||
        !q.next())
        return sqlError(q, QStringLiteral("audit_log"));
    const qint64 rows = q.value(0).toLongLong();
    const QString head = q.value(1).toString();
    if (rows == 0 && anchoredRows > 0)
        return tr("The whole audit trail (%1 rows) was deleted outside the program.").arg(anchoredRows);
    if (rows < anchoredRows)
        return tr("%1 rows at the end of the audit trail were deleted outside the program (it had %2, it "
                  "has %3).")
            .arg(anchoredRows - rows)
            .arg(anchoredRows)
            .arg(rows);
    if (rows != anchoredRows || head != anchoredHead)
        return tr("The audit trail does not end where its anchor says (%1 rows expected, %2 found): rows "
                  "were added or replaced outside the program.")
            .arg(anchoredRows)
            .arg(rows);
    return QString();
}

} // namespace sangkien
