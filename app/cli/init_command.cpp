// `init FILE [--template ID]`: a new campaign file holding a template's plan.
// `init FILE --from OLD --year N [--plan-number X] [--opens-on D] [--closes-on D]`: next year's campaign
// started from an earlier one (units with their successions applied, criteria, award forms, quota rules,
// the council and the certificate layouts; no entries, scores or awards).
#include "commands.h"
#include "services/next_campaign.h"
#include "storage/campaign_builder.h"
#include "storage/campaign_template.h"
#include "storage/database.h"

#include <QDate>

namespace sangkien::cli {

CommandSpec initSpec()
{
    return {QStringLiteral("init"),
            QStringLiteral("init FILE [--template hungyen-2024] | init FILE --from OLD --year N "
                           "[--plan-number X] [--opens-on YYYY-MM-DD] [--closes-on YYYY-MM-DD]"),
            1,
            {QStringLiteral("--template"), QStringLiteral("--from"), QStringLiteral("--year"),
             QStringLiteral("--plan-number"), QStringLiteral("--opens-on"), QStringLiteral("--closes-on")},
            {}};
}

namespace {

int runInitFrom(const QString& path, const Args& args)
{
    if (args.values.contains(QStringLiteral("--template")))
        return usageError(Cli::tr("Give either --template or --from, not both."), QStringLiteral("init"));
    bool yearOk = false;
    NextCampaignFacts facts;
    facts.year = args.value(QStringLiteral("--year")).toInt(&yearOk);
    if (!yearOk)
        return usageError(Cli::tr("--from needs --year, the new campaign's year (e.g. --year 2025)."),
                          QStringLiteral("init"));
    facts.planNumber = args.value(QStringLiteral("--plan-number"));
    for (const auto& [option, date] : {std::pair{QStringLiteral("--opens-on"), &facts.opensOn},
                                       std::pair{QStringLiteral("--closes-on"), &facts.closesOn}}) {
        if (!args.values.contains(option))
            continue;
        *date = QDate::fromString(args.value(option), Qt::ISODate);
        if (!date->isValid())
            return usageError(Cli::tr("%1 must be a date written YYYY-MM-DD.").arg(option),
                              QStringLiteral("init"));
    }
    const QString from = args.value(QStringLiteral("--from"));
    auto created = NextCampaign::create(from, path, facts);
    if (!created)
        return fail(created.error(), Stage::Writing); // an earlier campaign not found or damaged: 3
    writeOut(Cli::tr("Created the %1 campaign %2 from %3: %4 units (%5 replaced by their successors, %6 "
                     "added), %7 criteria, %8 award forms, %9 council members; no entries.")
                 .arg(facts.year)
                 .arg(path, from)
                 .arg(created->units)
                 .arg(created->replacedUnits.size())
                 .arg(created->addedUnits.size())
                 .arg(created->criteria)
                 .arg(created->awardForms)
                 .arg(created->councilMembers) +
             QLatin1Char('\n'));
    return Ok;
}

} // namespace

int runInit(const QStringList& arguments)
{
    auto args = parseArgs(arguments, initSpec());
    if (!args)
        return usageError(args.error().message, args.error().place);
    const QString path = args->positionals.at(0);
    if (path.trimmed().isEmpty())
        return usageError(Cli::tr("Name the campaign file to create."), QStringLiteral("init"));

    // Another program may be about to write at this path (or still holding it): one writer at a time.
    auto lock = lockForWriting(path, QStringLiteral("init"));
    if (!lock)
        return fail(lock.error());
    if (args->values.contains(QStringLiteral("--from")))
        return runInitFrom(path, *args);
    for (const char* option : {"--year", "--plan-number", "--opens-on", "--closes-on"})
        if (args->values.contains(QLatin1String(option)))
            return usageError(Cli::tr("%1 goes with --from.").arg(QLatin1String(option)),
                              QStringLiteral("init"));

    const QString templateId =
        args->value(QStringLiteral("--template"), QString::fromLatin1(CampaignTemplate::kDefaultId));
    // Built whole under a temporary name and then named: a killed init leaves no campaign file. An
    // existing file and an unknown template are refused before anything is written.
    if (auto built = CampaignBuilder::build(path, templateId); !built)
        return fail(built.error(), Rejected); // contract: a file not created is rejected input (2)
    writeOut(Cli::tr("Created the campaign file %1 from the template %2.").arg(path, templateId) +
             QLatin1Char('\n'));
    return Ok;
}

} // namespace sangkien::cli
