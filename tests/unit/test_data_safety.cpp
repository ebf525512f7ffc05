// One writer per campaign, and backups that restore to identical content.
#include "campaign_content.h"
#include "storage/backup_manager.h"
#include "storage/campaign_lock.h"
#include "storage/entry_repository.h"
#include "temp_campaign.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QSysInfo>
#include <catch2/catch.hpp>

using namespace sangkien;
using sangkien::testing::contentHash;

namespace {

void writeLockFile(const QString& campaign, const QJsonObject& holder)
{
    QFile f(CampaignLock::lockPath(campaign));
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(holder).toJson());
}

} // namespace

TEST_CASE("A second writer is refused with the holder's name, host and time", "[safety][lock]")
{
    testing::TempCampaign campaign;
    auto first = CampaignLock::acquire(campaign.path(), QStringLiteral("sangkien"));
    REQUIRE(first.ok());
    CHECK(QFile::exists(CampaignLock::lockPath(campaign.path())));
    auto second = CampaignLock::acquire(campaign.path(), QStringLiteral("sangkien-cli"));
    REQUIRE_FALSE(second.ok());
    CHECK(second.error().message.contains(QSysInfo::machineHostName()));
    CHECK(second.error().place == campaign.path());
    first->reset();
    CHECK_FALSE(QFile::exists(CampaignLock::lockPath(campaign.path())));
    CHECK(CampaignLock::acquire(campaign.path(), QStringLiteral("sangkien-cli")).ok());
}

TEST_CASE("A lock left by a crashed program is taken over", "[safety][lock]")
{
    testing::TempCampaign campaign;
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);

    SECTION("its process is gone on this machine")
    {
        writeLockFile(campaign.path(), {{QStringLiteral("user"), QStringLiteral("van.thu")},
                                        {QStringLiteral("host"), QSysInfo::machineHostName()},
                                        {QStringLiteral("pid"), 999999999},
                                        {QStringLiteral("since"), now},
                                        {QStringLiteral("heartbeat"), now}});
        REQUIRE(CampaignLock::isStale(*CampaignLock::holder(campaign.path())));
        auto taken = CampaignLock::acquire(campaign.path(), QStringLiteral("sangkien"));
        REQUIRE(taken.ok());
        CHECK(CampaignLock::holder(campaign.path())->pid == QCoreApplication::applicationPid());
    }

    SECTION("its heartbeat on another machine stopped long ago")
    {
        const QString old = QDateTime::currentDateTimeUtc().addSecs(-3600).toString(Qt::ISODate);
        writeLockFile(campaign.path(), {{QStringLiteral("user"), QStringLiteral("ke.toan")},
                                        {QStringLiteral("host"), QStringLiteral("may-khac")},
                                        {QStringLiteral("pid"), 1},
                                        {QStringLiteral("since"), old},
                                        {QStringLiteral("heartbeat"), old}});
        CHECK(CampaignLock::acquire(campaign.path(), QStringLiteral("sangkien")).ok());
    }

    SECTION("a live holder on another machine is respected")
    {
        writeLockFile(campaign.path(), {{QStringLiteral("user"), QStringLiteral("ke.toan")},
                                        {QStringLiteral("host"), QStringLiteral("may-khac")},
                                        {QStringLiteral("pid"), 1},
                                        {QStringLiteral("since"), now},
                                        {QStringLiteral("heartbeat"), now}});
        auto refused = CampaignLock::acquire(campaign.path(), QStringLiteral("sangkien"));
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().message.contains(QStringLiteral("ke.toan")));
        CHECK(refused.error().message.contains(QStringLiteral("may-khac")));
    }
}

TEST_CASE("A backup restores to identical content", "[safety][backup]")
{
    testing::TempCampaign campaign;
    Entry e;
    e.title = QStringLiteral("Số hóa hồ sơ một cửa cấp xã");
    e.nominee.name = QStringLiteral("Nguyễn Văn Đức");
    REQUIRE(EntryRepository(campaign.db()).insert(e).ok());
    const QByteArray before = contentHash(campaign.db());

    BackupManager backups(campaign.db());
    auto made = backups.backupNow(QStringLiteral("manual"));
    REQUIRE(made.ok());
    const auto listed = backups.list();
    REQUIRE(listed.size() == 1);
    CHECK(listed[0].entries == 1);
    CHECK(listed[0].reason == QStringLiteral("manual"));
    CHECK_FALSE(backups.dailyDue());

    // The clerk then deletes everything by mistake…
    QSqlQuery q(campaign.db().connection());
    REQUIRE(q.exec(QStringLiteral("DELETE FROM entry_author")));
    REQUIRE(q.exec(QStringLiteral("DELETE FROM entry")));
    campaign.close();

    REQUIRE(BackupManager::restore(made->path, campaign.path()).ok());
    CHECK(contentHash(campaign.reopen()) == before);
    CHECK(QFile::exists(campaign.path() + QStringLiteral(".before-restore")));
}

TEST_CASE("Backups rotate: the last ten plus one a month", "[safety][backup]")
{
    testing::TempCampaign campaign;
    const QString dir = BackupManager::defaultBackupDir(campaign.path());
    REQUIRE(QDir().mkpath(dir));
    // 14 daily backups in November, 3 in October, 2 in September.
    QStringList names;
    for (int d = 1; d <= 14; ++d)
        names << QStringLiteral("test-202411%1-080000-daily.sangkien").arg(d, 2, 10, QLatin1Char('0'));
    for (int d = 1; d <= 3; ++d)
        names << QStringLiteral("test-202410%1-080000-daily.sangkien").arg(d, 2, 10, QLatin1Char('0'));
    for (int d = 1; d <= 2; ++d)
        names << QStringLiteral("test-202409%1-080000-daily.sangkien").arg(d, 2, 10, QLatin1Char('0'));
    for (const QString& n : names) {
        QFile f(QDir(dir).filePath(n));
        REQUIRE(f.open(QIODevice::WriteOnly));
    }
    BackupManager(campaign.db()).rotate();
    const QStringList kept = QDir(dir).entryList({QStringLiteral("*.sangkien")}, QDir::Files, QDir::Name);
    CHECK(kept.size() == 12); // Nov 05–14, the newest of October and of September
    CHECK(kept.contains(QStringLiteral("test-20241003-080000-daily.sangkien")));
    CHECK(kept.contains(QStringLiteral("test-20240902-080000-daily.sangkien")));
    CHECK_FALSE(kept.contains(QStringLiteral("test-20241104-080000-daily.sangkien")));
}

TEST_CASE("A damaged backup is not restored over the campaign", "[safety][backup]")
{
    testing::TempCampaign campaign;
    campaign.close();
    const QString bad = campaign.dir() + QStringLiteral("/bad.sangkien");
    QFile f(bad);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("not a database");
    f.close();
    QFile original(campaign.path());
    REQUIRE(original.open(QIODevice::ReadOnly));
    const QByteArray bytes = original.readAll();
    original.close();
    CHECK_FALSE(BackupManager::restore(bad, campaign.path()).ok());
    REQUIRE(original.open(QIODevice::ReadOnly));
    CHECK(original.readAll() == bytes);
}
