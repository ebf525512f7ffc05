#pragma once

#include "common/result.h"

#include <QSet>
#include <QSqlQuery>
#include <QString>
#include <memory>

namespace sangkien {

class Database;
class SqliteStatement;

// Which rows of which file (by its SHA-256) and sheet were imported, so the same file imported again
// imports nothing. One repository for a batch: record() keeps its statement prepared.
class ImportRowRepository
{
public:
    explicit ImportRowRepository(Database& db);
    ~ImportRowRepository();

    // The rows of the file's sheet imported before (none in a file older than the table).
    Result<QSet<int>> importedRows(const QString& fileSha256, const QString& sheet) const;
    // Inside the caller's transaction.
    Status record(const QString& fileSha256, const QString& sheet, int row, qint64 entryId,
                  const QString& fileName, const QString& importedAt, const QString& place);

private:
    Database& m_db;
    QSqlQuery m_insert;
    std::unique_ptr<SqliteStatement> m_raw; // the same insert on SQLite's own API, when available
    bool m_prepared = false;
};

} // namespace sangkien
