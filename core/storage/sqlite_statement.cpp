#include "sqlite_statement.h"

#include "database.h"
#include "sqlite_error.h"

#include <QSqlDriver>
#include <QStringEncoder>
#include <QVariant>
#include <sqlite3.h>

namespace sangkien {
namespace {

sqlite3* handleOf(Database& db)
{
    const QVariant v = db.connection().driver()->handle();
    if (qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(v.data());
}

// UTF-16 to UTF-8 into out, reusing its capacity, by Qt's own encoder; false on a lone surrogate (out
// then undefined).
bool toUtf8(const QString& s, QByteArray& out)
{
    if (s.isEmpty()) {
        out.resize(0);
        return true;
    }
    QStringEncoder encoder(QStringEncoder::Utf8, QStringEncoder::Flag::Stateless);
    out.resize(encoder.requiredSpace(s.size()));
    char* end = encoder.appendToBuffer(out.data(), s);
    if (encoder.hasError())
        return false;
    out.resize(end - out.constData());
    return true;
}

} // namespace

SqliteStatement::SqliteStatement(Database& db, const char* sql)
    : m_db(handleOf(db))
{
    m_rc = m_db ? sqlite3_prepare_v2(m_db, sql, -1, &m_stmt, nullptr) : SQLITE_ERROR;
    if (m_stmt) {
        m_owner = &db;
        m_owner->adopt(this);
    }
}

SqliteStatement::~SqliteStatement()
{
    release();
}

void SqliteStatement::release()
{
    if (m_owner)
        m_owner->forget(this);
    sqlite3_finalize(m_stmt);
    m_owner = nullptr;
    m_stmt = nullptr;
    m_db = nullptr;
    m_rc = SQLITE_MISUSE;
}

bool SqliteStatement::available(Database& db)
{
    return handleOf(db) != nullptr;
}

QString SqliteStatement::lastError(Database& db)
{
    sqlite3* handle = handleOf(db);
    return handle ? QString::fromUtf8(sqlite3_errmsg(handle)) : QString();
}

ErrorKind SqliteStatement::lastErrorKind(Database& db)
{
    sqlite3* handle = handleOf(db);
    return handle ? sqliteErrorKind(sqlite3_extended_errcode(handle), sqlite3_system_errno(handle))
                  : ErrorKind::Storage;
}

bool SqliteStatement::prepared() const
{
    return m_rc == SQLITE_OK;
}

SqliteStatement& SqliteStatement::bind(int i, qint64 v)
{
    sqlite3_bind_int64(m_stmt, i, v);
    return *this;
}

SqliteStatement& SqliteStatement::bind(int i, double v)
{
    sqlite3_bind_double(m_stmt, i, v);
    return *this;
}

SqliteStatement& SqliteStatement::bind(int i, const QString& v)
{
    if (i < 1)
        return *this;
    if (m_text.size() <= size_t(i))
        m_text.resize(size_t(i) + 1);
    QByteArray& utf8 = m_text[size_t(i)];
    if (!toUtf8(v, utf8))
        utf8 = v.toUtf8(); // a lone surrogate: as QString writes it
    // The buffer stays as it is until this parameter is bound again or the statement is destroyed.
    sqlite3_bind_text(m_stmt, i, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
    return *this;
}

SqliteStatement& SqliteStatement::bindNull(int i)
{
    sqlite3_bind_null(m_stmt, i);
    return *this;
}

bool SqliteStatement::exec()
{
    if (!m_stmt)
        return false;
    const int rc = sqlite3_step(m_stmt);
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    return rc == SQLITE_DONE;
}

bool SqliteStatement::nextRow()
{
    const int rc = sqlite3_step(m_stmt);
    m_stepFailed = rc != SQLITE_ROW && rc != SQLITE_DONE;
    return rc == SQLITE_ROW;
}

qint64 SqliteStatement::int64(int col) const
{
    return sqlite3_column_int64(m_stmt, col);
}

double SqliteStatement::real(int col) const
{
    return sqlite3_column_double(m_stmt, col);
}

QString SqliteStatement::string(int col) const
{
    return QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, col)),
                             sqlite3_column_bytes(m_stmt, col));
}

QByteArrayView SqliteStatement::utf8(int col) const
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, col));
    return QByteArrayView(text, text ? sqlite3_column_bytes(m_stmt, col) : 0);
}

bool SqliteStatement::isNull(int col) const
{
    return sqlite3_column_type(m_stmt, col) == SQLITE_NULL;
}

qint64 SqliteStatement::lastId() const
{
    return m_db ? sqlite3_last_insert_rowid(m_db) : 0;
}

QString SqliteStatement::error() const
{
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString();
}

} // namespace sangkien
