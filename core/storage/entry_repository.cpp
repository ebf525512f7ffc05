#include "entry_repository.h"

#include "database.h"
#include "sql_value.h"
#include "text/vietnamese_text.h"

#include <QDateTime>
#include <QHash>
#include <QSqlQuery>

namespace sangkien {

QString EntryRepository::makeSearchKey(const Entry& entry, const QString& unitName)
{
    QStringList parts{entry.code, entry.title, entry.nominee.name, unitName};
    for (const Author& a : entry.authors)
        parts << a.fullName;
    return text::searchKey(parts.join(QLatin1Char(' ')));
}

QString EntryRepository::nextCode(int year) const
{
    const QString prefix = QStringLiteral("SK-%1-").arg(year);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT max(CAST(substr(code, ?) AS INTEGER)) FROM entry WHERE code LIKE ?"));
    q.addBindValue(prefix.size() + 1);
    q.addBindValue(prefix + QLatin1Char('%'));
    int last = 0;
    if (q.exec() && q.next())
        last = q.value(0).toInt();
    return prefix + QStringLiteral("%1").arg(last + 1, 4, 10, QLatin1Char('0'));
}

Result<qint64> EntryRepository::insert(Entry& entry)
{
    const QSqlDatabase c = m_db.connection();
    QSqlQuery q(c);
    entry.title = text::clean(entry.title);
    entry.summary = text::toNfc(entry.summary.trimmed());
    entry.nominee.name = text::clean(entry.nominee.name);
    entry.nominee.position = text::clean(entry.nominee.position);
    for (Author& a : entry.authors) {
        a.fullName = text::clean(a.fullName);
        a.position = text::clean(a.position);
    }
    if (entry.code.isEmpty()) {
        int year = QDate::currentDate().year();
        if (q.exec(QStringLiteral("SELECT year FROM campaign WHERE id = 1")) && q.next())
            year = q.value(0).toInt();
        entry.code = nextCode(year);
    }
    const QString place = entry.code;

    QString unitName;
    if (entry.nominee.unitId) {
        q.prepare(QStringLiteral("SELECT name FROM unit WHERE id = ?"));
        q.addBindValue(entry.nominee.unitId);
        if (q.exec() && q.next())
            unitName = q.value(0).toString();
    }

    q.prepare(QStringLiteral("INSERT INTO nominee (kind, name, gender, birth_year, position, unit_id) "
                             "VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(nomineeKindCode(entry.nominee.kind));
    q.addBindValue(sql::text(entry.nominee.name));
    q.addBindValue(genderCode(entry.nominee.gender));
    q.addBindValue(entry.nominee.birthYear ? QVariant(entry.nominee.birthYear) : QVariant());
    q.addBindValue(sql::text(entry.nominee.position));
    q.addBindValue(entry.nominee.unitId ? QVariant(entry.nominee.unitId) : QVariant());
    if (!q.exec())
        return sqlError(q, place);
    entry.nominee.id = q.lastInsertId().toLongLong();

    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    q.prepare(QStringLiteral("INSERT INTO entry (code, title, kind, category_id, summary, received_on, "
                             "status, nominee_id, search_key, "
                             "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(entry.code);
    q.addBindValue(sql::text(entry.title));
    q.addBindValue(entryKindCode(entry.kind));
    q.addBindValue(entry.categoryId ? QVariant(entry.categoryId) : QVariant());
    q.addBindValue(sql::text(entry.summary));
    q.addBindValue(entry.receivedOn.isValid() ? QVariant(entry.receivedOn.toString(Qt::ISODate))
                                              : QVariant());
    q.addBindValue(entryStatusCode(entry.status));
    q.addBindValue(entry.nominee.id);
    q.addBindValue(makeSearchKey(entry, unitName));
    q.addBindValue(now);
    q.addBindValue(now);
    if (!q.exec())
        return sqlError(q, place);
    entry.id = q.lastInsertId().toLongLong();

    q.prepare(QStringLiteral(
        "INSERT INTO entry_author (entry_id, position, full_name, job_position, unit_id, share) "
        "VALUES (?, ?, ?, ?, ?, ?)"));
    int position = 0;
    for (const Author& a : entry.authors) {
        q.addBindValue(entry.id);
        q.addBindValue(++position);
        q.addBindValue(sql::text(a.fullName));
        q.addBindValue(sql::text(a.position));
        q.addBindValue(a.unitId ? QVariant(a.unitId) : QVariant());
        q.addBindValue(a.sharePercent);
        if (!q.exec())
            return sqlError(q, place);
    }
    return entry.id;
}

Result<QList<EntrySummary>> EntryRepository::list(const EntryFilter& filter) const
{
    QString sql = QStringLiteral(
        "SELECT e.id, e.code, e.title, e.kind, cc.code, n.kind, n.name, u.name, uk.code, u.district, "
        "e.status, "
        "e.search_key, a.code%1 "
        "FROM entry e JOIN nominee n ON n.id = e.nominee_id "
        "LEFT JOIN unit u ON u.id = n.unit_id LEFT JOIN unit_kind uk ON uk.id = u.kind_id "
        "LEFT JOIN content_category cc ON cc.id = e.category_id "
        "LEFT JOIN award aw ON aw.entry_id = e.id LEFT JOIN award_form a ON a.id = aw.award_form_id "
        "WHERE 1 = 1");
    sql = sql.arg(
        filter.withScores
            ? QStringLiteral(", (SELECT avg(total) FROM (SELECT sum(sc.points) AS total FROM score_sheet sh "
                             "JOIN score sc ON sc.sheet_id = sh.id WHERE sh.entry_id = e.id "
                             "AND sh.status = 'submitted' GROUP BY sh.id))")
            : QString());
    QVariantList binds;
    const QStringList words = text::searchKey(filter.search).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString& word : words) {
        sql += QStringLiteral(" AND instr(e.search_key, ?) > 0");
        binds << word;
    }
    if (filter.status) {
        sql += QStringLiteral(" AND e.status = ?");
        binds << entryStatusCode(*filter.status);
    }
    if (!filter.categoryCode.isEmpty()) {
        sql += QStringLiteral(" AND cc.code = ?");
        binds << filter.categoryCode;
    }
    sql += QStringLiteral(" ORDER BY e.code");

    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return sqlError(q, QStringLiteral("entry"));

    QList<EntrySummary> rows;
    QHash<qint64, qsizetype> indexById;
    while (q.next()) {
        EntrySummary s;
        s.id = q.value(0).toLongLong();
        s.code = q.value(1).toString();
        s.title = q.value(2).toString();
        s.kind = entryKindFromCode(q.value(3).toString()).value_or(EntryKind::Initiative);
        s.categoryCode = q.value(4).toString();
        s.nomineeKind = nomineeKindFromCode(q.value(5).toString()).value_or(NomineeKind::Individual);
        s.nominee = q.value(6).toString();
        s.unit = q.value(7).toString();
        s.unitKindCode = q.value(8).toString();
        s.district = q.value(9).toString();
        s.status = entryStatusFromCode(q.value(10).toString()).value_or(EntryStatus::Received);
        s.searchKey = q.value(11).toString();
        s.awardCode = q.value(12).toString();
        if (filter.withScores && !q.value(13).isNull())
            s.score = q.value(13).toDouble();
        indexById.insert(s.id, rows.size());
        rows.append(std::move(s));
    }

    if (filter.withAuthors && !rows.isEmpty()) {
        QSqlQuery a(m_db.connection());
        a.setForwardOnly(true);
        // All authors at once is cheaper than one query per entry; unmatched rows are skipped.
        if (!a.exec(QStringLiteral(
                "SELECT entry_id, full_name, share FROM entry_author ORDER BY entry_id, position")))
            return sqlError(a, QStringLiteral("entry_author"));
        while (a.next()) {
            const auto it = indexById.constFind(a.value(0).toLongLong());
            if (it != indexById.constEnd())
                rows[*it].authors.append({a.value(1).toString(), a.value(2).toDouble()});
        }
    }
    return rows;
}

Result<Entry> EntryRepository::load(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT e.code, e.title, e.kind, e.category_id, e.summary, e.received_on, e.status, n.id, n.kind, "
        "n.name, "
        "n.gender, n.birth_year, n.position, n.unit_id FROM entry e JOIN nominee n ON n.id = e.nominee_id "
        "WHERE e.id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q, QString::number(id));
    if (!q.next())
        return Error{tr("There is no such entry."), QString::number(id)};
    Entry e;
    e.id = id;
    e.code = q.value(0).toString();
    e.title = q.value(1).toString();
    e.kind = entryKindFromCode(q.value(2).toString()).value_or(EntryKind::Initiative);
    e.categoryId = q.value(3).toLongLong();
    e.summary = q.value(4).toString();
    e.receivedOn = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    e.status = entryStatusFromCode(q.value(6).toString()).value_or(EntryStatus::Received);
    e.nominee.id = q.value(7).toLongLong();
    e.nominee.kind = nomineeKindFromCode(q.value(8).toString()).value_or(NomineeKind::Individual);
    e.nominee.name = q.value(9).toString();
    e.nominee.gender = genderFromCode(q.value(10).toString());
    e.nominee.birthYear = q.value(11).toInt();
    e.nominee.position = q.value(12).toString();
    e.nominee.unitId = q.value(13).toLongLong();

    q.prepare(QStringLiteral("SELECT full_name, job_position, unit_id, share FROM entry_author WHERE "
                             "entry_id = ? ORDER BY position"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q, e.code);
    while (q.next())
        e.authors.append(
            {q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toDouble()});
    return e;
}

int EntryRepository::count() const
{
    QSqlQuery q(m_db.connection());
    if (q.exec(QStringLiteral("SELECT count(*) FROM entry")) && q.next())
        return q.value(0).toInt();
    return 0;
}

} // namespace sangkien
