// `check`: exit 0 on a sound campaign; exit 2 naming the problem after SQL breaks a rule.
#include "cli_test_helpers.h"

#include <QTemporaryDir>

using namespace sangkien;
using namespace sangkien::testing;

namespace {

QString makeDemo(const QTemporaryDir& dir)
{
    const QString path = dir.filePath(QStringLiteral("check.sangkien"));
    REQUIRE(
        runCli({QStringLiteral("demo"), path, QStringLiteral("--entries"), QStringLiteral("200")}).exitCode ==
        0);
    return path;
}

CliResult check(const QString& path)
{
    return runCli({QStringLiteral("check"), path, QStringLiteral("--lang"), QStringLiteral("en")});
}

} // namespace

TEST_CASE("cli check passes on a demo campaign", "[cli]")
{
    QTemporaryDir dir;
    const QString path = makeDemo(dir);
    const QByteArray before = fileHash(path);
    const auto r = check(path);
    CHECK(r.exitCode == 0);
    CHECK(r.err.isEmpty());
    CHECK(fileHash(path) == before); // checking never writes
}

TEST_CASE("cli check finds a broken quota rule", "[cli]")
{
    QTemporaryDir dir;
    const QString path = makeDemo(dir);
    // Eleven more chairman's certificates than anyone may give.
    tamper(
        path,
        QStringLiteral(
            "INSERT INTO award (entry_id, award_form_id, decided_at) SELECT id, (SELECT id FROM award_form "
            "WHERE code = 'chairman'), '2024-12-20' FROM entry WHERE id NOT IN (SELECT entry_id FROM award) "
            "ORDER BY id LIMIT 11;"));
    const auto r = check(path);
    CHECK(r.exitCode == 2);
    INFO(r.out.toStdString());
    CHECK(r.out.contains("chairman"));
    CHECK(r.out.contains("quota allows at most 10"));
    CHECK(r.err.contains("problem"));
}

TEST_CASE("cli check finds shares that do not add up to 100", "[cli]")
{
    QTemporaryDir dir;
    const QString path = makeDemo(dir);
    const qint64 entryId =
        scalar(path, QStringLiteral("SELECT min(entry_id) FROM entry_author WHERE share > 20"));
    tamper(path,
           QStringLiteral("UPDATE entry_author SET share = share - 10 WHERE position = 1 AND entry_id = %1;")
               .arg(entryId));
    const QString code = QStringLiteral("SK-2024-%1").arg(entryId, 4, 10, QLatin1Char('0'));
    const auto r = check(path);
    CHECK(r.exitCode == 2);
    INFO(r.out.toStdString());
    CHECK(r.out.contains(code.toUtf8()));
    CHECK(r.out.contains("not 100%"));
}

TEST_CASE("cli check finds points beyond a criterion's maximum", "[cli]")
{
    QTemporaryDir dir;
    const QString path = makeDemo(dir);
    // score is WITHOUT ROWID: pick the first row by its key.
    tamper(path, QStringLiteral(
                     "UPDATE score SET points = 99 WHERE sheet_id = (SELECT min(sheet_id) FROM score) AND "
                     "criterion_id = (SELECT min(criterion_id) FROM score);"));
    const auto r = check(path);
    CHECK(r.exitCode == 2);
    CHECK(r.out.contains("99"));
}

TEST_CASE("cli check finds a sheet whose stored total differs from its points", "[cli]")
{
    QTemporaryDir dir;
    const QString path = makeDemo(dir);
    // A tool that removed the trigger keeping the totals, then changed a sheet's points.
    const qint64 sheetId = scalar(path, QStringLiteral("SELECT min(sheet_id) FROM score"));
    const qint64 entryId =
        scalar(path, QStringLiteral("SELECT entry_id FROM score_sheet WHERE id = %1").arg(sheetId));
    tamper(path, QStringLiteral("DROP TRIGGER score_sheet_total_update; UPDATE score SET points = 0 WHERE "
                                "sheet_id = %1;")
                     .arg(sheetId));
    const QString code = QStringLiteral("SK-2024-%1").arg(entryId, 4, 10, QLatin1Char('0'));
    const auto r = check(path);
    CHECK(r.exitCode == 2);
    INFO(r.out.toStdString());
    CHECK(r.out.contains(code.toUtf8() + ": "));
    CHECK(r.out.contains("keeps a total of"));
    CHECK(r.out.contains("add up to 0"));
}

TEST_CASE("cli check finds rows that refer to missing rows", "[cli]")
{
    QTemporaryDir dir;
    const QString path = makeDemo(dir);
    tamper(path,
           QStringLiteral("PRAGMA foreign_keys = OFF; DELETE FROM council_member WHERE role = 'member';"));
    const auto r = check(path);
    CHECK(r.exitCode == 2);
    CHECK(r.out.contains("score_sheet"));
}
