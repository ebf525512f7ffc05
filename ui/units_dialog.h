#pragma once

#include "campaign_context.h"
#include "common/result.h"
#include "domain/unit.h"
#include "prompts.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QTableView;
class QLabel;

namespace sangkien {

class Database;
class UnitFilterModel;
class UnitsModel;

// Asks for one unit's kind, name and district (adding or editing).
class UnitFormDialog : public QDialog
{
    Q_OBJECT

public:
    UnitFormDialog(const QList<UnitKind>& kinds, const QStringList& districts, QWidget* parent = nullptr);
    void setUnit(const Unit& unit);
    Unit unit() const;

private:
    Unit m_unit;
    QComboBox* m_kind;
    QLineEdit* m_name;
    QComboBox* m_district;
};

// The units of the campaign: search (accents optional), add, edit, and merge duplicates. Merging moves
// every nominee, co-author and council member to the unit kept, in one transaction with an audit row.
class UnitsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit UnitsDialog(const CampaignContext& context, QWidget* parent = nullptr);

    UnitsModel* model() const { return m_model; }
    // A campaign open read-only: everything can be looked at, nothing changed (every button that writes is
    // off and every write refused with reason).
    void setReadOnly(const QString& reason);
    bool isReadOnly() const { return !m_readOnlyReason.isEmpty(); }
    QString lastError() const { return m_lastError; }
    // True when something was written: the window then re-reads its entries.
    bool changedAnything() const { return m_changed; }

    Result<qint64> addUnit(Unit unit);
    Status updateUnit(const Unit& unit);
    // Merges the selected units into keepId.
    Status mergeUnits(qint64 keepId, const QList<qint64>& unitIds);
    QList<qint64> selectedUnitIds() const;
    // Adds the units a spreadsheet lists (core/services/units_import); the summary or the refusal is shown.
    Status importList(const QString& spreadsheet);

private:
    void importInteractively();
    void addInteractively();
    void editInteractively();
    void mergeInteractively();
    void reload();
    QStringList districts() const;
    void report(const Status& status);

    Database& m_db;
    QString m_user;
    UnitsModel* m_model;
    UnitFilterModel* m_filter;
    QLineEdit* m_search;
    QTableView* m_view;
    QLabel* m_message;
    Prompts* m_prompts = &defaultPrompts();
    QString m_readOnlyReason;
    bool m_changed = false;
    QString m_lastError;
};

} // namespace sangkien
