// `units-import FILE --from SPREADSHEET [--user NAME]`: adds the units a list names to the campaign (the
// province's communes, departments after a merger); units already there are left; all or nothing.
#include "commands.h"
#include "services/units_import.h"
#include "storage/audit_log.h"
#include "storage/database.h"

namespace sangkien::cli {

CommandSpec unitsImportSpec()
{
    return {QStringLiteral("units-import"),
            QStringLiteral("units-import FILE --from SPREADSHEET"),
            1,
            {QStringLiteral("--from")},
            {},
            {QStringLiteral("--from")}};
}

int runUnitsImport(const QStringList& arguments)
{
    auto args = parseArgs(arguments, unitsImportSpec());
    if (!args)
        return usageError(args.error().message, args.error().place);
    const QString path = args->positionals.at(0);
    auto opened = openForWriting(path, QStringLiteral("units-import"));
    if (!opened)
        return fail(opened.error());
    auto imported =
        UnitsImport::run(*opened->db, AuditLog::currentUser(), args->value(QStringLiteral("--from")));
    if (!imported)
        return imported.error().kind == ErrorKind::Refused ? fail(imported.error(), Stage::OtherFile)
                                                           : failWrite(imported.error(), path);
    writeOut(
        Cli::tr("Added %1 units; %2 were already there.").arg(imported->added).arg(imported->alreadyThere) +
        QLatin1Char('\n'));
    return Ok;
}

} // namespace sangkien::cli
