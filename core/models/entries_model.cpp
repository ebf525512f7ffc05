#include "models/entries_model.h"

#include "storage/catalog_repository.h"
#include "storage/database.h"
#include "text/vietnamese_text.h"

#include <QSet>
#include <algorithm>
#include <functional>

namespace sangkien {

EntriesModel::EntriesModel(QObject* parent)
    : QAbstractTableModel(parent)
{
    retranslate();
}

void EntriesModel::retranslate()
{
    m_kindNames = {tr("Initiative"), tr("Technical improvement"), tr("Useful solution")};
    m_statusNames = {tr("Received"), tr("Complete"), tr("Returned"), tr("Under review"),
                     tr("Scored"),   tr("Proposed"), tr("Awarded"),  tr("Not awarded")};
}

QString EntriesModel::kindName(EntryKind kind) const
{
    return m_kindNames.at(static_cast<std::size_t>(kind));
}

QString EntriesModel::statusName(EntryStatus status) const
{
    return m_statusNames.at(static_cast<std::size_t>(status));
}

Status EntriesModel::reload(Database& db)
{
    EntryFilter filter;
    filter.withAuthors = true; // the search looks at them with their diacritics; the Authors column
    filter.withScores = false;
    auto entries = EntryRepository(db).list(filter);
    if (!entries)
        return entries.error();
    QHash<QString, QString> titles;
    if (auto categories = CatalogRepository(db).categories()) {
        for (const ContentCategory& c : *categories)
            titles.insert(c.code, c.title);
    }
    setEntries(std::move(entries.value()), std::move(titles));
    return {};
}

void EntriesModel::setEntries(QList<EntrySummary> entries, QHash<QString, QString> categoryTitles)
{
    beginResetModel();
    m_entries = std::move(entries);
    m_categoryTitles = std::move(categoryTitles);
    for (EntrySummary& e : m_entries)
        fillSearchKey(e);
    m_names.assign(static_cast<std::size_t>(m_entries.size()), std::nullopt);
    endResetModel();
}

void EntriesModel::fillSearchKey(EntrySummary& e)
{
    // The fields folded apart (searchFieldKey): the search tells a phrase from words spread over fields
    // without decoding a letter. The stored key is one; a row made elsewhere (or by an older tool) gets one.
    if (!isFieldKey(e.searchKey))
        e.searchKey = searchFieldKey(e);
}

Status EntriesModel::refresh(Database& db, const QList<qint64>& entryIds)
{
    if (entryIds.isEmpty())
        return {};
    EntryFilter filter;
    filter.ids = entryIds;
    filter.withAuthors = true;
    filter.withScores = false;
    auto fresh = EntryRepository(db).list(filter);
    if (!fresh)
        return fresh.error();
    QHash<qint64, EntrySummary> byId;
    for (EntrySummary& e : *fresh) {
        fillSearchKey(e);
        byId.insert(e.id, std::move(e));
    }
    const QSet<qint64> wanted(entryIds.cbegin(), entryIds.cend());
    QHash<qint64, int> rowOf;
    for (int row = 0; row < m_entries.size(); ++row)
        if (wanted.contains(m_entries.at(row).id))
            rowOf.insert(m_entries.at(row).id, row);

    QList<int> gone;
    for (auto it = rowOf.cbegin(); it != rowOf.cend(); ++it) {
        const auto found = byId.constFind(it.key());
        if (found == byId.cend()) {
            gone << it.value();
            continue;
        }
        const int row = it.value();
        if (m_entries.at(row) == *found)
            continue;
        m_entries[row] = *found;
        m_names[static_cast<std::size_t>(row)].reset();
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    // Highest rows first, so the rows still to remove keep their numbers.
    std::sort(gone.begin(), gone.end(), std::greater<int>());
    for (int row : std::as_const(gone)) {
        beginRemoveRows({}, row, row);
        m_entries.removeAt(row);
        m_names.erase(m_names.begin() + row);
        endRemoveRows();
    }
    QList<EntrySummary> added;
    for (auto it = byId.cbegin(); it != byId.cend(); ++it)
        if (!rowOf.contains(it.key()))
            added << *it;
    if (!added.isEmpty()) {
        std::sort(added.begin(), added.end(),
                  [](const EntrySummary& a, const EntrySummary& b) { return a.code < b.code; });
        const int first = static_cast<int>(m_entries.size());
        beginInsertRows({}, first, first + static_cast<int>(added.size()) - 1);
        m_entries.append(added);
        m_names.resize(static_cast<std::size_t>(m_entries.size()));
        endInsertRows();
    }
    return {};
}

void EntriesModel::clear()
{
    setEntries({}, {});
}

const text::PersonName& EntriesModel::nomineeName(int row) const
{
    auto& slot = m_names[static_cast<std::size_t>(row)];
    if (!slot)
        slot = text::PersonName::parse(m_entries.at(row).nominee);
    return *slot;
}

int EntriesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int EntriesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EntriesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const EntrySummary& e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case CodeColumn:
            return e.code;
        case TitleColumn:
            return e.title;
        case KindColumn:
            return kindName(e.kind);
        case CategoryColumn:
            return e.categoryCode;
        case NomineeColumn:
            return e.nominee;
        case UnitColumn:
            return e.unit;
        case StatusColumn:
            return statusName(e.status);
        case AuthorsColumn:
            return authorsText(index.row());
        }
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TitleColumn:
            return e.title; // titles are long and often cut off
        case CategoryColumn:
            return m_categoryTitles.value(e.categoryCode);
        case NomineeColumn:
            return e.nomineeKind == NomineeKind::Collective ? tr("Collective") : tr("Individual");
        case UnitColumn:
            return e.unit;
        }
        return {};
    case SearchKeyRole:
        return e.searchKey;
    case EntryIdRole:
        return e.id;
    case NomineeKindRole:
        return nomineeKindCode(e.nomineeKind);
    }
    return {};
}

QVariant EntriesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CodeColumn:
        return tr("Code");
    case TitleColumn:
        return tr("Title");
    case KindColumn:
        return tr("Kind");
    case CategoryColumn:
        return tr("Category");
    case NomineeColumn:
        return tr("Nominee");
    case UnitColumn:
        return tr("Unit");
    case StatusColumn:
        return tr("Status");
    case AuthorsColumn:
        return tr("Authors");
    }
    return {};
}

QString EntriesModel::authorsText(int row) const
{
    QString out;
    for (const EntrySummary::AuthorShare& a : m_entries.at(row).authors) {
        if (!out.isEmpty())
            out += QStringLiteral("; ");
        out += a.name;
    }
    return out;
}

QHash<int, QByteArray> EntriesModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(SearchKeyRole, "searchKey");
    names.insert(EntryIdRole, "entryId");
    names.insert(NomineeKindRole, "nomineeKind");
    return names;
}

} // namespace sangkien
