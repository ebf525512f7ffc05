#include "report_export.h"

#include "document_preview.h"
#include "error_wording.h"
#include "prompts.h"
#include "report_details_dialog.h"
#include "reports/campaign_report.h"
#include "storage/database.h"
#include "storage/output_target.h"

#include <QDate>
#include <QDir>

namespace sangkien {

QString ReportExport::title(ReportKind kind)
{
    return kind == ReportKind::Interim ? tr("Interim report") : tr("Final report");
}

std::optional<ReportDetails> ReportExport::askDetails(QWidget* parent, Prompts& prompts, ReportKind kind,
                                                      const QString& signer)
{
    ReportDetailsDialog dialog(kind, parent);
    ReportDetails defaults;
    defaults.date = QDate::currentDate();
    defaults.signer = signer;
    dialog.setDetails(defaults);
    if (!prompts.dialog(dialog))
        return std::nullopt;
    return dialog.details();
}

QString ReportExport::run(QWidget* parent, Database& db, Prompts& prompts, ReportKind kind,
                          const QString& folder, const QString& signer)
{
    const auto asked = askDetails(parent, prompts, kind, signer);
    if (!asked)
        return {};
    const ReportDetails& details = *asked;
    const QString name =
        kind == ReportKind::Interim ? tr("interim-report-%1.pdf") : tr("final-report-%1.pdf");
    const QString suggested = QDir(folder).filePath(name.arg(details.date.toString(Qt::ISODate)));
    const QString path =
        prompts.saveFile(parent, title(kind), suggested, tr("PDF files (*.pdf);;OpenDocument text (*.odt)"));
    if (path.isEmpty())
        return {};
    if (const Status target = OutputTarget::check(path, {db.path()}); !target) {
        prompts.warning(parent, tr("Cannot write the report"), ErrorWording::describe(target.error()));
        return {};
    }
    const auto data = CampaignReportData::fromDatabase(db, kind, details.date, details.signer, details.deputy,
                                                       details.number, details.period);
    if (!data) {
        prompts.warning(parent, tr("Cannot write the report"), ErrorWording::describe(data.error()));
        return {};
    }
    if (const Status written = writeReport(*data, path); !written) {
        prompts.warning(parent, tr("Cannot write the report"), ErrorWording::describe(written.error()));
        return {};
    }
    return tr("%1 written to %2").arg(title(kind), QDir::toNativeSeparators(path));
}

bool ReportExport::preview(QWidget* parent, Database& db, Prompts& prompts, ReportKind kind,
                           const QString& signer)
{
    const auto details = askDetails(parent, prompts, kind, signer);
    if (!details)
        return false;
    const auto data = CampaignReportData::fromDatabase(db, kind, details->date, details->signer,
                                                       details->deputy, details->number, details->period);
    if (!data) {
        prompts.warning(parent, tr("Cannot show the report"), ErrorWording::describe(data.error()));
        return false;
    }
    const auto document = layoutReport(*data);
    if (!document) {
        prompts.warning(parent, tr("Cannot show the report"), ErrorWording::describe(document.error()));
        return false;
    }
    DocumentPreview dialog(*document, title(kind), parent);
    prompts.dialog(dialog);
    return true;
}

} // namespace sangkien
