#include "entries_view.h"

#include "facet_filter_model.h"
#include "filter_bar.h"
#include "models/entries_filter_model.h"
#include "models/entries_model.h"
#include "search_highlight_delegate.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

namespace sangkien {

namespace {
// Below this many entries a search is applied on every key press; above it, after a short pause in
// typing. The filter takes a median 10 ms a key press on 100,000 entries (bench_search_keystroke), so only
// campaigns beyond any year's size wait.
constexpr int kInstantSearchLimit = 150000;
constexpr int kSearchPauseMs = 180;
} // namespace

EntriesView::EntriesView(QWidget* parent)
    : QWidget(parent)
    , m_model(new EntriesModel(this))
    , m_filter(new FacetFilterModel(this))
    , m_filterBar(new FilterBar(this))
    , m_search(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_searchDelay(new QTimer(this))
{
    m_filter->setSourceModel(m_model);

    m_search->setObjectName(QStringLiteral("entriesSearch"));
    m_search->setPlaceholderText(tr("Search by code, title, nominee, unit or author (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search entries"));
    m_search->installEventFilter(this);
    auto* searchLabel = new QLabel(tr("&Search:"), this);
    searchLabel->setBuddy(m_search);

    m_table->setObjectName(QStringLiteral("entriesTable"));
    m_table->setModel(m_filter);
    m_table->setItemDelegate(new SearchHighlightDelegate(m_filter, m_table));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(EntriesModel::CodeColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->setVisible(false);
    // Fixed row heights: measuring 100,000 rows' contents would freeze the window.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(EntriesModel::TitleColumn, QHeaderView::Stretch);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, &EntriesView::showColumnMenu);
    // A search's results come by relevance until the clerk sorts by a column.
    connect(header, &QHeaderView::sectionClicked, this, [this] { m_filter->setRelevanceOrder(false); });
    // The authors are there to be shown when wanted (the header's menu).
    header->setSectionHidden(EntriesModel::AuthorsColumn, true);
    fitColumns();
    m_table->installEventFilter(this);
    connect(m_table, &QTableView::doubleClicked, this, &EntriesView::editRequested);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { emit currentEntryChanged(currentEntryId()); });
    m_filterBar->setObjectName(QStringLiteral("filterBar"));
    connect(m_filterBar, &FilterBar::facetsChanged, this, [this](const EntryFacets& f) {
        m_filter->setFacets(f);
        m_table->scrollToTop(); // a new list starts at its first row, whole
        emit countsChanged(shownCount(), totalCount());
    });
    connect(m_filterBar, &FilterBar::searchRequested, this, [this](const QString& search) {
        m_search->setText(search);
        applySearchNow();
    });

    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_filterBar->viewsWidget());
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addLayout(searchRow);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_table, 1);

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(kSearchPauseMs);
    connect(m_searchDelay, &QTimer::timeout, this, &EntriesView::applySearchNow);
    connect(m_search, &QLineEdit::textChanged, this, &EntriesView::onSearchEdited);

    auto emitCounts = [this] { emit countsChanged(shownCount(), totalCount()); };
    connect(m_filter, &QAbstractItemModel::modelReset, this, emitCounts);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, emitCounts);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, emitCounts);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, emitCounts);
}

void EntriesView::fitColumns()
{
    // Widths from what the columns hold (in the language in use), not from the rows: measuring 100,000
    // rows would take seconds. Codes, kinds, categories and statuses fit whole; names and units get room
    // for a typical entry; the title takes the rest.
    const QFontMetrics cell = m_table->fontMetrics();
    const QFontMetrics head = m_table->horizontalHeader()->fontMetrics();
    const int padding = 2 * m_table->style()->pixelMetric(QStyle::PM_HeaderMargin) + 24; // + sort arrow
    auto widest = [&](int column, const QStringList& samples) {
        int w = head.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString());
        for (const QString& s : samples)
            w = std::max(w, cell.horizontalAdvance(s));
        return w + padding;
    };
    QStringList kinds, statuses;
    for (EntryKind k : {EntryKind::Initiative, EntryKind::TechnicalImprovement, EntryKind::UsefulSolution})
        kinds << m_model->kindName(k);
    for (int st = 0; st <= static_cast<int>(EntryStatus::NotAwarded); ++st)
        statuses << m_model->statusName(static_cast<EntryStatus>(st));
    QHeaderView* header = m_table->horizontalHeader();
    header->resizeSection(EntriesModel::CodeColumn,
                          widest(EntriesModel::CodeColumn, {QStringLiteral("SK-2024-00000")}));
    header->resizeSection(EntriesModel::KindColumn, widest(EntriesModel::KindColumn, kinds));
    header->resizeSection(EntriesModel::CategoryColumn,
                          widest(EntriesModel::CategoryColumn, {QStringLiteral("4.b")}));
    header->resizeSection(EntriesModel::NomineeColumn,
                          widest(EntriesModel::NomineeColumn, {QStringLiteral("Nguyễn Thị Thanh Hương")}));
    header->resizeSection(EntriesModel::UnitColumn,
                          widest(EntriesModel::UnitColumn, {QStringLiteral("Sở Giáo dục và Đào tạo")}));
    header->resizeSection(EntriesModel::StatusColumn, widest(EntriesModel::StatusColumn, statuses));
    header->setMinimumSectionSize(cell.horizontalAdvance(QStringLiteral("MMM")));
}

EntriesFilterModel* EntriesView::filterModel() const
{
    return m_filter;
}

qint64 EntriesView::currentEntryId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(EntriesModel::EntryIdRole).toLongLong() : 0;
}

QList<qint64> EntriesView::selectedEntryIds() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex& index : rows)
        ids << index.data(EntriesModel::EntryIdRole).toLongLong();
    if (ids.isEmpty())
        if (const qint64 id = currentEntryId())
            ids << id;
    return ids;
}

void EntriesView::selectEntry(qint64 entryId)
{
    if (!entryId)
        return;
    // A linear pass over the shown rows: cheap next to the reload that comes before it.
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const QModelIndex index = m_filter->index(row, 0);
        if (index.data(EntriesModel::EntryIdRole).toLongLong() == entryId) {
            m_table->setCurrentIndex(index);
            m_table->selectRow(row);
            m_table->scrollTo(index);
            return;
        }
    }
}

void EntriesView::setColumnShown(int column, bool shown)
{
    // The title always stays: a table of entries without what they are is of no use.
    if (column == EntriesModel::TitleColumn && !shown)
        return;
    m_table->horizontalHeader()->setSectionHidden(column, !shown);
}

void EntriesView::showColumnMenu(const QPoint& pos)
{
    QMenu menu(this);
    menu.setTitle(tr("Columns"));
    for (int c = 0; c < m_model->columnCount(); ++c) {
        QAction* a = menu.addAction(m_model->headerData(c, Qt::Horizontal).toString());
        a->setCheckable(true);
        a->setChecked(!m_table->horizontalHeader()->isSectionHidden(c));
        a->setEnabled(c != EntriesModel::TitleColumn);
        connect(a, &QAction::toggled, this, [this, c](bool on) { setColumnShown(c, on); });
    }
    menu.exec(m_table->horizontalHeader()->mapToGlobal(pos));
}

int EntriesView::shownCount() const
{
    return m_filter->rowCount();
}

int EntriesView::totalCount() const
{
    return m_model->rowCount();
}

void EntriesView::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void EntriesView::onSearchEdited()
{
    if (m_model->rowCount() < kInstantSearchLimit)
        applySearchNow();
    else
        m_searchDelay->start();
}

void EntriesView::applySearchNow()
{
    m_searchDelay->stop();
    const QString before = m_filter->searchKey();
    const QString typed = m_filter->searchText();
    m_filter->setSearch(m_search->text());
    if (m_filter->searchKey() != before || m_filter->searchText() != typed)
        m_table->scrollToTop(); // a new list starts at its first row, whole
    emit countsChanged(shownCount(), totalCount());
}

QByteArray EntriesView::headerState() const
{
    return m_table->horizontalHeader()->saveState();
}

void EntriesView::restoreHeaderState(const QByteArray& state)
{
    if (!state.isEmpty())
        m_table->horizontalHeader()->restoreState(state);
}

bool EntriesView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && m_table->currentIndex().isValid()) {
            emit editRequested();
            return true;
        }
    }
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
            m_search->clear();
            applySearchNow(); // clearing is cheap to show and expected at once
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter || key->key() == Qt::Key_Down) {
            // Enter or Down jumps into the results, so the keyboard alone can search and pick.
            applySearchNow();
            if (m_filter->rowCount() > 0) {
                m_table->setFocus(Qt::TabFocusReason);
                if (!m_table->currentIndex().isValid())
                    m_table->setCurrentIndex(m_filter->index(0, 0));
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace sangkien
