// `scores-import FILE CSV --member ID [--submit]`: the clerk types in one member's paper sheet.
#include "commands.h"
#include "review/score_csv.h"
#include "storage/audit_log.h"
#include "storage/backup_manager.h"
#include "storage/database.h"
#include "storage/score_sheet_repository.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <limits>

namespace sangkien::cli {
namespace {

int rejectAll(const QList<Error>& errors, const QString& csvPath)
{
    for (const Error& e : errors)
        writeErr(QStringLiteral("sangkien-cli: ") + e.text());
    writeErr(QStringLiteral("sangkien-cli: ") +
             Cli::tr("%1: %n problem(s); nothing was written.", nullptr, int(errors.size())).arg(csvPath));
    return Rejected;
}

} // namespace

CommandSpec scoresImportSpec()
{
    return {QStringLiteral("scores-import"),
            QStringLiteral("scores-import FILE CSV --member ID [--submit] [--format json]"),
            2,
            {QStringLiteral("--member"), QStringLiteral("--format")},
            {QStringLiteral("--submit")},
            {QStringLiteral("--member")}};
}

int runScoresImport(const QStringList& arguments)
{
    const QString command = QStringLiteral("scores-import");
    auto args = parseArgs(arguments, scoresImportSpec());
    if (!args)
        return usageError(args.error().message, args.error().place);
    const auto member =
        integerOption(*args, QStringLiteral("--member"), 0, 1, std::numeric_limits<qint64>::max());
    if (!member)
        return usageError(member.error().message, command);
    const QString format = args->value(QStringLiteral("--format"), QStringLiteral("text"));
    if (format != QLatin1String("text") && format != QLatin1String("json"))
        return usageError(Cli::tr("Unknown format \"%1\". Known formats: text, json.").arg(format), command);
    const bool submit = args->flags.contains(QStringLiteral("--submit"));

    const QString path = args->positionals.at(0);
    const QString csvPath = args->positionals.at(1);
    auto opened = openForWriting(path, command);
    if (!opened)
        return fail(opened.error());
    Database& db = **opened;
    ScoreSheetRepository sheets(db, AuditLog::currentUser());
    if (auto name = sheets.memberName(*member); !name)
        return fail(name.error());

    const auto target = sheets.gridTarget();
    if (!target)
        return fail(target.error().at(path));
    const ScoreGridReading reading = ScoreCsv::read(csvPath, *target);
    if (!reading.errors.isEmpty())
        return rejectAll(reading.errors, csvPath);

    const auto criterionIds = sheets.criterionIds();
    if (!criterionIds)
        return fail(criterionIds.error().at(path));
    const QString csvName = QFileInfo(csvPath).fileName();
    QList<SheetWrite> writes;
    for (const ScoreGridSheet& s : reading.sheets) {
        SheetWrite w;
        w.entryId = s.entryId;
        w.entryCode = s.entryCode;
        w.place = ScoreCsv::place(csvName, s.firstLine, 0);
        if (s.hasComment)
            w.comment = s.comment;
        for (auto it = s.points.constBegin(); it != s.points.constEnd(); ++it)
            w.points.insert(criterionIds->value(it.key()), *it);
        writes << w;
    }
    ScoreSheetRepository::Policy policy;
    policy.submit = submit;
    // Every refusal is listed before anything is written; then all sheets go in one transaction.
    const auto problems = sheets.check(*member, writes, policy);
    if (!problems)
        return fail(problems.error().at(path));
    if (!problems->isEmpty())
        return rejectAll(*problems, csvPath);
    // As before every import: a copy to go back to (README's promise), made before a score changes.
    if (auto backup = BackupManager(db).backupNow(QStringLiteral("import")); !backup)
        return failWrite(backup.error(), path);
    const auto written = sheets.write(*member, writes, policy);
    if (!written)
        return failWrite(written.error(), path);

    int changed = 0;
    for (const SheetOutcome& o : *written)
        changed += o.changed ? 1 : 0;
    if (format == QLatin1String("json")) {
        writeOut(QJsonDocument(QJsonObject{{QStringLiteral("member"), *member},
                                           {QStringLiteral("sheets"), int(written->size())},
                                           {QStringLiteral("changed"), changed},
                                           {QStringLiteral("submitted"), submit}})
                     .toJson(QJsonDocument::Compact) +
                 '\n');
    } else {
        writeOut((submit ? Cli::tr("Member %1: %n sheet(s) submitted", nullptr, int(written->size()))
                         : Cli::tr("Member %1: %n draft sheet(s) saved", nullptr, int(written->size())))
                     .arg(*member) +
                 QStringLiteral(" (") + Cli::tr("%n changed", nullptr, changed) + QStringLiteral(").\n"));
    }
    return Ok;
}

} // namespace sangkien::cli
