#pragma once

#include "campaign_context.h"
#include "common/result.h"
#include "import/importer.h"
#include "models/import_preview_model.h"
#include "prompts.h"

#include <QStringList>
#include <QWizard>
#include <functional>
#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTableWidget;

namespace sangkien {

class Database;

// Imports a unit's spreadsheet: pick or drop the file, choose the sheet, check and fix the column mapping
// (save it by name for next year), preview every row with its problems in a column of their own (the rows
// with problems can be shown alone) and decide per row (skip it, edit a cell with a completer for units,
// categories and kinds), fix or create an unknown unit once for every row naming it, then import with a
// progress dialog that can cancel. The finished page has only "Close". Reading and writing
// run on a worker thread with its own connection to the campaign file, so the window never freezes.
//
// Tests drive it through the public methods below, which the pages call too.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        FilePage,
        MappingPage,
        PreviewPage,
        ResultPage
    };

    explicit ImportWizard(const CampaignContext& context, QWidget* parent = nullptr);
    ~ImportWizard() override;

    // Reads the file (its first visible sheet, or sheet) and detects the mapping or applies a saved one.
    Status openFile(const QString& path, const QString& sheet = {});
    Status selectSheet(const QString& sheet);
    // Changes one column's field, as its combo does, and revalidates.
    Status setField(int column, ImportField field);
    Status saveMapping(const QString& name);
    Status applySavedMapping(const QString& name);
    // Names of the saved mappings in the user's data folder.
    static QStringList savedMappings();
    static QString mappingsDir();

    ImportPreviewModel* previewModel() const { return m_model.get(); }
    // The preview's table and the filter between it and the model.
    QSortFilterProxyModel* previewFilter() const { return m_filter; }
    // Shows only the rows with problems (the "Only rows with problems" box).
    void setOnlyProblems(bool only);

    // The unknown units of the plan, each with every row naming it.
    QList<UnknownUnit> unknownUnits() const;
    // Creates the unit once: every row naming it becomes acceptable.
    Status createUnitEverywhere(const QString& unknown);
    // Every row naming the unknown unit takes the campaign's unit instead; how many rows changed.
    Result<int> replaceUnitEverywhere(const QString& unknown, const QString& unit);
    const ImportPlan* plan() const { return m_plan.get(); }

    // Commits the plan with the preview's decisions; the result page shows the counts.
    Result<ImportSummary> runImport();
    std::optional<ImportSummary> lastSummary() const { return m_summary; }

protected:
    bool validateCurrentPage() override;
    void initializePage(int id) override;

private:
    Prompts* m_prompts = &defaultPrompts();
    // Runs work on a worker thread with its own Database on the campaign file, a progress dialog
    // showing how far it got; Cancel asks the work to stop.
    template <typename T>
    Result<T> runInWorker(const QString& label,
                          const std::function<Result<T>(Database&, ImportProgress&)>& work);

    Status reread();
    void fillMappingTable();
    void updatePreviewSummary();
    void fillUnknownUnits();
    void onUnknownUnitChosen();
    void skipSelectedRows();
    void showError(const Error& error);

    Database& m_db;
    Importer m_importer;
    std::unique_ptr<ImportPlan> m_plan;
    std::unique_ptr<ImportPreviewModel> m_model;
    std::optional<ColumnMapping> m_savedMapping;
    std::optional<ImportSummary> m_summary;
    QString m_path;

    QLineEdit* m_fileEdit = nullptr;
    QComboBox* m_sheetCombo = nullptr;
    QTableWidget* m_mappingTable = nullptr;
    QComboBox* m_savedCombo = nullptr;
    QLineEdit* m_mappingName = nullptr;
    QTableView* m_preview = nullptr;
    QSortFilterProxyModel* m_filter = nullptr;
    QCheckBox* m_onlyProblems = nullptr;
    QWidget* m_unitsPanel = nullptr;
    QComboBox* m_unknownUnits = nullptr;
    QLineEdit* m_unitChoice = nullptr;
    class UnitCompleter* m_unitCompleter = nullptr;
    QLabel* m_previewSummary = nullptr;
    QLabel* m_resultLabel = nullptr;
    bool m_filling = false;
};

} // namespace sangkien
