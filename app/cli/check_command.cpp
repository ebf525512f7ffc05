// `check FILE`: the integrity check and the rules a decision is issued under; exit 0 only when there is no
// problem.
#include "commands.h"
#include "services/decision_issuer.h"
#include "storage/database.h"
#include "storage/integrity_check.h"

namespace sangkien::cli {

CommandSpec checkSpec()
{
    return {QStringLiteral("check"), QStringLiteral("check FILE"), 1, {}, {}};
}

int runCheck(const QStringList& arguments)
{
    auto args = parseArgs(arguments, checkSpec());
    if (!args)
        return usageError(args.error().message, args.error().place);
    const QString path = args->positionals.at(0);

    // Read-only: checking never changes the file it checks.
    auto opened = Database::open(path, Database::Mode::ReadOnly);
    if (!opened)
        return fail(opened.error());
    auto problems = IntegrityCheck(**opened).run();
    if (!problems)
        return fail(problems.error());
    // The rules a decision is issued under, exactly as DecisionIssuer checks them before issuing: the
    // quota rules, one award per nominee and the council's recognition, each naming the entries.
    if (const auto broken = DecisionIssuer(**opened, QString()).violations())
        problems->append(*broken);
    else if (problems->isEmpty())
        return fail(broken.error());

    if (problems->isEmpty()) {
        writeOut(Cli::tr("%1: no problems found.").arg(path) + QLatin1Char('\n'));
        return Ok;
    }
    QString report;
    for (const Error& problem : *problems)
        report += problem.text() + QLatin1Char('\n');
    writeOut(report);
    writeErr(QStringLiteral("sangkien-cli: ") +
             Cli::tr("%1: %n problem(s) found.", nullptr, int(problems->size())).arg(path));
    return Rejected;
}

} // namespace sangkien::cli
