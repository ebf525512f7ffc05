#pragma once

#include "storage/database.h"

#include <QSqlQuery>
#include <catch2/catch.hpp>

namespace sangkien::testing {

// Tests that turn a campaign back into an older schema (to see a migration run on it) undo the later
// migrations first. Migration 20: the imported rows keyed by the file's content on every row again, as
// migration 5 made them (the rows already recorded are dropped; tests that need them write their own).
inline void undoImportFiles(Database& db)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("DROP TABLE import_row")));
    REQUIRE(q.exec(QStringLiteral("DROP TABLE import_file")));
    REQUIRE(q.exec(QStringLiteral(
        "CREATE TABLE import_row (file_sha256 TEXT NOT NULL, sheet TEXT NOT NULL, row INTEGER NOT NULL, "
        "entry_id INTEGER NOT NULL REFERENCES entry(id) ON DELETE CASCADE, file_name TEXT NOT NULL, "
        "imported_at TEXT NOT NULL, PRIMARY KEY (file_sha256, sheet, row))")));
    REQUIRE(q.exec(QStringLiteral("CREATE INDEX import_row_entry ON import_row(entry_id)")));
}

} // namespace sangkien::testing
