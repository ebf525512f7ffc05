#pragma once

#include "common/result.h"

struct sqlite3;
class QSqlDatabase;
class QSqlError;

namespace sangkien {

// The kind of a SQLite failure from its extended result code (QSQLITE reports only primary codes, so the
// extended one is read from the native handle) and, for a file that cannot be opened or written, the
// operating system's error number.
ErrorKind sqliteErrorKind(int extendedCode, int systemErrno);

// The kind of the last failure on a connection whose Qt error is error: its primary code from Qt, the
// extended code and errno from the handle when they belong to the same failure.
ErrorKind sqliteErrorKind(sqlite3* handle, const QSqlError& error);

// The native handle of a QSQLITE connection, or nullptr.
sqlite3* sqliteHandle(const QSqlDatabase& db);

} // namespace sangkien
