#include "awards_view.h"

#include "awards/award_service.h"
#include "certificate_layout_dialog.h"
#include "date_field.h"
#include "decision_details_dialog.h"
#include "document_preview.h"
#include "documents/decision_document.h"
#include "error_wording.h"
#include "models/award_proposal_model.h"
#include "review/aggregation.h"
#include "services/decision_issuer.h"
#include "storage/database.h"
#include "storage/output_target.h"
#include "write_guard.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPageLayout>
#include <QPageSize>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>

namespace sangkien {

// A manual move, already stored when pushed; undo moves the entry back (refused like any move when the
// quotas no longer allow it).
class MoveAwardCommand : public QUndoCommand
{
public:
    MoveAwardCommand(AwardsView* view, qint64 entryId, qint64 from, qint64 to, const QString& text)
        : QUndoCommand(text)
        , m_view(view)
        , m_entryId(entryId)
        , m_from(from)
        , m_to(to)
    {}
    void redo() override
    {
        if (m_stored) {
            m_stored = false; // the move itself was stored before the command was pushed
            return;
        }
        m_view->storeMove(m_entryId, m_to, true); // a refusal is said under the ranking
    }
    void undo() override { m_view->storeMove(m_entryId, m_from, true); }

private:
    AwardsView* m_view;
    qint64 m_entryId;
    qint64 m_from;
    qint64 m_to;
    bool m_stored = true;
};

// Applying the proposal, already stored when pushed; undo puts the awards stored before back.
class ApplyProposalCommand : public QUndoCommand
{
public:
    ApplyProposalCommand(AwardsView* view, QList<AwardSlot> before, QList<AwardSlot> after,
                         const QString& text)
        : QUndoCommand(text)
        , m_view(view)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {}
    void redo() override
    {
        if (m_stored) {
            m_stored = false;
            return;
        }
        if (const Status s = m_view->storeAwards(m_after); !s)
            m_view->say(s.error().text(), true);
    }
    void undo() override
    {
        if (const Status s = m_view->storeAwards(m_before); !s)
            m_view->say(s.error().text(), true);
    }

private:
    AwardsView* m_view;
    QList<AwardSlot> m_before;
    QList<AwardSlot> m_after;
    bool m_stored = true;
};

namespace {

QString dateText(const QDate& date)
{
    return date.toString(QStringLiteral("dd/MM/yyyy"));
}

QString dateTimeText(const QDateTime& at)
{
    return at.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm"));
}

} // namespace

AwardsView::AwardsView(const CampaignContext& context, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_db(context.database())
    , m_user(context.user)
{
    m_prompts = context.prompts;
    setWindowTitle(tr("Awards"));
    setObjectName(QStringLiteral("awardsView"));
    m_model = new AwardProposalModel(this);
    m_undo = new QUndoStack(this);

    m_proposeAction = new QAction(tr("&Propose"), this);
    m_proposeAction->setObjectName(QStringLiteral("proposeAwards"));
    m_proposeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_proposeAction->setToolTip(
        tr("Walk the ranking and propose award forms within the quota rules (Ctrl+R); "
           "nothing is stored"));
    connect(m_proposeAction, &QAction::triggered, this, &AwardsView::propose);
    m_applyAction = new QAction(tr("&Apply the Proposal"), this);
    m_applyAction->setObjectName(QStringLiteral("applyProposal"));
    m_applyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_S));
    m_applyAction->setToolTip(tr("Store the proposal as the campaign's awards (Ctrl+S); tied entries stay "
                                 "without an award until the office decides"));
    connect(m_applyAction, &QAction::triggered, this, &AwardsView::applyProposal);
    m_printAction = new QAction(tr("Print Pre&view…"), this);
    m_printAction->setObjectName(QStringLiteral("awardsPrintPreview"));
    m_printAction->setShortcut(QKeySequence::Print);
    connect(m_printAction, &QAction::triggered, this, &AwardsView::printPreview);
    m_pdfAction = new QAction(tr("Export P&DF…"), this);
    connect(m_pdfAction, &QAction::triggered, this, [this] { exportPdf(); });
    m_odtAction = new QAction(tr("Export &ODT…"), this);
    connect(m_odtAction, &QAction::triggered, this, [this] { exportOdt(); });
    QAction* undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Y), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)});
    for (QAction* a : {m_applyAction, m_printAction, m_pdfAction, m_odtAction, undo, redo})
        writes::mark(a);
    for (QAction* a : {m_proposeAction, m_applyAction, m_printAction, m_pdfAction, m_odtAction, undo, redo}) {
        a->setShortcutContext(Qt::WindowShortcut);
        addAction(a);
    }

    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    const auto toolButton = [this](QAction* action) {
        auto* b = new QToolButton(this);
        b->setDefaultAction(action);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        return b;
    };
    bar->addWidget(toolButton(m_proposeAction));
    bar->addWidget(toolButton(m_applyAction));
    bar->addSpacing(12);
    bar->addWidget(toolButton(undo));
    bar->addWidget(toolButton(redo));
    bar->addStretch(1);
    layout->addLayout(bar);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(buildRanking());
    splitter->addWidget(buildSide());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({860, 460});
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter, 1);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("awardsMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("&Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_undo, &QUndoStack::indexChanged, this, [this] { updateActions(); });
    resize(1340, 780);
    reload();
    m_ranking->setFocus();
}

AwardsView::~AwardsView()
{
    // The stack clears itself when it goes and says so; the view is half gone by then.
    disconnect(m_undo, nullptr, this, nullptr);
    delete m_undo;
}

QWidget* AwardsView::buildRanking()
{
    auto* box = new QGroupBox(tr("Ranking"), this);
    auto* layout = new QVBoxLayout(box);
    m_ranking = new QTableView(box);
    m_ranking->setObjectName(QStringLiteral("awardsRanking"));
    m_ranking->setModel(m_model);
    m_ranking->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_ranking->setSelectionMode(QAbstractItemView::SingleSelection);
    m_ranking->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ranking->setAlternatingRowColors(true);
    m_ranking->setWordWrap(false);
    m_ranking->verticalHeader()->hide();
    m_ranking->verticalHeader()->setDefaultSectionSize(m_ranking->fontMetrics().height() + 8);
    QHeaderView* header = m_ranking->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(false);
    // Proposed and awarded must show without scrolling: the title takes what is left.
    header->resizeSection(AwardProposalModel::RankColumn, 50);
    header->resizeSection(AwardProposalModel::CodeColumn, 100);
    header->resizeSection(AwardProposalModel::NomineeColumn, 132);
    header->resizeSection(AwardProposalModel::ScoreColumn, 56);
    header->resizeSection(AwardProposalModel::FlagsColumn, 64);
    header->resizeSection(AwardProposalModel::VoteColumn, 86);
    header->resizeSection(AwardProposalModel::ProposedColumn, 90);
    header->resizeSection(AwardProposalModel::AwardedColumn, 104);
    header->setSectionResizeMode(AwardProposalModel::TitleColumn, QHeaderView::Stretch);
    header->setMinimumSectionSize(40);
    m_ranking->setColumnHidden(AwardProposalModel::KindColumn, true); // the nominee's name says it
    m_methodNote = new QLabel(box);
    m_methodNote->setObjectName(QStringLiteral("awardsMethod"));
    layout->addWidget(m_methodNote);
    layout->addWidget(m_ranking);
    auto* legend =
        new QLabel(tr("Rows in amber are tied at a quota boundary: the rule has room for some of them, "
                      "not all, and the office decides. \"3=\" marks a shared rank."),
                   box);
    legend->setWordWrap(true);
    layout->addWidget(legend);
    connect(m_ranking->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { updateActions(); });
    return box;
}

QWidget* AwardsView::buildSide()
{
    auto* side = new QWidget(this);
    auto* layout = new QVBoxLayout(side);
    layout->setContentsMargins(0, 0, 0, 0);

    auto* quotas = new QGroupBox(tr("Quotas"), side);
    auto* quotaLayout = new QVBoxLayout(quotas);
    m_meterTitle = new QLabel(quotas);
    m_meterTitle->setWordWrap(true);
    quotaLayout->addWidget(m_meterTitle);
    m_meterPanel = new QWidget(quotas);
    m_meterBox = new QVBoxLayout(m_meterPanel);
    m_meterBox->setContentsMargins(0, 0, 0, 0);
    quotaLayout->addWidget(m_meterPanel);
    layout->addWidget(quotas);

    auto* awards = new QGroupBox(tr("Awards by form"), side);
    auto* awardsLayout = new QVBoxLayout(awards);
    m_tree = new QTreeWidget(awards);
    m_tree->setObjectName(QStringLiteral("awardsTree"));
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({tr("Form / entry"), tr("Nominee"), tr("Score")});
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->resizeSection(0, 250);
    m_tree->header()->resizeSection(1, 180);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        if (item && item->data(0, Qt::UserRole).toLongLong())
            selectEntry(item->data(0, Qt::UserRole).toLongLong());
    });
    awardsLayout->addWidget(m_tree);

    auto* moves = new QHBoxLayout;
    moves->addWidget(new QLabel(tr("Selected entry:"), awards));
    m_moveButtonsRow = moves;
    awardsLayout->addLayout(moves);
    layout->addWidget(awards, 1);

    auto* documents = new QGroupBox(tr("Documents"), side);
    auto* form = new QFormLayout(documents);
    m_documentChoice = new QComboBox(documents);
    m_documentChoice->setObjectName(QStringLiteral("documentChoice"));
    m_documentChoice->addItem(tr("Decision awarding the director's certificate (Giấy khen)"),
                              int(DocumentKind::DirectorDecision));
    m_documentChoice->addItem(tr("Proposal to the chairman for his certificate (Bằng khen)"),
                              int(DocumentKind::ChairmanProposal));
    connect(m_documentChoice, &QComboBox::currentIndexChanged, this, [this] {
        reloadVersions();
        updateActions();
    });
    form->addRow(tr("Docu&ment:"), m_documentChoice);
    m_versionChoice = new QComboBox(documents);
    m_versionChoice->setObjectName(QStringLiteral("versionChoice"));
    connect(m_versionChoice, &QComboBox::currentIndexChanged, this, [this] { updateActions(); });
    form->addRow(tr("&Version:"), m_versionChoice);
    m_versionNote = new QLabel(documents);
    m_versionNote->setWordWrap(true);
    form->addRow(m_versionNote);
    auto* printRow = new QHBoxLayout;
    for (QAction* a : {m_printAction, m_pdfAction, m_odtAction}) {
        auto* b = new QPushButton(a->text(), documents);
        b->setToolTip(a->shortcut().isEmpty() ? QString() : a->shortcut().toString(QKeySequence::NativeText));
        b->setAutoDefault(false);
        writes::mark(b);
        connect(b, &QPushButton::clicked, a, &QAction::trigger);
        printRow->addWidget(b);
    }
    printRow->addStretch(1);
    form->addRow(printRow);
    // The chairman's certificate is the province's to decide: its decision is recorded against the proposal.
    m_provinceButton = new QPushButton(tr("Record the &province's decision…"), documents);
    m_provinceButton->setObjectName(QStringLiteral("provinceDecision"));
    m_provinceButton->setToolTip(
        tr("The number and date of the province's decision on the issued proposal "
           "(the version chosen, or the latest); the entries it names become awarded"));
    m_provinceButton->setAutoDefault(false);
    writes::mark(m_provinceButton);
    connect(m_provinceButton, &QPushButton::clicked, this, [this] { recordProvinceDecision(); });
    form->addRow(m_provinceButton);
    // The certificates print onto the office's blanks from an issued version; nothing is stored.
    auto* certificatesRow = new QHBoxLayout;
    m_certificatesButton = new QPushButton(tr("Print &Certificates…"), documents);
    m_certificatesButton->setObjectName(QStringLiteral("printCertificates"));
    m_certificatesButton->setToolTip(tr("One certificate per awardee of an issued decision, onto the "
                                        "pre-printed blanks: print preview, printer or PDF"));
    m_certificatesButton->setAutoDefault(false);
    connect(m_certificatesButton, &QPushButton::clicked, this, &AwardsView::openCertificates);
    m_certificateLayoutButton = new QPushButton(tr("Certificate La&yout…"), documents);
    m_certificateLayoutButton->setObjectName(QStringLiteral("certificateLayout"));
    m_certificateLayoutButton->setToolTip(
        tr("Where each text goes on the blank, in millimetres, with a test page; saved with the campaign"));
    m_certificateLayoutButton->setAutoDefault(false);
    writes::mark(m_certificateLayoutButton);
    connect(m_certificateLayoutButton, &QPushButton::clicked, this, &AwardsView::openCertificateLayout);
    certificatesRow->addWidget(m_certificatesButton);
    certificatesRow->addWidget(m_certificateLayoutButton);
    certificatesRow->addStretch(1);
    form->addRow(certificatesRow);
    layout->addWidget(documents);
    return side;
}

void AwardsView::buildMeters()
{
    qDeleteAll(m_meterPanel->findChildren<QWidget*>(QString(), Qt::FindDirectChildrenOnly));
    m_meters.clear();
    m_meterLabels.clear();
    auto* grid = new QWidget(m_meterPanel);
    auto* g = new QGridLayout(grid);
    g->setContentsMargins(0, 0, 0, 0);
    g->setColumnStretch(0, 3);
    g->setColumnStretch(1, 2);
    int row = 0;
    for (const QuotaRule& rule : m_model->validator().rules()) {
        auto* label = new QLabel(m_model->ruleLabel(rule), grid);
        label->setWordWrap(true);
        auto* meter = new QProgressBar(grid);
        meter->setObjectName(QStringLiteral("quotaMeter%1").arg(row));
        meter->setTextVisible(true);
        meter->setAlignment(Qt::AlignCenter);
        meter->setMinimumWidth(120);
        meter->setProperty("ruleId", rule.id);
        g->addWidget(label, row, 0);
        g->addWidget(meter, row, 1);
        m_meters.append(meter);
        m_meterLabels.append(label);
        ++row;
    }
    m_meterBox->addWidget(grid);
    // Keyboard moves: one per form, then "No award".
    for (QAction* a : std::as_const(m_moveActions)) {
        removeAction(a);
        delete a;
    }
    m_moveActions.clear();
    qDeleteAll(m_moveButtons);
    m_moveButtons.clear();
    int n = 1;
    const auto addMove = [&](const QString& text, qint64 formId, const QKeySequence& key) {
        auto* a = new QAction(text, this);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WindowShortcut);
        a->setData(formId);
        connect(a, &QAction::triggered, this, [this, formId] { moveSelected(formId); });
        addAction(a);
        m_moveActions.append(a);
        auto* b = new QPushButton(text, this);
        b->setToolTip(key.toString(QKeySequence::NativeText));
        b->setAutoDefault(false);
        b->setFocusPolicy(Qt::TabFocus);
        connect(b, &QPushButton::clicked, a, &QAction::trigger);
        writes::mark(a);
        writes::mark(b);
        m_moveButtonsRow->addWidget(b);
        m_moveButtons.append(b);
    };
    for (const AwardForm& f : m_model->validator().forms()) {
        const QString shortName = f.code == QLatin1String("chairman")   ? tr("&Chairman's certificate")
                                  : f.code == QLatin1String("director") ? tr("&Director's certificate")
                                                                        : f.name;
        addMove(shortName, f.id, QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + std::min(n, 9))));
        ++n;
    }
    addMove(tr("&No award"), 0, QKeySequence(Qt::CTRL | Qt::Key_0));
    if (isReadOnly())
        writes::lock(this); // the buttons just made
}

void AwardsView::setReadOnly(const QString& reason)
{
    m_readOnlyReason = reason;
    writes::lock(this);
    setWindowTitle(windowTitle() + QLatin1Char(' ') + tr("(read-only)"));
    say(reason, false);
}

void AwardsView::reload()
{
    if (const Status s = m_model->load(m_db); !s)
        say(s.error().text(), true);
    m_methodNote->setText(
        tr("Score: %1 (set in Campaign Settings).").arg(aggregationDisplayName(m_model->aggregation())));
    buildMeters();
    updateMeters();
    updateTree();
    reloadVersions();
    updateActions();
}

void AwardsView::updateMeters()
{
    const QList<QuotaUsage> usage = m_model->quotaUsage();
    m_meterTitle->setText(m_model->isProposalPending()
                              ? tr("Use of the quotas by the proposal (not stored yet):")
                              : tr("Use of the quotas by the stored awards:"));
    for (qsizetype i = 0; i < m_meters.size() && i < usage.size(); ++i) {
        const QuotaUsage& u = usage[i];
        QProgressBar* meter = m_meters[i];
        const bool over = u.used > u.rule.maxCount;
        meter->setRange(0, std::max({u.rule.maxCount, u.used, 1}));
        meter->setValue(u.used);
        meter->setFormat(QStringLiteral("%1 / %2").arg(u.used).arg(u.rule.maxCount));
        meter->setProperty("used", u.used);
        meter->setProperty("limit", u.rule.maxCount);
        meter->setProperty("over", over);
        meter->setStyleSheet(over ? QStringLiteral("QProgressBar { color: #b71c1c; font-weight: bold; }"
                                                   "QProgressBar::chunk { background: #c62828; }")
                                  : QString());
        meter->setToolTip(over ? tr("Over the limit by %1: %2")
                                     .arg(u.used - u.rule.maxCount)
                                     .arg(m_model->validator().ruleName(u.rule))
                               : m_model->validator().ruleName(u.rule));
        m_meterLabels[i]->setStyleSheet(over ? QStringLiteral("color: #b71c1c; font-weight: bold;")
                                             : QString());
    }
}

void AwardsView::updateTree()
{
    const qint64 current = selectedEntryId();
    const QSignalBlocker block(m_tree);
    m_tree->clear();
    const QLocale locale;
    const auto addEntry = [&](QTreeWidgetItem* parent, qint64 entryId) {
        const AllocationCandidate* c = m_model->candidate(entryId);
        auto* item = new QTreeWidgetItem(parent);
        item->setData(0, Qt::UserRole, entryId);
        if (c) {
            item->setText(0, QStringLiteral("%1. %2").arg(c->ranked.rank).arg(c->ranked.code));
            item->setText(1, c->ranked.nominee);
            item->setText(2, c->ranked.score ? locale.toString(*c->ranked.score, 'f', 2) : QString());
            item->setToolTip(0, c->ranked.title);
        } else {
            for (const AwardSlot& s : m_model->awards())
                if (s.entryId == entryId)
                    item->setText(0, s.entryCode);
        }
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
    };
    for (const AwardForm& f : m_model->validator().forms()) {
        const QList<qint64> entries = m_model->shownEntries(f.id);
        auto* top = new QTreeWidgetItem(m_tree);
        top->setText(0, QStringLiteral("%1 (%2)").arg(f.name).arg(entries.size()));
        top->setFirstColumnSpanned(true);
        QFont bold = top->font(0);
        bold.setBold(true);
        top->setFont(0, bold);
        for (qint64 id : entries)
            addEntry(top, id);
        top->setExpanded(true);
    }
    const QList<AwardProposal::Tie> ties = m_model->ties();
    if (!ties.isEmpty()) {
        auto* top = new QTreeWidgetItem(m_tree);
        top->setText(0, tr("Tied at a boundary, the office decides (%1)").arg(ties.size()));
        top->setFirstColumnSpanned(true);
        top->setBackground(0, QColor(0xff, 0xf0, 0xb3));
        for (const AwardProposal::Tie& t : ties) {
            addEntry(top, t.entryId);
            top->child(top->childCount() - 1)
                ->setToolTip(0, tr("%1: room for %n of the tied entries", nullptr, t.places)
                                    .arg(m_model->formNameByCode(t.formCode)));
        }
        top->setExpanded(true);
    }
    if (current)
        selectEntry(current);
}

bool AwardsView::recordProvinceDecision()
{
    if (isReadOnly()) {
        say(m_readOnlyReason, true);
        return false;
    }
    if (documentKind() != DocumentKind::ChairmanProposal) {
        say(tr("Choose the proposal to the chairman first: the province decides on it."), true);
        return false;
    }
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("provinceDecisionDialog"));
    dialog.setWindowTitle(tr("The province's decision"));
    auto* number = new QLineEdit(&dialog);
    number->setObjectName(QStringLiteral("provinceNumber"));
    number->setPlaceholderText(tr("e.g. 1234/QĐ-UBND"));
    auto* date = new DateField(&dialog);
    date->setObjectName(QStringLiteral("provinceDate"));
    date->setDate(QDate::currentDate());
    auto* form = new QFormLayout(&dialog);
    form->addRow(
        new QLabel(tr("The entries the proposal names become awarded once the province's decision is "
                      "recorded; it cannot be changed afterwards."),
                   &dialog));
    form->addRow(tr("&Number:"), number);
    form->addRow(tr("&Date:"), date);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Record"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (!m_prompts->dialog(dialog))
        return false;
    // The version chosen in the list, or (the current awards chosen) the latest issued one.
    const int version = m_versionChoice->currentData().toInt();
    const auto recorded =
        DecisionIssuer(m_db, m_user).recordProvinceDecision(version, number->text(), date->date());
    if (!recorded) {
        showError(tr("Cannot record the province's decision"), ErrorWording::describe(recorded.error()));
        return false;
    }
    afterAwardsChanged();
    say(tr("Recorded the province's decision %1 of %2 on version %3 of the proposal; the entries it names "
           "are "
           "awarded.")
            .arg(recorded->number, recorded->date.toString(QStringLiteral("dd/MM/yyyy")))
            .arg(recorded->proposalVersion),
        false);
    return true;
}

void AwardsView::updateActions()
{
    m_applyAction->setEnabled(m_model->isProposalPending());
    const qint64 entry = selectedEntryId();
    const qint64 form = entry ? m_model->awardedFormOf(entry) : 0;
    for (QAction* a : std::as_const(m_moveActions))
        a->setEnabled(entry && a->data().toLongLong() != form);
    for (qsizetype i = 0; i < m_moveButtons.size(); ++i)
        m_moveButtons[i]->setEnabled(m_moveActions[i]->isEnabled());
    if (m_provinceButton)
        m_provinceButton->setEnabled(!isReadOnly() && documentKind() == DocumentKind::ChairmanProposal);
}

void AwardsView::reloadVersions()
{
    const QSignalBlocker block(m_versionChoice);
    const int wanted = m_versionChoice->currentData().toInt();
    m_versionChoice->clear();
    m_versionChoice->addItem(tr("The current awards"), 0);
    DecisionRepository repo(m_db, m_user);
    auto versions = repo.versions(documentKind());
    QString note;
    if (!versions) {
        note = versions.error().text();
    } else {
        for (auto it = versions->crbegin(); it != versions->crend(); ++it) {
            if (!it->frozen())
                continue;
            const QString numberSymbol = it->content ? it->content->numberSymbol() : it->details.number;
            m_versionChoice->addItem(
                tr("Version %1: No. %2 of %3, printed %4")
                    .arg(it->version)
                    .arg(numberSymbol, dateText(it->details.date), dateTimeText(it->frozenAt)),
                it->version);
        }
        if (!versions->isEmpty()) {
            const DecisionVersion& last = versions->last();
            if (last.frozen()) {
                auto changed = repo.changedSincePrinted(documentKind(), last.details);
                if (changed && *changed)
                    note =
                        tr("The awards have changed since version %1 was printed: printing now makes version "
                           "%2; version %1 stays as it was printed.")
                            .arg(last.version)
                            .arg(last.version + 1);
                else
                    note = tr("Version %1 was printed on %2 and matches the current awards.")
                               .arg(last.version)
                               .arg(dateTimeText(last.frozenAt));
            } else {
                note = tr("Version %1 is a draft: it is frozen when it is printed or exported.")
                           .arg(last.version);
            }
        } else {
            note = tr("Not printed yet: the number, date and signer are asked for before printing.");
        }
    }
    const int index = m_versionChoice->findData(wanted);
    m_versionChoice->setCurrentIndex(index < 0 ? 0 : index);
    m_versionNote->setText(note);
}

qint64 AwardsView::selectedEntryId() const
{
    const QModelIndex current = m_ranking->selectionModel()->currentIndex();
    return current.isValid() ? m_model->entryIdAt(current.row()) : 0;
}

bool AwardsView::selectEntry(qint64 entryId)
{
    const int row = m_model->rowForEntry(entryId);
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, AwardProposalModel::CodeColumn);
    m_ranking->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                            QItemSelectionModel::Rows);
    m_ranking->scrollTo(index);
    updateActions();
    return true;
}

DocumentKind AwardsView::documentKind() const
{
    return DocumentKind(m_documentChoice->currentData().toInt());
}

void AwardsView::setDocumentKind(DocumentKind kind)
{
    m_documentChoice->setCurrentIndex(m_documentChoice->findData(int(kind)));
}

void AwardsView::say(const QString& text, bool refusal)
{
    m_lastMessage = text;
    m_lastWasRefusal = refusal;
    m_message->setText(text);
    m_message->setStyleSheet(refusal ? QStringLiteral("color: #b71c1c; font-weight: bold;") : QString());
}

void AwardsView::showError(const QString& title, const QString& text)
{
    say(text, true);
    m_prompts->warning(this, title, text);
}

bool AwardsView::propose()
{
    auto proposal = AwardService(m_db, m_user).propose();
    if (!proposal) {
        showError(tr("Cannot propose awards"), ErrorWording::describe(proposal.error()));
        return false;
    }
    if (const Status s = m_model->load(m_db); !s) {
        showError(tr("Cannot propose awards"), ErrorWording::describe(s.error()));
        return false;
    }
    m_model->setProposal(*proposal);
    updateMeters();
    updateTree();
    updateActions();
    QString text;
    if (proposal->awards.isEmpty() && proposal->ties.isEmpty())
        text = tr("No entry is recognised for an award yet: none has a score at or above a form's minimum "
                  "and, when the campaign recognises by vote, a passing vote of the council.");
    else if (proposal->ties.isEmpty())
        text = tr("Proposed %n award(s). Nothing is stored until you apply the proposal.", nullptr,
                  int(proposal->awards.size()));
    else
        text = tr("Proposed %n award(s); %1 entries are tied at a quota boundary and wait for the office to "
                  "decide. Nothing is stored until you apply the proposal.",
                  nullptr, int(proposal->awards.size()))
                   .arg(proposal->ties.size());
    // Entries with a score good enough that the council's vote holds back are named.
    QStringList heldByVote;
    for (const AwardProposal::NotProposed& n : proposal->notProposed)
        if (n.reason == AwardProposal::Reason::NoVote || n.reason == AwardProposal::Reason::VotedDown)
            heldByVote << n.code;
    if (!heldByVote.isEmpty()) {
        // A long list is cut after ten codes: the Vote column shows every one.
        QString codes = heldByVote.mid(0, 10).join(QStringLiteral(", "));
        if (heldByVote.size() > 10)
            codes += QStringLiteral(" … (+%1)").arg(heldByVote.size() - 10);
        text += QLatin1Char(' ') +
                tr("Not proposed although their score qualifies, for want of the council's recognition: %1 "
                   "(see the Vote column).")
                    .arg(codes);
    }
    say(text, false);
    return true;
}

Status AwardsView::storeAwards(const QList<AwardSlot>& list)
{
    AwardProposal proposal;
    for (const AwardSlot& s : list) {
        const AwardForm* f = m_model->validator().form(s.awardFormId);
        const AllocationCandidate* c = m_model->candidate(s.entryId);
        proposal.awards.append({s, f ? f->code : QString(), c ? c->ranked.nominee : QString(),
                                c ? c->ranked.rank : 0, c && c->ranked.score ? *c->ranked.score : 0});
    }
    if (isReadOnly())
        return Error{m_readOnlyReason, m_db.path(), ErrorKind::ReadOnly};
    const Status s = AwardService(m_db, m_user).apply(proposal);
    afterAwardsChanged();
    return s;
}

bool AwardsView::applyProposal()
{
    if (!m_model->isProposalPending()) {
        say(tr("There is no proposal to apply: press Propose first."), true);
        return false;
    }
    const QList<AwardSlot> before = m_model->awards();
    const AwardProposal proposal = *m_model->proposal();
    if (const Status s = AwardService(m_db, m_user).apply(proposal); !s) {
        showError(tr("Cannot store the proposal"), ErrorWording::describe(s.error()));
        return false;
    }
    m_model->setProposalPending(false);
    m_undo->push(new ApplyProposalCommand(this, before, proposal.awardSlots(), tr("Apply the proposal")));
    afterAwardsChanged();
    say(tr("Stored %n award(s) with an audit row.", nullptr, int(proposal.awards.size())), false);
    return true;
}

bool AwardsView::moveSelected(qint64 awardFormId)
{
    const qint64 entry = selectedEntryId();
    if (!entry) {
        say(tr("Select an entry in the ranking first."), true);
        return false;
    }
    return moveEntry(entry, awardFormId);
}

bool AwardsView::moveEntry(qint64 entryId, qint64 awardFormId)
{
    const qint64 from = m_model->awardedFormOf(entryId);
    if (from == awardFormId)
        return true;
    if (!storeMove(entryId, awardFormId))
        return false;
    const AllocationCandidate* c = m_model->candidate(entryId);
    const QString code = c ? c->ranked.code : QString::number(entryId);
    const QString text = awardFormId ? tr("Give %1 the %2").arg(code, m_model->formName(awardFormId))
                                     : tr("Take the award of %1 away").arg(code);
    m_undo->push(new MoveAwardCommand(this, entryId, from, awardFormId, text));
    updateActions();
    return true;
}

bool AwardsView::storeMove(qint64 entryId, qint64 awardFormId, bool quiet)
{
    if (isReadOnly()) {
        say(m_readOnlyReason, true);
        return false;
    }
    const Status s = AwardService(m_db, m_user).move(entryId, awardFormId);
    if (!s) {
        // A quota refusal names the rule as its place; other refusals name the entry.
        const bool byRule = s.error().kind == ErrorKind::Quota;
        const QString text =
            byRule
                ? tr("Not moved: the rule \"%1\" would be broken. %2").arg(s.error().place, s.error().message)
                : tr("Not moved: %1").arg(s.error().text());
        if (quiet)
            say(text, true);
        else
            showError(tr("Move refused"), text);
        return false;
    }
    // A manual change overtakes a proposal that was not applied: the meters show the stored awards again.
    m_model->setProposalPending(false);
    afterAwardsChanged();
    const AllocationCandidate* c = m_model->candidate(entryId);
    const QString code = c ? c->ranked.code : QString::number(entryId);
    say(awardFormId
            ? tr("%1 now has the %2 (stored, with an audit row).").arg(code, m_model->formName(awardFormId))
            : tr("%1 no longer has an award (stored, with an audit row).").arg(code),
        false);
    return true;
}

void AwardsView::afterAwardsChanged()
{
    m_changed = true;
    if (const Status s = m_model->reloadAwards(m_db); !s)
        say(s.error().text(), true);
    updateMeters();
    updateTree();
    reloadVersions();
    updateActions();
    emit awardsChanged();
}

std::optional<AwardDecisionData> AwardsView::prepareDocument(bool* isPrintedVersion)
{
    if (isReadOnly()) {
        say(m_readOnlyReason, true);
        return std::nullopt;
    }
    const DocumentKind kind = documentKind();
    DecisionRepository repo(m_db, m_user);
    if (isPrintedVersion)
        *isPrintedVersion = false;
    if (const int version = m_versionChoice->currentData().toInt(); version > 0) {
        auto v = repo.version(kind, version);
        if (!v || !v->content) {
            showError(tr("Cannot read the printed version"),
                      v ? tr("Version %1 has no printed text.").arg(version) : v.error().text());
            return std::nullopt;
        }
        if (isPrintedVersion)
            *isPrintedVersion = true;
        return *v->content;
    }

    // A document is never printed over awards that break a rule of the campaign (DecisionIssuer says
    // which, naming the entries).
    DecisionIssuer issuer(m_db, m_user);
    if (const Status ok = issuer.check(); !ok) {
        showError(tr("Cannot print"), ErrorWording::describe(ok.error()));
        return std::nullopt;
    }

    auto suggested = repo.suggestedDetails(kind);
    if (!suggested) {
        showError(tr("Cannot print"), ErrorWording::describe(suggested.error()));
        return std::nullopt;
    }
    const QString symbol = AwardDecisionData::defaults(kind, {}, {}, {}).symbol;
    DecisionDetailsDialog dialog(kind, symbol, this);
    // The campaign's last signer first; a campaign that has none yet takes the program's default signer.
    if (suggested->signer.name.isEmpty())
        suggested->signer.name = m_context.defaultSigner.simplified();
    dialog.setDetails(*suggested);
    dialog.setNote(m_versionNote->text());
    if (!m_prompts->dialog(dialog)) {
        if (!dialog.problem().isEmpty())
            say(dialog.problem(), true);
        return std::nullopt;
    }
    auto data = issuer.prepare(kind, dialog.details());
    reloadVersions();
    if (!data) {
        showError(tr("Cannot print"), ErrorWording::describe(data.error()));
        return std::nullopt;
    }
    return *data;
}

bool AwardsView::freezePrinted(const AwardDecisionData& data)
{
    auto frozen = DecisionIssuer(m_db, m_user).issuePrinted(data);
    if (!frozen) {
        showError(tr("Cannot store the printed version"), ErrorWording::describe(frozen.error()));
        return false;
    }
    reloadVersions();
    m_lastMessage = issuedText(data, frozen->version);
    return true;
}

QString AwardsView::issuedText(const AwardDecisionData& data, int version) const
{
    return tr("%1 was issued as version %2 and is frozen: later changes to the awards make a new version.")
        .arg(data.numberSymbol())
        .arg(version);
}

QPrintPreviewDialog* AwardsView::createPreview(const AwardDecisionData& data)
{
    auto* preview = new DocumentPreview(
        QPageLayout::Portrait, [data](QPrinter* p) { sangkien::paint(data, *p); }, this);
    preview->printer()->setDocName(data.numberSymbol());
    preview->setWindowTitle(tr("Print Preview: %1").arg(data.numberSymbol()));
    return preview;
}

bool AwardsView::printPreview()
{
    bool printedVersion = false;
    const auto data = prepareDocument(&printedVersion);
    if (!data)
        return false;
    QPrintPreviewDialog* preview = createPreview(*data);
    const bool printed = m_prompts->dialog(*preview);
    delete preview;
    if (printed && !printedVersion) {
        if (!freezePrinted(*data))
            return false;
        say(m_lastMessage, false);
    }
    return true;
}

void AwardsView::openCertificates()
{
    CertificatePrintDialog dialog(m_context, isReadOnly(), this);
    m_prompts->dialog(dialog);
}

void AwardsView::openCertificateLayout()
{
    if (isReadOnly()) {
        say(m_readOnlyReason, true);
        return;
    }
    const CertificateForm form = documentKind() == DocumentKind::ChairmanProposal ? CertificateForm::Chairman
                                                                                  : CertificateForm::Director;
    CertificateLayoutDialog dialog(m_context, form, this);
    if (m_prompts->dialog(dialog))
        say(tr("The certificate layout is saved with the campaign."), false);
}

QString AwardsView::suggestedFileName(const QString& suffix) const
{
    return (documentKind() == DocumentKind::DirectorDecision ? QStringLiteral("QuyetDinh")
                                                             : QStringLiteral("ToTrinh")) +
           QLatin1Char('.') + suffix;
}

QString AwardsView::askPath(const QString& filter, const QString& suffix)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path =
        m_prompts->saveFile(this, tr("Export"), QDir(dir).filePath(suggestedFileName(suffix)), filter);
    if (!path.isEmpty() && !path.endsWith(QLatin1Char('.') + suffix, Qt::CaseInsensitive))
        path += QLatin1Char('.') + suffix;
    return path;
}

bool AwardsView::exportPdf(const QString& path)
{
    return exportDocument(path, false);
}

bool AwardsView::exportOdt(const QString& path)
{
    return exportDocument(path, true);
}

bool AwardsView::exportDocument(const QString& path, bool odt)
{
    bool printedVersion = false;
    const auto data = prepareDocument(&printedVersion);
    if (!data)
        return false;
    const QString target = !path.isEmpty() ? path
                           : odt           ? askPath(tr("OpenDocument text (*.odt)"), QStringLiteral("odt"))
                                           : askPath(tr("PDF documents (*.pdf)"), QStringLiteral("pdf"));
    if (target.isEmpty())
        return false;
    QString frozenNote;
    if (printedVersion) {
        // A version already issued is written as it went out; nothing is stored.
        if (const Status s = OutputTarget::check(target, {m_db.path()}); !s) {
            showError(tr("Cannot export"), s.error().text());
            return false;
        }
        if (const Status s = odt ? writeOdt(*data, target) : writePdf(*data, target); !s) {
            showError(tr("Cannot export"), ErrorWording::describe(s.error()));
            return false;
        }
    } else {
        // Written through a temporary file, then frozen with its trail row, as sangkien-cli decision does.
        auto issued = DecisionIssuer(m_db, m_user)
                          .issueToFile(*data, target, odt ? DocumentFormat::Odt : DocumentFormat::Pdf);
        reloadVersions();
        if (!issued) {
            showError(tr("Cannot export"), ErrorWording::describe(issued.error()));
            return false;
        }
        frozenNote = QLatin1Char(' ') + issuedText(*data, issued->version);
    }
    say(tr("Wrote %1.").arg(QDir::toNativeSeparators(target)) + frozenNote, false);
    return true;
}

} // namespace sangkien
