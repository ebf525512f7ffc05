// The window keeps a campaign safe: one writer (a second window is offered read-only), a backup on open,
// a damaged file is never written to and the latest good backup is offered, and Restore puts a backup back.
#include "main_window.h"
#include "models/entries_model.h"
#include "scripted_prompts.h"
#include "storage/backup_manager.h"
#include "storage/campaign_lock.h"
#include "storage/catalog_repository.h"
#include "storage/database.h"
#include "storage/entry_repository.h"
#include "storage/integrity_check.h"
#include "temp_campaign.h"
#include "ui_test_helpers.h"

#include <QAction>
#include <QFile>
#include <QFileInfo>
#include <QMenuBar>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <unistd.h>

using namespace sangkien;
using sangkien::testing::prompts;
using sangkien::testing::TempCampaign;

namespace {

void addEntries(Database& db, int count)
{
    auto categories = CatalogRepository(db).categories();
    auto units = CatalogRepository(db).units();
    REQUIRE(categories);
    REQUIRE(units);
    REQUIRE(db.transaction([&]() -> Status {
        EntryRepository repo(db);
        for (int i = 0; i < count; ++i) {
            Entry e;
            e.title = QStringLiteral("Cải tiến quy trình số %1 tại bộ phận một cửa").arg(i + 1);
            e.summary =
                QStringLiteral("Tóm tắt nội dung giải pháp, phạm vi áp dụng và hiệu quả. ").repeated(8);
            e.categoryId = categories->at(i % categories->size()).id;
            e.nominee.name = QStringLiteral("Nguyễn Văn Hùng %1").arg(i + 1);
            e.nominee.unitId = units->at(i % units->size()).id;
            if (auto inserted = repo.insert(e); !inserted)
                return inserted.error();
        }
        return {};
    }));
}

struct Window
{
    QTemporaryDir settingsDir;
    std::unique_ptr<MainWindow> window;
    Window() { window = std::make_unique<MainWindow>(settingsDir.filePath(QStringLiteral("s.ini"))); }
    MainWindow* operator->() { return window.get(); }
};

QAction* actionNamed(MainWindow* w, const QString& text)
{
    for (QAction* a : w->findChildren<QAction*>())
        if (a->text() == text)
            return a;
    FAIL("no action " << text.toStdString());
    return nullptr;
}

int entryCount(const QString& path)
{
    auto db = Database::open(path, Database::Mode::ReadOnly);
    REQUIRE(db);
    return EntryRepository(**db).count();
}

QByteArray entriesDump(const QString& path)
{
    auto db = Database::open(path, Database::Mode::ReadOnly);
    REQUIRE(db);
    QSqlQuery q((*db)->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT code, title, summary, status FROM entry ORDER BY code")));
    QByteArray dump;
    while (q.next())
        for (int i = 0; i < 4; ++i)
            dump += q.value(i).toString().toUtf8() + '\x1f';
    return dump;
}

} // namespace

TEST_CASE("A second window on a campaign in use is offered read-only, naming who holds it",
          "[ui][safety][lock]")
{
    TempCampaign campaign;
    addEntries(campaign.db(), 3);
    campaign.close();
    Window first;
    REQUIRE(first->openCampaign(campaign.path()));
    CHECK_FALSE(first->isReadOnly());
    const auto holder = CampaignLock::holder(campaign.path());
    REQUIRE(holder);
    CHECK(holder->program == QStringLiteral("sangkien"));

    Window second;
    QString asked;
    SECTION("declined: nothing is opened, and the message names the holder")
    {
        prompts().answerNo();
        CHECK_FALSE(second->openCampaign(campaign.path()));
        REQUIRE(prompts().asked().size() == 1);
        asked = prompts().asked().first();
        CHECK(asked.contains(holder->user));
        CHECK(asked.contains(QStringLiteral("sangkien")));
        CHECK_FALSE(second->hasCampaign());
    }
    SECTION("accepted: the campaign shows read-only, with what writes switched off")
    {
        prompts().answerYes();
        REQUIRE(second->openCampaign(campaign.path()));
        REQUIRE(prompts().asked().size() == 1);
        asked = prompts().asked().first();
        CHECK(second->isReadOnly());
        CHECK(second->entriesModel()->rowCount() == 3);
        CHECK(second->windowTitle().contains(QStringLiteral("read-only")));
        CHECK_FALSE(actionNamed(second.window.get(), QStringLiteral("&New Entry…"))->isEnabled());
        CHECK(actionNamed(first.window.get(), QStringLiteral("&New Entry…"))->isEnabled());
        // The read-only window neither took the lock nor made a backup.
        CHECK(CampaignLock::holder(campaign.path())->pid == holder->pid);
        second->closeCampaign();
        CHECK(CampaignLock::holder(campaign.path()));
    }
    first->closeCampaign();
    CHECK_FALSE(CampaignLock::holder(campaign.path()));
}

TEST_CASE("Opening makes a backup, and Restore puts a backup back with identical content",
          "[ui][safety][backup]")
{
    TempCampaign campaign;
    addEntries(campaign.db(), 4);
    campaign.close();
    const QByteArray original = entriesDump(campaign.path());
    Window w;
    REQUIRE(w->openCampaign(campaign.path()));
    const auto backups = BackupManager::listIn(BackupManager::defaultBackupDir(campaign.path()));
    REQUIRE(backups.size() == 1);
    CHECK(backups.first().reason == QStringLiteral("open"));
    CHECK(backups.first().entries == 4);

    // A change after the backup: one entry deleted.
    QSqlQuery q(w->database()->connection());
    REQUIRE(q.exec(QStringLiteral("DELETE FROM entry WHERE code = (SELECT max(code) FROM entry)")));
    q.finish();
    CHECK(EntryRepository(*w->database()).count() == 3);

    prompts().answerYes(); // "Replace the campaign with the backup …?"
    REQUIRE(w->restoreBackup(backups.first().path));
    CHECK(w->hasCampaign());
    CHECK(w->entriesModel()->rowCount() == 4);
    w->closeCampaign();
    CHECK(entriesDump(campaign.path()) == original);
    // The replaced file is kept aside, with the change in it.
    CHECK(entryCount(campaign.path() + QStringLiteral(".before-restore")) == 3);
}

TEST_CASE("A damaged campaign is not written to, and the latest good backup is offered",
          "[ui][safety][damage]")
{
    TempCampaign campaign;
    addEntries(campaign.db(), 400);
    campaign.close();
    const QByteArray original = entriesDump(campaign.path());
    {
        Window w;
        REQUIRE(w->openCampaign(campaign.path())); // makes the backup on open
        w->closeCampaign();
    }
    // Zero pages in the last quarter of the file until SQLite's quick_check sees the damage.
    QFile file(campaign.path());
    const qint64 pageSize = 4096;
    bool damaged = false;
    for (qint64 page = file.size() / pageSize * 3 / 4; page < file.size() / pageSize - 1 && !damaged;
         ++page) {
        REQUIRE(file.open(QIODevice::ReadWrite));
        file.seek(page * pageSize);
        file.write(QByteArray(pageSize, '\0'));
        file.close();
        auto db = Database::open(campaign.path(), Database::Mode::ReadOnly);
        if (!db)
            break; // refused at open: damaged too
        auto problems = IntegrityCheck(**db).quick();
        damaged = !problems || !problems->isEmpty();
    }
    REQUIRE(damaged);
    QFile damagedFile(campaign.path());
    REQUIRE(damagedFile.open(QIODevice::ReadOnly));
    const QByteArray damagedBytes = damagedFile.readAll();
    damagedFile.close();

    Window w;
    QString asked;
    SECTION("declined: the file stays exactly as it was")
    {
        prompts().answerNo();
        CHECK_FALSE(w->openCampaign(campaign.path()));
        REQUIRE(prompts().asked().size() == 1);
        asked = prompts().asked().first();
        CHECK(asked.contains(QStringLiteral("damaged")));
        CHECK(asked.contains(QStringLiteral("400")));
        REQUIRE(damagedFile.open(QIODevice::ReadOnly));
        CHECK(damagedFile.readAll() == damagedBytes);
        CHECK_FALSE(CampaignLock::holder(campaign.path()));
    }
    SECTION("accepted: the backup is put back and opened; the damaged file is kept aside")
    {
        prompts().answerYes();
        REQUIRE(w->openCampaign(campaign.path()));
        REQUIRE(prompts().asked().size() == 1);
        asked = prompts().asked().first();
        CHECK(w->entriesModel()->rowCount() == 400);
        w->closeCampaign();
        CHECK(entriesDump(campaign.path()) == original);
        QFile aside(campaign.path() + QStringLiteral(".before-restore"));
        REQUIRE(aside.open(QIODevice::ReadOnly));
        CHECK(aside.readAll() == damagedBytes);
    }
}

TEST_CASE("A review package given to the campaign window goes to review mode, not into the campaign",
          "[ui][safety]")
{
    TempCampaign campaign;
    addEntries(campaign.db(), 2);
    campaign.close();
    Window w;
    REQUIRE(w->openCampaign(campaign.path()));
    QTemporaryDir dir;
    const QString package = dir.filePath(QStringLiteral("uy-vien.skreview"));
    QFile f(package);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("SKREVIEW not really a package");
    f.close();
    CHECK_FALSE(w->openCampaign(package));
    CHECK(w->lastError().contains(QStringLiteral("review package")));
    CHECK(w->campaignPath() == campaign.path()); // the open campaign stays
}

TEST_CASE("A campaign file with two hard links opens read-only, saying why", "[ui][safety][lock]")
{
    TempCampaign campaign;
    addEntries(campaign.db(), 2);
    campaign.close();
    const QString second = campaign.path() + QStringLiteral(".second-name.sangkien");
    REQUIRE(::link(QFile::encodeName(campaign.path()).constData(), QFile::encodeName(second).constData()) ==
            0);
    const QByteArray before = entriesDump(campaign.path());
    for (const QString& name : {campaign.path(), second}) {
        Window w;
        REQUIRE(w->openCampaign(name));
        CHECK(w->isReadOnly());
        CHECK(w->lastError().contains(QStringLiteral("hard links")));
        CHECK(w->entriesModel()->rowCount() == 2);
        CHECK_FALSE(actionNamed(w.window.get(), QStringLiteral("&New Entry…"))->isEnabled());
        // Neither a lock nor a backup was made through either name.
        CHECK_FALSE(CampaignLock::holder(name));
        CHECK_FALSE(QFileInfo::exists(BackupManager::defaultBackupDir(name)));
        w->closeCampaign();
    }
    CHECK(entriesDump(campaign.path()) == before);
    QFile::remove(second);
}

TEST_CASE("A save dialog that names the campaign itself, or another campaign, is refused and writes nothing",
          "[ui][safety][out]")
{
    sangkien::testing::UiCampaign data;
    QTemporaryDir other;
    const QString otherCampaign = other.filePath(QStringLiteral("other.sangkien"));
    REQUIRE(QFile::copy(data.campaign.path(), otherCampaign));
    sangkien::testing::UiWindow w(data.campaign.path());
    // The campaign through another spelling of its path, and another campaign file.
    const QString sameByAnotherName =
        data.campaign.dir() + QStringLiteral("/./") + QFileInfo(data.campaign.path()).fileName();
    const auto fileBytes = [](const QString& path) {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    };
    for (const QString& target : {sameByAnotherName, otherCampaign}) {
        INFO(target.toStdString());
        const QByteArray before = fileBytes(target);
        prompts().answerFile(target);
        QTest::keyClick(w.get(), Qt::Key_E, Qt::ControlModifier); // Export shown rows
        CHECK(prompts().pending() == 0);
        CHECK(prompts().lastMessage().contains(QStringLiteral("campaign")));
        CHECK(fileBytes(target) == before);
    }
}
