#pragma once

#include "common/result.h"
#include "import/importer.h"

#include <QAbstractTableModel>
#include <QSet>

namespace sangkien {

// Every data row of an ImportPlan as the wizard previews it: a check column (import the row or skip it),
// the row's status, its problems in words, then the sheet's own columns; the sheet's footer last, greyed. A
// cell with a problem carries it in ProblemsRole and the tooltip, with a red background; a cell converted
// from TCVN3/VNI or NFD has a yellow one; a cell the clerk edited a green one. Editing a cell revalidates the
// whole plan (a fix may end a duplicate too).
class ImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        ProblemsRole = Qt::UserRole + 1, // QStringList: the reasons placed on this cell (or row, for Status)
        ConvertedRole,                   // bool: the text was repaired from a legacy encoding or NFD
        StatusRole,                      // int(RowStatus)
        SheetRowRole,                    // the row number as the spreadsheet shows it
    };
    enum FixedColumn
    {
        ImportColumn = 0,
        StatusColumn = 1,
        ProblemsColumn = 2, // every problem of the row, in words, each with its column letter
        FixedColumns = 3
    };

    explicit ImportPreviewModel(Importer& importer, QObject* parent = nullptr);

    // The plan is not owned; it must outlive the model or be replaced first.
    void setPlan(ImportPlan* plan);
    ImportPlan* plan() const { return m_plan; }
    // After the plan changed outside the model (mapping, units): rows and statuses are read again.
    void refresh();

    // The sheet column (0-based) of a model column, or -1 for the fixed columns.
    int sheetColumn(int modelColumn) const;
    // The plan row shown on a model row.
    const PlannedRow* plannedRow(int modelRow) const;
    int modelRowOf(int sheetRow) const;

    // Decisions by sheet row number: rejected rows are skipped or fixed, duplicates imported or not.
    void setImported(int sheetRow, bool import);
    bool isImported(int sheetRow) const;
    ImportDecisions decisions() const;

    // Sets a cell as typed and revalidates the plan.
    Status editCell(int sheetRow, int column, const QString& text);
    Status createUnit(const QString& name);
    // Sets every row naming the unknown unit to a unit of the campaign; how many rows changed.
    Result<int> replaceUnit(const QString& unknown, const QString& unitName);
    Status setMapping(const ColumnMapping& mapping);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    // A revalidation or an edit failed (e.g. the campaign file could not be read).
    void failed(const sangkien::Error& error);

private:
    QString statusText(const PlannedRow& row) const;
    QStringList problemsAt(const PlannedRow& row, int sheetColumn) const;

    Importer& m_importer;
    ImportPlan* m_plan = nullptr;
    int m_columns = 0;
    QSet<int> m_skipped;         // sheet rows left out
    QSet<int> m_duplicatesTaken; // duplicates imported anyway
};

} // namespace sangkien
