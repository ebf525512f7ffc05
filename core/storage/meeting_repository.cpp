#include "meeting_repository.h"

#include "audit_log.h"
#include "campaign_repository.h"
#include "common/text_limits.h"
#include "council_roster.h"
#include "database.h"
#include "entry_repository.h"
#include "review/conflicts.h"
#include "review/council_vote.h"
#include "sql_value.h"
#include "text/vietnamese_text.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>
#include <algorithm>
#include <climits>

namespace sangkien {

QString voteModeCode(VoteMode mode)
{
    return mode == VoteMode::Open ? QStringLiteral("open") : QStringLiteral("secret");
}

QString ballotCode(Ballot ballot)
{
    switch (ballot) {
    case Ballot::Agree:
        return QStringLiteral("agree");
    case Ballot::Disagree:
        return QStringLiteral("disagree");
    case Ballot::Abstain:
        break;
    }
    return QStringLiteral("abstain");
}

std::optional<Ballot> ballotFromCode(const QString& code)
{
    for (Ballot b : {Ballot::Agree, Ballot::Disagree, Ballot::Abstain})
        if (ballotCode(b) == code)
            return b;
    return std::nullopt;
}

namespace {

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

QJsonObject voteJson(const VoteRecord& v)
{
    QJsonObject o{{QStringLiteral("meeting_id"), v.meetingId},    {QStringLiteral("entry_id"), v.entryId},
                  {QStringLiteral("mode"), voteModeCode(v.mode)}, {QStringLiteral("agree"), v.agree},
                  {QStringLiteral("disagree"), v.disagree},       {QStringLiteral("blank"), v.blank},
                  {QStringLiteral("members"), v.members},         {QStringLiteral("passes"), v.passes}};
    if (v.mode == VoteMode::Open) {
        QList<qint64> ids = v.ballots.keys();
        std::sort(ids.begin(), ids.end());
        QJsonObject ballots;
        for (qint64 id : std::as_const(ids))
            ballots.insert(QString::number(id), ballotCode(v.ballots.value(id)));
        o.insert(QStringLiteral("ballots"), ballots);
    }
    return o;
}

} // namespace

MeetingRepository::MeetingRepository(Database& db, QString user)
    : m_db(db)
    , m_user(std::move(user))
{}

Result<qint64> MeetingRepository::record(Meeting& meeting, const QList<qint64>& present,
                                         const QHash<qint64, QString>& absenceReasons)
{
    if (!meeting.date.isValid())
        return Error{tr("Give the date of the meeting."), {}, ErrorKind::Refused};
    const auto roster = CouncilRoster::load(m_db);
    if (!roster)
        return roster.error();
    if (roster->isEmpty())
        return Error{tr("The council has no members yet."), {}, ErrorKind::Refused};
    const auto campaign = CampaignRepository(m_db).load();
    if (!campaign)
        return campaign.error();

    QSet<qint64> known;
    for (const RosterMember& r : *roster)
        known.insert(r.member.id);
    const QSet<qint64> presentSet(present.begin(), present.end());
    for (qint64 id : present)
        if (!known.contains(id))
            return Error{tr("No council member has the id %1.").arg(id), {}, ErrorKind::Refused};
    for (auto it = absenceReasons.begin(); it != absenceReasons.end(); ++it)
        if (!known.contains(it.key()))
            return Error{tr("No council member has the id %1.").arg(it.key()), {}, ErrorKind::Refused};
    for (qint64 id : {meeting.chairId, meeting.secretaryId})
        if (id != 0 && !known.contains(id))
            return Error{tr("No council member has the id %1.").arg(id), {}, ErrorKind::Refused};
    if (auto ok = TextLimits::check(meeting.place, TextLimits::kTitle, tr("The place")); !ok)
        return ok.error();
    if (auto ok = TextLimits::check(meeting.notes, TextLimits::kText, tr("The notes")); !ok)
        return ok.error();
    for (const QString& reason : absenceReasons)
        if (auto ok = TextLimits::check(reason, TextLimits::kText, tr("A reason for absence")); !ok)
            return ok.error();
    // A meeting below its quorum cannot vote: it is refused here, once, for the window and the CLI alike.
    const int members = int(roster->size());
    const int presentCount = int(presentSet.size());
    if (!CouncilVote::quorumMet(presentCount, members, campaign->quorumRatio))
        return Error{
            tr("The meeting has no quorum: %1 of %2 members present, at least %3 needed. Nothing was "
               "recorded.")
                .arg(presentCount)
                .arg(members)
                .arg(CouncilVote::needed(members, campaign->quorumRatio)),
            m_db.path(), ErrorKind::Refused};
    // Who chairs or keeps the minutes signs them, so must be there.
    if (meeting.chairId != 0 && !presentSet.contains(meeting.chairId))
        return Error{tr("Member %1 is absent and cannot chair the meeting.").arg(meeting.chairId),
                     {},
                     ErrorKind::Refused};
    if (meeting.secretaryId != 0 && !presentSet.contains(meeting.secretaryId))
        return Error{
            tr("Member %1 is absent and cannot keep the minutes as secretary.").arg(meeting.secretaryId),
            {},
            ErrorKind::Refused};

    // The chair and the secretary default to the council's own.
    for (const RosterMember& r : *roster) {
        if (meeting.chairId == 0 && r.member.role == CouncilRole::Chair)
            meeting.chairId = r.member.id;
        if (meeting.secretaryId == 0 && r.member.role == CouncilRole::Secretary)
            meeting.secretaryId = r.member.id;
    }

    meeting.attendance.clear();
    for (const RosterMember& r : *roster) {
        const bool here = presentSet.contains(r.member.id);
        meeting.attendance.append(
            {r.member.id, here, here ? QString() : text::clean(absenceReasons.value(r.member.id))});
    }
    meeting.place = text::clean(meeting.place);
    meeting.notes = text::clean(meeting.notes);
    meeting.members = int(roster->size());
    meeting.present = int(presentSet.size());
    meeting.quorumRatio = campaign->quorumRatio;
    meeting.quorum = CouncilVote::quorumMet(meeting.present, meeting.members, meeting.quorumRatio);

    qint64 id = 0;
    const Status done = m_db.transaction([&]() -> Status {
        QSqlQuery q(m_db.connection());
        q.prepare(
            QStringLiteral("INSERT INTO meeting (held_on, place, chair_id, secretary_id, notes, members, "
                           "present, quorum_ratio, quorum, created_at, created_by) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(meeting.date.toString(Qt::ISODate));
        q.addBindValue(sql::text(meeting.place));
        q.addBindValue(sql::idOrNull(meeting.chairId));
        q.addBindValue(sql::idOrNull(meeting.secretaryId));
        q.addBindValue(sql::text(meeting.notes));
        q.addBindValue(meeting.members);
        q.addBindValue(meeting.present);
        q.addBindValue(meeting.quorumRatio);
        q.addBindValue(meeting.quorum ? 1 : 0);
        q.addBindValue(now());
        q.addBindValue(sql::text(m_user));
        if (!q.exec())
            return sqlError(q, QStringLiteral("meeting"));
        id = q.lastInsertId().toLongLong();
        QJsonArray presentJson;
        QJsonObject absentJson;
        for (const Attendance& a : std::as_const(meeting.attendance)) {
            q.prepare(QStringLiteral("INSERT INTO meeting_attendance (meeting_id, member_id, present, "
                                     "absence_reason) VALUES (?, ?, ?, ?)"));
            q.addBindValue(id);
            q.addBindValue(a.memberId);
            q.addBindValue(a.present ? 1 : 0);
            q.addBindValue(sql::text(a.absenceReason));
            if (!q.exec())
                return sqlError(q, QStringLiteral("meeting_attendance"));
            if (a.present)
                presentJson.append(a.memberId);
            else
                absentJson.insert(QString::number(a.memberId), a.absenceReason);
        }
        const QJsonObject after{{QStringLiteral("date"), meeting.date.toString(Qt::ISODate)},
                                {QStringLiteral("place"), meeting.place},
                                {QStringLiteral("chair_id"), meeting.chairId},
                                {QStringLiteral("secretary_id"), meeting.secretaryId},
                                {QStringLiteral("notes"), meeting.notes},
                                {QStringLiteral("members"), meeting.members},
                                {QStringLiteral("present"), presentJson},
                                {QStringLiteral("absent"), absentJson},
                                {QStringLiteral("quorum"), meeting.quorum}};
        return AuditLog(m_db).record(m_user, QStringLiteral("create"), QStringLiteral("meeting"), id,
                                     meeting.date.toString(Qt::ISODate), {}, after);
    });
    if (!done)
        return done.error();
    meeting.id = id;
    return id;
}

Result<Meeting> MeetingRepository::load(qint64 meetingId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, held_on, place, chair_id, secretary_id, notes, members, present, "
                             "quorum_ratio, quorum FROM meeting WHERE id = ?"));
    q.addBindValue(meetingId);
    if (!q.exec())
        return sqlError(q, QStringLiteral("meeting"));
    if (!q.next())
        return Error{tr("No meeting has the id %1.").arg(meetingId), {}, ErrorKind::Refused};
    Meeting m;
    m.id = q.value(0).toLongLong();
    m.date = QDate::fromString(q.value(1).toString(), Qt::ISODate);
    m.place = q.value(2).toString();
    m.chairId = q.value(3).toLongLong();
    m.secretaryId = q.value(4).toLongLong();
    m.notes = q.value(5).toString();
    m.members = q.value(6).toInt();
    m.present = q.value(7).toInt();
    m.quorumRatio = q.value(8).toDouble();
    m.quorum = q.value(9).toInt() != 0;

    const auto roster = CouncilRoster::load(m_db);
    if (!roster)
        return roster.error();
    QHash<qint64, int> order;
    for (qsizetype i = 0; i < roster->size(); ++i)
        order.insert(roster->at(i).member.id, int(i));
    q.prepare(QStringLiteral("SELECT member_id, present, absence_reason FROM meeting_attendance "
                             "WHERE meeting_id = ?"));
    q.addBindValue(meetingId);
    if (!q.exec())
        return sqlError(q, QStringLiteral("meeting_attendance"));
    while (q.next())
        m.attendance.append({q.value(0).toLongLong(), q.value(1).toInt() != 0, q.value(2).toString()});
    std::stable_sort(m.attendance.begin(), m.attendance.end(), [&](const Attendance& a, const Attendance& b) {
        return order.value(a.memberId, INT_MAX) < order.value(b.memberId, INT_MAX);
    });
    return m;
}

Result<qint64> MeetingRepository::latestId() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM meeting")) || !q.next())
        return sqlError(q, QStringLiteral("meeting"));
    return q.value(0).toLongLong();
}

Result<QString> MeetingRepository::entryCode(qint64 entryId) const
{
    const auto code = EntryRepository(m_db).codeOf(entryId);
    if (!code)
        return code.error();
    if (!*code)
        return Error{tr("No entry has the id %1.").arg(entryId), {}, ErrorKind::Refused};
    return **code;
}

Result<VoteRecord> MeetingRepository::recordSecretVote(qint64 meetingId, qint64 entryId, int agree,
                                                       int disagree, int blank)
{
    const auto meeting = load(meetingId);
    if (!meeting)
        return meeting.error();
    const auto code = entryCode(entryId);
    if (!code)
        return code.error();
    if (agree < 0 || disagree < 0 || blank < 0 || qint64(agree) + disagree + blank > meeting->present)
        return Error{tr("The ballots do not add up: %1 agree, %2 disagree and %3 blank, but only %4 members "
                        "are present.")
                         .arg(agree)
                         .arg(disagree)
                         .arg(blank)
                         .arg(meeting->present),
                     *code, ErrorKind::Refused};
    VoteRecord v;
    v.meetingId = meetingId;
    v.entryId = entryId;
    v.entryCode = *code;
    v.mode = VoteMode::Secret;
    v.agree = agree;
    v.disagree = disagree;
    v.blank = blank;
    return storeVote(*meeting, v);
}

Result<VoteRecord> MeetingRepository::recordOpenVote(qint64 meetingId, qint64 entryId,
                                                     const QHash<qint64, Ballot>& ballots)
{
    const auto meeting = load(meetingId);
    if (!meeting)
        return meeting.error();
    const auto code = entryCode(entryId);
    if (!code)
        return code.error();
    QHash<qint64, bool> presence;
    for (const Attendance& a : meeting->attendance)
        presence.insert(a.memberId, a.present);
    const auto conflicts = ConflictTable::load(m_db);
    if (!conflicts)
        return conflicts.error();
    QList<qint64> ids = ballots.keys();
    std::sort(ids.begin(), ids.end());
    VoteRecord v;
    for (qint64 id : std::as_const(ids)) {
        if (!presence.contains(id))
            return Error{tr("No council member has the id %1.").arg(id), *code, ErrorKind::Refused};
        if (!presence.value(id))
            return Error{tr("Member %1 is absent from the meeting and cannot vote.").arg(id), *code,
                         ErrorKind::Refused};
        if (conflicts->excluded(id, entryId))
            return Error{tr("Member %1 may not vote on this entry (conflict of interest: %2).")
                             .arg(id)
                             .arg(conflicts->reason(id, entryId)),
                         *code, ErrorKind::Refused};
        switch (ballots.value(id)) {
        case Ballot::Agree:
            ++v.agree;
            break;
        case Ballot::Disagree:
            ++v.disagree;
            break;
        case Ballot::Abstain:
            ++v.blank;
            break;
        }
    }
    v.meetingId = meetingId;
    v.entryId = entryId;
    v.entryCode = *code;
    v.mode = VoteMode::Open;
    v.ballots = ballots;
    return storeVote(*meeting, v);
}

Result<VoteRecord> MeetingRepository::storeVote(const Meeting& meeting, VoteRecord vote)
{
    const auto campaign = CampaignRepository(m_db).load();
    if (!campaign)
        return campaign.error();
    vote.members = meeting.members;
    vote.passRatio = campaign->passRatio;
    vote.needed = CouncilVote::needed(meeting.members, vote.passRatio);
    const auto decided = CouncilVote::decide(meeting.present, vote.agree, vote.disagree, meeting.members,
                                             vote.passRatio, meeting.quorumRatio);
    if (!decided)
        return Error{decided.error().message, vote.entryCode, decided.error().kind};
    vote.passes = *decided;

    // A second vote on the same entry at the same meeting replaces the first; the trail keeps both.
    std::optional<VoteRecord> previous;
    const auto existing = votes(meeting.id);
    if (!existing)
        return existing.error();
    for (const VoteRecord& r : *existing)
        if (r.entryId == vote.entryId)
            previous = r;

    const Status done = m_db.transaction([&]() -> Status {
        QSqlQuery q(m_db.connection());
        if (previous) {
            q.prepare(QStringLiteral("DELETE FROM meeting_ballot WHERE vote_id = ?"));
            q.addBindValue(previous->id);
            if (!q.exec())
                return sqlError(q, vote.entryCode);
            q.prepare(QStringLiteral("DELETE FROM meeting_vote WHERE id = ?"));
            q.addBindValue(previous->id);
            if (!q.exec())
                return sqlError(q, vote.entryCode);
        }
        q.prepare(
            QStringLiteral("INSERT INTO meeting_vote (meeting_id, entry_id, mode, agree, disagree, blank, "
                           "members, pass_ratio, passes, voted_at, voted_by) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(vote.meetingId);
        q.addBindValue(vote.entryId);
        q.addBindValue(voteModeCode(vote.mode));
        q.addBindValue(vote.agree);
        q.addBindValue(vote.disagree);
        q.addBindValue(vote.blank);
        q.addBindValue(vote.members);
        q.addBindValue(vote.passRatio);
        q.addBindValue(vote.passes ? 1 : 0);
        q.addBindValue(now());
        q.addBindValue(sql::text(m_user));
        if (!q.exec())
            return sqlError(q, vote.entryCode);
        vote.id = q.lastInsertId().toLongLong();
        for (auto it = vote.ballots.cbegin(); it != vote.ballots.cend(); ++it) {
            q.prepare(
                QStringLiteral("INSERT INTO meeting_ballot (vote_id, member_id, choice) VALUES (?, ?, ?)"));
            q.addBindValue(vote.id);
            q.addBindValue(it.key());
            q.addBindValue(ballotCode(it.value()));
            if (!q.exec())
                return sqlError(q, vote.entryCode);
        }
        return AuditLog(m_db).record(m_user, previous ? QStringLiteral("update") : QStringLiteral("create"),
                                     QStringLiteral("meeting_vote"), vote.id, vote.entryCode,
                                     previous ? voteJson(*previous) : QJsonObject(), voteJson(vote));
    });
    if (!done)
        return done.error();
    return vote;
}

Result<QList<VoteRecord>> MeetingRepository::votes(qint64 meetingId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT v.id, v.entry_id, e.code, v.mode, v.agree, v.disagree, v.blank, v.members, "
                       "v.pass_ratio, v.passes FROM meeting_vote v JOIN entry e ON e.id = v.entry_id "
                       "WHERE v.meeting_id = ? ORDER BY e.code"));
    q.addBindValue(meetingId);
    if (!q.exec())
        return sqlError(q, QStringLiteral("meeting_vote"));
    QList<VoteRecord> list;
    while (q.next()) {
        VoteRecord v;
        v.id = q.value(0).toLongLong();
        v.meetingId = meetingId;
        v.entryId = q.value(1).toLongLong();
        v.entryCode = q.value(2).toString();
        v.mode = q.value(3).toString() == QLatin1String("open") ? VoteMode::Open : VoteMode::Secret;
        v.agree = q.value(4).toInt();
        v.disagree = q.value(5).toInt();
        v.blank = q.value(6).toInt();
        v.members = q.value(7).toInt();
        v.passRatio = q.value(8).toDouble();
        v.needed = CouncilVote::needed(v.members, v.passRatio);
        v.passes = q.value(9).toInt() != 0;
        list.append(v);
    }
    QSqlQuery b(m_db.connection());
    for (VoteRecord& v : list) {
        if (v.mode != VoteMode::Open)
            continue;
        b.prepare(QStringLiteral("SELECT member_id, choice FROM meeting_ballot WHERE vote_id = ?"));
        b.addBindValue(v.id);
        if (!b.exec())
            return sqlError(b, QStringLiteral("meeting_ballot"));
        while (b.next())
            v.ballots.insert(b.value(0).toLongLong(),
                             ballotFromCode(b.value(1).toString()).value_or(Ballot::Abstain));
    }
    return list;
}

} // namespace sangkien
