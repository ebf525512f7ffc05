#include "checked_item_delegate.h"

#include <QMetaObject>
#include <QMetaProperty>

namespace sangkien {

void CheckedItemDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                       const QModelIndex& index) const
{
    // The editor's value by its user property, as QStyledItemDelegate does, but with the outcome checked.
    const QByteArray name = editor->metaObject()->userProperty().name();
    if (name.isEmpty()) {
        QStyledItemDelegate::setModelData(editor, model, index);
        return;
    }
    commit(model, index, editor->property(name.constData()));
}

void CheckedItemDelegate::commit(QAbstractItemModel* model, const QModelIndex& index,
                                 const QVariant& value) const
{
    if (model->setData(index, value, Qt::EditRole))
        return;
    QString why;
    if (!QMetaObject::invokeMethod(model, "lastError", Qt::DirectConnection, Q_RETURN_ARG(QString, why)) ||
        why.isEmpty())
        return;
    emit refused(why);
}

} // namespace sangkien
