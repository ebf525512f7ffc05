#pragma once

#include "common/result.h"
#include "domain/unit.h"
#include "storage/unit_repository.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace sangkien {

class Database;

// The campaign's units with their kind, district and how many nominees, authors and council members
// refer to each (what a merge would move).
class UnitsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        KindColumn,
        NameColumn,
        DistrictColumn,
        UsageColumn,
        ColumnCount
    };
    static constexpr int SearchKeyRole = Qt::UserRole + 1; // as UnitFilterModel expects
    static constexpr int UnitIdRole = Qt::UserRole + 2;

    explicit UnitsModel(QObject* parent = nullptr);

    Status load(Database& db);
    const QList<Unit>& units() const { return m_units; }
    const QList<UnitKind>& kinds() const { return m_kinds; }
    const Unit& unitAt(int row) const { return m_units.at(row); }
    int rowOf(qint64 unitId) const;
    UnitUsage usage(qint64 unitId) const { return m_usage.value(unitId); }
    QString kindName(qint64 kindId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Unit> m_units;
    QList<UnitKind> m_kinds;
    QList<QString> m_keys;
    QHash<qint64, UnitUsage> m_usage;
};

} // namespace sangkien
