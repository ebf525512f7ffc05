#pragma once

#include "text/search_query.h"

#include <QSortFilterProxyModel>
#include <QString>
#include <QStringView>
#include <array>
#include <vector>

namespace sangkien {

class EntriesModel;

// Filters the entries table by a search (text::SearchQuery's rule, through searchTier(): the same as
// `list --search`) and sorts it the Vietnamese way. While a search is typed, its results come by relevance
// (phrase, one field, anywhere; then the column's order) until the clerk clicks a column.
// Built for campaigns of 100,000 entries: the query is folded once, rows carry a precomputed key that
// rejects most rows before their fields are looked at, and an EntriesModel source is read directly rather
// than through QVariant.
class EntriesFilterModel : public QSortFilterProxyModel
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

    // Natural order: "SK-2024-9999" before "SK-2024-10000", "2.b" before "10.a".
    static int naturalCompare(QStringView a, QStringView b);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    int compareRows(int left, int right, int column) const;
    // Each source row's position in the column's full order, computed on the first sort by that column.
    const std::vector<int>& ranks(int column) const;
    void dropRanks();

    const EntriesModel* m_entries = nullptr; // the source when it is an EntriesModel
    mutable std::array<std::vector<int>, 8> m_ranks;
    mutable std::vector<unsigned char> m_tiers; // by source row; kUnknownTier until computed
    // The tiers under the query before, while the new one only narrows it (typed on at its end): a row
    // that did not match then cannot match now.
    std::vector<unsigned char> m_narrowed;
    QString m_searchText;
    text::SearchQuery m_query;
    bool m_relevance = false;
};

} // namespace sangkien
