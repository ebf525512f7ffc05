#include "campaign_settings_dialog.h"

#include "awards/award_service.h"
#include "checked_item_delegate.h"
#include "date_field.h"
#include "error_wording.h"
#include "models/criteria_model.h"
#include "models/quota_rules_model.h"
#include "quota_rule_delegate.h"
#include "review/aggregation.h"
#include "storage/audit_log.h"
#include "storage/campaign_repository.h"
#include "storage/database.h"
#include "storage/rules_repository.h"
#include "write_guard.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <cmath>

namespace sangkien {

namespace {

QJsonObject campaignToJson(const Campaign& c)
{
    return QJsonObject{{QStringLiteral("name"), c.name},
                       {QStringLiteral("year"), c.year},
                       {QStringLiteral("plan_number"), c.planNumber},
                       {QStringLiteral("issuing_body"), c.issuingBody},
                       {QStringLiteral("superior_body"), c.superiorBody},
                       {QStringLiteral("place"), c.place},
                       {QStringLiteral("legal_basis"), QJsonArray::fromStringList(c.legalBasis)},
                       {QStringLiteral("opens_on"), c.opensOn.toString(Qt::ISODate)},
                       {QStringLiteral("closes_on"), c.closesOn.toString(Qt::ISODate)},
                       {QStringLiteral("pass_ratio"), c.passRatio},
                       {QStringLiteral("quorum_ratio"), c.quorumRatio},
                       {QStringLiteral("recognition"), recognitionCode(c.recognition)},
                       {QStringLiteral("aggregation"), aggregationCode(c.aggregation)},
                       {QStringLiteral("disagreement_spread"), c.disagreementSpread}};
}

QJsonObject criteriaToJson(const QList<Criterion>& list)
{
    QJsonArray rows;
    for (const Criterion& c : list)
        rows.append(QJsonObject{{QStringLiteral("code"), c.code},
                                {QStringLiteral("name"), c.name},
                                {QStringLiteral("max_points"), c.maxPoints},
                                {QStringLiteral("min_points"), c.minPoints}});
    return QJsonObject{{QStringLiteral("criteria"), rows}};
}

QJsonObject quotaToJson(const QList<QuotaRule>& list)
{
    QJsonArray rows;
    for (const QuotaRule& r : list)
        rows.append(QJsonObject{{QStringLiteral("award_form_id"), r.awardFormId},
                                {QStringLiteral("nominee_kind"), quotaKindCode(r.nomineeKind)},
                                {QStringLiteral("max_count"), r.maxCount}});
    return QJsonObject{{QStringLiteral("quota_rules"), rows}};
}

DateField* dateEdit(QWidget* parent, const QString& name)
{
    auto* d = new DateField(parent);
    d->setObjectName(name);
    return d;
}

QDoubleSpinBox* ratioBox(QWidget* parent)
{
    auto* box = new QDoubleSpinBox(parent);
    box->setRange(1, 100);
    box->setDecimals(2);
    box->setSuffix(QStringLiteral(" %"));
    return box;
}

} // namespace

CampaignSettingsDialog::CampaignSettingsDialog(const CampaignContext& context, QWidget* parent)
    : QDialog(parent)
    , m_db(context.database())
    , m_user(context.user)
{
    m_prompts = context.prompts;
    setObjectName(QStringLiteral("CampaignSettingsDialog"));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("settingsTabs"));
    m_tabs->addTab(buildFacts(), tr("&Campaign"));
    m_tabs->addTab(buildCriteria(), tr("C&riteria"));
    m_tabs->addTab(buildAwards(), tr("&Awards and quotas"));
    m_tabs->addTab(buildCouncil(), tr("C&ouncil"));
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CampaignSettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QWidget* w : std::initializer_list<QWidget*>{m_buttons->button(QDialogButtonBox::Ok), m_addCriterion,
                                                      m_removeCriterion, m_criterionUp, m_criterionDown,
                                                      m_addRule, m_removeRule})
        writes::mark(w);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_problem, 1);
    bottom->addWidget(m_buttons);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(bottom);
    setWindowTitle(tr("Campaign settings"));
    resize(980, 640);
    load();
}

QWidget* CampaignSettingsDialog::buildFacts()
{
    auto* page = new QWidget(this);
    m_name = new QLineEdit(page);
    m_name->setObjectName(QStringLiteral("campaignName"));
    m_year = new QSpinBox(page);
    m_year->setRange(2000, 2100);
    m_year->setGroupSeparatorShown(false);
    m_planNumber = new QLineEdit(page);
    m_planNumber->setPlaceholderText(tr("e.g. 44/KH-SKHCN"));
    m_issuingBody = new QLineEdit(page);
    m_superiorBody = new QLineEdit(page);
    m_place = new QLineEdit(page);
    m_opensOn = dateEdit(page, QStringLiteral("opensOn"));
    m_closesOn = dateEdit(page, QStringLiteral("closesOn"));
    m_legalBasis = new QPlainTextEdit(page);
    m_legalBasis->setTabChangesFocus(true);
    m_legalBasis->setPlaceholderText(tr("One \"Căn cứ …;\" line per line, as the decision prints them"));
    auto* form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Year:"), m_year);
    form->addRow(tr("&Plan number:"), m_planNumber);
    form->addRow(tr("&Issuing body:"), m_issuingBody);
    form->addRow(tr("&Superior body:"), m_superiorBody);
    form->addRow(tr("Pla&ce (for document dates):"), m_place);
    auto* dates = new QHBoxLayout;
    dates->addWidget(m_opensOn);
    dates->addWidget(new QLabel(tr("to"), page));
    dates->addWidget(m_closesOn);
    dates->addStretch();
    form->addRow(tr("Runs from:"), dates);
    form->addRow(QString(), m_opensOn->messageLabel());
    form->addRow(QString(), m_closesOn->messageLabel());
    form->addRow(tr("&Legal basis:"), m_legalBasis);
    for (QLineEdit* e : {m_name, m_planNumber, m_issuingBody, m_superiorBody, m_place,
                         static_cast<QLineEdit*>(m_opensOn), static_cast<QLineEdit*>(m_closesOn)})
        connect(e, &QLineEdit::textChanged, this, &CampaignSettingsDialog::updateProblem);
    return page;
}

QWidget* CampaignSettingsDialog::buildCriteria()
{
    auto* page = new QWidget(this);
    m_criteria = new CriteriaModel(this);
    m_criteriaView = new QTableView(page);
    m_criteriaView->setObjectName(QStringLiteral("criteriaView"));
    m_criteriaView->setModel(m_criteria);
    m_criteriaView->verticalHeader()->setVisible(true);
    m_criteriaView->horizontalHeader()->setSectionResizeMode(CriteriaModel::NameColumn, QHeaderView::Stretch);
    m_criteriaView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_criteriaView->setSelectionMode(QAbstractItemView::SingleSelection);
    auto* criteriaDelegate = new CheckedItemDelegate(m_criteriaView);
    m_criteriaView->setItemDelegate(criteriaDelegate);
    connect(criteriaDelegate, &CheckedItemDelegate::refused, this, &CampaignSettingsDialog::showRefusal);
    m_totals = new QLabel(page);
    m_totals->setObjectName(QStringLiteral("criteriaTotals"));
    m_lockNote = new QLabel(tr("The criteria are locked: scores have already been entered, and changing the "
                               "scale now would make the sheets disagree."),
                            page);
    m_lockNote->setObjectName(QStringLiteral("criteriaLockNote"));
    m_lockNote->setWordWrap(true);
    m_lockNote->setStyleSheet(
        QStringLiteral("background: #fff4ce; border: 1px solid #e0b000; padding: 4px;"));
    m_addCriterion = new QPushButton(tr("Add criterion"), page);
    m_removeCriterion = new QPushButton(tr("Remove criterion"), page);
    m_criterionUp = new QPushButton(tr("Move &up"), page);
    m_criterionUp->setObjectName(QStringLiteral("criterionUp"));
    m_criterionUp->setToolTip(tr("Ctrl+Up: the criterion comes one column earlier on the score sheet"));
    m_criterionDown = new QPushButton(tr("Move &down"), page);
    m_criterionDown->setObjectName(QStringLiteral("criterionDown"));
    m_criterionDown->setToolTip(tr("Ctrl+Down: the criterion comes one column later on the score sheet"));
    for (QPushButton* b : {m_addCriterion, m_removeCriterion, m_criterionUp, m_criterionDown})
        b->setAutoDefault(false);
    connect(m_criterionUp, &QPushButton::clicked, this, [this] { moveCriterion(-1); });
    connect(m_criterionDown, &QPushButton::clicked, this, [this] { moveCriterion(+1); });
    auto* up = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Up), m_criteriaView);
    up->setContext(Qt::WidgetWithChildrenShortcut);
    connect(up, &QShortcut::activated, this, [this] { moveCriterion(-1); });
    auto* down = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Down), m_criteriaView);
    down->setContext(Qt::WidgetWithChildrenShortcut);
    connect(down, &QShortcut::activated, this, [this] { moveCriterion(+1); });
    connect(m_addCriterion, &QPushButton::clicked, this, [this] {
        m_criteria->insertRows(m_criteria->rowCount(), 1);
        m_criteriaView->setCurrentIndex(
            m_criteria->index(m_criteria->rowCount() - 1, CriteriaModel::NameColumn));
        m_criteriaView->edit(m_criteriaView->currentIndex());
    });
    connect(m_removeCriterion, &QPushButton::clicked, this, [this] {
        if (const QModelIndex i = m_criteriaView->currentIndex(); i.isValid())
            m_criteria->removeRows(i.row(), 1);
    });
    connect(m_criteria, &QAbstractItemModel::dataChanged, this, &CampaignSettingsDialog::updateTotals);
    connect(m_criteria, &QAbstractItemModel::rowsInserted, this, &CampaignSettingsDialog::updateTotals);
    connect(m_criteria, &QAbstractItemModel::rowsRemoved, this, &CampaignSettingsDialog::updateTotals);
    connect(m_criteria, &QAbstractItemModel::modelReset, this, &CampaignSettingsDialog::updateTotals);
    connect(m_criteria, &QAbstractItemModel::rowsMoved, this, &CampaignSettingsDialog::updateProblem);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_addCriterion);
    buttons->addWidget(m_removeCriterion);
    buttons->addWidget(m_criterionUp);
    buttons->addWidget(m_criterionDown);
    buttons->addStretch();
    buttons->addWidget(m_totals);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_lockNote);
    layout->addWidget(m_criteriaView, 1);
    layout->addLayout(buttons);
    return page;
}

QWidget* CampaignSettingsDialog::buildAwards()
{
    auto* page = new QWidget(this);
    m_quota = new QuotaRulesModel(this);
    m_quotaView = new QTableView(page);
    m_quotaView->setObjectName(QStringLiteral("quotaView"));
    m_quotaView->setModel(m_quota);
    m_quotaView->verticalHeader()->setVisible(false);
    m_quotaView->horizontalHeader()->setSectionResizeMode(QuotaRulesModel::AwardFormColumn,
                                                          QHeaderView::Stretch);
    m_quotaView->horizontalHeader()->setSectionResizeMode(QuotaRulesModel::NomineeKindColumn,
                                                          QHeaderView::ResizeToContents);
    m_quotaView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_quotaView->setSelectionMode(QAbstractItemView::SingleSelection);
    auto* delegate = new QuotaRuleDelegate(m_quotaView);
    m_quotaView->setItemDelegate(delegate);
    connect(delegate, &CheckedItemDelegate::refused, this, &CampaignSettingsDialog::showRefusal);
    auto* note = new QLabel(tr("Each row is a rule \"at most N of this kind for this award\"; the kind "
                               "\"together\" counts collectives and individuals at once."),
                            page);
    note->setWordWrap(true);
    m_addRule = new QPushButton(tr("Add &rule"), page);
    m_addRule->setObjectName(QStringLiteral("addRule"));
    m_removeRule = new QPushButton(tr("Remove r&ule"), page);
    m_removeRule->setObjectName(QStringLiteral("removeRule"));
    for (QPushButton* b : {m_addRule, m_removeRule})
        b->setAutoDefault(false);
    connect(m_addRule, &QPushButton::clicked, this, [this] {
        const int row = m_quota->rowCount();
        if (!m_quota->insertRows(row, 1)) {
            showRefusal(m_quota->lastError());
            return;
        }
        m_quotaView->setFocus();
        m_quotaView->setCurrentIndex(m_quota->index(row, QuotaRulesModel::AwardFormColumn));
    });
    connect(m_removeRule, &QPushButton::clicked, this, [this] {
        if (const QModelIndex i = m_quotaView->currentIndex(); i.isValid())
            m_quota->removeRows(i.row(), 1);
    });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_addRule);
    buttons->addWidget(m_removeRule);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(note);
    layout->addWidget(m_quotaView, 1);
    layout->addLayout(buttons);
    return page;
}

QWidget* CampaignSettingsDialog::buildCouncil()
{
    auto* page = new QWidget(this);
    m_passRatio = ratioBox(page);
    m_quorum = ratioBox(page);
    auto* note =
        new QLabel(tr("Circular 18/2013/TT-BKHCN: an initiative is recognised with at least 2/3 of the "
                      "council members agreeing (66.67 %); a meeting is commonly valid with 2/3 "
                      "present."),
                   page);
    note->setWordWrap(true);
    m_recognition = new QComboBox(page);
    m_recognition->setObjectName(QStringLiteral("recognition"));
    m_recognition->addItem(tr("By the council's vote"), int(Recognition::Vote));
    m_recognition->addItem(tr("By the score alone"), int(Recognition::Score));
    m_recognition->setToolTip(
        tr("By the council's vote, only entries that passed the latest recognition vote at a meeting with "
           "quorum can be proposed for an award; by the score alone, every entry at or above a form's "
           "minimum can."));
    m_aggregation = new QComboBox(page);
    m_aggregation->setObjectName(QStringLiteral("aggregation"));
    for (const AggregationMethod m :
         {AggregationMethod::Mean, AggregationMethod::TrimmedMean, AggregationMethod::Median})
        m_aggregation->addItem(aggregationDisplayName(m), int(m));
    m_aggregation->setToolTip(tr("How the members' totals for an entry become its score. Without the highest "
                                 "and the lowest needs at least three totals; with fewer it is the mean."));
    m_disagreement = new QDoubleSpinBox(page);
    m_disagreement->setObjectName(QStringLiteral("disagreementSpread"));
    m_disagreement->setRange(0, 100);
    m_disagreement->setDecimals(1);
    m_disagreement->setSuffix(tr(" points"));
    m_disagreement->setToolTip(tr("An entry is flagged when its highest and lowest member totals lie further "
                                  "apart than this."));
    auto* form = new QFormLayout(page);
    form->addRow(tr("&Pass ratio:"), m_passRatio);
    form->addRow(tr("&Quorum:"), m_quorum);
    form->addRow(tr("&Recognition:"), m_recognition);
    form->addRow(note);
    form->addRow(tr("&Score of an entry:"), m_aggregation);
    form->addRow(tr("&Disagreement above:"), m_disagreement);
    return page;
}

void CampaignSettingsDialog::load()
{
    if (auto c = CampaignRepository(m_db).load())
        m_loaded = *c;
    const Campaign& c = m_loaded;
    m_name->setText(c.name);
    m_name->setCursorPosition(0); // the start of a long name, not its end
    m_year->setValue(c.year ? c.year : QDate::currentDate().year());
    m_planNumber->setText(c.planNumber);
    m_issuingBody->setText(c.issuingBody);
    m_superiorBody->setText(c.superiorBody);
    m_place->setText(c.place);
    m_opensOn->setDate(c.opensOn.isValid() ? c.opensOn : QDate(m_year->value(), 1, 1));
    m_closesOn->setDate(c.closesOn.isValid() ? c.closesOn : QDate(m_year->value(), 12, 31));
    m_legalBasis->setPlainText(c.legalBasis.join(QLatin1Char('\n')));
    m_passRatio->setValue(c.passRatio * 100);
    m_quorum->setValue(c.quorumRatio * 100);
    m_recognition->setCurrentIndex(m_recognition->findData(int(c.recognition)));
    m_aggregation->setCurrentIndex(m_aggregation->findData(int(c.aggregation)));
    m_disagreement->setValue(c.disagreementSpread);
    m_criteria->load(m_db);
    m_quota->load(m_db);
    const bool locked = m_criteria->isLocked();
    m_lockNote->setVisible(locked);
    m_addCriterion->setEnabled(!locked);
    m_removeCriterion->setEnabled(!locked);
    updateCriteriaButtons();
    m_criteriaView->setEditTriggers(locked ? QAbstractItemView::NoEditTriggers
                                           : QAbstractItemView::DoubleClicked |
                                                 QAbstractItemView::EditKeyPressed |
                                                 QAbstractItemView::AnyKeyPressed);
    updateTotals();
}

void CampaignSettingsDialog::moveCriterion(int by)
{
    const QModelIndex current = m_criteriaView->currentIndex();
    if (!current.isValid() || m_criteria->isLocked())
        return;
    const int row = current.row();
    const int to = row + by;
    if (to < 0 || to >= m_criteria->rowCount())
        return;
    // moveRows takes the row it lands before: one further down when moving down.
    if (!m_criteria->moveRows({}, row, 1, {}, by > 0 ? to + 1 : to)) {
        showRefusal(m_criteria->lastError());
        return;
    }
    m_criteriaView->setCurrentIndex(m_criteria->index(to, current.column()));
}

void CampaignSettingsDialog::updateCriteriaButtons()
{
    const bool editable = !m_criteria->isLocked();
    m_criterionUp->setEnabled(editable);
    m_criterionDown->setEnabled(editable);
}

void CampaignSettingsDialog::showRefusal(const QString& why)
{
    if (why.isEmpty())
        return;
    m_problem->setText(why);
}

QString CampaignSettingsDialog::problemText() const
{
    return m_problem->text();
}

QString CampaignSettingsDialog::totalsText() const
{
    return m_totals->text();
}

void CampaignSettingsDialog::updateTotals()
{
    const QLocale locale;
    const double total = m_criteria->totalMaxPoints();
    m_totals->setText(tr("Total: %1 points (minimums add up to %2)")
                          .arg(locale.toString(total), locale.toString(m_criteria->totalMinPoints())));
    m_totals->setStyleSheet(
        std::abs(total - 100) < 0.001 ? QString() : QStringLiteral("color: #b00020; font-weight: bold;"));
    updateProblem();
}

QString CampaignSettingsDialog::problem() const
{
    if (m_name->text().trimmed().isEmpty())
        return tr("The campaign needs a name.");
    if (!m_criteria->isLocked() && std::abs(m_criteria->totalMaxPoints() - 100) >= 0.001)
        return tr("The criteria's maximum points add up to %1; they must add up to 100.")
            .arg(QLocale().toString(m_criteria->totalMaxPoints()));
    for (const DateField* d : {m_opensOn, m_closesOn})
        if (!d->isAcceptable())
            return d->problem();
    if (m_opensOn->date() > m_closesOn->date())
        return tr("The campaign closes before it opens.");
    return {};
}

void CampaignSettingsDialog::updateProblem()
{
    if (!m_problem)
        return;
    const QString why = problem();
    if (isReadOnly())
        return;
    m_problem->setText(why);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

Campaign CampaignSettingsDialog::campaign() const
{
    Campaign c = m_loaded;
    c.name = m_name->text().trimmed();
    c.year = m_year->value();
    c.planNumber = m_planNumber->text().trimmed();
    c.issuingBody = m_issuingBody->text().trimmed();
    c.superiorBody = m_superiorBody->text().trimmed();
    c.place = m_place->text().trimmed();
    c.opensOn = m_opensOn->date();
    c.closesOn = m_closesOn->date();
    QStringList lines;
    for (const QString& line : m_legalBasis->toPlainText().split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            lines << line.trimmed();
    c.legalBasis = lines;
    // Two thirds typed as 66.67 % is meant as exactly 2/3.
    auto ratio = [](double percent) { return std::abs(percent - 66.67) < 0.005 ? 2.0 / 3.0 : percent / 100; };
    c.passRatio = ratio(m_passRatio->value());
    c.quorumRatio = ratio(m_quorum->value());
    c.recognition = Recognition(m_recognition->currentData().toInt());
    c.aggregation = AggregationMethod(m_aggregation->currentData().toInt());
    c.disagreementSpread = m_disagreement->value();
    return c;
}

void CampaignSettingsDialog::setReadOnly(const QString& reason)
{
    m_readOnlyReason = reason;
    writes::lockForm(this);
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
    setWindowTitle(windowTitle() + QLatin1Char(' ') + tr("(read-only)"));
    m_problem->setStyleSheet(QString());
    m_problem->setText(reason);
}

Status CampaignSettingsDialog::save()
{
    if (isReadOnly())
        return Error{m_readOnlyReason, tr("Campaign settings"), ErrorKind::ReadOnly};
    if (const QString why = problem(); !why.isEmpty())
        return Error{why, tr("Campaign settings"), ErrorKind::Refused};
    const Campaign after = campaign();
    const bool criteriaChanged = m_criteria->isModified() && !m_criteria->isLocked();
    const bool quotaChanged = m_quota->isModified();
    // One Save is one transaction: the facts, the criteria and the quota rules, each with its audit
    // row, all written or none.
    const Status s = m_db.transaction([&]() -> Status {
        if (after != m_loaded) {
            if (Status saved = CampaignRepository(m_db).save(after); !saved)
                return saved;
            if (Status logged =
                    AuditLog(m_db).record(m_user, QStringLiteral("update"), QStringLiteral("campaign"), 1,
                                          after.name, campaignToJson(m_loaded), campaignToJson(after));
                !logged)
                return logged;
        }
        if (criteriaChanged) {
            const auto before = RulesRepository(m_db).criteria();
            if (Status written = m_criteria->write(m_db); !written)
                return written;
            if (Status logged = AuditLog(m_db).record(
                    m_user, QStringLiteral("update"), QStringLiteral("criterion"), 0, tr("Criteria"),
                    before ? criteriaToJson(*before) : QJsonObject{}, criteriaToJson(m_criteria->criteria()));
                !logged)
                return logged;
        }
        if (quotaChanged) {
            const auto before = RulesRepository(m_db).quotaRules();
            if (Status written = m_quota->write(m_db); !written)
                return written;
            if (Status logged = AuditLog(m_db).record(
                    m_user, QStringLiteral("update"), QStringLiteral("quota_rule"), 0, tr("Quota rules"),
                    before ? quotaToJson(*before) : QJsonObject{}, quotaToJson(m_quota->rules()));
                !logged)
                return logged;
        }
        return {};
    });
    if (!s)
        return s; // the form keeps every edit, for another try
    m_loaded = after;
    if (criteriaChanged)
        m_criteria->load(m_db); // new criteria get their ids
    if (quotaChanged)
        m_quota->load(m_db);
    return {};
}

bool CampaignSettingsDialog::changesScoring() const
{
    const Campaign after = campaign();
    if (after.aggregation == m_loaded.aggregation &&
        std::abs(after.disagreementSpread - m_loaded.disagreementSpread) < 1e-9)
        return false;
    const auto awards = AwardService(m_db, m_user).stored();
    return !awards || !awards->isEmpty(); // when unreadable, ask rather than not
}

void CampaignSettingsDialog::accept()
{
    if (!isReadOnly() && changesScoring() &&
        !m_prompts->question(this, tr("Change how entries are scored?"),
                             tr("An award proposal is already applied. With the new setting the ranking "
                                "changes, but the stored awards stay until the proposal is made again. "
                                "The change goes into the trail. Change it?")))
        return;
    if (const Status s = save(); !s) {
        m_problem->setText(s.error().text());
        m_prompts->warning(this, tr("Cannot save the settings"), ErrorWording::describe(s.error()));
        return;
    }
    QDialog::accept();
}

} // namespace sangkien
