#pragma once

#include "common/result.h"
#include "reports/report_template.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace sangkien {

class Database;

// The report texts kept with the campaign, one per kind (interim, final). Saving is one transaction with
// its trail row; a text with unknown placeholders is refused and nothing is written.
class ReportTemplateRepository
{
    Q_DECLARE_TR_FUNCTIONS(ReportTemplateRepository)

public:
    ReportTemplateRepository(Database& db, QString user);

    // The office's text of the kind, if it ever saved one.
    Result<std::optional<QString>> stored(ReportKind kind) const;
    // The office's text, or the program's default.
    Result<QString> text(ReportKind kind) const;
    // Stores the text (checked by ReportTemplate::check); the default text or an unchanged one writes
    // nothing new: saving the default removes the office's row (Restore default).
    Status save(ReportKind kind, const QString& text);

private:
    Database& m_db;
    QString m_user;
};

} // namespace sangkien
