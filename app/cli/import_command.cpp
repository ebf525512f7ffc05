// `import FILE SPREADSHEET [--sheet NAME] [--mapping MAP.json] [--dry-run] [--format json]`: entries from
// a unit's spreadsheet, all rows or none.
#include "import_command.h"

#include "import/importer.h"
#include "storage/database.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sangkien::cli {
namespace {

// A progress line on a terminal; nothing when stderr is a pipe or a file.
class TerminalProgress : public ImportProgress
{
public:
    explicit TerminalProgress(QString what)
        : m_what(std::move(what))
    {}
    void setMaximum(int maximum) override { m_maximum = maximum; }
    void setValue(int value) override
    {
        if (m_maximum > 0)
            progressLine(Cli::tr("%1: %2 of %3 rows").arg(m_what).arg(value).arg(m_maximum));
        else
            progressLine(Cli::tr("%1: %2 rows").arg(m_what).arg(value));
    }
    bool isCancelled() const override { return false; }
    void setWhat(const QString& what) { m_what = what; }

private:
    QString m_what;
    int m_maximum = 0;
};

QJsonArray rejectedJson(const QList<RowError>& errors)
{
    QJsonArray out;
    for (const RowError& e : errors)
        out.append(QJsonObject{{QStringLiteral("sheet"), e.sheet},
                               {QStringLiteral("row"), e.row},
                               {QStringLiteral("column"), e.column},
                               {QStringLiteral("reason"), e.reason}});
    return out;
}

void printResult(bool json, const ImportSummary& s, bool dryRun)
{
    for (const RowError& e : s.rejected)
        writeErr(e.text());
    if (json) {
        writeOut(QJsonDocument(QJsonObject{{QStringLiteral("read"), s.read},
                                           {QStringLiteral("imported"), s.imported},
                                           {QStringLiteral("duplicates"), s.duplicates},
                                           {QStringLiteral("rejected"), rejectedJson(s.rejected)},
                                           {QStringLiteral("footer"), s.footer},
                                           {QStringLiteral("dry_run"), dryRun}})
                     .toJson(QJsonDocument::Compact) +
                 '\n');
        return;
    }
    QString text = Cli::tr("Rows read: %1").arg(s.read) + QLatin1Char('\n');
    text += (dryRun ? Cli::tr("Rows that would be imported: %1") : Cli::tr("Entries imported: %1"))
                .arg(s.imported) +
            QLatin1Char('\n');
    text += Cli::tr("Duplicates skipped: %1").arg(s.duplicates) + QLatin1Char('\n');
    QSet<int> rejectedRows;
    for (const RowError& e : s.rejected)
        rejectedRows.insert(e.row);
    text += Cli::tr("Rows rejected: %1").arg(rejectedRows.size()) + QLatin1Char('\n');
    if (s.footer > 0)
        text +=
            Cli::tr("Footer rows left out (signatures, notes, totals): %1").arg(s.footer) + QLatin1Char('\n');
    if (!s.codes.isEmpty())
        text += Cli::tr("New entries: %1 to %2").arg(s.codes.first(), s.codes.last()) + QLatin1Char('\n');
    writeOut(text);
}

} // namespace

CommandSpec importSpec()
{
    return {QStringLiteral("import"),
            QStringLiteral("import FILE SPREADSHEET [--sheet NAME] [--mapping MAP.json] [--dry-run] "
                           "[--format json]"),
            2,
            {QStringLiteral("--sheet"), QStringLiteral("--mapping"), QStringLiteral("--format")},
            {QStringLiteral("--dry-run")}};
}

int runImport(const QStringList& arguments)
{
    auto args = parseArgs(arguments, importSpec());
    if (!args)
        return usageError(args.error().message, args.error().place);
    const QString command = QStringLiteral("import");
    const QString format = args->value(QStringLiteral("--format"), QStringLiteral("text"));
    if (format != QLatin1String("text") && format != QLatin1String("json"))
        return usageError(Cli::tr("Unknown format \"%1\". Known formats: text, json.").arg(format), command);
    const bool json = format == QLatin1String("json");
    const bool dryRun = args->flags.contains(QStringLiteral("--dry-run"));
    const QString campaignPath = args->positionals.at(0);
    const QString spreadsheet = args->positionals.at(1);

    ImportOptions options;
    options.sheet = args->value(QStringLiteral("--sheet"));
    if (args->values.contains(QStringLiteral("--mapping"))) {
        auto mapping = ColumnMapping::loadFromFile(args->value(QStringLiteral("--mapping")));
        if (!mapping)
            return fail(mapping.error(), Stage::OtherFile);
        options.mapping = *mapping;
    }

    // One writer at a time: a real import holds the campaign's lock while it runs; a dry run only reads.
    auto campaign = openCampaign(campaignPath, command, !dryRun);
    if (!campaign)
        return fail(campaign.error());
    Database& db = **campaign;

    // One pass that keeps no row (memory stays flat however long the sheet), the same rules as the wizard.
    TerminalProgress progress(QFileInfo(spreadsheet).fileName());
    auto summary = Importer(db).importAll(spreadsheet, options, dryRun, &progress);
    progressDone();
    if (!summary)
        return failWrite(summary.error(), campaignPath);
    printResult(json, *summary, dryRun);
    if (!summary->rejected.isEmpty()) {
        writeErr(Cli::tr("%n row(s) rejected; nothing was imported.", nullptr,
                         int(Importer::rowsOf(summary->rejected).size())) +
                 QLatin1Char(' ') + Cli::tr("Rows: %1.").arg(Importer::rowList(summary->rejected)));
        return Rejected;
    }
    return Ok;
}

} // namespace sangkien::cli
