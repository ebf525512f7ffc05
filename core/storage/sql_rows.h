#pragma once

#include "common/result.h"

#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <memory>

namespace sangkien {

class Database;
class SqliteStatement;

// The rows of one read-only query, read through SQLite's own API when the campaign is a SQLite file (no
// QVariant, no UTF-16 copy per value) and through QtSql otherwise. For the large reads (the ranking's
// points, the entries), where QtSql's cost per value is most of the time.
class SqlRows
{
public:
    // binds: the values of the query's ? placeholders, in order.
    SqlRows(Database& db, const char* sql, const QStringList& binds = {});
    ~SqlRows();
    SqlRows(const SqlRows&) = delete;
    SqlRows& operator=(const SqlRows&) = delete;

    // The next row; false at the end or on an error (error() then says which).
    bool next();
    qint64 int64(int col) const;
    double real(int col) const;
    QString string(int col) const;
    bool isNull(int col) const;

    // The query's error, placed at place; nullopt when it ran to the end.
    std::optional<Error> error(const QString& place) const;

private:
    Database& m_db;
    std::unique_ptr<SqliteStatement> m_statement;
    QSqlQuery m_query;
    bool m_ok = true;
};

} // namespace sangkien
