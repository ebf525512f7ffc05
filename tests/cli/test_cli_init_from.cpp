// `sangkien-cli init NEW --from OLD --year N`: next year's campaign from this one, run as the office's
// scripts run it; the new file read back with `list` and `members`, the refusals with their exit codes.
#include "temp_campaign.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace sangkien;
using namespace sangkien::testing;

TEST_CASE("cli init --from: a 2025 campaign from a 2024 demo, units following the province's reorganisation",
          "[cli][next-campaign]")
{
    QTemporaryDir dir;
    const QString old = dir.filePath(QStringLiteral("2024.sangkien"));
    const QString next = dir.filePath(QStringLiteral("2025.sangkien"));
    REQUIRE(runCli({QStringLiteral("demo"), old, QStringLiteral("--entries"), QStringLiteral("30"),
                    QStringLiteral("--seed"), QStringLiteral("9")})
                .exitCode == 0);
    const auto made =
        runCli({QStringLiteral("init"), next, QStringLiteral("--from"), old, QStringLiteral("--year"),
                QStringLiteral("2025"), QStringLiteral("--plan-number"), QStringLiteral("15/KH-UBND"),
                QStringLiteral("--opens-on"), QStringLiteral("2025-03-01")});
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    CHECK(QString::fromUtf8(made.out).contains(QStringLiteral("2025")));

    // No entries came over; the council did.
    const auto list =
        runCli({QStringLiteral("list"), next, QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(list.exitCode == 0);
    CHECK(QJsonDocument::fromJson(list.out).object().value(QStringLiteral("entries")).toArray().isEmpty());
    const auto oldMembers = runCli({QStringLiteral("members"), old});
    const auto newMembers = runCli({QStringLiteral("members"), next});
    REQUIRE(newMembers.exitCode == 0);
    CHECK(newMembers.out.count('\n') == oldMembers.out.count('\n'));

    auto db = Database::open(next, Database::Mode::ReadOnly);
    REQUIRE(db);
    QSqlQuery q((*db)->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT year, plan_number, opens_on FROM campaign")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 2025);
    CHECK(q.value(1).toString() == QStringLiteral("15/KH-UBND"));
    CHECK(q.value(2).toString() == QStringLiteral("2025-03-01"));
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM unit WHERE name IN ('UBND huyện Khoái Châu', "
                                  "'Sở Giao thông vận tải')")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0);
    REQUIRE(q.exec(
        QStringLiteral("SELECT count(*) FROM unit WHERE name IN ('UBND xã Khoái Châu', 'Sở Xây dựng')")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 2);
}

TEST_CASE("cli init --from refuses what it cannot do, writing nothing", "[cli][next-campaign]")
{
    TempCampaign old;
    old.close();
    const QString next = QDir(old.dir()).filePath(QStringLiteral("next.sangkien"));
    auto files = [&] {
        return QDir(old.dir()).entryList(QDir::Files | QDir::Hidden).filter(QStringLiteral("next"));
    };

    // Without --year, or with a year not after the earlier campaign's: nothing written.
    CHECK(runCli({QStringLiteral("init"), next, QStringLiteral("--from"), old.path()}).exitCode == 1);
    CHECK(runCli({QStringLiteral("init"), next, QStringLiteral("--from"), old.path(),
                  QStringLiteral("--year"), QStringLiteral("2023")})
              .exitCode == 2);
    CHECK(
        runCli({QStringLiteral("init"), next, QStringLiteral("--from"), old.path(), QStringLiteral("--year"),
                QStringLiteral("2025"), QStringLiteral("--opens-on"), QStringLiteral("01/03/2025")})
            .exitCode == 1);
    CHECK(
        runCli({QStringLiteral("init"), next, QStringLiteral("--from"), old.path(), QStringLiteral("--year"),
                QStringLiteral("2025"), QStringLiteral("--template"), QStringLiteral("hungyen-2025")})
            .exitCode == 1);
    CHECK(runCli({QStringLiteral("init"), next, QStringLiteral("--year"), QStringLiteral("2025")}).exitCode ==
          1);
    CHECK(files().isEmpty());
    // A missing earlier campaign is not found (3); the earlier campaign as the new file is refused (2).
    CHECK(runCli({QStringLiteral("init"), next, QStringLiteral("--from"),
                  QDir(old.dir()).filePath(QStringLiteral("none.sangkien")), QStringLiteral("--year"),
                  QStringLiteral("2025")})
              .exitCode == 3);
    QFile f(old.path());
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray before = f.readAll();
    f.close();
    const auto onto = runCli({QStringLiteral("init"), old.path(), QStringLiteral("--from"), old.path(),
                              QStringLiteral("--year"), QStringLiteral("2025")});
    CHECK(onto.exitCode == 2);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == before);
    CHECK(files().isEmpty());
}
