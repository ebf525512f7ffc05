// `papers FILE --what score-sheets|summary --out PATH.pdf|.odt [--member ID]`: the council's papers before
// its meeting: a blank score sheet per member and assigned entry, or the summary of the scores.
#include "commands.h"
#include "documents/council_papers.h"
#include "storage/database.h"

#include <QFileInfo>
#include <limits>

namespace sangkien::cli {

CommandSpec papersSpec()
{
    return {QStringLiteral("papers"),
            QStringLiteral("papers FILE --what score-sheets|summary --out PATH.pdf|.odt [--member ID]"),
            1,
            {QStringLiteral("--what"), QStringLiteral("--out"), QStringLiteral("--member")},
            {},
            {QStringLiteral("--what"), QStringLiteral("--out")}};
}

int runPapers(const QStringList& arguments)
{
    const QString command = QStringLiteral("papers");
    auto args = parseArgs(arguments, papersSpec());
    if (!args)
        return usageError(args.error().message, args.error().place);
    const QString what = args->value(QStringLiteral("--what"));
    if (what != QLatin1String("score-sheets") && what != QLatin1String("summary"))
        return usageError(Cli::tr("Unknown paper \"%1\". Known papers: score-sheets, summary.").arg(what),
                          command);
    const QString out = args->value(QStringLiteral("--out"));
    if (const QString suffix = QFileInfo(out).suffix().toLower();
        suffix != QLatin1String("pdf") && suffix != QLatin1String("odt"))
        return usageError(
            Cli::tr("The papers are written as PDF or ODT: give a path ending in .pdf or .odt."), command);
    qint64 memberId = 0;
    if (args->has(QStringLiteral("--member"))) {
        const auto id =
            integerOption(*args, QStringLiteral("--member"), 0, 1, std::numeric_limits<qint64>::max());
        if (!id)
            return usageError(id.error().message, command);
        memberId = *id;
    }

    const QString path = args->positionals.at(0);
    int exitCode = Ok;
    auto opened = openToPrint(path, out, command, &exitCode);
    if (!opened)
        return exitCode;
    const auto data = CouncilPapersData::fromDatabase(**opened, memberId);
    if (!data)
        return fail(data.error().at(path));
    const Status written =
        what == QLatin1String("summary") ? writeScoreSummary(*data, out) : writeScoreSheets(*data, out);
    if (!written)
        return fail(written.error(), Stage::OtherFile);
    int sheets = 0;
    for (const auto& m : data->members)
        sheets += int(m.entries.size());
    if (what == QLatin1String("summary"))
        writeErr(Cli::tr("Wrote %1 (%2 entries).").arg(out).arg(data->summary.size()));
    else
        writeErr(Cli::tr("Wrote %1 (%2 score sheet(s) for %3 member(s)).")
                     .arg(out)
                     .arg(sheets)
                     .arg(data->members.size()));
    return Ok;
}

} // namespace sangkien::cli
