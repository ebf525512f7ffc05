#pragma once

#include "council_papers_export.h"
#include "domain/campaign.h"
#include "domain/entry.h"
#include "storage/user_accounts.h"
#include "undo_commands.h"

#include <QDesktopServices>
#include <QMainWindow>
#include <QPointer>
#include <QStringList>
#include <QUrl>
#include <functional>
#include <memory>
#include <optional>

class QAction;
class QLabel;
class QLineEdit;
class QMenu;
class QStackedWidget;
class QTableView;
class QUndoStack;
class QDockWidget;
class QToolBar;

namespace sangkien {

struct NewCampaignRequest;

class AppSettings;
class AwardsView;
class CampaignSession;
class Database;
class EntriesFilterModel;
class EntriesModel;
class EntriesView;
class EntryEditorDialog;
class CampaignSettingsDialog;
class CouncilDialog;
class HistoryPanel;
class RecentFiles;
class ReviewExchangeDialog;
class MeetingDialog;
class Prompts;
class ScoreEntryDialog;
class UnitsDialog;

// The program's window: the open campaign's entries with a search field, the File menu, the counts.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // settingsFile: an INI file to keep settings in instead of the user's (tests).
    explicit MainWindow(const QString& settingsFile = {}, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens a campaign file and shows its entries. On failure tells the user why and keeps the campaign
    // that was open before.
    // A file another program is writing is offered read-only; a damaged one is not written to, and the
    // latest good backup is offered instead.
    bool openCampaign(const QString& path, bool readOnly = false);
    // Creates a campaign file from the 2024 template at path and opens it.
    bool newCampaign(const QString& path, const QString& templateId = QStringLiteral("hungyen-2024"));
    // File › New Campaign: the dialog (a template or an earlier campaign), then the new file opened.
    void startNewCampaign();
    // Campaign › Records across the Years, over the office's campaign folder (File › Preferences).
    void openHistory();
    void openStatistics();
    // Help › About: the version, the licence and where the data is.
    QString aboutText() const;
    void showAbout();
    // File › Open the Campaign's Folder, through the system's file manager (tests give their own opener).
    void openCampaignFolder();
    void setFolderOpener(std::function<bool(const QString&)> opener) { m_folderOpener = std::move(opener); }
    // Makes the campaign a NewCampaignDialog asked for and opens it; false with a message when it cannot.
    bool createCampaign(const NewCampaignRequest& request);
    void closeCampaign();
    // Opens the most recently used campaign, if any still exists.
    bool openMostRecent();

    // Every question, message box and file dialog goes through these (defaultPrompts(): the real dialogs,
    // or the scripted answers tests install).
    Prompts& prompts() const { return m_context.ask(); }
    bool isReadOnly() const { return m_readOnly; }
    // Why the campaign is open read-only (another program writes it, the file or its folder is read-only),
    // as every refusal and the status bar say it; empty when it is not.
    QString readOnlyReason() const { return m_readOnly ? m_readOnlyReason : QString(); }
    // Who signed in, when the campaign has roles on.
    const std::optional<AppUser>& signedInUser() const { return m_context.signedIn; }
    void openUsers();
    void openReviewExchange();
    // A member's score return given to the program (a double click on a .skscores file) belongs to a
    // campaign: it opens the review exchange of the campaign that is open with the file chosen, the PIN
    // left to type. false (and lastError, said on screen) when no campaign is open or it is read-only.
    bool openScoreReturn(const QString& path);
    // The review exchange dialog while one is open.
    ReviewExchangeDialog* reviewExchangeDialog() const;
    CampaignSession* session() const { return m_session.get(); }
    // Lists the campaign's backups and puts the chosen one back (the current file is kept aside).
    void openRestore();
    bool restoreBackup(const QString& backupPath);
    QString lastError() const { return m_lastError; }

    bool hasCampaign() const { return m_db != nullptr; }
    Database* database() const { return m_db.get(); }
    const Campaign& campaign() const { return m_campaign; }
    QString campaignPath() const;

    EntriesModel* entriesModel() const;
    EntriesFilterModel* filterModel() const;
    QString statusText() const;
    QStringList recentFiles() const;

    // Every change to entries goes through this stack (Ctrl+Z, Ctrl+Y / Ctrl+Shift+Z).
    QUndoStack* undoStack() const { return m_undo; }
    // The entry editor, settings or units dialog while one is open (window-modal, not blocking).
    EntryEditorDialog* entryEditor() const;
    CampaignSettingsDialog* settingsDialog() const;
    UnitsDialog* unitsDialog() const;
    // The council dialog and the score entry dialog while one is open (window-modal, not blocking).
    CouncilDialog* councilDialog() const;
    ScoreEntryDialog* scoreEntryDialog() const;
    MeetingDialog* meetingDialog() const;
    // The awards view (Campaign ▸ Awards, Ctrl+Shift+K) while it is open.
    AwardsView* awardsView() const;
    QString userName() const { return m_context.user; }

    void newEntry();
    void editCurrentEntry();
    // Deletes the selected entries after asking (when interactive); undoable.
    bool deleteSelectedEntries();
    // Opens the status dialog for the selected entries.
    void changeStatusOfSelected();
    // Moves entries to a status through the undo stack; false (and lastError) when refused.
    bool changeStatus(const QList<qint64>& entryIds, EntryStatus to, const QString& reason = {});
    void openCampaignSettings();
    void openUnits();
    void openImportWizard();
    void openCouncil();
    void openScoreEntry();
    void openMeeting();
    void openAwards();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void writeCouncilPaper(CouncilPapersExport::Paper paper);
    void previewCouncilPaper(CouncilPapersExport::Paper paper);
    void createActions();
    void createHelpMenu();
    void updateTitle();
    bool ask(const QString& title, const QString& question);
    void showError(const QString& title, const QString& message);
    QString askCampaignToOpen();
    void updateCounts(int shown, int total);
    void updateActions();
    void rebuildRecentMenu();
    void rememberRecent(const QString& path);
    void createEntryActions();
    void reloadEntries(qint64 selectId);
    void refreshEntries(const QList<qint64>& touched, qint64 selectId);
    void loadFilterChoices();
    void openEditor(const Entry& entry);
    bool saveEditor(EntryEditorDialog* editor, QString* why = nullptr);
    void showHistory(qint64 entryId);

    std::unique_ptr<AppSettings> m_settings;
    QPointer<QDialog> m_helpWindow;
    std::function<bool(const QString&)> m_folderOpener = [](const QString& folder) {
        return QDesktopServices::openUrl(QUrl::fromLocalFile(folder));
    };
    std::unique_ptr<RecentFiles> m_recent;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<CampaignSession> m_session; // after m_db: released before the database closes
    bool m_readOnly = false;
    QString m_readOnlyReason;
    QString m_nextReadOnlyReason; // why the opening under way is read-only
    QLabel* m_readOnlyLabel = nullptr;
    QList<QAction*> m_writeActions; // disabled in a read-only campaign
    Campaign m_campaign;

    QStackedWidget* m_pages = nullptr;
    QWidget* m_welcome = nullptr;
    EntriesView* m_entries = nullptr;
    QLabel* m_counts = nullptr;
    QMenu* m_recentMenu = nullptr;
    QAction* m_closeAction = nullptr;
    QAction* m_findAction = nullptr;
    QList<QAction*> m_campaignActions; // enabled only while a campaign is open
    QUndoStack* m_undo = nullptr;
    CommandContext m_context;
    HistoryPanel* m_history = nullptr;
    QDockWidget* m_historyDock = nullptr;
    QToolBar* m_toolBar = nullptr;
    QPointer<EntryEditorDialog> m_editor;
    QPointer<CampaignSettingsDialog> m_settingsDialog;
    QPointer<UnitsDialog> m_unitsDialog;
    QPointer<CouncilDialog> m_councilDialog;
    QPointer<ScoreEntryDialog> m_scoreEntryDialog;
    QPointer<MeetingDialog> m_meetingDialog;
    QPointer<AwardsView> m_awardsView;

    QString m_lastError;
};

} // namespace sangkien
