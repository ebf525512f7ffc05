#pragma once

#include "campaign_context.h"
#include "common/result.h"
#include "models/score_grid_model.h"
#include "prompts.h"
#include "storage/user_accounts.h"

#include <QDialog>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;

namespace sangkien {

class Database;
class ScoreGridView;

// The clerk types in a council member's paper sheets: choose the member, type the points entry by entry
// (Return moves down, Tab across), save as a draft or submit the complete sheets. Only the chosen
// member's own scores are ever shown. Each save is one transaction with its audit rows.
class ScoreEntryDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ScoreEntryDialog(const CampaignContext& context, QWidget* parent = nullptr);

    ScoreGridModel* model() const { return m_model; }
    QString messageText() const;
    QString progressText() const;
    QString lastError() const { return m_lastError; }
    // True when something was written: the window then re-reads its entries.
    bool changedAnything() const { return m_changed; }

    qint64 currentMemberId() const;
    // Shows the member's grid (asking about unsaved changes first); false when the member stays.
    bool selectMember(qint64 memberId);
    bool saveDraft();
    // Submits the complete sheets (asks first when interactive) and saves the others as drafts.
    bool submitSheets();
    // Turns the submitted sheet of the row back into a draft, with the reason in the trail (asked for
    // when interactive and none is given).
    bool reopenSheet(int row, const QString& reason = {});

signals:
    void scoresWritten();

public slots:
    // Leaving asks about unsaved changes first (the window's close button comes here too).
    void reject() override;

private:
    void loadMembers();
    void loadGrid();
    bool write(bool submit);
    // Asks what to do with unsaved changes; true when the caller may go on.
    bool settleUnsaved();
    void updateProgress();
    void showMessage(const QString& text, bool error);

    Database& m_db;
    QString m_user;
    ScoreGridModel* m_model;
    QComboBox* m_member;
    ScoreGridView* m_view;
    QLabel* m_message;
    QLabel* m_progress;
    QPushButton* m_save;
    QPushButton* m_submit;
    QPushButton* m_reopen;
    std::optional<UserRole> m_role;
    QList<ScoreGridRow> m_loaded; // the rows as stored, to see which sheets were emptied
    qint64 m_shownMember = 0;
    Prompts* m_prompts = &defaultPrompts();
    bool m_changed = false;
    QString m_lastError;
};

} // namespace sangkien
