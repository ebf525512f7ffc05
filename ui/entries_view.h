#pragma once

#include <QWidget>

class QLineEdit;
class QTableView;
class QTimer;

namespace sangkien {

class EntriesModel;
class EntriesFilterModel;

// The main window's central view: a search field over the sortable entries table.
class EntriesView : public QWidget
{
    Q_OBJECT

public:
    explicit EntriesView(QWidget* parent = nullptr);

    EntriesModel* model() const { return m_model; }
    EntriesFilterModel* filterModel() const { return m_filter; }
    QLineEdit* searchField() const { return m_search; }
    QTableView* tableView() const { return m_table; }

    int shownCount() const;
    int totalCount() const;

    // Puts the cursor in the search field with its text selected, ready to type over.
    void focusSearch();
    // Applies a pending search at once instead of waiting for the typing pause.
    void applySearchNow();

    QByteArray headerState() const;
    void restoreHeaderState(const QByteArray& state);

signals:
    // The number of rows shown or in all changed (a search, a reload).
    void countsChanged(int shown, int total);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void fitColumns();
    void onSearchEdited();

    EntriesModel* m_model;
    EntriesFilterModel* m_filter;
    QLineEdit* m_search;
    QTableView* m_table;
    QTimer* m_searchDelay;
};

} // namespace sangkien
