// `export FILE --what entries|ranking|awards|stats --out PATH.xlsx [--from DATE] [--to DATE] [--compare
// FOLDER]`: one of the office's Excel workbooks (core/reports), from a campaign opened read-only. The
// statistics may be of a period (entries received from/to) and compare the years of a campaign folder.
#include "commands.h"
#include "reports/workbook_exports.h"
#include "storage/database.h"

#include <QFileInfo>

namespace sangkien::cli {

CommandSpec exportSpec()
{
    return {
        QStringLiteral("export"),
        QStringLiteral("export FILE --what entries|ranking|awards|stats --out PATH.xlsx [--from YYYY-MM-DD] "
                       "[--to YYYY-MM-DD] [--compare FOLDER]"),
        1,
        {QStringLiteral("--what"), QStringLiteral("--out"), QStringLiteral("--from"), QStringLiteral("--to"),
         QStringLiteral("--compare")},
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

    // The period and the comparison are the statistics' own.
    StatisticsPeriod period;
    for (const auto& [option, date] :
         {std::pair{QStringLiteral("--from"), &period.from}, std::pair{QStringLiteral("--to"), &period.to}}) {
        if (!args->has(option))
            continue;
        *date = QDate::fromString(args->value(option), Qt::ISODate);
        if (!date->isValid())
            return usageError(
                Cli::tr("%1 takes a date as YYYY-MM-DD, not \"%2\".").arg(option, args->value(option)),
                command);
    }
    const bool compare = args->has(QStringLiteral("--compare"));
    if ((!period.isAll() || compare) && *kind != WorkbookKind::Statistics)
        return usageError(Cli::tr("--from, --to and --compare are options of the statistics (--what stats)."),
                          command);
    if (period.from.isValid() && period.to.isValid() && period.from > period.to)
        return usageError(Cli::tr("The period ends before it begins."), command);
    const QString folder = args->value(QStringLiteral("--compare"));
    if (compare && !QFileInfo(folder).isDir())
        return fail(
            Error{Cli::tr("The folder to compare with does not exist."), folder, ErrorKind::NotFound});

    const QString path = args->positionals.at(0);
    int exitCode = Ok;
    auto opened = openToPrint(path, out, command, &exitCode);
    if (!opened)
        return exitCode;
    Result<QList<XlsxSheet>> sheets = QList<XlsxSheet>();
    if (*kind == WorkbookKind::Statistics) {
        const auto statistics = computeStatistics(**opened, period);
        if (!statistics)
            return fail(statistics.error());
        QList<YearFigures> years;
        if (compare) {
            // The years compare whole campaigns: this one's whole-year figures, computed again only when a
            // period was asked for the other sheets.
            const auto whole = period.isAll() ? statistics : computeStatistics(**opened);
            if (!whole)
                return fail(whole.error());
            const FolderComparison compared = compareYearsInFolder(*whole, (*opened)->path(), folder);
            for (const Error& e : compared.unreadable)
                writeErr(Cli::tr("Skipped %1: %2").arg(e.place, e.message));
            years = compared.years;
        }
        sheets = WorkbookExport::statistics(*statistics, years);
    } else {
        sheets = WorkbookExport::sheets(**opened, *kind);
    }
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
