#pragma once

#include "checked_item_delegate.h"

#include <QMap>
#include <QPair>
#include <QTableView>

namespace sangkien {

class ScoreGridModel;

// The editor of one score cell: a plain line edit holding the text as shown ("12,5"), so the model
// parses and bounds what was typed and says why it refuses. Return commits, then asks to move down.
class ScoreCellDelegate : public CheckedItemDelegate
{
    Q_OBJECT

public:
    using CheckedItemDelegate::CheckedItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    // Writes value; on refusal emits refused() with the model's reason and returns false.
    bool write(QAbstractItemModel* model, const QModelIndex& index, const QVariant& value) const;

signals:
    // Return committed the value (it was not refused): the view moves down one row.
    void committedByReturn() const;

protected:
    bool eventFilter(QObject* object, QEvent* event) override;

private:
    mutable bool m_refused = false;
};

// A score grid as a clerk types a paper sheet: a digit starts editing the cell, Return commits and moves
// down one row, Tab moves across the editable cells (criteria, then the comment, then the next row),
// Delete empties a cell. A refused value keeps the old one and the reason comes out of refused().
// Works on any ScoreGridModel (the office's score entry and review mode).
class ScoreGridView : public QTableView
{
    Q_OBJECT

public:
    explicit ScoreGridView(QWidget* parent = nullptr);

    ScoreGridModel* gridModel() const;
    ScoreCellDelegate* cellDelegate() const { return m_delegate; }
    // Sizes the columns: code and points to their contents, the title and the comment share the rest.
    void fitColumns();
    // Review mode's guidance (off for the office's paper-entry grid, where Enter moves down the column as
    // paper sheets are typed): the current cell framed thick, the entries still to score marked, Enter
    // and Tab along the row and then to the next entry to score (never into a scored cell of another
    // row), a refused value kept in its cell, marked, until it is corrected or deleted.
    void setGuided(bool guided);
    bool isGuided() const { return m_guided; }
    // Only the entries still to score are shown (guided); the current row stays until the cursor leaves.
    void setShowOnlyToScore(bool only);
    bool showsOnlyToScore() const { return m_onlyToScore; }
    // The first empty criterion of the next entry still to score after row (wrapping); invalid when none.
    QModelIndex nextToScore(int row) const;
    // The values the model refused, still shown in their cells (guided).
    QString refusedText(const QModelIndex& index) const;
    QString refusedReason(const QModelIndex& index) const;
    int refusedCount() const { return int(m_refusedValues.size()); }
    // The first refused cell (invalid when none).
    QModelIndex firstRefused() const;
    void setRefusedValue(const QModelIndex& index, const QString& text, const QString& reason);
    void clearRefusedValue(const QModelIndex& index);
    // Enter/Tab committed the cell at index (guided): the cursor goes on.
    void advance(const QModelIndex& from, bool byReturn, bool forward = true);
    // Hides or shows the scored rows as showsOnlyToScore() says.
    void updateHiddenRows();

    // True while a cell's editor is open.
    bool isEditing() const { return state() == EditingState; }
    // Puts the cursor on the first editable cell (the first row not yet submitted).
    void goToFirstEditable();

signals:
    void refused(const QString& why);
    // A refused value was kept in, or left, a cell.
    void refusedValuesChanged();
    // Enter or Tab went past the last entry to score: every entry is scored (guided).
    void allScored();

protected:
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    bool isEditable(const QModelIndex& index) const;
    QModelIndex nextEditable(const QModelIndex& from, bool forward) const;
    void moveDown();

    ScoreCellDelegate* m_delegate;
    bool m_guided = false;
    bool m_onlyToScore = false;
    struct Refusal
    {
        QString text;
        QString reason;
    };
    QMap<QPair<int, int>, Refusal> m_refusedValues; // (row, column) → the refused value
};

} // namespace sangkien
