#pragma once

#include <QWidget>

class QLineEdit;
class QTableView;
class QTimer;

namespace sangkien {

class EntriesModel;
class EntriesFilterModel;
class FacetFilterModel;
class FilterBar;

// The main window's central view: a search field over the sortable entries table.
class EntriesView : public QWidget
{
    Q_OBJECT

public:
    explicit EntriesView(QWidget* parent = nullptr);

    EntriesModel* model() const { return m_model; }
    EntriesFilterModel* filterModel() const;
    FacetFilterModel* facetModel() const { return m_filter; }
    FilterBar* filterBar() const { return m_filterBar; }
    QLineEdit* searchField() const { return m_search; }
    QTableView* tableView() const { return m_table; }

    int shownCount() const;
    int totalCount() const;

    // Puts the cursor in the search field with its text selected, ready to type over.
    void focusSearch();
    // Applies a pending search at once instead of waiting for the typing pause.
    void applySearchNow();

    // The entry under the cursor and the selected ones (ids), and selecting one by id.
    qint64 currentEntryId() const;
    QList<qint64> selectedEntryIds() const;
    void selectEntry(qint64 entryId);

    // Shows or hides a column (the header's context menu does it for the user).
    void setColumnShown(int column, bool shown);

    QByteArray headerState() const;
    void restoreHeaderState(const QByteArray& state);

signals:
    // The number of rows shown or in all changed (a search, a reload).
    void countsChanged(int shown, int total);
    // Enter or a double click on a row.
    void editRequested();
    void currentEntryChanged(qint64 entryId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void fitColumns();
    void onSearchEdited();
    void showColumnMenu(const QPoint& pos);

    EntriesModel* m_model;
    FacetFilterModel* m_filter;
    FilterBar* m_filterBar;
    QLineEdit* m_search;
    QTableView* m_table;
    QTimer* m_searchDelay;
};

} // namespace sangkien
