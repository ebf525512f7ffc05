// The import wizard in bulk (issue 15, item 2), offscreen: an unknown unit fixed or created once for all
// its rows, completers in the cells for units, categories and kinds, problems in a column of their own
// that can be shown alone, a refusal naming the failing rows, and a finished page with only "Close".
#include "import_cell_delegate.h"
#include "import_fixtures.h"
#include "import_wizard.h"
#include "models/import_preview_model.h"
#include "storage/catalog_repository.h"
#include "temp_campaign.h"
#include "test_context.h"
#include "widget_lookup.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>

using namespace sangkien;
using sangkien::testing::child;
using sangkien::testing::TempCampaign;
using sangkien::testing::writeCsv;

namespace {

// 13 rows from a unit the campaign does not know (written three ways), 2 from a misspelt known unit,
// 1 good row.
QString bulkList()
{
    QString csv = QStringLiteral("STT,Tên sáng kiến,Loại,Lĩnh vực,Họ và tên,Năm sinh,Đơn vị\n");
    for (int i = 1; i <= 13; ++i) {
        const QString unit = i % 3 == 0   ? QStringLiteral("TRUNG TÂM KHUYẾN NÔNG VĂN LÂM")
                             : i % 3 == 1 ? QStringLiteral("Trung tâm Khuyến nông Văn Lâm")
                                          : QStringLiteral("Trung tam Khuyen nong Van Lam");
        csv +=
            QStringLiteral("%1,Mô hình trồng lúa chất lượng cao số %1 tại xã,Sáng kiến,3.a,Nguyễn Văn Nông "
                           "%1,1980,%2\n")
                .arg(i)
                .arg(unit);
    }
    csv += QStringLiteral("14,Cải tiến quy trình công chứng hợp đồng,Sáng kiến,2.b,Trần Thị Hòa,1985,Sở Tư "
                          "pháp tỉnh\n"
                          "15,Số hóa sổ hộ tịch lưu trữ,Sáng kiến,2.d,Lê Văn Tịch,1979,SO TU PHAP TINH\n"
                          "16,Ứng dụng phần mềm quản lý văn bản,Sáng kiến,2.d,Phạm Văn An,1982,Sở Y tế\n");
    return csv;
}

int rowsWith(const ImportPlan& plan, RowStatus status)
{
    return plan.count(status);
}

} // namespace

TEST_CASE("An unknown unit is created once, or replaced by a known one, for every row naming it",
          "[ui][import][bulk]")
{
    QStandardPaths::setTestModeEnabled(true);
    TempCampaign campaign;
    QTemporaryDir dir;
    const QString path = writeCsv(dir, QStringLiteral("don_vi.csv"), bulkList());
    ImportWizard wizard(testing::contextFor(campaign.db()));
    REQUIRE(wizard.openFile(path));
    CHECK(rowsWith(*wizard.plan(), RowStatus::Rejected) == 15);

    const QList<UnknownUnit> unknown = wizard.unknownUnits();
    REQUIRE(unknown.size() == 2);
    CHECK(unknown[0].name == QStringLiteral("Trung tâm Khuyến nông Văn Lâm"));
    CHECK(unknown[0].rows.size() == 13);
    CHECK(unknown[1].rows == QList<int>{15, 16});
    CHECK(unknown[1].suggestion == QStringLiteral("Sở Tư pháp"));

    auto* panel = wizard.findChild<QWidget*>(QStringLiteral("unknownUnitsPanel"));
    auto* combo = wizard.findChild<QComboBox*>(QStringLiteral("unknownUnits"));
    auto* choice = wizard.findChild<QLineEdit*>(QStringLiteral("unitChoice"));
    auto* create = wizard.findChild<QPushButton*>(QStringLiteral("createUnit"));
    auto* replace = wizard.findChild<QPushButton*>(QStringLiteral("replaceUnit"));
    REQUIRE((panel && combo && choice && create && replace));
    CHECK_FALSE(panel->isHidden());
    REQUIRE(combo->count() == 2);
    CHECK(combo->itemText(0).contains(QStringLiteral("13")));

    // One click creates the unit for its 13 rows, however each row wrote it.
    combo->setCurrentIndex(0);
    QTest::mouseClick(create, Qt::LeftButton);
    CHECK(rowsWith(*wizard.plan(), RowStatus::Accepted) == 14);
    CHECK(rowsWith(*wizard.plan(), RowStatus::Rejected) == 2);

    // The misspelt unit: its suggestion is offered; one click fixes both rows.
    REQUIRE(combo->count() == 1);
    CHECK(combo->currentData().toString() == QStringLiteral("Sở Tư pháp tỉnh"));
    CHECK(choice->text() == QStringLiteral("Sở Tư pháp"));
    QTest::mouseClick(replace, Qt::LeftButton);
    CHECK(rowsWith(*wizard.plan(), RowStatus::Rejected) == 0);
    CHECK(panel->isHidden());
    const int unitColumn = wizard.plan()->mapping.columnOf(ImportField::Unit);
    CHECK(wizard.plan()->sheetRows.last().text(unitColumn) == QStringLiteral("Sở Y tế"));
    for (const ImportRowData& row : wizard.plan()->sheetRows) {
        if (row.number == 15 || row.number == 16) {
            CHECK(row.text(unitColumn) == QStringLiteral("Sở Tư pháp"));
            CHECK(row.cell(unitColumn)->edited);
        }
    }

    auto summary = wizard.runImport();
    REQUIRE(summary);
    CHECK(summary->imported == 16);
    auto units = CatalogRepository(campaign.db()).units();
    REQUIRE(units);
    CHECK(std::count_if(units->begin(), units->end(), [](const Unit& u) {
              return u.name == QStringLiteral("Trung tâm Khuyến nông Văn Lâm");
          }) == 1);
}

TEST_CASE("A unit that is not the campaign's is refused as a replacement and changes nothing",
          "[ui][import][bulk]")
{
    QStandardPaths::setTestModeEnabled(true);
    TempCampaign campaign;
    QTemporaryDir dir;
    const QString path = writeCsv(dir, QStringLiteral("don_vi.csv"), bulkList());
    ImportWizard wizard(testing::contextFor(campaign.db()));
    REQUIRE(wizard.openFile(path));
    const ImportRows before = wizard.plan()->sheetRows;
    CHECK_FALSE(
        wizard.replaceUnitEverywhere(QStringLiteral("Sở Tư pháp tỉnh"), QStringLiteral("Sở Không Có")));
    CHECK(wizard.plan()->sheetRows == before);
}

TEST_CASE("Problems have a column of their own and the rows with problems can be shown alone",
          "[ui][import][bulk]")
{
    QStandardPaths::setTestModeEnabled(true);
    TempCampaign campaign;
    QTemporaryDir dir;
    const QString path = writeCsv(dir, QStringLiteral("don_vi.csv"), bulkList());
    ImportWizard wizard(testing::contextFor(campaign.db()));
    REQUIRE(wizard.openFile(path));
    ImportPreviewModel* model = wizard.previewModel();
    const int problems = ImportPreviewModel::ProblemsColumn;
    CHECK(model->headerData(problems, Qt::Horizontal).toString() == ImportPreviewModel::tr("Problems"));
    const int row17 = model->modelRowOf(17); // sheet row 17: the good row (the header is row 1)
    const int row2 = model->modelRowOf(2);
    CHECK(model->index(row17, problems).data().toString().isEmpty());
    const QString said = model->index(row2, problems).data().toString();
    CHECK(said.startsWith(QStringLiteral("G: ")));
    CHECK(said.contains(QStringLiteral("Trung tâm Khuyến nông Văn Lâm")));

    QTableView* view = child<QTableView>(wizard, "preview");
    CHECK(view->model()->rowCount() == 16);
    auto* only = wizard.findChild<QCheckBox*>(QStringLiteral("onlyProblems"));
    REQUIRE(only);
    only->setChecked(true);
    CHECK(view->model()->rowCount() == 15);
    // A row fixed while filtered leaves the list of rows with problems.
    REQUIRE(wizard.replaceUnitEverywhere(QStringLiteral("SO TU PHAP TINH"), QStringLiteral("so tu phap")));
    CHECK(view->model()->rowCount() == 13);
    for (int r = 0; r < view->model()->rowCount(); ++r)
        CHECK(view->model()->index(r, 0).data(ImportPreviewModel::StatusRole).toInt() ==
              int(RowStatus::Rejected));
    only->setChecked(false);
    CHECK(view->model()->rowCount() == 16);
}

TEST_CASE("Cells for units, categories and kinds are edited with a completer", "[ui][import][bulk]")
{
    QStandardPaths::setTestModeEnabled(true);
    TempCampaign campaign;
    QTemporaryDir dir;
    const QString path = writeCsv(dir, QStringLiteral("don_vi.csv"), bulkList());
    ImportWizard wizard(testing::contextFor(campaign.db()));
    REQUIRE(wizard.openFile(path));
    QTableView* view = child<QTableView>(wizard, "preview");
    QAbstractItemDelegate* delegate = view->itemDelegate();
    REQUIRE(qobject_cast<ImportCellDelegate*>(delegate));
    const ColumnMapping& mapping = wizard.plan()->mapping;
    const int fixed = ImportPreviewModel::FixedColumns;
    const int row = wizard.previewModel()->modelRowOf(15);
    QStyleOptionViewItem option;

    auto editorFor = [&](ImportField field) {
        const QModelIndex index = view->model()->index(row, fixed + mapping.columnOf(field));
        auto* edit = qobject_cast<QLineEdit*>(delegate->createEditor(view->viewport(), option, index));
        REQUIRE(edit);
        delegate->setEditorData(edit, index);
        return std::pair{edit, index};
    };

    // The unit: diacritics and case ignored, what was typed settles to the unit's name.
    auto [unitEdit, unitIndex] = editorFor(ImportField::Unit);
    CHECK(unitEdit->text() == QStringLiteral("Sở Tư pháp tỉnh"));
    REQUIRE(unitEdit->completer());
    CHECK(unitEdit->completer()->completionModel()->rowCount() > 10);
    unitEdit->setText(QStringLiteral("so tu phap"));
    QMetaObject::invokeMethod(unitEdit, "editingFinished");
    CHECK(unitEdit->text() == QStringLiteral("Sở Tư pháp"));
    delegate->setModelData(unitEdit, view->model(), unitIndex);
    CHECK(wizard.plan()->rows[wizard.previewModel()->modelRowOf(15)].status == RowStatus::Accepted);
    delete unitEdit;

    // The category: codes and wordings; the kind: the three kinds.
    auto [categoryEdit, categoryIndex] = editorFor(ImportField::Category);
    REQUIRE(categoryEdit->completer());
    QStringList categories;
    for (int i = 0; i < categoryEdit->completer()->model()->rowCount(); ++i)
        categories << categoryEdit->completer()->model()->index(i, 0).data().toString();
    CHECK(categories.contains(QStringLiteral("2.d")));
    CHECK(categories.size() > 20);
    categoryEdit->completer()->setCompletionPrefix(QStringLiteral("2."));
    CHECK(categoryEdit->completer()->completionCount() >= 4);
    delete categoryEdit;
    auto [kindEdit, kindIndex] = editorFor(ImportField::Kind);
    REQUIRE(kindEdit->completer());
    kindEdit->completer()->setCompletionPrefix(QStringLiteral("giải"));
    CHECK(kindEdit->completer()->completionCount() == 1);
    CHECK(kindEdit->completer()->currentCompletion() == QStringLiteral("Giải pháp hữu ích"));
    delete kindEdit;

    // A plain column has no completer.
    auto [titleEdit, titleIndex] = editorFor(ImportField::Title);
    CHECK_FALSE(titleEdit->completer());
    delete titleEdit;
}

TEST_CASE("The refusal names the failing rows, the finished page has only Close", "[ui][import][bulk]")
{
    QStandardPaths::setTestModeEnabled(true);
    TempCampaign campaign;
    ImportWizard wizard(testing::contextFor(campaign.db()));
    REQUIRE(wizard.openFile(sangkien::testing::spreadsheetFixture(QStringLiteral("two_bad_rows.xlsx"))));
    auto refused = wizard.runImport();
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("7, 11")));

    // Through the pages, as the clerk goes: file, columns, rows, done.
    TempCampaign other;
    ImportWizard pages(testing::contextFor(other.db()));
    pages.show();
    auto* file = pages.findChild<QLineEdit*>(QStringLiteral("file"));
    REQUIRE(file);
    file->setText(sangkien::testing::spreadsheetFixture(QStringLiteral("footer_signer_lo.xlsx")));
    CHECK(pages.button(QWizard::CancelButton)->isVisible());
    pages.next();
    REQUIRE(pages.currentId() == ImportWizard::MappingPage);
    pages.next();
    REQUIRE(pages.currentId() == ImportWizard::PreviewPage);
    CHECK(pages.button(QWizard::CancelButton)->isVisible());
    pages.next();
    REQUIRE(pages.currentId() == ImportWizard::ResultPage);
    REQUIRE(pages.lastSummary());
    CHECK(pages.lastSummary()->imported == 24);
    CHECK_FALSE(pages.button(QWizard::CancelButton)->isVisible());
    CHECK_FALSE(pages.button(QWizard::BackButton)->isVisible());
    CHECK(pages.button(QWizard::FinishButton)->isVisible());
    CHECK(pages.button(QWizard::FinishButton)->text() == ImportWizard::tr("Close"));
}
