// Units: the diacritics-insensitive completer, the units dialog (add, merge) and its model.
#include "model_tester.h"
#include "scripted_prompts.h"
#include "storage/audit_log.h"
#include "storage/catalog_repository.h"
#include "storage/unit_repository.h"
#include "temp_campaign.h"
#include "test_context.h"
#include "unit_completer.h"
#include "units_dialog.h"
#include "units_model.h"
#include "widget_lookup.h"

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <catch2/catch.hpp>

using namespace sangkien;
using sangkien::testing::child;
using sangkien::testing::TempCampaign;

TEST_CASE("The unit completer ignores accents, case and word order", "[ui][units]")
{
    TempCampaign c;
    auto units = CatalogRepository(c.db()).units();
    REQUIRE(units);
    QLineEdit edit;
    UnitCompleter completer(&edit);
    completer.setUnits(*units);
    testing::CheckedModelTester tester(completer.filterModel());

    CHECK(completer.unitName(completer.unitIdFor(QStringLiteral("so y te"))) == QStringLiteral("Sở Y tế"));
    CHECK(completer.unitName(completer.unitIdFor(QStringLiteral("VĂN LÂM"))) ==
          QStringLiteral("UBND huyện Văn Lâm"));
    CHECK(completer.unitName(completer.unitIdFor(QStringLiteral("lam van ubnd"))) ==
          QStringLiteral("UBND huyện Văn Lâm"));
    CHECK(completer.unitIdFor(QStringLiteral("ubnd")) == 0); // many match: none is guessed
    CHECK(completer.matchCount(QStringLiteral("ubnd")) > 1);
    CHECK(completer.unitIdFor(QStringLiteral("khong ton tai")) == 0);

    completer.filterModel()->setQuery(QStringLiteral("khoai chau"));
    REQUIRE(completer.filterModel()->rowCount() >= 1);
    CHECK(completer.filterModel()->index(0, 0).data().toString().contains(QStringLiteral("Khoái Châu")));

    // Leaving the field settles what was typed to the unit's proper name.
    edit.show();
    edit.setFocus();
    QTest::keyClicks(&edit, QStringLiteral("so tai chinh"));
    QMetaObject::invokeMethod(&edit, "editingFinished");
    CHECK(edit.text() == QStringLiteral("Sở Tài chính"));
    CHECK(tester.failures().isEmpty());
}

TEST_CASE("The units dialog adds a unit and merges duplicates", "[ui][units]")
{
    TempCampaign c;
    UnitsDialog dialog(testing::contextFor(c.db(), QStringLiteral("clerk")));
    testing::CheckedModelTester tester(dialog.model());
    const int rows = dialog.model()->rowCount();
    REQUIRE(rows > 30); // the template's districts, departments, schools …
    const qint64 kind = dialog.model()->kinds().first().id;

    auto keep =
        dialog.addUnit({0, kind, QStringLiteral("Trường THCS Lạc Hồng"), QStringLiteral("Huyện Văn Lâm")});
    REQUIRE(keep);
    auto dup = dialog.addUnit({0, kind, QStringLiteral("THCS Lac Hong"), QStringLiteral("Huyện Văn Lâm")});
    REQUIRE(dup);
    CHECK(dialog.model()->rowCount() == rows + 2);
    CHECK_FALSE(dialog.addUnit({0, kind, QStringLiteral("trường thcs lạc hồng"), {}}));
    CHECK_FALSE(dialog.lastError().isEmpty());

    // The search finds both spellings without accents.
    QTest::keyClicks(child<QLineEdit>(dialog, "unitsSearch"), QStringLiteral("lac hong"));
    CHECK(child<QTableView>(dialog, "unitsTable")->model()->rowCount() == 2);

    const int audit = AuditLog(c.db()).count();
    REQUIRE(dialog.mergeUnits(*keep, {*keep, *dup}));
    CHECK(dialog.model()->rowCount() == rows + 1);
    CHECK(dialog.changedAnything());
    CHECK(AuditLog(c.db()).count() == audit + 1);
    CHECK(child<QTableView>(dialog, "unitsTable")->model()->rowCount() == 1);
    CHECK(tester.failures().isEmpty());
}

TEST_CASE("The units dialog imports a units list written by openpyxl, and a read-only window cannot",
          "[ui][units]")
{
    TempCampaign campaign(QStringLiteral("hungyen-2025"));
    const QString list = QDir(campaign.dir()).filePath(QStringLiteral("don-vi.xlsx"));
    QProcess python;
    python.start(
        QStringLiteral("/usr/bin/python3"), // Debian's, with python3-openpyxl
        {QStringLiteral("-c"),
         QStringLiteral("import openpyxl,sys\nwb=openpyxl.Workbook()\nws=wb.active\n"
                        "ws.append(['Tên đơn vị','Loại','Khu vực'])\n"
                        "ws.append(['Hợp tác xã Nông nghiệp Phụng Công','Doanh nghiệp','Hưng Yên (cũ)'])\n"
                        "ws.append(['UBND phường Phố Hiến',None,None])\nwb.save(sys.argv[1])\n"),
         list});
    REQUIRE(python.waitForFinished(60000));
    REQUIRE(python.exitCode() == 0);

    UnitsDialog dialog(testing::contextFor(campaign.db()));
    const int before = dialog.model()->rowCount();
    testing::prompts().answerFile(list);
    QTest::mouseClick(child<QPushButton>(dialog, "importUnits"), Qt::LeftButton);
    CHECK(testing::prompts().pending() == 0);
    CHECK(dialog.model()->rowCount() == before + 1); // the ward was there already
    CHECK(dialog.changedAnything());
    CHECK(child<QLabel>(dialog, "unitsMessage")->text().contains(QStringLiteral("1")));

    UnitsDialog readOnly(testing::contextFor(campaign.db()));
    readOnly.setReadOnly(QStringLiteral("Máy khác đang mở để sửa"));
    CHECK_FALSE(child<QPushButton>(readOnly, "importUnits")->isEnabled());
    CHECK_FALSE(readOnly.importList(list));
    CHECK(readOnly.model()->rowCount() == before + 1);
}
