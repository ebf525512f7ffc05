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
#include <QDesktopServices>
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
#include <QScreen>
#include <QScrollBar>
#include <QSplitter>
#include <QStatusBar>
#include <QTime>
#include <QTimer>
#include <QToolBar>
#include <QUrl>
#include <QVBoxLayout>
#include <algorithm>

namespace sangkien {
namespace {

const QString kReturnSuffix = QStringLiteral("skscores");

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
                        "Enter and Tab go along the row, then to the next entry still to score (marked in "
                        "amber). Your work is saved on this computer as you type.",
                        nullptr, int(c.entries.size()))
                         .arg(c.memberName.toHtmlEscaped(), c.campaignName.toHtmlEscaped()));
    layout->addWidget(heading);
    m_notice = new QLabel(central);
    m_notice->setObjectName(QStringLiteral("returnNotice"));
    m_notice->setWordWrap(true);
    m_notice->setStyleSheet(QStringLiteral("background: #e8f0fe; border: 1px solid #0b57d0; padding: 4px;"));
    m_notice->hide();
    layout->addWidget(m_notice);

    m_splitter = new QSplitter(Qt::Horizontal, central);
    m_model = new ScoreGridModel(this);
    auto* gridPane = new QWidget(m_splitter);
    auto* gridLayout = new QVBoxLayout(gridPane);
    gridLayout->setContentsMargins(0, 0, 0, 0);
    m_grid = new ScoreGridView(gridPane);
    m_grid->setObjectName(QStringLiteral("scoreGrid"));
    m_grid->setModel(m_model);
    m_grid->setGuided(true);
    gridLayout->addWidget(m_grid, 1);
    m_refusal = new QLabel(gridPane);
    m_refusal->setObjectName(QStringLiteral("refusalNote"));
    m_refusal->setWordWrap(true);
    m_refusal->setStyleSheet(
        QStringLiteral("color: #b00020; background: #fde7e9; border: 1px solid #b00020; padding: 4px;"));
    m_refusal->hide();
    gridLayout->addWidget(m_refusal);
    m_documents = new ReviewDocumentsPanel(m_splitter);
    m_documents->setObjectName(QStringLiteral("reviewDocuments"));
    m_splitter->addWidget(gridPane);
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
        updateRefusalNote();
    });
    connect(m_grid, &ScoreGridView::refusedValuesChanged, this, &ReviewWindow::updateRefusalNote);
    connect(m_grid, &ScoreGridView::allScored, this, [this] {
        m_lastMessage = tr("Every entry is scored: write the score return (Ctrl+S).");
        statusBar()->showMessage(m_lastMessage, 15000);
    });
    connect(m_grid->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { currentRowChanged(current.row()); });
    connect(m_grid->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ReviewWindow::updateRefusalNote);
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
    // Where the member stopped, else the first entry still to score.
    goToPlace(m_place);
    if (!m_grid->currentIndex().isValid()) {
        const QModelIndex toScore = m_grid->nextToScore(-1);
        if (toScore.isValid())
            m_grid->setCurrentIndex(toScore);
        else
            m_grid->goToFirstEditable();
    }
    if (!m_grid->currentIndex().isValid() && m_model->rowCount() > 0)
        m_grid->setCurrentIndex(m_model->index(0, ScoreGridModel::FirstCriterionColumn));
    m_grid->scrollTo(m_grid->currentIndex());
    m_savedPlace = m_place = currentPlace();
    currentRowChanged(m_grid->currentIndex().row());
    m_grid->setFocus();
    m_baseFont = centralWidget()->font();
    fitToScreen();
    updateStatus();
}

void ReviewWindow::fitToScreen()
{
    // The screen the window opens on, whatever its size: the whole available area but a margin for the
    // window's frame, the grid whole when it fits, the papers beside it.
    QScreen* shownOn = screen() ? screen() : QGuiApplication::primaryScreen();
    const QRect available = shownOn ? shownOn->availableGeometry() : QRect(0, 0, 1280, 720);
    const QSize frame(16, 40);
    const QSize size = (available.size() - frame).expandedTo(QSize(640, 480)).boundedTo(available.size());
    resize(size);
    move(available.topLeft() + QPoint((available.width() - size.width()) / 2, 0));
    arrangePanes();
}

void ReviewWindow::arrangePanes()
{
    const int em = m_grid->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    int gridWidth = 2 * m_grid->frameWidth() + m_grid->verticalScrollBar()->sizeHint().width();
    for (int column = 0; column < m_model->columnCount(); ++column)
        gridWidth += m_grid->columnWidth(column);
    const int available = width() - 24;
    const int panelMinimum = em * 20;
    gridWidth = std::min(gridWidth, std::max(available - panelMinimum, available / 2));
    m_splitter->setSizes({gridWidth, std::max(panelMinimum, available - gridWidth)});
}

ReviewDraftPlace ReviewWindow::currentPlace() const
{
    ReviewDraftPlace place = m_place;
    const QModelIndex current = m_grid->currentIndex();
    if (current.isValid() && current.row() < m_model->rows().size()) {
        place.entryCode = m_model->rows().at(current.row()).code;
        place.column = current.column();
    }
    return place;
}

void ReviewWindow::goToPlace(const ReviewDraftPlace& place)
{
    if (place.entryCode.isEmpty())
        return;
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (m_model->rows().at(row).code == place.entryCode) {
            const int column = std::clamp(place.column, int(ScoreGridModel::FirstCriterionColumn),
                                          m_model->columnCount() - 1);
            m_grid->setCurrentIndex(m_model->index(row, column));
            return;
        }
}

QString ReviewWindow::refusalNote() const
{
    return m_refusal->isVisible() || !m_refusal->isHidden() ? m_refusal->text() : QString();
}

void ReviewWindow::updateRefusalNote()
{
    // The reason for the current cell's refused value, else for the first one left in the grid.
    QModelIndex at = m_grid->currentIndex();
    if (m_grid->refusedText(at).isEmpty())
        at = m_grid->firstRefused();
    if (!at.isValid()) {
        m_refusal->clear();
        m_refusal->hide();
        return;
    }
    m_refusal->setText(tr("%1 is not accepted (%2). Correct it, or press Delete to empty the cell.")
                           .arg(m_grid->refusedText(at), m_grid->refusedReason(at)));
    m_refusal->show();
}

void ReviewWindow::setZoomPercent(int percent)
{
    m_zoom = std::clamp(percent, 70, 200);
    QFont font = m_baseFont;
    if (font.pointSizeF() > 0)
        font.setPointSizeF(m_baseFont.pointSizeF() * m_zoom / 100.0);
    else
        font.setPixelSize(std::max(8, m_baseFont.pixelSize() * m_zoom / 100));
    centralWidget()->setFont(font);
    m_grid->setFont(font);
    m_grid->horizontalHeader()->setFont(font);
    m_grid->verticalHeader()->setDefaultSectionSize(QFontMetrics(font).height() + 10);
    m_grid->fitColumns();
    const int em = QFontMetrics(font).horizontalAdvance(QLatin1Char('M'));
    m_grid->horizontalHeader()->setSectionResizeMode(ScoreGridModel::TitleColumn, QHeaderView::Interactive);
    m_grid->setColumnWidth(ScoreGridModel::TitleColumn, em * 12);
    m_grid->horizontalHeader()->setSectionResizeMode(m_model->commentColumn(), QHeaderView::Interactive);
    m_grid->setColumnWidth(m_model->commentColumn(), em * 9);
    m_documents->setZoom(m_zoom / 100.0);
    arrangePanes();
    statusBar()->showMessage(tr("Zoom %1%").arg(m_zoom), 3000);
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
    m_openFolder = new QAction(tr("Open the containing &folder"), this);
    m_openFolder->setObjectName(QStringLiteral("openReturnFolder"));
    m_openFolder->setToolTip(tr("Shows the folder of the score return written, to attach it to an email"));
    m_openFolder->setEnabled(false);
    connect(m_openFolder, &QAction::triggered, this, &ReviewWindow::openReturnFolder);
    file->addAction(m_openFolder);
    file->addSeparator();
    QAction* close = file->addAction(tr("&Close"), this, &QWidget::close);
    close->setShortcut(QKeySequence::Close);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    auto* onlyToScore = new QAction(tr("Only entries &still to score"), this);
    onlyToScore->setObjectName(QStringLiteral("showOnlyToScore"));
    onlyToScore->setCheckable(true);
    onlyToScore->setToolTip(tr("Hides the entries whose every criterion has points"));
    connect(onlyToScore, &QAction::toggled, m_grid, &ScoreGridView::setShowOnlyToScore);
    view->addAction(onlyToScore);
    view->addSeparator();
    auto* zoomIn = view->addAction(tr("Zoom &in"), this, [this] { setZoomPercent(m_zoom + 10); });
    zoomIn->setObjectName(QStringLiteral("zoomIn"));
    zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    auto* zoomOut = view->addAction(tr("Zoom &out"), this, [this] { setZoomPercent(m_zoom - 10); });
    zoomOut->setObjectName(QStringLiteral("zoomOut"));
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    auto* zoomReset = view->addAction(tr("&Normal size"), this, [this] { setZoomPercent(100); });
    zoomReset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));

    QToolBar* bar = addToolBar(tr("Scoring"));
    bar->setObjectName(QStringLiteral("reviewToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addAction(write);
    bar->addAction(m_openFolder);
    bar->addSeparator();
    bar->addAction(onlyToScore);
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
        m_place = state.place;
        if (state.place.returnWrittenAt.isValid()) {
            const QString when =
                QLocale().toString(state.place.returnWrittenAt.toLocalTime(), QLocale::ShortFormat);
            const QString where = QDir::toNativeSeparators(state.place.returnPath);
            m_returnNotice =
                state.unreturned
                    ? tr("A score return of this package was written on %1 (%2), and scores were changed "
                         "after it: write the score return again and send the new file.")
                          .arg(when, where)
                    : tr("The score return of this package was written on %1 (%2). Change a score only if "
                         "you mean to send a new return.")
                          .arg(when, where);
            m_notice->setText(m_returnNotice);
            m_notice->show();
            m_openFolder->setEnabled(true);
        }
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
    m_place = currentPlace();
    const Status saved = m_draft.write(m_package, m_model->returnSheets(), m_revision, m_unreturned, m_place);
    if (!saved) {
        m_lastError = saved.error().text();
        m_saved->setText(tr("Not saved on this computer: %1").arg(saved.error().text()));
        m_saved->setStyleSheet(QStringLiteral("color: #b00020;"));
        return false;
    }
    m_savedPlace = m_place;
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
    const QDir dir = m_packagePath.isEmpty() ? QDir::home() : QFileInfo(m_packagePath).absoluteDir();
    return dir.filePath(ReviewDraft::returnFileName(m_package.content));
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
    if (const QModelIndex refused = m_grid->firstRefused(); refused.isValid()) {
        m_grid->setCurrentIndex(refused);
        showError(tr("The score return is not complete"),
                  tr("A value typed in the grid was not accepted: correct it or empty the cell first.\n%1")
                      .arg(m_grid->refusedReason(refused)));
        return false;
    }
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
    m_place.returnWrittenAt = QDateTime::currentDateTimeUtc();
    m_place.returnPath = QFileInfo(path).absoluteFilePath();
    saveDraft();
    m_openFolder->setEnabled(true);
    const QString native = QDir::toNativeSeparators(path);
    statusBar()->showMessage(tr("Score return written to %1").arg(native), 15000);
    m_lastMessage = tr("Your scores were written to:\n%1\n\nSend this file to the council's office. The "
                       "clerk imports it with the same PIN you used to open the package.")
                        .arg(native);
    if (m_prompts->choose(this, tr("Score return written"), m_lastMessage,
                          {tr("OK"), tr("Open the containing &folder")}, 0, 0) == 1)
        openReturnFolder();
    return true;
}

bool ReviewWindow::openReturnFolder()
{
    if (m_place.returnPath.isEmpty())
        return false;
    const QString folder = QFileInfo(m_place.returnPath).absolutePath();
    const bool opened =
        m_folderOpener ? m_folderOpener(folder) : QDesktopServices::openUrl(QUrl::fromLocalFile(folder));
    if (!opened)
        showError(tr("Cannot open the folder"),
                  tr("No file manager on this computer opens folders. The score return is at:\n%1")
                      .arg(QDir::toNativeSeparators(m_place.returnPath)));
    return opened;
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
    // Where the member stopped is kept with the draft, so the package reopens there.
    if (autosavePending() || (QFile::exists(draftPath()) && currentPlace() != m_savedPlace))
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
