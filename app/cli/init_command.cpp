// `init FILE [--template ID]`: a new campaign file holding a template's plan.
#include "commands.h"
#include "storage/campaign_builder.h"
#include "storage/campaign_template.h"
#include "storage/database.h"

namespace sangkien::cli {

CommandSpec initSpec()
{
    return {QStringLiteral("init"),
            QStringLiteral("init FILE [--template hungyen-2024]"),
            1,
            {QStringLiteral("--template")},
            {}};
}

int runInit(const QStringList& arguments)
{
    auto args = parseArgs(arguments, initSpec());
    if (!args)
        return usageError(args.error().message, args.error().place);
    const QString path = args->positionals.at(0);
    if (path.trimmed().isEmpty())
        return usageError(Cli::tr("Name the campaign file to create."), QStringLiteral("init"));
    const QString templateId =
        args->value(QStringLiteral("--template"), QString::fromLatin1(CampaignTemplate::kDefaultId));

    // Another program may be about to write at this path (or still holding it): one writer at a time.
    auto lock = lockForWriting(path, QStringLiteral("init"));
    if (!lock)
        return fail(lock.error());
    // Built whole under a temporary name and then named: a killed init leaves no campaign file. An
    // existing file and an unknown template are refused before anything is written.
    if (auto built = CampaignBuilder::build(path, templateId); !built)
        return fail(built.error(), Rejected); // contract: a file not created is rejected input (2)
    writeOut(Cli::tr("Created the campaign file %1 from the template %2.").arg(path, templateId) +
             QLatin1Char('\n'));
    return Ok;
}

} // namespace sangkien::cli
