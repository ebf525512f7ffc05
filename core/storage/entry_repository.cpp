#include "entry_repository.h"

#include "campaign_repository.h"
#include "database.h"
#include "sql_rows.h"
#include "sql_value.h"
#include "sqlite_statement.h"
#include "text/vietnamese_text.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVarLengthArray>
#include <array>
#include <vector>

namespace sangkien {
namespace {

// The statements a repository keeps prepared, by index into kStatementSql.
enum StatementId
{
    InsertNominee,
    InsertEntry,
    DeleteAuthors,
    InsertAuthor,
    UnitName,
    HighestCode,
    NewestCode,
    CodeTaken,
    StatementCount
};

const std::array<const char*, StatementCount> kStatementSql = {
    "INSERT INTO nominee (kind, name, gender, birth_year, position, unit_id) VALUES (?, ?, ?, ?, ?, ?)",
    "INSERT INTO entry (code, title, kind, category_id, summary, received_on, status, nominee_id, "
    "search_key, "
    "updated_at, first_applied_on, scope, economic_benefit, return_reason, created_at, id, source_file, "
    "source_row) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "DELETE FROM entry_author WHERE entry_id = ?",
    "INSERT INTO entry_author (entry_id, position, full_name, job_position, unit_id, share) "
    "VALUES (?, ?, ?, ?, ?, ?)",
    "SELECT name FROM unit WHERE id = ?",
    // The year's codes lie in ['SK-2024-', 'SK-2024.'): a seek in the unique index on code.
    "SELECT code FROM entry WHERE code >= ? AND code < ? ORDER BY code DESC LIMIT 1",
    // The newest entry of the year, walking back from the highest id ('+' keeps the code index out).
    "SELECT code FROM entry WHERE +code >= ? AND +code < ? ORDER BY id DESC LIMIT 1",
    "SELECT 1 FROM entry WHERE code = ?",
};

QString codePrefix(int year)
{
    return QStringLiteral("SK-%1-").arg(year);
}

// The number after the prefix: its leading digits, as CAST(… AS INTEGER) reads them.
int codeNumber(const QString& code, qsizetype prefixSize)
{
    qint64 n = 0;
    for (qsizetype i = prefixSize; i < code.size() && code[i].isDigit() && n < 1000000000; ++i)
        n = n * 10 + code[i].digitValue();
    return int(n);
}

} // namespace

struct EntryRepository::Statements
{
    explicit Statements(const QSqlDatabase& c)
    {
        for (QSqlQuery& q : queries)
            q = QSqlQuery(c);
    }
    std::array<QSqlQuery, StatementCount> queries;
    std::array<bool, StatementCount> prepared{};
    QHash<qint64, QString> unitNames; // read once per repository: a batch names the same units again
    // The same inserts on SQLite's own API, for batches (an import of thousands of rows): QtSql's
    // QVariant binding and UTF-16 round trip cost more than SQLite's own work. Made on first insert.
    std::unique_ptr<SqliteStatement> rawNominee;
    std::unique_ptr<SqliteStatement> rawEntry;
    std::unique_ptr<SqliteStatement> rawAuthor;
    bool rawTried = false;

    // The time an insert stamps (created_at, updated_at), to the second as Qt::ISODate writes it: made
    // again only when the second changes, not for each of a batch's thousands of entries.
    const QString& nowUtc()
    {
        const qint64 secs = QDateTime::currentSecsSinceEpoch();
        if (now.isEmpty() || secs != nowSecs) {
            nowSecs = secs;
            now = QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(Qt::ISODate);
        }
        return now;
    }
    qint64 nowSecs = 0;
    QString now;
};

EntryRepository::EntryRepository(Database& db)
    : m_db(db)
{}

EntryRepository::~EntryRepository() = default;

Result<QSqlQuery*> EntryRepository::statement(int which, const QString& place) const
{
    if (!m_statements)
        m_statements = std::make_unique<Statements>(m_db.connection());
    QSqlQuery& q = m_statements->queries[size_t(which)];
    if (!m_statements->prepared[size_t(which)]) {
        q.setForwardOnly(true);
        if (!q.prepare(QString::fromLatin1(kStatementSql[size_t(which)])))
            return sqlError(q, place);
        m_statements->prepared[size_t(which)] = true;
    }
    return &q;
}

QString EntryRepository::formatCode(int year, int number)
{
    return codePrefix(year) + QStringLiteral("%1").arg(number, 4, 10, QLatin1Char('0'));
}

int EntryRepository::lastCodeNumber(int year) const
{
    const QString prefix = codePrefix(year);
    QString end = prefix;
    end.back() = QLatin1Char('.'); // the character after '-'
    const auto readCode = [&](int which) -> std::optional<int> {
        auto q = statement(which, QStringLiteral("entry"));
        if (!q)
            return std::nullopt;
        (*q)->addBindValue(prefix);
        (*q)->addBindValue(end);
        std::optional<int> number;
        if ((*q)->exec() && (*q)->next())
            number = codeNumber((*q)->value(0).toString(), prefix.size());
        (*q)->finish();
        return number;
    };
    // The highest code in text order.
    const std::optional<int> highest = readCode(HighestCode);
    if (!highest)
        return 0; // no code of the year
    int last = *highest;
    // Past the four digits, text order is not number order ("SK-2024-10000" sorts before "SK-2024-9999").
    // Codes are handed out in order, so the newest entry of the year carries the highest number.
    last = std::max(last, readCode(NewestCode).value_or(0));
    // Whatever the history (an entry brought back by undo keeps its old id), never give out a taken code.
    auto taken = statement(CodeTaken, QStringLiteral("entry"));
    while (taken) {
        (*taken)->addBindValue(formatCode(year, last + 1));
        const bool exists = (*taken)->exec() && (*taken)->next();
        (*taken)->finish();
        if (!exists)
            break;
        ++last;
    }
    return last;
}

QString EntryRepository::nextCode(int year) const
{
    return formatCode(year, lastCodeNumber(year) + 1);
}

QString EntryRepository::makeSearchKey(const Entry& entry, const QString& unitName)
{
    // The same fields, in the same order, as searchFieldKey() of the entry's summary: a search reads its
    // tier from the stored key.
    QVarLengthArray<QStringView, 8> fields{entry.code, entry.title, entry.nominee.name, unitName};
    for (const Author& a : entry.authors)
        fields.append(a.fullName);
    return text::SearchQuery::fieldKey(fields.constData(), fields.size());
}

namespace {

// Text arrives from keyboards, spreadsheets and PDFs: store it NFC with whitespace tidied.
void normalise(Entry& entry)
{
    entry.title = text::clean(entry.title);
    entry.summary = text::toNfc(entry.summary.trimmed());
    entry.scope = text::clean(entry.scope);
    entry.returnReason = text::clean(entry.returnReason);
    entry.nominee.name = text::clean(entry.nominee.name);
    entry.nominee.position = text::clean(entry.nominee.position);
    for (Author& a : entry.authors) {
        a.fullName = text::clean(a.fullName);
        a.position = text::clean(a.position);
    }
}

QString unitNameOf(const QSqlDatabase& c, qint64 unitId)
{
    if (!unitId)
        return {};
    QSqlQuery q(c);
    q.prepare(QStringLiteral("SELECT name FROM unit WHERE id = ?"));
    q.addBindValue(unitId);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

void bindNominee(QSqlQuery& q, const Nominee& n)
{
    q.addBindValue(nomineeKindCode(n.kind));
    q.addBindValue(sql::text(n.name));
    q.addBindValue(genderCode(n.gender));
    q.addBindValue(n.birthYear ? QVariant(n.birthYear) : QVariant());
    q.addBindValue(sql::text(n.position));
    q.addBindValue(sql::idOrNull(n.unitId));
}

// The entry's own columns, in the order of kEntryColumns.
void bindEntry(QSqlQuery& q, const Entry& e, const QString& searchKey, const QString& now)
{
    q.addBindValue(e.code);
    q.addBindValue(sql::text(e.title));
    q.addBindValue(entryKindCode(e.kind));
    q.addBindValue(sql::idOrNull(e.categoryId));
    q.addBindValue(sql::text(e.summary));
    q.addBindValue(sql::dateOrNull(e.receivedOn));
    q.addBindValue(entryStatusCode(e.status));
    q.addBindValue(e.nominee.id);
    q.addBindValue(searchKey);
    q.addBindValue(now);
    q.addBindValue(sql::dateOrNull(e.firstAppliedOn));
    q.addBindValue(sql::text(e.scope));
    q.addBindValue(e.economicBenefit ? QVariant(*e.economicBenefit) : QVariant());
    q.addBindValue(sql::text(e.returnReason));
}

} // namespace

namespace {

void bindText(SqliteStatement& q, int i, const QString& s)
{
    q.bind(i, s.isNull() ? QStringLiteral("") : s); // sql::text: NOT NULL columns get ""
}

void bindDate(SqliteStatement& q, int i, const QDate& d)
{
    if (!d.isValid()) {
        q.bindNull(i); // sql::dateOrNull
        return;
    }
    int year = 0;
    int month = 0;
    int day = 0;
    d.getDate(&year, &month, &day);
    if (year < 1 || year > 9999) {
        q.bind(i, d.toString(Qt::ISODate));
        return;
    }
    // "yyyy-MM-dd", as Qt::ISODate writes the years 1 to 9999, without formatting through QString::arg.
    const char16_t text[10] = {char16_t(u'0' + year / 1000),
                               char16_t(u'0' + year / 100 % 10),
                               char16_t(u'0' + year / 10 % 10),
                               char16_t(u'0' + year % 10),
                               u'-',
                               char16_t(u'0' + month / 10),
                               char16_t(u'0' + month % 10),
                               u'-',
                               char16_t(u'0' + day / 10),
                               char16_t(u'0' + day % 10)};
    q.bind(i, QString(reinterpret_cast<const QChar*>(text), 10));
}

} // namespace

bool EntryRepository::rawStatements() const
{
    if (!m_statements)
        m_statements = std::make_unique<Statements>(m_db.connection());
    Statements& st = *m_statements;
    if (!st.rawTried) {
        st.rawTried = true;
        if (SqliteStatement::available(m_db)) {
            st.rawNominee = std::make_unique<SqliteStatement>(m_db, kStatementSql[InsertNominee]);
            st.rawEntry = std::make_unique<SqliteStatement>(m_db, kStatementSql[InsertEntry]);
            st.rawAuthor = std::make_unique<SqliteStatement>(m_db, kStatementSql[InsertAuthor]);
            if (!st.rawNominee->prepared() || !st.rawEntry->prepared() || !st.rawAuthor->prepared()) {
                st.rawNominee.reset();
                st.rawEntry.reset();
                st.rawAuthor.reset();
            }
        }
    }
    return st.rawEntry != nullptr;
}

Status EntryRepository::writeAuthors(const Entry& entry, bool replace) const
{
    if (replace) {
        auto del = statement(DeleteAuthors, entry.code);
        if (!del)
            return del.error();
        QSqlQuery& d = **del;
        d.addBindValue(entry.id);
        if (!d.exec())
            return sqlError(d, entry.code);
    }
    if (entry.authors.isEmpty())
        return {};
    if (rawStatements()) {
        SqliteStatement& r = *m_statements->rawAuthor;
        int position = 0;
        for (const Author& a : entry.authors) {
            r.bind(1, entry.id).bind(2, ++position);
            bindText(r, 3, a.fullName);
            bindText(r, 4, a.position);
            r.bindIdOrNull(5, a.unitId).bind(6, a.sharePercent);
            if (!r.exec())
                return Error{r.error(), entry.code, SqliteStatement::lastErrorKind(m_db)};
        }
        return {};
    }
    auto ins = statement(InsertAuthor, entry.code);
    if (!ins)
        return ins.error();
    QSqlQuery& q = **ins;
    int position = 0;
    for (const Author& a : entry.authors) {
        q.addBindValue(entry.id);
        q.addBindValue(++position);
        q.addBindValue(sql::text(a.fullName));
        q.addBindValue(sql::text(a.position));
        q.addBindValue(sql::idOrNull(a.unitId));
        q.addBindValue(a.sharePercent);
        if (!q.exec())
            return sqlError(q, entry.code);
    }
    return {};
}

Result<qint64> EntryRepository::insert(Entry& entry, const EntrySource& source)
{
    normalise(entry);
    if (entry.code.isEmpty())
        entry.code = nextCode(CampaignRepository(m_db).year());
    const QString place = entry.code;

    const bool raw = rawStatements();
    if (raw) {
        SqliteStatement& n = *m_statements->rawNominee;
        const Nominee& v = entry.nominee;
        n.bind(1, nomineeKindCode(v.kind));
        bindText(n, 2, v.name);
        n.bind(3, genderCode(v.gender));
        v.birthYear ? n.bind(4, v.birthYear) : n.bindNull(4);
        bindText(n, 5, v.position);
        n.bindIdOrNull(6, v.unitId);
        if (!n.exec())
            return Error{n.error(), place, SqliteStatement::lastErrorKind(m_db)};
        entry.nominee.id = n.lastId();
    } else {
        auto nominee = statement(InsertNominee, place);
        if (!nominee)
            return nominee.error();
        QSqlQuery& n = **nominee;
        bindNominee(n, entry.nominee);
        if (!n.exec())
            return sqlError(n, place);
        entry.nominee.id = n.lastInsertId().toLongLong();
    }

    QString unitName;
    if (const qint64 unitId = entry.nominee.unitId) {
        auto unit = statement(UnitName, place); // also creates m_statements
        if (!unit)
            return unit.error();
        if (const auto known = m_statements->unitNames.constFind(unitId);
            known != m_statements->unitNames.cend()) {
            unitName = *known;
        } else {
            QSqlQuery& u = **unit;
            u.addBindValue(unitId);
            if (u.exec() && u.next()) {
                unitName = u.value(0).toString();
                m_statements->unitNames.insert(unitId, unitName);
            }
            u.finish();
        }
    }

    // An entry that comes back (undo of a delete) keeps its id, so its history still points at it.
    const bool comesBack = entry.id != 0;
    const QString now = m_statements->nowUtc(); // rawStatements() made m_statements
    if (raw) {
        SqliteStatement& q = *m_statements->rawEntry;
        const Entry& e = entry;
        q.bind(1, e.code);
        bindText(q, 2, e.title);
        q.bind(3, entryKindCode(e.kind));
        q.bindIdOrNull(4, e.categoryId);
        bindText(q, 5, e.summary);
        bindDate(q, 6, e.receivedOn);
        q.bind(7, entryStatusCode(e.status));
        q.bind(8, e.nominee.id);
        q.bind(9, makeSearchKey(entry, unitName));
        q.bind(10, now);
        bindDate(q, 11, e.firstAppliedOn);
        bindText(q, 12, e.scope);
        e.economicBenefit ? q.bind(13, *e.economicBenefit) : q.bindNull(13);
        bindText(q, 14, e.returnReason);
        q.bind(15, now);
        q.bindIdOrNull(16, e.id);
        source.file.isEmpty() ? q.bindNull(17) : q.bind(17, source.file);
        source.file.isEmpty() ? q.bindNull(18) : q.bind(18, source.row);
        if (!q.exec())
            return Error{q.error(), place, SqliteStatement::lastErrorKind(m_db)};
        entry.id = q.lastId();
        if (auto s = writeAuthors(entry, comesBack); !s)
            return s.error();
        return entry.id;
    }
    auto inserted = statement(InsertEntry, place);
    if (!inserted)
        return inserted.error();
    QSqlQuery& q = **inserted;
    bindEntry(q, entry, makeSearchKey(entry, unitName), now);
    q.addBindValue(now);
    q.addBindValue(sql::idOrNull(entry.id));
    q.addBindValue(source.file.isEmpty() ? QVariant() : QVariant(source.file));
    q.addBindValue(source.file.isEmpty() ? QVariant() : QVariant(source.row));
    if (!q.exec())
        return sqlError(q, place);
    entry.id = q.lastInsertId().toLongLong();

    // A new id has no authors yet (they go with their entry, ON DELETE CASCADE): nothing to clear.
    if (auto s = writeAuthors(entry, comesBack); !s)
        return s.error();
    return entry.id;
}

Status EntryRepository::update(Entry& entry)
{
    const QSqlDatabase c = m_db.connection();
    normalise(entry);
    QSqlQuery q(c);
    q.prepare(QStringLiteral("SELECT nominee_id FROM entry WHERE id = ?"));
    q.addBindValue(entry.id);
    if (!q.exec())
        return sqlError(q, entry.code);
    if (!q.next())
        return Error{tr("The entry no longer exists."), entry.code, ErrorKind::NotFound};
    entry.nominee.id = q.value(0).toLongLong();

    q.prepare(QStringLiteral("UPDATE nominee SET kind = ?, name = ?, gender = ?, birth_year = ?, position = "
                             "?, unit_id = ? WHERE id = ?"));
    bindNominee(q, entry.nominee);
    q.addBindValue(entry.nominee.id);
    if (!q.exec())
        return sqlError(q, entry.code);

    q.prepare(QStringLiteral("UPDATE entry SET code = ?, title = ?, kind = ?, category_id = ?, summary = ?, "
                             "received_on = ?, status = ?, "
                             "nominee_id = ?, search_key = ?, updated_at = ?, first_applied_on = ?, scope = "
                             "?, economic_benefit = ?, "
                             "return_reason = ? WHERE id = ?"));
    bindEntry(q, entry, makeSearchKey(entry, unitNameOf(c, entry.nominee.unitId)),
              QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    q.addBindValue(entry.id);
    if (!q.exec())
        return sqlError(q, entry.code);
    return writeAuthors(entry, true);
}

Status EntryRepository::remove(qint64 id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT code, nominee_id FROM entry WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q, QString::number(id));
    if (!q.next())
        return Error{tr("The entry no longer exists."), QString::number(id), ErrorKind::NotFound};
    const QString code = q.value(0).toString();
    const qint64 nomineeId = q.value(1).toLongLong();
    q.prepare(QStringLiteral("DELETE FROM entry WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q, code);
    // The nominee row belongs to this entry alone.
    q.prepare(QStringLiteral(
        "DELETE FROM nominee WHERE id = ? AND NOT EXISTS (SELECT 1 FROM entry WHERE nominee_id = ?)"));
    q.addBindValue(nomineeId);
    q.addBindValue(nomineeId);
    if (!q.exec())
        return sqlError(q, code);
    return {};
}

namespace {

// The entries whose stored key holds every word of a search, their ids as a JSON array to bind, and the
// tier where the key settles it: a field key and a query without diacritics. NoMatch: the entry's fields
// have the last word (a query with diacritics, a key written by another tool).
struct KeyMatches
{
    QHash<qint64, text::SearchQuery::Tier> tiers;
    QByteArray idsJson;
};

Result<KeyMatches> matchStoredKeys(Database& db, const text::SearchQuery& query)
{
    KeyMatches matches;
    matches.idsJson = "[";
    // SQLite's bytes are read in place: a campaign's keys are tens of megabytes, and most do not match.
    SqlRows keys(db, "SELECT id, search_key FROM entry");
    while (keys.next()) {
        const QByteArrayView key = keys.utf8(1);
        const auto tier = query.tierOfKey(std::string_view(key.data(), std::size_t(key.size())));
        if (tier == text::SearchQuery::NoMatch)
            continue;
        const qint64 id = keys.int64(0);
        const bool settled = !query.hasMarks() && key.contains(char(text::SearchQuery::kFieldSeparator));
        matches.tiers.insert(id, settled ? tier : text::SearchQuery::NoMatch);
        matches.idsJson += QByteArray::number(id) + ',';
    }
    if (auto e = keys.error(QStringLiteral("entry")))
        return *e;
    if (matches.idsJson.size() > 1)
        matches.idsJson.chop(1);
    matches.idsJson += ']';
    return matches;
}

} // namespace

Result<QList<EntrySummary>> EntryRepository::list(const EntryFilter& filter) const
{
    // Authors' names are part of what a search looks at: asked for before the query runs, so it runs once.
    if (!filter.withAuthors && !text::SearchQuery(filter.search).isEmpty()) {
        EntryFilter withAuthors = filter;
        withAuthors.withAuthors = true;
        return list(withAuthors);
    }
    // A search first reads every entry's stored key (the fields folded apart): the query's words must all
    // occur in it, and it gives the tier. The entries it reaches are then read whole, by id.
    const text::SearchQuery query(filter.search);
    KeyMatches matched;
    if (!query.isEmpty()) {
        auto found = matchStoredKeys(m_db, query);
        if (!found)
            return found.error();
        if (found->idsJson == "[]")
            return QList<EntrySummary>();
        matched = std::move(*found);
    }
    QString sql = QStringLiteral(
        "SELECT e.id, e.code, e.title, e.kind, cc.code, n.kind, n.name, u.name, uk.code, u.district, "
        "e.status, "
        "e.search_key, a.code%1 "
        "FROM entry e JOIN nominee n ON n.id = e.nominee_id "
        "LEFT JOIN unit u ON u.id = n.unit_id LEFT JOIN unit_kind uk ON uk.id = u.kind_id "
        "LEFT JOIN content_category cc ON cc.id = e.category_id "
        "LEFT JOIN award aw ON aw.entry_id = e.id LEFT JOIN award_form a ON a.id = aw.award_form_id "
        "WHERE 1 = 1");
    // A sheet keeps its total (migration 18): the score is read from the entry's sheets, not their points.
    sql = sql.arg(filter.withScores ? QStringLiteral(", (SELECT avg(sh.total) FROM score_sheet sh "
                                                     "WHERE sh.entry_id = e.id AND sh.status = 'submitted')")
                                    : QString());
    // The filter's conditions: fixed SQL text with placeholders, values bound below.
    QString conditions;
    QStringList binds;
    if (!query.isEmpty()) {
        conditions += QStringLiteral(" AND e.id IN (SELECT value FROM json_each(?))");
        binds << QString::fromLatin1(matched.idsJson);
    }
    if (filter.status) {
        conditions += QStringLiteral(" AND e.status = ?");
        binds << entryStatusCode(*filter.status);
    }
    if (!filter.categoryCode.isEmpty()) {
        conditions += QStringLiteral(" AND cc.code = ?");
        binds << filter.categoryCode;
    }
    if (!filter.ids.isEmpty()) {
        QJsonArray ids;
        for (qint64 id : filter.ids)
            ids.append(id);
        conditions += QStringLiteral(" AND e.id IN (SELECT value FROM json_each(?))");
        binds << QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact));
    }
    // A search's matches are put in order below, with their tiers: SQLite would sort their whole rows.
    sql += conditions + (query.isEmpty() ? QStringLiteral(" ORDER BY e.code") : QString());

    // Through SQLite's own API where it can (SqlRows): a search may return most of a large campaign.
    const QByteArray sqlText = sql.toUtf8();
    SqlRows q(m_db, sqlText.constData(), binds);
    QList<EntrySummary> rows;
    std::vector<text::SearchQuery::Tier> keyTiers; // by row: the tier the key settled, else NoMatch
    // A search's codes in UTF-8, by row, to put the matches in SQLite's order of text (byte order).
    QByteArray codeBytes;
    std::vector<std::pair<qsizetype, qsizetype>> codeSpans;
    QHash<qint64, qsizetype> indexById;
    while (q.next()) {
        const qint64 id = q.int64(0);
        EntrySummary s;
        s.id = id;
        s.code = q.string(1);
        if (!query.isEmpty()) {
            const QByteArrayView code = q.utf8(1);
            codeSpans.emplace_back(codeBytes.size(), code.size());
            codeBytes += code;
        }
        s.title = q.string(2);
        s.kind = entryKindFromCode(q.repeatedString(3)).value_or(EntryKind::Initiative);
        s.categoryCode = q.repeatedString(4);
        s.nomineeKind = nomineeKindFromCode(q.repeatedString(5)).value_or(NomineeKind::Individual);
        s.nominee = q.string(6);
        s.unit = q.string(7);
        s.unitKindCode = q.repeatedString(8);
        s.district = q.repeatedString(9);
        s.status = entryStatusFromCode(q.repeatedString(10)).value_or(EntryStatus::Received);
        s.searchKey = q.string(11);
        keyTiers.push_back(matched.tiers.value(id, text::SearchQuery::NoMatch));
        s.awardCode = q.repeatedString(12);
        if (filter.withScores && !q.isNull(13))
            s.score = q.real(13);
        indexById.insert(s.id, rows.size());
        rows.append(std::move(s));
    }
    if (auto e = q.error(QStringLiteral("entry")))
        return *e;

    // Authors' names are part of what a search looks at.
    if (filter.withAuthors && !rows.isEmpty()) {
        QStringList idBinds;
        if (!conditions.isEmpty()) {
            // Only the matching entries: their ids as one bound JSON array, looked up by the primary key,
            // so the search conditions are not evaluated again for every author row.
            QByteArray ids = "[";
            for (const EntrySummary& r : std::as_const(rows))
                ids += QByteArray::number(r.id) + ',';
            ids.back() = ']';
            idBinds << QString::fromLatin1(ids);
        }
        // Every entry: one pass over all authors is cheapest.
        SqlRows a(m_db,
                  conditions.isEmpty()
                      ? "SELECT entry_id, full_name, share FROM entry_author ORDER BY entry_id, position"
                      : "SELECT entry_id, full_name, share FROM entry_author "
                        "WHERE entry_id IN (SELECT value FROM json_each(?)) ORDER BY entry_id, position",
                  idBinds);
        while (a.next()) {
            const auto it = indexById.constFind(a.int64(0));
            if (it != indexById.constEnd())
                rows[*it].authors.append({a.string(1), a.real(2)});
        }
        if (auto e = a.error(QStringLiteral("entry_author")))
            return *e;
    }
    if (!query.isEmpty()) {
        std::vector<std::string_view> codes;
        codes.reserve(codeSpans.size());
        for (const auto& [start, size] : codeSpans)
            codes.emplace_back(codeBytes.constData() + start, std::size_t(size));
        std::vector<std::pair<text::SearchQuery::Tier, qsizetype>> tiers;
        tiers.reserve(std::size_t(rows.size()));
        for (qsizetype i = 0; i < rows.size(); ++i) {
            auto t = keyTiers[std::size_t(i)];
            // The search's last word where the key could not say it: diacritics the query asks for, or a
            // key written before keys were field keys.
            if (t == text::SearchQuery::NoMatch)
                t = searchTier(query, rows[i],
                               isFieldKey(rows[i].searchKey) ? QStringView(rows[i].searchKey)
                                                             : QStringView());
            if (t != text::SearchQuery::NoMatch)
                tiers.emplace_back(t, i);
        }
        // Better tiers first; within a tier by code, in SQLite's order of text (its UTF-8 bytes).
        // Codes are given in order as entries are added, so the rows (in id order) are most often in code
        // order already: then ordering by tier alone keeps it.
        if (std::is_sorted(codes.begin(), codes.end()))
            std::stable_sort(tiers.begin(), tiers.end(),
                             [](const auto& a, const auto& b) { return a.first > b.first; });
        else
            std::sort(tiers.begin(), tiers.end(), [&codes](const auto& a, const auto& b) {
                if (a.first != b.first)
                    return a.first > b.first;
                return codes[std::size_t(a.second)] < codes[std::size_t(b.second)];
            });
        QList<EntrySummary> ranked;
        ranked.reserve(qsizetype(tiers.size()));
        for (const auto& t : tiers)
            ranked.append(std::move(rows[t.second]));
        return ranked;
    }
    return rows;
}

bool isFieldKey(QStringView key)
{
    return key.contains(QChar(text::SearchQuery::kFieldSeparator));
}

QString searchFieldKey(const EntrySummary& entry)
{
    QVarLengthArray<QStringView, 8> fields{entry.code, entry.title, entry.nominee, entry.unit};
    for (const EntrySummary::AuthorShare& a : entry.authors)
        fields.append(a.name);
    return text::SearchQuery::fieldKey(fields.constData(), fields.size());
}

text::SearchQuery::Tier searchTier(const text::SearchQuery& query, const EntrySummary& entry,
                                   QStringView fieldKey)
{
    if (query.isEmpty())
        return text::SearchQuery::Phrase;
    // Without diacritics in the query the folded fields say it all; with them, the fields themselves.
    const QString own = fieldKey.isNull() ? searchFieldKey(entry) : QString();
    const QStringView key = fieldKey.isNull() ? QStringView(own) : fieldKey;
    const auto folded = query.tierOfKey(key);
    if (!query.hasMarks() || folded == text::SearchQuery::NoMatch)
        return folded;
    QVarLengthArray<QStringView, 8> fields{entry.code, entry.title, entry.nominee, entry.unit};
    for (const EntrySummary::AuthorShare& a : entry.authors)
        fields.append(a.name);
    return query.tier(fields.constData(), fields.size());
}

Result<std::optional<QString>> EntryRepository::codeOf(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT code FROM entry WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q, QString::number(id));
    if (!q.next())
        return std::optional<QString>();
    return std::optional<QString>(q.value(0).toString());
}

Result<std::optional<qint64>> EntryRepository::idOf(const QString& code) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id FROM entry WHERE code = ?"));
    q.addBindValue(code);
    if (!q.exec())
        return sqlError(q, code);
    if (!q.next())
        return std::optional<qint64>();
    return std::optional<qint64>(q.value(0).toLongLong());
}

Result<EntryRepository::Holders> EntryRepository::heldBy(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT (SELECT count(*) FROM score_sheet WHERE entry_id = ?), "
                             "(SELECT count(*) FROM award WHERE entry_id = ?), "
                             "(SELECT count(*) FROM meeting_vote WHERE entry_id = ?)"));
    q.addBindValue(id);
    q.addBindValue(id);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return sqlError(q, QString::number(id));
    return Holders{q.value(0).toInt(), q.value(1).toInt(), q.value(2).toInt()};
}

Result<qint64> EntryRepository::lastId() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM entry")) || !q.next())
        return sqlError(q, m_db.path());
    return q.value(0).toLongLong();
}

Result<Entry> EntryRepository::load(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT e.code, e.title, e.kind, e.category_id, e.summary, e.received_on, e.status, n.id, n.kind, "
        "n.name, "
        "n.gender, n.birth_year, n.position, n.unit_id, e.first_applied_on, e.scope, e.economic_benefit, "
        "e.return_reason FROM entry e JOIN nominee n ON n.id = e.nominee_id WHERE e.id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q, QString::number(id));
    if (!q.next())
        return Error{tr("There is no such entry."), QString::number(id), ErrorKind::NotFound};
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
    e.firstAppliedOn = QDate::fromString(q.value(14).toString(), Qt::ISODate);
    e.scope = q.value(15).toString();
    if (!q.value(16).isNull())
        e.economicBenefit = q.value(16).toLongLong();
    e.returnReason = q.value(17).toString();

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
