#pragma once

#include "import/column_mapping.h"

#include <QStringList>
#include <QStyledItemDelegate>

namespace sangkien {

class ImportPreviewModel;
class ImportCatalog;

// Edits a cell of the import preview with a completer for the columns that name something the campaign
// knows: units (diacritics, case and word order ignored: "so y te" → "Sở Y tế"), content categories (code
// or wording) and kinds. Other cells get a plain line edit.
class ImportCellDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    ImportCellDelegate(ImportPreviewModel* model, QObject* parent = nullptr);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;

    // What the completer of a column holding field offers: category codes and wordings, the kinds' names;
    // empty for fields without a list (units have their own completer).
    static QStringList choicesFor(ImportField field, const ImportCatalog& catalog);

private:
    ImportPreviewModel* m_model;
};

} // namespace sangkien
