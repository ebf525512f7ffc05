#pragma once

#include "common/result.h"

namespace sangkien {

class Database;

// Writes every entry's search key again from its fields (EntryRepository::makeSearchKey): for the
// migration that made the key a field key (the fields folded apart), so a search's tier is read from the
// stored key without the fields. Runs inside the caller's transaction.
Status refreshEntrySearchKeys(Database& db);

} // namespace sangkien
