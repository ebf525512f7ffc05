// Malformed campaign files through the real binary: cut short, a wrong page size, random bytes, SQLite
// files that are no campaign, damaged pages, a -wal that belongs to another file, a schema from the
// future, a folder, an empty file. `list` and `check` refuse each one with a message naming the file
// (exit 3; `check` may instead report the damage it found, exit 2), never crash, and change no byte.
#include "cli_test_helpers.h"

#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>

using namespace sangkien;
using namespace sangkien::testing;

namespace {

constexpr int kPage = 4096;

enum class Expect
{
    Refused,
    // Damage inside pages that listing never reads: only `check`, which reads every page, must see it.
    DamageListMayMiss,
    // A -wal of random bytes: SQLite ignores a -wal whose header is not one, so the campaign reads as
    // its main file holds it, whole and undamaged.
    ReadsAsBefore,
};

struct Malformed
{
    Malformed(QString n, QByteArray b, QByteArray w = {}, bool d = false, Expect e = Expect::Refused)
        : name(std::move(n))
        , bytes(std::move(b))
        , wal(std::move(w))
        , directory(d)
        , expect(e)
    {}

    QString name; // also the file's name
    QByteArray bytes;
    QByteArray wal; // written beside it as "-wal" when not empty
    bool directory = false;
    Expect expect = Expect::Refused;
};

QByteArray readAll(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

QByteArray randomBytes(int size, quint32 seed)
{
    QRandomGenerator rng(seed);
    QByteArray b(size, Qt::Uninitialized);
    for (char& c : b)
        c = char(rng.bounded(256));
    return b;
}

QByteArray withBytes(QByteArray file, qsizetype at, const QByteArray& bytes)
{
    file.replace(at, bytes.size(), bytes);
    return file;
}

QByteArray zeroed(QByteArray file, double where, int pages)
{
    const qsizetype start = qsizetype(file.size() * where) / kPage * kPage;
    return withBytes(std::move(file), start, QByteArray(pages * kPage, '\0'));
}

// A plain SQLite file made by someone else's program.
QByteArray foreignSqlite(const QString& dir, const QString& setup)
{
    const QString path = QDir(dir).filePath(QStringLiteral("foreign-%1.sqlite").arg(qHash(setup)));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), path);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        for (const QString& sql : setup.split(QLatin1Char(';'), Qt::SkipEmptyParts))
            REQUIRE(q.exec(sql));
        q = QSqlQuery();
        db.close();
    }
    QSqlDatabase::removeDatabase(path);
    const QByteArray bytes = readAll(path);
    QFile::remove(path);
    return bytes;
}

// The -wal of another campaign: valid in itself, holding committed changes to that other file's pages.
QByteArray foreignWal(const QString& campaign)
{
    auto db = Database::open(campaign);
    REQUIRE(db);
    // Keep the changes in the -wal: no checkpoint while we copy it.
    REQUIRE((*db)->execScript(QStringLiteral("PRAGMA wal_autocheckpoint = 0;")));
    REQUIRE((*db)->execScript(QStringLiteral("UPDATE entry SET title = title || ' (bản sửa)';")));
    const QByteArray wal = readAll(campaign + QStringLiteral("-wal"));
    REQUIRE(wal.size() > kPage);
    return wal;
}

QString demo(const QString& path, int seed)
{
    const auto r = runCli({QStringLiteral("demo"), path, QStringLiteral("--entries"), QStringLiteral("40"),
                           QStringLiteral("--seed"), QString::number(seed)});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return path;
}

} // namespace

TEST_CASE("malformed files: 29 broken campaign files are refused by list and check, unchanged",
          "[cli][safety][malformed]")
{
    QTemporaryDir work;
    const QString good = demo(work.filePath(QStringLiteral("good.sangkien")), 1);
    const QString other = demo(work.filePath(QStringLiteral("other.sangkien")), 2);
    const QByteArray campaign = readAll(good);
    const qsizetype size = campaign.size();
    REQUIRE(size > 20 * kPage);
    REQUIRE(size % kPage == 0);
    const QByteArray header = campaign.left(100);
    const int schema = Database::currentSchemaVersion();
    const qint64 entryRoot =
        scalar(good, QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = 'entry'"));
    REQUIRE(entryRoot > 1);

    QList<Malformed> files{
        {QStringLiteral("empty"), {}},
        {QStringLiteral("folder"), {}, {}, true},
        {QStringLiteral("text"), QStringLiteral("Danh sách sáng kiến năm 2024\n").toUtf8()},
        {QStringLiteral("random-4k"), randomBytes(kPage, 1)},
        {QStringLiteral("random-200k"), randomBytes(50 * kPage, 2)},
        {QStringLiteral("magic-only"), QByteArrayLiteral("SQLite format 3\0")},
        {QStringLiteral("header-only"), header},
        {QStringLiteral("cut-at-1k"), campaign.left(1024)},
        {QStringLiteral("cut-at-1-page"), campaign.left(kPage)},
        {QStringLiteral("cut-at-3-pages"), campaign.left(3 * kPage)},
        {QStringLiteral("cut-in-half"), campaign.left(size / 2 / kPage * kPage)},
        {QStringLiteral("cut-last-page"), campaign.left(size - kPage)},
        {QStringLiteral("cut-mid-page"), campaign.left(size - 1000)},
        {QStringLiteral("page-size-768"), withBytes(campaign, 16, QByteArrayLiteral("\x03\x00"))},
        {QStringLiteral("page-size-1024"), withBytes(campaign, 16, QByteArrayLiteral("\x04\x00"))},
        {QStringLiteral("page-size-65536"), withBytes(campaign, 16, QByteArrayLiteral("\x00\x01"))},
        {QStringLiteral("wrong-magic"), withBytes(campaign, 0, QByteArrayLiteral("SQLite format 4"))},
        {QStringLiteral("page-count-1"), withBytes(campaign, 28, QByteArrayLiteral("\x00\x00\x00\x01"))},
        {QStringLiteral("zeroed-page-1"), withBytes(campaign, 100, QByteArray(kPage - 100, '\0'))},
        // In the entries, before the trail: from the entry table's root page on, wherever the migrations
        // before it left it (a fixed fraction of the file moves onto an index list never reads when a
        // migration adds a table).
        {QStringLiteral("zeroed-entries"),
         withBytes(campaign, (entryRoot - 1) * kPage, QByteArray(3 * kPage, '\0'))},
        // Whether list reads the zeroed pages depends on where SQLite put each table; check always does.
        {QStringLiteral("zeroed-middle"), zeroed(campaign, 0.5, 3), {}, false, Expect::DamageListMayMiss},
        {QStringLiteral("zeroed-three-quarters"),
         zeroed(campaign, 0.75, 3),
         {},
         false,
         Expect::DamageListMayMiss},
        {QStringLiteral("random-after-page-1"), campaign.left(kPage) + randomBytes(int(size - kPage), 3)},
        {QStringLiteral("not-a-campaign"),
         foreignSqlite(work.path(), QStringLiteral("CREATE TABLE entry (id INTEGER PRIMARY KEY, title TEXT);"
                                                   "INSERT INTO entry (title) VALUES ('x')"))},
        {QStringLiteral("campaign-id-no-tables"),
         foreignSqlite(work.path(), QStringLiteral("PRAGMA application_id = %1;PRAGMA user_version = %2;"
                                                   "CREATE TABLE t (x)")
                                        .arg(Database::kApplicationId)
                                        .arg(schema))},
        {QStringLiteral("campaign-id-old-empty"),
         foreignSqlite(
             work.path(),
             QStringLiteral("PRAGMA application_id = %1;CREATE TABLE t (x)").arg(Database::kApplicationId))},
        {QStringLiteral("foreign-wal"), campaign, foreignWal(other)},
        {QStringLiteral("random-wal"), campaign, randomBytes(8 * kPage, 4), false, Expect::ReadsAsBefore},
    };
    // A campaign from a future version of the program.
    {
        const QString future = work.filePath(QStringLiteral("future.sangkien"));
        REQUIRE(QFile::copy(good, future));
        tamper(future, QStringLiteral("PRAGMA user_version = %1;").arg(schema + 1));
        files.append({QStringLiteral("schema-from-the-future"), readAll(future)});
        for (const char* suffix : {"", "-wal", "-shm"})
            QFile::remove(future + QString::fromLatin1(suffix));
    }

    const auto goodList =
        runCli({QStringLiteral("list"), good, QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(goodList.exitCode == 0);

    int refusedByBoth = 0;
    for (const Malformed& m : files) {
        INFO(m.name.toStdString());
        QTemporaryDir dir;
        const QString path = dir.filePath(m.name + QStringLiteral(".sangkien"));
        if (m.directory)
            REQUIRE(QDir().mkdir(path));
        else
            writeFile(path, m.bytes);
        if (!m.wal.isEmpty())
            writeFile(path + QStringLiteral("-wal"), m.wal);
        const QByteArray before = m.directory ? QByteArray() : fileHash(path);
        const QByteArray walBefore = m.wal.isEmpty() ? QByteArray() : fileHash(path + QStringLiteral("-wal"));

        bool listRefused = true;
        for (const QStringList& args :
             {QStringList{QStringLiteral("list"), path, QStringLiteral("--lang=en")},
              QStringList{QStringLiteral("list"), path, QStringLiteral("--format"),
                          QStringLiteral("json")}}) {
            INFO(args.join(QLatin1Char(' ')).toStdString());
            const auto r = runCli(args);
            INFO(r.err.toStdString());
            REQUIRE(r.exitCode != -1); // never a crash
            if (m.expect == Expect::ReadsAsBefore) {
                CHECK(r.exitCode == 0);
                if (args.contains(QStringLiteral("json")))
                    CHECK(r.out == goodList.out);
                listRefused = false;
                continue;
            }
            if (m.expect == Expect::DamageListMayMiss && r.exitCode == 0) {
                listRefused = false;
                continue;
            }
            CHECK(r.exitCode == 3);
            CHECK(r.out.isEmpty());
            CHECK(r.err.contains(path.toUtf8()));
        }
        const auto check = runCli({QStringLiteral("check"), path, QStringLiteral("--lang=en")});
        INFO(check.err.toStdString());
        REQUIRE(check.exitCode != -1);
        if (m.expect == Expect::ReadsAsBefore) {
            CHECK(check.exitCode == 0);
        } else {
            // Exit 3: the file cannot be read as a campaign. Exit 2: it can, and the damage is listed.
            CHECK((check.exitCode == 3 || check.exitCode == 2));
            if (check.exitCode == 2) {
                CHECK(check.out.contains("SQLite reports damage"));
                CHECK(check.out.contains(path.toUtf8()));
            }
            CHECK(check.err.contains(path.toUtf8()));
            refusedByBoth += listRefused ? 1 : 0;
        }

        // Not a byte changed, nothing left beside it but SQLite's empty side files of a read-only look.
        if (m.directory) {
            CHECK(QFileInfo(path).isDir());
            CHECK(QDir(path).isEmpty());
        } else {
            CHECK(fileHash(path) == before);
        }
        if (!m.wal.isEmpty())
            CHECK(fileHash(path + QStringLiteral("-wal")) == walBefore);
        else
            CHECK(QFileInfo(path + QStringLiteral("-wal")).size() <= 0);
        CHECK_FALSE(QFile::exists(path + QStringLiteral(".lock")));
    }
    WARN(files.size() << " malformed files; refused by both list and check: " << refusedByBoth);
    CHECK(files.size() >= 28);
    CHECK(refusedByBoth >= 26);
}
