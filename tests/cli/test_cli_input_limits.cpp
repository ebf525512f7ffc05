// Issue 14's smaller cases and half-made files, through the real binary: empty file names, a campaign
// file without its campaign row, malformed and wrong PINs, scores-import's backup, killed backups,
// a chair who is absent, lengths no field may have, control characters and UTF-16 or binary score files.
#include "cli_test_helpers.h"
#include "review/conflicts.h"
#include "storage/backup_manager.h"

#include <QDir>
#include <QTemporaryDir>
#include <cmath>

using namespace sangkien;
using namespace sangkien::testing;

namespace {

const QString kPin = QStringLiteral("4821");

CliResult run(const QStringList& args, const QByteArray& input = {})
{
    CliResult r = runCli(args + QStringList{QStringLiteral("--lang"), QStringLiteral("en")}, input);
    INFO(args.join(QLatin1Char(' ')).toStdString());
    INFO(r.err.toStdString());
    return r;
}

QString makeDemo(const QTemporaryDir& dir, const QString& name, int entries = 30)
{
    const QString path = dir.filePath(name);
    REQUIRE(run({QStringLiteral("demo"), path, QStringLiteral("--entries"), QString::number(entries),
                 QStringLiteral("--seed"), QStringLiteral("3")})
                .exitCode == 0);
    return path;
}

// One full sheet of member 1 for an entry they may score.
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

} // namespace

TEST_CASE("init and demo: an empty file name is a usage error and creates nothing", "[cli][limits]")
{
    QTemporaryDir dir;
    for (const QString& command : {QStringLiteral("init"), QStringLiteral("demo")}) {
        for (const QString& name : {QString(), QStringLiteral("  ")}) {
            const auto r = run({command, name});
            CHECK(r.exitCode == 1);
            CHECK(r.out.isEmpty());
        }
    }
    CHECK(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());
}

TEST_CASE("a campaign file without its campaign row is refused by check, list and allocate", "[cli][limits]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("half.sangkien"));
    // What an older init killed after the schema and before the template left behind.
    {
        auto created = Database::create(path);
        REQUIRE(created);
    }
    const QByteArray hash = fileHash(path);
    const auto checked = run({QStringLiteral("check"), path});
    CHECK(checked.exitCode == 2);
    CHECK(checked.out.contains("campaign row is missing"));
    const auto listed = run({QStringLiteral("list"), path});
    CHECK(listed.exitCode == 3);
    CHECK(listed.err.contains("campaign row is missing"));
    const auto allocated = run({QStringLiteral("allocate"), path, QStringLiteral("--apply")});
    CHECK(allocated.exitCode == 3);
    CHECK(allocated.err.contains("campaign row is missing"));
    CHECK(fileHash(path) == hash);
}

TEST_CASE("PINs: malformed is a usage error in every command, well-formed and wrong is refused input",
          "[cli][limits]")
{
    QTemporaryDir dir;
    const QString path = makeDemo(dir, QStringLiteral("pin.sangkien"));
    const QString pkg = dir.filePath(QStringLiteral("m1.skreview"));
    const QString ret = dir.filePath(QStringLiteral("m1.skscores"));
    const QString csv = dir.filePath(QStringLiteral("scores.csv"));
    writeFile(csv, oneSheet(path));
    REQUIRE(run({QStringLiteral("review-export"), path, QStringLiteral("--member"), QStringLiteral("1"),
                 QStringLiteral("--pin"), kPin, QStringLiteral("--out"), pkg})
                .exitCode == 0);
    REQUIRE(run({QStringLiteral("review-fill"), pkg, QStringLiteral("--pin"), kPin,
                 QStringLiteral("--scores"), csv, QStringLiteral("--out"), ret})
                .exitCode == 0);
    const QByteArray hash = fileHash(path);
    for (const QString& malformed :
         {QStringLiteral("12"), QStringLiteral("   "), QString(70, QLatin1Char('7')),
          QStringLiteral("48\x01"
                         "21")}) {
        INFO(malformed.toStdString());
        CHECK(run({QStringLiteral("review-export"), path, QStringLiteral("--member"), QStringLiteral("2"),
                   QStringLiteral("--pin"), malformed, QStringLiteral("--out"),
                   dir.filePath(QStringLiteral("x"))})
                  .exitCode == 1);
        CHECK(
            run({QStringLiteral("review-import"), path, ret, QStringLiteral("--pin"), malformed}).exitCode ==
            1);
        CHECK(
            run({QStringLiteral("review-fill"), pkg, QStringLiteral("--pin"), malformed,
                 QStringLiteral("--scores"), csv, QStringLiteral("--out"), dir.filePath(QStringLiteral("y"))})
                .exitCode == 1);
    }
    CHECK(run({QStringLiteral("review-import"), path, ret, QStringLiteral("--pin"), QStringLiteral("9999")})
              .exitCode == 2);
    CHECK(run({QStringLiteral("review-fill"), pkg, QStringLiteral("--pin"), QStringLiteral("9999"),
               QStringLiteral("--scores"), csv, QStringLiteral("--out"), dir.filePath(QStringLiteral("y"))})
              .exitCode == 2);
    CHECK(fileHash(path) == hash);
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("x"))));
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("y"))));
}

TEST_CASE("scores-import makes a backup first, killed backups are cleaned and never rotated in",
          "[cli][limits]")
{
    QTemporaryDir dir;
    const QString path = makeDemo(dir, QStringLiteral("backup.sangkien"));
    const QString csv = dir.filePath(QStringLiteral("scores.csv"));
    writeFile(csv, oneSheet(path));
    const QString backups = BackupManager::defaultBackupDir(path);
    REQUIRE(QDir().mkpath(backups));
    // What a backup killed half-way left an hour ago.
    const QString partial =
        QDir(backups).filePath(QStringLiteral(".backup-20261201-101010-open.sangkien.0123456789ab.partial"));
    writeFile(partial, QByteArray(4096, 'x'));
    {
        QFile f(partial);
        REQUIRE(f.open(QIODevice::ReadWrite));
        REQUIRE(
            f.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-3600), QFileDevice::FileModificationTime));
    }
    const qint64 before = scalar(path, QStringLiteral("SELECT count(*) FROM score_sheet"));
    const auto r =
        run({QStringLiteral("scores-import"), path, csv, QStringLiteral("--member"), QStringLiteral("1")});
    REQUIRE(r.exitCode == 0);
    const QList<BackupInfo> made = BackupManager::listIn(backups);
    REQUIRE(made.size() == 1);
    CHECK(made.first().reason == QLatin1String("import"));
    // The copy is of before the import.
    CHECK(scalar(made.first().path, QStringLiteral("SELECT count(*) FROM score_sheet")) == before);
    CHECK_FALSE(QFile::exists(partial));
    CHECK(QDir(backups).entryList(QDir::Files | QDir::Hidden).size() == 1);
}

TEST_CASE("meeting: an absent member cannot chair or keep the minutes", "[cli][limits]")
{
    QTemporaryDir dir;
    const QString path = makeDemo(dir, QStringLiteral("meeting.sangkien"), 6);
    const QByteArray hash = fileHash(path);
    for (const QString& option : {QStringLiteral("--chair"), QStringLiteral("--secretary")}) {
        const auto r =
            run({QStringLiteral("meeting"), path, QStringLiteral("--date"), QStringLiteral("2025-01-20"),
                 QStringLiteral("--present"), QStringLiteral("1,2,3,4,5,6"), option, QStringLiteral("7")});
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains("absent"));
    }
    CHECK(fileHash(path) == hash);
    CHECK(run({QStringLiteral("meeting"), path, QStringLiteral("--date"), QStringLiteral("2025-01-20"),
               QStringLiteral("--present"), QStringLiteral("1,2,3,4,5,6"), QStringLiteral("--chair"),
               QStringLiteral("2")})
              .exitCode == 0);
}

TEST_CASE("lengths: a 40,000-character decision number or meeting place is refused", "[cli][limits]")
{
    QTemporaryDir dir;
    const QString path = makeDemo(dir, QStringLiteral("long.sangkien"), 40);
    REQUIRE(run({QStringLiteral("allocate"), path, QStringLiteral("--apply")}).exitCode == 0);
    const QString pdf = dir.filePath(QStringLiteral("qd.pdf"));
    const auto r =
        run({QStringLiteral("decision"), path, QStringLiteral("--out"), pdf, QStringLiteral("--number"),
             QString(40000, QLatin1Char('9')), QStringLiteral("--date"), QStringLiteral("2025-02-05")});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains("at most 50"));
    CHECK(r.err.size() < 1000); // the number is not echoed back
    CHECK_FALSE(QFile::exists(pdf));
    const auto signer = run({QStringLiteral("decision"), path, QStringLiteral("--out"), pdf,
                             QStringLiteral("--signer"), QString(5000, QLatin1Char('a'))});
    CHECK(signer.exitCode == 2);
    CHECK_FALSE(QFile::exists(pdf));
    const QByteArray hash = fileHash(path);
    const auto place =
        run({QStringLiteral("meeting"), path, QStringLiteral("--date"), QStringLiteral("2025-01-20"),
             QStringLiteral("--present"), QStringLiteral("1,2,3,4,5,6,7"), QStringLiteral("--place"),
             QString(40000, QLatin1Char('P'))});
    CHECK(place.exitCode == 2);
    CHECK(place.err.contains("at most"));
    CHECK(fileHash(path) == hash);
}

TEST_CASE("control characters from a spreadsheet are never stored or printed", "[cli][limits]")
{
    QTemporaryDir dir;
    const QString path = makeDemo(dir, QStringLiteral("nul.sangkien"), 5);
    const QString csv = dir.filePath(QStringLiteral("don_vi.csv"));
    QByteArray rows = QStringLiteral("STT,Tên sáng kiến,Lĩnh vực,Họ và tên,Đơn vị\n").toUtf8();
    // A NUL and a bell inside the title, as a damaged spreadsheet export carries them.
    rows += QStringLiteral("1,Số hoá hồ sơ địa chính").toUtf8() + QByteArray(1, '\0') +
            QStringLiteral(" toàn huyện").toUtf8() + QByteArray(1, '\x07') +
            QStringLiteral(",2.d,Trần Văn Bình,Sở Tư pháp\n").toUtf8();
    writeFile(csv, rows);
    const auto imported = run({QStringLiteral("import"), path, csv});
    REQUIRE(imported.exitCode == 0);
    CHECK(scalar(path, QStringLiteral("SELECT count(*) FROM entry WHERE instr(title, char(0)) > 0 OR "
                                      "instr(title, char(7)) > 0")) == 0);
    CHECK(scalar(path, QStringLiteral("SELECT count(*) FROM entry WHERE title LIKE '%to%n huy%'")) == 1);
    const auto listed =
        run({QStringLiteral("list"), path, QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(listed.exitCode == 0);
    CHECK_FALSE(listed.out.contains('\0'));
    CHECK_FALSE(listed.out.contains('\x07'));
}

TEST_CASE("a UTF-16 or binary score file is refused without echoing its bytes", "[cli][limits]")
{
    QTemporaryDir dir;
    const QString path = makeDemo(dir, QStringLiteral("utf16.sangkien"));
    const QString good = QString::fromUtf8(oneSheet(path));
    const QString csv = dir.filePath(QStringLiteral("scores.csv"));
    const QByteArray hash = fileHash(path);
    QByteArray utf16("\xFF\xFE", 2);
    for (const QChar c : good) {
        utf16.append(char(c.unicode() & 0xFF));
        utf16.append(char(c.unicode() >> 8));
    }
    QByteArray binary;
    for (int i = 0; i < 2048; ++i)
        binary.append(char((i * 7919) % 256));
    for (const QByteArray& bytes : {utf16, binary}) {
        writeFile(csv, bytes);
        const auto r = run(
            {QStringLiteral("scores-import"), path, csv, QStringLiteral("--member"), QStringLiteral("1")});
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains("UTF-"));
        CHECK(r.err.size() < 600);
        CHECK_FALSE(r.err.contains('\0'));
        CHECK(QString::fromUtf8(r.err).toUtf8() == r.err); // valid UTF-8: no raw bytes passed through
    }
    CHECK(fileHash(path) == hash);
}

TEST_CASE("lengths: a title of 5,000 or 40,000 characters in a spreadsheet is refused by its row",
          "[cli][limits]")
{
    QTemporaryDir dir;
    const QString path = makeDemo(dir, QStringLiteral("title.sangkien"), 5);
    const QByteArray hash = fileHash(path);
    for (int length : {5000, 40000}) {
        INFO(length);
        const QString csv = dir.filePath(QStringLiteral("long_%1.csv").arg(length));
        writeFile(csv,
                  QStringLiteral("STT,Tên sáng kiến,Lĩnh vực,Họ và tên,Đơn vị\n1,%1,2.d,Trần Văn Bình,Sở Tư "
                                 "pháp\n")
                      .arg(QString(length, QLatin1Char('A')))
                      .toUtf8());
        const auto r = run({QStringLiteral("import"), path, csv});
        CHECK(r.exitCode == 2);
        CHECK(r.err.size() + r.out.size() < 2000); // the title is not echoed back
        CHECK((r.err.contains("row 2") || r.err.contains("B2")));
        CHECK(fileHash(path) == hash);
    }
}
