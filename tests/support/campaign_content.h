#pragma once

#include <QByteArray>
#include <QStringList>

namespace sangkien {
class Database;
}

namespace sangkien::testing {

// What "unchanged" means for a campaign: one hash over the rows of every table, each table's rows
// sorted, whatever the file's pages look like. Two files with equal hashes hold the same content.
QByteArray contentHash(Database& db);

// Each entry as an import or an edit leaves it, one line in code order: code, title, kind, category,
// date received, source file and row, nominee (name, kind, birth year, position), unit, co-authors with
// their shares.
QStringList entryLines(Database& db);

} // namespace sangkien::testing
