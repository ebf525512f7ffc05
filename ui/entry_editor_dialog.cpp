#include "entry_editor_dialog.h"

#include "co_authors_editor.h"
#include "date_field.h"
#include "domain/entry_workflow.h"
#include "error_wording.h"
#include "money_edit.h"
#include "storage/catalog_repository.h"
#include "storage/database.h"
#include "storage/document_repository.h"
#include "text/similarity.h"
#include "text/vietnamese_text.h"
#include "unit_completer.h"
#include "write_guard.h"

#include <QComboBox>
#include <QCompleter>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFocusEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>
#include <algorithm>

namespace sangkien {

namespace {

// How a date field shows a stored date ("" for none).
QString dateText(const QDate& date)
{
    return date.isValid() ? date.toString(DateField::displayFormat()) : QString();
}

QString messageStyle()
{
    return QStringLiteral("color: #b00020;");
}

} // namespace

EntryEditorDialog::EntryEditorDialog(const CampaignContext& context, QWidget* parent)
    : QDialog(parent)
    , m_db(context.database())
    , m_user(context.user)
{
    m_prompts = context.prompts;
    setObjectName(QStringLiteral("EntryEditorDialog"));
    buildForm();
    loadCatalogs();
    m_duplicateDelay = new QTimer(this);
    m_duplicateDelay->setSingleShot(true);
    m_duplicateDelay->setInterval(400);
    connect(m_duplicateDelay, &QTimer::timeout, this, &EntryEditorDialog::checkDuplicatesNow);
    setEntry(Entry{});
}

EntryEditorDialog::~EntryEditorDialog() = default;

QLabel* EntryEditorDialog::messageLabel(const QString& field)
{
    auto* label = new QLabel(this);
    label->setWordWrap(true);
    label->setStyleSheet(messageStyle());
    label->setVisible(false);
    label->setObjectName(QStringLiteral("message:") + field);
    m_messages.insert(field, label);
    return label;
}

void EntryEditorDialog::buildForm()
{
    // --- the initiative, in the order of the application form ---
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("title"));
    m_title->setPlaceholderText(tr("The initiative's name as the application writes it"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kind"));
    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("category"));
    m_category->setPlaceholderText(tr("Choose 1.a to 4.b (type the code)"));
    m_category->setMinimumContentsLength(30);
    m_category->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_categoryWording = new QLabel(this);
    m_categoryWording->setWordWrap(true);
    m_categoryWording->setStyleSheet(QStringLiteral("color: palette(dark);"));
    m_summary = new QPlainTextEdit(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setTabChangesFocus(true);
    m_summary->setPlaceholderText(tr("What the initiative is and what it changes"));
    m_summary->setFixedHeight(m_summary->fontMetrics().height() * 4 + 12);
    m_firstApplied = new DateField(this);
    m_firstApplied->setObjectName(QStringLiteral("firstAppliedOn"));
    m_firstApplied->setOptional(true);
    m_firstApplied->setDateRange(QDate(1950, 1, 1), QDate::currentDate());
    m_scope = new QLineEdit(this);
    m_scope->setObjectName(QStringLiteral("scope"));
    m_scope->setPlaceholderText(tr("e.g. within the unit, across the sector, province-wide"));
    auto* scopeCompleter = new QCompleter(
        QStringList{tr("Within the unit"), tr("Across the sector"), tr("Province-wide")}, m_scope);
    scopeCompleter->setCaseSensitivity(Qt::CaseInsensitive);
    m_scope->setCompleter(scopeCompleter);
    m_benefit = new MoneyEdit(this);
    m_benefit->setObjectName(QStringLiteral("economicBenefit"));

    auto* initiative = new QGroupBox(tr("Initiative"), this);
    auto* form = new QFormLayout(initiative);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(QString(), messageLabel(QStringLiteral("title")));
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("C&ategory:"), m_category);
    form->addRow(QString(), m_categoryWording);
    form->addRow(QString(), messageLabel(QStringLiteral("category")));
    form->addRow(tr("S&ummary:"), m_summary);
    form->addRow(tr("&First applied on:"), m_firstApplied);
    form->addRow(QString(), messageLabel(QStringLiteral("firstAppliedOn")));
    form->addRow(tr("Sc&ope of effect:"), m_scope);
    form->addRow(tr("&Economic benefit:"), m_benefit);
    form->addRow(QString(), messageLabel(QStringLiteral("economicBenefit")));

    // --- the nominee ---
    m_nomineeKind = new QComboBox(this);
    m_nomineeKind->setObjectName(QStringLiteral("nomineeKind"));
    m_nomineeKind->addItem(tr("Individual"), int(NomineeKind::Individual));
    m_nomineeKind->addItem(tr("Collective"), int(NomineeKind::Collective));
    m_nomineeName = new QLineEdit(this);
    m_nomineeName->setObjectName(QStringLiteral("nomineeName"));
    m_gender = new QComboBox(this);
    m_gender->setObjectName(QStringLiteral("gender"));
    m_gender->addItem(QStringLiteral("—"), int(Gender::Unknown));
    m_gender->addItem(tr("Male"), int(Gender::Male));
    m_gender->addItem(tr("Female"), int(Gender::Female));
    m_birthYear = new QSpinBox(this);
    m_birthYear->setObjectName(QStringLiteral("birthYear"));
    m_birthYear->setRange(0, QDate::currentDate().year());
    m_birthYear->setSpecialValueText(QStringLiteral("—"));
    m_birthYear->setGroupSeparatorShown(false);
    m_position = new QLineEdit(this);
    m_position->setObjectName(QStringLiteral("position"));
    m_position->setPlaceholderText(tr("e.g. Deputy Head of Office"));
    m_unit = new QLineEdit(this);
    m_unit->setObjectName(QStringLiteral("unit"));
    m_unit->setPlaceholderText(tr("Type part of the name, accents optional"));
    m_unitCompleter = new UnitCompleter(m_unit);

    auto* nominee = new QGroupBox(tr("Nominee"), this);
    m_nomineeForm = new QFormLayout(nominee);
    m_nomineeForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_nomineeForm->addRow(tr("&Nominee is:"), m_nomineeKind);
    m_nomineeNameLabel = new QLabel(tr("Full na&me:"), this);
    m_nomineeNameLabel->setBuddy(m_nomineeName);
    m_nomineeForm->addRow(m_nomineeNameLabel, m_nomineeName);
    m_nomineeForm->addRow(QString(), messageLabel(QStringLiteral("nominee.name")));
    auto* genderYear = new QHBoxLayout;
    auto* genderLabel = new QLabel(tr("&Gender:"), this);
    genderLabel->setBuddy(m_gender);
    genderYear->addWidget(m_gender);
    auto* yearLabel = new QLabel(tr("&Birth year:"), this);
    yearLabel->setBuddy(m_birthYear);
    genderYear->addWidget(yearLabel);
    genderYear->addWidget(m_birthYear);
    genderYear->addStretch();
    m_nomineeForm->addRow(genderLabel, genderYear);
    m_nomineeForm->addRow(QString(), messageLabel(QStringLiteral("nominee.birthYear")));
    m_nomineeForm->addRow(tr("&Position:"), m_position);
    m_nomineeForm->addRow(tr("&Unit:"), m_unit);
    m_nomineeForm->addRow(QString(), messageLabel(QStringLiteral("nominee.unit")));

    // --- co-authors ---
    m_authors = new CoAuthorsEditor(this);
    m_authors->setObjectName(QStringLiteral("coAuthors"));
    m_authors->setTabOrderAfter(m_unit);
    auto* authors = new QGroupBox(tr("Co-authors and shares of contribution"), this);
    auto* authorsLayout = new QVBoxLayout(authors);
    authorsLayout->addWidget(m_authors);
    authorsLayout->addWidget(messageLabel(QStringLiteral("authors")));

    // --- the papers ---
    m_received = new DateField(this);
    m_received->setObjectName(QStringLiteral("receivedOn"));
    m_received->setDateRange(QDate(2000, 1, 1), QDate::currentDate());
    m_status = new QLabel(this);
    m_checklist = new QListWidget(this);
    m_checklist->setObjectName(QStringLiteral("checklist"));
    for (const QString& code : DocumentRepository::checklistCodes()) {
        auto* item = new QListWidgetItem(DocumentRepository::checklistName(code), m_checklist);
        item->setData(Qt::UserRole, code);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_checklist->setFixedHeight(m_checklist->sizeHintForRow(0) * 5 + 2 * m_checklist->frameWidth() + 4);
    m_checklist->setToolTip(tr("Space ticks the paper under the cursor"));
    m_attachments = new QListWidget(this);
    m_attachments->setObjectName(QStringLiteral("attachments"));
    m_attachments->setFixedHeight(m_checklist->sizeHintForRow(0) * 3 + 2 * m_attachments->frameWidth() + 4);
    m_attachAdd = new QPushButton(tr("Attach &file…"), this);
    m_attachOpen = new QPushButton(tr("O&pen"), this);
    m_attachRemove = new QPushButton(tr("&Remove"), this);
    m_attachRemove->setObjectName(QStringLiteral("removeAttachment"));
    for (QPushButton* b : {m_attachAdd, m_attachOpen, m_attachRemove})
        b->setAutoDefault(false);
    connect(m_attachAdd, &QPushButton::clicked, this, &EntryEditorDialog::addAttachment);
    connect(m_attachOpen, &QPushButton::clicked, this, &EntryEditorDialog::openAttachment);
    connect(m_attachRemove, &QPushButton::clicked, this, &EntryEditorDialog::removeAttachment);
    connect(m_attachments, &QListWidget::itemActivated, this, &EntryEditorDialog::openAttachment);

    auto* papers = new QGroupBox(tr("Documents received"), this);
    auto* papersForm = new QFormLayout(papers);
    papersForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    papersForm->addRow(tr("Recei&ved on:"), m_received);
    papersForm->addRow(QString(), messageLabel(QStringLiteral("receivedOn")));
    papersForm->addRow(tr("Status:"), m_status);
    papersForm->addRow(tr("Papers:"), m_checklist);
    auto* attachButtons = new QHBoxLayout;
    attachButtons->addWidget(m_attachAdd);
    attachButtons->addWidget(m_attachOpen);
    attachButtons->addWidget(m_attachRemove);
    attachButtons->addStretch();
    auto* attachBox = new QVBoxLayout;
    attachBox->addWidget(m_attachments);
    attachBox->addLayout(attachButtons);
    papersForm->addRow(tr("Files:"), attachBox);

    m_duplicateLabel = new QLabel(this);
    m_duplicateLabel->setObjectName(QStringLiteral("duplicateWarning"));
    m_duplicateLabel->setWordWrap(true);
    m_duplicateLabel->setTextFormat(Qt::PlainText);
    m_duplicateLabel->setStyleSheet(
        QStringLiteral("background: #fff4ce; border: 1px solid #e0b000; padding: 4px; color: #5c4400;"));
    m_duplicateLabel->setVisible(false);
    m_statusLine = new QLabel(this);
    m_statusLine->setObjectName(QStringLiteral("statusLine"));
    m_statusLine->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("saveEntry"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    for (QWidget* w : std::initializer_list<QWidget*>{m_buttons->button(QDialogButtonBox::Ok), m_attachAdd,
                                                      m_attachRemove, m_authors, m_checklist})
        writes::mark(w);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &EntryEditorDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &EntryEditorDialog::reject);

    auto* left = new QVBoxLayout;
    left->addWidget(initiative);
    left->addWidget(nominee);
    left->addStretch();
    auto* right = new QVBoxLayout;
    right->addWidget(authors);
    right->addWidget(papers);
    right->addStretch();
    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 5);
    columns->addLayout(right, 6);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_duplicateLabel);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_statusLine, 1);
    bottom->addWidget(m_buttons);
    layout->addLayout(bottom);

    // Every change re-checks the form; the first change of a field lets its message show.
    auto watch = [this](const QString& field) {
        return [this, field] {
            if (m_loading)
                return;
            touch(field);
            revalidate();
        };
    };
    connect(m_title, &QLineEdit::textChanged, this, watch(QStringLiteral("title")));
    connect(m_kind, &QComboBox::currentIndexChanged, this, watch(QStringLiteral("kind")));
    connect(m_category, &QComboBox::currentIndexChanged, this, watch(QStringLiteral("category")));
    connect(m_category, &QComboBox::currentIndexChanged, this, &EntryEditorDialog::updateCategoryWording);
    connect(m_summary, &QPlainTextEdit::textChanged, this, watch(QStringLiteral("summary")));
    connect(m_scope, &QLineEdit::textChanged, this, watch(QStringLiteral("scope")));
    connect(m_benefit, &MoneyEdit::valueChanged, this, watch(QStringLiteral("economicBenefit")));
    connect(m_nomineeKind, &QComboBox::currentIndexChanged, this, &EntryEditorDialog::updateNomineeKind);
    connect(m_nomineeKind, &QComboBox::currentIndexChanged, this, watch(QStringLiteral("nominee.kind")));
    connect(m_nomineeName, &QLineEdit::textChanged, this, watch(QStringLiteral("nominee.name")));
    connect(m_gender, &QComboBox::currentIndexChanged, this, watch(QStringLiteral("nominee.gender")));
    connect(m_birthYear, &QSpinBox::valueChanged, this, watch(QStringLiteral("nominee.birthYear")));
    connect(m_position, &QLineEdit::textChanged, this, watch(QStringLiteral("nominee.position")));
    connect(m_unit, &QLineEdit::textChanged, this, watch(QStringLiteral("nominee.unit")));
    connect(m_authors, &CoAuthorsEditor::changed, this, watch(QStringLiteral("authors")));
    // A date is checked at every key but its message waits until the clerk leaves the field: "0" on the
    // way to "02/03/2024" is not a mistake yet.
    for (DateField* field : {m_firstApplied, m_received}) {
        connect(field, &QLineEdit::textChanged, this, [this] {
            if (!m_loading)
                revalidate();
        });
        connect(field, &QLineEdit::editingFinished, this, [this, field] {
            if (m_loading)
                return;
            touch(field->objectName());
            revalidate();
        });
    }
    // A possible duplicate is looked for once typing pauses, not on every key.
    for (QLineEdit* e : {m_title, m_nomineeName})
        connect(e, &QLineEdit::textChanged, this, [this] {
            if (!m_loading)
                m_duplicateDelay->start();
        });

    // Widgets moved into group boxes lose their creation order in the focus chain: state it, in the order
    // of the paper form.
    const QList<QWidget*> order{m_title,
                                m_kind,
                                m_category,
                                m_summary,
                                m_firstApplied,
                                m_scope,
                                m_benefit,
                                m_nomineeKind,
                                m_nomineeName,
                                m_gender,
                                m_birthYear,
                                m_position,
                                m_unit,
                                m_authors->addButton(),
                                m_received,
                                m_checklist,
                                m_attachments,
                                m_attachAdd,
                                m_attachOpen,
                                m_attachRemove,
                                m_buttons->button(QDialogButtonBox::Ok),
                                m_buttons->button(QDialogButtonBox::Cancel)};
    for (qsizetype i = 1; i < order.size(); ++i)
        QWidget::setTabOrder(order[i - 1], order[i]);

    setWindowTitle(tr("Entry"));
    resize(1180, std::max(560, sizeHint().height()));
}

void EntryEditorDialog::loadCatalogs()
{
    CatalogRepository catalog(m_db);
    for (EntryKind k : {EntryKind::Initiative, EntryKind::TechnicalImprovement, EntryKind::UsefulSolution})
        m_kind->addItem(catalog.initiativeKindName(k), int(k));
    if (auto categories = catalog.categories()) {
        m_categories = *categories;
        for (const ContentCategory& c : m_categories) {
            m_category->addItem(QStringLiteral("%1  %2").arg(c.code, c.title), c.id);
            m_category->setItemData(m_category->count() - 1, c.title, Qt::ToolTipRole);
        }
    }
    if (auto units = catalog.units()) {
        m_unitCompleter->setUnits(*units);
        m_authors->setUnits(*units);
    }
}

void EntryEditorDialog::setEntry(const Entry& source)
{
    m_loading = true;
    m_original = source;
    if (source.id == 0 && !source.receivedOn.isValid())
        m_original.receivedOn = QDate::currentDate();
    const Entry& e = m_original;
    m_title->setText(e.title);
    m_kind->setCurrentIndex(m_kind->findData(int(e.kind)));
    m_category->setCurrentIndex(m_category->findData(e.categoryId)); // -1 (none) for a new entry
    m_summary->setPlainText(e.summary);
    m_firstApplied->setDate(e.firstAppliedOn);
    m_scope->setText(e.scope);
    m_benefit->setValue(e.economicBenefit);
    m_nomineeKind->setCurrentIndex(m_nomineeKind->findData(int(e.nominee.kind)));
    m_nomineeName->setText(e.nominee.name);
    m_gender->setCurrentIndex(m_gender->findData(int(e.nominee.gender)));
    m_birthYear->setValue(e.nominee.birthYear);
    m_position->setText(e.nominee.position);
    m_unit->setText(m_unitCompleter->unitName(e.nominee.unitId));
    m_authors->setAuthors(e.authors);
    m_received->setDate(e.receivedOn.isValid() ? e.receivedOn : QDate::currentDate());
    m_status->setText(EntryWorkflow::displayName(e.status) +
                      (e.status == EntryStatus::Returned && !e.returnReason.isEmpty()
                           ? QStringLiteral(" — ") + e.returnReason
                           : QString()));

    QMap<QString, bool> checked;
    if (e.id)
        if (auto list = DocumentRepository(m_db, m_user).checklist(e.id))
            checked = *list;
    for (int i = 0; i < m_checklist->count(); ++i) {
        QListWidgetItem* item = m_checklist->item(i);
        item->setCheckState(checked.value(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
    m_checklistBefore = checklist();
    m_pending.clear();
    m_removedIds.clear();
    reloadAttachments();

    setWindowTitle(e.id ? tr("Entry %1").arg(e.code) : tr("New entry"));
    m_touched.clear();
    m_triedToSave = false;
    m_duplicates.clear();
    m_duplicateLabel->hide();
    m_loading = false;
    updateNomineeKind();
    updateCategoryWording();
    revalidate();
    m_title->setFocus(Qt::OtherFocusReason);
}

Entry EntryEditorDialog::entry() const
{
    Entry e = m_original;
    e.title = m_title->text();
    e.kind = static_cast<EntryKind>(m_kind->currentData().toInt());
    e.categoryId = m_category->currentIndex() >= 0 ? m_category->currentData().toLongLong() : 0;
    e.summary = m_summary->toPlainText();
    e.firstAppliedOn = m_firstApplied->date();
    e.scope = m_scope->text();
    e.economicBenefit = m_benefit->value();
    e.receivedOn = m_received->date();
    Nominee& n = e.nominee;
    n.kind = static_cast<NomineeKind>(m_nomineeKind->currentData().toInt());
    n.name = m_nomineeName->text();
    n.unitId = m_unitCompleter->unitIdFor(m_unit->text());
    if (n.kind == NomineeKind::Individual) {
        n.gender = static_cast<Gender>(m_gender->currentData().toInt());
        n.birthYear = m_birthYear->value();
        n.position = m_position->text();
    } else {
        n.gender = Gender::Unknown;
        n.birthYear = 0;
        n.position.clear();
    }
    e.authors = m_authors->authors();
    return e;
}

PapersChange EntryEditorDialog::papersChange() const
{
    PapersChange change;
    change.checklistBefore = m_checklistBefore;
    change.checklistAfter = checklist();
    change.added = m_pending;
    change.removedIds = m_removedIds;
    return change;
}

QMap<QString, bool> EntryEditorDialog::checklist() const
{
    QMap<QString, bool> list;
    for (int i = 0; i < m_checklist->count(); ++i)
        list.insert(m_checklist->item(i)->data(Qt::UserRole).toString(),
                    m_checklist->item(i)->checkState() == Qt::Checked);
    return list;
}

void EntryEditorDialog::touch(const QString& field)
{
    m_touched.insert(field);
}

void EntryEditorDialog::revalidate()
{
    const Entry e = entry();
    QList<FieldProblem> problems = EntryValidator::validate(e);
    // What the validator cannot know: text in a field that does not name a unit, letters in the amount.
    const QString unitText = m_unit->text().trimmed();
    if (!unitText.isEmpty() && !e.nominee.unitId) {
        problems.erase(
            std::remove_if(problems.begin(), problems.end(),
                           [](const FieldProblem& p) { return p.field == QLatin1String("nominee.unit"); }),
            problems.end());
        const int matches = m_unitCompleter->matchCount(unitText);
        problems.append({QStringLiteral("nominee.unit"),
                         matches > 1 ? tr("\"%1\" matches %2 units; pick one from the list.")
                                           .arg(unitText, QLocale().toString(matches))
                                     : tr("No unit is called \"%1\"; pick one from the list or add it under "
                                          "Campaign → Units.")
                                           .arg(unitText)});
    }
    // A date field's own words replace the validator's: "31/02/2024 does not exist" says more than "missing".
    for (const DateField* field : {m_firstApplied, m_received})
        if (!field->isAcceptable()) {
            const QString name = field->objectName();
            problems.erase(std::remove_if(problems.begin(), problems.end(),
                                          [&](const FieldProblem& p) { return p.field == name; }),
                           problems.end());
            problems.append({name, field->problem()});
        }
    if (m_benefit->hasJunk())
        problems.append({QStringLiteral("economicBenefit"),
                         tr("Type the amount in digits, with or without dots: 1.250.000.000.")});
    for (const QString& bad : m_authors->unresolvedUnits())
        problems.append(
            {QStringLiteral("authors"), tr("Co-author %1 — no such unit; pick one from the list.").arg(bad)});
    m_problems = problems;

    // Each message under its field ("authors.2.share" goes under the co-authors), once the field was
    // touched or a save was tried.
    QHash<QString, QStringList> byField;
    for (const FieldProblem& p : problems) {
        QString field = p.field.startsWith(QLatin1String("authors")) ? QStringLiteral("authors") : p.field;
        byField[field] << p.message;
    }
    for (auto it = m_messages.cbegin(); it != m_messages.cend(); ++it) {
        const bool touched =
            m_triedToSave || m_touched.contains(it.key()) ||
            (it.key() == QLatin1String("nominee.unit") && m_touched.contains(QStringLiteral("nominee.name")));
        const QStringList messages = byField.value(it.key());
        it.value()->setText(messages.join(QLatin1Char('\n')));
        it.value()->setVisible(touched && !messages.isEmpty());
    }
    if (problems.isEmpty())
        m_statusLine->setText(tr("Ready to save."));
    else
        m_statusLine->setText(tr("Cannot save yet (%1 to fix): %2")
                                  .arg(QLocale().toString(problems.size()), problems.first().message));
    m_statusLine->setStyleSheet(problems.isEmpty() ? QStringLiteral("color: #1b5e20;") : messageStyle());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problems.isEmpty());
    if (isReadOnly()) {
        m_statusLine->setText(m_readOnlyReason);
        m_statusLine->setStyleSheet(QString());
    }
}

QString EntryEditorDialog::messageFor(const QString& field) const
{
    const QLabel* label = m_messages.value(field);
    return label && !label->isHidden() ? label->text() : QString();
}

QString EntryEditorDialog::statusLine() const
{
    return m_statusLine->text();
}

void EntryEditorDialog::updateNomineeKind()
{
    const bool individual = m_nomineeKind->currentData().toInt() == int(NomineeKind::Individual);
    m_nomineeNameLabel->setText(individual ? tr("Full na&me:") : tr("Collective's na&me:"));
    m_nomineeName->setPlaceholderText(individual ? tr("Family, middle and given name")
                                                 : tr("e.g. Phòng Hành chính – Tổng hợp"));
    m_gender->setEnabled(individual);
    m_birthYear->setEnabled(individual);
    m_position->setEnabled(individual);
}

void EntryEditorDialog::updateCategoryWording()
{
    const int i = m_category->currentIndex();
    if (i < 0 || i >= m_categories.size()) {
        m_categoryWording->clear();
        return;
    }
    const ContentCategory& c = m_categories.at(i);
    m_categoryWording->setText(QStringLiteral("%1. %2\n%3) %4")
                                   .arg(c.groupNumber)
                                   .arg(c.groupTitle, c.code.section(QLatin1Char('.'), 1), c.title));
}

void EntryEditorDialog::setEarlierCampaigns(const QStringList& paths)
{
    m_earlier = paths;
    m_earlierDbs.clear();
}

void EntryEditorDialog::checkDuplicatesNow()
{
    m_duplicateDelay->stop();
    const Entry e = entry();
    m_duplicates.clear();
    if (text::foldedWords(e.title).size() >= 2) {
        if (auto found = DuplicateFinder::find(m_db, e))
            m_duplicates = *found;
        // Earlier campaigns are opened read-only once, on the first check that needs them.
        if (m_earlierDbs.empty())
            for (const QString& path : m_earlier)
                if (auto opened = Database::open(path, Database::Mode::ReadOnly))
                    m_earlierDbs.push_back(std::move(opened.value()));
        for (const auto& db : m_earlierDbs)
            if (auto found = DuplicateFinder::find(*db, e, QFileInfo(db->path()).fileName()))
                m_duplicates.append(*found);
    }
    const QString warning = duplicateWarning();
    m_duplicateLabel->setText(warning);
    m_duplicateLabel->setVisible(!warning.isEmpty());
}

QString EntryEditorDialog::duplicateWarning() const
{
    if (m_duplicates.isEmpty())
        return {};
    QStringList lines;
    for (qsizetype i = 0; i < m_duplicates.size() && i < 3; ++i) {
        const PossibleDuplicate& d = m_duplicates.at(i);
        QString line = tr("%1 “%2” — %3").arg(d.code, d.title, d.nominee);
        if (!d.source.isEmpty())
            line += QStringLiteral(" ") + tr("(in %1)").arg(d.source);
        lines << line;
    }
    return tr("Possible duplicate: this looks like an entry already recorded. Check before saving.") +
           QLatin1Char('\n') + lines.join(QLatin1Char('\n'));
}

void EntryEditorDialog::accept()
{
    if (isReadOnly()) {
        m_statusLine->setText(m_readOnlyReason);
        return;
    }
    m_triedToSave = true;
    revalidate();
    if (!m_problems.isEmpty()) {
        // Take the clerk to the first field that needs work.
        const QString field = m_problems.first().field;
        QWidget* target = m_title;
        if (field == QLatin1String("category"))
            target = m_category;
        else if (field.startsWith(QLatin1String("nominee.unit")))
            target = m_unit;
        else if (field.startsWith(QLatin1String("nominee.name")))
            target = m_nomineeName;
        else if (field.startsWith(QLatin1String("authors")))
            target = m_authors->addButton();
        else if (field == QLatin1String("economicBenefit"))
            target = m_benefit;
        else if (field == QLatin1String("firstAppliedOn"))
            target = m_firstApplied;
        else if (field == QLatin1String("receivedOn"))
            target = m_received;
        target->setFocus();
        return;
    }
    checkDuplicatesNow();
    if (!m_duplicates.isEmpty() &&
        m_prompts->choose(this, tr("Possible duplicate"),
                          duplicateWarning() + QStringLiteral("\n\n") + tr("Save anyway?"),
                          {tr("&Save"), tr("Cancel")}, 1, 1) != 0)
        return;
    if (m_saver) {
        QString why;
        if (!m_saver(&why)) {
            m_statusLine->setText(tr("Not saved: %1").arg(why));
            m_statusLine->setStyleSheet(messageStyle());
            return; // the form keeps everything typed, to try again
        }
    }
    QDialog::accept();
}

void EntryEditorDialog::setReadOnly(const QString& reason)
{
    m_readOnlyReason = reason;
    writes::lockForm(this);
    m_checklist->setEnabled(false); // ticking a paper is a change too
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
    setWindowTitle(windowTitle() + QLatin1Char(' ') + tr("(read-only)"));
    revalidate();
}

bool EntryEditorDialog::hasUnsavedChanges() const
{
    if (isReadOnly())
        return false;
    if (entry() != m_original || !papersChange().isEmpty())
        return true;
    // Typing that does not read as a value yet is typing all the same.
    if (m_firstApplied->text().trimmed() != dateText(m_original.firstAppliedOn) ||
        m_received->text().trimmed() != dateText(m_original.receivedOn))
        return true;
    if (m_unit->text() != m_unitCompleter->unitName(m_original.nominee.unitId))
        return true;
    return m_benefit->hasJunk() || !m_authors->unresolvedUnits().isEmpty();
}

void EntryEditorDialog::discard()
{
    QDialog::reject();
}

void EntryEditorDialog::reject()
{
    if (!hasUnsavedChanges()) {
        QDialog::reject();
        return;
    }
    const QString what = m_original.id ? tr("The changes to entry %1 are not saved.").arg(m_original.code)
                                       : tr("The new entry is not saved.");
    switch (
        m_prompts->unsavedChanges(this, tr("Unsaved entry"), what + QLatin1Char(' ') + tr("Save them?"))) {
    case Prompts::Unsaved::Save:
        accept(); // stays open, showing why, when the entry cannot be saved yet
        return;
    case Prompts::Unsaved::Discard:
        QDialog::reject();
        return;
    case Prompts::Unsaved::Cancel:
        return;
    }
}

void EntryEditorDialog::reloadAttachments()
{
    m_attachments->clear();
    const QLocale locale;
    if (m_original.id)
        if (auto list = DocumentRepository(m_db, m_user).attachments(m_original.id))
            for (const Attachment& a : *list) {
                if (m_removedIds.contains(a.id))
                    continue;
                auto* item = new QListWidgetItem(
                    QStringLiteral("%1  (%2)").arg(a.fileName, locale.formattedDataSize(a.size)),
                    m_attachments);
                item->setData(Qt::UserRole, a.id);
            }
    for (int i = 0; i < m_pending.size(); ++i) {
        const AttachmentFile& file = m_pending.at(i);
        auto* item =
            new QListWidgetItem(tr("%1  (%2, attached when saved)")
                                    .arg(file.fileName, locale.formattedDataSize(file.content.size())),
                                m_attachments);
        item->setData(Qt::UserRole + 1, i + 1); // 1-based index into the files picked, 0 for stored ones
    }
    m_attachOpen->setEnabled(m_attachments->count() > 0);
    m_attachRemove->setEnabled(m_attachments->count() > 0);
}

void EntryEditorDialog::addAttachment()
{
    attachFiles(m_prompts->openFiles(
        this, tr("Attach files"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation), {}));
}

void EntryEditorDialog::attachFiles(const QStringList& paths)
{
    QStringList refused;
    for (const QString& path : paths) {
        auto read = DocumentRepository::readFile(path);
        if (!read) {
            refused << read.error().text();
            continue;
        }
        m_pending << *read;
    }
    reloadAttachments();
    if (!refused.isEmpty())
        m_prompts->warning(this, tr("Cannot attach the file"), refused.join(QLatin1Char('\n')));
}

void EntryEditorDialog::openAttachment()
{
    QListWidgetItem* item = m_attachments->currentItem();
    if (!item)
        return;
    const QString dir = QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
                            .filePath(QStringLiteral("sangkien-attachments"));
    QString path;
    if (const int picked = item->data(Qt::UserRole + 1).toInt(); picked > 0) {
        // A file not saved yet: show the bytes that will be attached, from a private copy.
        const AttachmentFile& file = m_pending.at(picked - 1);
        QDir().mkpath(dir);
        QTemporaryDir copyDir(QDir(dir).filePath(QStringLiteral("picked-XXXXXX")));
        copyDir.setAutoRemove(false);
        path = QDir(copyDir.path()).filePath(QFileInfo(file.fileName).fileName());
        QFile out(path);
        if (!copyDir.isValid() || !out.open(QIODevice::WriteOnly) ||
            out.write(file.content) != file.content.size()) {
            m_prompts->warning(this, tr("Cannot open the file"), out.errorString());
            return;
        }
    } else {
        auto extracted = DocumentRepository(m_db, m_user).extract(item->data(Qt::UserRole).toLongLong(), dir);
        if (!extracted) {
            m_prompts->warning(this, tr("Cannot open the file"), ErrorWording::describe(extracted.error()));
            return;
        }
        path = *extracted;
    }
    QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

void EntryEditorDialog::removeAttachment()
{
    QListWidgetItem* item = m_attachments->currentItem();
    if (!item)
        return;
    // Nothing is removed from the file before the entry is saved; Ctrl+Z in the window brings it back.
    if (const int picked = item->data(Qt::UserRole + 1).toInt(); picked > 0)
        m_pending.removeAt(picked - 1);
    else
        m_removedIds << item->data(Qt::UserRole).toLongLong();
    reloadAttachments();
}

} // namespace sangkien
