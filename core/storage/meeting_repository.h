#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace sangkien {

class Database;

// One council member at a meeting: present, or absent with the reason given.
struct Attendance
{
    qint64 memberId = 0;
    bool present = false;
    QString absenceReason;
    bool operator==(const Attendance&) const = default;
};

// The council's meeting (Circular 18/2013/TT-BKHCN, Art. 8): valid with at least the quorum ratio of all
// members present.
struct Meeting
{
    qint64 id = 0;
    QDate date;
    QString place;
    qint64 chairId = 0;     // 0: the council's chair
    qint64 secretaryId = 0; // 0: the council's secretary
    QString notes;
    QList<Attendance> attendance; // every council member, in the roster's order
    int members = 0;              // the council's size at the meeting
    int present = 0;
    double quorumRatio = 2.0 / 3.0;
    bool quorum = false;
    bool operator==(const Meeting&) const = default;
};

enum class VoteMode
{
    Open,  // show of hands: each present member's choice is kept
    Secret // secret ballot: counts only, no names
};
QString voteModeCode(VoteMode mode); // "open", "secret"

enum class Ballot
{
    Agree,
    Disagree,
    Abstain
};
QString ballotCode(Ballot ballot); // "agree", "disagree", "abstain"
std::optional<Ballot> ballotFromCode(const QString& code);

// The recognition vote on one entry, with its result against the pass ratio of ALL members.
struct VoteRecord
{
    qint64 id = 0;
    qint64 meetingId = 0;
    qint64 entryId = 0;
    QString entryCode;
    VoteMode mode = VoteMode::Secret;
    int agree = 0;
    int disagree = 0;
    int blank = 0;                 // blank ballots (secret) or abstentions (open)
    QHash<qint64, Ballot> ballots; // open votes only: member → choice
    int members = 0;
    double passRatio = 2.0 / 3.0;
    int needed = 0; // agreeing members the entry needs
    bool passes = false;
    bool operator==(const VoteRecord&) const = default;
};

// The meeting's records: attendance and votes. Every write is one transaction with its audit rows; a
// refused write changes nothing.
class MeetingRepository
{
    Q_DECLARE_TR_FUNCTIONS(MeetingRepository)

public:
    MeetingRepository(Database& db, QString user);

    // Records a meeting: present lists the members present, every other member is absent (with the reason
    // in absenceReasons, if given). Refuses an unknown member, a council without members, a missing date
    // and a meeting below the quorum (the campaign's quorum ratio of all members): a meeting without quorum
    // cannot vote, so nothing is recorded. Sets meeting.id and the counts.
    Result<qint64> record(Meeting& meeting, const QList<qint64>& present,
                          const QHash<qint64, QString>& absenceReasons = {});

    Result<Meeting> load(qint64 meetingId) const;
    // The latest meeting's id, or 0 when none is recorded.
    Result<qint64> latestId() const;

    // A secret ballot: counts only. Refused without quorum, or when the ballots outnumber those present.
    Result<VoteRecord> recordSecretVote(qint64 meetingId, qint64 entryId, int agree, int disagree,
                                        int blank = 0);
    // An open vote: each voting member's choice. Refused without quorum, for a member absent from the
    // meeting or not on the council, and for a member a conflict of interest excludes from the entry.
    Result<VoteRecord> recordOpenVote(qint64 meetingId, qint64 entryId, const QHash<qint64, Ballot>& ballots);

    // The meeting's votes, by entry code.
    Result<QList<VoteRecord>> votes(qint64 meetingId) const;

private:
    Result<VoteRecord> storeVote(const Meeting& meeting, VoteRecord vote);
    Result<QString> entryCode(qint64 entryId) const;

    Database& m_db;
    QString m_user;
};

} // namespace sangkien
