// One writer per campaign through the real binary: every command that writes takes the campaign's lock and
// is refused (exit 3, the holder named) while another live program holds it; readers are unaffected; a
// lock left by a crash is taken over; no lock file stays behind.
#include "cli_test_helpers.h"
#include "review/conflicts.h"
#include "storage/campaign_lock.h"

#include <QDir>
#include <QLocale>
#include <QSysInfo>
#include <QTemporaryDir>
#include <cmath>
#include <unistd.h>

using namespace sangkien;
using namespace sangkien::testing;

namespace {

const QString kPin = QStringLiteral("2468");
const QString kHolderProgram = QStringLiteral("sangkien (bài kiểm tra)");

QString makeDemo(const QTemporaryDir& dir, const QString& name)
{
    const QString path = dir.filePath(name);
    const auto r = runCli({QStringLiteral("demo"), path, QStringLiteral("--entries"), QStringLiteral("30"),
                           QStringLiteral("--seed"), QStringLiteral("11")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return path;
}

qint64 entries(const QString& path)
{
    return scalar(path, QStringLiteral("SELECT count(*) FROM entry"));
}

void writeLockFile(const QString& campaign, const QJsonObject& holder)
{
    writeFile(CampaignLock::lockPath(campaign), QJsonDocument(holder).toJson());
}

// A score sheet of member 1 for one entry under review they may score: every criterion at half its maximum.
QByteArray oneSheet(const QString& path)
{
    auto db = Database::open(path, Database::Mode::ReadOnly);
    REQUIRE(db);
    auto conflicts = ConflictTable::load(**db);
    REQUIRE(conflicts);
    QSqlQuery q((*db)->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT id, code FROM entry WHERE status = 'under_review' AND id NOT IN "
                                  "(SELECT entry_id FROM score_sheet) ORDER BY code")));
    QString entry;
    while (entry.isEmpty() && q.next())
        if (conflicts->eligibleMembers(q.value(0).toLongLong()).contains(1))
            entry = q.value(1).toString();
    REQUIRE(!entry.isEmpty());
    QByteArray csv = "entry,criterion,points\n";
    REQUIRE(q.exec(QStringLiteral("SELECT code, max_points FROM criterion ORDER BY position")));
    while (q.next())
        csv += QStringLiteral("%1,%2,%3\n")
                   .arg(entry, q.value(0).toString(), QString::number(std::floor(q.value(1).toDouble() / 2)))
                   .toUtf8();
    return csv;
}

// Two entries a unit might send.
QByteArray twoRows()
{
    return QStringLiteral("STT,Tên sáng kiến,Lĩnh vực,Họ và tên,Đơn vị\n"
                          "1,Ứng dụng phần mềm quản lý văn bản điện tử,2.b,Nguyễn Văn An,Sở Tư pháp\n"
                          "2,Số hoá hồ sơ địa chính toàn huyện,2.d,Trần Văn Bình,Sở Tư pháp\n")
        .toUtf8();
}

} // namespace

TEST_CASE("cli lock: every writer is refused (exit 3, holder named) while a live program holds the campaign",
          "[cli][lock]")
{
    QTemporaryDir dir;
    const QString path = makeDemo(dir, QStringLiteral("locked.sangkien"));
    const QString csv = dir.filePath(QStringLiteral("don_vi.csv"));
    writeFile(csv, twoRows());
    const QString scores = dir.filePath(QStringLiteral("scores.csv"));
    writeFile(scores, oneSheet(path));
    // A sealed score return made before the lock is taken: review-import checks the seal first.
    const QString pkg = dir.filePath(QStringLiteral("member1.skreview"));
    const QString ret = dir.filePath(QStringLiteral("member1.skscores"));
    const auto exported =
        runCli({QStringLiteral("review-export"), path, QStringLiteral("--member"), QStringLiteral("1"),
                QStringLiteral("--pin"), kPin, QStringLiteral("--out"), pkg});
    INFO(exported.err.toStdString());
    REQUIRE(exported.exitCode == 0);
    const auto filled =
        runCli({QStringLiteral("review-fill"), pkg, QStringLiteral("--pin"), kPin, QStringLiteral("--scores"),
                scores, QStringLiteral("--out"), ret, QStringLiteral("--revision"), QStringLiteral("1")});
    INFO(filled.err.toStdString());
    REQUIRE(filled.exitCode == 0);

    const QString fresh = dir.filePath(QStringLiteral("new.sangkien"));
    auto held = CampaignLock::acquire(path, kHolderProgram);
    REQUIRE(held);
    auto heldFresh = CampaignLock::acquire(fresh, kHolderProgram);
    REQUIRE(heldFresh);
    const LockHolder holder = held.value()->info();
    const QByteArray lockBytes = [&] {
        QFile f(CampaignLock::lockPath(path));
        REQUIRE(f.open(QIODevice::ReadOnly));
        return f.readAll();
    }();
    const QByteArray before = fileHash(path);
    const qint64 entriesBefore = entries(path);
    const QString since =
        QLocale(QLocale::Vietnamese).toString(holder.since.toLocalTime(), QStringLiteral("HH:mm dd/MM/yyyy"));

    const QList<QStringList> writers{
        {QStringLiteral("import"), path, csv},
        {QStringLiteral("scores-import"), path, scores, QStringLiteral("--member"), QStringLiteral("1")},
        {QStringLiteral("review-import"), path, ret, QStringLiteral("--pin"), kPin},
        {QStringLiteral("review-export"), path, QStringLiteral("--member"), QStringLiteral("2"),
         QStringLiteral("--pin"), kPin, QStringLiteral("--out"), dir.filePath(QStringLiteral("m2.skreview"))},
        {QStringLiteral("allocate"), path, QStringLiteral("--apply")},
        {QStringLiteral("init"), fresh},
        {QStringLiteral("demo"), fresh, QStringLiteral("--entries"), QStringLiteral("5")},
    };
    for (const QStringList& args : writers) {
        const QString target = args.at(1);
        INFO(args.join(QLatin1Char(' ')).toStdString());
        // Vietnamese by default.
        const auto r = runCli(args, {}, kVietnameseEnv);
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 3);
        CHECK(r.out.isEmpty());
        const QString err = QString::fromUtf8(r.err);
        CHECK(err.contains(QStringLiteral("Phong trào đang được")));
        CHECK(err.contains(target));
        CHECK(err.contains(holder.user));
        CHECK(err.contains(QSysInfo::machineHostName()));
        CHECK(err.contains(kHolderProgram));
        CHECK(err.contains(since));
        // And in English when asked.
        const auto en = runCli(args + QStringList{QStringLiteral("--lang"), QStringLiteral("en")});
        CHECK(en.exitCode == 3);
        CHECK(en.err.contains("open for writing by"));
        CHECK(en.err.contains(kHolderProgram.toUtf8()));
    }
    CHECK(fileHash(path) == before);
    CHECK(entries(path) == entriesBefore);
    CHECK_FALSE(QFile::exists(fresh));
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("m2.skreview"))));
    // The holder's lock is untouched by the refused writers.
    QFile lockFile(CampaignLock::lockPath(path));
    REQUIRE(lockFile.open(QIODevice::ReadOnly));
    CHECK(lockFile.readAll() == lockBytes);
    lockFile.close();

    // Once released, the same commands write.
    held.value().reset();
    heldFresh.value().reset();
    const auto imported = runCli({QStringLiteral("import"), path, csv});
    INFO(imported.err.toStdString());
    CHECK(imported.exitCode == 0);
    CHECK(entries(path) == entriesBefore + 2);
    const auto applied = runCli({QStringLiteral("allocate"), path, QStringLiteral("--apply")});
    INFO(applied.err.toStdString());
    CHECK(applied.exitCode == 0);
    CHECK(runCli({QStringLiteral("init"), fresh}).exitCode == 0);
    CHECK_FALSE(QFile::exists(CampaignLock::lockPath(path)));
    CHECK_FALSE(QFile::exists(CampaignLock::lockPath(fresh)));
}

TEST_CASE("cli lock: readers work while another program holds the campaign", "[cli][lock]")
{
    QTemporaryDir dir;
    const QString path = makeDemo(dir, QStringLiteral("shared.sangkien"));
    const QString csv = dir.filePath(QStringLiteral("don_vi.csv"));
    writeFile(csv, twoRows());
    auto held = CampaignLock::acquire(path, kHolderProgram);
    REQUIRE(held);
    const QByteArray before = fileHash(path);

    const QList<QStringList> readers{
        {QStringLiteral("list"), path},
        {QStringLiteral("list"), path, QStringLiteral("--format"), QStringLiteral("json")},
        {QStringLiteral("rank"), path},
        {QStringLiteral("check"), path},
        {QStringLiteral("members"), path},
        {QStringLiteral("allocate"), path},
        {QStringLiteral("import"), path, csv, QStringLiteral("--dry-run")},
        {QStringLiteral("backup"), path, QStringLiteral("--out"),
         dir.filePath(QStringLiteral("copy.sangkien"))},
    };
    for (const QStringList& args : readers) {
        INFO(args.join(QLatin1Char(' ')).toStdString());
        const auto r = runCli(args);
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 0);
    }
    CHECK(fileHash(path) == before);
    CHECK(QFile::exists(dir.filePath(QStringLiteral("copy.sangkien"))));
    CHECK(CampaignLock::holder(path)->pid == QCoreApplication::applicationPid());
    held.value().reset();
    CHECK_FALSE(QFile::exists(CampaignLock::lockPath(path)));
}

TEST_CASE("cli lock: a lock left by a crashed program is taken over, and released after", "[cli][lock]")
{
    QTemporaryDir dir;
    const QString path = makeDemo(dir, QStringLiteral("stale.sangkien"));
    const QString csv = dir.filePath(QStringLiteral("don_vi.csv"));
    writeFile(csv, twoRows());
    const qint64 before = entries(path);
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    const QString old = QDateTime::currentDateTimeUtc().addSecs(-3600).toString(Qt::ISODate);

    SECTION("its process is gone on this machine")
    {
        // Beyond Linux's largest pid: no such process.
        writeLockFile(path, {{QStringLiteral("user"), QStringLiteral("van.thu")},
                             {QStringLiteral("host"), QSysInfo::machineHostName()},
                             {QStringLiteral("pid"), 999999999},
                             {QStringLiteral("program"), QStringLiteral("sangkien")},
                             {QStringLiteral("since"), now},
                             {QStringLiteral("heartbeat"), now}});
        const auto r = runCli({QStringLiteral("import"), path, csv});
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 0);
        CHECK(entries(path) == before + 2);
        const auto applied = runCli({QStringLiteral("allocate"), path, QStringLiteral("--apply")});
        CHECK(applied.exitCode == 0);
    }
    SECTION("its heartbeat on another machine stopped long ago")
    {
        writeLockFile(path, {{QStringLiteral("user"), QStringLiteral("ke.toan")},
                             {QStringLiteral("host"), QStringLiteral("may-ke-toan")},
                             {QStringLiteral("pid"), 1},
                             {QStringLiteral("program"), QStringLiteral("sangkien")},
                             {QStringLiteral("since"), old},
                             {QStringLiteral("heartbeat"), old}});
        const auto r = runCli({QStringLiteral("import"), path, csv});
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 0);
        CHECK(entries(path) == before + 2);
    }
    SECTION("a live holder on another machine is respected")
    {
        writeLockFile(path, {{QStringLiteral("user"), QStringLiteral("ke.toan")},
                             {QStringLiteral("host"), QStringLiteral("may-ke-toan")},
                             {QStringLiteral("pid"), 1},
                             {QStringLiteral("program"), QStringLiteral("sangkien")},
                             {QStringLiteral("since"), old},
                             {QStringLiteral("heartbeat"), now}});
        const auto r =
            runCli({QStringLiteral("import"), path, csv, QStringLiteral("--lang"), QStringLiteral("en")});
        CHECK(r.exitCode == 3);
        CHECK(r.err.contains("ke.toan (sangkien)"));
        CHECK(r.err.contains("may-ke-toan"));
        CHECK(entries(path) == before);
        QFile::remove(CampaignLock::lockPath(path));
    }
    CHECK_FALSE(QFile::exists(CampaignLock::lockPath(path)));
    // Nothing of the takeover stays beside the campaign.
    for (const QString& name : QDir(dir.path()).entryList(QDir::Files))
        CHECK_FALSE(name.contains(QStringLiteral(".lock")));
}

TEST_CASE("cli lock: a writer that fails or is refused releases the lock", "[cli][lock]")
{
    QTemporaryDir dir;
    const QString path = makeDemo(dir, QStringLiteral("release.sangkien"));
    const QString csv = dir.filePath(QStringLiteral("bad.csv"));
    writeFile(csv, QStringLiteral("STT,Tên sáng kiến,Lĩnh vực,Họ và tên,Đơn vị\n"
                                  "1,Số hoá hồ sơ địa chính toàn huyện,9.z,Trần Văn Bình,Sở Tư pháp\n")
                       .toUtf8());
    CHECK(runCli({QStringLiteral("import"), path, csv}).exitCode == 2);
    CHECK_FALSE(QFile::exists(CampaignLock::lockPath(path)));
    CHECK(
        runCli({QStringLiteral("scores-import"), path, csv, QStringLiteral("--member"), QStringLiteral("1")})
            .exitCode == 2);
    CHECK_FALSE(QFile::exists(CampaignLock::lockPath(path)));
    CHECK(runCli({QStringLiteral("init"), path}).exitCode == 2);
    CHECK_FALSE(QFile::exists(CampaignLock::lockPath(path)));
    // Writers on a file that is not there, or in a folder that is not there: no lock file is made.
    const QString missing = dir.filePath(QStringLiteral("missing.sangkien"));
    CHECK(runCli({QStringLiteral("import"), missing, csv}).exitCode == 3);
    CHECK_FALSE(QFile::exists(CampaignLock::lockPath(missing)));
    CHECK(
        runCli({QStringLiteral("init"), dir.filePath(QStringLiteral("no/such/folder.sangkien"))}).exitCode ==
        2);
    CHECK(QDir(dir.path()).entryList(QDir::Files).filter(QStringLiteral(".lock")).isEmpty());
}

TEST_CASE("cli lock: a lock file still being written is respected, an old unreadable one is taken over",
          "[cli][lock]")
{
    QTemporaryDir dir;
    const QString path = makeDemo(dir, QStringLiteral("young.sangkien"));
    const QString csv = dir.filePath(QStringLiteral("don_vi.csv"));
    writeFile(csv, twoRows());
    const qint64 before = entries(path);

    SECTION("an empty lock made a moment ago: another writer may be filling it in")
    {
        writeFile(CampaignLock::lockPath(path), QByteArray());
        const auto r =
            runCli({QStringLiteral("import"), path, csv, QStringLiteral("--lang"), QStringLiteral("en")});
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 3);
        CHECK(r.err.contains("open for writing"));
        CHECK(entries(path) == before);
        // Untouched: its writer will fill it in.
        CHECK(QFileInfo(CampaignLock::lockPath(path)).size() == 0);
        QFile::remove(CampaignLock::lockPath(path));
    }
    SECTION("a half-written lock made a moment ago")
    {
        writeFile(CampaignLock::lockPath(path), QByteArrayLiteral("{\"user\":\"van.th"));
        CHECK(runCli({QStringLiteral("import"), path, csv}).exitCode == 3);
        CHECK(entries(path) == before);
        QFile::remove(CampaignLock::lockPath(path));
    }
    SECTION("an empty lock left long ago by a writer killed while making it")
    {
        writeFile(CampaignLock::lockPath(path), QByteArray());
        QFile lock(CampaignLock::lockPath(path));
        REQUIRE(lock.open(QIODevice::ReadWrite));
        REQUIRE(lock.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-60),
                                 QFileDevice::FileModificationTime));
        lock.close();
        const auto r = runCli({QStringLiteral("import"), path, csv});
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 0);
        CHECK(entries(path) == before + 2);
    }
    CHECK_FALSE(QFile::exists(CampaignLock::lockPath(path)));
}

TEST_CASE("cli lock: a live holder on this machine is never stale, a reused process id is", "[cli][lock]")
{
    QTemporaryDir dir;
    const QString path = makeDemo(dir, QStringLiteral("live.sangkien"));
    const QString csv = dir.filePath(QStringLiteral("don_vi.csv"));
    writeFile(csv, twoRows());
    const qint64 before = entries(path);
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    const QString old = QDateTime::currentDateTimeUtc().addSecs(-3600).toString(Qt::ISODate);
    // This test's own process is the live holder.
    const qint64 livePid = QCoreApplication::applicationPid();

    SECTION("a live process whose heartbeat stopped an hour ago (suspended, or busy) keeps its lock")
    {
        writeLockFile(path, {{QStringLiteral("user"), QStringLiteral("van.thu")},
                             {QStringLiteral("host"), QSysInfo::machineHostName()},
                             {QStringLiteral("pid"), livePid},
                             {QStringLiteral("program"), QStringLiteral("sangkien")},
                             {QStringLiteral("since"), old},
                             {QStringLiteral("heartbeat"), old}});
        const auto r =
            runCli({QStringLiteral("import"), path, csv, QStringLiteral("--lang"), QStringLiteral("en")});
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 3);
        CHECK(r.err.contains("van.thu (sangkien)"));
        CHECK(entries(path) == before);
        QFile::remove(CampaignLock::lockPath(path));
    }
    SECTION("the process id now belongs to a process that started later: the holder is gone")
    {
        writeLockFile(path, {{QStringLiteral("user"), QStringLiteral("van.thu")},
                             {QStringLiteral("host"), QSysInfo::machineHostName()},
                             {QStringLiteral("pid"), livePid},
                             {QStringLiteral("started"), QStringLiteral("1")},
                             {QStringLiteral("program"), QStringLiteral("sangkien")},
                             {QStringLiteral("since"), now},
                             {QStringLiteral("heartbeat"), now}});
        const auto r = runCli({QStringLiteral("import"), path, csv});
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 0);
        CHECK(entries(path) == before + 2);
    }
    CHECK_FALSE(QFile::exists(CampaignLock::lockPath(path)));
}

TEST_CASE("cli lock: every name of the campaign shares one lock, a file with two hard links is not written",
          "[cli][lock]")
{
    QTemporaryDir dir;
    const QString path = makeDemo(dir, QStringLiteral("named.sangkien"));
    const QString csv = dir.filePath(QStringLiteral("don_vi.csv"));
    writeFile(csv, twoRows());
    const qint64 before = entries(path);
    REQUIRE(QDir(dir.path()).mkdir(QStringLiteral("sub")));

    SECTION("a symbolic link in another folder finds the holder's lock")
    {
        const QString alias = dir.filePath(QStringLiteral("sub/alias.sangkien"));
        REQUIRE(QFile::link(path, alias));
        auto held = CampaignLock::acquire(path, kHolderProgram);
        REQUIRE(held);
        const auto r =
            runCli({QStringLiteral("import"), alias, csv, QStringLiteral("--lang"), QStringLiteral("en")});
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 3);
        CHECK(r.err.contains(kHolderProgram.toUtf8()));
        CHECK(entries(path) == before);
        // Another spelling of the same path too.
        const QString spelled = dir.filePath(QStringLiteral("sub/../named.sangkien"));
        CHECK(runCli({QStringLiteral("import"), spelled, csv}).exitCode == 3);
        CHECK(entries(path) == before);
        held.value().reset();
        CHECK(runCli({QStringLiteral("import"), alias, csv}).exitCode == 0);
        CHECK(entries(path) == before + 2);
        CHECK_FALSE(QFile::exists(alias + QStringLiteral(".lock")));
    }
    SECTION("a hard link: two names would be two journals, so writers refuse through either name")
    {
        const QString second = dir.filePath(QStringLiteral("sub/second.sangkien"));
        REQUIRE(::link(QFile::encodeName(path).constData(), QFile::encodeName(second).constData()) == 0);
        const QByteArray hash = fileHash(path);
        for (const QString& name : {second, path}) {
            INFO(name.toStdString());
            const auto r =
                runCli({QStringLiteral("import"), name, csv, QStringLiteral("--lang"), QStringLiteral("en")});
            INFO(r.err.toStdString());
            CHECK(r.exitCode == 3);
            CHECK(r.err.contains("hard links"));
            CHECK(r.err.contains(name.toUtf8()));
            const auto applied = runCli({QStringLiteral("allocate"), name, QStringLiteral("--apply")});
            CHECK(applied.exitCode == 3);
        }
        CHECK(fileHash(path) == hash);
        CHECK_FALSE(QFile::exists(second + QStringLiteral("-wal")));
        // Readers still read through either name.
        CHECK(runCli({QStringLiteral("list"), second}).exitCode == 0);
        CHECK(runCli({QStringLiteral("check"), path}).exitCode == 0);
        // With one name again, it is written as before.
        REQUIRE(QFile::remove(second));
        CHECK(runCli({QStringLiteral("import"), path, csv}).exitCode == 0);
        CHECK(entries(path) == before + 2);
    }
}
