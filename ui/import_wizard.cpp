#include "import_wizard.h"

#include "import_cell_delegate.h"
#include "storage/database.h"
#include "unit_completer.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressDialog>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>
#include <atomic>

namespace sangkien {
namespace {

// Progress shared between the worker and the GUI thread, which polls it.
class AtomicProgress : public ImportProgress
{
public:
    void setMaximum(int maximum) override { m_maximum = maximum; }
    void setValue(int value) override { m_value = value; }
    bool isCancelled() const override { return m_cancelled; }

    int maximum() const { return m_maximum; }
    int value() const { return m_value; }
    void cancel() { m_cancelled = true; }

private:
    std::atomic<int> m_maximum{0};
    std::atomic<int> m_value{0};
    std::atomic<bool> m_cancelled{false};
};

// The first page: a file picked with the dialog, typed, or dropped on the page.
class DropPage : public QWizardPage
{
public:
    explicit DropPage(QLineEdit* target)
        : m_target(target)
    {
        setAcceptDrops(true);
    }

protected:
    void dragEnterEvent(QDragEnterEvent* event) override
    {
        if (event->mimeData()->hasUrls())
            event->acceptProposedAction();
    }
    void dropEvent(QDropEvent* event) override
    {
        const auto urls = event->mimeData()->urls();
        if (!urls.isEmpty() && urls.first().isLocalFile()) {
            m_target->setText(urls.first().toLocalFile());
            event->acceptProposedAction();
        }
    }

private:
    QLineEdit* m_target;
};

// Between the preview's model and its table: every row, or only the rows with problems.
class ProblemRowsFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setOnlyProblems(bool only)
    {
        if (only == m_only)
            return;
        m_only = only;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override
    {
        if (!m_only)
            return true;
        const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
        return index.data(ImportPreviewModel::StatusRole).toInt() == int(RowStatus::Rejected);
    }

private:
    bool m_only = false;
};

QString mappingFileName(const QString& name)
{
    QString safe;
    for (QChar c : name.trimmed())
        safe += c.isLetterOrNumber() || c == QLatin1Char(' ') || c == QLatin1Char('-') ? c : QLatin1Char('_');
    return safe + QStringLiteral(".json");
}

} // namespace

ImportWizard::ImportWizard(const CampaignContext& context, QWidget* parent)
    : QWizard(parent)
    , m_db(context.database())
    , m_importer(context.database())
    , m_model(std::make_unique<ImportPreviewModel>(m_importer))
{
    m_prompts = context.prompts;
    setWindowTitle(tr("Import a spreadsheet"));
    setOption(QWizard::NoBackButtonOnLastPage);
    // The import is done on the last page: nothing is left to cancel, only to close.
    setOption(QWizard::NoCancelButtonOnLastPage);
    setButtonText(QWizard::FinishButton, tr("Close"));
    resize(1000, 640);

    // 1. The file.
    m_fileEdit = new QLineEdit;
    m_fileEdit->setObjectName(QStringLiteral("file"));
    auto* filePage = new DropPage(m_fileEdit);
    filePage->setTitle(tr("Choose the spreadsheet"));
    filePage->setSubTitle(tr("An .xlsx, .ods, .xls or .csv file sent by a unit. You can also drop it here."));
    auto* browse = new QPushButton(tr("Browse\u2026"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = m_prompts->openFile(
            this, tr("Choose the spreadsheet"), QFileInfo(m_fileEdit->text()).absolutePath(),
            tr("Spreadsheets (*.xlsx *.xlsm *.ods *.xls *.csv *.tsv *.txt);;All files (*)"));
        if (!path.isEmpty())
            m_fileEdit->setText(path);
    });
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fileEdit, 1);
    fileRow->addWidget(browse);
    m_savedCombo = new QComboBox;
    auto* fileLayout = new QVBoxLayout(filePage);
    fileLayout->addLayout(fileRow);
    fileLayout->addWidget(new QLabel(tr("Saved column mapping (optional):")));
    fileLayout->addWidget(m_savedCombo);
    fileLayout->addStretch();
    setPage(FilePage, filePage);

    // 2. The sheet and the mapping.
    auto* mappingPage = new QWizardPage;
    mappingPage->setTitle(tr("Sheet and columns"));
    mappingPage->setSubTitle(tr("Check what each column holds; change it with the column's list."));
    m_sheetCombo = new QComboBox;
    connect(m_sheetCombo, &QComboBox::activated, this, [this](int index) {
        if (auto s = selectSheet(m_sheetCombo->itemData(index).toString()); !s)
            showError(s.error());
    });
    auto* headerRow = new QSpinBox;
    headerRow->setObjectName(QStringLiteral("headerRow"));
    headerRow->setRange(0, ColumnMapping::kHeaderSearchRows);
    connect(headerRow, &QSpinBox::valueChanged, this, [this](int row) {
        if (m_filling || !m_plan)
            return;
        ColumnMapping m = m_plan->mapping;
        m.setHeaderRow(row);
        if (auto s = m_model->setMapping(m); !s)
            showError(s.error());
        fillMappingTable();
    });
    m_mappingTable = new QTableWidget(0, 3);
    m_mappingTable->setHorizontalHeaderLabels({tr("Column"), tr("Header"), tr("Holds")});
    m_mappingTable->horizontalHeader()->setStretchLastSection(true);
    m_mappingTable->verticalHeader()->hide();
    m_mappingName = new QLineEdit;
    m_mappingName->setPlaceholderText(tr("Name of the mapping, e.g. \u201cMẫu các huyện 2024\u201d"));
    auto* save = new QPushButton(tr("Save mapping"));
    connect(save, &QPushButton::clicked, this, [this] {
        if (auto s = saveMapping(m_mappingName->text()); !s)
            showError(s.error());
    });
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Sheet:")));
    top->addWidget(m_sheetCombo, 1);
    top->addWidget(new QLabel(tr("Headers on row:")));
    top->addWidget(headerRow);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_mappingName, 1);
    bottom->addWidget(save);
    auto* mappingLayout = new QVBoxLayout(mappingPage);
    mappingLayout->addLayout(top);
    mappingLayout->addWidget(m_mappingTable, 1);
    mappingLayout->addLayout(bottom);
    setPage(MappingPage, mappingPage);

    // 3. The preview.
    auto* previewPage = new QWizardPage;
    previewPage->setTitle(tr("Check every row"));
    previewPage->setSubTitle(tr("Red cells have problems, each said in the Problems column: fix them here "
                                "(double-click), skip the row, or fix an unknown unit once for all its rows. "
                                "Yellow cells were converted from TCVN3 or VNI; grey rows are the sheet's "
                                "footer."));
    m_filter = new ProblemRowsFilter(this);
    m_filter->setSourceModel(m_model.get());
    m_preview = new QTableView;
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setModel(m_filter);
    m_preview->setItemDelegate(new ImportCellDelegate(m_model.get(), m_preview));
    m_preview->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_preview->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_onlyProblems = new QCheckBox(tr("Only rows with problems"));
    m_onlyProblems->setObjectName(QStringLiteral("onlyProblems"));
    connect(m_onlyProblems, &QCheckBox::toggled, this, &ImportWizard::setOnlyProblems);

    // Unknown units: fixed or created once for every row naming them.
    m_unitsPanel = new QWidget;
    m_unitsPanel->setObjectName(QStringLiteral("unknownUnitsPanel"));
    m_unknownUnits = new QComboBox;
    m_unknownUnits->setObjectName(QStringLiteral("unknownUnits"));
    connect(m_unknownUnits, &QComboBox::currentIndexChanged, this, &ImportWizard::onUnknownUnitChosen);
    m_unitChoice = new QLineEdit;
    m_unitChoice->setObjectName(QStringLiteral("unitChoice"));
    m_unitChoice->setPlaceholderText(tr("A unit of the campaign"));
    m_unitCompleter = new UnitCompleter(m_unitChoice);
    m_unitChoice->setCompleter(m_unitCompleter);
    auto* replace = new QPushButton(tr("Use this unit in all its rows"));
    replace->setObjectName(QStringLiteral("replaceUnit"));
    connect(replace, &QPushButton::clicked, this, [this] {
        if (auto r = replaceUnitEverywhere(m_unknownUnits->currentData().toString(), m_unitChoice->text());
            !r)
            showError(r.error());
    });
    auto* createUnit = new QPushButton(tr("Create it as a new unit"));
    createUnit->setObjectName(QStringLiteral("createUnit"));
    connect(createUnit, &QPushButton::clicked, this, [this] {
        if (auto s = createUnitEverywhere(m_unknownUnits->currentData().toString()); !s)
            showError(s.error());
    });
    m_unitsPanel->setVisible(false);
    auto* unitsRow = new QHBoxLayout(m_unitsPanel);
    unitsRow->setContentsMargins(0, 0, 0, 0);
    unitsRow->addWidget(new QLabel(tr("Unknown unit:")));
    unitsRow->addWidget(m_unknownUnits, 1);
    unitsRow->addWidget(new QLabel(tr("is")));
    unitsRow->addWidget(m_unitChoice, 1);
    unitsRow->addWidget(replace);
    unitsRow->addWidget(createUnit);

    m_previewSummary = new QLabel;
    m_previewSummary->setObjectName(QStringLiteral("previewSummary"));
    m_previewSummary->setWordWrap(true);
    auto* skip = new QPushButton(tr("Skip selected rows"));
    connect(skip, &QPushButton::clicked, this, &ImportWizard::skipSelectedRows);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_previewSummary, 1);
    buttons->addWidget(m_onlyProblems);
    buttons->addWidget(skip);
    auto* previewLayout = new QVBoxLayout(previewPage);
    previewLayout->addWidget(m_preview, 1);
    previewLayout->addWidget(m_unitsPanel);
    previewLayout->addLayout(buttons);
    setPage(PreviewPage, previewPage);
    connect(m_model.get(), &QAbstractItemModel::modelReset, this, &ImportWizard::updatePreviewSummary);
    connect(m_model.get(), &QAbstractItemModel::modelReset, this, &ImportWizard::fillUnknownUnits);
    connect(m_model.get(), &QAbstractItemModel::dataChanged, this, &ImportWizard::updatePreviewSummary);
    connect(m_model.get(), &ImportPreviewModel::failed, this, &ImportWizard::showError);

    // 4. The result.
    auto* resultPage = new QWizardPage;
    resultPage->setTitle(tr("Imported"));
    m_resultLabel = new QLabel;
    m_resultLabel->setWordWrap(true);
    (new QVBoxLayout(resultPage))->addWidget(m_resultLabel);
    resultPage->setFinalPage(true);
    setPage(ResultPage, resultPage);
}

ImportWizard::~ImportWizard()
{
    m_model->setPlan(nullptr);
}

QString ImportWizard::mappingsDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/mappings");
}

QStringList ImportWizard::savedMappings()
{
    QStringList names;
    for (const QFileInfo& f :
         QDir(mappingsDir()).entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        names << f.completeBaseName();
    return names;
}

template <typename T>
Result<T> ImportWizard::runInWorker(const QString& label,
                                    const std::function<Result<T>(Database&, ImportProgress&)>& work)
{
    const QString path = m_db.path();
    AtomicProgress progress;
    std::optional<Result<T>> result;
    // A connection belongs to the thread that opened it: the worker opens its own on the same file.
    QThread* thread = QThread::create([&] {
        auto db = Database::open(path);
        if (!db) {
            result.emplace(db.error());
            return;
        }
        result.emplace(work(**db, progress));
    });
    QProgressDialog dialog(label, tr("Cancel"), 0, 0, this);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(400);
    QTimer poll;
    poll.setInterval(50);
    connect(&poll, &QTimer::timeout, &dialog, [&] {
        if (dialog.wasCanceled())
            progress.cancel();
        if (dialog.maximum() != progress.maximum())
            dialog.setMaximum(progress.maximum());
        dialog.setValue(std::min(progress.value(), std::max(progress.maximum() - 1, 0)));
    });
    QEventLoop loop;
    connect(thread, &QThread::finished, &loop, &QEventLoop::quit);
    thread->start();
    poll.start();
    loop.exec();
    thread->wait();
    delete thread;
    return std::move(*result);
}

Status ImportWizard::openFile(const QString& path, const QString& sheet)
{
    m_path = path;
    m_fileEdit->setText(path);
    ImportOptions options;
    options.sheet = sheet;
    options.allowUnmapped = true;
    if (m_savedMapping)
        options.mapping = m_savedMapping;
    auto plan = runInWorker<ImportPlan>(
        tr("Reading %1\u2026").arg(QFileInfo(path).fileName()),
        [path, options](Database& db, ImportProgress& p) { return Importer(db).plan(path, options, &p); });
    if (!plan)
        return plan.error();
    m_model->setPlan(nullptr);
    m_plan = std::make_unique<ImportPlan>(std::move(plan.value()));
    m_model->setPlan(m_plan.get());
    m_summary.reset();

    m_filling = true;
    m_sheetCombo->clear();
    for (const SheetInfo& s : m_plan->sheets)
        m_sheetCombo->addItem(s.hidden ? tr("%1 (hidden)").arg(s.name) : s.name, s.name);
    m_sheetCombo->setCurrentIndex(m_sheetCombo->findData(m_plan->sheet));
    m_filling = false;
    fillMappingTable();
    return {};
}

Status ImportWizard::reread()
{
    return openFile(m_path, m_plan ? m_plan->sheet : QString());
}

Status ImportWizard::selectSheet(const QString& sheet)
{
    if (m_path.isEmpty())
        return Error{tr("Choose a file first."), QString(), ErrorKind::Refused};
    return openFile(m_path, sheet);
}

Status ImportWizard::setField(int column, ImportField field)
{
    if (!m_plan)
        return Error{tr("Choose a file first."), QString(), ErrorKind::Refused};
    ColumnMapping m = m_plan->mapping;
    const QStringList header =
        m.headerRow() > 0 ? m_plan->firstRows().value(m.headerRow() - 1) : QStringList();
    m.setColumn(column, m.header(column).isEmpty() ? header.value(column) : m.header(column), field);
    if (m.hasField(ImportField::Title))
        m_plan->mappingProblem.clear();
    Status s = m_model->setMapping(m);
    fillMappingTable();
    return s;
}

Status ImportWizard::saveMapping(const QString& name)
{
    if (!m_plan)
        return Error{tr("Choose a file first."), QString(), ErrorKind::Refused};
    if (name.trimmed().isEmpty())
        return Error{tr("Give the mapping a name."), QString(), ErrorKind::Refused};
    if (!QDir().mkpath(mappingsDir()))
        return Error{tr("The folder cannot be created."), mappingsDir(), ErrorKind::Storage};
    ColumnMapping m = m_plan->mapping;
    m.setName(name.trimmed());
    Status s = m.saveToFile(QDir(mappingsDir()).filePath(mappingFileName(name)));
    if (s) {
        m_savedCombo->clear();
        m_savedCombo->addItem(tr("(detect the columns)"), QString());
        for (const QString& n : savedMappings())
            m_savedCombo->addItem(n, n);
    }
    return s;
}

Status ImportWizard::applySavedMapping(const QString& name)
{
    if (name.isEmpty()) {
        m_savedMapping.reset();
    } else {
        auto loaded = ColumnMapping::loadFromFile(QDir(mappingsDir()).filePath(mappingFileName(name)));
        if (!loaded)
            return loaded.error();
        m_savedMapping = *loaded;
    }
    return m_path.isEmpty() ? Status{} : reread();
}

void ImportWizard::fillMappingTable()
{
    if (!m_plan)
        return;
    m_filling = true;
    if (auto* spin = findChild<QSpinBox*>(QStringLiteral("headerRow")))
        spin->setValue(m_plan->mapping.headerRow());
    const int columns = m_plan->columnCount();
    const QStringList header = m_plan->mapping.headerRow() > 0
                                   ? m_plan->firstRows().value(m_plan->mapping.headerRow() - 1)
                                   : QStringList();
    m_mappingTable->setRowCount(columns);
    for (int c = 0; c < columns; ++c) {
        m_mappingTable->setItem(c, 0, new QTableWidgetItem(ColumnMapping::columnLetter(c)));
        m_mappingTable->setItem(c, 1, new QTableWidgetItem(header.value(c)));
        auto* combo = new QComboBox;
        for (ImportField f : allImportFields())
            combo->addItem(importFieldName(f), int(f));
        combo->setCurrentIndex(combo->findData(int(m_plan->mapping.field(c))));
        connect(combo, &QComboBox::activated, this, [this, c, combo](int index) {
            if (auto s = setField(c, ImportField(combo->itemData(index).toInt())); !s)
                showError(s.error());
        });
        m_mappingTable->setCellWidget(c, 2, combo);
    }
    m_filling = false;
}

void ImportWizard::updatePreviewSummary()
{
    if (!m_plan)
        return;
    const ImportDecisions d = m_model->decisions();
    int rejected = 0;
    for (const PlannedRow& r : m_plan->rows) {
        if (r.status == RowStatus::Rejected && !d.skipRows.contains(r.number))
            ++rejected;
    }
    // Counts as the clerk reads them: "10.000" in Vietnamese, "10,000" in English.
    const QLocale locale;
    QString text =
        tr("%1 rows: %2 ready, %3 with problems, %4 duplicates, %5 already imported, %6 skipped.")
            .arg(locale.toString(m_plan->read()), locale.toString(m_plan->count(RowStatus::Accepted)),
                 locale.toString(rejected), locale.toString(m_plan->count(RowStatus::Duplicate)),
                 locale.toString(m_plan->count(RowStatus::AlreadyImported)),
                 locale.toString(d.skipRows.size()));
    if (const int footer = m_plan->count(RowStatus::Footer); footer > 0)
        text +=
            QLatin1Char(' ') + tr("%n footer row(s) (signatures, notes, totals) left out.", nullptr, footer);
    m_previewSummary->setText(text);
}

void ImportWizard::skipSelectedRows()
{
    for (const QModelIndex& index : m_preview->selectionModel()->selectedRows())
        m_model->setImported(index.data(ImportPreviewModel::SheetRowRole).toInt(), false);
}

void ImportWizard::setOnlyProblems(bool only)
{
    if (m_onlyProblems->isChecked() != only)
        m_onlyProblems->setChecked(only); // toggled() comes back here
    static_cast<ProblemRowsFilter*>(m_filter)->setOnlyProblems(only);
}

QList<UnknownUnit> ImportWizard::unknownUnits() const
{
    return m_plan ? m_plan->unknownUnits() : QList<UnknownUnit>();
}

Status ImportWizard::createUnitEverywhere(const QString& unknown)
{
    if (!m_plan)
        return Error{tr("Choose a file first."), QString(), ErrorKind::Refused};
    if (unknown.trimmed().isEmpty())
        return Error{tr("Choose the unknown unit first."), QString(), ErrorKind::Refused};
    return m_model->createUnit(unknown);
}

Result<int> ImportWizard::replaceUnitEverywhere(const QString& unknown, const QString& unit)
{
    if (!m_plan)
        return Error{tr("Choose a file first."), QString(), ErrorKind::Refused};
    if (unknown.trimmed().isEmpty())
        return Error{tr("Choose the unknown unit first."), QString(), ErrorKind::Refused};
    return m_model->replaceUnit(unknown, unit);
}

void ImportWizard::fillUnknownUnits()
{
    const QString current = m_unknownUnits->currentData().toString();
    const QList<UnknownUnit> units = unknownUnits();
    {
        const QSignalBlocker block(m_unknownUnits);
        m_unknownUnits->clear();
        for (const UnknownUnit& u : units)
            m_unknownUnits->addItem(tr("\u201c%1\u201d (%n row(s))", nullptr, int(u.rows.size())).arg(u.name),
                                    u.name);
        const int keep = m_unknownUnits->findData(current);
        m_unknownUnits->setCurrentIndex(keep >= 0 ? keep : 0);
    }
    m_unitsPanel->setVisible(!units.isEmpty());
    if (m_plan) {
        QList<Unit> known;
        for (const Unit& u : m_plan->catalog.units) {
            if (u.id > 0)
                known.append(u);
        }
        m_unitCompleter->setUnits(known);
    }
    onUnknownUnitChosen();
}

void ImportWizard::onUnknownUnitChosen()
{
    const QString name = m_unknownUnits->currentData().toString();
    for (const UnknownUnit& u : unknownUnits()) {
        if (u.name == name) {
            m_unitChoice->setText(u.suggestion);
            return;
        }
    }
    m_unitChoice->clear();
}

Result<ImportSummary> ImportWizard::runImport()
{
    if (!m_plan)
        return Error{tr("Choose a file first."), QString(), ErrorKind::Refused};
    const ImportDecisions decisions = m_model->decisions();
    const ImportPlan plan = *m_plan;
    auto summary = runInWorker<ImportSummary>(tr("Importing\u2026"),
                                              [&plan, decisions](Database& db, ImportProgress& p) {
                                                  return Importer(db).commit(plan, decisions, &p);
                                              });
    if (!summary)
        return summary;
    m_summary = *summary;
    m_resultLabel->setText(tr("%1 entries imported (%2 to %3); %4 duplicates and %5 skipped rows left out.\n"
                              "A backup of the campaign was taken first: %6")
                               .arg(summary->imported)
                               .arg(summary->codes.value(0), summary->codes.value(summary->codes.size() - 1))
                               .arg(summary->duplicates)
                               .arg(summary->skipped)
                               .arg(QDir::toNativeSeparators(summary->backupPath)));
    return summary;
}

void ImportWizard::initializePage(int id)
{
    if (id == FilePage) {
        m_savedCombo->clear();
        m_savedCombo->addItem(tr("(detect the columns)"), QString());
        for (const QString& n : savedMappings())
            m_savedCombo->addItem(n, n);
    }
    QWizard::initializePage(id);
}

bool ImportWizard::validateCurrentPage()
{
    switch (currentId()) {
    case FilePage: {
        if (auto s = applySavedMapping(m_savedCombo->currentData().toString()); !s) {
            showError(s.error());
            return false;
        }
        if (auto s = openFile(m_fileEdit->text().trimmed()); !s) {
            showError(s.error());
            return false;
        }
        if (!m_plan->mappingProblem.isEmpty())
            m_prompts->information(this, tr("Columns"), m_plan->mappingProblem);
        return true;
    }
    case MappingPage:
        if (!m_plan || !m_plan->mapping.hasField(ImportField::Title)) {
            showError(Error{tr("No column holds the initiative's title: choose it in the column mapping."),
                            QString(), ErrorKind::Refused});
            return false;
        }
        return true;
    case PreviewPage: {
        auto summary = runImport();
        if (!summary) {
            showError(summary.error());
            return false;
        }
        return true;
    }
    default:
        return QWizard::validateCurrentPage();
    }
}

void ImportWizard::showError(const Error& error)
{
    m_prompts->warning(this, windowTitle(), error.text());
}

} // namespace sangkien
