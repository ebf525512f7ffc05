#include "models/entries_filter_model.h"

#include "models/entries_model.h"
#include "storage/entry_repository.h"
#include "text/person_name.h"
#include "text/vietnamese_text.h"

#include <algorithm>
#include <numeric>

namespace sangkien {

namespace {

using Tier = text::SearchQuery::Tier;

// The length of s in UTF-8 (a lone surrogate counted as three bytes: room enough for anything).
std::size_t utf8Size(QStringView s)
{
    std::size_t n = 0;
    for (const QChar ch : s) {
        const char16_t c = ch.unicode();
        n += c < 0x80 ? 1 : c < 0x800 ? 2 : QChar::isSurrogate(c) ? 2 : 3;
    }
    return n;
}

// Writes the UTF-8 of s at out (advanced); false when s holds a lone surrogate.
bool writeUtf8(char*& out, QStringView s)
{
    const qsizetype n = s.size();
    const QChar* const in = s.data();
    for (qsizetype i = 0; i < n; ++i) {
        const char32_t c = in[i].unicode();
        if (c < 0x80) {
            *out++ = char(c);
        } else if (c < 0x800) {
            *out++ = char(0xC0 | (c >> 6));
            *out++ = char(0x80 | (c & 0x3F));
        } else if (QChar::isSurrogate(c)) {
            if (!QChar::isHighSurrogate(c) || i + 1 >= n || !in[i + 1].isLowSurrogate())
                return false;
            const char32_t u = QChar::surrogateToUcs4(char16_t(c), in[++i].unicode());
            *out++ = char(0xF0 | (u >> 18));
            *out++ = char(0x80 | ((u >> 12) & 0x3F));
            *out++ = char(0x80 | ((u >> 6) & 0x3F));
            *out++ = char(0x80 | (u & 0x3F));
        } else {
            *out++ = char(0xE0 | (c >> 12));
            *out++ = char(0x80 | ((c >> 6) & 0x3F));
            *out++ = char(0x80 | (c & 0x3F));
        }
    }
    return true;
}

constexpr std::size_t kRememberedQueries = 16;

} // namespace

EntriesFilterModel::EntriesFilterModel(QObject* parent)
    : QAbstractProxyModel(parent)
{}

void EntriesFilterModel::setSourceModel(QAbstractItemModel* model)
{
    beginResetModel();
    for (const QMetaObject::Connection& c : std::as_const(m_sourceConnections))
        disconnect(c);
    m_sourceConnections.clear();
    QAbstractProxyModel::setSourceModel(model);
    m_entries = qobject_cast<const EntriesModel*>(model);
    if (model) {
        static_assert(std::tuple_size_v<decltype(m_ranks)> == EntriesModel::ColumnCount);
        auto on = [&](auto signal, auto slot) { m_sourceConnections << connect(model, signal, this, slot); };
        on(&QAbstractItemModel::modelAboutToBeReset, [this] { beginResetModel(); });
        on(&QAbstractItemModel::modelReset, [this] {
            dropCaches();
            buildKeys(); // with the load, not on the first key typed
            refilter(false);
            reorder();
            endResetModel();
        });
        // Rows added, removed or changed: one layout change, the persistent indexes kept as the source's
        // (which follow the rows), every row looked at again.
        on(&QAbstractItemModel::rowsAboutToBeInserted, [this] { beginLayoutChange(); });
        on(&QAbstractItemModel::rowsInserted, [this] { sourceChanged(); });
        on(&QAbstractItemModel::rowsAboutToBeRemoved, [this] { beginLayoutChange(); });
        on(&QAbstractItemModel::rowsRemoved, [this] { sourceChanged(); });
        on(&QAbstractItemModel::layoutAboutToBeChanged, [this] { beginLayoutChange(); });
        on(&QAbstractItemModel::layoutChanged, [this] { sourceChanged(); });
        on(&QAbstractItemModel::dataChanged, [this] {
            beginLayoutChange();
            sourceChanged();
        });
    }
    dropCaches();
    buildKeys();
    refilter(false);
    reorder();
    endResetModel();
}

int EntriesFilterModel::sourceRows() const
{
    return sourceModel() ? sourceModel()->rowCount() : 0;
}

void EntriesFilterModel::dropCaches()
{
    for (auto& r : m_ranks)
        r = {};
    for (auto& o : m_orders)
        o = {};
    m_keysValid = false;
    m_keys = {};
    m_keyStart = {};
    m_oddKeys = {};
    m_proxyRowOfValid = false;
    m_remembered.clear(); // found among other rows
}

void EntriesFilterModel::sourceChanged()
{
    dropCaches();
    refilter(false);
    reorder();
    endLayoutChange();
}

void EntriesFilterModel::beginLayoutChange(QAbstractItemModel::LayoutChangeHint hint)
{
    emit layoutAboutToBeChanged({}, hint);
    m_layoutFrom = persistentIndexList();
    m_layoutSource.clear();
    m_layoutSource.reserve(m_layoutFrom.size());
    for (const QModelIndex& index : std::as_const(m_layoutFrom))
        m_layoutSource.append(QPersistentModelIndex(mapToSource(index)));
}

void EntriesFilterModel::endLayoutChange(QAbstractItemModel::LayoutChangeHint hint)
{
    QModelIndexList to;
    to.reserve(m_layoutSource.size());
    for (const QPersistentModelIndex& source : std::as_const(m_layoutSource))
        to.append(mapFromSource(source));
    changePersistentIndexList(m_layoutFrom, to);
    m_layoutFrom.clear();
    m_layoutSource.clear();
    emit layoutChanged({}, hint);
}

void EntriesFilterModel::buildKeys() const
{
    if (m_keysValid)
        return;
    const int n = m_entries ? m_entries->rowCount() : 0;
    // The exact size first (one pass over the keys), then each key written in place.
    std::size_t total = std::size_t(n);
    for (int r = 0; r < n; ++r)
        total += utf8Size(m_entries->entryAt(r).searchKey);
    m_keys.assign(total, '\0');
    m_keyStart.assign(std::size_t(n) + 1, 0);
    m_oddKeys.clear();
    char* out = m_keys.data();
    for (int r = 0; r < n; ++r) {
        m_keyStart[std::size_t(r)] = std::uint32_t(out - m_keys.data());
        char* const start = out;
        if (!writeUtf8(out, m_entries->entryAt(r).searchKey)) {
            out = start; // read as QString (tierOfRow)
            m_oddKeys.push_back(r);
        }
        *out++ = '\0'; // between rows: no word holds it
    }
    m_keys.resize(std::size_t(out - m_keys.data()));
    m_keyStart[std::size_t(n)] = std::uint32_t(m_keys.size());
    m_keysValid = true;
}

Tier EntriesFilterModel::tierOfRow(int sourceRow) const
{
    const EntrySummary& e = m_entries->entryAt(sourceRow);
    Tier folded;
    if (m_keysValid && !std::binary_search(m_oddKeys.begin(), m_oddKeys.end(), sourceRow)) {
        const std::uint32_t start = m_keyStart[std::size_t(sourceRow)];
        const std::uint32_t end = m_keyStart[std::size_t(sourceRow) + 1] - 1; // before the '\0'
        folded = m_query.tierOfKey(std::string_view(m_keys.data() + start, end - start));
    } else {
        folded = m_query.tierOfKey(QStringView(e.searchKey));
    }
    // With diacritics in the query, the fields themselves (searchTier: the rule of `list --search`).
    if (!m_query.hasMarks() || folded == Tier::NoMatch)
        return folded;
    return searchTier(m_query, e, e.searchKey);
}

void EntriesFilterModel::refilter(bool narrowing)
{
    const int n = sourceRows();
    std::vector<int> candidates;
    if (narrowing)
        candidates.swap(m_matches);
    if (m_tiers.size() != std::size_t(n))
        m_tiers.assign(std::size_t(n), Tier::NoMatch);
    else if (narrowing)
        for (const int r : candidates)
            m_tiers[std::size_t(r)] = Tier::NoMatch;
    else
        std::fill(m_tiers.begin(), m_tiers.end(), Tier::NoMatch);
    m_matches.clear();
    auto keep = [&](int r, Tier t) {
        m_tiers[std::size_t(r)] = t;
        m_matches.push_back(r);
    };

    if (!m_entries) { // another model: shown as it is
        for (int r = 0; r < n; ++r)
            keep(r, Tier::Phrase);
        return;
    }
    if (m_query.isEmpty()) {
        m_matches.reserve(std::size_t(n));
        for (int r = 0; r < n; ++r)
            if (acceptsRow(r))
                keep(r, Tier::Phrase);
        return;
    }
    buildKeys();
    if (narrowing) {
        // Typed on at the end: only the rows found before can match.
        for (const int r : candidates)
            if (const Tier t = tierOfRow(r); t != Tier::NoMatch)
                keep(r, t);
        return;
    }
    const std::vector<std::string>& words = m_query.keyWordsUtf8();
    if (words.empty()) {
        for (int r = 0; r < n; ++r)
            if (acceptsRow(r))
                if (const Tier t = tierOfRow(r); t != Tier::NoMatch)
                    keep(r, t);
        return;
    }
    // Every row: the query's longest word through the whole buffer at once; only the rows holding it are
    // looked at (a row's tier, from its own key, has the last word).
    const std::string_view word =
        *std::max_element(words.begin(), words.end(),
                          [](const std::string& a, const std::string& b) { return a.size() < b.size(); });
    const std::string_view all(m_keys);
    std::size_t pos = 0;
    int row = 0;
    while (row < n) {
        const std::size_t at = text::SearchQuery::findInKey(all, word, pos);
        if (at == std::string_view::npos)
            break;
        while (m_keyStart[std::size_t(row) + 1] <= at)
            ++row;
        if (acceptsRow(row))
            if (const Tier t = tierOfRow(row); t != Tier::NoMatch)
                keep(row, t);
        pos = m_keyStart[std::size_t(row) + 1];
        ++row;
    }
    if (!m_oddKeys.empty()) { // not in the buffer: looked at apart
        for (const int r : m_oddKeys)
            if (acceptsRow(r))
                if (const Tier t = tierOfRow(r); t != Tier::NoMatch)
                    keep(r, t);
        std::sort(m_matches.begin(), m_matches.end());
    }
}

void EntriesFilterModel::reorder()
{
    m_proxyRowOfValid = false;
    m_rows.clear();
    const int n = sourceRows();
    const bool byTier = m_entries && m_relevance && !m_query.isEmpty();
    if (!m_entries || m_sortColumn < 0 || m_sortColumn >= EntriesModel::ColumnCount) {
        if (!byTier) {
            m_rows = m_matches;
            return;
        }
        m_rows.reserve(m_matches.size());
        for (const Tier t : {Tier::Phrase, Tier::OneField, Tier::Anywhere})
            for (const int r : m_matches)
                if (m_tiers[std::size_t(r)] == t)
                    m_rows.push_back(r);
        return;
    }
    ensureOrder(m_sortColumn);
    const std::vector<int>& order = m_orders[std::size_t(m_sortColumn)];
    const std::vector<int>& rank = m_ranks[std::size_t(m_sortColumn)];
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    const std::size_t found = m_matches.size();
    if (found * 16 < std::size_t(n)) {
        // A few rows: sorted by one integer each, the tier (better first, whichever way the column runs)
        // above the place in the column's order.
        std::vector<std::uint64_t> keys;
        keys.reserve(found);
        for (const int r : m_matches) {
            const auto place = std::uint32_t(ascending ? rank[std::size_t(r)] : n - 1 - rank[std::size_t(r)]);
            const std::uint64_t tier = byTier ? std::uint64_t(Tier::Phrase - m_tiers[std::size_t(r)]) : 0;
            keys.push_back(tier << 32 | place);
        }
        std::sort(keys.begin(), keys.end());
        m_rows.reserve(found);
        for (const std::uint64_t k : keys) {
            const auto place = std::size_t(std::uint32_t(k));
            m_rows.push_back(order[ascending ? place : std::size_t(n) - 1 - place]);
        }
        return;
    }
    // Many rows: the column's order walked once, each row put after the rows of better tiers.
    std::array<std::size_t, 4> next{};
    if (byTier) {
        std::array<std::size_t, 4> count{};
        for (const int r : m_matches)
            ++count[m_tiers[std::size_t(r)]];
        next[Tier::Phrase] = 0;
        next[Tier::OneField] = count[Tier::Phrase];
        next[Tier::Anywhere] = count[Tier::Phrase] + count[Tier::OneField];
    }
    m_rows.resize(found);
    for (int i = 0; i < n; ++i) {
        const int r = order[std::size_t(ascending ? i : n - 1 - i)];
        const unsigned char t = m_tiers[std::size_t(r)];
        if (t != Tier::NoMatch)
            m_rows[next[byTier ? t : 0]++] = r;
    }
}

void EntriesFilterModel::ensureOrder(int column) const
{
    std::vector<int>& rank = m_ranks[std::size_t(column)];
    const auto n = std::size_t(m_entries->rowCount());
    if (rank.size() == n)
        return;
    // Collation is costly (ICU); doing it once per column turns every later sort and every re-filter of
    // a sorted table into walking this order. Ties are broken by code, so the order is total.
    std::vector<int>& order = m_orders[std::size_t(column)];
    order.resize(n);
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        const int c = compareRows(a, b, column);
        if (c != 0)
            return c < 0;
        return naturalCompare(m_entries->entryAt(a).code, m_entries->entryAt(b).code) < 0;
    });
    rank.assign(n, 0);
    for (std::size_t i = 0; i < n; ++i)
        rank[std::size_t(order[i])] = int(i);
}

text::SearchQuery::Tier EntriesFilterModel::tierOf(int sourceRow) const
{
    if (m_query.isEmpty())
        return Tier::Phrase;
    if (sourceRow < 0 || std::size_t(sourceRow) >= m_tiers.size())
        return Tier::NoMatch;
    return static_cast<Tier>(m_tiers[std::size_t(sourceRow)]);
}

bool EntriesFilterModel::acceptsRow(int) const
{
    return true;
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
    const QString after = text::clean(query.text());
    const bool narrowing = !before.isEmpty() && after.startsWith(before);
    beginLayoutChange();
    // The rows of the query left are kept a while: a letter erased (a typo corrected, a name typed
    // again) finds the rows of that query as they were.
    if (!m_query.isEmpty()) {
        Remembered r{before, m_matches, {}};
        r.tiers.reserve(m_matches.size());
        for (const int row : m_matches)
            r.tiers.push_back(m_tiers[std::size_t(row)]);
        std::erase_if(m_remembered, [&](const Remembered& old) { return old.text == before; });
        m_remembered.push_front(std::move(r));
        if (m_remembered.size() > kRememberedQueries)
            m_remembered.pop_back();
    }
    m_query = std::move(query);
    if (started)
        m_relevance = true; // a new search comes by relevance until a column is clicked
    const auto known = std::find_if(m_remembered.begin(), m_remembered.end(),
                                    [&](const Remembered& r) { return r.text == after; });
    if (!m_query.isEmpty() && known != m_remembered.end() && m_tiers.size() == std::size_t(sourceRows())) {
        for (const int row : m_matches)
            m_tiers[std::size_t(row)] = Tier::NoMatch;
        m_matches = std::move(known->matches);
        for (std::size_t i = 0; i < m_matches.size(); ++i)
            m_tiers[std::size_t(m_matches[i])] = known->tiers[i];
        m_remembered.erase(known);
    } else {
        refilter(narrowing);
    }
    reorder();
    endLayoutChange();
}

void EntriesFilterModel::setRelevanceOrder(bool on)
{
    if (on == m_relevance)
        return;
    m_relevance = on;
    if (m_query.isEmpty())
        return;
    beginLayoutChange(QAbstractItemModel::VerticalSortHint);
    reorder();
    endLayoutChange(QAbstractItemModel::VerticalSortHint);
}

void EntriesFilterModel::sort(int column, Qt::SortOrder order)
{
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    beginLayoutChange(QAbstractItemModel::VerticalSortHint);
    m_sortColumn = column;
    m_sortOrder = order;
    reorder();
    endLayoutChange(QAbstractItemModel::VerticalSortHint);
}

void EntriesFilterModel::invalidate()
{
    m_remembered.clear(); // the rows they found may no longer be accepted
    beginLayoutChange();
    refilter(false);
    reorder();
    endLayoutChange();
}

QModelIndex EntriesFilterModel::mapToSource(const QModelIndex& proxyIndex) const
{
    if (!proxyIndex.isValid() || !sourceModel() || proxyIndex.row() >= int(m_rows.size()))
        return {};
    return sourceModel()->index(m_rows[std::size_t(proxyIndex.row())], proxyIndex.column());
}

QModelIndex EntriesFilterModel::mapFromSource(const QModelIndex& sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.model() != sourceModel())
        return {};
    if (!m_proxyRowOfValid) {
        m_proxyRowOf.assign(std::size_t(sourceRows()), -1);
        for (std::size_t i = 0; i < m_rows.size(); ++i)
            if (std::size_t(m_rows[i]) < m_proxyRowOf.size())
                m_proxyRowOf[std::size_t(m_rows[i])] = int(i);
        m_proxyRowOfValid = true;
    }
    const auto source = std::size_t(sourceIndex.row());
    if (source >= m_proxyRowOf.size() || m_proxyRowOf[source] < 0)
        return {};
    return createIndex(m_proxyRowOf[source], sourceIndex.column());
}

QModelIndex EntriesFilterModel::index(int row, int column, const QModelIndex& parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= int(m_rows.size()) || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex EntriesFilterModel::parent(const QModelIndex&) const
{
    return {};
}

QModelIndex EntriesFilterModel::sibling(int row, int column, const QModelIndex&) const
{
    return index(row, column);
}

int EntriesFilterModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EntriesFilterModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() || !sourceModel() ? 0 : sourceModel()->columnCount();
}

bool EntriesFilterModel::hasChildren(const QModelIndex& parent) const
{
    return !parent.isValid() && rowCount() > 0 && columnCount() > 0;
}

QVariant EntriesFilterModel::data(const QModelIndex& index, int role) const
{
    const QModelIndex source = mapToSource(index);
    return source.isValid() ? sourceModel()->data(source, role) : QVariant();
}

QVariant EntriesFilterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!sourceModel())
        return {};
    if (orientation == Qt::Horizontal)
        return sourceModel()->headerData(section, orientation, role); // even with no row shown
    if (section < 0 || section >= int(m_rows.size()))
        return {};
    return sourceModel()->headerData(m_rows[std::size_t(section)], orientation, role);
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

} // namespace sangkien
