#pragma once

#include "reports/report_template.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

class QWidget;

namespace sangkien {

class Database;
class Prompts;
struct ReportDetails;

// The window's way to the interim and final reports (core/reports/campaign_report): the print preview with
// its printer, or a PDF or ODT file (the campaign or another protected file refused as the target). Both
// first ask the report's number, date, signer and period (ReportDetailsDialog), the date today and the
// signer the program's default (File › Preferences) unless changed.
class ReportExport
{
    Q_DECLARE_TR_FUNCTIONS(ReportExport)

public:
    // Asks where to save (PDF or ODT by the name's suffix) and writes. The message for the status bar when
    // written; empty when cancelled or refused (the refusal is shown).
    static QString run(QWidget* parent, Database& db, Prompts& prompts, ReportKind kind,
                       const QString& folder, const QString& signer);
    // Shows the report in the print preview, from which it prints; false when it cannot be shown (the
    // refusal is shown).
    static bool preview(QWidget* parent, Database& db, Prompts& prompts, ReportKind kind,
                        const QString& signer);
    // The report's details, asked; nullopt when cancelled.
    static std::optional<ReportDetails> askDetails(QWidget* parent, Prompts& prompts, ReportKind kind,
                                                   const QString& signer);
    // "Interim report" or "Final report", for titles.
    static QString title(ReportKind kind);
};

} // namespace sangkien
