#include "models/entries_filter_model.h"

#include "models/entries_model.h"
#include "storage/entry_repository.h"
#include "text/person_name.h"
#include "text/vietnamese_text.h"

#include <algorithm>
#include <numeric>

namespace sangkien {

EntriesFilterModel::EntriesFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(Qt::DisplayRole);
    setFilterRole(EntriesModel::SearchKeyRole);
}

void EntriesFilterModel::setSourceModel(QAbstractItemModel* model)
{
    if (sourceModel())
        disconnect(sourceModel(), nullptr, this, nullptr);
    dropRanks();
    m_entries = qobject_cast<const EntriesModel*>(model);
    if (m_entries) {
        static_assert(std::tuple_size_v<decltype(m_ranks)> == EntriesModel::ColumnCount);
        // Connected before the base class's own handlers, so ranks are gone before it re-sorts.
        connect(model, &QAbstractItemModel::modelAboutToBeReset, this, &EntriesFilterModel::dropRanks);
        connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this, &EntriesFilterModel::dropRanks);
        connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this, &EntriesFilterModel::dropRanks);
        connect(model, &QAbstractItemModel::dataChanged, this, &EntriesFilterModel::dropRanks);
        connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this, &EntriesFilterModel::dropRanks);
    }
    QSortFilterProxyModel::setSourceModel(model);
}

namespace {
constexpr unsigned char kUnknownTier = 0xFF;
}

void EntriesFilterModel::dropRanks()
{
    for (auto& r : m_ranks)
        r = {};
    std::fill(m_tiers.begin(), m_tiers.end(), kUnknownTier);
    m_narrowed.clear(); // rows moved: the old tiers name other rows
}

text::SearchQuery::Tier EntriesFilterModel::tierOf(int sourceRow) const
{
    if (m_query.isEmpty())
        return text::SearchQuery::Phrase;
    if (!m_entries || sourceRow < 0 || sourceRow >= m_entries->rowCount())
        return text::SearchQuery::NoMatch;
    const auto n = static_cast<std::size_t>(m_entries->rowCount());
    if (m_tiers.size() != n)
        m_tiers.assign(n, kUnknownTier);
    unsigned char& tier = m_tiers[static_cast<std::size_t>(sourceRow)];
    if (tier == kUnknownTier && m_narrowed.size() == n &&
        m_narrowed[static_cast<std::size_t>(sourceRow)] == text::SearchQuery::NoMatch)
        tier = text::SearchQuery::NoMatch; // not found by a wider query: not found by this one
    if (tier == kUnknownTier) {
        const EntrySummary& e = m_entries->entryAt(sourceRow);
        // The model keeps each entry's field key: most rows are turned away, and most tiers are told,
        // with a few substring searches.
        tier = searchTier(m_query, e, e.searchKey);
    }
    return static_cast<text::SearchQuery::Tier>(tier);
}

void EntriesFilterModel::setRelevanceOrder(bool on)
{
    if (on == m_relevance)
        return;
    m_relevance = on;
    if (!m_query.isEmpty())
        invalidate();
}

const std::vector<int>& EntriesFilterModel::ranks(int column) const
{
    std::vector<int>& rank = m_ranks[static_cast<std::size_t>(column)];
    const auto n = static_cast<std::size_t>(m_entries->rowCount());
    if (rank.size() == n)
        return rank;
    // Collation is costly (ICU); doing it once per column turns every later sort and every re-filter of
    // a sorted table into integer comparisons. Ties are broken by code, so the order is total.
    std::vector<int> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        const int c = compareRows(a, b, column);
        if (c != 0)
            return c < 0;
        return naturalCompare(m_entries->entryAt(a).code, m_entries->entryAt(b).code) < 0;
    });
    rank.assign(n, 0);
    for (std::size_t i = 0; i < n; ++i)
        rank[static_cast<std::size_t>(order[i])] = static_cast<int>(i);
    return rank;
}

void EntriesFilterModel::setSearchText(const QString& text)
{
    m_searchText = text;
    text::SearchQuery query(text);
    if (query.key() == m_query.key() && text::clean(text) == text::clean(m_query.text()))
        return; // "duc " and "duc" filter alike: spare 100,000 rows a pass
    const bool started = m_query.isEmpty() && !query.isEmpty();
    // Typed on at the end ("nguye" → "nguyen", "nguyen" → "nguyen v"): every word still has to be
    // there, so only the rows found before can be found now. Anything else (a letter erased, a tone
    // changed earlier in the word) looks at every row again.
    const QString before = text::clean(m_query.text());
    const bool narrowing = !before.isEmpty() && text::clean(query.text()).startsWith(before);
    if (narrowing)
        m_narrowed.swap(m_tiers);
    else
        m_narrowed.clear();
    m_query = std::move(query);
    m_tiers.assign(m_entries ? static_cast<std::size_t>(m_entries->rowCount()) : 0, kUnknownTier);
    if (started)
        m_relevance = true; // a new search comes by relevance until a column is clicked
    // One rebuild: removing tens of thousands of scattered rows in place costs far more once a view is
    // attached.
    invalidate();
}

bool EntriesFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_query.isEmpty())
        return true;
    if (m_entries)
        return tierOf(sourceRow) != text::SearchQuery::NoMatch;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return text::keyMatches(index.data(filterRole()).toString(), m_query.key());
}

int EntriesFilterModel::naturalCompare(QStringView a, QStringView b)
{
    qsizetype i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i].isDigit() && b[j].isDigit()) {
            // Compare the two numbers by value: skip leading zeros, then longer is larger, then digit by
            // digit.
            while (i < a.size() && a[i] == u'0')
                ++i;
            while (j < b.size() && b[j] == u'0')
                ++j;
            qsizetype ei = i, ej = j;
            while (ei < a.size() && a[ei].isDigit())
                ++ei;
            while (ej < b.size() && b[ej].isDigit())
                ++ej;
            if (ei - i != ej - j)
                return ei - i < ej - j ? -1 : 1;
            for (; i < ei; ++i, ++j) {
                if (a[i] != b[j])
                    return a[i] < b[j] ? -1 : 1;
            }
            continue;
        }
        const QChar ca = a[i].toCaseFolded(), cb = b[j].toCaseFolded();
        if (ca != cb)
            return ca < cb ? -1 : 1;
        ++i;
        ++j;
    }
    if (i < a.size() || j < b.size())
        return i < a.size() ? 1 : -1;
    return a.compare(b); // "SK-01" and "SK-1" are still told apart, consistently
}

int EntriesFilterModel::compareRows(int left, int right, int column) const
{
    const EntrySummary& a = m_entries->entryAt(left);
    const EntrySummary& b = m_entries->entryAt(right);
    switch (column) {
    case EntriesModel::CodeColumn:
        return naturalCompare(a.code, b.code);
    case EntriesModel::TitleColumn:
        return text::compareVietnamese(a.title, b.title);
    case EntriesModel::KindColumn:
        // The plan's order (initiative, technical improvement, useful solution) rather than the alphabet.
        return static_cast<int>(a.kind) - static_cast<int>(b.kind);
    case EntriesModel::CategoryColumn:
        return naturalCompare(a.categoryCode, b.categoryCode);
    case EntriesModel::NomineeColumn:
        // Vietnamese lists: collectives first, then individuals by given name, family name, middle names.
        if (a.nomineeKind != b.nomineeKind)
            return a.nomineeKind == NomineeKind::Collective ? -1 : 1;
        if (a.nomineeKind == NomineeKind::Collective)
            return text::compareVietnamese(a.nominee, b.nominee);
        return text::compareNames(m_entries->nomineeName(left), m_entries->nomineeName(right));
    case EntriesModel::UnitColumn:
        return text::compareVietnamese(a.unit, b.unit);
    case EntriesModel::StatusColumn:
        // The order of the workflow (received … awarded) tells more than the alphabet.
        return static_cast<int>(a.status) - static_cast<int>(b.status);
    case EntriesModel::AuthorsColumn:
        return text::compareVietnamese(m_entries->authorsText(left), m_entries->authorsText(right));
    }
    return 0;
}

bool EntriesFilterModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    if (m_relevance && m_entries && !m_query.isEmpty()) {
        // Every row being sorted was filtered first: its tier is known (computed here otherwise).
        const auto l = static_cast<std::size_t>(left.row()), r = static_cast<std::size_t>(right.row());
        const bool known = l < m_tiers.size() && r < m_tiers.size() && m_tiers[l] != kUnknownTier &&
                           m_tiers[r] != kUnknownTier;
        const int a = known ? m_tiers[l] : int(tierOf(left.row()));
        const int b = known ? m_tiers[r] : int(tierOf(right.row()));
        if (a != b) // the better tier first, whichever way the column runs
            return sortOrder() == Qt::AscendingOrder ? a > b : a < b;
    }
    if (m_entries && left.column() >= 0 && left.column() < EntriesModel::ColumnCount) {
        const std::vector<int>& rank = ranks(left.column());
        return rank[static_cast<std::size_t>(left.row())] < rank[static_cast<std::size_t>(right.row())];
    }
    const QString a = left.data(sortRole()).toString();
    const QString b = right.data(sortRole()).toString();
    if (left.column() == EntriesModel::CodeColumn || left.column() == EntriesModel::CategoryColumn)
        return naturalCompare(a, b) < 0;
    return text::compareVietnamese(a, b) < 0;
}

} // namespace sangkien
