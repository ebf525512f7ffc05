// `init FILE [--template ID]`: a new campaign file holding a template's plan.
#include "commands.h"
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
    const QString templateId =
        args->value(QStringLiteral("--template"), QString::fromLatin1(CampaignTemplate::kDefaultId));

    // Another program may be about to write at this path (or still holding it): one writer at a time.
    auto lock = lockForWriting(path, QStringLiteral("init"));
    if (!lock)
        return fail(lock.error());
    // createCampaign refuses an existing file and an unknown template before writing anything.
    auto created = createCampaign(path, templateId);
    if (!created)
        return fail(created.error(), Rejected); // contract: a file not created is rejected input (2), never 3
    created->reset();
    writeOut(Cli::tr("Created the campaign file %1 from the template %2.").arg(path, templateId) +
             QLatin1Char('\n'));
    return Ok;
}

} // namespace sangkien::cli
