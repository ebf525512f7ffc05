#include "import_cell_delegate.h"

#include "models/import_preview_model.h"
#include "unit_completer.h"

#include <QCompleter>
#include <QLineEdit>

namespace sangkien {

ImportCellDelegate::ImportCellDelegate(ImportPreviewModel* model, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_model(model)
{}

QStringList ImportCellDelegate::choicesFor(ImportField field, const ImportCatalog& catalog)
{
    QStringList out;
    switch (field) {
    case ImportField::Category:
        for (const ContentCategory& c : catalog.categories)
            out << c.code;
        for (const ContentCategory& c : catalog.categories)
            out << c.title;
        break;
    case ImportField::Kind:
        // The kinds as units write them in their lists (the values the importer reads).
        out << QStringLiteral("Sáng kiến") << QStringLiteral("Cải tiến kỹ thuật")
            << QStringLiteral("Giải pháp hữu ích");
        break;
    default:
        break;
    }
    return out;
}

QWidget* ImportCellDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                          const QModelIndex& index) const
{
    const ImportPlan* plan = m_model->plan();
    const int column = m_model->sheetColumn(index.column());
    if (!plan || column < 0)
        return QStyledItemDelegate::createEditor(parent, option, index);
    auto* edit = new QLineEdit(parent);
    edit->setFrame(false);
    const ImportField field = plan->mapping.field(column);
    if (field == ImportField::Unit) {
        auto* completer = new UnitCompleter(edit);
        QList<Unit> units;
        for (const Unit& u : plan->catalog.units) {
            if (u.id > 0)
                units.append(u);
        }
        completer->setUnits(units);
        edit->setCompleter(completer);
    } else if (const QStringList choices = choicesFor(field, plan->catalog); !choices.isEmpty()) {
        auto* completer = new QCompleter(choices, edit);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setFilterMode(Qt::MatchContains);
        completer->setMaxVisibleItems(12);
        edit->setCompleter(completer);
    }
    return edit;
}

void ImportCellDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    if (auto* edit = qobject_cast<QLineEdit*>(editor)) {
        edit->setText(index.data(Qt::EditRole).toString());
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void ImportCellDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                      const QModelIndex& index) const
{
    if (auto* edit = qobject_cast<QLineEdit*>(editor)) {
        if (edit->text() != index.data(Qt::EditRole).toString())
            model->setData(index, edit->text(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace sangkien
