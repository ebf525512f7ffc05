#pragma once

#include "domain/entry.h"
#include "domain/unit.h"

#include <QList>
#include <QWidget>

class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QGridLayout;

namespace sangkien {

class UnitCompleter;

// The co-authors of an entry, one row each (full name, position, unit, share %), typed from the
// keyboard: Tab walks a row and then reaches "Add co-author"; Space there opens a new row.
class CoAuthorsEditor : public QWidget
{
    Q_OBJECT

public:
    explicit CoAuthorsEditor(QWidget* parent = nullptr);

    void setUnits(const QList<Unit>& units);
    void setAuthors(const QList<Author>& authors);
    QList<Author> authors() const;
    int rowCount() const { return int(m_rows.size()); }
    // Units typed that name no unit, as "row: text" for the editor's message.
    QStringList unresolvedUnits() const;

    // The widget Tab reaches just before the first row, so rows follow it in the focus chain.
    void setTabOrderAfter(QWidget* before) { m_before = before; }
    QPushButton* addButton() const { return m_add; }
    QWidget* lastWidget() const;

public slots:
    void addRow();
    void removeRow(int row);

signals:
    void changed();

private:
    struct Row
    {
        QLineEdit* name;
        QLineEdit* position;
        QLineEdit* unit;
        UnitCompleter* completer;
        QDoubleSpinBox* share;
        QPushButton* remove;
        QLabel* number;
    };
    Row makeRow();
    void relayout();
    void updateTotal();

    QList<Unit> m_units;
    QList<Row> m_rows;
    QGridLayout* m_grid;
    QPushButton* m_add;
    QLabel* m_total;
    QWidget* m_before = nullptr;
};

} // namespace sangkien
