#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <functional>
#include <memory>
#include <vector>

namespace sangkien {

class SqliteStatement;

// One open campaign file: a SQLite database with our application id, numbered migrations recorded in
// PRAGMA user_version, foreign keys on and a WAL journal. Each instance owns its own connection.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    enum class Mode
    {
        ReadWrite,
        ReadOnly
    };

    // Written into PRAGMA application_id so a campaign file can be told from any other SQLite file.
    static constexpr int kApplicationId = 0x536B4B6E; // "SkKn"
    static constexpr const char* kFileSuffix = "sangkien";

    // Opens an existing campaign file and brings its schema up to date (ReadWrite only).
    // Refuses, without changing a byte, a missing file, a file that is not a campaign and a file made by
    // a newer version of the program.
    static Result<std::unique_ptr<Database>> open(const QString& path, Mode mode = Mode::ReadWrite);
    // Creates a new campaign file with the current schema; refuses to overwrite an existing file.
    static Result<std::unique_ptr<Database>> create(const QString& path);

    // The schema version this build writes: the number of the last migration.
    static int currentSchemaVersion();

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    Mode mode() const { return m_mode; }
    int schemaVersion() const;

    // Runs work inside BEGIN IMMEDIATE … COMMIT; rolls back when work fails or the commit does.
    // Inside another transaction it runs within a savepoint instead, so a user action made of several
    // writes (an entry and its papers) is still one transaction: an inner failure undoes only its own
    // part and reports it, and the outer transaction decides.
    Status transaction(const std::function<Status()>& work);
    bool inTransaction() const;

    // Runs a script of several SQL statements (migrations, pragmas).
    Status execScript(const QString& sql);

private:
    friend class SqliteStatement;
    // Statements made on the raw connection, finalized before it closes (as QSQLITE does with its
    // own): an unfinalized statement makes sqlite3_close fail and the file stay open.
    void adopt(SqliteStatement* statement);
    void forget(SqliteStatement* statement);

    Database(QString path, Mode mode, QString connectionName);
    Status configure();
    Status migrate();

    QString m_path;
    Mode m_mode;
    QString m_connectionName;
    std::vector<SqliteStatement*> m_statements;
};

// The error of the last statement on a query, as an Error whose place is given.
Error sqlError(const class QSqlQuery& query, const QString& place = {});

} // namespace sangkien
