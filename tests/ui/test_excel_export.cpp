// File › Export to Excel (issue 17, item 4): the menu that replaced the CSV export writes the same
// workbooks as `sangkien-cli export`, read back with python3-openpyxl; the campaign itself is refused as
// the target and a cancelled dialog writes nothing.
#include "demo/demo_generator.h"
#include "main_window.h"
#include "scripted_prompts.h"
#include "storage/entry_repository.h"
#include "temp_campaign.h"
#include "ui_test_helpers.h"
#include "xlsx_read_back.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace sangkien;
using namespace sangkien::testing;

TEST_CASE("File › Export to Excel writes the entries list and the statistics", "[ui][export][xlsx]")
{
    TempCampaign campaign;
    DemoGenerator::Options o;
    o.entries = 30;
    o.seed = 7;
    REQUIRE(DemoGenerator(o).fill(campaign.db()));
    EntryFilter filter;
    filter.withAuthors = false;
    QStringList codes;
    const auto list = EntryRepository(campaign.db()).list(filter);
    REQUIRE(list);
    for (const EntrySummary& e : *list)
        codes << e.code;
    REQUIRE(codes.size() == 30);
    campaign.close();
    UiWindow w(campaign.path());
    QTemporaryDir out;

    // The submenu replaced the CSV export: no action of the window mentions CSV any more.
    auto* menu = w->findChild<QMenu*>(QStringLiteral("exportExcelMenu"));
    REQUIRE(menu);
    for (const QAction* a : w->findChildren<QAction*>())
        CHECK_FALSE(a->text().contains(QStringLiteral("CSV")));
    QStringList names;
    for (const QAction* a : menu->actions())
        names << a->objectName();
    CHECK(names == QStringList{QStringLiteral("exportExcelEntries"), QStringLiteral("exportExcelRanking"),
                               QStringLiteral("exportExcelAwards"), QStringLiteral("exportExcelStatistics")});
    auto* entries = w->findChild<QAction*>(QStringLiteral("exportExcelEntries"));
    auto* stats = w->findChild<QAction*>(QStringLiteral("exportExcelStatistics"));
    REQUIRE(entries);
    REQUIRE(stats);
    REQUIRE(entries->isEnabled());

    const QString entriesXlsx = out.filePath(QStringLiteral("ho-so.xlsx"));
    prompts().answerFile(entriesXlsx);
    entries->trigger();
    REQUIRE(QFile::exists(entriesXlsx));
    {
        const QJsonObject sheet = sheetNamed(readXlsx(entriesXlsx), QStringLiteral("Hồ sơ"));
        const int header = headerRowOf(sheet, QStringLiteral("STT"));
        CHECK(sheet.value(QStringLiteral("freeze")).toString() == QStringLiteral("A%1").arg(header + 2));
        const QJsonArray rows = sheet.value(QStringLiteral("rows")).toArray();
        REQUIRE(rows.size() == header + 1 + 30);
        for (int i = 0; i < 30; ++i) {
            const QJsonArray row = rows[header + 1 + i].toArray();
            CHECK(cellType(row[0]) == QStringLiteral("n"));
            CHECK(cellValue(row[1]).toString() == codes[i]);
        }
    }

    const QString statsXlsx = out.filePath(QStringLiteral("thong-ke.xlsx"));
    prompts().answerFile(statsXlsx);
    stats->trigger();
    REQUIRE(QFile::exists(statsXlsx));
    {
        const QJsonObject sheet = sheetNamed(readXlsx(statsXlsx), QStringLiteral("Tổng hợp"));
        const int header = headerRowOf(sheet, QStringLiteral("Chỉ tiêu"));
        const QJsonArray first = sheet.value(QStringLiteral("rows")).toArray()[header + 1].toArray();
        CHECK(cellValue(first[0]).toString() == QStringLiteral("Tổng số hồ sơ"));
        CHECK(cellType(first[1]) == QStringLiteral("n"));
        CHECK(cellValue(first[1]).toInt() == 30);
    }

    // Cancelled: nothing written. The campaign as the target: refused with a message, the file untouched.
    const QStringList before = QDir(out.path()).entryList(QDir::Files | QDir::Hidden);
    prompts().answerFile(QString());
    stats->trigger();
    CHECK(QDir(out.path()).entryList(QDir::Files | QDir::Hidden) == before);
    QFile f(campaign.path());
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray campaignBefore = f.readAll();
    f.close();
    const qsizetype messages = prompts().messages().size();
    prompts().answerFile(campaign.path());
    entries->trigger();
    CHECK(prompts().messages().size() == messages + 1);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == campaignBefore);
}
