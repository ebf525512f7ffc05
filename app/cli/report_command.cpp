// `report FILE --kind interim|final --out PATH.pdf|.odt [--date YYYY-MM-DD] [--number N] [--signer NAME]
// [--deputy] [--template TEXT_FILE] [--from YYYY-MM-DD] [--to YYYY-MM-DD]`: the interim or final report of
// the campaign (Báo cáo sơ kết / tổng kết), Decree 30 layout, the office's text with the figures, tables and
// charts. --template prints with the text of a file (UTF-8) instead of the one kept with the campaign; --from
// and --to count only the entries received in that period.
#include "commands.h"
#include "reports/campaign_report.h"
#include "storage/database.h"

#include <QFile>
#include <QFileInfo>

namespace sangkien::cli {

CommandSpec reportSpec()
{
    return {
        QStringLiteral("report"),
        QStringLiteral("report FILE --kind interim|final --out PATH.pdf|.odt [--date YYYY-MM-DD] "
                       "[--number N] [--signer NAME] [--deputy] [--template TEXT_FILE] [--from YYYY-MM-DD] "
                       "[--to YYYY-MM-DD]"),
        1,
        {QStringLiteral("--kind"), QStringLiteral("--out"), QStringLiteral("--date"),
         QStringLiteral("--number"), QStringLiteral("--signer"), QStringLiteral("--template"),
         QStringLiteral("--from"), QStringLiteral("--to")},
        {QStringLiteral("--deputy")},
        {QStringLiteral("--kind"), QStringLiteral("--out")}};
}

int runReport(const QStringList& arguments)
{
    const QString command = QStringLiteral("report");
    auto args = parseArgs(arguments, reportSpec());
    if (!args)
        return usageError(args.error().message, args.error().place);
    const auto kind = reportKindFromCode(args->value(QStringLiteral("--kind")));
    if (!kind)
        return usageError(Cli::tr("Unknown report kind \"%1\". Known kinds: interim, final.")
                              .arg(args->value(QStringLiteral("--kind"))),
                          command);
    const QString out = args->value(QStringLiteral("--out"));
    if (const QString suffix = QFileInfo(out).suffix().toLower();
        suffix != QLatin1String("pdf") && suffix != QLatin1String("odt"))
        return usageError(Cli::tr("The report is written as PDF or ODT: give a path ending in .pdf or .odt."),
                          command);
    QDate date = QDate::currentDate();
    if (args->has(QStringLiteral("--date"))) {
        date = QDate::fromString(args->value(QStringLiteral("--date")), Qt::ISODate);
        if (!date.isValid())
            return usageError(
                Cli::tr("The date must be written YYYY-MM-DD: %1").arg(args->value(QStringLiteral("--date"))),
                command);
    }
    StatisticsPeriod period;
    for (const auto& [option, bound] :
         {std::pair{QStringLiteral("--from"), &period.from}, std::pair{QStringLiteral("--to"), &period.to}}) {
        if (!args->has(option))
            continue;
        *bound = QDate::fromString(args->value(option), Qt::ISODate);
        if (!bound->isValid())
            return usageError(Cli::tr("The date must be written YYYY-MM-DD: %1").arg(args->value(option)),
                              command);
    }
    if (period.from.isValid() && period.to.isValid() && period.to < period.from)
        return usageError(Cli::tr("The period ends before it begins."), command);
    QString templateText;
    if (args->has(QStringLiteral("--template"))) {
        const QString templatePath = args->value(QStringLiteral("--template"));
        QFile file(templatePath);
        if (!file.open(QIODevice::ReadOnly))
            return fail(Error{Cli::tr("Cannot read the report's text: %1").arg(file.errorString()),
                              templatePath, ErrorKind::NotFound},
                        Stage::OtherFile);
        templateText = QString::fromUtf8(file.readAll());
        if (auto ok = ReportTemplate::check(templateText); !ok)
            return fail(ok.error().at(templatePath), Stage::Writing);
    }

    const QString path = args->positionals.at(0);
    int exitCode = Ok;
    auto opened = openToPrint(path, out, command, &exitCode);
    if (!opened)
        return exitCode;
    Database& db = **opened;
    auto data = CampaignReportData::fromDatabase(db, *kind, date, args->value(QStringLiteral("--signer")),
                                                 args->has(QStringLiteral("--deputy")),
                                                 args->value(QStringLiteral("--number")), period);
    if (!data)
        return fail(data.error().at(path), Stage::Writing);
    if (!templateText.isNull())
        data->templateText = templateText;
    if (const Status written = writeReport(*data, out); !written)
        return fail(written.error(),
                    written.error().kind == ErrorKind::Refused ? Stage::Writing : Stage::OtherFile);
    writeErr(Cli::tr("Wrote %1 (%2 entries from %3 units).")
                 .arg(out)
                 .arg(data->statistics.entries)
                 .arg(data->statistics.unitsWithEntries));
    return Ok;
}

} // namespace sangkien::cli
