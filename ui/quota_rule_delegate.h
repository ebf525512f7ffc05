#pragma once

#include "checked_item_delegate.h"

namespace sangkien {

// Edits a quota rule in place: the award form and the kind of nominee from drop-down lists (so only
// forms and kinds the campaign knows can be chosen), the limit in a spin box.
class QuotaRuleDelegate : public CheckedItemDelegate
{
    Q_OBJECT

public:
    using CheckedItemDelegate::CheckedItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
};

} // namespace sangkien
