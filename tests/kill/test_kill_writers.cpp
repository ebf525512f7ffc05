// Issue 14: `init`, `demo`, `review-export`, `backup` and `scores-import` killed with SIGKILL at 30 points
// spread over their run. After every kill the files are honest: a campaign name holds a whole campaign or
// nothing, the integrity check passes, and the data is all of before or all of after; a package file on
// disk is always recorded in its campaign; a backup on disk is always whole; and running the command
// again works. A program of its own: never run again under the sanitizers.
#include "cli_test_helpers.h"
#include "killable_child.h"
#include "review/conflicts.h"
#include "storage/backup_manager.h"
#include "storage/campaign_lock.h"
#include "storage/integrity_check.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <cmath>
#include <functional>

using namespace sangkien;
using namespace sangkien::testing;

namespace {

constexpr int kKills = 30;
const QString kPin = QStringLiteral("4821");

struct Inspection
{
    QStringList problems;
    qint64 entries = -1;
    qint64 sheets = -1;
    qint64 packages = -1;
};

qint64 count(Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

// Opened as the program opens it after a crash (for writing: SQLite rolls back what was not committed),
// then checked as `check` checks it.
Inspection inspect(const QString& path, bool forWriting = true)
{
    INFO(path.toStdString());
    auto opened = Database::open(path, forWriting ? Database::Mode::ReadWrite : Database::Mode::ReadOnly);
    if (!opened)
        FAIL(opened.error().text().toStdString());
    Database& db = **opened;
    Inspection s;
    const auto problems = IntegrityCheck(db).run();
    if (!problems)
        s.problems << problems.error().text();
    else
        for (const Error& e : *problems)
            s.problems << e.text();
    s.entries = count(db, QStringLiteral("SELECT count(*) FROM entry"));
    s.sheets = count(db, QStringLiteral("SELECT count(*) FROM score_sheet"));
    s.packages = count(db, QStringLiteral("SELECT count(*) FROM review_package"));
    return s;
}

QString readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// Runs args once unkilled; its wall time in ms.
qint64 measure(const QStringList& args, const QString& errPath)
{
    Child child(args, errPath);
    const int code = child.wait();
    INFO(readAll(errPath).toStdString());
    REQUIRE(code == 0);
    return child.elapsedMs();
}

// Kills a run of args after `at` ms; true when it was still running then.
bool killAt(const QStringList& args, const QString& errPath, qint64 at)
{
    Child child(args, errPath);
    while (child.running() && child.elapsedMs() < at)
        nap();
    return child.kill();
}

// kKills points over the first 90% of the measured run (a quicker run on a quieter moment still gets
// killed); setup() before each run, verify() after each kill. Returns how many runs were killed.
int killLoop(const QStringList& args, const QString& errPath, qint64 runMs,
             const std::function<void()>& setup, const std::function<void(const QString&)>& verify)
{
    int killed = 0;
    for (int i = 0; i < kKills; ++i) {
        setup();
        const qint64 at = runMs * 90 * i / (100 * kKills);
        const bool k = killAt(args, errPath, at);
        killed += k ? 1 : 0;
        if (!k)
            runMs = std::max<qint64>(1, runMs * 9 / 10); // this run was quicker: aim earlier from now on
        verify(QStringLiteral("killed after %1 ms").arg(at));
    }
    return killed;
}

void removeCampaign(const QString& path)
{
    for (const char* suffix : {"", "-wal", "-shm", "-journal", ".lock"})
        QFile::remove(path + QString::fromLatin1(suffix));
    QDir(path + QStringLiteral(".backups")).removeRecursively();
}

// A fresh copy of a campaign as it was before the action.
void resetCopy(const QString& pristine, const QString& work)
{
    removeCampaign(work);
    REQUIRE(QFile::copy(pristine, work));
}

QString makeDemo(const QString& path, int entries)
{
    const auto r = runCli({QStringLiteral("demo"), path, QStringLiteral("--entries"),
                           QString::number(entries), QStringLiteral("--seed"), QStringLiteral("3")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return path;
}

// The hidden temporaries a killed init or demo may leave (removed by a later run once old).
bool onlyTemporariesBeside(const QString& dir, const QString& name)
{
    for (const QString& f : QDir(dir).entryList(QDir::Files | QDir::Hidden)) {
        // The campaign, its hidden temporaries, and the killed writer's lock (and the lock's own
        // temporary name), which the next writer takes over.
        if (f == name || f.startsWith(QLatin1Char('.') + name + QLatin1Char('.')) ||
            f.startsWith(name + QStringLiteral(".lock")))
            continue;
        if (f.startsWith(name))
            return false; // a -wal, -shm or -journal of the campaign's own name
    }
    return true;
}

} // namespace

TEST_CASE("kill: init killed at 30 points leaves a whole campaign or none, and runs again", "[kill]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("2024.sangkien"));
    const QString errPath = dir.filePath(QStringLiteral("stderr.txt"));
    const QStringList args{QStringLiteral("init"), path};
    const qint64 runMs = measure(args, errPath);
    const Inspection after = inspect(path, false);
    REQUIRE(after.problems.isEmpty());
    int whole = 0, none = 0;
    const int killed = killLoop(
        args, errPath, runMs, [&] { removeCampaign(path); },
        [&](const QString& where) {
            INFO(where.toStdString());
            CHECK(onlyTemporariesBeside(dir.path(), QStringLiteral("2024.sangkien")));
            if (QFileInfo::exists(path)) {
                ++whole;
                const Inspection s = inspect(path, false);
                INFO(s.problems.join(QLatin1Char('\n')).toStdString());
                CHECK(s.problems.isEmpty());
                CHECK(runCli({QStringLiteral("check"), path}).exitCode == 0);
            } else {
                ++none;
                // Nothing blocks the next run.
                const auto again = runCli(args);
                INFO(again.err.toStdString());
                CHECK(again.exitCode == 0);
                CHECK(inspect(path, false).problems.isEmpty());
            }
        });
    WARN("init: " << runMs << " ms; " << killed << " of " << kKills << " killed; whole " << whole << ", none "
                  << none);
    CHECK(killed >= kKills / 2);
    CHECK(none > 0);
}

TEST_CASE("kill: demo killed at 30 points leaves a whole campaign or none, and runs again", "[kill]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.sangkien"));
    const QString errPath = dir.filePath(QStringLiteral("stderr.txt"));
    const QStringList args{QStringLiteral("demo"),      path,
                           QStringLiteral("--entries"), QStringLiteral("400"),
                           QStringLiteral("--seed"),    QStringLiteral("9")};
    const qint64 runMs = measure(args, errPath);
    const Inspection after = inspect(path, false);
    REQUIRE(after.problems.isEmpty());
    REQUIRE(after.entries == 400);
    int whole = 0, none = 0;
    const int killed = killLoop(
        args, errPath, runMs, [&] { removeCampaign(path); },
        [&](const QString& where) {
            INFO(where.toStdString());
            CHECK(onlyTemporariesBeside(dir.path(), QStringLiteral("demo.sangkien")));
            if (QFileInfo::exists(path)) {
                ++whole;
                const Inspection s = inspect(path, false);
                INFO(s.problems.join(QLatin1Char('\n')).toStdString());
                CHECK(s.problems.isEmpty());
                CHECK(s.entries == after.entries);
                CHECK(s.sheets == after.sheets);
            } else {
                ++none;
            }
        });
    // After the last kill, the next run is not blocked by what the killed ones left.
    removeCampaign(path);
    const auto again = runCli(args);
    INFO(again.err.toStdString());
    CHECK(again.exitCode == 0);
    CHECK(inspect(path, false).entries == after.entries);
    WARN("demo: " << runMs << " ms; " << killed << " of " << kKills << " killed; whole " << whole << ", none "
                  << none);
    CHECK(killed >= kKills / 2);
    CHECK(none > 0);
}

TEST_CASE("kill: backup killed at 30 points leaves a whole copy or none, the campaign untouched", "[kill]")
{
    QTemporaryDir dir;
    const QString campaign = makeDemo(dir.filePath(QStringLiteral("demo.sangkien")), 1500);
    const QString copy = dir.filePath(QStringLiteral("copy.sangkien"));
    const QString errPath = dir.filePath(QStringLiteral("stderr.txt"));
    const QByteArray hash = fileHash(campaign);
    const QStringList args{QStringLiteral("backup"), campaign, QStringLiteral("--out"), copy};
    const qint64 runMs = measure(args, errPath);
    const Inspection after = inspect(copy, false);
    REQUIRE(after.problems.isEmpty());
    int whole = 0, none = 0;
    const int killed = killLoop(
        args, errPath, runMs, [&] { removeCampaign(copy); },
        [&](const QString& where) {
            INFO(where.toStdString());
            CHECK(fileHash(campaign) == hash);
            if (QFileInfo::exists(copy)) {
                ++whole;
                const Inspection s = inspect(copy, false);
                CHECK(s.problems.isEmpty());
                CHECK(s.entries == after.entries);
            } else {
                ++none;
                CHECK(runCli(args).exitCode == 0);
                CHECK(inspect(copy, false).entries == after.entries);
            }
        });
    WARN("backup: " << runMs << " ms; " << killed << " of " << kKills << " killed; whole " << whole
                    << ", none " << none);
    CHECK(killed >= kKills / 2);
    CHECK(none > 0);
}

TEST_CASE("kill: review-export killed at 30 points: a package on disk is always recorded", "[kill]")
{
    QTemporaryDir dir;
    const QString pristine = makeDemo(dir.filePath(QStringLiteral("pristine.sangkien")), 1500);
    const QString work = dir.filePath(QStringLiteral("work.sangkien"));
    const QString pkg = dir.filePath(QStringLiteral("member3.skreview"));
    const QString errPath = dir.filePath(QStringLiteral("stderr.txt"));
    const QStringList args{
        QStringLiteral("review-export"), work, QStringLiteral("--member"), QStringLiteral("3"),
        QStringLiteral("--pin"),         kPin, QStringLiteral("--out"),    pkg};
    resetCopy(pristine, work);
    const Inspection before = inspect(work);
    resetCopy(pristine, work);
    const qint64 runMs = measure(args, errPath);
    REQUIRE(inspect(work).packages == before.packages + 1);
    int recorded = 0, withFile = 0;
    const int killed = killLoop(
        args, errPath, runMs,
        [&] {
            resetCopy(pristine, work);
            QFile::remove(pkg);
        },
        [&](const QString& where) {
            INFO(where.toStdString());
            const Inspection s = inspect(work);
            INFO(s.problems.join(QLatin1Char('\n')).toStdString());
            CHECK(s.problems.isEmpty());
            CHECK((s.packages == before.packages || s.packages == before.packages + 1));
            recorded += s.packages == before.packages + 1 ? 1 : 0;
            if (QFileInfo::exists(pkg)) {
                ++withFile;
                // The package the member would carry away is one the campaign knows.
                CHECK(s.packages == before.packages + 1);
                QFile f(pkg);
                REQUIRE(f.open(QIODevice::ReadOnly));
                const QByteArray sealed = f.readAll();
                CHECK(sealed.startsWith("SKREVIEW"));
            }
        });
    WARN("review-export: " << runMs << " ms; " << killed << " of " << kKills << " killed; recorded "
                           << recorded << ", with its file " << withFile);
    CHECK(killed >= kKills / 2);
}

TEST_CASE("kill: scores-import killed at 30 points stores every sheet or none, its backups are whole",
          "[kill]")
{
    QTemporaryDir dir;
    const QString pristine = makeDemo(dir.filePath(QStringLiteral("pristine.sangkien")), 1500);
    const QString work = dir.filePath(QStringLiteral("work.sangkien"));
    const QString csv = dir.filePath(QStringLiteral("member1.csv"));
    const QString errPath = dir.filePath(QStringLiteral("stderr.txt"));
    // Every entry under review member 1 may score and has no sheet for.
    QByteArray rows = "entry,criterion,points\n";
    {
        auto db = Database::open(pristine, Database::Mode::ReadOnly);
        REQUIRE(db);
        auto conflicts = ConflictTable::load(**db);
        REQUIRE(conflicts);
        QSqlQuery criteria((*db)->connection());
        REQUIRE(criteria.exec(QStringLiteral("SELECT code, max_points FROM criterion ORDER BY position")));
        QList<QPair<QString, double>> maxima;
        while (criteria.next())
            maxima.append({criteria.value(0).toString(), criteria.value(1).toDouble()});
        QSqlQuery q((*db)->connection());
        REQUIRE(
            q.exec(QStringLiteral("SELECT id, code FROM entry WHERE status = 'under_review' AND id NOT IN "
                                  "(SELECT entry_id FROM score_sheet) ORDER BY code")));
        while (q.next()) {
            if (!conflicts->eligibleMembers(q.value(0).toLongLong()).contains(1))
                continue;
            for (const auto& [code, max] : maxima)
                rows += QStringLiteral("%1,%2,%3\n")
                            .arg(q.value(1).toString(), code, QString::number(std::floor(max * 0.6)))
                            .toUtf8();
        }
    }
    writeFile(csv, rows);
    const QStringList args{QStringLiteral("scores-import"), work, csv, QStringLiteral("--member"),
                           QStringLiteral("1")};
    resetCopy(pristine, work);
    const Inspection before = inspect(work);
    resetCopy(pristine, work);
    const qint64 runMs = measure(args, errPath);
    const Inspection after = inspect(work);
    REQUIRE(after.sheets > before.sheets);
    int sawBefore = 0, sawAfter = 0;
    const int killed = killLoop(
        args, errPath, runMs, [&] { resetCopy(pristine, work); },
        [&](const QString& where) {
            INFO(where.toStdString());
            if (const auto holder = CampaignLock::holder(work))
                CHECK(CampaignLock::isStale(*holder));
            const Inspection s = inspect(work);
            INFO(s.problems.join(QLatin1Char('\n')).toStdString());
            CHECK(s.problems.isEmpty());
            CHECK((s.sheets == before.sheets || s.sheets == after.sheets));
            sawBefore += s.sheets == before.sheets ? 1 : 0;
            sawAfter += s.sheets == after.sheets ? 1 : 0;
            // Every backup the folder lists is a whole campaign of before the import.
            for (const BackupInfo& b : BackupManager::listIn(BackupManager::defaultBackupDir(work))) {
                INFO(b.path.toStdString());
                CHECK(b.entries == before.entries);
                CHECK(inspect(b.path, false).sheets == before.sheets);
            }
        });
    WARN("scores-import: " << runMs << " ms; " << killed << " of " << kKills << " killed; before "
                           << sawBefore << ", after " << sawAfter);
    CHECK(killed >= kKills / 2);
    CHECK(sawBefore > 0);
}
