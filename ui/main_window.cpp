#include "main_window.h"

#include "app_settings.h"
#include "awards_view.h"
#include "campaign_settings_dialog.h"
#include "common/support_log.h"
#include "common/translations.h"
#include "council_dialog.h"
#include "council_papers_export.h"
#include "domain/entry_workflow.h"
#include "entries_view.h"
#include "entry_editor_dialog.h"
#include "error_wording.h"
#include "excel_export.h"
#include "filter_bar.h"
#include "help_window.h"
#include "history_dialog.h"
#include "history_panel.h"
#include "import_wizard.h"
#include "meeting_dialog.h"
#include "models/entries_filter_model.h"
#include "models/entries_model.h"
#include "new_campaign_dialog.h"
#include "open_once.h"
#include "preferences_dialog.h"
#include "prompts.h"
#include "recent_files.h"
#include "report_export.h"
#include "report_text_dialog.h"
#include "restore_dialog.h"
#include "review_exchange_dialog.h"
#include "review_launcher.h"
#include "score_entry_dialog.h"
#include "services/campaign_history.h"
#include "services/entry_service.h"
#include "services/next_campaign.h"
#include "sign_in_dialog.h"
#include "statistics_dashboard.h"
#include "status_change_dialog.h"
#include "storage/audit_log.h"
#include "storage/backup_manager.h"
#include "storage/campaign_builder.h"
#include "storage/campaign_repository.h"
#include "storage/campaign_session.h"
#include "storage/campaign_template.h"
#include "storage/catalog_repository.h"
#include "storage/database.h"
#include "storage/entry_repository.h"
#include "storage/output_target.h"
#include "units_dialog.h"
#include "users_dialog.h"
#include "write_guard.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QScreen>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>
#include <algorithm>

namespace sangkien {

namespace {

// Campaign names run to a whole sentence; the title bar gets the start of it, cut at a word.
QString shortened(const QString& text, int maxChars)
{
    if (text.size() <= maxChars)
        return text;
    qsizetype cut = text.lastIndexOf(QLatin1Char(' '), maxChars);
    if (cut < maxChars / 2)
        cut = maxChars;
    QString head = text.left(cut);
    while (head.endsWith(QLatin1Char(',')) || head.endsWith(QLatin1Char(' ')))
        head.chop(1);
    return head + QChar(0x2026);
}

QString fileFilter()
{
    return MainWindow::tr("Campaign files (*.%1)").arg(QLatin1String(Database::kFileSuffix)) +
           QStringLiteral(";;") +
           MainWindow::tr("Review packages (*.%1)").arg(ReviewLauncher::kPackageSuffix) +
           QStringLiteral(";;") + MainWindow::tr("All files (*)");
}

} // namespace

MainWindow::MainWindow(const QString& settingsFile, QWidget* parent)
    : QMainWindow(parent)
    , m_settings(std::make_unique<AppSettings>(settingsFile))
    , m_recent(std::make_unique<RecentFiles>(*m_settings))
{
    setObjectName(QStringLiteral("MainWindow"));

    m_entries = new EntriesView(this);
    m_entries->setObjectName(QStringLiteral("entriesView"));
    m_entries->filterBar()->setSettings(m_settings.get());
    connect(m_entries, &EntriesView::countsChanged, this, &MainWindow::updateCounts);
    connect(m_entries, &EntriesView::editRequested, this, &MainWindow::editCurrentEntry);
    connect(m_entries, &EntriesView::currentEntryChanged, this, &MainWindow::showHistory);
    connect(m_entries->filterBar(), &FilterBar::saveViewRequested, this, [this] {
        const auto name = m_context.ask().text(this, tr("Save view"), tr("Name of the view:"));
        if (name && !name->trimmed().isEmpty())
            m_entries->filterBar()->saveView(*name, m_entries->searchField()->text());
    });

    // Commands re-read the table after each change and report refusals like any other error.
    m_undo = new QUndoStack(this);
    m_context.user = AuditLog::currentUser();
    m_context.defaultSigner = m_settings->defaultSigner();
    m_context.changed = [this](const QList<qint64>& touched, qint64 select) {
        refreshEntries(touched, select);
    };
    m_context.refused = [this](const QString& message) { showError(tr("Not done"), message); };
    connect(m_undo, &QUndoStack::indexChanged, this, [this] {
        if (!m_undo->isClean() || m_undo->count() > 0)
            statusBar()->showMessage(
                m_undo->undoText().isEmpty() ? QString() : tr("Done: %1").arg(m_undo->undoText()), 4000);
    });

    m_history = new HistoryPanel(this);
    m_history->setObjectName(QStringLiteral("historyPanel"));
    m_historyDock = new QDockWidget(tr("History"), this);
    m_historyDock->setObjectName(QStringLiteral("historyDock"));
    m_historyDock->setWidget(m_history);
    addDockWidget(Qt::RightDockWidgetArea, m_historyDock);
    m_historyDock->hide();

    // What the window shows before any campaign is open: the two ways to get one.
    m_welcome = new QWidget(this);
    auto* welcomeText = new QLabel(tr("No campaign is open. Create a new one from the 2024 plan, or open an "
                                      "existing campaign file."),
                                   m_welcome);
    welcomeText->setWordWrap(true);
    welcomeText->setAlignment(Qt::AlignCenter);
    auto* newButton = new QPushButton(tr("New campaign…"), m_welcome);
    auto* openButton = new QPushButton(tr("Open campaign…"), m_welcome);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(newButton);
    buttons->addWidget(openButton);
    buttons->addStretch();
    auto* welcomeLayout = new QVBoxLayout(m_welcome);
    welcomeLayout->addStretch();
    welcomeLayout->addWidget(welcomeText);
    welcomeLayout->addLayout(buttons);
    welcomeLayout->addStretch();

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_welcome);
    m_pages->addWidget(m_entries);
    setCentralWidget(m_pages);

    m_counts = new QLabel(this);
    m_readOnlyLabel = new QLabel(this);
    m_readOnlyLabel->setObjectName(QStringLiteral("readOnlyReason"));
    m_readOnlyLabel->setStyleSheet(QStringLiteral("color: #8a4b00;"));
    m_readOnlyLabel->hide();
    statusBar()->addWidget(m_readOnlyLabel, 1);
    statusBar()->addPermanentWidget(m_counts);

    createActions();
    createHelpMenu();
    connect(newButton, &QPushButton::clicked, this, &MainWindow::startNewCampaign);
    connect(openButton, &QPushButton::clicked, this, [this] {
        if (const QString path = askCampaignToOpen(); !path.isEmpty())
            openCampaign(path);
    });

    // First start: most of the screen, since the table is wide; later starts: where the user left it.
    if (const QScreen* screen = QGuiApplication::primaryScreen()) {
        const QSize available = screen->availableSize();
        resize(std::min(1600, available.width() * 9 / 10), std::min(1000, available.height() * 9 / 10));
    }
    restoreGeometry(m_settings->windowGeometry());
    restoreState(m_settings->windowState());
    m_entries->restoreHeaderState(m_settings->entriesHeaderState());
    updateTitle();
    updateActions();
    updateCounts(0, 0);
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));

    QAction* newAction = file->addAction(tr("&New Campaign…"));
    // Ctrl+N is the clerk's most used key: a new entry. A new campaign is once a year.
    newAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    newAction->setObjectName(QStringLiteral("newCampaignAction"));
    newAction->setStatusTip(
        tr("Start a campaign from a template of the province or from an earlier campaign (next year's)"));
    connect(newAction, &QAction::triggered, this, &MainWindow::startNewCampaign);

    QAction* openAction = file->addAction(tr("&Open…"));
    openAction->setShortcut(QKeySequence::Open);
    openAction->setStatusTip(tr("Open a campaign file"));
    connect(openAction, &QAction::triggered, this, [this] {
        if (const QString path = askCampaignToOpen(); !path.isEmpty())
            openCampaign(path);
    });

    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    m_recentMenu->setToolTipsVisible(true);
    // Rebuilt each time it opens, so files deleted meanwhile are never offered.
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    rebuildRecentMenu();
    QAction* folderAction = file->addAction(tr("Open the Campaign's &Folder"));
    folderAction->setObjectName(QStringLiteral("openCampaignFolderAction"));
    folderAction->setStatusTip(tr("Show the folder that holds the campaign file and its backups"));
    connect(folderAction, &QAction::triggered, this, &MainWindow::openCampaignFolder);
    m_campaignActions << folderAction;

    file->addSeparator();
    // The office's Excel workbooks (the CSV of the entries stays on the command line: list --format csv).
    QMenu* excel = file->addMenu(tr("E&xport to Excel"));
    excel->setObjectName(QStringLiteral("exportExcelMenu"));
    for (const WorkbookKind kind : ExcelExport::kinds()) {
        QAction* action = excel->addAction(ExcelExport::actionText(kind));
        action->setObjectName(ExcelExport::objectName(kind));
        if (kind == WorkbookKind::Entries)
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
        connect(action, &QAction::triggered, this, [this, kind] {
            if (!m_db)
                return;
            if (const QString written = ExcelExport::run(this, *m_db, m_context.ask(), kind, *m_settings);
                !written.isEmpty())
                statusBar()->showMessage(written, 8000);
        });
        m_campaignActions << action;
    }

    file->addSeparator();
    QAction* usersAction = file->addAction(tr("&Users and Roles…"));
    usersAction->setStatusTip(tr("Who works on this campaign: clerk, council secretary, administrator"));
    connect(usersAction, &QAction::triggered, this, &MainWindow::openUsers);
    m_campaignActions << usersAction;
    m_writeActions << usersAction;

    QAction* restoreAction = file->addAction(tr("&Restore a Backup…"));
    restoreAction->setStatusTip(tr("Put back a copy the program made on open, before an import or daily"));
    connect(restoreAction, &QAction::triggered, this, &MainWindow::openRestore);
    m_campaignActions << restoreAction;
    m_writeActions << restoreAction;

    m_closeAction = file->addAction(tr("&Close"));
    m_closeAction->setShortcut(QKeySequence::Close);
    connect(m_closeAction, &QAction::triggered, this, &MainWindow::closeCampaign);

    file->addSeparator();
    QAction* preferencesAction = file->addAction(tr("&Preferences…"));
    preferencesAction->setObjectName(QStringLiteral("preferencesAction"));
    preferencesAction->setMenuRole(QAction::PreferencesRole);
    preferencesAction->setStatusTip(
        tr("The program's language, the office's campaign folder, the default signer"));
    connect(preferencesAction, &QAction::triggered, this, [this] {
        PreferencesDialog dialog(*m_settings, installedLanguage(), m_context.ask(), this);
        if (m_context.ask().dialog(dialog))
            m_context.defaultSigner = m_settings->defaultSigner();
    });

    QAction* quitAction = file->addAction(tr("&Quit"));
    quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q)); // QKeySequence::Quit is empty on Windows
    quitAction->setMenuRole(QAction::QuitRole);
    connect(quitAction, &QAction::triggered, this, &QWidget::close);

    m_findAction = new QAction(tr("&Find"), this);
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setShortcutContext(Qt::WindowShortcut);
    connect(m_findAction, &QAction::triggered, m_entries, &EntriesView::focusSearch);
    addAction(m_findAction);

    createEntryActions();
}

QString MainWindow::campaignPath() const
{
    return m_db ? m_db->path() : QString();
}

EntriesModel* MainWindow::entriesModel() const
{
    return m_entries->model();
}

EntriesFilterModel* MainWindow::filterModel() const
{
    return m_entries->filterModel();
}

QString MainWindow::statusText() const
{
    return m_counts->text();
}

QStringList MainWindow::recentFiles() const
{
    return m_recent->files();
}

bool MainWindow::ask(const QString& title, const QString& question)
{
    return m_context.ask().question(this, title, question);
}

bool MainWindow::openCampaign(const QString& path, bool readOnly)
{
    const QString title = tr("Cannot open the campaign");
    // A council member's review package opens in review mode, in a window of its own.
    if (ReviewLauncher::isReviewPackage(path)) {
        QString refused;
        if (ReviewLauncher::open(path, this, &refused, m_context.ask()))
            return true;
        m_lastError = refused;
        return false;
    }
    // A member's score return is merged into the campaign that is open.
    if (ReviewExchangeDialog::isScoreReturn(path))
        return openScoreReturn(path);
    // A file or folder that cannot be written opens read-only, saying so, rather than failing later as if
    // the disk were full.
    if (!readOnly && QFileInfo::exists(path)) {
        if (!QFileInfo(path).isWritable()) {
            m_nextReadOnlyReason = tr("Read-only: the file %1 cannot be written (it is marked read-only, or "
                                      "you may only read it).")
                                       .arg(QDir::toNativeSeparators(path));
            readOnly = true;
        } else if (!QFileInfo(QFileInfo(path).absolutePath()).isWritable()) {
            m_nextReadOnlyReason = tr("Read-only: the folder %1 cannot be written, and the program needs to "
                                      "write its journal beside the campaign.")
                                       .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath()));
            readOnly = true;
        }
    }
    // The lock and the checks come first; nothing is written to a file another program holds or to a
    // damaged one.
    CampaignSession::Opening opening = CampaignSession::open(path, readOnly, QStringLiteral("sangkien"));
    switch (opening.refusal) {
    case CampaignSession::Refusal::None:
        break;
    case CampaignSession::Refusal::Locked:
        if (ask(tr("Campaign in use"),
                tr("%1\n\nOpen it read-only? You can look, search and print, but not change anything.")
                    .arg(opening.error.message))) {
            m_nextReadOnlyReason =
                tr("Read-only: another program is writing this campaign (%1). Close it there to make changes "
                   "here.")
                    .arg(opening.error.message);
            return openCampaign(path, true);
        }
        showError(title, opening.error.text());
        return false;
    case CampaignSession::Refusal::Damaged: {
        const QString damage = opening.error.text();
        const auto backup = CampaignSession::latestGoodBackup(path);
        if (!backup) {
            showError(title, tr("The campaign file is damaged and nothing was written to it:\n%1\n\nThere is "
                                "no good backup of it beside the file.")
                                 .arg(damage));
            return false;
        }
        const QString when = QLocale().toString(backup->at.toLocalTime(), QStringLiteral("HH:mm dd/MM/yyyy"));
        if (!ask(tr("Damaged campaign file"),
                 tr("The campaign file is damaged and nothing was written to it:\n%1\n\nRestore the backup "
                    "of %2 (%3 entries)? The damaged file is kept beside it as \"%4\".")
                     .arg(damage, when, QLocale().toString(backup->entries),
                          QFileInfo(path + QStringLiteral(".before-restore")).fileName()))) {
            showError(title, damage);
            return false;
        }
        if (Status restored = BackupManager::restore(backup->path, path); !restored) {
            showError(title, ErrorWording::describe(restored.error()));
            return false;
        }
        return openCampaign(path, readOnly);
    }
    case CampaignSession::Refusal::CannotOpen:
        showError(title, ErrorWording::describe(opening.error));
        return false;
    case CampaignSession::Refusal::ReadOnly:
        // A file or folder that may not be written is said as such (never "damaged"); looking needs no
        // writing.
        if (ask(ErrorWording::title(opening.error.kind),
                tr("%1\n\nOpen it read-only? You can look, search and print, but not change anything.")
                    .arg(opening.error.text()))) {
            m_nextReadOnlyReason = opening.error.message;
            return openCampaign(path, true);
        }
        showError(title, ErrorWording::describe(opening.error));
        return false;
    }
    std::unique_ptr<Database> db = std::move(opening.db);
    auto campaign = CampaignRepository(*db).load();
    if (!campaign) {
        showError(title, ErrorWording::describe(campaign.error()));
        return false;
    }
    // With roles on, the program asks who is working before it shows anything.
    std::optional<AppUser> user;
    if (UserAccounts(*db).rolesEnabled()) {
        SignInDialog signIn(*db, campaign->name, this);
        if (!m_context.ask().dialog(signIn)) {
            showError(title, signIn.message().isEmpty() ? tr("Nobody signed in.") : signIn.message());
            return false;
        }
        user = signIn.user();
    }
    // The model is filled only when everything read well, so a failure leaves the old campaign shown.
    if (Status loaded = m_entries->model()->reload(*db); !loaded) {
        showError(title, ErrorWording::describe(loaded.error()));
        if (m_db)
            m_entries->model()->reload(*m_db);
        return false;
    }
    m_undo->clear();
    if (m_editor)
        m_editor->discard();
    m_session.reset(); // the old campaign's lock goes before its database
    m_db = std::move(db);
    m_session = std::move(opening.session);
    m_readOnly = m_session->isReadOnly();
    m_readOnlyReason = std::exchange(m_nextReadOnlyReason, QString());
    if (m_readOnly && m_readOnlyReason.isEmpty())
        m_readOnlyReason = tr("Read-only: this campaign was opened for reading only.");
    m_readOnlyLabel->setText(m_readOnly ? m_readOnlyReason : QString());
    m_readOnlyLabel->setVisible(m_readOnly);
    connect(m_session.get(), &CampaignSession::problem, this,
            [this](const QString& message) { statusBar()->showMessage(message, 10000); });
    m_context.db = m_db.get();
    m_context.signedIn = user;
    m_context.user = user ? user->login : AuditLog::currentUser();
    m_campaign = std::move(campaign.value());
    loadFilterChoices();
    m_pages->setCurrentWidget(m_entries);
    rememberRecent(m_db->path());
    m_settings->setLastDirectory(QFileInfo(m_db->path()).absolutePath());
    updateTitle();
    updateActions();
    m_entries->applySearchNow();          // a search typed before still applies, and the counts are fresh
    if (!opening.error.message.isEmpty()) // the backup on open failed: the work goes on, but say it
        showError(tr("No backup was made"), ErrorWording::describe(opening.error));
    if (opening.readOnlyBecause) // writing was asked but is not safe: say why the window only reads
        showError(tr("Opened read-only"), opening.readOnlyBecause->text());
    return true;
}

void MainWindow::startNewCampaign()
{
    NewCampaignDialog dialog(m_context.ask(), hasCampaign() ? campaignPath() : QString(),
                             hasCampaign() ? m_campaign.year : 0, m_settings->lastDirectory(), this);
    if (m_context.ask().dialog(dialog))
        createCampaign(dialog.request());
}

void MainWindow::createHelpMenu()
{
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* guide = help->addAction(tr("&User Guide"));
    guide->setObjectName(QStringLiteral("userGuideAction"));
    guide->setShortcut(QKeySequence::HelpContents);
    connect(guide, &QAction::triggered, this, [this] {
        // One guide window, kept while the program runs: F1 again brings it forward.
        if (!m_helpWindow)
            m_helpWindow = new HelpWindow(this);
        m_helpWindow->show();
        m_helpWindow->raise();
        m_helpWindow->activateWindow();
    });
    QAction* about = help->addAction(tr("&About Sáng kiến"));
    about->setObjectName(QStringLiteral("aboutAction"));
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
}

QString MainWindow::aboutText() const
{
    QString text =
        tr("Sáng kiến %1 — the emulation campaign for initiatives of the Department of Science and "
           "Technology.")
            .arg(QCoreApplication::applicationVersion()) +
        QStringLiteral("\n\n") +
        tr("Free software under the GNU General Public License, version 3 or later.") +
        QStringLiteral("\n\n");
    if (m_db) {
        text += tr("Campaign file: %1").arg(QDir::toNativeSeparators(m_db->path())) + QLatin1Char('\n');
        text +=
            tr("Backups: %1").arg(QDir::toNativeSeparators(BackupManager::defaultBackupDir(m_db->path()))) +
            QLatin1Char('\n');
    } else {
        text += tr("No campaign is open.") + QLatin1Char('\n');
    }
    text += tr("Campaign folder: %1").arg(QDir::toNativeSeparators(m_settings->campaignFolder())) +
            QLatin1Char('\n');
    text += tr("Support log: %1").arg(QDir::toNativeSeparators(SupportLog::path())) + QLatin1Char('\n');
    text +=
        tr("Program data (drafts, import mappings): %1")
            .arg(QDir::toNativeSeparators(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    return text;
}

void MainWindow::showAbout()
{
    m_context.ask().information(this, tr("About Sáng kiến"), aboutText());
}

void MainWindow::openCampaignFolder()
{
    if (!m_db)
        return;
    const QString folder = QFileInfo(m_db->path()).absolutePath();
    if (!m_folderOpener(folder))
        showError(tr("Cannot open the folder"),
                  tr("The system could not show %1.").arg(QDir::toNativeSeparators(folder)));
}

void MainWindow::openStatistics()
{
    if (!m_db)
        return;
    StatisticsDashboard dashboard(*m_db, m_context.ask(), *m_settings, this);
    m_context.ask().dialog(dashboard);
}

void MainWindow::openHistory()
{
    HistoryDialog dialog(m_context.ask(), m_settings->campaignFolder(), this);
    m_context.ask().dialog(dialog);
}

bool MainWindow::createCampaign(const NewCampaignRequest& request)
{
    if (request.earlierPath.isEmpty())
        return newCampaign(request.path, request.templateId);
    NextCampaignFacts facts;
    facts.year = request.year;
    facts.planNumber = request.planNumber;
    // The earlier campaign is only read (it may be the one open here); the new file is built whole
    // under a temporary name.
    auto made = NextCampaign::create(request.earlierPath, request.path, facts);
    if (!made) {
        showError(tr("Cannot create the campaign"), ErrorWording::describe(made.error()));
        return false;
    }
    if (!openCampaign(request.path))
        return false;
    QString text = tr("The %1 campaign was started from %2: %3 units, %4 criteria, %5 award forms and %6 "
                      "council members were copied; no entries, scores or awards.")
                       .arg(request.year)
                       .arg(QFileInfo(request.earlierPath).fileName())
                       .arg(made->units)
                       .arg(made->criteria)
                       .arg(made->awardForms)
                       .arg(made->councilMembers);
    if (!made->replacedUnits.isEmpty())
        text +=
            QLatin1Char('\n') + tr("%1 units were replaced by their successors (merged or reorganised): %2.")
                                    .arg(made->replacedUnits.size())
                                    .arg(made->replacedUnits.join(QStringLiteral(", ")));
    m_context.ask().information(this, tr("New campaign"), text);
    return true;
}

bool MainWindow::newCampaign(const QString& path, const QString& templateId)
{
    QString target = path;
    if (QFileInfo(target).suffix().isEmpty())
        target += QLatin1Char('.') + QLatin1String(Database::kFileSuffix);
    if (QFileInfo::exists(target)) {
        showError(tr("Cannot create the campaign"),
                  tr("%1 already exists. Choose another name, or open that file instead.")
                      .arg(QDir::toNativeSeparators(target)));
        return false;
    }
    // Built whole under a temporary name, then named; opened below through the one path that also
    // fills the window.
    if (auto built = CampaignBuilder::build(target, templateId); !built) {
        showError(tr("Cannot create the campaign"), built.error().text());
        return false;
    }
    return openCampaign(target);
}

void MainWindow::closeCampaign()
{
    // Commands point into this campaign's file; they must not outlive it.
    m_undo->clear();
    if (m_editor)
        m_editor->discard();
    m_history->showEntry(nullptr, 0);
    m_context.db = nullptr;
    m_entries->model()->clear();
    m_session.reset();
    m_db.reset();
    m_readOnly = false;
    m_readOnlyReason.clear();
    m_readOnlyLabel->hide();
    m_context.signedIn.reset();
    m_campaign = {};
    m_pages->setCurrentWidget(m_welcome);
    updateTitle();
    updateActions();
}

bool MainWindow::openMostRecent()
{
    const QStringList files = m_recent->files();
    return !files.isEmpty() && openCampaign(files.first());
}

void MainWindow::updateTitle()
{
    if (!m_db) {
        setWindowTitle(QString()); // Qt adds the application's display name
        return;
    }
    const QString file = QFileInfo(m_db->path()).fileName();
    QString title = tr("%1 — %2 (%3)").arg(file, shortened(m_campaign.name, 60)).arg(m_campaign.year);
    if (m_readOnly)
        title += QLatin1Char(' ') + tr("[read-only]");
    if (m_context.signedIn)
        title += QStringLiteral(" — ") + m_context.signedIn->fullName;
    setWindowTitle(title);
    setWindowFilePath(m_db->path());
}

void MainWindow::updateCounts(int shown, int total)
{
    if (!m_db) {
        m_counts->setText(tr("No campaign open"));
        return;
    }
    const QLocale locale;
    if (shown == total)
        m_counts->setText(tr("%1 entries").arg(locale.toString(total)));
    else
        m_counts->setText(tr("%1 entries shown of %2").arg(locale.toString(shown), locale.toString(total)));
}

void MainWindow::updateActions()
{
    m_closeAction->setEnabled(m_db != nullptr);
    for (QAction* a : std::as_const(m_campaignActions))
        a->setEnabled(m_db != nullptr);
    for (QAction* a : std::as_const(m_writeActions))
        a->setEnabled(m_db != nullptr && !m_readOnly);
    m_findAction->setEnabled(m_db != nullptr);
    updateCounts(m_entries->shownCount(), m_entries->totalCount());
}

void MainWindow::rememberRecent(const QString& path)
{
    m_recent->add(path);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = m_recent->files();
    for (qsizetype i = 0; i < files.size(); ++i) {
        const QString& path = files.at(i);
        // Numbered 1…9 and 0 for keyboard users; the folder is in the tooltip.
        const QString label = QStringLiteral("&%1  %2").arg((i + 1) % 10).arg(QFileInfo(path).fileName());
        QAction* action = m_recentMenu->addAction(label);
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { openCampaign(path); });
    }
    if (!files.isEmpty()) {
        m_recentMenu->addSeparator();
        QAction* clear = m_recentMenu->addAction(tr("Clear the List"));
        connect(clear, &QAction::triggered, this, [this] {
            m_recent->clear();
            rebuildRecentMenu();
        });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    // An entry being typed is not thrown away by quitting: the editor asks first, and may keep the window.
    if (m_editor && !m_editor->close()) {
        event->ignore();
        return;
    }
    m_settings->setWindowGeometry(saveGeometry());
    m_settings->setWindowState(saveState());
    m_settings->setEntriesHeaderState(m_entries->headerState());
    m_settings->sync();
    QMainWindow::closeEvent(event);
}

void MainWindow::showError(const QString& title, const QString& message)
{
    m_lastError = message;
    m_context.ask().critical(this, title, message);
}

QString MainWindow::askCampaignToOpen()
{
    return m_context.ask().openFile(this, tr("Open campaign"), m_settings->lastDirectory(), fileFilter());
}

EntryEditorDialog* MainWindow::entryEditor() const
{
    return m_editor.data();
}

CampaignSettingsDialog* MainWindow::settingsDialog() const
{
    return m_settingsDialog.data();
}

UnitsDialog* MainWindow::unitsDialog() const
{
    return m_unitsDialog.data();
}

CouncilDialog* MainWindow::councilDialog() const
{
    return m_councilDialog.data();
}

ScoreEntryDialog* MainWindow::scoreEntryDialog() const
{
    return m_scoreEntryDialog.data();
}

void MainWindow::createEntryActions()
{
    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_undo->createRedoAction(this, tr("&Redo"));
    // Ctrl+Y is what Word and Excel on the office's Windows use; Ctrl+Shift+Z is the other habit.
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Y), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)});
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(m_findAction);

    QMenu* entry = menuBar()->addMenu(tr("E&ntry"));
    QAction* newEntryAction = entry->addAction(tr("&New Entry…"));
    newEntryAction->setShortcut(QKeySequence::New);
    newEntryAction->setStatusTip(tr("Enter a new entry from its application form"));
    connect(newEntryAction, &QAction::triggered, this, &MainWindow::newEntry);

    QAction* editAction = entry->addAction(tr("&Edit Entry…"));
    editAction->setShortcut(QKeySequence(Qt::Key_F2));
    editAction->setStatusTip(tr("Open the selected entry (Enter or F2)"));
    connect(editAction, &QAction::triggered, this, &MainWindow::editCurrentEntry);

    QAction* statusAction = entry->addAction(tr("Change &Status…"));
    statusAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    statusAction->setStatusTip(tr("Move the selected entries along the workflow"));
    connect(statusAction, &QAction::triggered, this, &MainWindow::changeStatusOfSelected);

    QAction* deleteAction = entry->addAction(tr("&Delete Entry…"));
    deleteAction->setShortcut(QKeySequence::Delete);
    // Only from the table: Delete in the search field deletes a letter.
    deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_entries->tableView()->addAction(deleteAction);
    connect(deleteAction, &QAction::triggered, this, &MainWindow::deleteSelectedEntries);

    entry->addSeparator();
    QAction* historyAction = m_historyDock->toggleViewAction();
    historyAction->setText(tr("&History Panel"));
    historyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    entry->addAction(historyAction);

    QMenu* campaign = menuBar()->addMenu(tr("&Campaign"));
    QAction* settingsAction = campaign->addAction(tr("&Settings…"));
    settingsAction->setStatusTip(tr("Facts, legal basis, criteria, quotas, pass ratio and quorum"));
    connect(settingsAction, &QAction::triggered, this, &MainWindow::openCampaignSettings);
    QAction* importAction = campaign->addAction(tr("&Import from a Spreadsheet…"));
    importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    importAction->setStatusTip(tr("Import the entries a unit sent as .xlsx, .ods, .xls or .csv"));
    connect(importAction, &QAction::triggered, this, &MainWindow::openImportWizard);
    QAction* unitsAction = campaign->addAction(tr("&Units…"));
    unitsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_U));
    connect(unitsAction, &QAction::triggered, this, &MainWindow::openUnits);

    campaign->addSeparator();
    QAction* councilAction = campaign->addAction(tr("&Council…"));
    councilAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    councilAction->setStatusTip(tr("Council members, who scores which entry, conflicts of interest"));
    connect(councilAction, &QAction::triggered, this, &MainWindow::openCouncil);
    QAction* scoresAction = campaign->addAction(tr("Enter &Scores…"));
    scoresAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    scoresAction->setStatusTip(tr("Type in a council member's paper score sheets"));
    connect(scoresAction, &QAction::triggered, this, &MainWindow::openScoreEntry);
    QAction* meetingAction = campaign->addAction(tr("Council &Meeting…"));
    meetingAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    meetingAction->setStatusTip(tr("Who attended the council's meeting, its votes, and the minutes"));
    connect(meetingAction, &QAction::triggered, this, &MainWindow::openMeeting);
    // The council's papers before the meeting: printing reads the campaign, so a read-only window may too.
    QMenu* papers = campaign->addMenu(tr("Council Pape&rs"));
    QAction* sheetsPreview = papers->addAction(tr("&Print Blank Score Sheets…"));
    sheetsPreview->setObjectName(QStringLiteral("councilScoreSheetsPreviewAction"));
    sheetsPreview->setStatusTip(tr("The blank score sheets in the print preview, from which they print"));
    connect(sheetsPreview, &QAction::triggered, this,
            [this] { previewCouncilPaper(CouncilPapersExport::Paper::ScoreSheets); });
    QAction* summaryPreview = papers->addAction(tr("Print the Su&mmary of Scores…"));
    summaryPreview->setObjectName(QStringLiteral("councilSummaryPreviewAction"));
    summaryPreview->setStatusTip(tr("The summary of scores in the print preview, from which it prints"));
    connect(summaryPreview, &QAction::triggered, this,
            [this] { previewCouncilPaper(CouncilPapersExport::Paper::Summary); });
    papers->addSeparator();
    QAction* sheetsAction = papers->addAction(tr("Save Blank &Score Sheets (PDF, ODT)…"));
    sheetsAction->setObjectName(QStringLiteral("councilScoreSheetsAction"));
    sheetsAction->setStatusTip(tr("A score sheet for each member and each entry assigned to them"));
    connect(sheetsAction, &QAction::triggered, this,
            [this] { writeCouncilPaper(CouncilPapersExport::Paper::ScoreSheets); });
    QAction* summaryAction = papers->addAction(tr("Save the Summary of Scores (PDF, ODT)…"));
    summaryAction->setObjectName(QStringLiteral("councilSummaryAction"));
    summaryAction->setStatusTip(
        tr("Each member's total, the aggregate, the rank and the flags of every entry"));
    connect(summaryAction, &QAction::triggered, this,
            [this] { writeCouncilPaper(CouncilPapersExport::Paper::Summary); });
    m_campaignActions << sheetsPreview << summaryPreview << sheetsAction << summaryAction;
    // The interim and final reports (core/reports/campaign_report): preview, PDF or ODT, and their texts.
    {
        QMenu* reports = campaign->addMenu(tr("Re&ports"));
        reports->setObjectName(QStringLiteral("reportsMenu"));
        const auto previewReport = [this](ReportKind kind) {
            if (m_db)
                ReportExport::preview(this, *m_db, m_context.ask(), kind, m_context.defaultSigner);
        };
        const auto saveReport = [this](ReportKind kind) {
            if (!m_db)
                return;
            const QString written = ReportExport::run(this, *m_db, m_context.ask(), kind,
                                                      m_settings->exportDirectory(), m_context.defaultSigner);
            if (!written.isEmpty())
                statusBar()->showMessage(written, 8000);
        };
        QAction* interimPreview = reports->addAction(tr("&Interim Report…"));
        interimPreview->setObjectName(QStringLiteral("interimReportPreviewAction"));
        interimPreview->setStatusTip(tr("The interim report with this year's figures in the print preview"));
        connect(interimPreview, &QAction::triggered, this,
                [previewReport] { previewReport(ReportKind::Interim); });
        QAction* finalPreview = reports->addAction(tr("&Final Report…"));
        finalPreview->setObjectName(QStringLiteral("finalReportPreviewAction"));
        finalPreview->setStatusTip(
            tr("The final report with the scores and the awards in the print preview"));
        connect(finalPreview, &QAction::triggered, this,
                [previewReport] { previewReport(ReportKind::Final); });
        reports->addSeparator();
        QAction* interimSave = reports->addAction(tr("Save the Interim Report (PDF, ODT)…"));
        interimSave->setObjectName(QStringLiteral("interimReportSaveAction"));
        connect(interimSave, &QAction::triggered, this, [saveReport] { saveReport(ReportKind::Interim); });
        QAction* finalSave = reports->addAction(tr("Save the Final Report (PDF, ODT)…"));
        finalSave->setObjectName(QStringLiteral("finalReportSaveAction"));
        connect(finalSave, &QAction::triggered, this, [saveReport] { saveReport(ReportKind::Final); });
        reports->addSeparator();
        QAction* texts = reports->addAction(tr("Report &Texts…"));
        texts->setObjectName(QStringLiteral("reportTextsAction"));
        texts->setStatusTip(tr("The text around the figures of the reports, with its placeholders"));
        connect(texts, &QAction::triggered, this, [this] {
            if (!m_db)
                return;
            ReportTextDialog dialog(m_context, ReportKind::Final, this);
            if (m_context.ask().dialog(dialog))
                statusBar()->showMessage(tr("The report texts are saved with the campaign."), 8000);
        });
        m_campaignActions << interimPreview << finalPreview << interimSave << finalSave << texts;
        m_writeActions << texts;
    }
    QAction* yearsAction = campaign->addAction(tr("Records across the &Years…"));
    yearsAction->setObjectName(QStringLiteral("recordsAcrossYearsAction"));
    yearsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y));
    yearsAction->setStatusTip(
        tr("A unit's or a person's entries, scores and awards in every campaign file of the folder"));
    connect(yearsAction, &QAction::triggered, this, &MainWindow::openHistory);
    QAction* statisticsAction = campaign->addAction(tr("&Statistics…"));
    statisticsAction->setObjectName(QStringLiteral("statisticsAction"));
    statisticsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    statisticsAction->setStatusTip(
        tr("The year's figures as tables and charts, for a period, and the years of the campaign folder"));
    connect(statisticsAction, &QAction::triggered, this, &MainWindow::openStatistics);
    m_campaignActions << statisticsAction;
    QAction* awardsAction = campaign->addAction(tr("&Awards…"));
    awardsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    awardsAction->setStatusTip(tr("Propose awards within the quotas, adjust them, print the decision"));
    connect(awardsAction, &QAction::triggered, this, &MainWindow::openAwards);
    m_campaignActions << awardsAction;

    m_campaignActions << newEntryAction << editAction << statusAction << deleteAction << settingsAction
                      << unitsAction << importAction << councilAction << scoresAction << meetingAction;
    QAction* exchangeAction = campaign->addAction(tr("Review &Packages and Returns…"));
    exchangeAction->setStatusTip(tr("Send council members their entries to score away from the office, and "
                                    "merge their score returns"));
    connect(exchangeAction, &QAction::triggered, this, &MainWindow::openReviewExchange);
    m_campaignActions << exchangeAction;
    m_writeActions << exchangeAction;

    // What writes is off while the campaign is read-only; the dialogs that show it (entry, settings, units,
    // council, awards) open read-only. Each is marked, so a test finds them all.
    m_writeActions << newEntryAction << statusAction << deleteAction << importAction << scoresAction
                   << meetingAction;
    for (QAction* a : std::as_const(m_writeActions))
        writes::mark(a);
    writes::mark(undo);
    writes::mark(redo);

    m_toolBar = addToolBar(tr("Entries"));
    m_toolBar->setObjectName(QStringLiteral("entriesToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->setMovable(false);
    for (QAction* a : {newEntryAction, editAction, statusAction, deleteAction})
        m_toolBar->addAction(a);
    m_toolBar->addSeparator();
    m_toolBar->addAction(undo);
    m_toolBar->addAction(redo);
    m_toolBar->addSeparator();
    m_toolBar->addAction(historyAction);
    m_toolBar->addAction(unitsAction);
    m_toolBar->addAction(settingsAction);
}

void MainWindow::loadFilterChoices()
{
    if (!m_db)
        return;
    CatalogRepository catalog(*m_db);
    auto categories = catalog.categories();
    auto unitKinds = catalog.unitKinds();
    auto units = catalog.units();
    QStringList kindNames;
    for (EntryKind k : {EntryKind::Initiative, EntryKind::TechnicalImprovement, EntryKind::UsefulSolution})
        kindNames << m_entries->model()->kindName(k);
    m_entries->filterBar()->setChoices(categories ? *categories : QList<ContentCategory>{},
                                       unitKinds ? *unitKinds : QList<UnitKind>{},
                                       units ? *units : QList<Unit>{}, kindNames);
}

void MainWindow::reloadEntries(qint64 selectId)
{
    if (!m_db)
        return;
    if (Status s = m_entries->model()->reload(*m_db); !s)
        showError(tr("Cannot read the entries"), ErrorWording::describe(s.error()));
    m_entries->selectEntry(selectId);
    showHistory(selectId ? selectId : m_entries->currentEntryId());
    updateCounts(m_entries->shownCount(), m_entries->totalCount());
}

void MainWindow::refreshEntries(const QList<qint64>& touched, qint64 selectId)
{
    if (!m_db)
        return;
    if (touched.isEmpty()) {
        reloadEntries(selectId);
        return;
    }
    // Only the touched rows are re-read: with 100,000 entries a full reload takes a second.
    if (Status s = m_entries->model()->refresh(*m_db, touched); !s)
        showError(tr("Cannot read the entries"), ErrorWording::describe(s.error()));
    m_entries->selectEntry(selectId);
    showHistory(selectId ? selectId : m_entries->currentEntryId());
    updateCounts(m_entries->shownCount(), m_entries->totalCount());
}

void MainWindow::openUsers()
{
    if (!m_db)
        return;
    if (m_readOnly) {
        showError(tr("Cannot change users"), m_readOnlyReason);
        return;
    }
    auto* dialog = new UsersDialog(m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, dialog] {
        // Turning roles on signs the first administrator in.
        if (!m_context.signedIn && dialog->signedIn()) {
            m_context.signedIn = dialog->signedIn();
            m_context.user = m_context.signedIn->login;
        }
        updateTitle();
    });
    dialog->open();
}

void MainWindow::openReviewExchange()
{
    if (!m_db)
        return;
    if (m_readOnly) {
        showError(tr("Cannot exchange review packages"), m_readOnlyReason);
        return;
    }
    auto* dialog = new ReviewExchangeDialog(m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ReviewExchangeDialog::scoresMerged, this,
            [this] { reloadEntries(m_entries->currentEntryId()); });
    dialog->open();
}

bool MainWindow::openScoreReturn(const QString& path)
{
    const QString title = tr("Cannot import the score return");
    if (!m_db) {
        showError(title, tr("The score return %1 is merged into the campaign it was scored for: open that "
                            "campaign (File › Open), then Campaign › Review Packages and Returns.")
                             .arg(QDir::toNativeSeparators(path)));
        return false;
    }
    if (m_readOnly) {
        showError(title, m_readOnlyReason);
        return false;
    }
    openReviewExchange();
    ReviewExchangeDialog* dialog = reviewExchangeDialog();
    if (!dialog)
        return false;
    dialog->setReturnFile(path);
    return true;
}

ReviewExchangeDialog* MainWindow::reviewExchangeDialog() const
{
    return findChild<ReviewExchangeDialog*>();
}

void MainWindow::openRestore()
{
    if (!m_db)
        return;
    auto* dialog = new RestoreDialog(BackupManager::defaultBackupDir(m_db->path()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RestoreDialog::restoreRequested, this,
            [this](const QString& backup) { restoreBackup(backup); });
    dialog->open();
}

bool MainWindow::restoreBackup(const QString& backupPath)
{
    if (!m_db)
        return false;
    const QString title = tr("Cannot restore the backup");
    if (m_readOnly) {
        showError(title, m_readOnlyReason);
        return false;
    }
    const QString path = m_db->path();
    if (!ask(tr("Restore"),
             tr("Replace the campaign with the backup %1? The current file is kept beside it as "
                "\"%2\"; Ctrl+Z cannot undo this.")
                 .arg(QFileInfo(backupPath).fileName(),
                      QFileInfo(path + QStringLiteral(".before-restore")).fileName())))
        return false;
    closeCampaign(); // releases the lock and the file
    if (Status s = BackupManager::restore(backupPath, path); !s) {
        showError(title, ErrorWording::describe(s.error()));
        openCampaign(path);
        return false;
    }
    return openCampaign(path);
}

void MainWindow::showHistory(qint64 entryId)
{
    m_history->showEntry(m_db.get(), entryId);
}

void MainWindow::newEntry()
{
    if (!m_db)
        return;
    Entry e;
    e.receivedOn = QDate::currentDate();
    openEditor(e);
}

void MainWindow::editCurrentEntry()
{
    if (!m_db)
        return;
    const qint64 id = m_entries->currentEntryId();
    if (!id)
        return;
    auto loaded = EntryRepository(*m_db).load(id);
    if (!loaded) {
        showError(tr("Cannot open the entry"), ErrorWording::describe(loaded.error()));
        return;
    }
    openEditor(*loaded);
}

void MainWindow::openEditor(const Entry& entry)
{
    if (m_editor) {
        m_editor->raise();
        m_editor->activateWindow();
        return;
    }
    auto* editor = new EntryEditorDialog(m_context, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->setEntry(entry);
    if (m_readOnly)
        editor->setReadOnly(m_readOnlyReason);
    // Duplicates are looked for in the other campaigns of the office's folder (File › Preferences), the
    // same files the records across the years read.
    QStringList earlier;
    for (const QString& path : CampaignHistory::campaignFiles(m_settings->campaignFolder()))
        if (QFileInfo(path).canonicalFilePath() != QFileInfo(m_db->path()).canonicalFilePath())
            earlier << path;
    editor->setEarlierCampaigns(earlier);
    editor->setSaver([this, editor](QString* why) { return saveEditor(editor, why); });
    m_editor = editor;
    // Window-modal but not blocking: the window keeps working for tests and for the event loop.
    editor->open();
}

bool MainWindow::saveEditor(EntryEditorDialog* editor, QString* why)
{
    if (!m_db)
        return false;
    if (m_readOnly) {
        if (why)
            *why = m_readOnlyReason;
        return false;
    }
    const Entry after = editor->entry();
    PapersChange papers = editor->papersChange();
    qint64 entryId = after.id;
    // The entry and its papers are one step: one transaction, one Ctrl+Z. A command whose write failed
    // is dropped by the stack; the editor then stays open with what was typed.
    EntryCommand* command = nullptr;
    if (editor->isNewEntry())
        command = new CreateEntryCommand(m_context, after, std::move(papers));
    else if (after != editor->originalEntry() || !papers.isEmpty())
        command = new EditEntryCommand(m_context, editor->originalEntry(), after, std::move(papers));
    else
        return true; // nothing changed
    const int before = m_undo->count();
    m_lastError.clear();
    m_undo->push(command); // runs redo(); deleted by the stack when it failed, after reporting why
    if (m_undo->count() == before) {
        if (why)
            *why = m_lastError;
        return false;
    }
    if (auto* created = dynamic_cast<const CreateEntryCommand*>(m_undo->command(m_undo->count() - 1)))
        entryId = created->entry().id;
    showHistory(entryId);
    return true;
}

bool MainWindow::deleteSelectedEntries()
{
    if (!m_db)
        return false;
    const QList<qint64> ids = m_entries->selectedEntryIds();
    if (ids.isEmpty())
        return false;
    QList<Entry> entries;
    EntryRepository repo(*m_db);
    for (qint64 id : ids) {
        auto e = repo.load(id);
        if (!e) {
            showError(tr("Cannot delete"), ErrorWording::describe(e.error()));
            return false;
        }
        entries << *e;
    }
    const QString question =
        entries.size() == 1 ? tr("Delete entry %1 “%2”?").arg(entries.first().code, entries.first().title)
                            : tr("Delete %1 entries?").arg(QLocale().toString(entries.size()));
    if (!ask(tr("Delete"), question + QLatin1Char('\n') + tr("Ctrl+Z brings it back.")))
        return false;
    const int before = m_undo->count();
    if (entries.size() == 1) {
        m_undo->push(new DeleteEntryCommand(m_context, entries.first()));
    } else {
        m_undo->beginMacro(tr("Delete %1 entries").arg(QLocale().toString(entries.size())));
        for (const Entry& e : std::as_const(entries))
            m_undo->push(new DeleteEntryCommand(m_context, e));
        m_undo->endMacro();
    }
    return m_undo->count() > before;
}

void MainWindow::changeStatusOfSelected()
{
    if (!m_db)
        return;
    QList<Entry> entries;
    EntryRepository repo(*m_db);
    for (qint64 id : m_entries->selectedEntryIds())
        if (auto e = repo.load(id))
            entries << *e;
    if (entries.isEmpty())
        return;
    auto* dialog = new StatusChangeDialog(entries, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QList<qint64> ids;
    for (const Entry& e : std::as_const(entries))
        ids << e.id;
    connect(dialog, &QDialog::accepted, this,
            [this, dialog, ids] { changeStatus(ids, dialog->target(), dialog->reason()); });
    dialog->open();
}

bool MainWindow::changeStatus(const QList<qint64>& entryIds, EntryStatus to, const QString& reason)
{
    if (!m_db || entryIds.isEmpty())
        return false;
    QList<Entry> entries;
    EntryRepository repo(*m_db);
    for (qint64 id : entryIds) {
        auto e = repo.load(id);
        if (!e) {
            showError(tr("Cannot change the status"), ErrorWording::describe(e.error()));
            return false;
        }
        entries << *e;
    }
    // Refused before anything is written, with the workflow's own words.
    for (const Entry& e : std::as_const(entries))
        if (const QString why = EntryWorkflow::refusal(e.status, to); !why.isEmpty()) {
            showError(tr("Cannot change the status"), e.code + QStringLiteral(": ") + why);
            return false;
        }
    const int before = m_undo->count();
    if (entries.size() == 1)
        m_undo->push(new ChangeStatusCommand(m_context, entries.first(), to, reason));
    else
        m_undo->push(new BulkChangeStatusCommand(m_context, entries, to, reason));
    return m_undo->count() > before;
}

void MainWindow::openCampaignSettings()
{
    if (!m_db)
        return;
    openOnce(m_settingsDialog, [this] {
        auto* dialog = new CampaignSettingsDialog(m_context, this);
        if (m_readOnly)
            dialog->setReadOnly(m_readOnlyReason);
        connect(dialog, &QDialog::accepted, this, [this] {
            if (auto c = CampaignRepository(*m_db).load())
                m_campaign = *c;
            updateTitle();
        });
        return dialog;
    });
}

void MainWindow::openImportWizard()
{
    if (!m_db)
        return;
    if (m_readOnly) {
        showError(tr("Cannot import"), m_readOnlyReason);
        return;
    }
    ImportWizard wizard(m_context, this);
    wizard.exec();
    // The wizard commits in one transaction of its own; show what it added.
    loadFilterChoices();
    reloadEntries(m_entries->currentEntryId());
}

void MainWindow::openUnits()
{
    if (!m_db)
        return;
    openOnce(m_unitsDialog, [this] {
        auto* dialog = new UnitsDialog(m_context, this);
        if (m_readOnly)
            dialog->setReadOnly(m_readOnlyReason);
        connect(dialog, &QDialog::finished, this, [this, dialog] {
            if (dialog->changedAnything()) {
                loadFilterChoices();
                reloadEntries(m_entries->currentEntryId());
            }
        });
        return dialog;
    });
}

void MainWindow::openCouncil()
{
    if (!m_db)
        return;
    openOnce(m_councilDialog, [this] {
        auto* dialog = new CouncilDialog(m_context, this);
        if (m_readOnly)
            dialog->setReadOnly(m_readOnlyReason);
        connect(dialog, &QDialog::finished, this, [this, dialog] {
            if (dialog->changedAnything())
                reloadEntries(m_entries->currentEntryId());
        });
        return dialog;
    });
}

void MainWindow::openScoreEntry()
{
    if (!m_db)
        return;
    if (m_readOnly) {
        showError(tr("Cannot enter scores"), m_readOnlyReason);
        return;
    }
    openOnce(m_scoreEntryDialog, [this] {
        auto* dialog = new ScoreEntryDialog(m_context, this);
        connect(dialog, &ScoreEntryDialog::scoresWritten, this,
                [this] { reloadEntries(m_entries->currentEntryId()); });
        return dialog;
    });
}

MeetingDialog* MainWindow::meetingDialog() const
{
    return m_meetingDialog.data();
}

void MainWindow::openMeeting()
{
    if (!m_db)
        return;
    if (m_readOnly) {
        showError(tr("Cannot record the meeting"), m_readOnlyReason);
        return;
    }
    openOnce(m_meetingDialog, [this] {
        auto* dialog = new MeetingDialog(m_context, this);
        return dialog;
    });
}

AwardsView* MainWindow::awardsView() const
{
    return m_awardsView;
}

void MainWindow::openAwards()
{
    if (!m_db)
        return;
    openOnce(m_awardsView, [this] {
        auto* view = new AwardsView(m_context, this);
        if (m_readOnly)
            view->setReadOnly(m_readOnlyReason);
        connect(view, &QDialog::finished, this, [this, view] {
            if (view->changedAnything())
                reloadEntries(m_entries->currentEntryId());
        });
        return view;
    });
}

void MainWindow::writeCouncilPaper(CouncilPapersExport::Paper paper)
{
    if (!m_db)
        return;
    const QString written =
        CouncilPapersExport::run(this, *m_db, m_context.ask(), paper, m_settings->exportDirectory());
    if (!written.isEmpty())
        statusBar()->showMessage(written, 8000);
}

void MainWindow::previewCouncilPaper(CouncilPapersExport::Paper paper)
{
    if (m_db)
        CouncilPapersExport::preview(this, *m_db, m_context.ask(), paper);
}

} // namespace sangkien
