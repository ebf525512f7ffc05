#include "sqlite_error.h"

#include "common/file_error.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>
#include <cerrno>
#include <sqlite3.h>

namespace sangkien {

ErrorKind sqliteErrorKind(int extendedCode, int systemErrno)
{
    switch (extendedCode & 0xff) {
    case SQLITE_FULL:
        return ErrorKind::DiskFull;
    case SQLITE_READONLY:
        return ErrorKind::ReadOnly;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return ErrorKind::Locked;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return ErrorKind::Damaged;
    case SQLITE_CONSTRAINT:
        return extendedCode == SQLITE_CONSTRAINT_UNIQUE || extendedCode == SQLITE_CONSTRAINT_PRIMARYKEY
                   ? ErrorKind::Conflict
                   : ErrorKind::Refused;
    case SQLITE_PERM:
    case SQLITE_AUTH:
        return ErrorKind::ReadOnly;
    case SQLITE_CANTOPEN:
    case SQLITE_IOERR:
        // The operating system's reason decides: a read-only folder, a name too long, a full disk.
        if (systemErrno != 0 && FileError::kindOf(systemErrno) != ErrorKind::Storage)
            return FileError::kindOf(systemErrno);
        if (extendedCode == SQLITE_IOERR_WRITE || extendedCode == SQLITE_IOERR_FSYNC ||
            extendedCode == SQLITE_IOERR_TRUNCATE || extendedCode == SQLITE_IOERR_SHMSIZE)
            return ErrorKind::DiskFull;
        return ErrorKind::Storage;
    default:
        return ErrorKind::Storage;
    }
}

ErrorKind sqliteErrorKind(sqlite3* handle, const QSqlError& error)
{
    bool ok = false;
    const int primary = error.nativeErrorCode().toInt(&ok);
    if (!handle)
        return ok ? sqliteErrorKind(primary, 0) : ErrorKind::Storage;
    const int extended = sqlite3_extended_errcode(handle);
    if (ok && (extended & 0xff) != primary)
        return sqliteErrorKind(primary, 0);
    return sqliteErrorKind(extended, sqlite3_system_errno(handle));
}

sqlite3* sqliteHandle(const QSqlDatabase& db)
{
    if (!db.driver())
        return nullptr;
    const QVariant v = db.driver()->handle();
    if (qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(v.data());
}

} // namespace sangkien
