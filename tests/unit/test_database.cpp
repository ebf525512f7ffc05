// The campaign file: creation, migrations, and refusing files we must not touch.
#include "storage/database.h"
#include "storage/sql_rows.h"
#include "storage/sqlite_statement.h"
#include "temp_campaign.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <sqlite3.h>

using namespace sangkien;

namespace {

QByteArray fileHash(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// Raw SQLite, bypassing Database, to make files the program did not make.
void rawExec(const QString& path, const char* sql)
{
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.toUtf8().constData(), &db) == SQLITE_OK);
    char* err = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &err);
    INFO((err ? err : ""));
    sqlite3_free(err);
    sqlite3_close(db);
    REQUIRE(rc == SQLITE_OK);
}

int pragmaInt(Database& db, const QString& pragma)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("PRAGMA ") + pragma));
    REQUIRE(q.next());
    return q.value(0).toInt();
}

// Whether this process still has the file open (Linux: a link in /proc/self/fd names it).
bool processHoldsOpen(const QString& path)
{
    const QString target = QFileInfo(path).canonicalFilePath();
    const QDir fds(QStringLiteral("/proc/self/fd"));
    for (const QFileInfo& fd : fds.entryInfoList(QDir::Files | QDir::System | QDir::NoDotAndDotDot))
        if (fd.symLinkTarget() == target)
            return true;
    return false;
}

} // namespace

TEST_CASE("A statement that outlives its database does not keep the file open", "[database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("c.sangkien"));
    auto created = Database::create(path);
    REQUIRE(created.ok());
    std::unique_ptr<Database> db = std::move(created.value());
    auto statement = std::make_unique<SqliteStatement>(*db, "INSERT INTO unit_kind (code, name, position) "
                                                            "VALUES (?, ?, ?)");
    REQUIRE(statement->prepared());
    REQUIRE(processHoldsOpen(path));

    db.reset();
    CHECK_FALSE(processHoldsOpen(path));
    // The statement is finalized with its database; using it afterwards fails instead of crashing.
    CHECK_FALSE(statement->prepared());
    statement->bind(1, QStringLiteral("x")).bind(2, QStringLiteral("X")).bind(3, 1);
    CHECK_FALSE(statement->exec());
    CHECK(statement->lastId() == 0);
    statement.reset();
}

TEST_CASE("A new campaign file carries every migration, our id, foreign keys and WAL", "[database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.sangkien"));
    auto db = Database::create(path);
    REQUIRE(db.ok());
    CHECK(Database::currentSchemaVersion() >= 1);
    CHECK((*db)->schemaVersion() == Database::currentSchemaVersion());
    CHECK(pragmaInt(**db, QStringLiteral("application_id")) == Database::kApplicationId);
    CHECK(pragmaInt(**db, QStringLiteral("foreign_keys")) == 1);

    QSqlQuery q((*db)->connection());
    REQUIRE(q.exec(QStringLiteral("PRAGMA journal_mode")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("wal"));

    for (const char* table :
         {"campaign", "content_category", "unit_kind", "unit", "entry", "nominee", "entry_author",
          "criterion", "award_form", "quota_rule", "council_member", "score_sheet", "score", "award"}) {
        q.prepare(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?"));
        q.addBindValue(QString::fromLatin1(table));
        REQUIRE(q.exec());
        REQUIRE(q.next());
        INFO(table);
        CHECK(q.value(0).toInt() == 1);
    }
}

TEST_CASE("An empty campaign file at schema 0 is migrated when opened", "[database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.sangkien"));
    rawExec(path, "PRAGMA application_id = 1399540590;"); // Database::kApplicationId, nothing else
    auto db = Database::open(path);
    REQUIRE(db.ok());
    CHECK((*db)->schemaVersion() == Database::currentSchemaVersion());
    QSqlQuery q((*db)->connection());
    CHECK(q.exec(QStringLiteral("SELECT count(*) FROM entry")));
}

TEST_CASE("Foreign keys are enforced", "[database]")
{
    testing::TempCampaign campaign;
    QSqlQuery q(campaign.db().connection());
    CHECK_FALSE(q.exec(QStringLiteral("INSERT INTO unit (kind_id, name) VALUES (9999, 'Không có loại')")));
}

TEST_CASE("create refuses to overwrite an existing file", "[database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("precious.xlsx"));
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("the clerk's spreadsheet");
    }
    const QByteArray before = fileHash(path);
    auto db = Database::create(path);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().place == path);
    CHECK(fileHash(path) == before);
}

TEST_CASE("Opening refuses, unchanged, files that are not campaigns", "[database]")
{
    QTemporaryDir dir;

    SECTION("a missing file")
    {
        auto db = Database::open(dir.filePath(QStringLiteral("missing.sangkien")));
        REQUIRE_FALSE(db.ok());
        CHECK(db.error().message.contains(QStringLiteral("not exist")));
    }

    SECTION("a text file")
    {
        const QString path = dir.filePath(QStringLiteral("notes.sangkien"));
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("Danh sách sáng kiến năm 2024\n");
        f.close();
        const QByteArray before = fileHash(path);
        auto db = Database::open(path);
        REQUIRE_FALSE(db.ok());
        CHECK(db.error().message.contains(QStringLiteral("not a Sáng kiến campaign")));
        CHECK(fileHash(path) == before);
        CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));
    }

    SECTION("an empty file")
    {
        const QString path = dir.filePath(QStringLiteral("zero.sangkien"));
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.close();
        auto db = Database::open(path);
        REQUIRE_FALSE(db.ok());
        CHECK(QFile(path).size() == 0);
    }

    SECTION("another program's SQLite database")
    {
        const QString path = dir.filePath(QStringLiteral("other.sqlite"));
        rawExec(path, "CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('Nguyễn Văn An');");
        const QByteArray before = fileHash(path);
        auto db = Database::open(path);
        REQUIRE_FALSE(db.ok());
        CHECK(db.error().message.contains(QStringLiteral("not a Sáng kiến campaign")));
        CHECK(fileHash(path) == before);
    }
}

TEST_CASE("A file made by a newer version is refused and left as it was", "[database]")
{
    testing::TempCampaign campaign;
    campaign.close();
    const QString path = campaign.path();
    const QByteArray sql = QStringLiteral("PRAGMA journal_mode = DELETE; PRAGMA user_version = %1;")
                               .arg(Database::currentSchemaVersion() + 1)
                               .toUtf8();
    rawExec(path, sql.constData());
    const QByteArray before = fileHash(path);

    for (auto mode : {Database::Mode::ReadWrite, Database::Mode::ReadOnly}) {
        auto db = Database::open(path, mode);
        REQUIRE_FALSE(db.ok());
        CHECK(db.error().message.contains(QStringLiteral("newer version")));
        CHECK(fileHash(path) == before);
    }
}

TEST_CASE("A failed transaction leaves nothing behind", "[database]")
{
    testing::TempCampaign campaign;
    Database& db = campaign.db();
    auto status = db.transaction([&]() -> Status {
        QSqlQuery q(db.connection());
        REQUIRE(q.exec(QStringLiteral("INSERT INTO unit_kind (code, name, position) VALUES ('x', 'X', 99)")));
        return Error{QStringLiteral("stop"), QStringLiteral("test")};
    });
    CHECK_FALSE(status.ok());
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM unit_kind WHERE code = 'x'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0);
}

TEST_CASE("A transaction inside a transaction is a savepoint of the outer one", "[database]")
{
    testing::TempCampaign campaign;
    Database& db = campaign.db();
    const auto count = [&](const char* code) {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("SELECT count(*) FROM unit_kind WHERE code = ?"));
        q.addBindValue(QString::fromLatin1(code));
        REQUIRE(q.exec());
        REQUIRE(q.next());
        return q.value(0).toInt();
    };
    const auto insert = [&](const char* code, int position) {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("INSERT INTO unit_kind (code, name, position) VALUES (?, ?, ?)"));
        q.addBindValue(QString::fromLatin1(code));
        q.addBindValue(QString::fromLatin1(code));
        q.addBindValue(position);
        return q.exec();
    };

    SECTION("an inner failure undoes only the inner part; the outer one commits")
    {
        const Status outer = db.transaction([&]() -> Status {
            REQUIRE(insert("outer", 97));
            const Status inner = db.transaction([&]() -> Status {
                REQUIRE(insert("inner", 98));
                return Error{QStringLiteral("inner stops"), QStringLiteral("test")};
            });
            CHECK_FALSE(inner.ok());
            CHECK(db.inTransaction());
            return {};
        });
        CHECK(outer.ok());
        CHECK_FALSE(db.inTransaction());
        CHECK(count("outer") == 1);
        CHECK(count("inner") == 0);
    }
    SECTION("an outer failure undoes the inner part that succeeded")
    {
        const Status outer = db.transaction([&]() -> Status {
            REQUIRE(db.transaction([&]() -> Status {
                          REQUIRE(insert("inner", 98));
                          return {};
                      }).ok());
            REQUIRE(insert("outer", 97));
            return Error{QStringLiteral("outer stops"), QStringLiteral("test")};
        });
        CHECK_FALSE(outer.ok());
        CHECK_FALSE(db.inTransaction());
        CHECK(count("outer") == 0);
        CHECK(count("inner") == 0);
    }
}

TEST_CASE("A read-only open cannot write", "[database]")
{
    testing::TempCampaign campaign;
    campaign.close();
    auto db = Database::open(campaign.path(), Database::Mode::ReadOnly);
    REQUIRE(db.ok());
    QSqlQuery q((*db)->connection());
    CHECK(q.exec(QStringLiteral("SELECT count(*) FROM unit")));
    CHECK_FALSE(q.exec(QStringLiteral("DELETE FROM unit")));
}

TEST_CASE("A file at schema 1 is brought to the current schema, keeping its data", "[database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.sangkien"));
    // Build a version-1 file by hand from migration 1 alone, as the first release wrote it.
    QFile m1(QStringLiteral(":/migrations/0001_initial.sql"));
    REQUIRE(m1.open(QIODevice::ReadOnly));
    const QByteArray script = "PRAGMA application_id = 1399540590;" + m1.readAll() +
                              "INSERT INTO campaign (id, name, year, created_at) VALUES (1, 'Cũ', 2023, 'x');"
                              "PRAGMA user_version = 1;";
    rawExec(path, script.constData());
    auto db = Database::open(path);
    REQUIRE(db.ok());
    CHECK((*db)->schemaVersion() == Database::currentSchemaVersion());
    QSqlQuery q((*db)->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT name, year FROM campaign")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("Cũ"));
    CHECK(q.exec(QStringLiteral("SELECT count(*) FROM audit_log")));
}

TEST_CASE("SqlRows gives a repeated column's texts and ISO dates as the plain readers do", "[database]")
{
    QTemporaryDir dir;
    auto db = Database::create(dir.filePath(QStringLiteral("rows.sangkien")));
    REQUIRE(db.ok());
    QSqlQuery q((*db)->connection());
    REQUIRE(q.exec(QStringLiteral("CREATE TEMP TABLE t (n INTEGER, code TEXT, day TEXT)")));
    // 40 distinct codes (more than the reader keeps), each several times, with Vietnamese letters; dates
    // well formed, impossible, empty, NULL and not ISO at all.
    const QStringList days{
        QStringLiteral("2024-02-29"), QStringLiteral("2023-02-29"), QString(),
        QStringLiteral("2024-13-01"), QStringLiteral("02/03/2024"), QStringLiteral("2024-3-1"),
        QStringLiteral("20a4-01-01")};
    for (int i = 0; i < 200; ++i) {
        q.prepare(QStringLiteral("INSERT INTO t VALUES (?, ?, ?)"));
        q.addBindValue(i);
        q.addBindValue(QStringLiteral("Đơn vị %1").arg(i % 40));
        q.addBindValue(i % 9 == 8 ? QVariant() : QVariant(days[i % days.size()]));
        REQUIRE(q.exec());
    }
    SqlRows rows(**db, "SELECT n, code, day FROM t ORDER BY n");
    int seen = 0;
    while (rows.next()) {
        const int n = int(rows.int64(0));
        CHECK(rows.repeatedString(1) == QStringLiteral("Đơn vị %1").arg(n % 40));
        CHECK(rows.repeatedString(1) == rows.string(1));
        const QDate expected = QDate::fromString(rows.string(2), Qt::ISODate);
        CHECK(rows.date(2) == expected);
        ++seen;
    }
    CHECK_FALSE(rows.error(QStringLiteral("t")));
    CHECK(seen == 200);
}
