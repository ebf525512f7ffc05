// `decision FILE --out PATH [--kind director|chairman-proposal] [--number N] [--date YYYY-MM-DD]
// [--signer NAME] [--deputy] [--version N]`: issues the director's decision or the proposal to the chairman,
// with its attached list, as PDF or ODT, through DecisionIssuer as the window does (rules checked, details
// stored, version frozen, trail row); `--version N` writes an issued version as it went out.
#include "commands.h"
#include "services/decision_issuer.h"
#include "storage/audit_log.h"
#include "storage/database.h"
#include "storage/output_target.h"

#include <QFileInfo>

namespace sangkien::cli {

CommandSpec decisionSpec()
{
    return {QStringLiteral("decision"),
            QStringLiteral("decision FILE --out PATH [--kind director|chairman-proposal] [--number N] "
                           "[--date YYYY-MM-DD] [--signer NAME] [--deputy] [--version N]"),
            1,
            {QStringLiteral("--out"), QStringLiteral("--kind"), QStringLiteral("--number"),
             QStringLiteral("--date"), QStringLiteral("--signer"), QStringLiteral("--version")},
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
    const DocumentFormat format = suffix == QLatin1String("pdf") ? DocumentFormat::Pdf : DocumentFormat::Odt;

    // A version already issued prints as it went out: nothing is stored, so the file is only read.
    if (args->has(QStringLiteral("--version"))) {
        const auto version = integerOption(*args, QStringLiteral("--version"), 0, 1, 1000000);
        if (!version)
            return usageError(version.error().message, QStringLiteral("decision"));
        auto opened = Database::open(path, Database::Mode::ReadOnly);
        if (!opened)
            return fail(opened.error());
        const Status written =
            DecisionIssuer(**opened, AuditLog::currentUser()).reprint(kind, int(*version), out, format);
        if (!written)
            return fail(written.error(),
                        written.error().kind == ErrorKind::Refused ? Stage::Writing : Stage::OtherFile);
        writeErr(Cli::tr("Wrote %1: version %2 as it was issued.").arg(out).arg(*version));
        return Ok;
    }

    // Issuing stores the details and freezes the version with its trail row, as the window does: the
    // campaign is opened for writing, under its lock.
    auto campaign = openForWriting(path, QStringLiteral("decision"));
    if (!campaign)
        return fail(campaign.error());
    Database& db = **campaign;
    DecisionIssuer issuer(db, AuditLog::currentUser());

    // A decision is never issued over awards that break a rule: each violation names its entries.
    const auto broken = issuer.violations();
    if (!broken)
        return fail(broken.error().at(path));
    if (!broken->isEmpty()) {
        for (const Error& e : *broken)
            writeErr(e.text());
        return fail(Error{Cli::tr("The stored awards break the campaign's rules; no document was written."),
                          path, ErrorKind::Quota});
    }

    const DecisionDetails details{
        args->value(QStringLiteral("--number")), date,
        Signer{args->value(QStringLiteral("--signer")), args->has(QStringLiteral("--deputy"))}};
    auto document = issuer.prepare(kind, details);
    if (!document)
        return failWrite(document.error().at(path), path);
    bool outputFailed = false;
    auto version = issuer.issueToFile(*document, out, format, &outputFailed);
    if (!version) {
        // The --out file could not be written (nothing was stored), or the campaign refused the version.
        if (outputFailed)
            return fail(version.error(), Stage::OtherFile);
        return failWrite(version.error(), path);
    }
    writeErr(Cli::tr("Wrote %1 (%2 collectives, %3 individuals).")
                 .arg(out)
                 .arg(document->collectives.size())
                 .arg(document->individuals.size()));
    writeErr(Cli::tr("Issued as version %1 and frozen: a later change to the awards makes a new version.")
                 .arg(version->version));
    return Ok;
}

} // namespace sangkien::cli
