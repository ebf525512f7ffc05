#include "score_grid_view.h"

#include "models/score_grid_model.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMetaObject>
#include <QPainter>
#include <QStyleOptionHeader>
#include <algorithm>

namespace sangkien {

namespace {

// The criteria's headers by name (the code is a word of the program, in English), cut into two lines
// near the middle when long, with the maximum under it: "Tính thực\ntiễn\n(15)".
class ScoreGridHeader : public QHeaderView
{
public:
    explicit ScoreGridHeader(QWidget* parent)
        : QHeaderView(Qt::Horizontal, parent)
    {}

    QString criterionText(int section) const
    {
        const auto* grid = qobject_cast<const ScoreGridModel*>(model());
        if (!grid || section < ScoreGridModel::FirstCriterionColumn || section >= grid->totalColumn())
            return {};
        const ReviewCriterion& c = grid->criteria().at(section - ScoreGridModel::FirstCriterionColumn);
        QString name = c.name.isEmpty() ? c.code : c.name;
        if (name.size() > 14) {
            const qsizetype middle = name.size() / 2;
            qsizetype cut = -1;
            for (qsizetype d = 0; d <= middle && cut < 0; ++d) {
                if (middle + d < name.size() && name.at(middle + d) == QLatin1Char(' '))
                    cut = middle + d;
                else if (middle - d > 0 && name.at(middle - d) == QLatin1Char(' '))
                    cut = middle - d;
            }
            if (cut > 0)
                name = name.left(cut) + QLatin1Char('\n') + name.mid(cut + 1);
        }
        const QString max =
            grid->headerData(section, Qt::Horizontal).toString().section(QLatin1Char('\n'), -1);
        return name + QLatin1Char('\n') + max;
    }

protected:
    void initStyleOptionForIndex(QStyleOptionHeader* option, int logicalIndex) const override
    {
        QHeaderView::initStyleOptionForIndex(option, logicalIndex);
        if (const QString text = criterionText(logicalIndex); !text.isEmpty())
            option->text = text;
    }

    QSize sectionSizeFromContents(int logicalIndex) const override
    {
        QSize size = QHeaderView::sectionSizeFromContents(logicalIndex);
        if (const QString text = criterionText(logicalIndex); !text.isEmpty()) {
            QFont bold = font();
            bold.setBold(true);
            const QRect r = QFontMetrics(bold).boundingRect(QRect(), Qt::AlignCenter, text);
            size.setWidth(r.width() + 16);
            size.setHeight(std::max(size.height(), r.height() + 8));
        }
        return size;
    }
};

ScoreGridView* viewOf(const QObject* delegate)
{
    return qobject_cast<ScoreGridView*>(delegate->parent());
}

} // namespace

QWidget* ScoreCellDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& /*option*/,
                                         const QModelIndex& index) const
{
    auto* edit = new QLineEdit(parent);
    edit->setFrame(false);
    const QVariant align = index.data(Qt::TextAlignmentRole);
    if (align.isValid())
        edit->setAlignment(Qt::Alignment(align.toInt()));
    return edit;
}

void ScoreCellDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    if (auto* edit = qobject_cast<QLineEdit*>(editor)) {
        const ScoreGridView* view = viewOf(this);
        const QString refused = view ? view->refusedText(index) : QString();
        edit->setText(refused.isEmpty() ? index.data(Qt::DisplayRole).toString() : refused);
    } else
        CheckedItemDelegate::setEditorData(editor, index);
}

void ScoreCellDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                     const QModelIndex& index) const
{
    auto* edit = qobject_cast<QLineEdit*>(editor);
    if (!edit) {
        CheckedItemDelegate::setModelData(editor, model, index);
        return;
    }
    // Unchanged text is not written again (a cell left by Tab or a click keeps its value as stored).
    ScoreGridView* view = viewOf(this);
    if (edit->text() == index.data(Qt::DisplayRole).toString()) {
        m_refused = false;
        if (view)
            view->clearRefusedValue(index);
        return;
    }
    // The same refused value left as it was: still refused, still shown, the reason said again.
    if (view && !view->refusedText(index).isEmpty() && edit->text() == view->refusedText(index)) {
        m_refused = true;
        emit refused(view->refusedReason(index));
        return;
    }
    m_refused = !write(model, index, edit->text());
}

bool ScoreCellDelegate::write(QAbstractItemModel* model, const QModelIndex& index,
                              const QVariant& value) const
{
    ScoreGridView* view = viewOf(this);
    if (model->setData(index, value, Qt::EditRole)) {
        if (view)
            view->clearRefusedValue(index);
        return true;
    }
    QString why;
    if (QMetaObject::invokeMethod(model, "lastError", Qt::DirectConnection, Q_RETURN_ARG(QString, why)) &&
        !why.isEmpty()) {
        if (view && view->isGuided() && !value.toString().isEmpty())
            view->setRefusedValue(index, value.toString(), why);
        emit refused(why);
    }
    return false;
}

bool ScoreCellDelegate::eventFilter(QObject* object, QEvent* event)
{
    auto* editor = qobject_cast<QWidget*>(object);
    if (editor && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            m_refused = false;
            emit commitData(editor);
            const bool refusedNow = m_refused;
            emit closeEditor(editor, QAbstractItemDelegate::NoHint);
            if (!refusedNow)
                emit committedByReturn();
            return true;
        }
        ScoreGridView* view = viewOf(this);
        if (view && view->isGuided() && (key == Qt::Key_Tab || key == Qt::Key_Backtab)) {
            // Not Qt's "edit the next item": that opens the next cell with its value selected, and a
            // key typed there overwrites a score. The cursor goes on with no editor open, or stays on a
            // refused value.
            const QModelIndex at = view->currentIndex();
            m_refused = false;
            emit commitData(editor);
            const bool refusedNow = m_refused;
            emit closeEditor(editor, QAbstractItemDelegate::NoHint);
            const bool forward =
                key == Qt::Key_Tab && !(static_cast<QKeyEvent*>(event)->modifiers() & Qt::ShiftModifier);
            if (!refusedNow)
                QMetaObject::invokeMethod(
                    view, [view, at, forward] { view->advance(at, false, forward); }, Qt::QueuedConnection);
            return true;
        }
    }
    return CheckedItemDelegate::eventFilter(object, event);
}

void ScoreCellDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                              const QModelIndex& index) const
{
    const ScoreGridView* view = viewOf(this);
    if (!view || !view->isGuided()) {
        CheckedItemDelegate::paint(painter, option, index);
        return;
    }
    const QString refused = view->refusedText(index);
    painter->save();
    if (!refused.isEmpty()) {
        // The refused value stays where it was typed, red on pink, framed: it is not a score yet.
        painter->fillRect(option.rect, QColor(0xfd, 0xe7, 0xe9));
        QFont bold = option.font;
        bold.setBold(true);
        painter->setFont(bold);
        painter->setPen(QColor(0xb0, 0x00, 0x20));
        painter->drawText(option.rect.adjusted(4, 0, -4, 0), Qt::AlignRight | Qt::AlignVCenter, refused);
        painter->setPen(QPen(QColor(0xb0, 0x00, 0x20), 2, Qt::DashLine));
        painter->drawRect(QRectF(option.rect).adjusted(1, 1, -1, -1));
    } else {
        CheckedItemDelegate::paint(painter, option, index);
    }
    const ScoreGridModel* grid = view->gridModel();
    if (grid && index.column() == ScoreGridModel::CodeColumn && !grid->isComplete(index.row())) {
        // Still to score: an amber bar before the code.
        painter->fillRect(QRect(option.rect.left(), option.rect.top() + 1, 5, option.rect.height() - 2),
                          QColor(0xe6, 0x8a, 0x00));
    }
    if (index == view->currentIndex()) {
        // The current cell, unmistakable: a thick frame in the accent colour.
        painter->setPen(QPen(QColor(0x0b, 0x57, 0xd0), 3));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(QRectF(option.rect).adjusted(1.5, 1.5, -1.5, -1.5));
    }
    painter->restore();
}

ScoreGridView::ScoreGridView(QWidget* parent)
    : QTableView(parent)
    , m_delegate(new ScoreCellDelegate(this))
{
    setObjectName(QStringLiteral("ScoreGridView"));
    setHorizontalHeader(new ScoreGridHeader(this));
    setItemDelegate(m_delegate);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::DoubleClicked |
                    QAbstractItemView::EditKeyPressed);
    setTabKeyNavigation(true);
    setAlternatingRowColors(true);
    setWordWrap(false);
    horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    connect(m_delegate, &CheckedItemDelegate::refused, this, &ScoreGridView::refused);
    connect(m_delegate, &ScoreCellDelegate::committedByReturn, this, &ScoreGridView::moveDown,
            Qt::QueuedConnection);
}

ScoreGridModel* ScoreGridView::gridModel() const
{
    return qobject_cast<ScoreGridModel*>(model());
}

void ScoreGridView::fitColumns()
{
    const ScoreGridModel* grid = gridModel();
    if (!grid)
        return;
    QHeaderView* header = horizontalHeader();
    header->setMinimumSectionSize(fontMetrics().horizontalAdvance(QStringLiteral("0000")));
    resizeColumnToContents(ScoreGridModel::CodeColumn);
    for (int c = ScoreGridModel::FirstCriterionColumn; c <= grid->totalColumn(); ++c) {
        header->setSectionResizeMode(c, QHeaderView::Fixed);
        resizeColumnToContents(c);
        setColumnWidth(
            c, std::max(columnWidth(c), fontMetrics().horizontalAdvance(QStringLiteral("00,00")) + 16));
    }
    // The title takes the room left; the comment starts a little wider than the points and can be widened.
    header->setSectionResizeMode(ScoreGridModel::TitleColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(grid->commentColumn(), QHeaderView::Interactive);
    setColumnWidth(grid->commentColumn(), fontMetrics().horizontalAdvance(QLatin1Char('x')) * 24);
}

void ScoreGridView::setGuided(bool guided)
{
    m_guided = guided;
    viewport()->update();
}

void ScoreGridView::setShowOnlyToScore(bool only)
{
    m_onlyToScore = only;
    updateHiddenRows();
}

void ScoreGridView::updateHiddenRows()
{
    const ScoreGridModel* grid = gridModel();
    if (!grid)
        return;
    const int current = currentIndex().row();
    for (int row = 0; row < grid->rowCount(); ++row)
        setRowHidden(row, m_onlyToScore && row != current && grid->isComplete(row));
}

QModelIndex ScoreGridView::nextToScore(int row) const
{
    const ScoreGridModel* grid = gridModel();
    if (!grid || grid->rowCount() == 0)
        return {};
    const int rows = grid->rowCount();
    for (int k = 1; k <= rows; ++k) {
        const int r = ((row < 0 ? -1 : row) + k + rows) % rows;
        if (grid->isComplete(r))
            continue;
        for (int i = 0; i < grid->criteria().size(); ++i) {
            const QModelIndex cell = grid->index(r, ScoreGridModel::FirstCriterionColumn + int(i));
            if ((cell.flags() & Qt::ItemIsEditable) && !isColumnHidden(cell.column()) &&
                !grid->rows().at(r).points.contains(grid->criteria().at(i).code))
                return cell;
        }
    }
    return {};
}

QString ScoreGridView::refusedText(const QModelIndex& index) const
{
    return m_refusedValues.value({index.row(), index.column()}).text;
}

QString ScoreGridView::refusedReason(const QModelIndex& index) const
{
    return m_refusedValues.value({index.row(), index.column()}).reason;
}

QModelIndex ScoreGridView::firstRefused() const
{
    if (m_refusedValues.isEmpty() || !model())
        return {};
    const auto first = m_refusedValues.cbegin().key();
    return model()->index(first.first, first.second);
}

void ScoreGridView::setRefusedValue(const QModelIndex& index, const QString& text, const QString& reason)
{
    if (!index.isValid())
        return;
    m_refusedValues.insert({index.row(), index.column()}, Refusal{text, reason});
    viewport()->update();
    emit refusedValuesChanged();
}

void ScoreGridView::clearRefusedValue(const QModelIndex& index)
{
    if (m_refusedValues.remove({index.row(), index.column()}) > 0) {
        viewport()->update();
        emit refusedValuesChanged();
    }
}

void ScoreGridView::advance(const QModelIndex& from, bool byReturn, bool forward)
{
    const ScoreGridModel* grid = gridModel();
    if (!grid || !from.isValid())
        return;
    // A refused value is corrected or deleted before the cursor goes on.
    if (!refusedText(from).isEmpty()) {
        setCurrentIndex(from);
        emit refused(refusedReason(from));
        return;
    }
    QModelIndex target;
    if (!forward) {
        target = nextEditable(from, false);
    } else {
        const int lastCriterion = grid->totalColumn() - 1;
        const bool alongRow = !byReturn || (from.column() >= ScoreGridModel::FirstCriterionColumn &&
                                            from.column() < lastCriterion);
        if (alongRow) {
            const QModelIndex next = nextEditable(from, true);
            if (next.isValid() && next.row() == from.row() && (!byReturn || next.column() <= lastCriterion))
                target = next;
        }
        // Past the row's last cell: the next entry still to score, never a scored cell of another row.
        if (!target.isValid())
            target = nextToScore(from.row());
    }
    if (!target.isValid()) {
        setCurrentIndex(from);
        emit allScored();
        return;
    }
    setCurrentIndex(target);
    scrollTo(target);
    if (m_onlyToScore)
        updateHiddenRows();
}

void ScoreGridView::goToFirstEditable()
{
    if (!model() || model()->rowCount() == 0)
        return;
    const QModelIndex first = model()->index(0, 0);
    const QModelIndex target = isEditable(first) ? first : nextEditable(first, true);
    if (target.isValid()) {
        setCurrentIndex(target);
        scrollTo(target);
    }
}

bool ScoreGridView::isEditable(const QModelIndex& index) const
{
    return index.isValid() && (index.flags() & Qt::ItemIsEditable) && !isColumnHidden(index.column()) &&
           !isRowHidden(index.row());
}

QModelIndex ScoreGridView::nextEditable(const QModelIndex& from, bool forward) const
{
    if (!model() || !from.isValid())
        return {};
    const int rows = model()->rowCount();
    const int columns = model()->columnCount();
    int row = from.row();
    int column = from.column();
    for (int step = 0; step < rows * columns; ++step) {
        column += forward ? 1 : -1;
        if (column >= columns) {
            column = 0;
            ++row;
        } else if (column < 0) {
            column = columns - 1;
            --row;
        }
        if (row < 0 || row >= rows)
            return {};
        const QModelIndex candidate = model()->index(row, column);
        if (isEditable(candidate))
            return candidate;
    }
    return {};
}

QModelIndex ScoreGridView::moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers)
{
    // Tab and Shift+Tab walk the cells a clerk types into; past the last one the focus leaves the grid.
    if (cursorAction == MoveNext || cursorAction == MovePrevious) {
        const QModelIndex current = currentIndex();
        if (!current.isValid()) {
            const QModelIndex first = model() ? model()->index(0, 0) : QModelIndex();
            return isEditable(first) ? first : nextEditable(first, true);
        }
        if (m_guided && !refusedText(current).isEmpty()) {
            emit refused(refusedReason(current));
            return current;
        }
        if (m_guided && cursorAction == MoveNext) {
            const QModelIndex next = nextEditable(current, true);
            if (next.isValid() && next.row() == current.row())
                return next;
            const QModelIndex toScore = nextToScore(current.row());
            if (!toScore.isValid())
                emit allScored();
            return toScore.isValid() ? toScore : current;
        }
        return nextEditable(current, cursorAction == MoveNext);
    }
    return QTableView::moveCursor(cursorAction, modifiers);
}

void ScoreGridView::moveDown()
{
    const QModelIndex current = currentIndex();
    if (!model() || !current.isValid())
        return;
    if (m_guided) {
        advance(current, true);
        return;
    }
    // The next row the cell can be typed into; submitted rows are passed over.
    for (int row = current.row() + 1; row < model()->rowCount(); ++row) {
        const QModelIndex below = model()->index(row, current.column());
        if (isEditable(below)) {
            setCurrentIndex(below);
            scrollTo(below);
            return;
        }
    }
}

void ScoreGridView::keyPressEvent(QKeyEvent* event)
{
    if (state() != EditingState && event->modifiers() == Qt::NoModifier) {
        const QModelIndex current = currentIndex();
        switch (event->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
            moveDown();
            event->accept();
            return;
        case Qt::Key_Delete:
        case Qt::Key_Backspace:
            if (current.isValid() && (current.flags() & Qt::ItemIsEditable)) {
                m_delegate->write(model(), current, QString());
            } else if (const ScoreGridModel* grid = gridModel();
                       grid && current.isValid() &&
                       current.column() >= ScoreGridModel::FirstCriterionColumn &&
                       current.column() != grid->totalColumn()) {
                m_delegate->write(model(), current, QString()); // a submitted row says why not
            }
            event->accept();
            return;
        default:
            break;
        }
    }
    QTableView::keyPressEvent(event);
}

} // namespace sangkien
