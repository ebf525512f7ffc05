// `demo FILE [--entries N] [--members M] [--seed S]`: a campaign filled with synthetic data.
#include "commands.h"
#include "demo/demo_generator.h"
#include "storage/campaign_builder.h"
#include "storage/campaign_template.h"
#include "storage/database.h"

namespace sangkien::cli {

CommandSpec demoSpec()
{
    return {QStringLiteral("demo"),
            QStringLiteral("demo FILE [--entries N] [--members M] [--seed S] [--template hungyen-2024]"),
            1,
            {QStringLiteral("--entries"), QStringLiteral("--members"), QStringLiteral("--seed"),
             QStringLiteral("--template")},
            {}};
}

int runDemo(const QStringList& arguments)
{
    auto args = parseArgs(arguments, demoSpec());
    if (!args)
        return usageError(args.error().message, args.error().place);
    const auto entries = integerOption(*args, QStringLiteral("--entries"), 120, 0, 10'000'000);
    if (!entries)
        return usageError(entries.error().message, QStringLiteral("demo"));
    const auto members = integerOption(*args, QStringLiteral("--members"), 7, 1, 100);
    if (!members)
        return usageError(members.error().message, QStringLiteral("demo"));
    DemoGenerator::Options options;
    options.entries = int(*entries);
    options.members = int(*members);
    if (args->values.contains(QStringLiteral("--seed"))) {
        bool ok = false;
        options.seed = args->value(QStringLiteral("--seed")).trimmed().toULongLong(&ok);
        if (!ok)
            return usageError(
                Cli::tr("The option --seed needs a whole number from 0 to 18446744073709551615, not "
                        "\"%1\".")
                    .arg(args->value(QStringLiteral("--seed"))),
                QStringLiteral("demo"));
    }
    const QString path = args->positionals.at(0);
    if (path.trimmed().isEmpty())
        return usageError(Cli::tr("Name the campaign file to create."), QStringLiteral("demo"));
    const QString templateId =
        args->value(QStringLiteral("--template"), QString::fromLatin1(CampaignTemplate::kDefaultId));

    // Another program may be about to write at this path (or still holding it): one writer at a time.
    auto lock = lockForWriting(path, QStringLiteral("demo"));
    if (!lock)
        return fail(lock.error());
    // Built whole under a temporary name and then named: a killed demo leaves no campaign file.
    const Status built = CampaignBuilder::build(path, templateId, [&](Database& db) {
        return DemoGenerator(options).fill(db, [](int done, int total) {
            progressLine(Cli::tr("Generating entries: %1 of %2").arg(done).arg(total));
        });
    });
    progressDone();
    if (!built)
        return fail(built.error(), Rejected); // contract: a file not created is rejected input (2)
    writeOut(Cli::tr("Created the demo campaign %1: %2 entries, %3 council members, seed %4.")
                 .arg(path)
                 .arg(options.entries)
                 .arg(options.members)
                 .arg(options.seed) +
             QLatin1Char('\n'));
    return Ok;
}

} // namespace sangkien::cli
