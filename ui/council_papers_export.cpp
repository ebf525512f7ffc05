#include "council_papers_export.h"

#include "document_preview.h"
#include "documents/council_papers.h"
#include "error_wording.h"
#include "prompts.h"
#include "storage/database.h"
#include "storage/output_target.h"

#include <QDate>
#include <QDir>

namespace sangkien {

QString CouncilPapersExport::run(QWidget* parent, Database& db, Prompts& prompts, Paper paper,
                                 const QString& folder)
{
    const bool summary = paper == Paper::Summary;
    const QString title = summary ? tr("Summary of scores") : tr("Blank score sheets");
    const QString suggested =
        QDir(folder).filePath((summary ? tr("summary-of-scores-%1.pdf") : tr("score-sheets-%1.pdf"))
                                  .arg(QDate::currentDate().toString(Qt::ISODate)));
    const QString path =
        prompts.saveFile(parent, title, suggested, tr("PDF files (*.pdf);;OpenDocument text (*.odt)"));
    if (path.isEmpty())
        return {};
    if (const Status target = OutputTarget::check(path, {db.path()}); !target) {
        prompts.warning(parent, tr("Cannot write the papers"), ErrorWording::describe(target.error()));
        return {};
    }
    const auto data = CouncilPapersData::fromDatabase(db);
    if (!data) {
        prompts.warning(parent, tr("Cannot write the papers"), ErrorWording::describe(data.error()));
        return {};
    }
    const Status written = summary ? writeScoreSummary(*data, path) : writeScoreSheets(*data, path);
    if (!written) {
        prompts.warning(parent, tr("Cannot write the papers"), ErrorWording::describe(written.error()));
        return {};
    }
    return tr("%1 written to %2").arg(title, QDir::toNativeSeparators(path));
}

bool CouncilPapersExport::preview(QWidget* parent, Database& db, Prompts& prompts, Paper paper)
{
    const bool summary = paper == Paper::Summary;
    const auto data = CouncilPapersData::fromDatabase(db);
    if (!data) {
        prompts.warning(parent, tr("Cannot show the papers"), ErrorWording::describe(data.error()));
        return false;
    }
    // The same refusals as the files: nothing assigned, nothing under review.
    if (const Status printable = summary ? checkScoreSummary(*data) : checkScoreSheets(*data); !printable) {
        prompts.warning(parent, tr("Cannot show the papers"), ErrorWording::describe(printable.error()));
        return false;
    }
    DocumentPreview dialog(summary ? layoutScoreSummary(*data) : layoutScoreSheets(*data),
                           summary ? tr("Summary of scores") : tr("Blank score sheets"), parent);
    prompts.dialog(dialog);
    return true;
}

} // namespace sangkien
