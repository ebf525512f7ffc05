// `review-import FILE RETURN --pin PIN [--format json]`: verify a member's score return and merge it.
#include "commands.h"
#include "common/file_error.h"
#include "review/pin_rule.h"
#include "review/review_package.h"
#include "storage/audit_log.h"
#include "storage/database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cerrno>

namespace sangkien::cli {
namespace {

QString points(double v)
{
    return QString::number(v, 'g', 10);
}

QByteArray asJson(const MergeReport& r)
{
    QJsonArray changes;
    for (const PointChange& c : r.changes)
        changes.append(QJsonObject{{QStringLiteral("entry"), c.entryCode},
                                   {QStringLiteral("criterion"), c.criterion},
                                   {QStringLiteral("old"), c.before ? QJsonValue(*c.before) : QJsonValue()},
                                   {QStringLiteral("new"), c.after}});
    QJsonArray stale;
    for (const RefusedSheet& s : r.refused)
        stale.append(QJsonObject{{QStringLiteral("entry"), s.entryCode},
                                 {QStringLiteral("reason"), s.reason == RefusedSheet::Reason::ChangedInOffice
                                                                ? QStringLiteral("changed_in_office")
                                                                : QStringLiteral("submitted_in_office")},
                                 {QStringLiteral("message"), s.message}});
    const QJsonObject root{{QStringLiteral("imported"), r.imported},
                           {QStringLiteral("already_imported"), !r.imported},
                           {QStringLiteral("member"), r.memberId},
                           {QStringLiteral("package"), r.packageId},
                           {QStringLiteral("revision"), r.revision},
                           {QStringLiteral("sheets"), r.sheets},
                           {QStringLiteral("changed_sheets"), r.sheetsChanged},
                           {QStringLiteral("changes"), changes},
                           {QStringLiteral("stale_sheets"), stale}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact) + '\n';
}

QByteArray asText(const MergeReport& r)
{
    if (!r.imported)
        return (Cli::tr("This score return (member %1, revision %2) was already imported; nothing changed.")
                    .arg(r.memberId)
                    .arg(r.revision) +
                QLatin1Char('\n'))
            .toUtf8();
    QString out =
        Cli::tr("Imported the score return of member %1, revision %2: %n sheet(s)", nullptr, r.sheets)
            .arg(r.memberId)
            .arg(r.revision) +
        QStringLiteral(", ") + Cli::tr("%n changed", nullptr, r.sheetsChanged) + QStringLiteral(".\n");
    for (const PointChange& c : r.changes)
        out += QStringLiteral("  %1  %2: %3 \u2192 %4\n")
                   .arg(c.entryCode, c.criterion, c.before ? points(*c.before) : QStringLiteral("-"),
                        points(c.after));
    if (!r.refused.isEmpty())
        out +=
            Cli::tr("Not merged, the office's version kept (%n sheet(s)):", nullptr, int(r.refused.size())) +
            QLatin1Char('\n');
    for (const RefusedSheet& s : r.refused)
        out += QStringLiteral("  %1: %2\n").arg(s.entryCode, s.message);
    return out.toUtf8();
}

} // namespace

CommandSpec reviewImportSpec()
{
    return {QStringLiteral("review-import"),
            QStringLiteral("review-import FILE RETURN --pin PIN [--format json]"),
            2,
            {QStringLiteral("--pin"), QStringLiteral("--format")},
            {},
            {QStringLiteral("--pin")}};
}

int runReviewImport(const QStringList& arguments)
{
    const QString command = QStringLiteral("review-import");
    auto args = parseArgs(arguments, reviewImportSpec());
    if (!args)
        return usageError(args.error().message, args.error().place);
    const QString format = args->value(QStringLiteral("--format"), QStringLiteral("text"));
    if (format != QLatin1String("text") && format != QLatin1String("json"))
        return usageError(Cli::tr("Unknown format \"%1\". Known formats: text, json.").arg(format), command);
    const QString path = args->positionals.at(0);
    const QString returnPath = args->positionals.at(1);
    if (auto wellFormed = PinRule::check(args->value(QStringLiteral("--pin"))); !wellFormed)
        return usageError(wellFormed.error().message, command);

    QFile file(returnPath);
    if (!file.open(QIODevice::ReadOnly))
        return fail(FileError::make(Cli::tr("The score return cannot be read: %1"), returnPath, errno, &file),
                    Stage::OtherFile);
    // The seal is checked before the campaign file is opened: a changed return never comes near it.
    const auto verified = ReviewPackage::verifyReturn(file.readAll(), args->value(QStringLiteral("--pin")));
    if (!verified)
        return fail(verified.error().at(returnPath), Stage::OtherFile);

    auto opened = openForWriting(path, command);
    if (!opened)
        return fail(opened.error());
    const auto report = ReviewPackage::merge(**opened, *verified, AuditLog::currentUser());
    if (!report)
        return failWrite(report.error().at(report.error().place.isEmpty()
                                               ? returnPath
                                               : returnPath + QStringLiteral(", ") + report.error().place),
                         path);
    writeOut(format == QLatin1String("json") ? asJson(*report) : asText(*report));
    return Ok;
}

} // namespace sangkien::cli
