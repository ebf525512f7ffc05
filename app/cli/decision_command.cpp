// `decision FILE --out PATH [--kind director|chairman-proposal] [--number N] [--date YYYY-MM-DD]`:
// the director's decision or the proposal to the chairman, with its attached list, as PDF or ODT.
#include "awards/award_service.h"
#include "commands.h"
#include "documents/award_decision_data.h"
#include "documents/decision_document.h"
#include "storage/audit_log.h"
#include "storage/database.h"
#include "storage/output_target.h"

#include <QFileInfo>

namespace sangkien::cli {

CommandSpec decisionSpec()
{
    return {QStringLiteral("decision"),
            QStringLiteral("decision FILE --out PATH [--kind director|chairman-proposal] [--number N] "
                           "[--date YYYY-MM-DD] [--signer NAME] [--deputy]"),
            1,
            {QStringLiteral("--out"), QStringLiteral("--kind"), QStringLiteral("--number"),
             QStringLiteral("--date"), QStringLiteral("--signer")},
            {QStringLiteral("--deputy")}};
}

int runDecision(const QStringList& arguments)
{
    auto args = parseArgs(arguments, decisionSpec());
    if (!args)
        return usageError(args.error().message, args.error().place);
    const QString out = args->value(QStringLiteral("--out"));
    if (out.isEmpty())
        return usageError(Cli::tr("Say where to write the document with --out PATH (.pdf or .odt)."),
                          QStringLiteral("decision"));
    const QString suffix = QFileInfo(out).suffix().toLower();
    if (suffix != QLatin1String("pdf") && suffix != QLatin1String("odt"))
        return usageError(Cli::tr("The output must end in .pdf or .odt: %1").arg(out),
                          QStringLiteral("decision"));
    const QString kindText = args->value(QStringLiteral("--kind"), QStringLiteral("director"));
    DocumentKind kind;
    if (kindText == QLatin1String("director"))
        kind = DocumentKind::DirectorDecision;
    else if (kindText == QLatin1String("chairman-proposal"))
        kind = DocumentKind::ChairmanProposal;
    else
        return usageError(
            Cli::tr("Unknown kind \"%1\". Known kinds: director, chairman-proposal.").arg(kindText),
            QStringLiteral("decision"));
    QDate date = QDate::currentDate();
    if (args->has(QStringLiteral("--date"))) {
        date = QDate::fromString(args->value(QStringLiteral("--date")), Qt::ISODate);
        if (!date.isValid())
            return usageError(
                Cli::tr("The date must be written YYYY-MM-DD: %1").arg(args->value(QStringLiteral("--date"))),
                QStringLiteral("decision"));
    }

    const QString path = args->positionals.at(0);
    // Never over the campaign (whatever its name), another campaign, a package or a journal's name.
    if (auto target = OutputTarget::check(out, {path}); !target)
        return fail(target.error(), Stage::OtherFile);
    auto opened = Database::open(path, Database::Mode::ReadOnly);
    if (!opened)
        return fail(opened.error());
    Database& db = **opened;

    // A decision is never printed over awards that break the plan's quotas.
    AwardService awards(db, AuditLog::currentUser());
    auto validator = awards.validator();
    auto stored = awards.stored();
    if (!validator || !stored)
        return fail(!validator ? validator.error() : stored.error());
    const QList<Error> broken = validator->violations(*stored);
    if (!broken.isEmpty()) {
        for (const Error& e : broken)
            writeErr(e.text());
        return fail(Error{Cli::tr("The stored awards break a quota rule; no document was written."), path,
                          ErrorKind::Quota});
    }

    const Signer signer{args->value(QStringLiteral("--signer")), args->has(QStringLiteral("--deputy"))};
    auto data =
        AwardDecisionData::fromCampaign(db, kind, args->value(QStringLiteral("--number")), date, signer);
    if (!data)
        return fail(data.error(), Stage::Writing);
    if (auto valid = data->validate(); !valid)
        return fail(valid.error().at(path), Stage::Writing);
    const Status written = suffix == QLatin1String("pdf") ? writePdf(*data, out) : writeOdt(*data, out);
    if (!written)
        return fail(written.error(), Stage::OtherFile);
    writeErr(Cli::tr("Wrote %1 (%2 collectives, %3 individuals).")
                 .arg(out)
                 .arg(data->collectives.size())
                 .arg(data->individuals.size()));
    return Ok;
}

} // namespace sangkien::cli
