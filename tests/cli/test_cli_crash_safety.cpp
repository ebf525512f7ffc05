// Crash safety through the real binary: `sangkien-cli import` of a few thousand rows, and
// `allocate --apply`, killed with SIGKILL at many points of their run. After every kill the file passes the
// integrity check (quick_check, foreign keys, the audit chain) and holds exactly the state before or the
// state after the action, never one in between.
#include "cli_test_helpers.h"
#include "killable_child.h"
#include "storage/campaign_lock.h"
#include "storage/integrity_check.h"
#include "storage/trail_coverage.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlRecord>
#include <QTemporaryDir>

using namespace sangkien;
using namespace sangkien::testing;

namespace {

#if defined(__SANITIZE_ADDRESS__)
constexpr bool kSanitized = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kSanitized = true;
#else
constexpr bool kSanitized = false;
#endif
#else
constexpr bool kSanitized = false;
#endif

// A few thousand rows in the normal build; fewer under AddressSanitizer, which runs everything slower.
constexpr int kRows = kSanitized ? 800 : 2500;
// Half of the kill points are spread over the run's time, half over the bytes it writes to the -wal file.
constexpr int kTimeKills = kSanitized ? 14 : 35;
constexpr int kWalKills = kSanitized ? 14 : 35;
constexpr int kAllocateKills = kSanitized ? 10 : 20;

// A unit's list of `rows` entries, each clearly different from the others.
QByteArray bigList(int rows)
{
    static const QStringList family{QStringLiteral("Nguyễn"), QStringLiteral("Trần"),  QStringLiteral("Lê"),
                                    QStringLiteral("Phạm"),   QStringLiteral("Hoàng"), QStringLiteral("Vũ"),
                                    QStringLiteral("Đặng"),   QStringLiteral("Bùi"),   QStringLiteral("Đỗ"),
                                    QStringLiteral("Ngô")};
    static const QStringList middle{QStringLiteral("Văn"),  QStringLiteral("Thị"), QStringLiteral("Minh"),
                                    QStringLiteral("Quốc"), QStringLiteral("Thu"), QStringLiteral("Hữu"),
                                    QStringLiteral("Ngọc"), QStringLiteral("Đức"), QStringLiteral("Thanh"),
                                    QStringLiteral("Kim")};
    static const QStringList given{
        QStringLiteral("An"),    QStringLiteral("Bình"), QStringLiteral("Cường"), QStringLiteral("Dũng"),
        QStringLiteral("Giang"), QStringLiteral("Hà"),   QStringLiteral("Hải"),   QStringLiteral("Hùng"),
        QStringLiteral("Lan"),   QStringLiteral("Long"), QStringLiteral("Mai"),   QStringLiteral("Nam"),
        QStringLiteral("Nhung"), QStringLiteral("Phúc"), QStringLiteral("Quân"),  QStringLiteral("Sơn"),
        QStringLiteral("Tâm"),   QStringLiteral("Thảo"), QStringLiteral("Trung"), QStringLiteral("Tuấn"),
        QStringLiteral("Vân"),   QStringLiteral("Việt"), QStringLiteral("Xuân"),  QStringLiteral("Yến"),
        QStringLiteral("Khánh"), QStringLiteral("Linh"), QStringLiteral("Oanh"),  QStringLiteral("Phương"),
        QStringLiteral("Thắng"), QStringLiteral("Toàn")};
    static const QStringList topics{QStringLiteral("quản lý hồ sơ một cửa điện tử"),
                                    QStringLiteral("tiếp nhận bệnh nhân tại khoa khám bệnh"),
                                    QStringLiteral("số hoá tài liệu lưu trữ lịch sử"),
                                    QStringLiteral("tưới tiết kiệm nước cho cây ăn quả"),
                                    QStringLiteral("thanh toán vốn đầu tư công qua Kho bạc"),
                                    QStringLiteral("giảm thời gian chờ khám ngoại trú"),
                                    QStringLiteral("cấp giấy chứng nhận quyền sử dụng đất"),
                                    QStringLiteral("đào tạo kỹ năng số cho cán bộ xã")};
    static const QStringList categories{QStringLiteral("1.a"), QStringLiteral("1.b"), QStringLiteral("2.a"),
                                        QStringLiteral("2.b"), QStringLiteral("2.c"), QStringLiteral("2.d"),
                                        QStringLiteral("3.a"), QStringLiteral("3.c"), QStringLiteral("4.a")};
    static const QStringList units{QStringLiteral("Sở Tư pháp"), QStringLiteral("Sở Y tế"),
                                   QStringLiteral("Sở Nội vụ"), QStringLiteral("Sở Tài chính")};
    QString csv = QStringLiteral("STT,Tên sáng kiến,Lĩnh vực,Họ và tên,Đơn vị\n");
    for (int i = 0; i < rows; ++i) {
        const QString name = family[i % 10] + QLatin1Char(' ') + middle[(i / 10) % 10] + QLatin1Char(' ') +
                             given[(i / 100) % given.size()];
        csv += QStringLiteral("%1,Giải pháp %2 số %1 về %3,%4,%5,%6\n")
                   .arg(i + 1)
                   .arg(QChar(QLatin1Char('A' + i % 26)))
                   .arg(topics[(i / 7) % topics.size()], categories[i % categories.size()], name,
                        units[i % units.size()]);
    }
    return csv.toUtf8();
}

// What one campaign file holds, as the test checks it after a kill.
struct State
{
    QStringList problems; // the integrity check's findings
    qint64 entries = -1;
    qint64 importRows = -1;
    qint64 importAudits = -1;
    qint64 awards = -1;
    qint64 awardAudits = -1;
    QByteArray awardsHash;
};

qint64 count(Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

// Opens the file as the program would after a crash (for writing: SQLite rolls back what was not
// committed), then checks it.
State inspect(const QString& path)
{
    auto opened = Database::open(path);
    INFO(path.toStdString());
    if (!opened)
        FAIL(opened.error().text().toStdString());
    Database& db = **opened;
    State s;
    const auto problems = IntegrityCheck(db).run();
    if (!problems)
        s.problems << problems.error().text();
    else
        for (const Error& e : *problems)
            s.problems << e.text();
    s.entries = count(db, QStringLiteral("SELECT count(*) FROM entry"));
    s.importRows = count(db, QStringLiteral("SELECT count(*) FROM import_row"));
    s.importAudits = count(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'import'"));
    s.awards = count(db, QStringLiteral("SELECT count(*) FROM award"));
    s.awardAudits = count(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'award'"));
    QSqlQuery q(db.connection());
    QCryptographicHash hash(QCryptographicHash::Sha256);
    // What was awarded, not when (decided_at differs from run to run).
    if (q.exec(QStringLiteral("SELECT entry_id, award_form_id, note FROM award ORDER BY entry_id")))
        while (q.next())
            for (int i = 0; i < q.record().count(); ++i)
                hash.addData(q.value(i).toString().toUtf8() + '\x1f');
    s.awardsHash = hash.result().toHex();
    return s;
}

// A fresh copy of the campaign as it was before the action, with nothing of an earlier run beside it.
void reset(const QString& pristine, const QString& work)
{
    for (const char* suffix : {"", "-wal", "-shm", ".lock"})
        QFile::remove(work + QString::fromLatin1(suffix));
    QDir(work + QStringLiteral(".backups")).removeRecursively();
    REQUIRE(QFile::copy(pristine, work));
}

QString makeDemo(const QString& path, int entries)
{
    const auto r = runCli({QStringLiteral("demo"), path, QStringLiteral("--entries"),
                           QString::number(entries), QStringLiteral("--seed"), QStringLiteral("3")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    // Only the main file: the demo closed it cleanly, so nothing is left in a -wal.
    REQUIRE_FALSE(QFileInfo(path + QStringLiteral("-wal")).size() > 0);
    return path;
}

} // namespace

TEST_CASE("crash safety: import killed at 70 points leaves the file before or after, never between",
          "[cli][safety][crash]")
{
    QTemporaryDir dir;
    const QString pristine = makeDemo(dir.filePath(QStringLiteral("pristine.sangkien")), 20);
    const QString work = dir.filePath(QStringLiteral("work.sangkien"));
    const QString list = dir.filePath(QStringLiteral("don_vi.csv"));
    const QString errPath = dir.filePath(QStringLiteral("stderr.txt"));
    writeFile(list, bigList(kRows));
    const QStringList args{QStringLiteral("import"), work, list};
    const QString wal = work + QStringLiteral("-wal");

    reset(pristine, work);
    const State before = inspect(work);
    REQUIRE(before.problems.isEmpty());
    REQUIRE(before.entries == 20);
    REQUIRE(before.importRows == 0);
    REQUIRE(before.importAudits == 0);

    // One whole run, not killed: the state after, how long the run takes and how large its -wal grows.
    reset(pristine, work);
    qint64 runMs = 0;
    qint64 walMax = 0;
    {
        Child child(args, errPath);
        while (child.running()) {
            walMax = std::max(walMax, fileSize(wal));
            nap();
        }
        runMs = child.elapsedMs();
        INFO(QString::fromUtf8([&] {
                 QFile f(errPath);
                 return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
             }())
                 .toStdString());
        REQUIRE(child.wait() == 0);
    }
    const State after = inspect(work);
    REQUIRE(after.problems.isEmpty());
    REQUIRE(after.entries == before.entries + kRows);
    REQUIRE(after.importRows == kRows);
    REQUIRE(after.importAudits == 1);
    REQUIRE(walMax > 64 * 1024);
    WARN("import of " << kRows << " rows: " << runMs << " ms, -wal up to " << walMax << " bytes");

    int killed = 0, sawBefore = 0, sawAfter = 0, walKilled = 0;
    auto checkAfterKill = [&](const QString& where) {
        INFO(where.toStdString());
        // The killed program's lock stays behind; its process is gone, so the next writer takes it over.
        if (const auto holder = CampaignLock::holder(work))
            CHECK(CampaignLock::isStale(*holder));
        const State s = inspect(work);
        INFO(s.problems.join(QLatin1Char('\n')).toStdString());
        CHECK(s.problems.isEmpty());
        const bool isBefore = s.entries == before.entries;
        const bool isAfter = s.entries == after.entries;
        CHECK((isBefore || isAfter));
        // The rows that say where entries came from, and the trail, agree with the entries.
        CHECK(s.importRows == (isAfter ? after.importRows : before.importRows));
        CHECK(s.importAudits == (isAfter ? after.importAudits : before.importAudits));
        sawBefore += isBefore ? 1 : 0;
        sawAfter += isAfter ? 1 : 0;
    };

    // Kill points spread over the run's time: start-up, reading the list, the backup, the transaction.
    for (int i = 1; i <= kTimeKills; ++i) {
        reset(pristine, work);
        // Over the first 85% of the measured run: a run on a quieter machine may be quicker than the
        // measured one, and a kill after the end checks nothing.
        const qint64 at = runMs * 85 * i / (100 * (kTimeKills + 1));
        {
            Child child(args, errPath);
            while (child.running() && child.elapsedMs() < at)
                nap();
            const bool k = child.kill();
            killed += k ? 1 : 0;
            // A run that ended first was quicker than the measured one (a busy moment then): the later
            // points are spread over this run's time instead, so they still land inside a run.
            if (!k)
                runMs = std::min(runMs, child.elapsedMs());
        }
        checkAfterKill(QStringLiteral("killed after %1 ms of %2").arg(at).arg(runMs));
    }
    // Kill points spread over the bytes written to the -wal file: inside the commit and the checkpoint.
    for (int i = 1; i <= kWalKills; ++i) {
        reset(pristine, work);
        const qint64 threshold = walMax * i / (kWalKills + 1);
        qint64 seen = 0;
        {
            Child child(args, errPath);
            while (child.running() && (seen = fileSize(wal)) < threshold)
                nap();
            const bool k = child.kill();
            killed += k ? 1 : 0;
            walKilled += k ? 1 : 0;
        }
        checkAfterKill(QStringLiteral("killed with %1 bytes in the -wal (aiming at %2 of %3)")
                           .arg(seen)
                           .arg(threshold)
                           .arg(walMax));
    }
    WARN(killed << " of " << kTimeKills + kWalKills << " runs killed (" << walKilled
                << " while writing the -wal); file found as before " << sawBefore << " times, as after "
                << sawAfter << " times");
    CHECK(killed >= (kSanitized ? 20 : 50));
    CHECK(walKilled >= kWalKills / 2);
    CHECK(sawBefore > 0);

    // After a kill, the next import takes the stale lock over and completes.
    reset(pristine, work);
    {
        Child child(args, errPath);
        while (child.running() && fileSize(wal) < walMax / 2)
            nap();
        child.kill();
    }
    const auto again = runCli(args);
    INFO(again.err.toStdString());
    CHECK(again.exitCode == 0);
    const State redone = inspect(work);
    CHECK(redone.problems.isEmpty());
    CHECK(redone.entries == after.entries);
    CHECK_FALSE(QFile::exists(CampaignLock::lockPath(work)));
}

TEST_CASE("crash safety: allocate --apply killed at 20 points stores all awards or none",
          "[cli][safety][crash]")
{
    QTemporaryDir dir;
    const QString pristine = makeDemo(dir.filePath(QStringLiteral("pristine.sangkien")), 150);
    // The demo stores its own awards: start from none, so the allocation has something to store.
    // The program clears them as an accepted baseline, or `check` would rightly call them removed behind
    // its back.
    tamper(pristine, QStringLiteral("DELETE FROM award;"));
    {
        auto db = Database::open(pristine);
        REQUIRE(db);
        REQUIRE(TrailCoverage(**db).recordBaseline(QStringLiteral("test")).ok());
    }
    const QString work = dir.filePath(QStringLiteral("work.sangkien"));
    const QString errPath = dir.filePath(QStringLiteral("stderr.txt"));
    const QStringList args{QStringLiteral("allocate"), work, QStringLiteral("--apply")};
    const QString wal = work + QStringLiteral("-wal");

    reset(pristine, work);
    const State before = inspect(work);
    REQUIRE(before.problems.isEmpty());

    reset(pristine, work);
    qint64 runMs = 0;
    qint64 walMax = 0;
    {
        Child child(args, errPath);
        while (child.running()) {
            walMax = std::max(walMax, fileSize(wal));
            nap();
        }
        runMs = child.elapsedMs();
        REQUIRE(child.wait() == 0);
    }
    const State after = inspect(work);
    REQUIRE(after.problems.isEmpty());
    REQUIRE(after.awards > before.awards);
    REQUIRE(after.awardsHash != before.awardsHash);
    REQUIRE(walMax > 0);

    int killed = 0, sawBefore = 0, sawAfter = 0;
    // Half the kill points over the run's time, half over the bytes it writes to the -wal.
    for (int i = 1; i <= kAllocateKills; ++i) {
        reset(pristine, work);
        const int half = kAllocateKills / 2;
        const bool byTime = i <= half;
        const qint64 at = byTime ? runMs * i / (half + 1) : walMax * (i - half) / (half + 1);
        {
            Child child(args, errPath);
            while (child.running() && (byTime ? child.elapsedMs() : fileSize(wal)) < at)
                nap();
            killed += child.kill() ? 1 : 0;
        }
        INFO("killed after " << at << (byTime ? " ms of " : " bytes of -wal of ")
                             << (byTime ? runMs : walMax));
        const State s = inspect(work);
        INFO(s.problems.join(QLatin1Char('\n')).toStdString());
        CHECK(s.problems.isEmpty());
        const bool isBefore = s.awardsHash == before.awardsHash && s.awards == before.awards;
        const bool isAfter = s.awardsHash == after.awardsHash && s.awards == after.awards;
        CHECK((isBefore || isAfter));
        CHECK(s.awardAudits == (isAfter ? after.awardAudits : before.awardAudits));
        CHECK(s.entries == before.entries);
        sawBefore += isBefore ? 1 : 0;
        sawAfter += isAfter ? 1 : 0;
    }
    WARN("allocate --apply: " << runMs << " ms, -wal up to " << walMax << " bytes; " << killed << " of "
                              << kAllocateKills << " runs killed; before " << sawBefore << " times, after "
                              << sawAfter << " times");
    CHECK(killed >= kAllocateKills / 2);
    CHECK(sawBefore > 0);
}
