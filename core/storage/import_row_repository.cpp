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
            QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'import_file'")) ||
        !exists.next())
        return rows;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT r.row FROM import_file f JOIN import_row r ON r.file_id = f.id "
                             "WHERE f.file_sha256 = ? AND f.sheet = ?"));
    q.addBindValue(fileSha256);
    q.addBindValue(sheet);
    if (!q.exec())
        return sqlError(q, m_db.path());
    while (q.next())
        rows.insert(q.value(0).toInt());
    return rows;
}

Result<qint64> ImportRowRepository::fileId(const QString& fileSha256, const QString& sheet,
                                           const QString& fileName, const QString& importedAt,
                                           const QString& place)
{
    const QStringList file{fileSha256, sheet, fileName, importedAt};
    if (m_fileId != 0 && m_file == file)
        return m_fileId;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO import_file (file_sha256, sheet, file_name, imported_at) VALUES (?, ?, ?, ?)"));
    for (const QString& value : file)
        q.addBindValue(value);
    if (!q.exec())
        return sqlError(q, place);
    m_file = file;
    m_fileId = q.lastInsertId().toLongLong();
    return m_fileId;
}

Status ImportRowRepository::record(const QString& fileSha256, const QString& sheet, int row, qint64 entryId,
                                   const QString& fileName, const QString& importedAt, const QString& place)
{
    // The file once per import; each row only its number and entry.
    auto file = fileId(fileSha256, sheet, fileName, importedAt, place);
    if (!file)
        return file.error();
    static constexpr const char* kInsert = "INSERT INTO import_row (file_id, row, entry_id) VALUES (?, ?, ?)";
    if (!m_prepared && SqliteStatement::available(m_db)) {
        m_raw = std::make_unique<SqliteStatement>(m_db, kInsert);
        if (!m_raw->prepared())
            m_raw.reset();
    }
    if (m_raw) {
        m_prepared = true;
        m_raw->bind(1, *file).bind(2, row).bind(3, entryId);
        if (!m_raw->exec())
            return Error{m_raw->error(), place, SqliteStatement::lastErrorKind(m_db)};
        return {};
    }
    if (!m_prepared) {
        if (!m_insert.prepare(QString::fromLatin1(kInsert)))
            return sqlError(m_insert, place);
        m_prepared = true;
    }
    m_insert.addBindValue(*file);
    m_insert.addBindValue(row);
    m_insert.addBindValue(entryId);
    if (!m_insert.exec())
        return sqlError(m_insert, place);
    return {};
}

} // namespace sangkien
