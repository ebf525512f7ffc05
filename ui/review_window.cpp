#include "review_window.h"

#include "error_wording.h"
#include "models/score_grid_model.h"
#include "review_documents_panel.h"
#include "review_launcher.h"
#include "score_grid_view.h"
#include "storage/output_target.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QScrollBar>
#include <QSplitter>
#include <QStatusBar>
#include <QTime>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>
#include <algorithm>

namespace sangkien {
namespace {

const QString kReturnSuffix = QStringLiteral("skscores");

// A name that every file system takes: no separators or reserved characters, no trailing dots or spaces.
QString fileNamePart(const QString& text)
{
    QString out = text;
    out.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]")), QStringLiteral(" "));
    out = out.simplified();
    while (out.endsWith(QLatin1Char('.')) || out.endsWith(QLatin1Char(' ')))
        out.chop(1);
    return out.left(80).trimmed();
}

QList<QUrl> droppedPackages(const QMimeData* mime)
{
    QList<QUrl> packages;
    if (!mime || !mime->hasUrls())
        return packages;
    for (const QUrl& url : mime->urls())
        if (url.isLocalFile() && ReviewLauncher::isReviewPackage(url.toLocalFile()))
            packages << url;
    return packages;
}

} // namespace

ReviewWindow::ReviewWindow(OpenedPackage package, QString packagePath, const QString& draftDirectory,
                           QWidget* parent)
    : QMainWindow(parent)
    , m_package(std::move(package))
    , m_packagePath(std::move(packagePath))
    , m_draft(draftDirectory.isEmpty() ? ReviewDraft() : ReviewDraft(draftDirectory))
{
    setObjectName(QStringLiteral("ReviewWindow"));
    const ReviewPackageContent& c = m_package.content;
    setWindowTitle(tr("Scoring: %1 — %2").arg(c.memberName, c.campaignName));
    setAcceptDrops(true);

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    auto* heading = new QLabel(central);
    heading->setObjectName(QStringLiteral("reviewHeading"));
    heading->setWordWrap(true);
    heading->setTextFormat(Qt::RichText);
    heading->setText(tr("<b>%1</b> scores %n entry(ies) of <b>%2</b>. Type the points from the keyboard: "
                        "Enter moves down, Tab moves across. Your work is saved on this computer as you "
                        "type.",
                        nullptr, int(c.entries.size()))
                         .arg(c.memberName.toHtmlEscaped(), c.campaignName.toHtmlEscaped()));
    layout->addWidget(heading);

    m_splitter = new QSplitter(Qt::Horizontal, central);
    m_model = new ScoreGridModel(this);
    m_grid = new ScoreGridView(m_splitter);
    m_grid->setModel(m_model);
    m_documents = new ReviewDocumentsPanel(m_splitter);
    m_splitter->addWidget(m_grid);
    m_splitter->addWidget(m_documents);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("sheetsComplete"));
    m_saved = new QLabel(this);
    m_saved->setObjectName(QStringLiteral("draftState"));
    statusBar()->addWidget(m_saved, 1);
    statusBar()->addPermanentWidget(m_status);

    m_autosave = new QTimer(this);
    m_autosave->setSingleShot(true);
    m_autosave->setInterval(kAutosaveDelayMs);
    connect(m_autosave, &QTimer::timeout, this, &ReviewWindow::saveDraft);

    createActions();
    restoreDraft();

    connect(m_model, &QAbstractItemModel::dataChanged, this, &ReviewWindow::gridChanged);
    connect(m_grid, &ScoreGridView::refused, this, [this](const QString& why) {
        m_lastError = why;
        statusBar()->showMessage(why, 8000);
    });
    connect(m_grid->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { currentRowChanged(current.row()); });
    connect(m_documents, &ReviewDocumentsPanel::attachmentFailed, this,
            [this](const QString& why) { showError(tr("Cannot open the file"), why); });
    // A laptop closed or the session ending: what was typed is on disk before the program may be stopped.
    connect(qApp, &QGuiApplication::applicationStateChanged, this, [this](Qt::ApplicationState state) {
        if (state != Qt::ApplicationActive && autosavePending())
            saveDraft();
    });
    connect(qApp, &QCoreApplication::aboutToQuit, this, [this] {
        if (autosavePending())
            saveDraft();
    });

    m_grid->fitColumns();
    // On a laptop's screen the papers panel shows the whole title; the grid keeps a readable part of it
    // and room for the comment, scrolling sideways rather than squeezing either to a few letters.
    QHeaderView* header = m_grid->horizontalHeader();
    const int em = m_grid->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    header->setSectionResizeMode(ScoreGridModel::TitleColumn, QHeaderView::Interactive);
    m_grid->setColumnWidth(ScoreGridModel::TitleColumn, em * 12);
    header->setSectionResizeMode(m_model->commentColumn(), QHeaderView::Interactive);
    m_grid->setColumnWidth(m_model->commentColumn(), em * 9);
    header->setStretchLastSection(true);
    m_grid->verticalHeader()->hide(); // the code says which row it is
    m_grid->goToFirstEditable();
    if (!m_grid->currentIndex().isValid() && m_model->rowCount() > 0)
        m_grid->setCurrentIndex(m_model->index(0, ScoreGridModel::FirstCriterionColumn));
    currentRowChanged(m_grid->currentIndex().row());
    m_grid->setFocus();
    // A laptop's 1366 × 768 screen: the whole grid without scrolling sideways, the papers beside it.
    resize(1280, 720);
    int gridWidth = 2 * m_grid->frameWidth() + m_grid->verticalScrollBar()->sizeHint().width();
    for (int column = 0; column < m_model->columnCount(); ++column)
        gridWidth += m_grid->columnWidth(column);
    const int panelWidth = std::max(em * 22, width() - gridWidth - 40);
    m_splitter->setSizes({gridWidth, panelWidth});
    updateStatus();
}

ReviewWindow::~ReviewWindow()
{
    if (autosavePending())
        saveDraft();
    // The package goes before the child widgets: nothing they signal while being deleted may reach it.
    disconnect(m_model, nullptr, this, nullptr);
    disconnect(m_grid, nullptr, this, nullptr);
    if (m_grid->selectionModel())
        disconnect(m_grid->selectionModel(), nullptr, this, nullptr);
    disconnect(m_documents, nullptr, this, nullptr);
    disconnect(qApp, nullptr, this, nullptr);
    m_documents->showEntry(nullptr);
}

void ReviewWindow::createActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    auto* write = new QAction(tr("&Write score return…"), this);
    write->setObjectName(QStringLiteral("writeReturn"));
    write->setShortcut(QKeySequence::Save);
    write->setToolTip(tr("Write the sealed file of your scores to send to the council's office (Ctrl+S)"));
    connect(write, &QAction::triggered, this, &ReviewWindow::writeReturn);
    file->addAction(write);
    file->addSeparator();
    QAction* close = file->addAction(tr("&Close"), this, &QWidget::close);
    close->setShortcut(QKeySequence::Close);

    QToolBar* bar = addToolBar(tr("Scoring"));
    bar->setObjectName(QStringLiteral("reviewToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addAction(write);
}

void ReviewWindow::restoreDraft()
{
    m_loading = true;
    auto draft = m_draft.read(m_package);
    if (!draft) {
        // Kept aside rather than overwritten: nothing typed is ever thrown away silently.
        const QString path = draftPath();
        const QString aside = path + QStringLiteral(".unreadable-") +
                              QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMddHHmmss"));
        QFile::rename(path, aside);
        m_saved->setText(tr("The saved draft could not be read (%1); the package's own scores are shown.")
                             .arg(draft.error().message));
        m_model->loadFromPackage(m_package.content);
    } else if (draft->has_value()) {
        const ReviewDraftState& state = **draft;
        m_model->loadFromPackage(ReviewDraft::applied(m_package.content, state.scores));
        m_revision = state.scores.revision;
        m_unreturned = state.unreturned;
        m_draftRestored = true;
        m_saved->setText(
            tr("Your scores from the last session were restored (saved %1).")
                .arg(QLocale().toString(state.scores.writtenAt.toLocalTime(), QLocale::ShortFormat)));
    } else {
        m_model->loadFromPackage(m_package.content);
        m_saved->setText(tr("Your work is saved on this computer as you type."));
    }
    m_model->setModified(false);
    m_loading = false;
}

QString ReviewWindow::draftPath() const
{
    return m_draft.pathFor(m_package.content.packageId);
}

bool ReviewWindow::autosavePending() const
{
    return m_autosave->isActive();
}

void ReviewWindow::gridChanged()
{
    if (m_loading)
        return;
    m_unreturned = true;
    // Not restarted by every key: the first change of a burst is on disk a second later at most.
    if (!m_autosave->isActive())
        m_autosave->start();
    updateStatus();
}

bool ReviewWindow::saveDraft()
{
    m_autosave->stop();
    m_revision = ReviewDraft::nextRevision(m_revision);
    const Status saved = m_draft.write(m_package, m_model->returnSheets(), m_revision, m_unreturned);
    if (!saved) {
        m_lastError = saved.error().text();
        m_saved->setText(tr("Not saved on this computer: %1").arg(saved.error().text()));
        m_saved->setStyleSheet(QStringLiteral("color: #b00020;"));
        return false;
    }
    m_saved->setStyleSheet({});
    m_saved->setText(tr("Saved on this computer at %1.")
                         .arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    return true;
}

void ReviewWindow::currentRowChanged(int row)
{
    const ReviewEntry* shown = nullptr;
    if (row >= 0 && row < m_model->rows().size()) {
        const qint64 id = m_model->rows().at(row).entryId;
        for (const ReviewEntry& e : m_package.content.entries)
            if (e.id == id)
                shown = &e;
    }
    if (shown != m_documents->entry())
        m_documents->showEntry(shown);
}

void ReviewWindow::updateStatus()
{
    m_status->setText(statusText());
}

QString ReviewWindow::statusText() const
{
    return tr("%1 of %2 sheets complete").arg(m_model->completeCount()).arg(m_model->rowCount());
}

QStringList ReviewWindow::missingScores() const
{
    QStringList missing;
    const QList<ScoreGridRow>& rows = m_model->rows();
    for (const ScoreGridRow& row : rows) {
        QStringList criteria;
        for (const ReviewCriterion& c : m_model->criteria())
            if (!row.points.contains(c.code))
                criteria << c.name;
        if (!criteria.isEmpty())
            missing << tr("%1: %2").arg(row.code, criteria.join(QStringLiteral(", ")));
    }
    return missing;
}

QString ReviewWindow::suggestedReturnPath() const
{
    const ReviewPackageContent& c = m_package.content;
    QString name = fileNamePart(c.memberName) + QLatin1Char('-') + fileNamePart(c.campaignName);
    if (name == QLatin1String("-"))
        name = c.packageId;
    const QDir dir = m_packagePath.isEmpty() ? QDir::home() : QFileInfo(m_packagePath).absoluteDir();
    return dir.filePath(name + QLatin1Char('.') + kReturnSuffix);
}

QString ReviewWindow::askReturnPath()
{
    QString path = m_prompts->saveFile(this, tr("Write score return"), suggestedReturnPath(),
                                       tr("Score returns (*.%1)").arg(kReturnSuffix));
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + kReturnSuffix;
    return path;
}

bool ReviewWindow::writeReturn()
{
    // A cell still being typed into counts.
    if (QWidget* editor = m_grid->indexWidget(m_grid->currentIndex())) {
        emit m_grid->itemDelegate()->commitData(editor);
        emit m_grid->itemDelegate()->closeEditor(editor, QAbstractItemDelegate::NoHint);
    }
    m_lastError.clear();
    const QStringList missing = missingScores();
    if (!missing.isEmpty()) {
        const int shown = 12;
        QStringList lines = missing.mid(0, shown);
        if (missing.size() > shown)
            lines << tr("… and %n more entry(ies).", nullptr, int(missing.size() - shown));
        showError(tr("The score return is not complete"),
                  tr("Every entry needs points for every criterion before the return can be written. "
                     "Still missing:\n%1")
                      .arg(lines.join(QLatin1Char('\n'))));
        // Go to the first cell that needs points.
        for (int row = 0; row < m_model->rowCount(); ++row)
            if (!m_model->isComplete(row)) {
                for (int i = 0; i < m_model->criteria().size(); ++i)
                    if (!m_model->rows().at(row).points.contains(m_model->criteria().at(i).code)) {
                        m_grid->setCurrentIndex(
                            m_model->index(row, ScoreGridModel::FirstCriterionColumn + i));
                        break;
                    }
                break;
            }
        return false;
    }
    const QString path = m_returnPath.isEmpty() ? askReturnPath() : m_returnPath;
    if (path.isEmpty())
        return false;
    // Never over the package itself, a campaign, another package or return, or a journal's name.
    if (const Status target = OutputTarget::check(path, {m_packagePath}); !target) {
        showError(tr("The score return cannot be written"), target.error().text());
        return false;
    }
    const qint64 revision = ReviewDraft::nextRevision(m_revision);
    const ScoreReturn scores =
        ReviewPackage::makeReturn(m_package.content, m_model->returnSheets(m_package.content), revision);
    const auto sealed = ReviewPackage::sealReturn(m_package, scores);
    if (!sealed) {
        showError(tr("The score return cannot be written"), ErrorWording::describe(sealed.error()));
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*sealed) != sealed->size() || !file.commit()) {
        showError(tr("The score return cannot be written"),
                  tr("%1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    m_revision = revision;
    m_unreturned = false;
    saveDraft();
    const QString native = QDir::toNativeSeparators(path);
    statusBar()->showMessage(tr("Score return written to %1").arg(native), 15000);
    showMessage(tr("Score return written"),
                tr("Your scores were written to:\n%1\n\nSend this file to the council's office. The clerk "
                   "imports it with the same PIN you used to open the package.")
                    .arg(native));
    return true;
}

void ReviewWindow::showError(const QString& title, const QString& message)
{
    m_lastError = message;
    m_prompts->warning(this, title, message);
}

void ReviewWindow::showMessage(const QString& title, const QString& message)
{
    m_lastMessage = message;
    m_prompts->information(this, title, message);
}

bool ReviewWindow::remindToWriteReturn()
{
    m_lastMessage = tr("Your scores are kept on this computer and will be here when you open the package "
                       "again, but they have not been written as a score return for the office yet.");
    return m_prompts->choose(this, tr("Score return not written yet"), m_lastMessage,
                             {tr("&Write score return…"), tr("Close, write it &later")}, 1, 1) == 0;
}

void ReviewWindow::closeEvent(QCloseEvent* event)
{
    if (QWidget* editor = m_grid->indexWidget(m_grid->currentIndex())) {
        emit m_grid->itemDelegate()->commitData(editor);
        emit m_grid->itemDelegate()->closeEditor(editor, QAbstractItemDelegate::NoHint);
    }
    if (autosavePending())
        saveDraft();
    if (m_unreturned && m_reminders == 0 && !m_model->returnSheets().isEmpty()) {
        ++m_reminders;
        if (remindToWriteReturn() && !writeReturn()) {
            event->ignore(); // the member chose to write it and something is missing: stay to finish
            return;
        }
    }
    QMainWindow::closeEvent(event);
}

void ReviewWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (!droppedPackages(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void ReviewWindow::dropEvent(QDropEvent* event)
{
    const QList<QUrl> packages = droppedPackages(event->mimeData());
    if (packages.isEmpty())
        return;
    event->acceptProposedAction();
    for (const QUrl& url : packages)
        ReviewLauncher::open(url.toLocalFile());
}

} // namespace sangkien
