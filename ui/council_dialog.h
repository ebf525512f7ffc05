#pragma once

#include "campaign_context.h"
#include "common/result.h"
#include "domain/council_member.h"
#include "domain/unit.h"
#include "prompts.h"
#include "storage/council_repository.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace sangkien {

class Database;
class UnitCompleter;

// The role as the council's papers write it: chair, vice-chair, secretary, member.
QString councilRoleName(CouncilRole role);

// Asks for one council member's name, role, position and unit (adding or editing).
class CouncilMemberForm : public QDialog
{
    Q_OBJECT

public:
    CouncilMemberForm(const QList<Unit>& units, QWidget* parent = nullptr);
    void setMember(const CouncilMember& member);
    CouncilMember member() const;

    void accept() override;

private:
    CouncilMember m_member;
    QLineEdit* m_name;
    QComboBox* m_role;
    QLineEdit* m_position;
    QLineEdit* m_unit;
    UnitCompleter* m_completer;
    QLabel* m_message;
};

// The council: its members (add, edit, remove), and for the selected member the entries they score
// (ticked; every member scores every entry until the clerk assigns subsets) with the conflicts of
// interest, automatic ones greyed with their reason. The clerk adds or lifts a conflict with a reason.
// Every change is one transaction with its audit row.
class CouncilDialog : public QDialog
{
    Q_OBJECT

public:
    enum MemberColumn
    {
        NameColumn,
        RoleColumn,
        PositionColumn,
        UnitColumn
    };
    enum EntryColumn
    {
        ScoresColumn, // the check box and the entry's code
        TitleColumn,
        StatusColumn,
        ConflictColumn
    };

    explicit CouncilDialog(const CampaignContext& context, QWidget* parent = nullptr);

    // A campaign open read-only: everything can be looked at, nothing changed (every button that writes is
    // off and every write refused with reason).
    void setReadOnly(const QString& reason);
    bool isReadOnly() const { return !m_readOnlyReason.isEmpty(); }
    QString lastError() const { return m_lastError; }
    QString messageText() const;
    QString assignmentText() const;
    bool changedAnything() const { return m_changed; }

    Result<qint64> addMember(CouncilMember member);
    Status updateMember(const CouncilMember& member);
    Status removeMember(qint64 memberId);
    bool selectMember(qint64 memberId);
    qint64 currentMemberId() const;
    // Whether the selected member scores the entry.
    Status setAssigned(qint64 entryId, bool assigned);
    // Adds (excluded) or lifts a conflict of the selected member with the entry.
    Status setConflict(qint64 entryId, bool excluded, const QString& reason);
    // The selected member's view of the entries, as last loaded.
    const QList<MemberEntry>& memberEntries() const { return m_memberEntries; }
    int entryRow(qint64 entryId) const;

private:
    void reloadMembers(qint64 selectId);
    void reloadEntries();
    void addInteractively();
    void editInteractively();
    void removeInteractively();
    void conflictInteractively();
    void onEntryChanged(int row, int column);
    void updateButtons();
    void report(const Status& status, const QString& done = {});

    Database& m_db;
    QString m_user;
    QList<Unit> m_units;
    QList<CouncilMember> m_roster;
    QList<MemberEntry> m_memberEntries;
    QTableWidget* m_members;
    QTableWidget* m_entries;
    QLabel* m_entriesTitle;
    QLabel* m_assignment;
    QLabel* m_message;
    QPushButton* m_edit;
    QPushButton* m_remove;
    QPushButton* m_conflict;
    bool m_filling = false;
    Prompts* m_prompts = &defaultPrompts();
    QString m_readOnlyReason;
    bool m_changed = false;
    QString m_lastError;
};

} // namespace sangkien
