#include "recognition_query.h"

#include "database.h"
#include "review/council_vote.h"

#include <QSqlQuery>

namespace sangkien {

Result<QHash<qint64, RecognitionVote>> RecognitionQuery::latestVotes() const
{
    QSqlQuery q(m_db.connection());
    // Oldest first: a later meeting's vote on the same entry overwrites the earlier one below.
    if (!q.exec(
            QStringLiteral("SELECT v.entry_id, m.id, m.held_on, v.agree, v.disagree, v.blank, v.members, "
                           "v.pass_ratio, v.passes FROM meeting_vote v JOIN meeting m ON m.id = v.meeting_id "
                           "WHERE m.quorum = 1 ORDER BY m.held_on, m.id, v.id")))
        return sqlError(q, QStringLiteral("meeting_vote"));
    QHash<qint64, RecognitionVote> votes;
    while (q.next()) {
        RecognitionVote v;
        v.meetingId = q.value(1).toLongLong();
        v.meetingDate = QDate::fromString(q.value(2).toString(), Qt::ISODate);
        v.agree = q.value(3).toInt();
        v.disagree = q.value(4).toInt();
        v.blank = q.value(5).toInt();
        v.members = q.value(6).toInt();
        v.needed = CouncilVote::needed(v.members, q.value(7).toDouble());
        v.passes = q.value(8).toInt() != 0;
        votes.insert(q.value(0).toLongLong(), v);
    }
    return votes;
}

} // namespace sangkien
