// The import wizard offscreen: read vn_list.xlsx, fix a row in the preview, skip the rest, import.
#include "campaign_content.h"
#include "import_wizard.h"
#include "models/import_preview_model.h"
#include "temp_campaign.h"
#include "test_context.h"

#include <QFile>
#include <QLabel>
#include <QLocale>
#include <QSqlQuery>
#include <QStandardPaths>
#include <catch2/catch.hpp>

using namespace sangkien;
using sangkien::testing::entryLines;
using sangkien::testing::TempCampaign;

TEST_CASE("The import wizard reads a list, lets the clerk fix and skip rows, and imports", "[ui][import]")
{
    QStandardPaths::setTestModeEnabled(true);
    TempCampaign campaign;
    ImportWizard wizard(testing::contextFor(campaign.db()));
    REQUIRE(wizard.openFile(QStringLiteral(SANGKIEN_TEST_DATA_DIR "/spreadsheets/vn_list.xlsx")));
    const ImportPlan* plan = wizard.plan();
    REQUIRE(plan);
    CHECK(plan->mapping.headerRow() == 3);
    // Rows 8 and 9 stand below a blank row under the numbered list: the sheet's footer.
    CHECK(plan->read() == 3);
    CHECK(plan->count(RowStatus::Rejected) == 3);
    CHECK(plan->count(RowStatus::Footer) == 2);

    // Row 4: the category is a field name the plan does not know, and the co-author has no share.
    ImportPreviewModel* model = wizard.previewModel();
    REQUIRE(model->editCell(4, 6, QStringLiteral("2.b")));
    REQUIRE(model->editCell(4, 5, QStringLiteral("Trần Thị Bình (40%)")));
    CHECK(plan->rows[model->modelRowOf(4)].status == RowStatus::Accepted);

    // Import is refused while rejected rows are neither fixed nor skipped.
    CHECK_FALSE(wizard.runImport());
    for (int row : {5, 6, 8, 9})
        model->setImported(row, false);
    auto summary = wizard.runImport();
    REQUIRE(summary);
    CHECK(summary->imported == 1);
    CHECK(summary->skipped == 2);

    QSqlQuery q(campaign.db().connection());
    REQUIRE(q.exec(QStringLiteral("SELECT title, source_row FROM entry")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("Ứng dụng phần mềm quản lý hồ sơ một cửa"));
    CHECK(q.value(1).toInt() == 4);

    // A saved mapping is listed by name for next time.
    REQUIRE(wizard.saveMapping(QStringLiteral("Mẫu Sở Y tế")));
    CHECK(ImportWizard::savedMappings().contains(QStringLiteral("Mẫu Sở Y tế")));
    REQUIRE(wizard.setField(6, ImportField::Ignore));
    CHECK_FALSE(wizard.plan()->mapping.hasField(ImportField::Category));
}

TEST_CASE("The wizard and sangkien-cli import the same file with the same mapping into the same entries",
          "[ui][import][cli]")
{
    QStandardPaths::setTestModeEnabled(true);
    const QString file = QStringLiteral(SANGKIEN_TEST_DATA_DIR "/spreadsheets/vn_import.xlsx");

    TempCampaign byWizard;
    ImportWizard wizard(testing::contextFor(byWizard.db()));
    REQUIRE(wizard.openFile(file));
    REQUIRE(wizard.plan()->count(RowStatus::Accepted) == 6);
    auto summary = wizard.runImport();
    REQUIRE(summary);
    CHECK(summary->imported == 6);
    REQUIRE(wizard.saveMapping(QStringLiteral("Sở Tư pháp")));
    const QString mapping = ImportWizard::mappingsDir() + QStringLiteral("/Sở Tư pháp.json");
    REQUIRE(QFile::exists(mapping));

    TempCampaign byCli;
    byCli.close();
    const auto cli =
        sangkien::testing::runCli({QStringLiteral("import"), byCli.path(), file, QStringLiteral("--mapping"),
                                   mapping, QStringLiteral("--format"), QStringLiteral("json")});
    INFO(cli.err.toStdString());
    REQUIRE(cli.exitCode == 0);
    CHECK(cli.out.contains("\"imported\":6"));
    byCli.reopen();

    const QStringList fromWizard = entryLines(byWizard.db());
    CHECK(fromWizard.size() == 6);
    CHECK(entryLines(byCli.db()) == fromWizard);
}

TEST_CASE("The preview's counts are written as the clerk reads numbers", "[ui][import]")
{
    QStandardPaths::setTestModeEnabled(true);
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
    TempCampaign campaign;
    const QString path = campaign.dir() + QStringLiteral("/danh-sach.csv");
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    QByteArray text = "STT,Tên sáng kiến,Họ và tên,Đơn vị\n";
    for (int i = 1; i <= 1200; ++i)
        text += QByteArray::number(i) + ",Sáng kiến số " + QByteArray::number(i) + ",Nguyễn Văn An,Sở Y tế\n";
    f.write(text);
    f.close();
    ImportWizard wizard(testing::contextFor(campaign.db()));
    REQUIRE(wizard.openFile(path));
    const auto* summary = wizard.findChild<QLabel*>(QStringLiteral("previewSummary"));
    REQUIRE(summary);
    INFO(summary->text().toStdString());
    CHECK(summary->text().startsWith(QStringLiteral("1.200 ")));
    QLocale::setDefault(before);
}
