#pragma once

#include "prompts.h"
#include "review/review_draft.h"
#include "review/review_package.h"

#include <QMainWindow>
#include <QString>

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
    ScoreGridView* grid() const { return m_grid; }
    ReviewDocumentsPanel* documents() const { return m_documents; }
    QString packagePath() const { return m_packagePath; }

    // The return's file name suggested beside the package: <member>-<campaign>.skscores.
    QString suggestedReturnPath() const;
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

    OpenedPackage m_package;
    QString m_packagePath;
    ReviewDraft m_draft;
    ScoreGridModel* m_model = nullptr;
    ScoreGridView* m_grid = nullptr;
    ReviewDocumentsPanel* m_documents = nullptr;
    QSplitter* m_splitter = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_saved = nullptr;
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
