// `export FILE --what entries|ranking|awards|stats --out PATH.xlsx`: one of the office's Excel workbooks
// (core/reports), from a campaign opened read-only.
#include "commands.h"
#include "reports/workbook_exports.h"
#include "storage/database.h"

#include <QFileInfo>

namespace sangkien::cli {

CommandSpec exportSpec()
{
    return {QStringLiteral("export"),
            QStringLiteral("export FILE --what entries|ranking|awards|stats --out PATH.xlsx"),
            1,
            {QStringLiteral("--what"), QStringLiteral("--out")},
            {},
            {QStringLiteral("--what"), QStringLiteral("--out")}};
}

int runExport(const QStringList& arguments)
{
    const QString command = QStringLiteral("export");
    auto args = parseArgs(arguments, exportSpec());
    if (!args)
        return usageError(args.error().message, args.error().place);
    const QString what = args->value(QStringLiteral("--what"));
    const auto kind = workbookKindFromCode(what);
    if (!kind)
        return usageError(
            Cli::tr("Unknown workbook \"%1\". Known workbooks: entries, ranking, awards, stats.").arg(what),
            command);
    const QString out = args->value(QStringLiteral("--out"));
    if (QFileInfo(out).suffix().toLower() != QLatin1String("xlsx"))
        return usageError(Cli::tr("The workbooks are written as Excel files: give a path ending in .xlsx."),
                          command);

    const QString path = args->positionals.at(0);
    int exitCode = Ok;
    auto opened = openToPrint(path, out, command, &exitCode);
    if (!opened)
        return exitCode;
    const auto sheets = WorkbookExport::sheets(**opened, *kind);
    if (!sheets)
        return fail(sheets.error());
    // The workbook is written whole under a temporary name and renamed: on error nothing is left at --out.
    if (const Status written = WorkbookExport::save(*sheets, out); !written)
        return fail(written.error(), Stage::OtherFile);
    const int rows = WorkbookExport::dataRows(*sheets, *kind);
    writeErr(Cli::tr("Wrote %1 (%2 rows).").arg(out).arg(rows));
    return Ok;
}

} // namespace sangkien::cli
