// A full disk through the real binary: `sangkien-cli import` and `scores-import` run with a file-size limit
// (RLIMIT_FSIZE, SIGXFSZ ignored, so a write past it fails as on a full disk) that their writes run into
// midway. The command exits non-zero saying the write failed and naming the campaign file, and the file
// holds exactly what it held before: same entries, same content, same bytes.
#include "cli_test_helpers.h"
#include "review/conflicts.h"
#include "storage/campaign_lock.h"
#include "storage/integrity_check.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <csignal>
#include <sys/resource.h>

using namespace sangkien;
using namespace sangkien::testing;

namespace {

// sangkien-cli with every file it writes limited to maxBytes.
CliResult runLimited(const QStringList& args, qint64 maxBytes, const QStringList& extraEnv = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString& kv : extraEnv) {
        const auto eq = kv.indexOf(QLatin1Char('='));
        env.insert(kv.left(eq), kv.mid(eq + 1));
    }
    process.setProcessEnvironment(env);
    process.setChildProcessModifier([maxBytes] {
        // Between fork and exec: only async-signal-safe calls.
        ::signal(SIGXFSZ, SIG_IGN);
        const struct rlimit limit
        {
            rlim_t(maxBytes), rlim_t(maxBytes)
        };
        ::setrlimit(RLIMIT_FSIZE, &limit);
    });
    process.start(cliPath(), args);
    if (!process.waitForStarted(10000))
        throw std::runtime_error("sangkien-cli did not start");
    process.closeWriteChannel();
    if (!process.waitForFinished(300000)) {
        process.kill();
        throw std::runtime_error("sangkien-cli did not finish in time");
    }
    CliResult r;
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    r.out = process.readAllStandardOutput();
    r.err = process.readAllStandardError();
    return r;
}

// What a campaign holds: every table's rows, hashed, and its entry count; checked for integrity.
struct Content
{
    QByteArray hash;
    qint64 entries = -1;
    qint64 sheets = -1;
    QStringList problems;
};

Content contentOf(const QString& path)
{
    auto opened = Database::open(path, Database::Mode::ReadOnly);
    INFO(path.toStdString());
    if (!opened)
        FAIL(opened.error().text().toStdString());
    Database& db = **opened;
    Content c;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QSqlQuery tables(db.connection());
    REQUIRE(tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")));
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    for (const QString& name : names) {
        QSqlQuery q(db.connection());
        // Table names come from sqlite_master itself, not from input.
        REQUIRE(q.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY 1").arg(name)));
        hash.addData(name.toUtf8() + '\x1e');
        while (q.next())
            for (int i = 0; i < q.record().count(); ++i)
                hash.addData(q.value(i).toString().toUtf8() + '\x1f');
    }
    c.hash = hash.result().toHex();
    QSqlQuery q(db.connection());
    if (q.exec(QStringLiteral("SELECT count(*) FROM entry")) && q.next())
        c.entries = q.value(0).toLongLong();
    if (q.exec(QStringLiteral("SELECT count(*) FROM score_sheet")) && q.next())
        c.sheets = q.value(0).toLongLong();
    const auto problems = IntegrityCheck(db).run();
    if (!problems)
        c.problems << problems.error().text();
    else
        for (const Error& e : *problems)
            c.problems << e.text();
    return c;
}

QString makeDemo(const QString& path, int entries)
{
    const auto r = runCli({QStringLiteral("demo"), path, QStringLiteral("--entries"),
                           QString::number(entries), QStringLiteral("--seed"), QStringLiteral("3")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return path;
}

QByteArray bigList(int rows)
{
    static const QStringList family{QStringLiteral("Nguyễn"), QStringLiteral("Trần"), QStringLiteral("Lê"),
                                    QStringLiteral("Phạm"), QStringLiteral("Hoàng")};
    static const QStringList given{QStringLiteral("An"),   QStringLiteral("Bình"),  QStringLiteral("Cường"),
                                   QStringLiteral("Dũng"), QStringLiteral("Giang"), QStringLiteral("Hà"),
                                   QStringLiteral("Hải"),  QStringLiteral("Hùng"),  QStringLiteral("Lan"),
                                   QStringLiteral("Long")};
    QString csv = QStringLiteral("STT,Tên sáng kiến,Lĩnh vực,Họ và tên,Đơn vị\n");
    for (int i = 0; i < rows; ++i)
        csv += QStringLiteral("%1,Giải pháp %2 số %1 nâng cao hiệu quả công tác văn phòng,2.b,%3 Văn %4,Sở "
                              "Tư pháp\n")
                   .arg(i + 1)
                   .arg(QChar(QLatin1Char('A' + i % 26)))
                   .arg(family[i % family.size()], given[(i / 5) % given.size()]);
    return csv.toUtf8();
}

void requireUnchanged(const QString& path, const QByteArray& fileBefore, const Content& before)
{
    // The main file's bytes first, before anything of ours opens it.
    CHECK(fileHash(path) == fileBefore);
    const Content after = contentOf(path);
    INFO(after.problems.join(QLatin1Char('\n')).toStdString());
    CHECK(after.problems.isEmpty());
    CHECK(after.entries == before.entries);
    CHECK(after.sheets == before.sheets);
    CHECK(after.hash == before.hash);
    CHECK_FALSE(QFile::exists(CampaignLock::lockPath(path)));
}

void requireSaysWriteFailed(const CliResult& r, const QString& path)
{
    INFO(r.err.toStdString());
    CHECK(r.exitCode != 0);
    CHECK(r.exitCode != -1); // no crash
    CHECK(r.err.contains("could not be written: the disk is full"));
    CHECK(r.err.contains(("sangkien-cli: " + path + ": ").toUtf8()));
}

} // namespace

TEST_CASE("full disk: an import that cannot be written changes nothing and says so", "[cli][safety][disk]")
{
    QTemporaryDir dir;
    const QString path = makeDemo(dir.filePath(QStringLiteral("full.sangkien")), 20);
    const QString list = dir.filePath(QStringLiteral("don_vi.csv"));
    writeFile(list, bigList(2000));
    const QByteArray fileBefore = fileHash(path);
    const Content before = contentOf(path);
    REQUIRE(before.problems.isEmpty());
    const qint64 size = QFileInfo(path).size();

    SECTION("the disk fills while the entries are written")
    {
        // Room for the backup taken before the import (a copy of the campaign), not for the import's -wal.
        const auto r =
            runLimited({QStringLiteral("import"), path, list, QStringLiteral("--lang"), QStringLiteral("en")},
                       size + 256 * 1024);
        requireSaysWriteFailed(r, path);
        CHECK(r.out.isEmpty());
        requireUnchanged(path, fileBefore, before);
    }
    SECTION("the disk is already too full for the backup taken before the import")
    {
        const auto r = runLimited(
            {QStringLiteral("import"), path, list, QStringLiteral("--lang"), QStringLiteral("en")}, size / 2);
        requireSaysWriteFailed(r, path);
        requireUnchanged(path, fileBefore, before);
    }
    SECTION("in Vietnamese by default")
    {
        const auto r = runLimited({QStringLiteral("import"), path, list}, size + 256 * 1024, kVietnameseEnv);
        INFO(r.err.toStdString());
        CHECK(r.exitCode != 0);
        CHECK(r.err.contains(path.toUtf8()));
        requireUnchanged(path, fileBefore, before);
    }

    // With room again, the same import goes in whole.
    const auto done = runCli({QStringLiteral("import"), path, list});
    INFO(done.err.toStdString());
    CHECK(done.exitCode == 0);
    CHECK(contentOf(path).entries == before.entries + 2000);
}

TEST_CASE("full disk: score sheets that cannot be written change nothing and say so", "[cli][safety][disk]")
{
    QTemporaryDir dir;
    const QString path = makeDemo(dir.filePath(QStringLiteral("scores.sangkien")), 300);
    // Every entry under review that member 1 may score and has no sheet for, at 60% of each criterion.
    QByteArray csv = "entry,criterion,points\n";
    int sheets = 0;
    {
        auto db = Database::open(path, Database::Mode::ReadOnly);
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
            ++sheets;
            for (const auto& [code, max] : maxima)
                csv += QStringLiteral("%1,%2,%3\n")
                           .arg(q.value(1).toString(), code, QString::number(std::floor(max * 0.6)))
                           .toUtf8();
        }
    }
    REQUIRE(sheets >= 30);
    const QString sheetCsv = dir.filePath(QStringLiteral("member1.csv"));
    writeFile(sheetCsv, csv);
    const QByteArray fileBefore = fileHash(path);
    const Content before = contentOf(path);
    REQUIRE(before.problems.isEmpty());

    // Room for SQLite's shared-memory index (32 KiB) and a few pages of -wal, not for every sheet.
    const auto r = runLimited({QStringLiteral("scores-import"), path, sheetCsv, QStringLiteral("--member"),
                               QStringLiteral("1"), QStringLiteral("--lang"), QStringLiteral("en")},
                              40 * 1024);
    requireSaysWriteFailed(r, path);
    requireUnchanged(path, fileBefore, before);

    const auto done = runCli(
        {QStringLiteral("scores-import"), path, sheetCsv, QStringLiteral("--member"), QStringLiteral("1")});
    INFO(done.err.toStdString());
    CHECK(done.exitCode == 0);
    CHECK(contentOf(path).sheets == before.sheets + sheets);
}
