#include "check_rewrite.h"

#include "database.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QStringList>

namespace sangkien {
namespace {

// The values of an IN list as written in the schema: plain quoted texts or integers, nothing else (a
// list this code cannot read whole is left alone).
std::optional<QStringList> listValues(QStringView list)
{
    static const QRegularExpression value(QStringLiteral("^('[^']*'|-?[0-9]+)$"));
    QStringList values;
    for (QStringView part : list.split(u',')) {
        const QString v = part.trimmed().toString();
        if (!value.match(v).hasMatch())
            return std::nullopt;
        values << v;
    }
    return values;
}

} // namespace

Status rewriteInListCheck(Database& db, const QString& table, const QString& column)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?"));
    q.addBindValue(table);
    if (!q.exec())
        return sqlError(q, table);
    if (!q.next())
        return {};
    const QString sql = q.value(0).toString();
    q.finish();

    const QString opening = QStringLiteral("CHECK (%1 IN (").arg(column);
    const qsizetype start = sql.indexOf(opening);
    if (start < 0)
        return {}; // rewritten already, or never written that way
    const qsizetype listStart = start + opening.size();
    const qsizetype listEnd = sql.indexOf(QLatin1String("))"), listStart);
    if (listEnd < 0)
        return {};
    const auto values = listValues(QStringView(sql).mid(listStart, listEnd - listStart));
    if (!values)
        return {};
    QStringList alternatives;
    for (const QString& v : *values)
        alternatives << QStringLiteral("%1 = %2").arg(column, v);
    const QString rewritten = sql.left(start) + QStringLiteral("CHECK (") +
                              alternatives.join(QStringLiteral(" OR ")) + QLatin1Char(')') +
                              sql.mid(listEnd + 2);

    // SQLite's procedure for changing a CHECK constraint without rebuilding the table: the schema row
    // edited with writable_schema, then the schema version moved on so every connection reads it again.
    if (!q.exec(QStringLiteral("PRAGMA schema_version")) || !q.next())
        return sqlError(q, table);
    const qint64 version = q.value(0).toLongLong();
    q.finish();
    if (auto s = db.execScript(QStringLiteral("PRAGMA writable_schema = ON;")); !s)
        return s;
    q.prepare(QStringLiteral("UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = ?"));
    q.addBindValue(rewritten);
    q.addBindValue(table);
    const bool updated = q.exec();
    const Error updateError = updated ? Error{} : sqlError(q, table);
    q.finish();
    auto bumped = db.execScript(
        QStringLiteral("PRAGMA schema_version = %1;").arg(version + 1)); // sql-hygiene: reviewed
    auto off = db.execScript(QStringLiteral("PRAGMA writable_schema = OFF;"));
    if (!updated)
        return updateError;
    if (!bumped)
        return bumped;
    if (!off)
        return off;
    // The table read through its new text: a schema SQLite cannot parse fails here, and the caller's
    // transaction puts the old text back.
    if (!q.exec(QStringLiteral("SELECT count(*) FROM \"%1\" WHERE 0").arg(table))) // sql-hygiene: reviewed
        return sqlError(q, table);
    return {};
}

} // namespace sangkien
