#pragma once

#include "text/search_query.h"

#include <QAbstractProxyModel>
#include <QList>
#include <QPersistentModelIndex>
#include <QString>
#include <QStringView>
#include <array>
#include <cstdint>
#include <deque>
#include <string>
#include <vector>

namespace sangkien {

class EntriesModel;

// Filters the entries table by a search (text::SearchQuery's rule, through searchTier(): the same as
// `list --search`) and sorts it the Vietnamese way. While a search is typed, its results come by relevance
// (phrase, one field, anywhere; then the column's order) until the clerk clicks a column.
//
// Built for campaigns of 100,000 entries, and so not a QSortFilterProxyModel (whose per-row virtual
// calls, QModelIndex comparisons and mapping rebuild took most of a keystroke): a change computes the list
// of shown rows at once and tells the view once (layoutChanged, the current and selected rows carried
// over). The entries' folded field keys are kept in one UTF-8 buffer that a query's word is looked for in
// with memchr; the rows found are put in order by walking the sort column's precomputed order once (or
// sorting their 64-bit keys, tier then rank, when they are few); typing on at the end of the query looks
// only at the rows found before, and erasing back to one of the last queries takes the rows it found. The
// source must be an EntriesModel (another model is shown as it is).
class EntriesFilterModel : public QAbstractProxyModel
{
    Q_OBJECT

public:
    explicit EntriesFilterModel(QObject* parent = nullptr);

    void setSourceModel(QAbstractItemModel* model) override;

    // Every word of text has to occur in the entry (code, title, nominee, unit, authors), with the
    // diacritics it was typed with. One rebuild of the rows per change.
    void setSearchText(const QString& text);
    QString searchText() const { return m_searchText; }
    QString searchKey() const { return m_query.key(); }
    const text::SearchQuery& searchQuery() const { return m_query; }
    // The tier of a source row under the search (NoMatch when it is filtered out).
    text::SearchQuery::Tier tierOf(int sourceRow) const;

    // Results by relevance first (on when a search starts; off when the clerk sorts by a column).
    void setRelevanceOrder(bool on);
    bool relevanceOrder() const { return m_relevance; }

    // Sorts by a column (-1: the source's order), as the view's header asks.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    // Looks at every row again (acceptsRow's rule changed).
    void invalidate();

    // Natural order: "SK-2024-9999" before "SK-2024-10000", "2.b" before "10.a".
    static int naturalCompare(QStringView a, QStringView b);

    QModelIndex mapToSource(const QModelIndex& proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex& sourceIndex) const override;
    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex& index) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    // Whether a source row may be shown at all, whatever the search (the filter bar's facets). Asked once
    // per row when every row is looked at again; call invalidate() when its answer changes.
    virtual bool acceptsRow(int sourceRow) const;

private:
    // Between layoutAboutToBeChanged and layoutChanged: the persistent indexes (the view's current and
    // selected rows) are kept as the source's own, so they follow the source's changes too.
    void beginLayoutChange(LayoutChangeHint hint = NoLayoutChangeHint);
    void endLayoutChange(LayoutChangeHint hint = NoLayoutChangeHint);
    // The rows matching (m_matches, m_tiers): every accepted row, or only those found before.
    void refilter(bool narrowing);
    // m_rows from the matches, in the sort's order.
    void reorder();
    void sourceChanged(); // rows inserted, removed or changed: caches dropped, every row again
    void dropCaches();
    void buildKeys() const;
    text::SearchQuery::Tier tierOfRow(int sourceRow) const;
    int sourceRows() const;
    int compareRows(int left, int right, int column) const;
    // Each source row's position in the column's full order, and the rows in that order, computed on the
    // first sort by that column.
    void ensureOrder(int column) const;

    const EntriesModel* m_entries = nullptr; // the source when it is an EntriesModel
    std::vector<int> m_rows;                 // the shown source rows, in order
    mutable std::vector<int> m_proxyRowOf;   // source row → shown row (-1), built when asked
    mutable bool m_proxyRowOfValid = false;
    std::vector<int> m_matches;         // source rows shown, in the source's order
    std::vector<unsigned char> m_tiers; // by source row: NoMatch when not shown
    mutable std::array<std::vector<int>, 8> m_ranks;
    mutable std::array<std::vector<int>, 8> m_orders;
    // Every entry's field key (searchFieldKey) in UTF-8, one after another; m_keyStart[row] is where a
    // row's starts (and m_keyStart[rows] the end). Rows whose key is not valid UTF-16 are read as QString.
    mutable std::string m_keys;
    mutable std::vector<std::uint32_t> m_keyStart;
    mutable std::vector<int> m_oddKeys;
    mutable bool m_keysValid = false;
    // The last queries' rows (by the query's clean text), the latest first: erasing a letter finds them.
    struct Remembered
    {
        QString text;
        std::vector<int> matches;
        std::vector<unsigned char> tiers; // of each of matches
    };
    std::deque<Remembered> m_remembered;
    QList<QMetaObject::Connection> m_sourceConnections;
    QModelIndexList m_layoutFrom;
    QList<QPersistentModelIndex> m_layoutSource;
    QString m_searchText;
    text::SearchQuery m_query;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    bool m_relevance = false;
};

} // namespace sangkien
