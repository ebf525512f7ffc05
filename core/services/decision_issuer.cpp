#include "decision_issuer.h"

#include "awards/award_service.h"
#include "documents/decision_document.h"
#include "storage/database.h"
#include "storage/output_target.h"

#include <QStringList>

namespace sangkien {

namespace {

Status writeDocument(const AwardDecisionData& document, const QString& path, DocumentFormat format)
{
    // Both writers go through a temporary file renamed at the end: all of the document or nothing.
    return format == DocumentFormat::Odt ? writeOdt(document, path) : writePdf(document, path);
}

} // namespace

DecisionIssuer::DecisionIssuer(Database& db, QString user)
    : m_db(db)
    , m_user(std::move(user))
{}

Result<QList<Error>> DecisionIssuer::violations() const
{
    return AwardService(m_db, m_user).violations();
}

Status DecisionIssuer::check() const
{
    const auto broken = violations();
    if (!broken)
        return broken.error();
    if (broken->isEmpty())
        return {};
    QStringList lines;
    for (const Error& e : *broken)
        lines << e.text();
    return Error{tr("The stored awards break the campaign's rules; nothing was issued. %1")
                     .arg(lines.join(QLatin1Char(' '))),
                 m_db.path(), ErrorKind::Quota};
}

Result<AwardDecisionData> DecisionIssuer::prepare(DocumentKind kind, const DecisionDetails& details)
{
    if (Status ok = check(); !ok)
        return ok.error();
    DecisionRepository repo(m_db, m_user);
    // The document is checked before anything is stored: a refused one leaves no draft behind.
    auto document = repo.compose(kind, details);
    if (!document)
        return document.error();
    if (Status valid = document->validate(); !valid)
        return valid.error();
    if (auto saved = repo.saveDetails(kind, details); !saved)
        return saved.error();
    return document;
}

Result<DecisionVersion> DecisionIssuer::issueToFile(const AwardDecisionData& document, const QString& path,
                                                    DocumentFormat format, bool* outputFailed)
{
    if (outputFailed)
        *outputFailed = true;
    // Never over the campaign (whatever its name), another campaign, a package or a journal's name.
    if (Status target = OutputTarget::check(path, {m_db.path()}); !target)
        return target.error();
    if (Status written = writeDocument(document, path, format); !written)
        return written.error();
    if (outputFailed)
        *outputFailed = false;
    return issuePrinted(document);
}

Result<DecisionVersion> DecisionIssuer::issuePrinted(const AwardDecisionData& document)
{
    return DecisionRepository(m_db, m_user).freeze(document);
}

Result<DecisionIssuer::Issued> DecisionIssuer::issue(DocumentKind kind, const DecisionDetails& details,
                                                     const QString& path, DocumentFormat format)
{
    auto document = prepare(kind, details);
    if (!document)
        return document.error();
    auto version = issueToFile(*document, path, format);
    if (!version)
        return version.error();
    return Issued{*document, *version};
}

Status DecisionIssuer::reprint(DocumentKind kind, int version, const QString& path,
                               DocumentFormat format) const
{
    auto stored = DecisionRepository(m_db, m_user).version(kind, version);
    if (!stored)
        return stored.error();
    if (!stored->frozen() || !stored->content)
        return Error{
            tr("Version %1 was never issued: only an issued version prints as it went out.").arg(version),
            m_db.path(), ErrorKind::Refused};
    if (Status target = OutputTarget::check(path, {m_db.path()}); !target)
        return target;
    return writeDocument(*stored->content, path, format);
}

} // namespace sangkien
