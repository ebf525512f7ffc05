#pragma once

#include <QStyledItemDelegate>

namespace sangkien {

// An item delegate that says why the model refused an edit: after a refused setData() it asks the
// model's Q_INVOKABLE lastError() and emits refused(), for the dialog to show under the table.
class CheckedItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;

signals:
    void refused(const QString& why) const;

protected:
    // Writes value and reports a refusal.
    void commit(QAbstractItemModel* model, const QModelIndex& index, const QVariant& value) const;
};

} // namespace sangkien
