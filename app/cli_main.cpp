// sangkien-cli: the command-line program whose contract is app/cli/README.md. Wiring only: the commands
// live in cli/.
#include "cli/commands.h"
#include "cli/import_command.h"
#include "common/support_log.h"
#include "common/translations.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <memory>

using namespace sangkien;
using namespace sangkien::cli;

namespace sangkien::cli {

QList<Command> commands()
{
    return {
        {initSpec(), Cli::tr("create a campaign file holding a template's plan"), &runInit},
        {demoSpec(), Cli::tr("create a campaign file filled with synthetic entries and score sheets"),
         &runDemo},
        {listSpec(), Cli::tr("list the entries (search ignores case and diacritics)"), &runList},
        {checkSpec(), Cli::tr("check the file's integrity and the quota rules"), &runCheck},
        {importSpec(), Cli::tr("import entries from a spreadsheet; all rows or none"), &runImport},
        {rankSpec(), Cli::tr("the ranking: members' totals, the aggregate score, rank and flags"), &runRank},
        {allocateSpec(), Cli::tr("propose award forms by rank within the quota rules; --apply stores them"),
         &runAllocate},
        {membersSpec(), Cli::tr("list the council members with their ids and roles"), &runMembers},
        {decisionSpec(), Cli::tr("write the award decision or the proposal to the chairman (PDF or ODT)"),
         &runDecision},
        {backupSpec(), Cli::tr("write a consistent copy of a campaign that may be open elsewhere"),
         &runBackup},
        {scoresImportSpec(),
         Cli::tr("enter one member's score sheet from a CSV (entry,criterion,points[,comment])"),
         &runScoresImport},
        {reviewExportSpec(), Cli::tr("write one member's sealed review package"), &runReviewExport},
        {reviewFillSpec(),
         Cli::tr("fill a review package's grid from a CSV and write the sealed score return"),
         &runReviewFill},
        {reviewImportSpec(), Cli::tr("verify a score return and merge it into the campaign"),
         &runReviewImport},
        {reopenSpec(),
         Cli::tr("turn a submitted score sheet back into a draft (the secretary, with a reason)"),
         &runReopen},
        {meetingSpec(), Cli::tr("record the council's meeting and who attended (refused below the quorum)"),
         &runMeeting},
        {voteSpec(),
         Cli::tr("record the council's vote on an entry at the latest meeting, secret (counts) or open"),
         &runVote},
        {minutesSpec(), Cli::tr("write the minutes of the council's meeting as PDF"), &runMinutes},
        {papersSpec(),
         Cli::tr("write the council's papers as PDF: blank score sheets or the summary of scores"),
         &runPapers},
        {certificatesSpec(),
         Cli::tr("print one certificate per awardee of an issued decision onto the blanks (PDF), or the "
                 "layout's test page"),
         &runCertificates},
        {exportSpec(),
         Cli::tr("write an Excel workbook: the entries, the ranking, the awards list or the statistics"),
         &runExport},
        {historySpec(),
         Cli::tr("every entry, score and award of a unit or a person across the campaign files of a folder"),
         &runHistory},
        {unitsImportSpec(),
         Cli::tr("add the units a spreadsheet lists (units already there are left as they are)"),
         &runUnitsImport},
        {reportSpec(),
         Cli::tr("write the interim or final report of the campaign (PDF or ODT) with its tables and charts"),
         &runReport},
    };
}

} // namespace sangkien::cli

namespace {

QString usage()
{
    QString text = Cli::tr("Usage: sangkien-cli COMMAND CAMPAIGN_FILE [options]") + QLatin1Char('\n') +
                   QLatin1Char('\n') + Cli::tr("Commands:") + QLatin1Char('\n');
    for (const Command& c : commands())
        text += QStringLiteral("  %1\n      %2\n").arg(c.spec.synopsis, c.summary);
    text += QLatin1Char('\n') + Cli::tr("Options for every command:") + QLatin1Char('\n');
    text += QStringLiteral("  --lang en|vi  ") +
            Cli::tr("the language of messages (default: Vietnamese, or English "
                    "when LANG is en_*)") +
            QLatin1Char('\n');
    text += QStringLiteral("  --help        ") + Cli::tr("show this help") + QLatin1Char('\n');
    text += QStringLiteral("  --version     ") + Cli::tr("show the program's version") + QLatin1Char('\n');
    text +=
        QLatin1Char('\n') +
        Cli::tr(
            "Exit codes: 0 success; 1 usage error; 2 input rejected, nothing written (for check: problems "
            "found); 3 the campaign file cannot be opened.") +
        QLatin1Char('\n');
    return text;
}

} // namespace

int main(int argc, char** argv)
{
    // Documents need fonts, so the commands that print get a GUI application on the offscreen platform
    // (no display needed); every other command stays a plain console application.
    bool prints = false;
    for (int i = 1; i < argc; ++i)
        prints = prints || qstrcmp(argv[i], "decision") == 0 || qstrcmp(argv[i], "minutes") == 0 ||
                 qstrcmp(argv[i], "papers") == 0 || qstrcmp(argv[i], "certificates") == 0 ||
                 qstrcmp(argv[i], "report") == 0;
    std::unique_ptr<QCoreApplication> application;
    if (prints) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication& app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("sangkien-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SANGKIEN_VERSION));

    // --lang may stand anywhere; take it out before the command sees its arguments.
    QStringList arguments = QCoreApplication::arguments().mid(1);
    QString language;
    bool languageMissing = false;
    for (qsizetype i = 0; i < arguments.size();) {
        const QString& arg = arguments[i];
        if (arg == QLatin1String("--")) {
            break;
        } else if (arg == QLatin1String("--lang")) {
            if (i + 1 < arguments.size()) {
                language = arguments[i + 1];
                arguments.remove(i, 2);
            } else {
                languageMissing = true;
                arguments.remove(i);
            }
        } else if (arg.startsWith(QLatin1String("--lang="))) {
            language = arg.mid(7);
            arguments.remove(i);
        } else {
            ++i;
        }
    }
    const bool languageKnown =
        language.isEmpty() || language == QLatin1String("en") || language == QLatin1String("vi");
    installTranslations(app, preferredLanguage(languageKnown ? language : QString()));
    if (languageMissing)
        return usageError(Cli::tr("The option %1 needs a value.").arg(QStringLiteral("--lang")));
    if (!languageKnown)
        return usageError(Cli::tr("Unknown language \"%1\". Known languages: en, vi.").arg(language));

    if (arguments.isEmpty()) {
        writeErr(usage());
        return Usage;
    }
    const QString first = arguments.takeFirst();
    if (first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("help")) {
        writeOut(usage());
        return Ok;
    }
    if (first == QLatin1String("--version")) {
        writeOut(QStringLiteral("sangkien-cli %1\n").arg(QStringLiteral(SANGKIEN_VERSION)));
        return Ok;
    }
    if (first.startsWith(QLatin1Char('-')))
        return usageError(Cli::tr("Unknown option: %1").arg(first));

    for (const Command& c : commands()) {
        if (c.spec.name != first)
            continue;
        if (arguments.contains(QLatin1String("--help")) || arguments.contains(QLatin1String("-h"))) {
            writeOut(Cli::tr("Usage: sangkien-cli %1").arg(c.spec.synopsis) + QLatin1Char('\n') + c.summary +
                     QLatin1Char('\n'));
            return Ok;
        }
        SupportLog::setProgram(QStringLiteral("sangkien-cli"));
        SupportLog::event(QStringLiteral("start"), QStringLiteral("command=") + c.spec.name);
        const int code = c.run(arguments);
        SupportLog::event(QStringLiteral("exit"), QStringLiteral("code=%1").arg(code));
        return code;
    }
    return usageError(Cli::tr("Unknown command: %1").arg(first));
}
