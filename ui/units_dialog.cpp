#include "units_dialog.h"

#include "dialog_buttons.h"
#include "error_wording.h"
#include "services/units_import.h"
#include "storage/database.h"
#include "storage/unit_repository.h"
#include "text/vietnamese_text.h"
#include "unit_completer.h"
#include "units_model.h"
#include "write_guard.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace sangkien {

UnitFormDialog::UnitFormDialog(const QList<UnitKind>& kinds, const QStringList& districts, QWidget* parent)
    : QDialog(parent)
    , m_kind(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_district(new QComboBox(this))
{
    setObjectName(QStringLiteral("UnitFormDialog"));
    for (const UnitKind& k : kinds)
        m_kind->addItem(k.name, k.id);
    m_district->setEditable(true);
    m_district->addItems(districts);
    m_district->setCurrentIndex(-1);
    m_name->setObjectName(QStringLiteral("name"));
    auto* form = new QFormLayout;
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&District:"), m_district);
    auto* buttons = okCancelButtons(this, m_name);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setWindowTitle(tr("Unit"));
    resize(520, sizeHint().height());
}

void UnitFormDialog::setUnit(const Unit& unit)
{
    m_unit = unit;
    const int k = m_kind->findData(unit.kindId);
    m_kind->setCurrentIndex(k < 0 ? 0 : k);
    m_name->setText(unit.name);
    m_district->setCurrentText(unit.district);
}

Unit UnitFormDialog::unit() const
{
    Unit u = m_unit;
    u.kindId = m_kind->currentData().toLongLong();
    u.name = m_name->text();
    u.district = m_district->currentText();
    return u;
}

UnitsDialog::UnitsDialog(const CampaignContext& context, QWidget* parent)
    : QDialog(parent)
    , m_db(context.database())
    , m_user(context.user)
    , m_model(new UnitsModel(this))
    , m_filter(new UnitFilterModel(this))
    , m_search(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_message(new QLabel(this))
{
    m_prompts = context.prompts;
    setObjectName(QStringLiteral("UnitsDialog"));
    m_filter->setSourceModel(m_model);
    m_filter->setSortLocaleAware(true);
    m_view->setObjectName(QStringLiteral("unitsTable"));
    m_view->setModel(m_filter);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(UnitsModel::KindColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->setVisible(false);
    m_view->setAlternatingRowColors(true);
    m_view->horizontalHeader()->setSectionResizeMode(UnitsModel::NameColumn, QHeaderView::Stretch);
    m_search->setObjectName(QStringLiteral("unitsSearch"));
    m_message->setObjectName(QStringLiteral("unitsMessage"));
    m_search->setPlaceholderText(tr("Search units (accents optional)"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_filter, &UnitFilterModel::setQuery);
    m_message->setWordWrap(true);

    auto* add = new QPushButton(tr("&Add…"), this);
    auto* edit = new QPushButton(tr("&Edit…"), this);
    auto* merge = new QPushButton(tr("&Merge duplicates…"), this);
    auto* importButton = new QPushButton(tr("&Import a List…"), this);
    importButton->setObjectName(QStringLiteral("importUnits"));
    importButton->setToolTip(tr("Add the units a spreadsheet lists (.xlsx, .ods, .xls, .csv): a column "
                                "\"Tên đơn vị\", optionally \"Loại\" and \"Khu vực\"; units already there "
                                "are left as they are"));
    merge->setToolTip(tr("Select the same unit written two ways, then merge them into one"));
    auto* close = new QPushButton(tr("Close"), this);
    for (QPushButton* b : {add, edit, merge, close})
        b->setAutoDefault(false);
    for (QPushButton* b : {add, edit, merge, importButton})
        writes::mark(b);
    connect(add, &QPushButton::clicked, this, &UnitsDialog::addInteractively);
    connect(edit, &QPushButton::clicked, this, &UnitsDialog::editInteractively);
    connect(merge, &QPushButton::clicked, this, &UnitsDialog::mergeInteractively);
    connect(importButton, &QPushButton::clicked, this, &UnitsDialog::importInteractively);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_view, &QTableView::activated, this, &UnitsDialog::editInteractively);

    auto* top = new QHBoxLayout;
    auto* searchLabel = new QLabel(tr("&Search:"), this);
    searchLabel->setBuddy(m_search);
    top->addWidget(searchLabel);
    top->addWidget(m_search, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(edit);
    buttons->addWidget(merge);
    buttons->addStretch();
    buttons->addWidget(close);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    setWindowTitle(tr("Units"));
    resize(900, 600);
    reload();
}

void UnitsDialog::reload()
{
    report(m_model->load(m_db));
    m_view->resizeColumnToContents(UnitsModel::KindColumn);
    m_view->resizeColumnToContents(UnitsModel::DistrictColumn);
}

void UnitsDialog::report(const Status& status)
{
    m_lastError = status ? QString() : ErrorWording::describe(status.error());
    m_message->setText(m_lastError);
    m_message->setStyleSheet(m_lastError.isEmpty() ? QString() : QStringLiteral("color: #b00020;"));
}

QStringList UnitsDialog::districts() const
{
    QStringList list;
    for (const Unit& u : m_model->units())
        if (!u.district.isEmpty() && !list.contains(u.district))
            list << u.district;
    std::sort(list.begin(), list.end(),
              [](const QString& a, const QString& b) { return text::compareVietnamese(a, b) < 0; });
    return list;
}

QList<qint64> UnitsDialog::selectedUnitIds() const
{
    QList<qint64> ids;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows())
        ids << index.data(UnitsModel::UnitIdRole).toLongLong();
    return ids;
}

void UnitsDialog::setReadOnly(const QString& reason)
{
    m_readOnlyReason = reason;
    writes::lock(this);
    setWindowTitle(windowTitle() + QLatin1Char(' ') + tr("(read-only)"));
    m_message->setText(reason);
}

void UnitsDialog::importInteractively()
{
    const QString path = m_prompts->openFile(this, tr("Import a units list"), QString(),
                                             tr("Spreadsheets (*.xlsx *.ods *.xls *.csv)"));
    if (!path.isEmpty())
        importList(path);
}

Status UnitsDialog::importList(const QString& spreadsheet)
{
    if (isReadOnly()) {
        const Error refused{m_readOnlyReason, m_db.path(), ErrorKind::ReadOnly};
        report(refused);
        return refused;
    }
    auto imported = UnitsImport::run(m_db, m_user, spreadsheet);
    if (!imported) {
        report(imported.error());
        return imported.error();
    }
    report({});
    if (imported->added > 0) {
        m_changed = true;
        reload();
    }
    m_message->setText(
        tr("Added %1 units; %2 were already there.").arg(imported->added).arg(imported->alreadyThere));
    return {};
}

Result<qint64> UnitsDialog::addUnit(Unit unit)
{
    if (isReadOnly()) {
        report(Error{m_readOnlyReason, m_db.path(), ErrorKind::ReadOnly});
        return Error{m_readOnlyReason, m_db.path(), ErrorKind::ReadOnly};
    }
    auto added = UnitRepository(m_db, m_user).add(unit);
    report(added ? Status{} : Status{added.error()});
    if (added) {
        m_changed = true;
        reload();
    }
    return added;
}

Status UnitsDialog::updateUnit(const Unit& unit)
{
    if (isReadOnly()) {
        report(Error{m_readOnlyReason, m_db.path(), ErrorKind::ReadOnly});
        return Error{m_readOnlyReason, m_db.path(), ErrorKind::ReadOnly};
    }
    const Status s = UnitRepository(m_db, m_user).update(unit);
    report(s);
    if (s) {
        m_changed = true;
        reload();
    }
    return s;
}

Status UnitsDialog::mergeUnits(qint64 keepId, const QList<qint64>& unitIds)
{
    if (isReadOnly()) {
        report(Error{m_readOnlyReason, m_db.path(), ErrorKind::ReadOnly});
        return Error{m_readOnlyReason, m_db.path(), ErrorKind::ReadOnly};
    }
    const Status s = UnitRepository(m_db, m_user).merge(keepId, unitIds);
    report(s);
    if (s) {
        m_changed = true;
        reload();
        m_message->setText(tr("Merged into \"%1\".").arg(m_model->unitAt(m_model->rowOf(keepId)).name));
    }
    return s;
}

void UnitsDialog::addInteractively()
{
    UnitFormDialog form(m_model->kinds(), districts(), this);
    form.setWindowTitle(tr("New unit"));
    Unit u;
    if (!m_model->kinds().isEmpty())
        u.kindId = m_model->kinds().first().id;
    form.setUnit(u);
    while (m_prompts->dialog(form)) {
        if (addUnit(form.unit()))
            return;
        m_prompts->warning(this, tr("Cannot add the unit"), m_lastError);
    }
}

void UnitsDialog::editInteractively()
{
    if (isReadOnly())
        return; // Enter on a row: nothing to edit
    const QList<qint64> ids = selectedUnitIds();
    if (ids.size() != 1)
        return;
    UnitFormDialog form(m_model->kinds(), districts(), this);
    form.setUnit(m_model->unitAt(m_model->rowOf(ids.first())));
    while (m_prompts->dialog(form)) {
        if (updateUnit(form.unit()))
            return;
        m_prompts->warning(this, tr("Cannot save the unit"), m_lastError);
    }
}

void UnitsDialog::mergeInteractively()
{
    const QList<qint64> ids = selectedUnitIds();
    if (ids.size() < 2) {
        report(Error{tr("Select two or more units that are the same (Ctrl+click), then merge."),
                     {},
                     ErrorKind::Refused});
        return;
    }
    QStringList names;
    for (qint64 id : ids) {
        const Unit& u = m_model->unitAt(m_model->rowOf(id));
        names << tr("%1 (used by %2)").arg(u.name).arg(m_model->usage(id).total());
    }
    const auto kept = m_prompts->item(this, tr("Merge units"),
                                      tr("Keep which name? The others are removed and everything that "
                                         "refers to them moves to the one kept."),
                                      names);
    if (!kept)
        return;
    if (const Status s = mergeUnits(ids.at(names.indexOf(*kept)), ids); !s)
        m_prompts->warning(this, tr("Cannot merge the units"), ErrorWording::describe(s.error()));
}

} // namespace sangkien
