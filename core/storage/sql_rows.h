#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QDate>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <memory>
#include <vector>

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
    // The value's UTF-8 bytes, valid until the next row or the next call (no copy when the campaign is a
    // SQLite file).
    QByteArrayView utf8(int col);
    // A column of few distinct values (codes, statuses, kinds, districts): each distinct text is converted
    // once and shared, not copied into a new string for every row.
    QString repeatedString(int col);
    // An ISO date (YYYY-MM-DD); invalid when the value is not one.
    QDate date(int col) const;
    bool isNull(int col) const;

    // The query's error, placed at place; nullopt when it ran to the end.
    std::optional<Error> error(const QString& place) const;

private:
    Database& m_db;
    std::unique_ptr<SqliteStatement> m_statement;
    QSqlQuery m_query;
    bool m_ok = true;
    QByteArray m_utf8; // utf8()'s bytes when read through QtSql
    // repeatedString's texts by column: each column's distinct values, few enough to look up in order.
    std::vector<std::vector<std::pair<QByteArray, QString>>> m_repeated;
};

} // namespace sangkien
