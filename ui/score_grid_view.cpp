#include "score_grid_view.h"

#include "models/score_grid_model.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMetaObject>
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
    if (auto* edit = qobject_cast<QLineEdit*>(editor))
        edit->setText(index.data(Qt::DisplayRole).toString());
    else
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
    if (edit->text() == index.data(Qt::DisplayRole).toString()) {
        m_refused = false;
        return;
    }
    m_refused = !write(model, index, edit->text());
}

bool ScoreCellDelegate::write(QAbstractItemModel* model, const QModelIndex& index,
                              const QVariant& value) const
{
    if (model->setData(index, value, Qt::EditRole))
        return true;
    QString why;
    if (QMetaObject::invokeMethod(model, "lastError", Qt::DirectConnection, Q_RETURN_ARG(QString, why)) &&
        !why.isEmpty())
        emit refused(why);
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
    }
    return CheckedItemDelegate::eventFilter(object, event);
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
        return nextEditable(current, cursorAction == MoveNext);
    }
    return QTableView::moveCursor(cursorAction, modifiers);
}

void ScoreGridView::moveDown()
{
    const QModelIndex current = currentIndex();
    if (!model() || !current.isValid())
        return;
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
