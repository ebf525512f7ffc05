#include "import_row_repository.h"

#include "database.h"
#include "sqlite_statement.h"

namespace sangkien {

ImportRowRepository::ImportRowRepository(Database& db)
    : m_db(db)
    , m_insert(db.connection())
{}

ImportRowRepository::~ImportRowRepository() = default;

Result<QSet<int>> ImportRowRepository::importedRows(const QString& fileSha256, const QString& sheet) const
{
    QSet<int> rows;
    QSqlQuery exists(m_db.connection());
    if (!exists.exec(
            QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'import_row'")) ||
        !exists.next())
        return rows;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT row FROM import_row WHERE file_sha256 = ? AND sheet = ?"));
    q.addBindValue(fileSha256);
    q.addBindValue(sheet);
    if (!q.exec())
        return sqlError(q, m_db.path());
    while (q.next())
        rows.insert(q.value(0).toInt());
    return rows;
}

Status ImportRowRepository::record(const QString& fileSha256, const QString& sheet, int row, qint64 entryId,
                                   const QString& fileName, const QString& importedAt, const QString& place)
{
    static constexpr const char* kInsert = "INSERT OR REPLACE INTO import_row (file_sha256, sheet, row, "
                                           "entry_id, file_name, imported_at) VALUES (?, ?, ?, ?, ?, ?)";
    if (!m_prepared && SqliteStatement::available(m_db)) {
        m_raw = std::make_unique<SqliteStatement>(m_db, kInsert);
        if (!m_raw->prepared())
            m_raw.reset();
    }
    if (m_raw) {
        m_prepared = true;
        m_raw->bind(1, fileSha256).bind(2, sheet).bind(3, row).bind(4, entryId).bind(5, fileName);
        m_raw->bind(6, importedAt);
        if (!m_raw->exec())
            return Error{m_raw->error(), place, SqliteStatement::lastErrorKind(m_db)};
        return {};
    }
    if (!m_prepared) {
        if (!m_insert.prepare(QString::fromLatin1(kInsert)))
            return sqlError(m_insert, place);
        m_prepared = true;
    }
    m_insert.addBindValue(fileSha256);
    m_insert.addBindValue(sheet);
    m_insert.addBindValue(row);
    m_insert.addBindValue(entryId);
    m_insert.addBindValue(fileName);
    m_insert.addBindValue(importedAt);
    if (!m_insert.exec())
        return sqlError(m_insert, place);
    return {};
}

} // namespace sangkien
