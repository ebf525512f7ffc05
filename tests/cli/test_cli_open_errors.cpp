// Files that are not campaigns, or not ours to change: exit 2 or 3 and not a byte changed.
#include "cli_test_helpers.h"

#include <QFileInfo>
#include <QTemporaryDir>

using namespace sangkien;
using namespace sangkien::testing;

namespace {

const QString en = QStringLiteral("--lang=en");

// Runs list (text and json) and check on path: each exits 3, prints nothing on stdout, changes nothing.
void requireCannotOpen(const QString& path, const char* why)
{
    const QByteArray before = fileHash(path);
    for (const QStringList& args :
         {QStringList{QStringLiteral("list"), path, en},
          QStringList{QStringLiteral("list"), path, en, QStringLiteral("--format"), QStringLiteral("json")},
          QStringList{QStringLiteral("check"), path, en}}) {
        INFO(args.join(QLatin1Char(' ')).toStdString());
        const auto r = runCli(args);
        CHECK(r.exitCode == 3);
        CHECK(r.out.isEmpty());
        CHECK(r.err.contains(why));
        CHECK(r.err.contains(path.toUtf8()));
    }
    CHECK(fileHash(path) == before);
    // A read-only look at a WAL file may leave SQLite's empty side files, never a logged change.
    const QFileInfo wal(path + QStringLiteral("-wal"));
    CHECK((!wal.exists() || wal.size() == 0));
}

} // namespace

TEST_CASE("cli: a missing file cannot be opened (exit 3)", "[cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("nowhere.sangkien"));
    for (const char* command : {"list", "check"}) {
        const auto r = runCli({QString::fromLatin1(command), path, en});
        CHECK(r.exitCode == 3);
        CHECK(r.err.contains("does not exist"));
    }
    CHECK_FALSE(QFile::exists(path));
}

TEST_CASE("cli: a file that is not SQLite is refused (exit 3)", "[cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.sangkien"));
    writeFile(path, "Danh sách sáng kiến năm 2024\n");
    requireCannotOpen(path, "not a S");
}

TEST_CASE("cli: a SQLite file that is not a campaign is refused (exit 3)", "[cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.sqlite"));
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign-file"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("CREATE TABLE entry (id INTEGER PRIMARY KEY, title TEXT)")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO entry (title) VALUES ('x')")));
        q = QSqlQuery();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign-file"));
    requireCannotOpen(path, "not a S");
}

TEST_CASE("cli: a campaign from a newer version is refused and left unchanged (exit 3)", "[cli]")
{
    TempCampaign campaign;
    campaign.close();
    tamper(campaign.path(),
           QStringLiteral("PRAGMA user_version = %1;").arg(Database::currentSchemaVersion() + 1));
    requireCannotOpen(campaign.path(), "newer version");
}

TEST_CASE("cli: a damaged campaign file is reported, never changed", "[cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("damaged.sangkien"));
    REQUIRE(
        runCli({QStringLiteral("demo"), path, QStringLiteral("--entries"), QStringLiteral("40")}).exitCode ==
        0);
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadWrite));
    const qint64 size = f.size();
    REQUIRE(size > 8 * 4096);
    // Scribble over every page after the first: the header still says "campaign", the tables are gone.
    f.seek(4096);
    f.write(QByteArray(int(size - 4096), '\xA5'));
    f.close();
    const QByteArray before = fileHash(path);

    const auto list = runCli({QStringLiteral("list"), path, en});
    CHECK(list.exitCode == 3);
    CHECK(list.out.isEmpty());
    const auto check = runCli({QStringLiteral("check"), path, en});
    CHECK((check.exitCode == 2 || check.exitCode == 3));
    CHECK_FALSE(check.err.isEmpty());
    CHECK(fileHash(path) == before);
}

TEST_CASE("cli: init and demo refuse an existing file and leave it byte-identical (exit 2)", "[cli]")
{
    TempCampaign campaign;
    campaign.close();
    const QString path = campaign.path();
    const QByteArray before = fileHash(path);
    REQUIRE_FALSE(before.isEmpty());

    for (const char* command : {"init", "demo"}) {
        INFO(command);
        const auto r = runCli({QString::fromLatin1(command), path, en});
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains("already exists"));
        CHECK(r.err.contains(path.toUtf8()));
        CHECK(r.out.isEmpty());
        CHECK(fileHash(path) == before);
    }

    // Any existing file, campaign or not.
    const QString text = campaign.dir() + QStringLiteral("/note.txt");
    writeFile(text, "keep me");
    CHECK(runCli({QStringLiteral("init"), text}).exitCode == 2);
    CHECK(fileHash(text) == QCryptographicHash::hash("keep me", QCryptographicHash::Sha256).toHex());
}

TEST_CASE("cli: init with an unknown template writes nothing (exit 2)", "[cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.sangkien"));
    const auto r = runCli(
        {QStringLiteral("init"), path, QStringLiteral("--template"), QStringLiteral("hanoi-1999"), en});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains("hanoi-1999"));
    CHECK_FALSE(QFile::exists(path));
    CHECK(runCli({QStringLiteral("demo"), path, QStringLiteral("--template"), QStringLiteral("hanoi-1999")})
              .exitCode == 2);
    CHECK_FALSE(QFile::exists(path));
}

TEST_CASE("cli: init creates the 2024 campaign (exit 0)", "[cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.sangkien"));
    const auto r =
        runCli({QStringLiteral("init"), path, QStringLiteral("--template"), QStringLiteral("hungyen-2024")});
    CHECK(r.exitCode == 0);
    CHECK(r.err.isEmpty());
    REQUIRE(QFile::exists(path));
    CHECK(scalar(path, QStringLiteral("SELECT count(*) FROM content_category")) == 11);
    CHECK(scalar(path, QStringLiteral("SELECT count(*) FROM entry")) == 0);

    const auto list =
        runCli({QStringLiteral("list"), path, QStringLiteral("--format"), QStringLiteral("json")});
    CHECK(list.exitCode == 0);
    CHECK(parseJson(list.out).value(QStringLiteral("entries")).toArray().isEmpty());
    CHECK(runCli({QStringLiteral("check"), path}).exitCode == 0);
}
