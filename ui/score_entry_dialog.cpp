#include "score_entry_dialog.h"

#include "council_dialog.h"
#include "score_grid_view.h"
#include "storage/council_roster.h"
#include "storage/database.h"
#include "storage/score_sheet_repository.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace sangkien {

ScoreEntryDialog::ScoreEntryDialog(const CampaignContext& context, QWidget* parent)
    : QDialog(parent)
    , m_db(context.database())
    , m_user(context.user)
    , m_model(new ScoreGridModel(this))
    , m_member(new QComboBox(this))
    , m_view(new ScoreGridView(this))
    , m_message(new QLabel(this))
    , m_progress(new QLabel(this))
    , m_save(new QPushButton(tr("Save &draft"), this))
    , m_submit(new QPushButton(tr("S&ubmit sheets…"), this))
    , m_reopen(new QPushButton(tr("&Reopen sheet…"), this))
{
    m_prompts = context.prompts;
    m_role = context.role();
    setObjectName(QStringLiteral("ScoreEntryDialog"));
    setWindowTitle(tr("Enter scores"));
    m_view->setObjectName(QStringLiteral("scoreEntryGrid"));
    m_view->setModel(m_model);
    m_member->setObjectName(QStringLiteral("member"));
    m_member->setMinimumContentsLength(40);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setObjectName(QStringLiteral("progress"));

    m_save->setObjectName(QStringLiteral("saveDraft"));
    m_save->setShortcut(QKeySequence::Save);
    m_save->setToolTip(tr("Keep the points typed so far (Ctrl+S); the sheets stay open for changes"));
    m_submit->setObjectName(QStringLiteral("submitSheets"));
    m_submit->setToolTip(tr("Hand in the complete sheets; a submitted sheet cannot be changed"));
    m_reopen->setObjectName(QStringLiteral("reopen"));
    m_reopen->setToolTip(tr("The council's secretary turns the selected submitted sheet back into a draft, "
                            "with a reason"));
    auto* close = new QPushButton(tr("Close"), this);
    for (QPushButton* b : {m_save, m_submit, m_reopen, close})
        b->setAutoDefault(false);
    connect(m_reopen, &QPushButton::clicked, this, [this] {
        if (const QModelIndex i = m_view->currentIndex(); i.isValid())
            reopenSheet(i.row());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ScoreEntryDialog::updateProgress);
    connect(m_save, &QPushButton::clicked, this, &ScoreEntryDialog::saveDraft);
    connect(m_submit, &QPushButton::clicked, this, &ScoreEntryDialog::submitSheets);
    connect(close, &QPushButton::clicked, this, &ScoreEntryDialog::reject);

    connect(m_view, &ScoreGridView::refused, this, [this](const QString& why) { showMessage(why, true); });
    connect(m_model, &ScoreGridModel::totalsChanged, this, &ScoreEntryDialog::updateProgress);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        // A value taken clears the last refusal.
        if (m_model->lastError().isEmpty() && !m_lastError.isEmpty())
            showMessage({}, false);
        updateProgress();
    });

    auto* memberLabel = new QLabel(tr("Council &member:"), this);
    memberLabel->setBuddy(m_member);
    auto* top = new QHBoxLayout;
    top->addWidget(memberLabel);
    top->addWidget(m_member);
    top->addStretch();
    auto* hint = new QLabel(tr("Type the points of the paper sheet: Enter moves down, Tab moves across, "
                               "Delete empties a cell. Submitted sheets are greyed and cannot be changed."),
                            this);
    hint->setWordWrap(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_progress);
    buttons->addStretch();
    buttons->addWidget(m_save);
    buttons->addWidget(m_submit);
    buttons->addWidget(m_reopen);
    buttons->addWidget(close);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(hint);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    resize(1100, 680);

    loadMembers();
    connect(m_member, &QComboBox::currentIndexChanged, this, [this](int index) {
        const qint64 id = m_member->itemData(index).toLongLong();
        if (id == m_shownMember)
            return;
        if (!settleUnsaved()) {
            // The member stays: put the choice back without asking again.
            const QSignalBlocker block(m_member);
            m_member->setCurrentIndex(m_member->findData(m_shownMember));
            return;
        }
        m_shownMember = id;
        loadGrid();
    });
    m_shownMember = m_member->currentData().toLongLong();
    loadGrid();
}

void ScoreEntryDialog::loadMembers()
{
    auto roster = CouncilRoster::load(m_db);
    if (!roster) {
        showMessage(roster.error().text(), true);
        return;
    }
    const QSignalBlocker block(m_member);
    m_member->clear();
    for (const RosterMember& r : *roster)
        m_member->addItem(tr("%1 — %2").arg(r.member.fullName, councilRoleName(r.member.role)), r.member.id);
    if (roster->isEmpty())
        showMessage(tr("The council has no members yet: add them in Campaign → Council."), true);
}

qint64 ScoreEntryDialog::currentMemberId() const
{
    return m_shownMember;
}

void ScoreEntryDialog::loadGrid()
{
    showMessage({}, false);
    if (!m_shownMember) {
        m_model->setGrid({}, {});
        m_loaded.clear();
        updateProgress();
        return;
    }
    if (Status s = m_model->loadFromCampaign(m_db, m_shownMember); !s) {
        m_model->setGrid({}, {});
        showMessage(s.error().message, true);
    }
    m_loaded = m_model->rows();
    m_view->fitColumns();
    m_view->goToFirstEditable();
    m_view->setFocus();
    updateProgress();
}

bool ScoreEntryDialog::selectMember(qint64 memberId)
{
    const int index = m_member->findData(memberId);
    if (index < 0)
        return false;
    m_member->setCurrentIndex(index);
    return m_shownMember == memberId;
}

QString ScoreEntryDialog::messageText() const
{
    return m_message->text();
}

QString ScoreEntryDialog::progressText() const
{
    return m_progress->text();
}

void ScoreEntryDialog::showMessage(const QString& text, bool error)
{
    m_lastError = error ? text : QString();
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

void ScoreEntryDialog::updateProgress()
{
    const int total = m_model->rowCount();
    int submitted = 0;
    for (const ScoreGridRow& r : m_model->rows())
        submitted += r.locked ? 1 : 0;
    const QLocale locale;
    QString text =
        tr("%1 of %2 sheets complete").arg(locale.toString(m_model->completeCount()), locale.toString(total));
    if (submitted)
        text += tr(", %1 submitted").arg(locale.toString(submitted));
    if (m_model->isModified())
        text += tr(" (not saved)");
    m_progress->setText(text);
    m_save->setEnabled(m_model->isModified());
    m_submit->setEnabled(m_model->completeCount() > submitted);
    const QModelIndex current = m_view->currentIndex();
    m_reopen->setEnabled(current.isValid() && current.row() < m_model->rowCount() &&
                         m_model->rows().at(current.row()).locked);
}

bool ScoreEntryDialog::reopenSheet(int row, const QString& reason)
{
    if (row < 0 || row >= m_model->rowCount() || !m_model->rows().at(row).locked)
        return false;
    if (m_model->isModified() && !settleUnsaved())
        return false;
    const ScoreGridRow sheet = m_model->rows().at(row);
    QString why = reason;
    if (why.isEmpty()) {
        const auto typed =
            m_prompts->text(this, tr("Reopen the score sheet"),
                            tr("Why is the sheet of %1 for %2 reopened? The reason goes into the trail.")
                                .arg(m_member->currentText(), sheet.code));
        if (!typed)
            return false;
        why = *typed;
    }
    const Status s = ScoreSheetRepository(m_db, m_user).reopen(currentMemberId(), sheet.entryId, why, m_role);
    if (!s) {
        m_lastError = s.error().message;
        showMessage(s.error().message, true);
        return false;
    }
    m_changed = true;
    loadGrid();
    showMessage(tr("The sheet for %1 is a draft again.").arg(sheet.code), false);
    emit scoresWritten();
    return true;
}

bool ScoreEntryDialog::saveDraft()
{
    return write(false);
}

bool ScoreEntryDialog::submitSheets()
{
    return write(true);
}

bool ScoreEntryDialog::write(bool submit)
{
    if (!m_shownMember)
        return false;
    auto writes = m_model->sheetWrites(m_db);
    if (!writes) {
        showMessage(writes.error().text(), true);
        return false;
    }
    // A sheet emptied in the grid is written empty, so its stored draft points go too.
    QHash<qint64, bool> written;
    for (const SheetWrite& w : std::as_const(*writes))
        written.insert(w.entryId, true);
    for (const ScoreGridRow& before : std::as_const(m_loaded)) {
        if (before.locked || written.contains(before.entryId) ||
            (before.points.isEmpty() && before.comment.isEmpty()))
            continue;
        SheetWrite w;
        w.entryId = before.entryId;
        w.entryCode = before.code;
        w.comment = QString();
        writes->append(w);
    }
    QList<SheetWrite> drafts;
    QList<SheetWrite> finals;
    for (const SheetWrite& w : std::as_const(*writes)) {
        int row = -1;
        for (int r = 0; r < m_model->rowCount(); ++r)
            if (m_model->rows().at(r).entryId == w.entryId)
                row = r;
        if (submit && row >= 0 && m_model->isComplete(row))
            finals << w;
        else
            drafts << w;
    }
    if (submit) {
        if (finals.isEmpty()) {
            showMessage(tr("No sheet is complete yet: a sheet is submitted when every criterion has points."),
                        true);
            return false;
        }
        if (!m_prompts->question(
                this, tr("Submit sheets"),
                tr("Submit %n complete sheet(s) of %1? A submitted sheet cannot be changed afterwards.",
                   nullptr, int(finals.size()))
                    .arg(m_member->currentText())))
            return false;
    }
    if (drafts.isEmpty() && finals.isEmpty()) {
        m_model->setModified(false);
        updateProgress();
        return true;
    }
    ScoreSheetRepository repo(m_db, m_user);
    ScoreSheetRepository::Policy draftPolicy;
    draftPolicy.keepDraftPoints = false; // the grid holds the whole sheet: an emptied cell loses its points
    ScoreSheetRepository::Policy submitPolicy = draftPolicy;
    submitPolicy.submit = true;
    const Status done = m_db.transaction([&]() -> Status {
        if (!drafts.isEmpty())
            if (auto r = repo.writeInTransaction(m_shownMember, drafts, draftPolicy); !r)
                return r.error();
        if (!finals.isEmpty())
            if (auto r = repo.writeInTransaction(m_shownMember, finals, submitPolicy); !r)
                return r.error();
        return {};
    });
    if (!done) {
        showMessage(done.error().text(), true);
        return false;
    }
    m_changed = true;
    // Re-read: submitted rows come back locked. The cursor stays on the same entry and criterion.
    const QModelIndex current = m_view->currentIndex();
    const qint64 entryId = current.isValid() ? m_model->rows().at(current.row()).entryId : 0;
    const int column = current.isValid() ? current.column() : 0;
    loadGrid();
    for (int r = 0; r < m_model->rowCount(); ++r)
        if (m_model->rows().at(r).entryId == entryId)
            m_view->setCurrentIndex(m_model->index(r, column));
    showMessage(submit ? tr("%n sheet(s) submitted.", nullptr, int(finals.size())) +
                             (drafts.isEmpty() ? QString()
                                               : QLatin1Char(' ') + tr("%n sheet(s) saved as drafts.",
                                                                       nullptr, int(drafts.size())))
                       : tr("%n sheet(s) saved as drafts.", nullptr, int(drafts.size())),
                false);
    emit scoresWritten();
    return true;
}

bool ScoreEntryDialog::settleUnsaved()
{
    if (!m_model->isModified())
        return true;
    const Prompts::Unsaved answer =
        m_prompts->unsavedChanges(this, tr("Unsaved scores"),
                                  tr("The points typed for %1 are not saved. Save them as a draft?")
                                      .arg(m_member->itemText(m_member->findData(m_shownMember))));
    if (answer == Prompts::Unsaved::Save)
        return saveDraft();
    if (answer == Prompts::Unsaved::Discard) {
        m_model->setModified(false);
        return true;
    }
    return false;
}

void ScoreEntryDialog::reject()
{
    if (settleUnsaved())
        QDialog::reject();
}

} // namespace sangkien
