#include "main_window.h"

#include "app_settings.h"
#include "entries_view.h"
#include "models/entries_filter_model.h"
#include "models/entries_model.h"
#include "recent_files.h"
#include "storage/campaign_repository.h"
#include "storage/campaign_template.h"
#include "storage/database.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>
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
    connect(m_entries, &EntriesView::countsChanged, this, &MainWindow::updateCounts);

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
    statusBar()->addPermanentWidget(m_counts);

    createActions();
    connect(newButton, &QPushButton::clicked, this, [this] {
        if (const QString path = askNewCampaignPath(); !path.isEmpty())
            newCampaign(path);
    });
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

    QAction* newAction = file->addAction(tr("&New…"));
    newAction->setShortcut(QKeySequence::New);
    newAction->setStatusTip(tr("Create a campaign file from the 2024 plan"));
    connect(newAction, &QAction::triggered, this, [this] {
        if (const QString path = askNewCampaignPath(); !path.isEmpty())
            newCampaign(path);
    });

    QAction* openAction = file->addAction(tr("&Open…"));
    openAction->setShortcut(QKeySequence::Open);
    openAction->setStatusTip(tr("Open a campaign file"));
    connect(openAction, &QAction::triggered, this, [this] {
        if (const QString path = askCampaignToOpen(); !path.isEmpty())
            openCampaign(path);
    });

    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setToolTipsVisible(true);
    // Rebuilt each time it opens, so files deleted meanwhile are never offered.
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    rebuildRecentMenu();

    file->addSeparator();
    m_closeAction = file->addAction(tr("&Close"));
    m_closeAction->setShortcut(QKeySequence::Close);
    connect(m_closeAction, &QAction::triggered, this, &MainWindow::closeCampaign);

    file->addSeparator();
    QAction* quitAction = file->addAction(tr("&Quit"));
    quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q)); // QKeySequence::Quit is empty on Windows
    quitAction->setMenuRole(QAction::QuitRole);
    connect(quitAction, &QAction::triggered, this, &QWidget::close);

    m_findAction = new QAction(tr("&Find"), this);
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setShortcutContext(Qt::WindowShortcut);
    connect(m_findAction, &QAction::triggered, m_entries, &EntriesView::focusSearch);
    addAction(m_findAction);
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

QLineEdit* MainWindow::searchField() const
{
    return m_entries->searchField();
}

QTableView* MainWindow::tableView() const
{
    return m_entries->tableView();
}

QString MainWindow::statusText() const
{
    return m_counts->text();
}

QStringList MainWindow::recentFiles() const
{
    return m_recent->files();
}

bool MainWindow::openCampaign(const QString& path)
{
    const QString title = tr("Cannot open the campaign");
    auto opened = Database::open(path);
    if (!opened) {
        showError(title, opened.error().text());
        return false;
    }
    std::unique_ptr<Database> db = std::move(opened.value());
    auto campaign = CampaignRepository(*db).load();
    if (!campaign) {
        showError(title, campaign.error().text());
        return false;
    }
    // The model is filled only when everything read well, so a failure leaves the old campaign shown.
    if (Status loaded = m_entries->model()->reload(*db); !loaded) {
        showError(title, loaded.error().text());
        if (m_db)
            m_entries->model()->reload(*m_db);
        return false;
    }
    m_db = std::move(db);
    m_campaign = std::move(campaign.value());
    m_pages->setCurrentWidget(m_entries);
    rememberRecent(m_db->path());
    m_settings->setLastDirectory(QFileInfo(m_db->path()).absolutePath());
    updateTitle();
    updateActions();
    m_entries->applySearchNow(); // a search typed before still applies, and the counts are fresh
    return true;
}

bool MainWindow::newCampaign(const QString& path)
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
    auto created = createCampaign(target, QLatin1String(CampaignTemplate::kDefaultId));
    if (!created) {
        showError(tr("Cannot create the campaign"), created.error().text());
        return false;
    }
    created.value().reset(); // reopened below through the one path that also fills the window
    return openCampaign(target);
}

void MainWindow::closeCampaign()
{
    m_entries->model()->clear();
    m_db.reset();
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
    setWindowTitle(tr("%1 — %2 (%3)").arg(file, shortened(m_campaign.name, 60)).arg(m_campaign.year));
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
    m_settings->setWindowGeometry(saveGeometry());
    m_settings->setWindowState(saveState());
    m_settings->setEntriesHeaderState(m_entries->headerState());
    m_settings->sync();
    QMainWindow::closeEvent(event);
}

void MainWindow::showError(const QString& title, const QString& message)
{
    m_lastError = message;
    if (m_interactive)
        QMessageBox::critical(this, title, message);
    else
        qWarning("%s: %s", qUtf8Printable(title), qUtf8Printable(message));
}

QString MainWindow::askNewCampaignPath()
{
    if (!m_interactive)
        return {};
    const QString suggested = QDir(m_settings->lastDirectory())
                                  .filePath(tr("campaign-%1").arg(QDate::currentDate().year()) +
                                            QLatin1Char('.') + QLatin1String(Database::kFileSuffix));
    // Overwriting is refused by newCampaign() itself, with a message, so the dialog need not ask.
    return QFileDialog::getSaveFileName(this, tr("New campaign"), suggested, fileFilter(), nullptr,
                                        QFileDialog::DontConfirmOverwrite);
}

QString MainWindow::askCampaignToOpen()
{
    if (!m_interactive)
        return {};
    return QFileDialog::getOpenFileName(this, tr("Open campaign"), m_settings->lastDirectory(), fileFilter());
}

} // namespace sangkien
