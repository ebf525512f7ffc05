// `review-fill PKG --pin PIN --scores CSV --out RETURN.skscores [--revision N]`: review mode without a
// window. Fills the package's grid from a CSV (as scores-import reads it) and writes the sealed return.
// Needs no campaign file: it runs where the member is.
#include "commands.h"
#include "common/file_error.h"
#include "review/pin_rule.h"
#include "review/review_package.h"
#include "review/score_csv.h"
#include "storage/output_target.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <cerrno>
#include <limits>

namespace sangkien::cli {

CommandSpec reviewFillSpec()
{
    return {QStringLiteral("review-fill"),
            QStringLiteral("review-fill PKG --pin PIN --scores CSV --out RETURN.skscores [--revision N]"),
            1,
            {QStringLiteral("--pin"), QStringLiteral("--scores"), QStringLiteral("--out"),
             QStringLiteral("--revision")},
            {},
            {QStringLiteral("--pin"), QStringLiteral("--scores"), QStringLiteral("--out")}};
}

int runReviewFill(const QStringList& arguments)
{
    const QString command = QStringLiteral("review-fill");
    auto args = parseArgs(arguments, reviewFillSpec());
    if (!args)
        return usageError(args.error().message, args.error().place);
    // Milliseconds since 1970 by default: a later fill on the same laptop gets a higher revision.
    const auto revision =
        integerOption(*args, QStringLiteral("--revision"), QDateTime::currentMSecsSinceEpoch(), 1,
                      std::numeric_limits<qint64>::max());
    if (!revision)
        return usageError(revision.error().message, command);
    const QString pin = args->value(QStringLiteral("--pin"));
    const QString csvPath = args->value(QStringLiteral("--scores"));
    const QString out = args->value(QStringLiteral("--out"));
    if (auto wellFormed = PinRule::check(pin); !wellFormed)
        return usageError(wellFormed.error().message, command);

    const QString packagePath = args->positionals.at(0);
    // Never over the package, the scores, a campaign, another package or return, or a journal's name.
    if (auto target = OutputTarget::check(out, {packagePath, csvPath}); !target)
        return fail(target.error(), Stage::OtherFile);
    QFile file(packagePath);
    if (!file.open(QIODevice::ReadOnly))
        return fail(
            FileError::make(Cli::tr("The review package cannot be read: %1"), packagePath, errno, &file),
            CannotOpen); // the contract: the package is this command's file (3)
    const auto package = ReviewPackage::open(file.readAll(), pin);
    if (!package)
        return fail(package.error().at(packagePath), Stage::OtherFile);
    const ReviewPackageContent& content = package->content;

    ScoreGridTarget target;
    for (const ReviewCriterion& c : content.criteria)
        target.maxByCriterion.insert(c.code, c.maxPoints);
    for (const ReviewEntry& e : content.entries)
        target.entryIds.insert(e.code, e.id);
    const ScoreGridReading reading = ScoreCsv::read(csvPath, target);
    QList<Error> errors = reading.errors;

    // The grid opens as the member left it (the package carries the member's own earlier scores); the CSV
    // overwrites the cells it names. Only the rows the CSV touches go into the return, and they must end up
    // complete: a sheet the member did not touch is left to the office. A sheet the office had submitted is
    // read-only here.
    QHash<QString, const ScoreGridSheet*> typed;
    for (const ScoreGridSheet& s : reading.sheets)
        typed.insert(s.entryCode, &s);
    const QString csvName = QFileInfo(csvPath).fileName();
    QList<ReturnSheet> sheets;
    for (const ReviewEntry& e : content.entries) {
        const ScoreGridSheet* row = typed.value(e.code);
        if (!row)
            continue;
        ReturnSheet sheet{e.id, e.code, e.ownPoints, e.ownComment};
        for (auto it = row->points.constBegin(); it != row->points.constEnd(); ++it)
            sheet.points.insert(it.key(), *it);
        if (row->hasComment)
            sheet.comment = row->comment;
        if (e.locked && (sheet.points != e.ownPoints || sheet.comment != e.ownComment)) {
            errors << Error{Cli::tr("The sheet for %1 was submitted in the office and is read-only in this "
                                    "package; only the council's secretary can reopen it.")
                                .arg(e.code),
                            ScoreCsv::place(csvName, row->firstLine, 0), ErrorKind::Refused};
            continue;
        }
        QStringList missing;
        for (const ReviewCriterion& c : content.criteria)
            if (!sheet.points.contains(c.code))
                missing << c.code;
        if (!missing.isEmpty()) {
            errors << Error{
                Cli::tr("The entry %1 has no points for %2.").arg(e.code, missing.join(QStringLiteral(", "))),
                ScoreCsv::place(csvName, row->firstLine, 0), ErrorKind::Refused};
            continue;
        }
        sheets << sheet;
    }
    if (!errors.isEmpty()) {
        for (const Error& e : errors)
            writeErr(QStringLiteral("sangkien-cli: ") + e.text());
        writeErr(QStringLiteral("sangkien-cli: ") +
                 Cli::tr("%1: %n problem(s); no score return was written.", nullptr, int(errors.size()))
                     .arg(csvPath));
        return Rejected;
    }

    const ScoreReturn scores = ReviewPackage::makeReturn(content, sheets, *revision);
    const auto sealed = ReviewPackage::sealReturn(*package, scores);
    if (!sealed)
        return fail(sealed.error(), Stage::OtherFile);
    QSaveFile save(out);
    if (!save.open(QIODevice::WriteOnly) || save.write(*sealed) != sealed->size() || !save.commit())
        return fail(FileError::make(Cli::tr("The score return cannot be written: %1"), out, errno, &save),
                    Stage::OtherFile);
    writeOut(Cli::tr("Wrote the score return %1 for member %2: %n sheet(s), revision %3.", nullptr,
                     int(sheets.size()))
                 .arg(out)
                 .arg(content.memberId)
                 .arg(*revision) +
             QLatin1Char('\n'));
    return Ok;
}

} // namespace sangkien::cli
