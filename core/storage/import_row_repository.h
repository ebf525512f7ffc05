#pragma once

#include "common/result.h"

#include <QSet>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <memory>

namespace sangkien {

class Database;
class SqliteStatement;

// Which rows of which file (by its SHA-256) and sheet were imported, so the same file imported again
// imports nothing. One repository for a batch: record() writes the file once (import_file) and keeps its
// statement prepared.
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
    // The id of the import's file row, written on first use.
    Result<qint64> fileId(const QString& fileSha256, const QString& sheet, const QString& fileName,
                          const QString& importedAt, const QString& place);

    Database& m_db;
    QStringList m_file; // the file m_fileId was written for
    qint64 m_fileId = 0;
    QSqlQuery m_insert;
    std::unique_ptr<SqliteStatement> m_raw; // the same insert on SQLite's own API, when available
    bool m_prepared = false;
};

} // namespace sangkien
