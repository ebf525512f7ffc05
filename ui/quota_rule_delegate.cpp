#include "quota_rule_delegate.h"

#include "models/quota_rules_model.h"

#include <QComboBox>
#include <QSpinBox>

namespace sangkien {

QWidget* QuotaRuleDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                         const QModelIndex& index) const
{
    const auto* model = qobject_cast<const QuotaRulesModel*>(index.model());
    if (!model)
        return QStyledItemDelegate::createEditor(parent, option, index);
    switch (index.column()) {
    case QuotaRulesModel::AwardFormColumn: {
        auto* box = new QComboBox(parent);
        for (const AwardForm& form : model->awardForms())
            box->addItem(form.name, form.id);
        return box;
    }
    case QuotaRulesModel::NomineeKindColumn: {
        auto* box = new QComboBox(parent);
        const std::optional<NomineeKind> kinds[] = {std::nullopt, NomineeKind::Collective,
                                                    NomineeKind::Individual};
        for (const auto& kind : kinds)
            box->addItem(model->nomineeKindName(kind), quotaKindCode(kind));
        return box;
    }
    case QuotaRulesModel::MaxCountColumn: {
        auto* spin = new QSpinBox(parent);
        spin->setRange(0, 9999);
        return spin;
    }
    }
    return QStyledItemDelegate::createEditor(parent, option, index);
}

void QuotaRuleDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    if (auto* box = qobject_cast<QComboBox*>(editor)) {
        box->setCurrentIndex(std::max(0, box->findData(index.data(Qt::EditRole))));
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void QuotaRuleDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                     const QModelIndex& index) const
{
    if (auto* box = qobject_cast<QComboBox*>(editor)) {
        commit(model, index, box->currentData());
        return;
    }
    CheckedItemDelegate::setModelData(editor, model, index);
}

} // namespace sangkien
