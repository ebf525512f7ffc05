#pragma once

#include "cli_common.h"

#include <QStringList>

namespace sangkien::cli {

// `import FILE SPREADSHEET [--sheet NAME] [--mapping MAP.json] [--dry-run] [--format json]`
// Declared apart from commands.h until it is registered there.
CommandSpec importSpec();
int runImport(const QStringList& arguments);

} // namespace sangkien::cli
