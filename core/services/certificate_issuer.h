#pragma once

#include "common/result.h"
#include "documents/certificate_layout.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace sangkien {

class Database;

// Which certificate: the director's Giấy khen (awarded by the director's decision) or the chairman's Bằng
// khen (proposed by the office, decided by the province).
enum class CertificateForm
{
    Director,
    Chairman
};

QString certificateFormCode(CertificateForm form); // "director", "chairman"
std::optional<CertificateForm> certificateFormFromCode(const QString& code);

// The certificates of one issued version, ready to print onto the blanks.
struct CertificateBatch
{
    CertificateForm form = CertificateForm::Director;
    int version = 0;          // the version of the director's decision, or of the proposal to the chairman
    AwardDecisionData data;   // the awardees to print; its number and date are the awarding decision's
    CertificateLayout layout; // the campaign's layout for the form (or the default)

    PagedDocument pages() const { return layoutCertificates(data, layout); }
};

// Certificates, the same from the window and from sangkien-cli: one page per awardee of an issued version,
// printed onto the office's pre-printed blank where the campaign's layout puts each text.
// - The director's Giấy khen: every awardee of an issued version of the director's decision, with that
//   decision's number and date.
// - The chairman's Bằng khen: the province decides it. Only a proposal version with the province's decision
//   recorded prints, only for the entries that decision awarded (their status is awarded), with the
//   province's decision number and date.
// The layout is kept with the campaign, per form; saving it writes one trail row.
class CertificateIssuer
{
    Q_DECLARE_TR_FUNCTIONS(CertificateIssuer)

public:
    CertificateIssuer(Database& db, QString user);

    // The issued versions of the form's document, oldest first (for the chairman's, only those with the
    // province's decision recorded).
    Result<QList<int>> printableVersions(CertificateForm form) const;

    // The awardees of the version (0: the latest issued) with the layout; refused with words when no
    // version is issued, the version was never issued, the province has not decided the proposal, or the
    // version awards nobody on this form.
    Result<CertificateBatch> prepare(CertificateForm form, int version = 0) const;

    // The campaign's layout for the form, or the default one when none was saved.
    Result<CertificateLayout> layout(CertificateForm form) const;
    // Stores the layout with the campaign (one trail row; nothing when unchanged or refused).
    Status saveLayout(CertificateForm form, const CertificateLayout& layout);

    // Writes the certificates (or the layout's test page) as PDF, never over the campaign, another campaign
    // or a journal; written under a temporary name renamed at the end.
    Status writePdf(const CertificateBatch& batch, const QString& path) const;
    Status writeTestPage(const CertificateLayout& layout, const QString& path) const;

private:
    Database& m_db;
    QString m_user;
};

} // namespace sangkien
