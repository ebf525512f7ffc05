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

QByteArrayView SqlRows::utf8(int col)
{
    if (m_statement)
        return m_statement->utf8(col);
    m_utf8 = m_query.value(col).toString().toUtf8();
    return m_utf8;
}

QString SqlRows::repeatedString(int col)
{
    if (!m_statement)
        return string(col);
    // Beyond this many distinct values a column is not one of codes: looking up would cost more than it
    // saves.
    constexpr std::size_t kMostKept = 32;
    const QByteArrayView bytes = m_statement->utf8(col);
    if (std::size_t(col) >= m_repeated.size())
        m_repeated.resize(std::size_t(col) + 1);
    auto& kept = m_repeated[std::size_t(col)];
    for (const auto& [text, value] : kept)
        if (text == bytes)
            return value;
    QString value = QString::fromUtf8(bytes);
    if (kept.size() < kMostKept)
        kept.emplace_back(bytes.toByteArray(), value);
    return value;
}

QDate SqlRows::date(int col) const
{
    if (!m_statement)
        return QDate::fromString(string(col), Qt::ISODate);
    const QByteArrayView b = m_statement->utf8(col);
    const auto digits = [&](qsizetype from, qsizetype count) {
        int n = 0;
        for (qsizetype i = from; i < from + count; ++i) {
            if (b[i] < '0' || b[i] > '9')
                return -1;
            n = n * 10 + (b[i] - '0');
        }
        return n;
    };
    if (b.size() != 10 || b[4] != '-' || b[7] != '-')
        return QDate::fromString(QString::fromUtf8(b), Qt::ISODate);
    const int y = digits(0, 4), m = digits(5, 2), d = digits(8, 2);
    if (y < 0 || m < 0 || d < 0)
        return QDate();
    return QDate(y, m, d); // invalid for an impossible day, as QDate::fromString gives
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
