// The main window offscreen: opening campaigns, searching as you type, the counts, refusals, recent files.
#include "entries_view.h"
#include "main_window.h"
#include "models/entries_filter_model.h"
#include "models/entries_model.h"
#include "storage/catalog_repository.h"
#include "storage/entry_repository.h"
#include "temp_campaign.h"
#include "widget_lookup.h"

#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>

using namespace sangkien;
using sangkien::testing::child;
using sangkien::testing::TempCampaign;

namespace {

void addEntry(Database& db, const QString& title, const QString& nominee)
{
    auto categories = CatalogRepository(db).categories();
    auto units = CatalogRepository(db).units();
    REQUIRE(categories);
    REQUIRE(units);
    Entry e;
    e.title = title;
    e.categoryId = categories->first().id;
    e.nominee.name = nominee;
    e.nominee.unitId = units->first().id;
    const Status s = db.transaction([&]() -> Status {
        auto inserted = EntryRepository(db).insert(e);
        return inserted ? Status{} : Status{inserted.error()};
    });
    REQUIRE(s);
}

// A campaign with five entries, closed so the window is the only one holding it.
struct FilledCampaign
{
    TempCampaign campaign;
    FilledCampaign()
    {
        Database& db = campaign.db();
        addEntry(db, QStringLiteral("Số hoá hồ sơ một cửa"), QStringLiteral("Nguyễn Văn Đức"));
        addEntry(db, QStringLiteral("Chữ ký số trong văn bản"), QStringLiteral("Trần Văn An"));
        addEntry(db, QStringLiteral("Giống lúa chịu hạn"), QStringLiteral("Lê Thị Bình"));
        addEntry(db, QStringLiteral("Đường dây nóng doanh nghiệp"), QStringLiteral("Đặng Thị Dung"));
        addEntry(db, QStringLiteral("Cải tiến quy trình tiếp nhận"), QStringLiteral("Phạm Văn Dũng"));
        campaign.close();
    }
    QString path() const { return campaign.path(); }
};

// A window that keeps its settings in a temporary INI file and never opens a dialog.
struct TestWindow
{
    QTemporaryDir settingsDir;
    std::unique_ptr<MainWindow> window;
    explicit TestWindow(const QString& settingsFile = {})
    {
        window = std::make_unique<MainWindow>(
            settingsFile.isEmpty() ? settingsDir.filePath(QStringLiteral("s.ini")) : settingsFile);
    }
    MainWindow* operator->() { return window.get(); }
};

} // namespace

TEST_CASE("The main window opens a campaign and filters as you type", "[ui][main_window]")
{
    FilledCampaign data;
    TestWindow w;
    w->show();
    REQUIRE(w->openCampaign(data.path()));
    CHECK(w->hasCampaign());
    CHECK(child<QTableView>(w, "entriesTable")->model()->rowCount() == 5);
    CHECK(w->statusText() == QStringLiteral("5 entries"));
    CHECK(w->windowTitle().contains(QStringLiteral("test.sangkien")));
    CHECK(w->windowTitle().contains(QStringLiteral("2024")));

    QTest::keyClicks(child<QLineEdit>(w, "entriesSearch"), QStringLiteral("nguyen van duc"));
    REQUIRE(child<QTableView>(w, "entriesTable")->model()->rowCount() == 1);
    CHECK(child<QTableView>(w, "entriesTable")
              ->model()
              ->index(0, EntriesModel::NomineeColumn)
              .data()
              .toString() == QStringLiteral("Nguyễn Văn Đức"));
    CHECK(w->statusText() == QStringLiteral("1 entries shown of 5"));

    // Esc clears the search and shows everything again.
    QTest::keyClick(child<QLineEdit>(w, "entriesSearch"), Qt::Key_Escape);
    CHECK(child<QLineEdit>(w, "entriesSearch")->text().isEmpty());
    CHECK(child<QTableView>(w, "entriesTable")->model()->rowCount() == 5);
    CHECK(w->statusText() == QStringLiteral("5 entries"));

    QTest::keyClicks(child<QLineEdit>(w, "entriesSearch"), QStringLiteral("DANG"));
    CHECK(child<QTableView>(w, "entriesTable")->model()->rowCount() == 1);
    QTest::keyClicks(child<QLineEdit>(w, "entriesSearch"), QStringLiteral("x"));
    CHECK(child<QTableView>(w, "entriesTable")->model()->rowCount() == 0);
    CHECK(w->statusText() == QStringLiteral("0 entries shown of 5"));
}

TEST_CASE("Ctrl+F puts the cursor in the search field", "[ui][main_window]")
{
    FilledCampaign data;
    TestWindow w;
    w->show();
    REQUIRE(QTest::qWaitForWindowExposed(w.window.get()));
    REQUIRE(w->openCampaign(data.path()));
    w->activateWindow();
    child<QTableView>(w, "entriesTable")->setFocus();
    QTest::qWait(20);
    QTest::keyClick(w.window.get(), Qt::Key_F, Qt::ControlModifier);
    CHECK(child<QLineEdit>(w, "entriesSearch")->hasFocus());
}

TEST_CASE("The table sorts nominees the Vietnamese way when a header is clicked", "[ui][main_window]")
{
    FilledCampaign data;
    TestWindow w;
    REQUIRE(w->openCampaign(data.path()));
    child<QTableView>(w, "entriesTable")->sortByColumn(EntriesModel::NomineeColumn, Qt::AscendingOrder);
    QStringList nominees;
    for (int row = 0; row < child<QTableView>(w, "entriesTable")->model()->rowCount(); ++row)
        nominees << child<QTableView>(w, "entriesTable")
                        ->model()
                        ->index(row, EntriesModel::NomineeColumn)
                        .data()
                        .toString();
    CHECK(nominees == QStringList({QStringLiteral("Trần Văn An"), QStringLiteral("Lê Thị Bình"),
                                   QStringLiteral("Đặng Thị Dung"), QStringLiteral("Phạm Văn Dũng"),
                                   QStringLiteral("Nguyễn Văn Đức")}));
}

TEST_CASE("A foreign or newer file is refused and the open campaign stays", "[ui][main_window]")
{
    FilledCampaign data;
    TestWindow w;
    REQUIRE(w->openCampaign(data.path()));
    const QString title = w->windowTitle();

    SECTION("not a database at all")
    {
        QTemporaryDir dir;
        const QString foreign = dir.filePath(QStringLiteral("bang-tinh.sangkien"));
        QFile file(foreign);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("Danh sách sáng kiến năm 2024; this is a spreadsheet export, not a campaign\n");
        file.close();

        CHECK_FALSE(w->openCampaign(foreign));
        CHECK_FALSE(w->lastError().isEmpty());
        CHECK_FALSE(w->recentFiles().contains(foreign));
    }
    SECTION("a campaign from a newer version of the program")
    {
        TempCampaign newer;
        QSqlQuery q(newer.db().connection());
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = 999")));
        q.finish();
        newer.close();

        CHECK_FALSE(w->openCampaign(newer.path()));
        CHECK_FALSE(w->lastError().isEmpty());
    }
    SECTION("a file that does not exist")
    {
        CHECK_FALSE(w->openCampaign(data.campaign.dir() + QStringLiteral("/khong-co.sangkien")));
    }
    CHECK(w->campaignPath() == data.path());
    CHECK(w->windowTitle() == title);
    CHECK(child<QTableView>(w, "entriesTable")->model()->rowCount() == 5);
    CHECK(w->statusText() == QStringLiteral("5 entries"));
}

TEST_CASE("Recent files: newest first, no duplicates, missing files pruned", "[ui][main_window][recent]")
{
    FilledCampaign first;
    FilledCampaign second;
    QTemporaryDir settingsDir;
    const QString settingsFile = settingsDir.filePath(QStringLiteral("settings.ini"));
    {
        TestWindow w(settingsFile);
        CHECK(w->recentFiles().isEmpty());
        REQUIRE(w->openCampaign(first.path()));
        REQUIRE(w->openCampaign(second.path()));
        REQUIRE(w->openCampaign(first.path()));
        const QStringList recent = w->recentFiles();
        REQUIRE(recent.size() == 2);
        CHECK(recent.at(0) == QFileInfo(first.path()).canonicalFilePath());
        CHECK(recent.at(1) == QFileInfo(second.path()).canonicalFilePath());
        // Two files and "Clear the List" below a separator.
        CHECK(child<QMenu>(w, "recentMenu")->actions().size() == 4);
        w->close();
    }
    {
        // A new session starts on the most recent file.
        TestWindow w(settingsFile);
        REQUIRE(w->openMostRecent());
        CHECK(QFileInfo(w->campaignPath()).canonicalFilePath() ==
              QFileInfo(first.path()).canonicalFilePath());
        w->closeCampaign();
        CHECK_FALSE(w->hasCampaign());
        CHECK(w->statusText() == QStringLiteral("No campaign open"));
    }
    REQUIRE(QFile::remove(first.path()));
    {
        TestWindow w(settingsFile);
        CHECK(w->recentFiles() == QStringList{QFileInfo(second.path()).canonicalFilePath()});
    }
}

TEST_CASE("New campaign creates a file from the 2024 template and refuses to overwrite", "[ui][main_window]")
{
    QTemporaryDir dir;
    TestWindow w;
    const QString path = dir.filePath(QStringLiteral("phong-trao-2024"));
    REQUIRE(w->newCampaign(path));
    CHECK(w->campaignPath().endsWith(QStringLiteral("phong-trao-2024.sangkien")));
    CHECK(w->campaign().year == 2024);
    CHECK(child<QTableView>(w, "entriesTable")->model()->rowCount() == 0);
    CHECK(w->statusText() == QStringLiteral("0 entries"));

    CHECK_FALSE(w->newCampaign(path + QStringLiteral(".sangkien")));
    CHECK(w->lastError().contains(QStringLiteral("phong-trao-2024.sangkien")));
    CHECK(w->hasCampaign());
}

TEST_CASE("Window geometry is kept between sessions", "[ui][main_window]")
{
    QTemporaryDir settingsDir;
    const QString settingsFile = settingsDir.filePath(QStringLiteral("settings.ini"));
    {
        TestWindow w(settingsFile);
        w->show();
        w->resize(900, 640);
        w->close();
    }
    CHECK_FALSE(
        QSettings(settingsFile, QSettings::IniFormat).value(QStringLiteral("mainWindow/geometry")).isNull());
    TestWindow w(settingsFile);
    CHECK(w->size() == QSize(900, 640));
}
