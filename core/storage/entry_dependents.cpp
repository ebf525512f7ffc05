#include "storage/entry_dependents.h"

#include "storage/database.h"

#include <QSqlQuery>

namespace sangkien {

int EntryDependents::rowCount() const
{
    int n = 0;
    for (const Table& t : tables)
        n += static_cast<int>(t.rows.size());
    return n;
}

QStringList EntryDependentsStore::tableNames()
{
    return {QStringLiteral("entry_status_change"), QStringLiteral("entry_document"),
            QStringLiteral("entry_attachment"),    QStringLiteral("import_row"),
            QStringLiteral("assignment"),          QStringLiteral("conflict_override")};
}

Result<EntryDependents> EntryDependentsStore::capture(Database& db, qint64 entryId)
{
    EntryDependents captured;
    QSqlQuery q(db.connection());
    for (const QString& table : tableNames()) {
        EntryDependents::Table t;
        t.name = table;
        // The columns come from the schema itself, so a later migration's new column is kept too.
        q.prepare(QStringLiteral("SELECT name FROM pragma_table_info(?) ORDER BY cid"));
        q.addBindValue(table);
        if (!q.exec())
            return sqlError(q, table);
        while (q.next())
            t.columns << q.value(0).toString();
        if (t.columns.isEmpty())
            continue; // an older file without this table
        // Identifiers from the fixed list above and from the schema; the entry id is bound.
        q.prepare(QStringLiteral("SELECT \"%1\" FROM \"%2\" WHERE entry_id = ?") // sql-hygiene: reviewed
                      .arg(t.columns.join(QStringLiteral("\", \"")), table));
        q.addBindValue(entryId);
        if (!q.exec())
            return sqlError(q, table);
        while (q.next()) {
            QVariantList row;
            for (int i = 0; i < t.columns.size(); ++i)
                row << q.value(i);
            t.rows << row;
        }
        if (!t.rows.isEmpty())
            captured.tables << t;
    }
    return captured;
}

Status EntryDependentsStore::restore(Database& db, const EntryDependents& dependents)
{
    QSqlQuery q(db.connection());
    for (const EntryDependents::Table& t : dependents.tables) {
        if (!tableNames().contains(t.name))
            return Error{QStringLiteral("unknown table"), t.name, ErrorKind::Storage};
        QStringList marks;
        for (qsizetype i = 0; i < t.columns.size(); ++i)
            marks << QStringLiteral("?");
        q.prepare(
            QStringLiteral("INSERT INTO \"%1\" (\"%2\") VALUES (%3)") // sql-hygiene: reviewed
                .arg(t.name, t.columns.join(QStringLiteral("\", \"")), marks.join(QStringLiteral(", "))));
        for (const QVariantList& row : t.rows) {
            for (const QVariant& value : row)
                q.addBindValue(value);
            if (!q.exec())
                return sqlError(q, t.name);
        }
    }
    return {};
}

} // namespace sangkien
