#pragma once

#include "campaign_context.h"
#include "common/result.h"
#include "open_vote_dialog.h"
#include "prompts.h"
#include "review/ranking.h"
#include "storage/council_roster.h"
#include "storage/meeting_repository.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace sangkien {

class DateField;

class Database;

// The council's meeting, as its secretary keeps it: who attended (the quorum recomputed as members are
// ticked), then the recognition vote on each ranked entry, a secret ballot's counts or an open vote's
// choices member by member, with its result
// against the pass ratio of all members, and the minutes (Biên bản họp Hội đồng) printed as a PDF.
// Opens on the latest recorded meeting; "New Meeting" starts another. Each record is one transaction with
// its audit rows; a refusal says why and changes nothing.
class MeetingDialog : public QDialog
{
    Q_OBJECT

public:
    enum AttendanceColumn
    {
        MemberColumn, // the check box: present
        RoleColumn,
        AbsenceColumn // the reason given for an absence
    };
    enum VoteColumn
    {
        RankColumn,
        CodeColumn,
        TitleColumn,
        ScoreColumn,
        AgreeColumn,
        DisagreeColumn,
        BlankColumn,
        ResultColumn
    };

    explicit MeetingDialog(const CampaignContext& context, QWidget* parent = nullptr);

    bool changedAnything() const { return m_changed; }
    QString messageText() const;
    QString quorumText() const;
    qint64 meetingId() const { return m_meetingId; }

    // Ticks a member present or absent on the form (before the meeting is recorded).
    bool setPresent(qint64 memberId, bool present, const QString& absenceReason = {});
    // Records the meeting as the form shows it.
    Result<qint64> recordMeeting();
    // Clears the form for another meeting.
    void startNewMeeting();
    // Records a secret ballot's counts for the entry at the meeting shown.
    Result<VoteRecord> recordVote(qint64 entryId, int agree, int disagree, int blank);
    // The members present at the meeting shown, as an open vote on the entry lists them.
    QList<OpenVoter> openVoters(qint64 entryId) const;
    // Records an open vote: each voting member's choice.
    Result<VoteRecord> recordOpenVote(qint64 entryId, const QHash<qint64, Ballot>& ballots);
    // Secret ballots (counts typed in the table) or open votes (each member's choice in a dialog).
    void setOpenVoting(bool open);
    bool isOpenVoting() const;
    // The row of the votes table holding the entry, or -1.
    int voteRow(qint64 entryId) const;
    // Writes the minutes of the meeting shown: PDF, or ODT when the path ends in .odt.
    Status writeMinutes(const QString& path);
    // Shows the minutes in the print preview (Ctrl+P), from which they print; false when refused.
    bool previewMinutes();

private:
    void loadRoster();
    void loadMeeting(qint64 meetingId);
    void loadVotes();
    void updateQuorum();
    void recordVoteOfCurrentRow();
    // The vote's result in its row and below the table, or why it was refused.
    void showVote(const Result<VoteRecord>& vote);
    void printMinutesInteractively();
    void report(const Status& status, const QString& done = {});
    QSpinBox* countBox(int row, int column) const;
    QList<qint64> presentMembers() const;

    Database& m_db;
    QString m_user;
    QList<RosterMember> m_roster;
    QList<RankedEntry> m_ranked;
    double m_quorumRatio = 2.0 / 3.0;
    double m_passRatio = 2.0 / 3.0;
    qint64 m_meetingId = 0;
    DateField* m_date;
    QLineEdit* m_place;
    QLineEdit* m_notes;
    QTableWidget* m_attendance;
    QLabel* m_quorum;
    QPushButton* m_recordMeeting;
    QPushButton* m_newMeeting;
    QLabel* m_votesTitle;
    QTableWidget* m_votes;
    QComboBox* m_mode;
    QPushButton* m_recordVote;
    QPushButton* m_minutes;
    QPushButton* m_minutesPreview;
    QLabel* m_message;
    Prompts* m_prompts = &defaultPrompts();
    bool m_changed = false;
    bool m_filling = false;
};

} // namespace sangkien
