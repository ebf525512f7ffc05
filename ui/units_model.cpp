#include "units_model.h"

#include "storage/catalog_repository.h"
#include "storage/database.h"
#include "text/vietnamese_text.h"

#include <QLocale>

namespace sangkien {

UnitsModel::UnitsModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

Status UnitsModel::load(Database& db)
{
    CatalogRepository catalog(db);
    auto kinds = catalog.unitKinds();
    if (!kinds)
        return kinds.error();
    auto units = catalog.units();
    if (!units)
        return units.error();
    auto usage = UnitRepository(db, {}).usageCounts();
    if (!usage)
        return usage.error();
    beginResetModel();
    m_kinds = *kinds;
    m_units = *units;
    m_usage = *usage;
    m_keys.clear();
    for (const Unit& u : m_units)
        m_keys.append(
            text::searchKey(u.name + QLatin1Char(' ') + u.district + QLatin1Char(' ') + kindName(u.kindId)));
    endResetModel();
    return {};
}

int UnitsModel::rowOf(qint64 unitId) const
{
    for (int i = 0; i < m_units.size(); ++i)
        if (m_units[i].id == unitId)
            return i;
    return -1;
}

QString UnitsModel::kindName(qint64 kindId) const
{
    for (const UnitKind& k : m_kinds)
        if (k.id == kindId)
            return k.name;
    return {};
}

int UnitsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_units.size());
}

int UnitsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UnitsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_units.size())
        return {};
    const Unit& u = m_units.at(index.row());
    if (role == SearchKeyRole)
        return m_keys.at(index.row());
    if (role == UnitIdRole)
        return u.id;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case KindColumn:
            return kindName(u.kindId);
        case NameColumn:
            return u.name;
        case DistrictColumn:
            return u.district;
        case UsageColumn:
            return QLocale().toString(m_usage.value(u.id).total());
        }
    }
    if (role == Qt::ToolTipRole && index.column() == UsageColumn) {
        const UnitUsage used = m_usage.value(u.id);
        return tr("%1 nominees, %2 co-authors, %3 council members")
            .arg(used.nominees)
            .arg(used.authors)
            .arg(used.members);
    }
    if (role == Qt::TextAlignmentRole && index.column() == UsageColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant UnitsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KindColumn:
        return tr("Kind");
    case NameColumn:
        return tr("Name");
    case DistrictColumn:
        return tr("District");
    case UsageColumn:
        return tr("Used by");
    }
    return {};
}

} // namespace sangkien
