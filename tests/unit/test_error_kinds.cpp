// Every error a user can cause carries its kind, set where it starts: SQLite's extended result codes and the
// file system's errno decide, never the English text. A full disk, a read-only file or folder, a locked or
// damaged campaign, a missing file, refused input, a broken quota and a conflict are each told apart, and a
// read-only folder or a name too long for the file system is never called damaged.
#include "awards/quota_validator.h"
#include "common/file_error.h"
#include "read_only_mount.h"
#include "services/entry_service.h"
#include "storage/campaign_builder.h"
#include "storage/campaign_lock.h"
#include "storage/campaign_session.h"
#include "storage/catalog_repository.h"
#include "storage/database.h"
#include "storage/sqlite_error.h"
#include "storage/unit_repository.h"
#include "temp_campaign.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <cerrno>
#include <csignal>
#include <sqlite3.h>
#include <sys/resource.h>

using namespace sangkien;
using sangkien::testing::ReadOnlyMount;
using sangkien::testing::TempCampaign;
using sangkien::testing::TinyDisk;

namespace {

const QString kDamaged = Database::tr("The file is damaged and cannot be read as a campaign.");

// A campaign file made and closed in dir.
QString closedCampaign(const QTemporaryDir& dir, const QString& name = QStringLiteral("c.sangkien"))
{
    const QString path = dir.filePath(name);
    auto created = Database::create(path);
    INFO((created ? QString() : created.error().text()).toStdString());
    REQUIRE(created);
    return path;
}

// A write a user makes: a new unit.
Status addUnit(Database& db, const QString& name)
{
    auto kinds = CatalogRepository(db).unitKinds();
    if (!kinds)
        return kinds.error();
    Unit unit;
    unit.name = name;
    unit.kindId = kinds->first().id;
    auto added = UnitRepository(db, QStringLiteral("van.thu")).add(unit);
    if (!added)
        return added.error();
    return {};
}

// A write far bigger than the room left.
const QString kFiller = QStringLiteral(
    "CREATE TABLE filler(b BLOB); WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
    "WHERE i < 200) INSERT INTO filler SELECT randomblob(65536) FROM n;");

} // namespace

TEST_CASE("SQLite's extended result codes decide the kind", "[errors]")
{
    CHECK(sqliteErrorKind(SQLITE_FULL, 0) == ErrorKind::DiskFull);
    CHECK(sqliteErrorKind(SQLITE_IOERR_WRITE, 0) == ErrorKind::DiskFull);
    CHECK(sqliteErrorKind(SQLITE_IOERR_WRITE, EFBIG) == ErrorKind::DiskFull);
    CHECK(sqliteErrorKind(SQLITE_IOERR_FSYNC, ENOSPC) == ErrorKind::DiskFull);
    CHECK(sqliteErrorKind(SQLITE_READONLY, 0) == ErrorKind::ReadOnly);
    CHECK(sqliteErrorKind(SQLITE_READONLY_DIRECTORY, 0) == ErrorKind::ReadOnly);
    CHECK(sqliteErrorKind(SQLITE_READONLY_CANTINIT, 0) == ErrorKind::ReadOnly);
    CHECK(sqliteErrorKind(SQLITE_CANTOPEN, EACCES) == ErrorKind::ReadOnly);
    CHECK(sqliteErrorKind(SQLITE_CANTOPEN, EROFS) == ErrorKind::ReadOnly);
    CHECK(sqliteErrorKind(SQLITE_CANTOPEN, ENOENT) == ErrorKind::NotFound);
    CHECK(sqliteErrorKind(SQLITE_CANTOPEN, ENAMETOOLONG) == ErrorKind::Refused);
    CHECK(sqliteErrorKind(SQLITE_CANTOPEN, 0) == ErrorKind::Storage);
    CHECK(sqliteErrorKind(SQLITE_BUSY, 0) == ErrorKind::Locked);
    CHECK(sqliteErrorKind(SQLITE_BUSY_SNAPSHOT, 0) == ErrorKind::Locked);
    CHECK(sqliteErrorKind(SQLITE_LOCKED, 0) == ErrorKind::Locked);
    CHECK(sqliteErrorKind(SQLITE_CORRUPT, 0) == ErrorKind::Damaged);
    CHECK(sqliteErrorKind(SQLITE_NOTADB, 0) == ErrorKind::Damaged);
    CHECK(sqliteErrorKind(SQLITE_CONSTRAINT_UNIQUE, 0) == ErrorKind::Conflict);
    CHECK(sqliteErrorKind(SQLITE_CONSTRAINT_PRIMARYKEY, 0) == ErrorKind::Conflict);
    CHECK(sqliteErrorKind(SQLITE_CONSTRAINT_CHECK, 0) == ErrorKind::Refused);
    CHECK(sqliteErrorKind(SQLITE_CONSTRAINT_FOREIGNKEY, 0) == ErrorKind::Refused);
    CHECK(sqliteErrorKind(SQLITE_IOERR_READ, EIO) == ErrorKind::Storage);
    CHECK(sqliteErrorKind(SQLITE_NOMEM, 0) == ErrorKind::Storage);
}

TEST_CASE("The file system's errno decides the kind and names the cause", "[errors]")
{
    CHECK(FileError::kindOf(ENOSPC) == ErrorKind::DiskFull);
    CHECK(FileError::kindOf(EFBIG) == ErrorKind::DiskFull);
    CHECK(FileError::kindOf(EACCES) == ErrorKind::ReadOnly);
    CHECK(FileError::kindOf(EROFS) == ErrorKind::ReadOnly);
    CHECK(FileError::kindOf(EPERM) == ErrorKind::ReadOnly);
    CHECK(FileError::kindOf(ENOENT) == ErrorKind::NotFound);
    CHECK(FileError::kindOf(ENAMETOOLONG) == ErrorKind::Refused);
    CHECK(FileError::kindOf(EIO) == ErrorKind::Storage);
    // Each cause in its own words.
    QStringList causes;
    for (int e : {ENOSPC, EROFS, EACCES, ENOENT, ENAMETOOLONG})
        causes << FileError::causeOf(e);
    causes.removeDuplicates();
    CHECK(causes.size() == 5);
    CHECK(FileError::causeOf(ENAMETOOLONG).contains(QStringLiteral("too long")));
}

TEST_CASE("A full disk is told as a full disk, and nothing is written", "[errors][diskfull]")
{
    SECTION("the disk has no room left (ENOSPC: SQLITE_FULL)")
    {
        QTemporaryDir dir;
        REQUIRE(QDir(dir.path()).mkdir(QStringLiteral("disk")));
        const QString folder = dir.filePath(QStringLiteral("disk"));
        TinyDisk disk(folder, 2 * 1024 * 1024);
        REQUIRE(disk.ok()); // tests run as root
        auto db = Database::create(folder + QStringLiteral("/c.sangkien"));
        REQUIRE(db);
        const Status s = (*db)->execScript(kFiller);
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().kind == ErrorKind::DiskFull);
        CHECK(s.error().message.contains(QStringLiteral("disk is full")));
        CHECK((*db)->schemaVersion() == Database::currentSchemaVersion());
    }
    SECTION("the file may not grow (EFBIG: SQLITE_IOERR_WRITE)")
    {
        TempCampaign campaign;
        const qint64 size = QFileInfo(campaign.path()).size();
        struct rlimit before
        {
        };
        REQUIRE(::getrlimit(RLIMIT_FSIZE, &before) == 0);
        const auto previous = ::signal(SIGXFSZ, SIG_IGN);
        struct rlimit limit = before;
        limit.rlim_cur = rlim_t(size + 64 * 1024);
        REQUIRE(::setrlimit(RLIMIT_FSIZE, &limit) == 0);
        const Status s = campaign.db().execScript(kFiller);
        ::setrlimit(RLIMIT_FSIZE, &before);
        ::signal(SIGXFSZ, previous);
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().kind == ErrorKind::DiskFull);
        CHECK(s.error().message.contains(QStringLiteral("disk is full")));
    }
}

TEST_CASE("A read-only folder is read-only, never damaged", "[errors][readonly]")
{
    QTemporaryDir dir;
    const QString path = closedCampaign(dir);
    ReadOnlyMount readOnly(dir.path());
    REQUIRE(readOnly.ok());

    auto opened = Database::open(path, Database::Mode::ReadWrite);
    REQUIRE_FALSE(opened.ok());
    INFO(opened.error().text().toStdString());
    CHECK(opened.error().kind == ErrorKind::ReadOnly);
    CHECK(opened.error().message != kDamaged);
    CHECK_FALSE(opened.error().message.contains(QStringLiteral("damaged")));
    CHECK(opened.error().message.contains(QStringLiteral("read-only")));

    // The window's path: the session says read-only (and offers to look), not locked, not damaged.
    auto opening = CampaignSession::open(path, false, QStringLiteral("test"));
    CHECK(opening.refusal == CampaignSession::Refusal::ReadOnly);
    CHECK(opening.error.kind == ErrorKind::ReadOnly);
    // Looking needs no writing.
    auto looking = Database::open(path, Database::Mode::ReadOnly);
    INFO((looking ? QString() : looking.error().text()).toStdString());
    CHECK(looking.ok());
}

TEST_CASE("A read-only campaign file in a writable folder is read-only", "[errors][readonly]")
{
    QTemporaryDir dir;
    const QString path = closedCampaign(dir);
    ReadOnlyMount readOnly(path);
    REQUIRE(readOnly.ok());
    auto opened = Database::open(path, Database::Mode::ReadWrite);
    Error error;
    if (opened) // SQLite opens a file it may not write read-only; the first write says so
        error = addUnit(**opened, QStringLiteral("Sở Tư pháp")).error();
    else
        error = opened.error();
    INFO(error.text().toStdString());
    CHECK(error.kind == ErrorKind::ReadOnly);
    CHECK_FALSE(error.message.contains(QStringLiteral("damaged")));
}

TEST_CASE("A name too long for the file system's companion files is said to be too long",
          "[errors][longname]")
{
    QTemporaryDir dir;
    // 250 bytes fit the file system's 255; "-journal" and ".backups" do not.
    const QString name = QString(241, QLatin1Char('a')) + QStringLiteral(".sangkien");
    REQUIRE(QFile::encodeName(name).size() == 250);
    auto created = Database::create(dir.filePath(name));
    REQUIRE_FALSE(created.ok());
    INFO(created.error().text().toStdString());
    CHECK(created.error().kind == ErrorKind::Refused);
    CHECK(created.error().message.contains(FileError::causeOf(ENAMETOOLONG)));
    CHECK_FALSE(created.error().message.contains(QStringLiteral("damaged")));
    CHECK_FALSE(QFileInfo::exists(dir.filePath(name)));

    // A campaign of that name made elsewhere opens, but its backups cannot be named: said so, as such.
    // (A whole campaign, as the program makes them: WAL mode, so SQLite never needs the "-journal" name.)
    const QString path = dir.filePath(QStringLiteral("whole.sangkien"));
    REQUIRE(CampaignBuilder::build(path, QStringLiteral("hungyen-2024")).ok());
    REQUIRE(QFile::rename(path, dir.filePath(name)));
    auto opening = CampaignSession::open(dir.filePath(name), false, QStringLiteral("test"));
    INFO(opening.error.text().toStdString());
    REQUIRE(opening.refusal == CampaignSession::Refusal::None);
    CHECK(opening.error.kind == ErrorKind::Refused);
    CHECK(opening.error.message.contains(FileError::causeOf(ENAMETOOLONG)));
}

TEST_CASE("A campaign another writer holds is locked", "[errors][locked]")
{
    TempCampaign campaign;
    SECTION("SQLite's own lock (SQLITE_BUSY)")
    {
        auto other = Database::open(campaign.path());
        REQUIRE(other);
        REQUIRE((*other)->execScript(QStringLiteral("BEGIN IMMEDIATE;")));
        const Status s =
            campaign.db().execScript(QStringLiteral("PRAGMA busy_timeout = 0; BEGIN IMMEDIATE;"));
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().kind == ErrorKind::Locked);
        REQUIRE((*other)->execScript(QStringLiteral("ROLLBACK;")));
    }
    SECTION("the campaign's writer lock")
    {
        auto first = CampaignLock::acquire(campaign.path(), QStringLiteral("first"));
        REQUIRE(first);
        auto second = CampaignLock::acquire(campaign.path(), QStringLiteral("second"));
        REQUIRE_FALSE(second.ok());
        CHECK(second.error().kind == ErrorKind::Locked);
    }
}

TEST_CASE("A damaged or foreign file is damaged, a missing one is not found", "[errors][damaged]")
{
    QTemporaryDir dir;
    const QString path = closedCampaign(dir);
    SECTION("pages overwritten")
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadWrite));
        const qint64 size = f.size();
        REQUIRE(f.resize(size - 1000)); // no longer whole pages
        f.close();
        auto opened = Database::open(path);
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().kind == ErrorKind::Damaged);
        CHECK(opened.error().message == kDamaged);
    }
    SECTION("not a campaign")
    {
        const QString text = dir.filePath(QStringLiteral("notes.sangkien"));
        QFile f(text);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("Danh sách sáng kiến\n");
        f.close();
        auto opened = Database::open(text);
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().kind == ErrorKind::Damaged);
    }
    SECTION("missing")
    {
        auto opened = Database::open(dir.filePath(QStringLiteral("none.sangkien")));
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().kind == ErrorKind::NotFound);
        auto created = Database::create(dir.filePath(QStringLiteral("no-folder/new.sangkien")));
        REQUIRE_FALSE(created.ok());
        CHECK(created.error().kind == ErrorKind::NotFound);
    }
    SECTION("already there")
    {
        auto created = Database::create(path);
        REQUIRE_FALSE(created.ok());
        CHECK(created.error().kind == ErrorKind::Conflict);
    }
}

TEST_CASE("Refused input, a broken quota and a conflict have their kinds", "[errors]")
{
    TempCampaign campaign;
    Database& db = campaign.db();

    // An entry without a title is refused.
    Entry entry;
    auto created = EntryService(db, QStringLiteral("van.thu")).create(entry);
    REQUIRE_FALSE(created.ok());
    CHECK(created.error().kind == ErrorKind::Refused);

    // A unit of the same name already exists: a conflict.
    REQUIRE(addUnit(db, QStringLiteral("Hợp tác xã Tân Tiến")));
    const Status again = addUnit(db, QStringLiteral("Hợp tác xã Tân Tiến"));
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().kind == ErrorKind::Conflict);

    // Beyond a quota rule.
    const AwardForm form{1, QStringLiteral("director"), QStringLiteral("Giấy khen"), 70, 2};
    const QuotaValidator rules({form}, {{1, 1, std::nullopt, 1}});
    const QList<AwardSlot> one{
        {100, QStringLiteral("SK-1"), 1, NomineeKind::Individual, QStringLiteral("a")}};
    auto beyond =
        rules.canAdd(one, {101, QStringLiteral("SK-2"), 1, NomineeKind::Individual, QStringLiteral("b")});
    REQUIRE_FALSE(beyond.ok());
    INFO(beyond.error().text().toStdString());
    CHECK(beyond.error().kind == ErrorKind::Quota);
    // The same nominee twice breaks a rule, not a quota.
    const QuotaValidator roomy({form}, {{1, 1, std::nullopt, 5}});
    auto twice =
        roomy.canAdd(one, {101, QStringLiteral("SK-2"), 1, NomineeKind::Individual, QStringLiteral("a")});
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().kind == ErrorKind::Refused);
}

namespace {

QStringList sourceFiles()
{
    QStringList files;
    for (const char* dir : {"core", "app", "ui"}) {
        QDirIterator it(QStringLiteral(SANGKIEN_SOURCE_DIR "/") + QLatin1String(dir),
                        {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
    }
    return files;
}

// The top-level arguments of each "Error{…}" in text (string literals skipped), with its line.
QList<std::pair<int, int>> errorConstructions(const QString& text)
{
    QList<std::pair<int, int>> found; // line, argument count
    const QString opener = QStringLiteral("Error{");
    for (qsizetype at = text.indexOf(opener); at >= 0; at = text.indexOf(opener, at + 1)) {
        if (at > 0 && (text.at(at - 1).isLetterOrNumber() || text.at(at - 1) == QLatin1Char('_')))
            continue; // RowError{ and the like
        int depth = 1;
        int args = 1;
        bool inString = false;
        qsizetype i = at + opener.size();
        if (i < text.size() && text.at(i) == QLatin1Char('}'))
            continue; // Error{}: a placeholder, never shown
        for (; i < text.size() && depth > 0; ++i) {
            const QChar c = text.at(i);
            if (inString) {
                if (c == QLatin1Char('\\'))
                    ++i;
                else if (c == QLatin1Char('"'))
                    inString = false;
            } else if (c == QLatin1Char('"')) {
                inString = true;
            } else if (c == QLatin1Char('(') || c == QLatin1Char('{') || c == QLatin1Char('[')) {
                ++depth;
            } else if (c == QLatin1Char(')') || c == QLatin1Char('}') || c == QLatin1Char(']')) {
                --depth;
            } else if (c == QLatin1Char(',') && depth == 1) {
                ++args;
            }
        }
        found.append({int(text.left(at).count(QLatin1Char('\n'))) + 1, args});
    }
    return found;
}

} // namespace

TEST_CASE("Every error names its kind where it starts, no code reads an error's words", "[errors][hygiene]")
{
    CHECK(errorConstructions(QStringLiteral("return Error{tr(\"a, b\"), path};")).first().second == 2);
    CHECK(
        errorConstructions(QStringLiteral("return Error{f(a, b), p, ErrorKind::Refused};")).first().second ==
        3);
    const QStringList files = sourceFiles();
    REQUIRE(files.size() > 20);
    const QRegularExpression readsWords(QStringLiteral(
        "\\.message\\s*(\\.contains|\\.startsWith|\\.endsWith|==)|\\bplace\\s*==|==\\s*[\\w.()]*"
        "\\.place\\b|\\.place\\.(contains|startsWith|endsWith)"));
    QStringList offenders;
    for (const QString& path : files) {
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        const QString name = path.mid(QStringLiteral(SANGKIEN_SOURCE_DIR).size() + 1);
        for (const auto& [line, args] : errorConstructions(text))
            if (args < 3)
                offenders << QStringLiteral("%1:%2: Error{…} without its kind").arg(name).arg(line);
        int number = 0;
        for (const QString& l : text.split(QLatin1Char('\n'))) {
            ++number;
            if (readsWords.match(l).hasMatch())
                offenders << QStringLiteral("%1:%2: reads an error's words: %3").arg(name).arg(number).arg(l);
        }
    }
    INFO(offenders.join(QLatin1Char('\n')).toStdString());
    CHECK(offenders.isEmpty());
}
