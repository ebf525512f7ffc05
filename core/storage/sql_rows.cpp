#include "sql_rows.h"

#include "database.h"
#include "sqlite_statement.h"

#include <QSqlError>

namespace sangkien {

SqlRows::SqlRows(Database& db, const char* sql, const QStringList& binds)
    : m_db(db)
{
    if (SqliteStatement::available(db)) {
        m_statement = std::make_unique<SqliteStatement>(db, sql);
        m_ok = m_statement->prepared();
        for (int i = 0; m_ok && i < binds.size(); ++i)
            m_statement->bind(i + 1, binds[i]);
        return;
    }
    m_query = QSqlQuery(db.connection());
    m_query.setForwardOnly(true);
    m_ok = m_query.prepare(QString::fromUtf8(sql));
    for (const QString& value : binds)
        m_query.addBindValue(value);
    m_ok = m_ok && m_query.exec();
}

SqlRows::~SqlRows() = default;

bool SqlRows::next()
{
    if (!m_ok)
        return false;
    if (m_statement) {
        if (m_statement->nextRow())
            return true;
        m_ok = !m_statement->stepFailed();
        return false;
    }
    if (m_query.next())
        return true;
    m_ok = !m_query.lastError().isValid();
    return false;
}

qint64 SqlRows::int64(int col) const
{
    return m_statement ? m_statement->int64(col) : m_query.value(col).toLongLong();
}

double SqlRows::real(int col) const
{
    return m_statement ? m_statement->real(col) : m_query.value(col).toDouble();
}

QString SqlRows::string(int col) const
{
    return m_statement ? m_statement->string(col) : m_query.value(col).toString();
}

bool SqlRows::isNull(int col) const
{
    return m_statement ? m_statement->isNull(col) : m_query.value(col).isNull();
}

std::optional<Error> SqlRows::error(const QString& place) const
{
    if (m_ok)
        return std::nullopt;
    if (m_statement)
        return Error{m_statement->error(), place, SqliteStatement::lastErrorKind(m_db)};
    return sqlError(m_query, place);
}

} // namespace sangkien
