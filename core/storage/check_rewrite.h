#pragma once

#include "common/result.h"

#include <QString>

namespace sangkien {

class Database;

// Rewrites a column's CHECK (column IN ('a', 'b', 'c')) as CHECK (column = 'a' OR column = 'b' OR …) in
// the stored schema, by SQLite's documented procedure for changing a CHECK constraint in place (writable
// schema, schema version bumped), inside the caller's transaction. The two accept the same values, but
// SQLite evaluates an IN list of three or more values by building a temporary b-tree on every row written:
// a quarter of an import's work went into those for entry.status and nominee.gender. A table whose CHECK
// is not written that way (already rewritten) is left as it is.
Status rewriteInListCheck(Database& db, const QString& table, const QString& column);

} // namespace sangkien
