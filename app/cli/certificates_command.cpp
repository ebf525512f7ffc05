// `certificates FILE --out PATH.pdf [--form director|chairman] [--decision-version N] [--test-page]
// [--format json]`: one certificate per awardee of an issued version, printed onto the office's blank where
// the campaign's layout puts each text; or the layout's test page (the boxes' frames). Through
// CertificateIssuer, as the window prints them.
#include "commands.h"
#include "services/certificate_issuer.h"
#include "storage/audit_log.h"
#include "storage/database.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sangkien::cli {

CommandSpec certificatesSpec()
{
    return {
        QStringLiteral("certificates"),
        QStringLiteral("certificates FILE --out PATH.pdf [--form director|chairman] [--decision-version N] "
                       "[--test-page] [--format json]"),
        1,
        {QStringLiteral("--out"), QStringLiteral("--form"), QStringLiteral("--decision-version"),
         QStringLiteral("--format")},
        {QStringLiteral("--test-page")},
        {QStringLiteral("--out")}};
}

int runCertificates(const QStringList& arguments)
{
    const QString command = QStringLiteral("certificates");
    auto args = parseArgs(arguments, certificatesSpec());
    if (!args)
        return usageError(args.error().message, args.error().place);
    const QString out = args->value(QStringLiteral("--out"));
    if (QFileInfo(out).suffix().toLower() != QLatin1String("pdf"))
        return usageError(Cli::tr("The certificates are written as PDF: give a path ending in .pdf."),
                          command);
    const QString formText = args->value(QStringLiteral("--form"), QStringLiteral("director"));
    const auto form = certificateFormFromCode(formText);
    if (!form)
        return usageError(Cli::tr("Unknown form \"%1\". Known forms: director, chairman.").arg(formText),
                          command);
    const QString format = args->value(QStringLiteral("--format"), QStringLiteral("text"));
    if (format != QLatin1String("text") && format != QLatin1String("json"))
        return usageError(Cli::tr("Unknown format \"%1\". Known formats: text, json.").arg(format), command);
    const bool testPage = args->has(QStringLiteral("--test-page"));
    qint64 version = 0;
    if (args->has(QStringLiteral("--decision-version"))) {
        if (testPage)
            return usageError(Cli::tr("The test page shows the layout only: leave --decision-version out."),
                              command);
        const auto v = integerOption(*args, QStringLiteral("--decision-version"), 0, 1, 1000000);
        if (!v)
            return usageError(v.error().message, command);
        version = *v;
    }

    const QString path = args->positionals.at(0);
    // Printing certificates stores nothing: the campaign is only read.
    int exitCode = Ok;
    auto opened = openToPrint(path, out, command, &exitCode);
    if (!opened)
        return exitCode;
    CertificateIssuer issuer(**opened, AuditLog::currentUser());

    QJsonObject json{{QStringLiteral("out"), out},
                     {QStringLiteral("form"), certificateFormCode(*form)},
                     {QStringLiteral("test_page"), testPage}};
    if (testPage) {
        const auto layout = issuer.layout(*form);
        if (!layout)
            return fail(layout.error().at(path));
        if (const Status written = issuer.writeTestPage(*layout, out); !written)
            return fail(written.error(), Stage::OtherFile);
        json.insert(QStringLiteral("decision_version"), QJsonValue());
        json.insert(QStringLiteral("pages"), 1);
        json.insert(QStringLiteral("certificates"), QJsonArray());
        writeErr(Cli::tr("Wrote %1: the test page of the layout, every box framed and named.").arg(out));
    } else {
        const auto batch = issuer.prepare(*form, int(version));
        if (!batch)
            return fail(batch.error().at(path));
        if (const Status written = issuer.writePdf(*batch, out); !written)
            return fail(written.error(), Stage::OtherFile);
        QJsonArray certificates;
        for (const Awardee& a : batch->data.collectives + batch->data.individuals)
            certificates.append(QJsonObject{{QStringLiteral("code"), a.entryCode},
                                            {QStringLiteral("name"), a.name},
                                            {QStringLiteral("unit"), a.unit}});
        json.insert(QStringLiteral("decision_version"), batch->version);
        json.insert(QStringLiteral("pages"), batch->data.awardeeCount());
        json.insert(QStringLiteral("certificates"), certificates);
        writeErr(Cli::tr("Wrote %1: %n certificate(s) of version %2.", nullptr, batch->data.awardeeCount())
                     .arg(out)
                     .arg(batch->version));
    }
    if (format == QLatin1String("json"))
        writeOut(QJsonDocument(json).toJson(QJsonDocument::Compact) + '\n');
    return Ok;
}

} // namespace sangkien::cli
