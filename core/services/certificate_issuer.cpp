#include "certificate_issuer.h"

#include "common/support_log.h"
#include "documents/document_painter.h"
#include "storage/certificate_layout_repository.h"
#include "storage/database.h"
#include "storage/decision_repository.h"
#include "storage/entry_repository.h"
#include "storage/output_target.h"

namespace sangkien {

namespace {

DocumentKind documentOf(CertificateForm form)
{
    return form == CertificateForm::Chairman ? DocumentKind::ChairmanProposal
                                             : DocumentKind::DirectorDecision;
}

} // namespace

QString certificateFormCode(CertificateForm form)
{
    return form == CertificateForm::Chairman ? QStringLiteral("chairman") : QStringLiteral("director");
}

std::optional<CertificateForm> certificateFormFromCode(const QString& code)
{
    if (code == QLatin1String("director"))
        return CertificateForm::Director;
    if (code == QLatin1String("chairman"))
        return CertificateForm::Chairman;
    return std::nullopt;
}

CertificateIssuer::CertificateIssuer(Database& db, QString user)
    : m_db(db)
    , m_user(std::move(user))
{}

Result<QList<int>> CertificateIssuer::printableVersions(CertificateForm form) const
{
    DecisionRepository repo(m_db, m_user);
    auto versions = repo.versions(documentOf(form));
    if (!versions)
        return versions.error();
    QList<int> printable;
    for (const DecisionVersion& v : *versions) {
        if (!v.frozen() || !v.content)
            continue;
        if (form == CertificateForm::Chairman) {
            auto province = repo.provinceDecision(v.version);
            if (!province)
                return province.error();
            if (!*province)
                continue;
        }
        printable.append(v.version);
    }
    return printable;
}

Result<CertificateBatch> CertificateIssuer::prepare(CertificateForm form, int version) const
{
    DecisionRepository repo(m_db, m_user);
    const DocumentKind kind = documentOf(form);
    const bool chairman = form == CertificateForm::Chairman;
    if (version <= 0) {
        auto versions = repo.versions(kind);
        if (!versions)
            return versions.error();
        for (const DecisionVersion& v : *versions)
            if (v.frozen())
                version = v.version;
        if (version <= 0)
            return Error{chairman ? tr("No proposal for the chairman's certificate has been issued yet: "
                                       "certificates print from an issued version.")
                                  : tr("No decision of the director has been issued yet: certificates print "
                                       "from an issued version."),
                         m_db.path(), ErrorKind::Refused};
    }
    auto stored = repo.version(kind, version);
    if (!stored || !stored->frozen() || !stored->content)
        return Error{chairman ? tr("Version %1 of the proposal for the chairman's certificate was never "
                                   "issued.")
                                    .arg(version)
                              : tr("Version %1 of the director's decision was never issued.").arg(version),
                     m_db.path(), ErrorKind::Refused};

    CertificateBatch batch;
    batch.form = form;
    batch.version = version;
    batch.data = *stored->content;
    if (chairman) {
        // The province awards the chairman's certificate: its decision is the one the certificate names,
        // and only the entries it awarded get one.
        auto province = repo.provinceDecision(version);
        if (!province)
            return province.error();
        if (!*province)
            return Error{tr("The province's decision on version %1 of the proposal is not recorded yet: the "
                            "chairman's certificates print once it is (Record the province's decision).")
                             .arg(version),
                         m_db.path(), ErrorKind::Refused};
        // The whole number as the province wrote it ("1234/QĐ-UBND"), which numberSymbol() then prints.
        batch.data.number.clear();
        batch.data.symbol = (*province)->number;
        batch.data.date = (*province)->date;
        EntryRepository entries(m_db);
        for (QList<Awardee>* list : {&batch.data.collectives, &batch.data.individuals}) {
            QList<Awardee> awarded;
            for (const Awardee& a : std::as_const(*list)) {
                const auto id = entries.idOf(a.entryCode);
                if (!id)
                    return id.error();
                if (!*id)
                    continue;
                const auto entry = entries.load(**id);
                if (!entry)
                    return entry.error();
                if (entry->status == EntryStatus::Awarded)
                    awarded.append(a);
            }
            *list = awarded;
        }
    }
    if (batch.data.awardeeCount() == 0)
        return Error{tr("Version %1 awards nobody a certificate of this form.").arg(version), m_db.path(),
                     ErrorKind::Refused};
    auto chosen = layout(form);
    if (!chosen)
        return chosen.error();
    batch.layout = *chosen;
    return batch;
}

Result<CertificateLayout> CertificateIssuer::layout(CertificateForm form) const
{
    auto stored = CertificateLayoutRepository(m_db, m_user).load(certificateFormCode(form));
    if (!stored)
        return stored.error();
    return *stored ? **stored : CertificateLayout::defaults();
}

Status CertificateIssuer::saveLayout(CertificateForm form, const CertificateLayout& layout)
{
    return CertificateLayoutRepository(m_db, m_user).save(certificateFormCode(form), layout);
}

Status CertificateIssuer::writePdf(const CertificateBatch& batch, const QString& path) const
{
    if (Status target = OutputTarget::check(path, {m_db.path()}); !target)
        return target;
    Status written = writeCertificatesPdf(batch.data, batch.layout, path);
    if (written)
        SupportLog::event(QStringLiteral("print"), QStringLiteral("certificates"));
    return written;
}

Status CertificateIssuer::writeTestPage(const CertificateLayout& layout, const QString& path) const
{
    if (Status target = OutputTarget::check(path, {m_db.path()}); !target)
        return target;
    return DocumentPainter::writePdf(layoutCertificateTestPage(layout), path);
}

} // namespace sangkien
