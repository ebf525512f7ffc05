#pragma once

#include "domain/unit.h"

#include <QCompleter>
#include <QList>
#include <QSortFilterProxyModel>

class QLineEdit;
class QStandardItemModel;

namespace sangkien {

// Keeps the units whose folded name holds every word of the folded query: "van lam" finds
// "UBND huyện Văn Lâm", "so y te" finds "Sở Y tế".
class UnitFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    static constexpr int SearchKeyRole = Qt::UserRole + 1;
    static constexpr int UnitIdRole = Qt::UserRole + 2;

    explicit UnitFilterModel(QObject* parent = nullptr);
    void setQuery(const QString& query);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_queryKey;
};

// A completer for a unit field that ignores diacritics, case and word order, and turns what was typed
// into a unit id: an exact folded match, or the only unit that matches.
class UnitCompleter : public QCompleter
{
    Q_OBJECT

public:
    explicit UnitCompleter(QLineEdit* edit);

    void setUnits(const QList<Unit>& units);
    const QList<Unit>& units() const { return m_units; }

    // The unit the text names: its exact folded name, else the single unit it matches; 0 when none.
    qint64 unitIdFor(const QString& text) const;
    QString unitName(qint64 unitId) const;
    // How many units the text matches (for the editor's message when it is not one).
    int matchCount(const QString& text) const;

    UnitFilterModel* filterModel() const { return m_filter; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onEdited(const QString& text);
    void onEditingFinished();

    QLineEdit* m_edit;
    QStandardItemModel* m_source;
    UnitFilterModel* m_filter;
    QList<Unit> m_units;
    QList<QString> m_keys; // searchKey of each unit's name
};

} // namespace sangkien
