// Every command that writes a file refuses an --out that would destroy something (issue 14, items 1 and 3):
// the campaign itself by any name, any other campaign file, a review package or score return, SQLite's
// companion files of an existing file. Refused: exit 2, the reason named, not a byte written anywhere.
#include "cli_test_helpers.h"
#include "review/conflicts.h"
#include "storage/campaign_lock.h"

#include <QDir>
#include <QTemporaryDir>
#include <cmath>

using namespace sangkien;
using namespace sangkien::testing;

namespace {

const QString kPin = QStringLiteral("4821");

CliResult run(const QStringList& args)
{
    CliResult r = runCli(args + QStringList{QStringLiteral("--lang"), QStringLiteral("en")});
    INFO(args.join(QLatin1Char(' ')).toStdString());
    INFO(r.err.toStdString());
    return r;
}

// Every file of the folder with its hash, so a refusal is seen to write nothing anywhere.
QMap<QString, QByteArray> folderState(const QString& folder)
{
    QMap<QString, QByteArray> state;
    const QDir dir(folder);
    for (const QString& name : dir.entryList(QDir::Files | QDir::Hidden))
        state.insert(name, fileHash(dir.filePath(name)));
    return state;
}

// A full sheet of one entry the member may score (in their package), every criterion at half its maximum.
QByteArray sheetFor(const QString& path, qint64 member)
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
        if (conflicts->eligibleMembers(q.value(0).toLongLong()).contains(member))
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

// A campaign scored, allocated and with a council meeting: every writer has something to write. Its name
// ends in .pdf, as a campaign may (the program opens campaigns by content).
struct Office
{
    QTemporaryDir dir;
    QString campaign = dir.filePath(QStringLiteral("2024.pdf"));
    QString other = dir.filePath(QStringLiteral("2023.sangkien"));
    QString package = dir.filePath(QStringLiteral("member3.skreview"));
    QString scores = dir.filePath(QStringLiteral("scores.csv"));

    Office()
    {
        REQUIRE(run({QStringLiteral("demo"), campaign, QStringLiteral("--entries"), QStringLiteral("30"),
                     QStringLiteral("--seed"), QStringLiteral("5")})
                    .exitCode == 0);
        writeFile(scores, sheetFor(campaign, 3));
        REQUIRE(run({QStringLiteral("init"), other}).exitCode == 0);
        REQUIRE(run({QStringLiteral("allocate"), campaign, QStringLiteral("--apply")}).exitCode == 0);
        REQUIRE(
            run({QStringLiteral("meeting"), campaign, QStringLiteral("--date"), QStringLiteral("2025-01-20"),
                 QStringLiteral("--present"), QStringLiteral("1,2,3,4,5,6,7")})
                .exitCode == 0);
        REQUIRE(run({QStringLiteral("review-export"), campaign, QStringLiteral("--member"),
                     QStringLiteral("3"), QStringLiteral("--pin"), kPin, QStringLiteral("--out"), package})
                    .exitCode == 0);
    }
};

// Each command that writes a file, aimed at out.
QList<QStringList> writersTo(const Office& o, const QString& out)
{
    return {
        {QStringLiteral("review-export"), o.campaign, QStringLiteral("--member"), QStringLiteral("3"),
         QStringLiteral("--pin"), kPin, QStringLiteral("--out"), out},
        {QStringLiteral("decision"), o.campaign, QStringLiteral("--out"), out, QStringLiteral("--number"),
         QStringLiteral("125"), QStringLiteral("--date"), QStringLiteral("2025-02-05")},
        {QStringLiteral("minutes"), o.campaign, QStringLiteral("--out"), out},
        {QStringLiteral("report"), o.campaign, QStringLiteral("--kind"), QStringLiteral("final"),
         QStringLiteral("--out"), out},
        {QStringLiteral("review-fill"), o.package, QStringLiteral("--pin"), kPin, QStringLiteral("--scores"),
         o.scores, QStringLiteral("--out"), out},
        {QStringLiteral("backup"), o.campaign, QStringLiteral("--out"), out},
    };
}

void expectRefused(const Office& o, const QString& out, const char* reason)
{
    // Read first: a reader's look may leave SQLite's -shm beside the campaign.
    const qint64 packages = scalar(o.campaign, QStringLiteral("SELECT count(*) FROM review_package"));
    const auto before = folderState(o.dir.path());
    for (const QStringList& args : writersTo(o, out)) {
        // decision, minutes and report only write .pdf/.odt: other names are usage errors, not this refusal.
        if ((args.first() == QLatin1String("decision") || args.first() == QLatin1String("minutes") ||
             args.first() == QLatin1String("report")) &&
            !out.endsWith(QLatin1String(".pdf")))
            continue;
        const auto r = run(args);
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(reason));
        CHECK(r.out.isEmpty());
        CHECK(folderState(o.dir.path()) == before);
    }
    CHECK(scalar(o.campaign, QStringLiteral("SELECT count(*) FROM review_package")) == packages);
    CHECK(run({QStringLiteral("check"), o.campaign}).exitCode == 0);
}

} // namespace

TEST_CASE("out refusals: the campaign itself, by any name", "[cli][out]")
{
    Office o;
    REQUIRE(QDir(o.dir.path()).mkdir(QStringLiteral("sub")));
    SECTION("its own name")
    {
        expectRefused(o, o.campaign, "campaign file");
    }
    SECTION("another spelling of it")
    {
        expectRefused(o, o.dir.filePath(QStringLiteral("sub/../2024.pdf")), "campaign file");
    }
    SECTION("a symbolic link to it")
    {
        const QString alias = o.dir.filePath(QStringLiteral("sub/alias.pdf"));
        REQUIRE(QFile::link(o.campaign, alias));
        expectRefused(o, alias, "campaign file");
    }
}

TEST_CASE("out refusals: another campaign, a review package, a score return", "[cli][out]")
{
    Office o;
    SECTION("another campaign file")
    {
        expectRefused(o, o.other, "campaign file");
    }
    SECTION("another campaign file renamed .pdf")
    {
        const QString renamed = o.dir.filePath(QStringLiteral("2023.pdf"));
        REQUIRE(QFile::rename(o.other, renamed));
        expectRefused(o, renamed, "campaign file");
    }
    SECTION("a review package")
    {
        expectRefused(o, o.package, "review package");
    }
    SECTION("a score return")
    {
        const QString ret = o.dir.filePath(QStringLiteral("member3.skscores"));
        REQUIRE(run({QStringLiteral("review-fill"), o.package, QStringLiteral("--pin"), kPin,
                     QStringLiteral("--scores"), o.scores, QStringLiteral("--out"), ret})
                    .exitCode == 0);
        expectRefused(o, ret, "score return");
    }
}

TEST_CASE("out refusals: SQLite's journal, -wal and -shm names of an existing file", "[cli][out]")
{
    Office o;
    for (const char* suffix : {"-journal", "-wal", "-shm"}) {
        INFO(suffix);
        expectRefused(o, o.campaign + QLatin1String(suffix), "SQLite");
        expectRefused(o, o.other + QLatin1String(suffix), "SQLite");
    }
    // The exact case of the issue: a backup named after the journal would make every later open call
    // the campaign damaged, and a plain sqlite3 would delete it.
    const auto r = run({QStringLiteral("backup"), o.campaign, QStringLiteral("--out"),
                        o.campaign + QStringLiteral("-journal")});
    CHECK(r.exitCode == 2);
    CHECK_FALSE(QFile::exists(o.campaign + QStringLiteral("-journal")));
    CHECK(run({QStringLiteral("list"), o.campaign}).exitCode == 0);
}

TEST_CASE("out refusals: an ordinary file is still replaced whole, and a new one written", "[cli][out]")
{
    Office o;
    const QString pdf = o.dir.filePath(QStringLiteral("qd.pdf"));
    writeFile(pdf, "an old draft");
    const auto r =
        run({QStringLiteral("decision"), o.campaign, QStringLiteral("--out"), pdf, QStringLiteral("--number"),
             QStringLiteral("125"), QStringLiteral("--date"), QStringLiteral("2025-02-05")});
    CHECK(r.exitCode == 0);
    QFile f(pdf);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.read(5) == "%PDF-");
    f.close();
    const QString copy = o.dir.filePath(QStringLiteral("copy.sangkien"));
    CHECK(run({QStringLiteral("backup"), o.campaign, QStringLiteral("--out"), copy}).exitCode == 0);
    CHECK(run({QStringLiteral("check"), copy}).exitCode == 0);
    // No temporary file stays beside them.
    for (const QString& name : QDir(o.dir.path()).entryList(QDir::Files | QDir::Hidden))
        CHECK_FALSE((name.contains(QStringLiteral(".tmp")) || name.contains(QStringLiteral(".new")) ||
                     name.contains(QStringLiteral(".partial"))));
}
