#pragma once

#include "common/result.h"

#include <QSet>
#include <QSqlQuery>
#include <QString>

namespace sangkien {

class Database;

// Which rows of which file (by its SHA-256) and sheet were imported, so the same file imported again
// imports nothing. One repository for a batch: record() keeps its statement prepared.
class ImportRowRepository
{
public:
    explicit ImportRowRepository(Database& db);

    // The rows of the file's sheet imported before (none in a file older than the table).
    Result<QSet<int>> importedRows(const QString& fileSha256, const QString& sheet) const;
    // Inside the caller's transaction.
    Status record(const QString& fileSha256, const QString& sheet, int row, qint64 entryId,
                  const QString& fileName, const QString& importedAt, const QString& place);

private:
    Database& m_db;
    QSqlQuery m_insert;
    bool m_prepared = false;
};

} // namespace sangkien
