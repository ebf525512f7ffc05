#include "trail_coverage.h"

#include "audit_log.h"
#include "database.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMap>
#include <QSet>
#include <QSqlQuery>
#include <cmath>

namespace sangkien {
namespace {

const QString kScoreSheet = QStringLiteral("score_sheet");
const QString kAward = QStringLiteral("award");
const QString kVote = QStringLiteral("meeting_vote");

// A score sheet as the comparison sees it: who, which entry, its status and points by criterion code.
struct Sheet
{
    QString entryCode;
    qint64 memberId = 0;
    QString status;
    QMap<QString, double> points;
};

// A vote's counted result; its ballots follow from the same row.
struct Vote
{
    QString entryCode;
    qint64 meetingId = 0;
    qint64 entryId = 0;
    int agree = 0;
    int disagree = 0;
    int blank = 0;
    bool passes = false;
};

QJsonObject parse(const QString& text)
{
    return text.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(text.toUtf8()).object();
}

QString voteKey(qint64 meetingId, qint64 entryId)
{
    return QString::number(meetingId) + QLatin1Char('/') + QString::number(entryId);
}

QJsonObject sheetJson(const Sheet& s)
{
    QJsonObject points;
    for (auto it = s.points.cbegin(); it != s.points.cend(); ++it)
        points.insert(it.key(), it.value());
    return {{QStringLiteral("member"), s.memberId},
            {QStringLiteral("entry"), s.entryCode},
            {QStringLiteral("status"), s.status},
            {QStringLiteral("points"), points}};
}

QJsonObject voteJson(const Vote& v)
{
    return {{QStringLiteral("meeting_id"), v.meetingId}, {QStringLiteral("entry_id"), v.entryId},
            {QStringLiteral("agree"), v.agree},          {QStringLiteral("disagree"), v.disagree},
            {QStringLiteral("blank"), v.blank},          {QStringLiteral("passes"), v.passes}};
}

// What the tables hold now.
struct Stored
{
    QHash<qint64, Sheet> sheets;
    QMap<QString, QString> awards; // entry code → award form code
    QHash<QString, Vote> votes;    // "meeting/entry" → vote
    QSet<QString> entryCodes;
    QSet<qint64> memberIds;
    QSet<qint64> meetingIds;
};

// What the trail says they should hold.
struct Trailed
{
    QHash<qint64, Sheet> sheets;
    QMap<QString, QString> awards;
    bool awardsTrailed = false;
    QHash<QString, Vote> votes;
};

Result<Stored> readStored(Database& db)
{
    Stored s;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT code FROM entry")))
        return sqlError(q, QStringLiteral("entry"));
    while (q.next())
        s.entryCodes.insert(q.value(0).toString());
    if (!q.exec(QStringLiteral("SELECT id FROM council_member")))
        return sqlError(q, QStringLiteral("council_member"));
    while (q.next())
        s.memberIds.insert(q.value(0).toLongLong());
    if (!q.exec(QStringLiteral("SELECT id FROM meeting")))
        return sqlError(q, QStringLiteral("meeting"));
    while (q.next())
        s.meetingIds.insert(q.value(0).toLongLong());
    if (!q.exec(QStringLiteral("SELECT sh.id, e.code, sh.member_id, sh.status, c.code, s.points "
                               "FROM score_sheet sh JOIN entry e ON e.id = sh.entry_id "
                               "LEFT JOIN score s ON s.sheet_id = sh.id "
                               "LEFT JOIN criterion c ON c.id = s.criterion_id ORDER BY sh.id")))
        return sqlError(q, kScoreSheet);
    while (q.next()) {
        Sheet& sheet = s.sheets[q.value(0).toLongLong()];
        sheet.entryCode = q.value(1).toString();
        sheet.memberId = q.value(2).toLongLong();
        sheet.status = q.value(3).toString();
        if (!q.value(4).isNull())
            sheet.points.insert(q.value(4).toString(), q.value(5).toDouble());
    }
    if (!q.exec(QStringLiteral("SELECT e.code, f.code FROM award a JOIN entry e ON e.id = a.entry_id "
                               "JOIN award_form f ON f.id = a.award_form_id")))
        return sqlError(q, kAward);
    while (q.next())
        s.awards.insert(q.value(0).toString(), q.value(1).toString());
    if (!q.exec(QStringLiteral("SELECT v.meeting_id, v.entry_id, e.code, v.agree, v.disagree, v.blank, "
                               "v.passes FROM meeting_vote v JOIN entry e ON e.id = v.entry_id")))
        return sqlError(q, kVote);
    while (q.next()) {
        Vote v{q.value(2).toString(), q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(3).toInt(),
               q.value(4).toInt(),    q.value(5).toInt(),      q.value(6).toInt() != 0};
        s.votes.insert(voteKey(v.meetingId, v.entryId), v);
    }
    return s;
}

Result<Trailed> replayTrail(Database& db)
{
    Trailed t;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(
            QStringLiteral("SELECT table_name, action, record_id, record_label, after_json FROM audit_log "
                           "WHERE table_name IN ('score_sheet', 'award', 'meeting_vote') ORDER BY id")))
        return sqlError(q, QStringLiteral("audit_log"));
    while (q.next()) {
        const QString table = q.value(0).toString();
        const QString action = q.value(1).toString();
        const QJsonObject after = parse(q.value(4).toString());
        if (table == kScoreSheet) {
            const qint64 id = q.value(2).toLongLong();
            if (after.isEmpty()) {
                t.sheets.remove(id);
                continue;
            }
            Sheet s;
            s.entryCode = after.value(QStringLiteral("entry")).toString();
            s.memberId = after.value(QStringLiteral("member")).toInteger();
            s.status = after.value(QStringLiteral("status")).toString();
            const QJsonObject points = after.value(QStringLiteral("points")).toObject();
            for (auto it = points.begin(); it != points.end(); ++it)
                s.points.insert(it.key(), it.value().toDouble());
            t.sheets.insert(id, s);
        } else if (table == kAward) {
            t.awardsTrailed = true;
            // A proposal (or a baseline) states every award; a single award change names its entry.
            if (after.contains(QStringLiteral("entry")) && after.value(QStringLiteral("form")).isString() &&
                action != QLatin1String("allocate") && action != QLatin1String("baseline")) {
                t.awards.insert(after.value(QStringLiteral("entry")).toString(),
                                after.value(QStringLiteral("form")).toString());
            } else if (after.isEmpty() && action != QLatin1String("allocate") &&
                       action != QLatin1String("baseline")) {
                t.awards.remove(q.value(3).toString());
            } else {
                t.awards.clear();
                for (auto it = after.begin(); it != after.end(); ++it)
                    t.awards.insert(it.key(), it.value().toString());
            }
        } else {
            if (after.isEmpty())
                continue;
            Vote v;
            v.meetingId = after.value(QStringLiteral("meeting_id")).toInteger();
            v.entryId = after.value(QStringLiteral("entry_id")).toInteger();
            v.entryCode = q.value(3).toString();
            v.agree = after.value(QStringLiteral("agree")).toInt();
            v.disagree = after.value(QStringLiteral("disagree")).toInt();
            v.blank = after.value(QStringLiteral("blank")).toInt();
            v.passes = after.value(QStringLiteral("passes")).toBool();
            t.votes.insert(voteKey(v.meetingId, v.entryId), v);
        }
    }
    return t;
}

QString number(double v)
{
    return QLocale().toString(v, 'g', 10);
}

// The first difference between a stored sheet and the trail's, in words; empty when they agree.
QString sheetDifference(const Sheet& stored, const Sheet& trailed)
{
    if (stored.status != trailed.status)
        return TrailCoverage::tr("status %1 in the file, %2 in the trail").arg(stored.status, trailed.status);
    QSet<QString> criteria;
    for (auto it = stored.points.cbegin(); it != stored.points.cend(); ++it)
        criteria.insert(it.key());
    for (auto it = trailed.points.cbegin(); it != trailed.points.cend(); ++it)
        criteria.insert(it.key());
    QStringList sorted(criteria.begin(), criteria.end());
    sorted.sort();
    for (const QString& c : std::as_const(sorted)) {
        const auto s = stored.points.constFind(c);
        const auto t = trailed.points.constFind(c);
        const QString inFile = s == stored.points.cend() ? TrailCoverage::tr("none") : number(*s);
        const QString inTrail = t == trailed.points.cend() ? TrailCoverage::tr("none") : number(*t);
        if (s == stored.points.cend() || t == trailed.points.cend() || std::abs(*s - *t) > 1e-9)
            return TrailCoverage::tr("%1: %2 in the file, %3 in the trail").arg(c, inFile, inTrail);
    }
    return QString();
}

} // namespace

Result<QList<Error>> TrailCoverage::differences() const
{
    auto stored = readStored(m_db);
    if (!stored)
        return stored.error();
    auto trailed = replayTrail(m_db);
    if (!trailed)
        return trailed.error();
    QList<Error> found;
    const QString outside = tr("changed outside the program");

    QList<qint64> sheetIds = stored->sheets.keys();
    std::sort(sheetIds.begin(), sheetIds.end());
    for (qint64 id : std::as_const(sheetIds)) {
        const Sheet& s = stored->sheets.value(id);
        const auto t = trailed->sheets.constFind(id);
        if (t == trailed->sheets.cend()) {
            found << Error{tr("Member %1's score sheet is not in the audit trail: it was written outside the "
                              "program.")
                               .arg(s.memberId),
                           s.entryCode, ErrorKind::Damaged};
            continue;
        }
        if (const QString diff = sheetDifference(s, *t); !diff.isEmpty())
            found << Error{tr("Member %1's scores differ from the audit trail (%2): %3.")
                               .arg(s.memberId)
                               .arg(diff, outside),
                           s.entryCode, ErrorKind::Damaged};
    }
    QList<qint64> trailedIds = trailed->sheets.keys();
    std::sort(trailedIds.begin(), trailedIds.end());
    for (qint64 id : std::as_const(trailedIds)) {
        const Sheet& t = trailed->sheets.value(id);
        // An entry or a member deleted by the program takes its sheets with it.
        if (!stored->sheets.contains(id) && stored->entryCodes.contains(t.entryCode) &&
            stored->memberIds.contains(t.memberId))
            found << Error{tr("Member %1's score sheet, in the audit trail, is missing from the file: it was "
                              "deleted outside the program.")
                               .arg(t.memberId),
                           t.entryCode, ErrorKind::Damaged};
    }

    // Awards: compared for the entries that still exist (deleting an entry takes its award along).
    if (trailed->awardsTrailed || !stored->awards.isEmpty()) {
        QSet<QString> codes;
        for (auto it = stored->awards.cbegin(); it != stored->awards.cend(); ++it)
            codes.insert(it.key());
        for (auto it = trailed->awards.cbegin(); it != trailed->awards.cend(); ++it)
            if (stored->entryCodes.contains(it.key()))
                codes.insert(it.key());
        QStringList sorted(codes.begin(), codes.end());
        sorted.sort();
        for (const QString& code : std::as_const(sorted)) {
            const QString inFile = stored->awards.value(code);
            const QString inTrail = trailed->awards.value(code);
            if (inFile == inTrail)
                continue;
            const QString none = tr("none");
            found << Error{
                tr("The entry's award differs from the audit trail (%1 in the file, %2 in the "
                   "trail): %3.")
                    .arg(inFile.isEmpty() ? none : inFile, inTrail.isEmpty() ? none : inTrail, outside),
                code, ErrorKind::Damaged};
        }
    }

    // Votes, by meeting and entry.
    QStringList voteKeys = stored->votes.keys();
    for (auto it = trailed->votes.cbegin(); it != trailed->votes.cend(); ++it)
        if (!stored->votes.contains(it.key()) && stored->meetingIds.contains(it->meetingId) &&
            stored->entryCodes.contains(it->entryCode))
            voteKeys << it.key();
    voteKeys.sort();
    for (const QString& key : std::as_const(voteKeys)) {
        const auto s = stored->votes.constFind(key);
        const auto t = trailed->votes.constFind(key);
        if (s == stored->votes.cend()) {
            found << Error{
                tr("The council's vote at meeting %1, in the audit trail, is missing from the file: "
                   "it was deleted outside the program.")
                    .arg(t->meetingId),
                t->entryCode, ErrorKind::Damaged};
        } else if (t == trailed->votes.cend()) {
            found << Error{tr("The council's vote at meeting %1 is not in the audit trail: it was written "
                              "outside the program.")
                               .arg(s->meetingId),
                           s->entryCode, ErrorKind::Damaged};
        } else if (s->agree != t->agree || s->disagree != t->disagree || s->blank != t->blank ||
                   s->passes != t->passes) {
            found << Error{
                tr("The council's vote at meeting %1 differs from the audit trail (%2-%3-%4 in the "
                   "file, %5-%6-%7 in the trail): %8.")
                    .arg(s->meetingId)
                    .arg(s->agree)
                    .arg(s->disagree)
                    .arg(s->blank)
                    .arg(t->agree)
                    .arg(t->disagree)
                    .arg(t->blank)
                    .arg(outside),
                s->entryCode, ErrorKind::Damaged};
        }
    }
    return found;
}

Status TrailCoverage::recordBaseline(const QString& user)
{
    auto stored = readStored(m_db);
    if (!stored)
        return stored.error();
    auto trailed = replayTrail(m_db);
    if (!trailed)
        return trailed.error();
    AuditLog::Batch batch(m_db, user);
    QList<qint64> sheetIds = stored->sheets.keys();
    std::sort(sheetIds.begin(), sheetIds.end());
    for (qint64 id : std::as_const(sheetIds)) {
        if (trailed->sheets.contains(id))
            continue;
        const Sheet& s = stored->sheets.value(id);
        if (Status r =
                batch.append(QStringLiteral("baseline"), kScoreSheet, id,
                             QStringLiteral("%1 / %2").arg(s.entryCode).arg(s.memberId), {}, sheetJson(s));
            !r)
            return r;
    }
    QStringList voteKeys = stored->votes.keys();
    voteKeys.sort();
    for (const QString& key : std::as_const(voteKeys)) {
        if (trailed->votes.contains(key))
            continue;
        const Vote& v = stored->votes.value(key);
        if (Status r = batch.append(QStringLiteral("baseline"), kVote, 0, v.entryCode, {}, voteJson(v)); !r)
            return r;
    }
    if (stored->awards != trailed->awards) {
        QJsonObject awards;
        for (auto it = stored->awards.cbegin(); it != stored->awards.cend(); ++it)
            awards.insert(it.key(), it.value());
        if (Status r =
                batch.append(QStringLiteral("baseline"), kAward, 0, tr("awards as stored"), {}, awards);
            !r)
            return r;
    }
    return batch.finish();
}

} // namespace sangkien
