#pragma once

#include "common/result.h"
#include "domain/criterion.h"

#include <QAbstractTableModel>
#include <QList>

namespace sangkien {

class Database;

// The council's scoring criteria, editable until the first score is entered (then frozen: changing a
// scale under scores already given would make the sheets disagree).
class CriteriaModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        CodeColumn,
        NameColumn,
        MaxPointsColumn,
        MinPointsColumn,
        ColumnCount
    };

    explicit CriteriaModel(QObject* parent = nullptr);

    Status load(Database& db);
    // Writes every criterion in one transaction, then reloads so new rows get their ids.
    Status save(Database& db);
    // Writes every criterion without a transaction of its own and without reloading: for a caller that
    // saves several things as one user action, and reloads once its transaction has committed.
    Status write(Database& db) const;

    const QList<Criterion>& criteria() const { return m_criteria; }
    double totalMaxPoints() const;
    double totalMinPoints() const;
    bool isLocked() const { return m_locked; }
    bool isModified() const { return m_modified; }
    // Why the last setData(), insertRows() or removeRows() was refused, for the view to show.
    Q_INVOKABLE QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    bool insertRows(int row, int count, const QModelIndex& parent = {}) override;
    bool removeRows(int row, int count, const QModelIndex& parent = {}) override;
    // The order of the criteria is the order of the score sheet's columns.
    bool moveRows(const QModelIndex& sourceParent, int sourceRow, int count,
                  const QModelIndex& destinationParent, int destinationChild) override;

signals:
    void totalsChanged(double totalMaxPoints);

private:
    bool refuse(const QString& why);
    QString freeCode() const;

    QList<Criterion> m_criteria;
    bool m_locked = false;
    bool m_modified = false;
    QString m_lastError;
};

} // namespace sangkien
