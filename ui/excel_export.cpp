#include "excel_export.h"

#include "app_settings.h"
#include "error_wording.h"
#include "prompts.h"
#include "storage/campaign_repository.h"
#include "storage/database.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace sangkien {

QList<WorkbookKind> ExcelExport::kinds()
{
    return {WorkbookKind::Entries, WorkbookKind::Ranking, WorkbookKind::Awards, WorkbookKind::Statistics};
}

QString ExcelExport::actionText(WorkbookKind kind)
{
    switch (kind) {
    case WorkbookKind::Entries:
        return tr("&Entries List…");
    case WorkbookKind::Ranking:
        return tr("&Ranking…");
    case WorkbookKind::Awards:
        return tr("&Awards List…");
    case WorkbookKind::Statistics:
        break;
    }
    return tr("&Statistics…");
}

QString ExcelExport::objectName(WorkbookKind kind)
{
    switch (kind) {
    case WorkbookKind::Entries:
        return QStringLiteral("exportExcelEntries");
    case WorkbookKind::Ranking:
        return QStringLiteral("exportExcelRanking");
    case WorkbookKind::Awards:
        return QStringLiteral("exportExcelAwards");
    case WorkbookKind::Statistics:
        break;
    }
    return QStringLiteral("exportExcelStatistics");
}

QString ExcelExport::run(QWidget* parent, Database& db, Prompts& prompts, WorkbookKind kind,
                         AppSettings& settings)
{
    const QString title = tr("Export to Excel");
    const QString suggested =
        QDir(settings.exportDirectory())
            .filePath(WorkbookExport::suggestedFileName(kind, CampaignRepository(db).year()));
    const QString path = prompts.saveFile(parent, title, suggested, tr("Excel workbooks (*.xlsx)"));
    if (path.isEmpty())
        return {};
    settings.setExportDirectory(QFileInfo(path).absolutePath());
    const auto rows = WorkbookExport::write(db, kind, path);
    if (!rows) {
        prompts.warning(parent, tr("Cannot export"), ErrorWording::describe(rows.error()));
        return {};
    }
    return tr("%1 rows written to %2").arg(QLocale().toString(*rows), QDir::toNativeSeparators(path));
}

} // namespace sangkien
