#pragma once

#include "common/result.h"

#include <QByteArrayView>
#include <QString>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace sangkien {

class Database;

// A statement prepared once on the campaign's own SQLite connection and run for many rows without
// QtSql's cost per row: for bulk writers (the demo generator), inside a Database::transaction.
// A statement may outlive its database: the database finalizes it when it closes.
class SqliteStatement
{
public:
    SqliteStatement(Database& db, const char* sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    // Whether the database's connection is an open SQLite one (statements can be made on it).
    static bool available(Database& db);
    // The connection's last error message, and its kind from SQLite's extended code.
    static QString lastError(Database& db);
    static ErrorKind lastErrorKind(Database& db);

    bool prepared() const;
    SqliteStatement& bind(int i, qint64 v);
    SqliteStatement& bind(int i, int v) { return bind(i, qint64(v)); }
    SqliteStatement& bind(int i, double v);
    SqliteStatement& bind(int i, const QString& v);
    SqliteStatement& bindNull(int i);
    SqliteStatement& bindIdOrNull(int i, qint64 id) { return id ? bind(i, id) : bindNull(i); }

    // Runs a statement that returns no rows and makes it ready for the next one.
    bool exec();
    // The next row of a query; false at the end or on an error (stepFailed() tells which).
    bool nextRow();
    bool stepFailed() const { return m_stepFailed; }
    qint64 int64(int col) const;
    double real(int col) const;
    QString string(int col) const;
    // The value's UTF-8 bytes, valid until the next step (no copy).
    QByteArrayView utf8(int col) const;
    bool isNull(int col) const;
    qint64 lastId() const;
    QString error() const;

private:
    friend class Database;
    // Finalizes the statement when its database closes first; later calls fail harmlessly.
    void release();

    Database* m_owner = nullptr;
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    int m_rc = 1; // SQLITE_ERROR until prepared
    bool m_stepFailed = false;
    // Each text parameter's UTF-8, written in place and bound without SQLite copying it: a statement run
    // for thousands of rows reuses the same buffers instead of two allocations per value.
    std::vector<QByteArray> m_text;
};

} // namespace sangkien
