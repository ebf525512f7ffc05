#pragma once

#include "prompts.h"
#include "review/review_draft.h"
#include "review/review_package.h"

#include <QMainWindow>
#include <QString>
#include <functional>

class QAction;
class QLabel;
class QSplitter;
class QTimer;

namespace sangkien {

class ReviewDocumentsPanel;
class ScoreGridModel;
class ScoreGridView;

// Review mode: a council member scores a review package on a laptop, away from the office. Only the
// scoring grid and the papers of the current entry. Every change is sealed into a local draft within a
// second (restored when the package is opened again), and "Write score return…" writes the sealed
// .skscores file the clerk imports with the same PIN.
class ReviewWindow : public QMainWindow
{
    Q_OBJECT

public:
    static constexpr int kAutosaveDelayMs = 1000;

    // draftDirectory: where drafts live; ReviewDraft::defaultDirectory() when empty.
    ReviewWindow(OpenedPackage package, QString packagePath, const QString& draftDirectory = {},
                 QWidget* parent = nullptr);
    ~ReviewWindow() override;

    // Where message boxes and file dialogs go (defaultPrompts() unless set).
    void setPrompts(Prompts& prompts) { m_prompts = &prompts; }
    // Where "Write score return…" writes, instead of asking (tests).
    void setReturnPath(const QString& path) { m_returnPath = path; }

    const ReviewPackageContent& content() const { return m_package.content; }
    ScoreGridModel* model() const { return m_model; }
    QString packagePath() const { return m_packagePath; }

    // The return's file name suggested beside the package: Diem-<member folded>-<year>.skscores.
    QString suggestedReturnPath() const;
    // Where the last score return was written (empty: none yet, also in an earlier session).
    QString returnPath() const { return m_place.returnPath; }
    // Opens the folder of the last score return with the file manager (setFolderOpener in tests).
    bool openReturnFolder();
    void setFolderOpener(std::function<bool(const QString&)> opener) { m_folderOpener = std::move(opener); }
    // What the window says when the package's return was written in an earlier session; empty otherwise.
    QString returnNotice() const { return m_returnNotice; }
    // The reason shown beside the grid for a refused value; empty when none is left.
    QString refusalNote() const;

    // Ctrl+ / Ctrl- / Ctrl+0: the grid and the papers larger or smaller; 100 is the normal size.
    int zoomPercent() const { return m_zoom; }
    void setZoomPercent(int percent);
    // Gives the grid its whole width when the window is wide enough, the papers the rest.
    void arrangePanes();
    // Checks every sheet, asks where (or takes setReturnPath), seals and writes the return.
    bool writeReturn();
    // The sheets that are not complete: "SK-2024-0003: novelty, feasibility" per entry; empty when none.
    QStringList missingScores() const;

    // Seals the grid into the draft now (the timer does it after every change).
    bool saveDraft();
    QString draftPath() const;
    bool draftRestored() const { return m_draftRestored; }
    bool autosavePending() const;
    // Changes not yet written as a score return.
    bool hasUnreturnedChanges() const { return m_unreturned; }

    QString statusText() const;
    QString lastError() const { return m_lastError; }
    QString lastMessage() const { return m_lastMessage; }
    int remindersShown() const { return m_reminders; }

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    // Hooks for what would wait on the user.
    virtual QString askReturnPath();
    virtual void showError(const QString& title, const QString& message);
    virtual void showMessage(const QString& title, const QString& message);
    // At closing with changes not written as a return: true to write it now.
    virtual bool remindToWriteReturn();

private:
    void createActions();
    void restoreDraft();
    void gridChanged();
    void currentRowChanged(int row);
    void updateStatus();
    void updateRefusalNote();
    void fitToScreen();
    ReviewDraftPlace currentPlace() const;
    void goToPlace(const ReviewDraftPlace& place);

    OpenedPackage m_package;
    QString m_packagePath;
    ReviewDraft m_draft;
    ScoreGridModel* m_model = nullptr;
    ScoreGridView* m_grid = nullptr;
    ReviewDocumentsPanel* m_documents = nullptr;
    QSplitter* m_splitter = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_saved = nullptr;
    QLabel* m_notice = nullptr;
    QLabel* m_refusal = nullptr;
    QAction* m_openFolder = nullptr;
    QFont m_baseFont;
    int m_zoom = 100;
    ReviewDraftPlace m_place;      // where the member is and what was written, as saved in the draft
    ReviewDraftPlace m_savedPlace; // the place as last written to the draft
    QString m_returnNotice;
    std::function<bool(const QString&)> m_folderOpener;
    QTimer* m_autosave = nullptr;
    qint64 m_revision = 0;
    Prompts* m_prompts = &defaultPrompts();
    bool m_draftRestored = false;
    bool m_unreturned = false;
    bool m_loading = false;
    int m_reminders = 0;
    QString m_returnPath;
    QString m_lastError;
    QString m_lastMessage;
};

} // namespace sangkien
