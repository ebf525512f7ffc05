#pragma once

#include "common/result.h"
#include "domain/award_form.h"

#include <QAbstractTableModel>
#include <QList>

namespace sangkien {

class Database;

// The award forms' quota rules ("at most 5 collectives for the director's certificate"), editable.
class QuotaRulesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        AwardFormColumn,
        NomineeKindColumn,
        MaxCountColumn,
        ColumnCount
    };
    // The rule's nominee kind as a code ("collective", "individual", "any"), for editors and tests.
    static constexpr int KindCodeRole = Qt::UserRole + 1;
    // The rule's award form id (the award form column's edit value is the id too).
    static constexpr int AwardFormIdRole = Qt::UserRole + 2;

    explicit QuotaRulesModel(QObject* parent = nullptr);

    Status load(Database& db);
    // Writes every rule in one transaction, then reloads.
    Status save(Database& db);
    // Writes every rule without a transaction of its own and without reloading (see CriteriaModel::write).
    Status write(Database& db) const;

    const QList<QuotaRule>& rules() const { return m_rules; }
    const QList<AwardForm>& awardForms() const { return m_forms; }
    QString awardFormName(qint64 awardFormId) const;
    QString nomineeKindName(const std::optional<NomineeKind>& kind) const;
    bool isModified() const { return m_modified; }
    Q_INVOKABLE QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    // New rows are rules for a form and kind that have none yet (the first free pair, limit 0): refused
    // when every form already has all three rules.
    bool insertRows(int row, int count, const QModelIndex& parent = {}) override;
    bool removeRows(int row, int count, const QModelIndex& parent = {}) override;

private:
    bool refuse(const QString& why);
    bool hasRule(qint64 awardFormId, const std::optional<NomineeKind>& kind, int exceptRow = -1) const;

    QList<AwardForm> m_forms;
    QList<QuotaRule> m_rules;
    bool m_modified = false;
    QString m_lastError;
};

} // namespace sangkien
