#include "council_dialog.h"

#include "dialog_buttons.h"
#include "domain/entry.h"
#include "error_wording.h"
#include "models/entries_model.h"
#include "review/conflicts.h"
#include "storage/catalog_repository.h"
#include "storage/council_roster.h"
#include "storage/database.h"
#include "unit_completer.h"
#include "write_guard.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sangkien {

namespace {

constexpr int IdRole = Qt::UserRole + 1;

QTableWidgetItem* cell(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    item->setToolTip(text);
    return item;
}

} // namespace

QString councilRoleName(CouncilRole role)
{
    switch (role) {
    case CouncilRole::Chair:
        return CouncilDialog::tr("Chair");
    case CouncilRole::ViceChair:
        return CouncilDialog::tr("Vice-chair");
    case CouncilRole::Secretary:
        return CouncilDialog::tr("Secretary");
    case CouncilRole::Member:
        return CouncilDialog::tr("Member");
    }
    return {};
}

CouncilMemberForm::CouncilMemberForm(const QList<Unit>& units, QWidget* parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_role(new QComboBox(this))
    , m_position(new QLineEdit(this))
    , m_unit(new QLineEdit(this))
    , m_completer(new UnitCompleter(m_unit))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("CouncilMemberForm"));
    m_name->setObjectName(QStringLiteral("name"));
    m_position->setObjectName(QStringLiteral("position"));
    m_unit->setObjectName(QStringLiteral("unit"));
    m_role->setObjectName(QStringLiteral("role"));
    for (CouncilRole r :
         {CouncilRole::Chair, CouncilRole::ViceChair, CouncilRole::Secretary, CouncilRole::Member})
        m_role->addItem(councilRoleName(r), int(r));
    m_position->setPlaceholderText(tr("e.g. Deputy Director of the Department"));
    m_unit->setPlaceholderText(tr("Type part of the name, accents optional"));
    m_completer->setUnits(units);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Full &name:"), m_name);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("&Position:"), m_position);
    form->addRow(tr("&Unit:"), m_unit);
    auto* buttons = okCancelButtons(this, m_name);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setWindowTitle(tr("Council member"));
    resize(560, sizeHint().height());
}

void CouncilMemberForm::setMember(const CouncilMember& member)
{
    m_member = member;
    m_name->setText(member.fullName);
    m_role->setCurrentIndex(std::max(0, m_role->findData(int(member.role))));
    m_position->setText(member.position);
    m_unit->setText(m_completer->unitName(member.unitId));
}

CouncilMember CouncilMemberForm::member() const
{
    CouncilMember m = m_member;
    m.fullName = m_name->text();
    m.role = CouncilRole(m_role->currentData().toInt());
    m.position = m_position->text();
    m.unitId = m_unit->text().trimmed().isEmpty() ? 0 : m_completer->unitIdFor(m_unit->text());
    return m;
}

void CouncilMemberForm::accept()
{
    const QString unit = m_unit->text().trimmed();
    if (!unit.isEmpty() && !m_completer->unitIdFor(unit)) {
        const int matches = m_completer->matchCount(unit);
        m_message->setText(
            matches == 0 ? tr("No unit is called \"%1\"; add it in Campaign → Units first.").arg(unit)
                         : tr("\"%1\" matches %2 units; choose one from the list.").arg(unit).arg(matches));
        m_unit->setFocus();
        return;
    }
    QDialog::accept();
}

CouncilDialog::CouncilDialog(const CampaignContext& context, QWidget* parent)
    : QDialog(parent)
    , m_db(context.database())
    , m_user(context.user)
    , m_members(new QTableWidget(0, 4, this))
    , m_entries(new QTableWidget(0, 4, this))
    , m_entriesTitle(new QLabel(this))
    , m_assignment(new QLabel(this))
    , m_message(new QLabel(this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_conflict(new QPushButton(tr("Add &conflict…"), this))
{
    m_prompts = context.prompts;
    setObjectName(QStringLiteral("CouncilDialog"));
    setWindowTitle(tr("Council"));
    if (auto units = CatalogRepository(m_db).units())
        m_units = *units;

    m_members->setObjectName(QStringLiteral("members"));
    m_members->setHorizontalHeaderLabels({tr("Full name"), tr("Role"), tr("Position"), tr("Unit")});
    m_entries->setObjectName(QStringLiteral("entries"));
    m_entries->setHorizontalHeaderLabels(
        {tr("Scores"), tr("Entry"), tr("Status"), tr("Conflict of interest")});
    for (QTableWidget* t : {m_members, m_entries}) {
        t->setSelectionBehavior(QAbstractItemView::SelectRows);
        t->setSelectionMode(QAbstractItemView::SingleSelection);
        t->setEditTriggers(QAbstractItemView::NoEditTriggers);
        t->verticalHeader()->setVisible(false);
        t->setAlternatingRowColors(true);
        t->setWordWrap(false);
        t->setTabKeyNavigation(false);
        t->horizontalHeader()->setHighlightSections(false);
        t->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        t->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    }
    // The whole council in view: seven to fifteen people.
    m_members->setMinimumHeight(m_members->horizontalHeader()->sizeHint().height() +
                                7 * (fontMetrics().height() + 8) + 4);
    m_members->horizontalHeader()->setSectionResizeMode(PositionColumn, QHeaderView::Stretch);
    m_members->horizontalHeader()->setSectionResizeMode(UnitColumn, QHeaderView::Stretch);
    m_entries->horizontalHeader()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_entries->horizontalHeader()->setSectionResizeMode(ConflictColumn, QHeaderView::Interactive);
    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("message"));
    m_assignment->setWordWrap(true);
    m_assignment->setObjectName(QStringLiteral("assignment"));
    QFont bold = m_entriesTitle->font();
    bold.setBold(true);
    m_entriesTitle->setFont(bold);

    auto* add = new QPushButton(tr("&Add…"), this);
    auto* close = new QPushButton(tr("Close"), this);
    m_conflict->setObjectName(QStringLiteral("addConflict"));
    m_conflict->setToolTip(
        tr("Exclude the member from the selected entry, or lift a conflict, with a reason"));
    m_remove->setToolTip(tr("A member who has score sheets stays on the council"));
    for (QPushButton* b : {add, m_edit, m_remove, m_conflict})
        writes::mark(b);
    for (QPushButton* b : {add, m_edit, m_remove, m_conflict, close})
        b->setAutoDefault(false);
    connect(add, &QPushButton::clicked, this, &CouncilDialog::addInteractively);
    connect(m_edit, &QPushButton::clicked, this, &CouncilDialog::editInteractively);
    connect(m_remove, &QPushButton::clicked, this, &CouncilDialog::removeInteractively);
    connect(m_conflict, &QPushButton::clicked, this, &CouncilDialog::conflictInteractively);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_members, &QTableWidget::itemActivated, this, &CouncilDialog::editInteractively);
    connect(m_members, &QTableWidget::currentCellChanged, this, [this](int row, int, int previous) {
        if (row != previous)
            reloadEntries();
    });
    connect(m_entries, &QTableWidget::cellChanged, this, &CouncilDialog::onEntryChanged);
    connect(m_entries, &QTableWidget::currentCellChanged, this, &CouncilDialog::updateButtons);

    auto* membersLabel = new QLabel(tr("&Members of the council:"), this);
    membersLabel->setBuddy(m_members);
    m_entriesTitle->setBuddy(m_entries);
    auto* memberButtons = new QHBoxLayout;
    memberButtons->addWidget(add);
    memberButtons->addWidget(m_edit);
    memberButtons->addWidget(m_remove);
    memberButtons->addStretch();
    auto* top = new QWidget(this);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(membersLabel);
    topLayout->addWidget(m_members, 1);
    topLayout->addLayout(memberButtons);
    auto* bottom = new QWidget(this);
    auto* bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_entriesTitle);
    bottomLayout->addWidget(m_assignment);
    bottomLayout->addWidget(m_entries, 1);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_conflict);
    buttons->addStretch();
    buttons->addWidget(close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    resize(1100, 760);

    reloadMembers(0);
}

QString CouncilDialog::messageText() const
{
    return m_message->text();
}

QString CouncilDialog::assignmentText() const
{
    return m_assignment->text();
}

void CouncilDialog::report(const Status& status, const QString& done)
{
    m_lastError = status ? QString() : ErrorWording::describe(status.error());
    m_message->setText(status ? done : m_lastError);
    m_message->setStyleSheet(m_lastError.isEmpty() ? QString() : QStringLiteral("color: #b00020;"));
}

void CouncilDialog::reloadMembers(qint64 selectId)
{
    if (!selectId)
        selectId = currentMemberId();
    auto roster = CouncilRoster::load(m_db);
    if (!roster) {
        report(roster.error());
        return;
    }
    m_roster.clear();
    {
        const QSignalBlocker block(m_members);
        m_members->setRowCount(int(roster->size()));
        for (int row = 0; row < roster->size(); ++row) {
            const RosterMember& r = roster->at(row);
            m_roster << r.member;
            QTableWidgetItem* name = cell(r.member.fullName);
            name->setData(IdRole, r.member.id);
            m_members->setItem(row, NameColumn, name);
            m_members->setItem(row, RoleColumn, cell(councilRoleName(r.member.role)));
            m_members->setItem(row, PositionColumn, cell(r.member.position));
            m_members->setItem(row, UnitColumn, cell(r.unitName));
        }
        m_members->resizeColumnToContents(NameColumn);
        m_members->resizeColumnToContents(RoleColumn);
        int row = 0;
        for (int r = 0; r < m_roster.size(); ++r)
            if (m_roster.at(r).id == selectId)
                row = r;
        if (!m_roster.isEmpty()) {
            m_members->setCurrentCell(row, NameColumn);
            m_members->scrollToItem(m_members->item(row, NameColumn));
        }
    }
    reloadEntries();
}

qint64 CouncilDialog::currentMemberId() const
{
    const int row = m_members->currentRow();
    if (row < 0 || !m_members->item(row, NameColumn))
        return 0;
    return m_members->item(row, NameColumn)->data(IdRole).toLongLong();
}

bool CouncilDialog::selectMember(qint64 memberId)
{
    for (int row = 0; row < m_members->rowCount(); ++row)
        if (m_members->item(row, NameColumn)->data(IdRole).toLongLong() == memberId) {
            m_members->setCurrentCell(row, NameColumn);
            return true;
        }
    return false;
}

int CouncilDialog::entryRow(qint64 entryId) const
{
    for (int row = 0; row < m_memberEntries.size(); ++row)
        if (m_memberEntries.at(row).entryId == entryId)
            return row;
    return -1;
}

void CouncilDialog::reloadEntries()
{
    const qint64 memberId = currentMemberId();
    const int keepRow = m_entries->currentRow();
    m_memberEntries.clear();
    if (memberId) {
        auto entries = CouncilRepository(m_db, m_user).entriesFor(memberId);
        if (!entries)
            report(entries.error());
        else
            m_memberEntries = *entries;
    }
    QString name;
    for (const CouncilMember& m : std::as_const(m_roster))
        if (m.id == memberId)
            name = m.fullName;
    m_entriesTitle->setText(memberId ? tr("&Entries %1 scores:").arg(name) : tr("&Entries"));

    EntriesModel statusNames;
    const QColor grey = palette().color(QPalette::Disabled, QPalette::Text);
    int scored = 0;
    int everyone = 0;
    int excluded = 0;
    m_filling = true;
    m_entries->setRowCount(int(m_memberEntries.size()));
    // Items are updated in place: a tick re-reads the list from inside the item's own signal.
    auto item = [this](int row, int column, const QString& text) {
        QTableWidgetItem* it = m_entries->item(row, column);
        if (!it) {
            it = new QTableWidgetItem;
            m_entries->setItem(row, column, it);
        }
        it->setText(text);
        it->setToolTip(text);
        it->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
        it->setData(Qt::ForegroundRole, QVariant());
        return it;
    };
    for (int row = 0; row < m_memberEntries.size(); ++row) {
        const MemberEntry& e = m_memberEntries.at(row);
        QTableWidgetItem* code = item(row, ScoresColumn, e.code);
        code->setData(IdRole, e.entryId);
        const auto status = entryStatusFromCode(e.status);
        QString conflict;
        if (e.excluded && e.automatic)
            conflict = e.conflictReason;
        else if (e.excluded)
            conflict = tr("Conflict added: %1").arg(e.overrideReason);
        else if (e.overrideExcluded.has_value() && !*e.overrideExcluded)
            conflict = tr("Conflict lifted: %1").arg(e.overrideReason);
        QTableWidgetItem* cells[] = {
            code, item(row, TitleColumn, e.title),
            item(row, StatusColumn, status ? statusNames.statusName(*status) : e.status),
            item(row, ConflictColumn, conflict)};
        if (e.excluded) {
            // Excluded: never scores it, whatever the assignment says; the box cannot be ticked.
            code->setCheckState(Qt::Unchecked);
            for (QTableWidgetItem* c : cells)
                c->setForeground(grey);
            ++excluded;
        } else {
            code->setFlags(code->flags() | Qt::ItemIsUserCheckable);
            code->setCheckState(e.scores ? Qt::Checked : Qt::Unchecked);
            scored += e.scores ? 1 : 0;
        }
        everyone += e.everyone ? 1 : 0;
    }
    m_filling = false;
    m_entries->resizeColumnToContents(ScoresColumn);
    m_entries->resizeColumnToContents(StatusColumn);
    // The reasons are read whole where they fit; the title gives up its room first, down to a third.
    m_entries->resizeColumnToContents(ConflictColumn);
    const int room = m_entries->viewport()->width() > 200 ? m_entries->viewport()->width() : width();
    m_entries->setColumnWidth(
        ConflictColumn, std::clamp(m_entries->columnWidth(ConflictColumn),
                                   fontMetrics().horizontalAdvance(QLatin1Char('x')) * 24, room * 2 / 5));
    if (!m_memberEntries.isEmpty())
        m_entries->setCurrentCell(std::clamp(keepRow, 0, int(m_memberEntries.size()) - 1), ScoresColumn);

    const QLocale locale;
    QString text;
    if (!memberId)
        text = m_roster.isEmpty() ? tr("The council has no members yet. Add the chair, the vice-chair, the "
                                       "secretary and the members.")
                                  : QString();
    else if (everyone == m_memberEntries.size())
        text = tr("No assignment: every member scores every entry. Untick the entries this member does not "
                  "score.");
    else
        text = tr("Scores %1 of %2 entries.")
                   .arg(locale.toString(scored), locale.toString(m_memberEntries.size()));
    if (memberId && excluded)
        text +=
            QLatin1Char(' ') +
            tr("%1 entries are excluded by a conflict of interest (greyed).").arg(locale.toString(excluded));
    m_assignment->setText(text);
    updateButtons();
}

void CouncilDialog::updateButtons()
{
    const bool member = currentMemberId() != 0;
    m_edit->setEnabled(member);
    m_remove->setEnabled(member);
    const int row = m_entries->currentRow();
    const bool entry = member && row >= 0 && row < m_memberEntries.size();
    m_conflict->setEnabled(entry);
    m_conflict->setText(entry && m_memberEntries.at(row).excluded ? tr("Lift &conflict…")
                                                                  : tr("Add &conflict…"));
}

void CouncilDialog::onEntryChanged(int row, int column)
{
    if (m_filling || column != ScoresColumn || row < 0 || row >= m_memberEntries.size())
        return;
    const MemberEntry& e = m_memberEntries.at(row);
    const bool checked = m_entries->item(row, ScoresColumn)->checkState() == Qt::Checked;
    if (e.excluded || checked == e.scores)
        return;
    setAssigned(e.entryId, checked);
}

void CouncilDialog::setReadOnly(const QString& reason)
{
    m_readOnlyReason = reason;
    writes::lock(this);
    setWindowTitle(windowTitle() + QLatin1Char(' ') + tr("(read-only)"));
    m_message->setText(reason);
}

Status CouncilDialog::setAssigned(qint64 entryId, bool assigned)
{
    if (isReadOnly()) {
        reloadEntries(); // the tick goes back to what is stored
        report(Error{m_readOnlyReason, m_db.path(), ErrorKind::ReadOnly});
        return Error{m_readOnlyReason, m_db.path(), ErrorKind::ReadOnly};
    }
    const qint64 memberId = currentMemberId();
    const int row = entryRow(entryId);
    if (!memberId || row < 0)
        return Error{tr("Select a member and an entry first."), {}, ErrorKind::Refused};
    const QString code = m_memberEntries.at(row).code;
    const Status s = CouncilRepository(m_db, m_user).setAssigned(memberId, {entryId}, assigned);
    if (s)
        m_changed = true;
    // Re-read either way: a refused tick goes back to what is stored.
    reloadEntries();
    report(s, assigned ? tr("%1 is scored by this member.").arg(code)
                       : tr("%1 is no longer scored by this member.").arg(code));
    return s;
}

Status CouncilDialog::setConflict(qint64 entryId, bool excluded, const QString& reason)
{
    if (isReadOnly()) {
        report(Error{m_readOnlyReason, m_db.path(), ErrorKind::ReadOnly});
        return Error{m_readOnlyReason, m_db.path(), ErrorKind::ReadOnly};
    }
    const qint64 memberId = currentMemberId();
    const int row = entryRow(entryId);
    if (!memberId || row < 0)
        return Error{tr("Select a member and an entry first."), {}, ErrorKind::Refused};
    const QString code = m_memberEntries.at(row).code;
    const Status s = setConflictOverride(m_db, memberId, entryId, excluded, reason, m_user);
    if (s) {
        m_changed = true;
        reloadEntries();
    }
    report(s,
           excluded ? tr("Conflict with %1 recorded.").arg(code) : tr("Conflict with %1 lifted.").arg(code));
    return s;
}

Result<qint64> CouncilDialog::addMember(CouncilMember member)
{
    if (isReadOnly()) {
        report(Error{m_readOnlyReason, m_db.path(), ErrorKind::ReadOnly});
        return Error{m_readOnlyReason, m_db.path(), ErrorKind::ReadOnly};
    }
    auto added = CouncilRepository(m_db, m_user).add(member);
    if (!added) {
        report(added.error());
        return added;
    }
    m_changed = true;
    reloadMembers(*added);
    report({}, tr("%1 added to the council.").arg(member.fullName));
    return added;
}

Status CouncilDialog::updateMember(const CouncilMember& member)
{
    if (isReadOnly()) {
        report(Error{m_readOnlyReason, m_db.path(), ErrorKind::ReadOnly});
        return Error{m_readOnlyReason, m_db.path(), ErrorKind::ReadOnly};
    }
    const Status s = CouncilRepository(m_db, m_user).update(member);
    if (s) {
        m_changed = true;
        reloadMembers(member.id);
    }
    report(s, tr("Saved."));
    return s;
}

Status CouncilDialog::removeMember(qint64 memberId)
{
    if (isReadOnly()) {
        report(Error{m_readOnlyReason, m_db.path(), ErrorKind::ReadOnly});
        return Error{m_readOnlyReason, m_db.path(), ErrorKind::ReadOnly};
    }
    QString name;
    for (const CouncilMember& m : std::as_const(m_roster))
        if (m.id == memberId)
            name = m.fullName;
    const Status s = CouncilRepository(m_db, m_user).remove(memberId);
    if (s) {
        m_changed = true;
        reloadMembers(0);
    }
    report(s, tr("%1 removed from the council.").arg(name));
    return s;
}

void CouncilDialog::addInteractively()
{
    CouncilMemberForm form(m_units, this);
    form.setWindowTitle(tr("New council member"));
    CouncilMember m;
    m.role = CouncilRole::Member;
    form.setMember(m);
    while (m_prompts->dialog(form)) {
        if (addMember(form.member()))
            return;
        m_prompts->warning(this, tr("Cannot add the member"), m_lastError);
    }
}

void CouncilDialog::editInteractively()
{
    if (isReadOnly())
        return;
    const qint64 id = currentMemberId();
    for (const CouncilMember& m : std::as_const(m_roster)) {
        if (m.id != id)
            continue;
        CouncilMemberForm form(m_units, this);
        form.setMember(m);
        while (m_prompts->dialog(form)) {
            if (updateMember(form.member()))
                return;
            m_prompts->warning(this, tr("Cannot save the member"), m_lastError);
        }
        return;
    }
}

void CouncilDialog::removeInteractively()
{
    const qint64 id = currentMemberId();
    if (!id)
        return;
    const QString name = m_members->item(m_members->currentRow(), NameColumn)->text();
    if (!m_prompts->question(this, tr("Remove member"), tr("Remove %1 from the council?").arg(name)))
        return;
    if (const Status s = removeMember(id); !s)
        m_prompts->warning(this, tr("Cannot remove the member"), s.error().message);
}

void CouncilDialog::conflictInteractively()
{
    const int row = m_entries->currentRow();
    if (row < 0 || row >= m_memberEntries.size())
        return;
    const MemberEntry e = m_memberEntries.at(row);
    const bool exclude = !e.excluded;
    const auto reason = m_prompts->text(
        this, exclude ? tr("Add a conflict of interest") : tr("Lift the conflict of interest"),
        exclude
            ? tr("Why does %1 not score %2?").arg(m_members->item(m_members->currentRow(), 0)->text(), e.code)
            : tr("Why may %1 score %2 after all?")
                  .arg(m_members->item(m_members->currentRow(), 0)->text(), e.code));
    if (!reason)
        return;
    if (const Status s = setConflict(e.entryId, exclude, *reason); !s)
        m_prompts->warning(this, tr("Not done"), s.error().message);
}

} // namespace sangkien
