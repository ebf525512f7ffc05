// `backup FILE --out PATH`: a consistent copy of a campaign that may be open elsewhere.
#include "commands.h"
#include "storage/backup_manager.h"
#include "storage/database.h"
#include "storage/output_target.h"

namespace sangkien::cli {

CommandSpec backupSpec()
{
    return {
        QStringLiteral("backup"), QStringLiteral("backup FILE --out PATH"), 1, {QStringLiteral("--out")}, {}};
}

int runBackup(const QStringList& arguments)
{
    auto args = parseArgs(arguments, backupSpec());
    if (!args)
        return usageError(args.error().message, args.error().place);
    const QString out = args->value(QStringLiteral("--out"));
    if (out.isEmpty())
        return usageError(Cli::tr("Say where to write the copy with --out PATH."), QStringLiteral("backup"));
    // Never over the campaign, another campaign, a package, or a name SQLite uses (FILE-journal: every
    // later open would take the copy for the campaign's hot journal).
    if (auto target = OutputTarget::check(out, {args->positionals.at(0)}); !target)
        return fail(target.error(), Stage::OtherFile);
    // Read-only: a backup never changes the campaign, and works while the GUI holds it.
    auto opened = Database::open(args->positionals.at(0), Database::Mode::ReadOnly);
    if (!opened)
        return fail(opened.error());
    if (auto copied = BackupManager::copyTo(**opened, out); !copied)
        return fail(copied.error(), Stage::OtherFile);
    writeErr(Cli::tr("Wrote a consistent copy to %1.").arg(out));
    return Ok;
}

} // namespace sangkien::cli
