#include "score_sheet_repository.h"

#include "review/conflicts.h"
#include "services/score_statuses.h"
#include "storage/audit_log.h"
#include "storage/database.h"
#include "storage/entry_repository.h"
#include "storage/rules_repository.h"
#include "storage/sql_value.h"
#include "text/vietnamese_text.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlQuery>
#include <cmath>

namespace sangkien {
namespace {

QString statusCode(SheetStatus s)
{
    return s == SheetStatus::Submitted ? QStringLiteral("submitted") : QStringLiteral("draft");
}

QJsonObject sheetJson(const ScoreSheet& sheet, const QString& entryCode, const QHash<qint64, QString>& codes)
{
    QJsonObject points;
    for (auto it = sheet.points.constBegin(); it != sheet.points.constEnd(); ++it)
        points.insert(codes.value(it.key(), QString::number(it.key())), it.value());
    return QJsonObject{
        {QStringLiteral("member"), sheet.memberId},           {QStringLiteral("entry"), entryCode},
        {QStringLiteral("status"), statusCode(sheet.status)}, {QStringLiteral("comment"), sheet.comment},
        {QStringLiteral("revision"), sheet.revision},         {QStringLiteral("points"), points}};
}

bool samePoints(const QHash<qint64, double>& a, const QHash<qint64, double>& b)
{
    if (a.size() != b.size())
        return false;
    for (auto it = a.constBegin(); it != a.constEnd(); ++it) {
        const auto other = b.constFind(it.key());
        if (other == b.constEnd() || std::abs(*other - *it) > 1e-9)
            return false;
    }
    return true;
}

} // namespace

ScoreSheetRepository::ScoreSheetRepository(Database& db, QString user)
    : m_db(db)
    , m_user(std::move(user))
{}

Result<QSet<qint64>> ScoreSheetRepository::submittedMembers(qint64 entryId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT member_id FROM score_sheet WHERE entry_id = ? AND status = 'submitted'"));
    q.addBindValue(entryId);
    if (!q.exec())
        return sqlError(q, QStringLiteral("score_sheet"));
    QSet<qint64> members;
    while (q.next())
        members.insert(q.value(0).toLongLong());
    return members;
}

Result<QString> ScoreSheetRepository::memberName(qint64 memberId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT full_name FROM council_member WHERE id = ?"));
    q.addBindValue(memberId);
    if (!q.exec())
        return sqlError(q, QStringLiteral("council_member"));
    if (!q.next())
        return Error{tr("There is no council member with the id %1.").arg(memberId),
                     tr("member %1").arg(memberId), ErrorKind::Refused};
    return q.value(0).toString();
}

Result<ScoreGridTarget> ScoreSheetRepository::gridTarget() const
{
    ScoreGridTarget target;
    auto criteria = RulesRepository(m_db).criteria();
    if (!criteria)
        return criteria.error();
    for (const Criterion& c : *criteria)
        target.maxByCriterion.insert(c.code, c.maxPoints);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, code FROM entry")))
        return sqlError(q, QStringLiteral("entry"));
    while (q.next())
        target.entryIds.insert(q.value(1).toString(), q.value(0).toLongLong());
    return target;
}

Result<QHash<QString, qint64>> ScoreSheetRepository::criterionIds() const
{
    auto criteria = RulesRepository(m_db).criteria();
    if (!criteria)
        return criteria.error();
    QHash<QString, qint64> ids;
    for (const Criterion& c : *criteria)
        ids.insert(c.code, c.id);
    return ids;
}

Result<std::optional<ScoreSheet>> ScoreSheetRepository::find(qint64 memberId, qint64 entryId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, status, comment, submitted_at, revision FROM score_sheet "
                             "WHERE member_id = ? AND entry_id = ?"));
    q.addBindValue(memberId);
    q.addBindValue(entryId);
    if (!q.exec())
        return sqlError(q, QStringLiteral("score_sheet"));
    if (!q.next())
        return std::optional<ScoreSheet>{};
    ScoreSheet s;
    s.id = q.value(0).toLongLong();
    s.memberId = memberId;
    s.entryId = entryId;
    s.status =
        q.value(1).toString() == QLatin1String("submitted") ? SheetStatus::Submitted : SheetStatus::Draft;
    s.comment = q.value(2).toString();
    s.submittedAt = QDateTime::fromString(q.value(3).toString(), Qt::ISODate);
    s.revision = q.value(4).toLongLong();
    q.prepare(QStringLiteral("SELECT criterion_id, points FROM score WHERE sheet_id = ?"));
    q.addBindValue(s.id);
    if (!q.exec())
        return sqlError(q, QStringLiteral("score"));
    while (q.next())
        s.points.insert(q.value(0).toLongLong(), q.value(1).toDouble());
    return std::optional<ScoreSheet>{s};
}

Result<QList<ScoreSheet>> ScoreSheetRepository::forMember(qint64 memberId) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT sh.id, sh.entry_id, sh.status, sh.comment, sh.submitted_at, "
                       "sc.criterion_id, sc.points, sh.revision FROM score_sheet sh "
                       "LEFT JOIN score sc ON sc.sheet_id = sh.id WHERE sh.member_id = ? ORDER BY sh.id"));
    q.addBindValue(memberId);
    if (!q.exec())
        return sqlError(q, QStringLiteral("score_sheet"));
    QList<ScoreSheet> sheets;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (sheets.isEmpty() || sheets.last().id != id) {
            ScoreSheet s;
            s.id = id;
            s.memberId = memberId;
            s.entryId = q.value(1).toLongLong();
            s.status = q.value(2).toString() == QLatin1String("submitted") ? SheetStatus::Submitted
                                                                           : SheetStatus::Draft;
            s.comment = q.value(3).toString();
            s.submittedAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODate);
            s.revision = q.value(7).toLongLong();
            sheets << s;
        }
        if (!q.value(5).isNull())
            sheets.last().points.insert(q.value(5).toLongLong(), q.value(6).toDouble());
    }
    return sheets;
}

Result<QList<Error>> ScoreSheetRepository::check(qint64 memberId, const QList<SheetWrite>& sheets,
                                                 const Policy& policy) const
{
    QList<Error> errors;
    if (auto name = memberName(memberId); !name) {
        errors << name.error();
        return errors;
    }
    auto criteria = RulesRepository(m_db).criteria();
    if (!criteria)
        return criteria.error();
    QHash<qint64, Criterion> byId;
    for (const Criterion& c : *criteria)
        byId.insert(c.id, c);
    auto conflicts = ConflictTable::load(m_db);
    if (!conflicts)
        return conflicts.error();

    const EntryRepository entries(m_db);
    for (const SheetWrite& w : sheets) {
        const QString where = w.place.isEmpty() ? w.entryCode : w.place;
        auto found = entries.codeOf(w.entryId);
        if (!found)
            return Error{found.error().message, where, found.error().kind};
        if (!*found) {
            errors << Error{tr("There is no entry %1.").arg(w.entryCode), where, ErrorKind::Refused};
            continue;
        }
        const QString code = **found;
        if (conflicts->excluded(memberId, w.entryId)) {
            errors << Error{
                tr("Member %1 has a conflict of interest with the entry %2 (%3) and does not score it.")
                    .arg(memberId)
                    .arg(code, conflicts->reason(memberId, w.entryId)),
                where, ErrorKind::Refused};
            continue;
        }
        if (!conflicts->eligibleMembers(w.entryId).contains(memberId)) {
            errors << Error{tr("Member %1 is not assigned to the entry %2.").arg(memberId).arg(code), where,
                            ErrorKind::Refused};
            continue;
        }
        bool pointsOk = true;
        for (auto it = w.points.constBegin(); it != w.points.constEnd(); ++it) {
            const auto c = byId.constFind(it.key());
            if (c == byId.constEnd()) {
                errors << Error{tr("There is no criterion with the id %1.").arg(it.key()), where,
                                ErrorKind::Refused};
                pointsOk = false;
            } else if (!std::isfinite(*it) || *it < 0 || *it > c->maxPoints + 1e-9) {
                errors << Error{tr("%1 points is outside 0 to %2 for the criterion %3.")
                                    .arg(QString::number(*it), QString::number(c->maxPoints), c->code),
                                where, ErrorKind::Refused};
                pointsOk = false;
            }
        }
        if (!pointsOk)
            continue;
        auto before = find(memberId, w.entryId);
        if (!before)
            return before.error();
        if (*before && (*before)->status == SheetStatus::Submitted && !policy.replaceSubmitted) {
            errors << Error{
                tr("Member %1's sheet for the entry %2 is already submitted and cannot be changed.")
                    .arg(memberId)
                    .arg(code),
                where, ErrorKind::Conflict};
            continue;
        }
        if (policy.submit) {
            QHash<qint64, double> merged = w.points;
            if (policy.keepDraftPoints && *before && (*before)->status == SheetStatus::Draft)
                for (auto it = (*before)->points.constBegin(); it != (*before)->points.constEnd(); ++it)
                    if (!merged.contains(it.key()))
                        merged.insert(it.key(), *it);
            QStringList missing;
            for (const Criterion& c : *criteria)
                if (!merged.contains(c.id))
                    missing << c.code;
            if (!missing.isEmpty())
                errors << Error{tr("The sheet for the entry %1 cannot be submitted: no points for %2.")
                                    .arg(code, missing.join(QStringLiteral(", "))),
                                where, ErrorKind::Refused};
        }
    }
    return errors;
}

Result<QList<SheetOutcome>> ScoreSheetRepository::writeInTransaction(qint64 memberId,
                                                                     const QList<SheetWrite>& sheets,
                                                                     const Policy& policy)
{
    auto problems = check(memberId, sheets, policy);
    if (!problems)
        return problems.error();
    if (!problems->isEmpty())
        return problems->first();
    auto criteria = RulesRepository(m_db).criteria();
    if (!criteria)
        return criteria.error();
    QHash<qint64, QString> codes;
    for (const Criterion& c : *criteria)
        codes.insert(c.id, c.code);

    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    QSqlQuery upsert(m_db.connection());
    upsert.prepare(QStringLiteral(
        "INSERT INTO score_sheet (member_id, entry_id, status, comment, submitted_at) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT (member_id, entry_id) DO UPDATE SET status = excluded.status, "
        "comment = excluded.comment, submitted_at = excluded.submitted_at, revision = revision + 1 "
        "RETURNING id, revision"));
    QSqlQuery clear(m_db.connection());
    clear.prepare(QStringLiteral("DELETE FROM score WHERE sheet_id = ?"));
    QSqlQuery insert(m_db.connection());
    insert.prepare(QStringLiteral("INSERT INTO score (sheet_id, criterion_id, points) VALUES (?, ?, ?)"));
    AuditLog audit(m_db);

    QList<SheetOutcome> outcomes;
    for (const SheetWrite& w : sheets) {
        const QString where = w.place.isEmpty() ? w.entryCode : w.place;
        auto before = find(memberId, w.entryId);
        if (!before)
            return before.error();
        SheetOutcome outcome;
        outcome.entryCode = w.entryCode;
        outcome.before = *before;
        ScoreSheet after;
        after.memberId = memberId;
        after.entryId = w.entryId;
        if (*before) {
            after.id = (*before)->id;
            after.comment = (*before)->comment;
            if (policy.keepDraftPoints && (*before)->status == SheetStatus::Draft)
                after.points = (*before)->points;
        }
        for (auto it = w.points.constBegin(); it != w.points.constEnd(); ++it)
            after.points.insert(it.key(), *it);
        if (w.comment)
            after.comment = text::clean(*w.comment);
        after.status =
            policy.submit ? SheetStatus::Submitted : (*before ? (*before)->status : SheetStatus::Draft);
        outcome.changed = !*before || (*before)->status != after.status ||
                          (*before)->comment != after.comment || !samePoints((*before)->points, after.points);
        if (!outcome.changed) {
            after.submittedAt = (*before)->submittedAt;
            after.revision = (*before)->revision;
            outcome.sheetId = after.id;
            outcome.after = after;
            outcomes << outcome;
            continue;
        }
        if (after.status == SheetStatus::Submitted)
            after.submittedAt = QDateTime::fromString(now, Qt::ISODate);

        upsert.addBindValue(memberId);
        upsert.addBindValue(w.entryId);
        upsert.addBindValue(statusCode(after.status));
        upsert.addBindValue(sql::text(after.comment));
        upsert.addBindValue(after.status == SheetStatus::Submitted ? QVariant(now) : QVariant());
        if (!upsert.exec() || !upsert.next())
            return sqlError(upsert, where);
        after.id = upsert.value(0).toLongLong();
        after.revision = upsert.value(1).toLongLong();
        upsert.finish();
        clear.addBindValue(after.id);
        if (!clear.exec())
            return sqlError(clear, where);
        for (auto it = after.points.constBegin(); it != after.points.constEnd(); ++it) {
            insert.addBindValue(after.id);
            insert.addBindValue(it.key());
            insert.addBindValue(*it);
            if (!insert.exec())
                return sqlError(insert, where);
        }
        const QJsonObject beforeJson = *before ? sheetJson(**before, w.entryCode, codes) : QJsonObject{};
        if (auto s = audit.record(m_user, policy.auditAction, QStringLiteral("score_sheet"), after.id,
                                  QStringLiteral("%1 / %2").arg(w.entryCode).arg(memberId), beforeJson,
                                  sheetJson(after, w.entryCode, codes));
            !s)
            return s.error();
        outcome.sheetId = after.id;
        outcome.after = after;
        outcomes << outcome;
    }
    QList<qint64> submitted;
    for (const SheetOutcome& o : std::as_const(outcomes))
        if (o.changed && o.after.status == SheetStatus::Submitted)
            submitted << o.after.entryId;
    if (Status s = ScoreStatuses(m_db, m_user).afterSubmitted(submitted); !s)
        return s.error();
    return outcomes;
}

Result<QList<SheetOutcome>> ScoreSheetRepository::write(qint64 memberId, const QList<SheetWrite>& sheets,
                                                        const Policy& policy)
{
    QList<SheetOutcome> outcomes;
    const Status done = m_db.transaction([&]() -> Status {
        auto written = writeInTransaction(memberId, sheets, policy);
        if (!written)
            return written.error();
        outcomes = std::move(*written);
        return {};
    });
    if (!done)
        return done.error();
    return outcomes;
}

Status ScoreSheetRepository::reopen(qint64 memberId, qint64 entryId, const QString& reason,
                                    const std::optional<UserRole>& role)
{
    QString entryCode = QString::number(entryId);
    if (auto found = EntryRepository(m_db).codeOf(entryId); found && *found)
        entryCode = **found;
    if (UserAccounts(m_db).rolesEnabled() && !(role && Permissions::canReopenSubmittedSheet(*role)))
        return Error{tr("Only the council's secretary can reopen a submitted score sheet."), entryCode,
                     ErrorKind::Refused};
    if (text::clean(reason).isEmpty())
        return Error{tr("Say why the sheet is reopened; the reason goes into the trail."), entryCode,
                     ErrorKind::Refused};
    auto criteria = RulesRepository(m_db).criteria();
    if (!criteria)
        return criteria.error();
    QHash<qint64, QString> codes;
    for (const Criterion& c : *criteria)
        codes.insert(c.id, c.code);
    return m_db.transaction([&]() -> Status {
        auto before = find(memberId, entryId);
        if (!before)
            return before.error();
        if (!*before)
            return Error{tr("Member %1 has no score sheet for this entry.").arg(memberId), entryCode,
                         ErrorKind::Refused};
        if ((*before)->status != SheetStatus::Submitted)
            return Error{tr("The score sheet is not submitted; it can be changed as it is."), entryCode,
                         ErrorKind::Refused};
        ScoreSheet after = **before;
        after.status = SheetStatus::Draft;
        after.submittedAt = {};
        ++after.revision;
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("UPDATE score_sheet SET status = 'draft', submitted_at = NULL, revision = "
                                 "revision + 1 WHERE id = ?"));
        q.addBindValue(after.id);
        if (!q.exec())
            return sqlError(q, entryCode);
        QJsonObject afterJson = sheetJson(after, entryCode, codes);
        afterJson.insert(QStringLiteral("reason"), text::clean(reason));
        if (Status s = AuditLog(m_db).record(m_user, QStringLiteral("reopen"), QStringLiteral("score_sheet"),
                                             after.id, QStringLiteral("%1 / %2").arg(entryCode).arg(memberId),
                                             sheetJson(**before, entryCode, codes), afterJson);
            !s)
            return s;
        const auto name = memberName(memberId);
        return ScoreStatuses(m_db, m_user)
            .afterReopened(entryId, name ? *name : QString::number(memberId), text::clean(reason));
    });
}

} // namespace sangkien
