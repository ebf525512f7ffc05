// The import wizard offscreen: read vn_list.xlsx, fix a row in the preview, skip the rest, import.
#include "import_wizard.h"
#include "models/import_preview_model.h"
#include "temp_campaign.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <catch2/catch.hpp>

using namespace sangkien;
using sangkien::testing::TempCampaign;

TEST_CASE("The import wizard reads a list, lets the clerk fix and skip rows, and imports", "[ui][import]")
{
    QStandardPaths::setTestModeEnabled(true);
    TempCampaign campaign;
    ImportWizard wizard(campaign.db());
    REQUIRE(wizard.openFile(QStringLiteral(SANGKIEN_TEST_DATA_DIR "/spreadsheets/vn_list.xlsx")));
    const ImportPlan* plan = wizard.plan();
    REQUIRE(plan);
    CHECK(plan->mapping.headerRow() == 3);
    CHECK(plan->read() == 5);
    CHECK(plan->count(RowStatus::Rejected) == 5);

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
    CHECK(summary->skipped == 4);

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
