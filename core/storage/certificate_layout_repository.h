#pragma once

#include "common/result.h"
#include "documents/certificate_layout.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace sangkien {

class Database;

// The certificate layouts kept with the campaign, one per award form ("director", "chairman"): where each
// text goes on the office's pre-printed blank. Saving is one transaction with its trail row.
class CertificateLayoutRepository
{
    Q_DECLARE_TR_FUNCTIONS(CertificateLayoutRepository)

public:
    CertificateLayoutRepository(Database& db, QString user);

    // The stored layout of the form, if the clerk ever saved one.
    Result<std::optional<CertificateLayout>> load(const QString& formCode) const;
    // Stores the layout (checked as a loaded one is: boxes on the paper, plausible sizes) with one trail
    // row holding the layout before and after. Nothing is written when it is refused or unchanged.
    Status save(const QString& formCode, const CertificateLayout& layout);

private:
    Database& m_db;
    QString m_user;
};

} // namespace sangkien
