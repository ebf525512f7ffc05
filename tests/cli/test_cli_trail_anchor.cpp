// `check` finds what is edited with the sqlite3 tool behind the program's back: a score, an award or a
// vote that the audit trail does not account for, and rows removed from the end of the trail (or the
// whole trail), which leave a chain that verifies but not the anchor kept beside it.
#include "cli_test_helpers.h"

#include <QProcess>
#include <QTemporaryDir>

using namespace sangkien;
using namespace sangkien::testing;

namespace {

// Runs the real sqlite3 tool on a closed campaign, as a person at a terminal would; returns its output.
QString sqlite3Tool(const QString& path, const QString& sql)
{
    QProcess p;
    p.start(QStringLiteral("sqlite3"), {path, sql});
    INFO("sqlite3 (packaging/dev.sh installs it): " << p.errorString().toStdString());
    REQUIRE(p.waitForStarted(10000));
    REQUIRE(p.waitForFinished(60000));
    INFO(p.readAllStandardError().toStdString());
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

QString demoCampaign(const QTemporaryDir& dir)
{
    const QString path = dir.filePath(QStringLiteral("demo.sangkien"));
    const CliResult made = runCli({QStringLiteral("demo"), path, QStringLiteral("--entries"),
                                   QStringLiteral("120"), QStringLiteral("--seed"), QStringLiteral("7")});
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    return path;
}

CliResult check(const QString& path)
{
    return runCli({QStringLiteral("check"), path, QStringLiteral("--lang"), QStringLiteral("en")});
}

QString said(const CliResult& r)
{
    return QString::fromUtf8(r.out + r.err);
}

} // namespace

TEST_CASE("A demo campaign's scores, awards and votes are accounted for by its trail", "[cli][audit][anchor]")
{
    QTemporaryDir dir;
    const QString path = demoCampaign(dir);
    REQUIRE(scalar(path, QStringLiteral("SELECT count(*) FROM score_sheet")) > 0);
    REQUIRE(scalar(path, QStringLiteral("SELECT count(*) FROM award")) > 0);
    const CliResult r = check(path);
    INFO(said(r).toStdString());
    CHECK(r.exitCode == 0);
    // The anchor follows the trail.
    CHECK(scalar(path, QStringLiteral("SELECT row_count FROM trail_anchor")) ==
          scalar(path, QStringLiteral("SELECT count(*) FROM audit_log")));
}

TEST_CASE("check names a score edited with sqlite3", "[cli][audit][anchor]")
{
    QTemporaryDir dir;
    const QString path = demoCampaign(dir);
    const QString code = QString::number(scalar(path, QStringLiteral("SELECT min(sheet_id) FROM score")));
    sqlite3Tool(path,
                QStringLiteral("UPDATE score SET points = points - 1 WHERE sheet_id = %1 AND "
                               "criterion_id = (SELECT min(criterion_id) FROM score WHERE sheet_id = %1);")
                    .arg(code));
    const QString entry = sqlite3Tool(
        path,
        QStringLiteral("SELECT e.code FROM score_sheet s JOIN entry e ON e.id = s.entry_id WHERE s.id = %1;")
            .arg(code));
    const CliResult r = check(path);
    INFO(said(r).toStdString());
    CHECK(r.exitCode == 2);
    CHECK(said(r).contains(QStringLiteral("scores differ from the audit trail")));
    CHECK(said(r).contains(entry));
}

TEST_CASE("check names an award given with sqlite3", "[cli][audit][anchor]")
{
    QTemporaryDir dir;
    const QString path = demoCampaign(dir);
    const qint64 entryId = scalar(
        path, QStringLiteral("SELECT min(id) FROM entry WHERE id NOT IN (SELECT entry_id FROM award)"));
    sqlite3Tool(path, QStringLiteral("INSERT INTO award (entry_id, award_form_id, decided_at) "
                                     "SELECT %1, min(id), '2024-12-01' FROM award_form;")
                          .arg(entryId));
    const CliResult r = check(path);
    INFO(said(r).toStdString());
    CHECK(r.exitCode == 2);
    CHECK(said(r).contains(QStringLiteral("award differs from the audit trail")));
    CHECK(said(r).contains(
        sqlite3Tool(path, QStringLiteral("SELECT code FROM entry WHERE id = %1;").arg(entryId))));
}

TEST_CASE("check names a vote changed with sqlite3", "[cli][audit][anchor]")
{
    QTemporaryDir dir;
    const QString path = demoCampaign(dir);
    const QString members = [&] {
        QStringList ids;
        const qint64 count = scalar(path, QStringLiteral("SELECT count(*) FROM council_member"));
        const qint64 first = scalar(path, QStringLiteral("SELECT min(id) FROM council_member"));
        for (qint64 i = 0; i < count; ++i)
            ids << QString::number(first + i);
        return ids.join(QLatin1Char(','));
    }();
    const CliResult met = runCli({QStringLiteral("meeting"), path, QStringLiteral("--date"),
                                  QStringLiteral("2024-11-20"), QStringLiteral("--present"), members});
    INFO(met.err.toStdString());
    REQUIRE(met.exitCode == 0);
    const QString code = sqlite3Tool(path, QStringLiteral("SELECT min(code) FROM entry;"));
    const CliResult voted =
        runCli({QStringLiteral("vote"), path, QStringLiteral("--entry"), code, QStringLiteral("--agree"),
                QStringLiteral("2"), QStringLiteral("--disagree"), QStringLiteral("1")});
    INFO(voted.err.toStdString());
    REQUIRE(voted.exitCode == 0);
    REQUIRE(check(path).exitCode == 0);

    sqlite3Tool(path, QStringLiteral("UPDATE meeting_vote SET agree = 7, disagree = 0, passes = 1;"));
    const CliResult r = check(path);
    INFO(said(r).toStdString());
    CHECK(r.exitCode == 2);
    CHECK(said(r).contains(QStringLiteral("vote at meeting")));
    CHECK(said(r).contains(code));
}

TEST_CASE("check finds the last rows of the trail, or the whole trail, deleted", "[cli][audit][anchor]")
{
    QTemporaryDir dir;
    const QString path = demoCampaign(dir);
    REQUIRE(scalar(path, QStringLiteral("SELECT count(*) FROM audit_log")) > 5);
    REQUIRE(check(path).exitCode == 0);

    SECTION("the last five rows")
    {
        sqlite3Tool(path,
                    QStringLiteral("DELETE FROM audit_log WHERE id > (SELECT max(id) - 5 FROM audit_log);"));
        const CliResult r = check(path);
        INFO(said(r).toStdString());
        CHECK(r.exitCode == 2);
        CHECK(said(r).contains(QStringLiteral("5 rows at the end of the audit trail were deleted")));
    }
    SECTION("the whole trail")
    {
        sqlite3Tool(path, QStringLiteral("DELETE FROM audit_log;"));
        const CliResult r = check(path);
        INFO(said(r).toStdString());
        CHECK(r.exitCode == 2);
        CHECK(said(r).contains(QStringLiteral("whole audit trail")));
    }
    SECTION("the anchor with the trail")
    {
        sqlite3Tool(path, QStringLiteral("DELETE FROM audit_log; DELETE FROM trail_anchor;"));
        const CliResult r = check(path);
        INFO(said(r).toStdString());
        CHECK(r.exitCode == 2);
        CHECK(said(r).contains(QStringLiteral("anchor")));
    }
}
