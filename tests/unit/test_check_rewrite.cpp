// Migration 19: entry.status and nominee.gender are checked by comparisons joined by OR, not an IN list,
// so writing a row builds no temporary b-tree, and the same values are accepted and refused.
#include "older_schema.h"
#include "storage/check_rewrite.h"
#include "temp_campaign.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <catch2/catch.hpp>

using namespace sangkien;
using sangkien::testing::TempCampaign;

namespace {

QString tableSql(Database& db, const QString& table)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?"));
    q.addBindValue(table);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0).toString();
}

// How many temporary b-trees SQLite's program for a statement opens.
int ephemeralTables(Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("EXPLAIN ") + sql);
    for (qsizetype i = 0; i < sql.count(QLatin1Char('?')); ++i)
        q.addBindValue(QStringLiteral("x"));
    INFO(q.lastError().text().toStdString());
    REQUIRE(q.exec());
    int count = 0;
    while (q.next())
        count += q.value(1).toString() == QLatin1String("OpenEphemeral");
    return count;
}

const QString kInsertNominee =
    QStringLiteral("INSERT INTO nominee (kind, name, gender, birth_year, position, unit_id) "
                   "VALUES ('individual', 'Lê Văn Nam', ?, NULL, '', NULL)");
const QString kInsertEntry = QStringLiteral(
    "INSERT INTO entry (code, title, kind, status, nominee_id, created_at, updated_at) VALUES "
    "(?, 'Sáng kiến', 'initiative', ?, (SELECT max(id) FROM nominee), '2024-05-06', '2024-05-06')");

bool insertNominee(Database& db, const QString& gender)
{
    QSqlQuery q(db.connection());
    q.prepare(kInsertNominee);
    q.addBindValue(gender);
    return q.exec();
}

bool insertEntry(Database& db, const QString& code, const QString& status)
{
    QSqlQuery q(db.connection());
    q.prepare(kInsertEntry);
    q.addBindValue(code);
    q.addBindValue(status);
    return q.exec();
}

void checkSameValuesAccepted(Database& db)
{
    for (const char* gender : {"", "male", "female"})
        CHECK(insertNominee(db, QLatin1String(gender)));
    for (const char* gender : {"Male", "nam", "other"})
        CHECK_FALSE(insertNominee(db, QLatin1String(gender)));
    int n = 0;
    for (const char* status :
         {"received", "complete", "returned", "under_review", "scored", "proposed", "awarded", "not_awarded"})
        CHECK(insertEntry(db, QStringLiteral("SK-2024-9%1").arg(++n, 3, 10, QLatin1Char('0')),
                          QLatin1String(status)));
    for (const char* status : {"Received", "draft", ""})
        CHECK_FALSE(insertEntry(db, QStringLiteral("SK-2024-9%1").arg(++n, 3, 10, QLatin1Char('0')),
                                QLatin1String(status)));
}

} // namespace

TEST_CASE("Writing an entry or a nominee builds no temporary b-tree for its CHECK constraints",
          "[database][import]")
{
    TempCampaign c;
    CHECK(ephemeralTables(c.db(), kInsertNominee) == 0);
    CHECK(ephemeralTables(c.db(), kInsertEntry) == 0);
    CHECK_FALSE(tableSql(c.db(), QStringLiteral("entry")).contains(QLatin1String("status IN (")));
    CHECK_FALSE(tableSql(c.db(), QStringLiteral("nominee")).contains(QLatin1String("gender IN (")));
    checkSameValuesAccepted(c.db());
}

TEST_CASE("Migration 19 rewrites the IN lists of a file of schema 18 and refuses what they refused",
          "[database]")
{
    TempCampaign c;
    {
        // The two constraints as schema 18 wrote them, put back by the same procedure.
        QSqlQuery q(c.db().connection());
        REQUIRE(q.exec(QStringLiteral("PRAGMA schema_version")));
        REQUIRE(q.next());
        const qint64 version = q.value(0).toLongLong();
        q.finish();
        QString entry = tableSql(c.db(), QStringLiteral("entry"));
        const qsizetype start = entry.indexOf(QLatin1String("CHECK (status = "));
        REQUIRE(start >= 0);
        const qsizetype end = entry.indexOf(QLatin1String("'not_awarded')"), start);
        REQUIRE(end > start);
        entry.replace(start, end + 14 - start,
                      QStringLiteral("CHECK (status IN ('received', 'complete', 'returned',\n"
                                     "                     'under_review', 'scored', 'proposed', "
                                     "'awarded', 'not_awarded'))"));
        QString nominee = tableSql(c.db(), QStringLiteral("nominee"));
        nominee.replace(QStringLiteral("CHECK (gender = '' OR gender = 'male' OR gender = 'female')"),
                        QStringLiteral("CHECK (gender IN ('', 'male', 'female'))"));
        REQUIRE(q.exec(QStringLiteral("PRAGMA writable_schema = ON")));
        q.prepare(QStringLiteral("UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = ?"));
        for (const auto& [sql, table] :
             {std::pair{entry, QStringLiteral("entry")}, std::pair{nominee, QStringLiteral("nominee")}}) {
            q.addBindValue(sql);
            q.addBindValue(table);
            REQUIRE(q.exec());
        }
        REQUIRE(q.exec(QStringLiteral("PRAGMA schema_version = %1").arg(version + 1)));
        REQUIRE(q.exec(QStringLiteral("PRAGMA writable_schema = OFF")));
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = 18")));
        q.finish();
        sangkien::testing::undoImportFiles(c.db());
    }
    Database& before = c.reopen(); // migration 19 runs again on open
    CHECK(before.schemaVersion() == Database::currentSchemaVersion());
    CHECK(ephemeralTables(before, kInsertNominee) == 0);
    CHECK(ephemeralTables(before, kInsertEntry) == 0);
    QSqlQuery q(before.connection());
    REQUIRE(q.exec(QStringLiteral("PRAGMA integrity_check")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QLatin1String("ok"));
    q.finish();
    checkSameValuesAccepted(before);
}

TEST_CASE("A CHECK already rewritten, or not written as an IN list, is left as it is", "[database]")
{
    TempCampaign c;
    const QString entry = tableSql(c.db(), QStringLiteral("entry"));
    const QString unit = tableSql(c.db(), QStringLiteral("unit"));
    REQUIRE(c.db().transaction([&] {
        if (auto s = rewriteInListCheck(c.db(), QStringLiteral("entry"), QStringLiteral("status")); !s)
            return s;
        return rewriteInListCheck(c.db(), QStringLiteral("unit"), QStringLiteral("name"));
    }));
    CHECK(tableSql(c.db(), QStringLiteral("entry")) == entry);
    CHECK(tableSql(c.db(), QStringLiteral("unit")) == unit);
}
