#include "rules_repository.h"

#include "database.h"
#include "sql_value.h"
#include "text/vietnamese_text.h"

#include <QSet>
#include <QSqlQuery>

namespace sangkien {

Result<QList<Criterion>> RulesRepository::criteria() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral(
            "SELECT id, code, name, max_points, min_points, position FROM criterion ORDER BY position, id")))
        return sqlError(q, QStringLiteral("criterion"));
    QList<Criterion> list;
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                     q.value(3).toDouble(), q.value(4).toDouble(), q.value(5).toInt()});
    return list;
}

Result<QList<AwardForm>> RulesRepository::awardForms() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral(
            "SELECT id, code, name, min_score, position FROM award_form ORDER BY position, id")))
        return sqlError(q, QStringLiteral("award_form"));
    QList<AwardForm> list;
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                     q.value(3).toDouble(), q.value(4).toInt()});
    return list;
}

Result<QList<QuotaRule>> RulesRepository::quotaRules() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT r.id, r.award_form_id, r.nominee_kind, r.max_count FROM quota_rule r "
                               "JOIN award_form f ON f.id = r.award_form_id ORDER BY f.position, r.id")))
        return sqlError(q, QStringLiteral("quota_rule"));
    QList<QuotaRule> list;
    while (q.next()) {
        QuotaRule r;
        r.id = q.value(0).toLongLong();
        r.awardFormId = q.value(1).toLongLong();
        r.nomineeKind = nomineeKindFromCode(q.value(2).toString()); // "any" → nullopt
        r.maxCount = q.value(3).toInt();
        list.append(r);
    }
    return list;
}

bool RulesRepository::criteriaLocked() const
{
    QSqlQuery q(m_db.connection());
    return q.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM score)")) && q.next() && q.value(0).toBool();
}

Status RulesRepository::saveCriteria(const QList<Criterion>& criteria)
{
    if (criteriaLocked())
        return Error{Database::tr("The criteria are locked: scores have already been entered."),
                     QStringLiteral("criterion"), ErrorKind::Refused};
    QSqlQuery q(m_db.connection());
    QSet<qint64> kept;
    int position = 0;
    for (const Criterion& c : criteria) {
        if (c.id) {
            q.prepare(QStringLiteral("UPDATE criterion SET code = ?, name = ?, max_points = ?, min_points = "
                                     "?, position = ? WHERE id = ?"));
        } else {
            q.prepare(QStringLiteral("INSERT INTO criterion (code, name, max_points, min_points, position) "
                                     "VALUES (?, ?, ?, ?, ?)"));
        }
        q.addBindValue(sql::text(text::clean(c.code)));
        q.addBindValue(sql::text(text::clean(c.name)));
        q.addBindValue(c.maxPoints);
        q.addBindValue(c.minPoints);
        q.addBindValue(++position);
        if (c.id)
            q.addBindValue(c.id);
        if (!q.exec())
            return sqlError(q, c.code);
        kept.insert(c.id ? c.id : q.lastInsertId().toLongLong());
    }
    QList<qint64> stale;
    if (!q.exec(QStringLiteral("SELECT id FROM criterion")))
        return sqlError(q, QStringLiteral("criterion"));
    while (q.next())
        if (!kept.contains(q.value(0).toLongLong()))
            stale << q.value(0).toLongLong();
    q.prepare(QStringLiteral("DELETE FROM criterion WHERE id = ?"));
    for (qint64 id : stale) {
        q.addBindValue(id);
        if (!q.exec())
            return sqlError(q, QStringLiteral("criterion"));
    }
    return {};
}

Status RulesRepository::saveQuotaRules(const QList<QuotaRule>& rules)
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("DELETE FROM quota_rule")))
        return sqlError(q, QStringLiteral("quota_rule"));
    q.prepare(
        QStringLiteral("INSERT INTO quota_rule (award_form_id, nominee_kind, max_count) VALUES (?, ?, ?)"));
    for (const QuotaRule& r : rules) {
        q.addBindValue(r.awardFormId);
        q.addBindValue(quotaKindCode(r.nomineeKind));
        q.addBindValue(r.maxCount);
        if (!q.exec())
            return sqlError(q, QStringLiteral("quota_rule"));
    }
    return {};
}

} // namespace sangkien
