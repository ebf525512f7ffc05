// `review-export FILE --member ID --pin PIN --out PKG.skreview`: one member's sealed review package.
#include "commands.h"
#include "review/pin_rule.h"
#include "review/review_package.h"
#include "storage/audit_log.h"
#include "storage/database.h"
#include "storage/output_target.h"

#include <limits>

namespace sangkien::cli {

CommandSpec reviewExportSpec()
{
    return {QStringLiteral("review-export"),
            QStringLiteral("review-export FILE --member ID --pin PIN --out PKG.skreview"),
            1,
            {QStringLiteral("--member"), QStringLiteral("--pin"), QStringLiteral("--out")},
            {},
            {QStringLiteral("--member"), QStringLiteral("--pin"), QStringLiteral("--out")}};
}

int runReviewExport(const QStringList& arguments)
{
    const QString command = QStringLiteral("review-export");
    auto args = parseArgs(arguments, reviewExportSpec());
    if (!args)
        return usageError(args.error().message, args.error().place);
    const auto member =
        integerOption(*args, QStringLiteral("--member"), 0, 1, std::numeric_limits<qint64>::max());
    if (!member)
        return usageError(member.error().message, command);
    const QString pin = args->value(QStringLiteral("--pin"));
    if (auto wellFormed = PinRule::check(pin); !wellFormed)
        return usageError(wellFormed.error().message, command);
    const QString out = args->value(QStringLiteral("--out"));

    const QString path = args->positionals.at(0);
    // Never over the campaign, another campaign, a package or return, or a journal's name.
    if (auto target = OutputTarget::check(out, {path}); !target)
        return fail(target.error(), Stage::OtherFile);
    // Exporting records the package in the campaign: a writer.
    auto opened = openForWriting(path, command);
    if (!opened)
        return fail(opened.error());
    const auto content = ReviewPackage::exportTo(**opened, *member, pin, out, AuditLog::currentUser());
    if (!content)
        return failWrite(content.error(), path);
    writeOut(Cli::tr("Wrote the review package %1 for member %2 (%3): %n entries, package %4.", nullptr,
                     int(content->entries.size()))
                 .arg(out)
                 .arg(*member)
                 .arg(content->memberName, content->packageId) +
             QLatin1Char('\n'));
    return Ok;
}

} // namespace sangkien::cli
