// The score grid: cells bounded by the criterion's maximum, decimals with a comma or a point, live totals,
// submitted sheets locked, and the grid written back as sheets (office) or as a return (review mode).
#include "demo/demo_generator.h"
#include "model_tester.h"
#include "models/score_grid_model.h"
#include "storage/council_roster.h"
#include "storage/score_sheet_repository.h"
#include "temp_campaign.h"

#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace sangkien;

namespace {

QList<ReviewCriterion> criteria()
{
    return {{QStringLiteral("TC1"), QStringLiteral("Tính mới"), 25, 10},
            {QStringLiteral("TC2"), QStringLiteral("Hiệu quả"), 15, 5}};
}

QList<ScoreGridRow> rows()
{
    ScoreGridRow a{1,    QStringLiteral("SK-2024-0001"), QStringLiteral("Ứng dụng AI trong một cửa"), {}, {},
                   false};
    ScoreGridRow b{2, QStringLiteral("SK-2024-0002"), QStringLiteral("Giống lúa chịu hạn"), {}, {}, true};
    b.points = {{QStringLiteral("TC1"), 20}, {QStringLiteral("TC2"), 12}};
    return {a, b};
}

} // namespace

TEST_CASE("Score grid cells take points from 0 to the maximum and say why otherwise", "[models][scores]")
{
    ScoreGridModel model;
    testing::CheckedModelTester tester(&model);
    model.setGrid(criteria(), rows());
    REQUIRE(model.columnCount() == 2 + 2 + 2);
    const QModelIndex tc1 = model.index(0, ScoreGridModel::FirstCriterionColumn);
    const QModelIndex tc2 = model.index(0, ScoreGridModel::FirstCriterionColumn + 1);
    const QModelIndex total = model.index(0, model.totalColumn());

    CHECK(model.flags(tc1).testFlag(Qt::ItemIsEditable));
    CHECK_FALSE(model.flags(model.index(0, ScoreGridModel::TitleColumn)).testFlag(Qt::ItemIsEditable));
    CHECK_FALSE(model.flags(total).testFlag(Qt::ItemIsEditable));

    CHECK(model.setData(tc1, QStringLiteral("22,5")));
    CHECK(model.setData(tc2, QStringLiteral("4.5")));
    CHECK(model.rows().first().points.value(QStringLiteral("TC1")) == Approx(22.5));
    CHECK(model.total(0) == Approx(27));
    CHECK(model.isComplete(0));
    CHECK(model.isModified());
    CHECK(model.data(tc2, ScoreGridModel::BelowMinimumRole).toBool()); // 4.5 < 5

    CHECK_FALSE(model.setData(tc1, QStringLiteral("26")));
    CHECK(model.lastError().contains(QStringLiteral("from 0 to 25")));
    CHECK(model.lastError().contains(QStringLiteral("Tính mới"))); // the criterion's name, not its code
    CHECK_FALSE(model.setData(tc1, QStringLiteral("-1")));
    CHECK_FALSE(model.setData(tc1, QStringLiteral("hai mươi")));
    CHECK(model.lastError().contains(QStringLiteral("SK-2024-0001")));
    CHECK(model.rows().first().points.value(QStringLiteral("TC1")) == Approx(22.5)); // unchanged

    // Emptying a cell takes its points away; the sheet is then incomplete.
    CHECK(model.setData(tc2, QString()));
    CHECK_FALSE(model.rows().first().points.contains(QStringLiteral("TC2")));
    CHECK_FALSE(model.isComplete(0));
    CHECK(model.total(0) == Approx(22.5));

    // A submitted sheet is read-only.
    const QModelIndex locked = model.index(1, ScoreGridModel::FirstCriterionColumn);
    CHECK_FALSE(model.flags(locked).testFlag(Qt::ItemIsEditable));
    CHECK_FALSE(model.setData(locked, 10));
    CHECK(model.lastError().contains(QStringLiteral("submitted")));

    // The comment column.
    CHECK(model.setData(model.index(0, model.commentColumn()), QStringLiteral("  Cần bổ sung số liệu  ")));
    const QList<ReturnSheet> sheets = model.returnSheets();
    REQUIRE(sheets.size() == 2);
    CHECK(sheets.first().comment == QStringLiteral("Cần bổ sung số liệu"));
    CHECK(sheets.first().points == QMap<QString, double>{{QStringLiteral("TC1"), 22.5}});
    CHECK(tester.failures().isEmpty());
}

TEST_CASE("A member's grid in the office opens with the member's sheets and writes them back",
          "[models][scores]")
{
    testing::TempCampaign campaign;
    Database& db = campaign.db();
    DemoGenerator::Options o;
    o.entries = 30;
    o.members = 5;
    o.seed = 3;
    REQUIRE(DemoGenerator(o).fill(db));
    auto roster = CouncilRoster::load(db);
    REQUIRE(roster);
    const qint64 member = roster->first().member.id;

    ScoreGridModel model;
    REQUIRE(model.loadFromCampaign(db, member));
    REQUIRE(model.rowCount() > 0);
    // The demo's sheets are submitted: those rows come locked, with their points.
    auto stored = ScoreSheetRepository(db, {}).forMember(member);
    REQUIRE(stored);
    int submitted = 0;
    for (const ScoreSheet& s : *stored)
        submitted += s.status == SheetStatus::Submitted ? 1 : 0;
    int locked = 0;
    for (const ScoreGridRow& r : model.rows())
        locked += r.locked ? 1 : 0;
    CHECK(locked == submitted);

    // Reopen one sheet as a draft (as the secretary would), edit it in the grid, write it back.
    int row = 0;
    while (row < model.rowCount() && !model.rows().at(row).locked)
        ++row;
    REQUIRE(row < model.rowCount());
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("UPDATE score_sheet SET status = 'draft', submitted_at = NULL "
                             "WHERE member_id = ? AND entry_id = ?"));
    q.addBindValue(member);
    q.addBindValue(model.rows().at(row).entryId);
    REQUIRE(q.exec());
    REQUIRE(model.loadFromCampaign(db, member));
    REQUIRE_FALSE(model.rows().at(row).locked);
    const QModelIndex first = model.index(row, ScoreGridModel::FirstCriterionColumn);
    const double max = model.criteria().first().maxPoints;
    REQUIRE(model.setData(first, max));
    auto writes = model.sheetWrites(db);
    REQUIRE(writes);
    REQUIRE(writes->size() == 1); // only the unlocked sheet
    REQUIRE(ScoreSheetRepository(db, QStringLiteral("clerk")).write(member, *writes, {}));
    auto sheet = ScoreSheetRepository(db, {}).find(member, model.rows().at(row).entryId);
    REQUIRE(sheet);
    REQUIRE(sheet->has_value());
    CHECK((*sheet)->total() == Approx(model.total(row)));
}

TEST_CASE("Review mode: a sheet submitted in the office is locked, a return carries only touched sheets",
          "[models][scores][review-package]")
{
    ReviewPackageContent package;
    package.criteria = criteria();
    ReviewEntry submitted;
    submitted.id = 1;
    submitted.code = QStringLiteral("SK-2024-0001");
    submitted.ownPoints = {{QStringLiteral("TC1"), 14.5}, {QStringLiteral("TC2"), 10}};
    submitted.revision = 3;
    submitted.locked = true;
    ReviewEntry draft;
    draft.id = 2;
    draft.code = QStringLiteral("SK-2024-0002");
    draft.ownPoints = {{QStringLiteral("TC1"), 12}, {QStringLiteral("TC2"), 8}};
    draft.revision = 1;
    ReviewEntry fresh;
    fresh.id = 3;
    fresh.code = QStringLiteral("SK-2024-0003");
    package.entries = {submitted, draft, fresh};

    ScoreGridModel model;
    model.loadFromPackage(package);
    const QModelIndex locked = model.index(0, ScoreGridModel::FirstCriterionColumn);
    CHECK_FALSE(model.flags(locked).testFlag(Qt::ItemIsEditable));
    CHECK_FALSE(model.setData(locked, QStringLiteral("17")));
    CHECK(model.lastError().contains(QStringLiteral("SK-2024-0001")));
    CHECK(model.rows().at(0).points.value(QStringLiteral("TC1")) == Approx(14.5));
    CHECK(model.flags(model.index(1, ScoreGridModel::FirstCriterionColumn)).testFlag(Qt::ItemIsEditable));

    // Nothing touched: nothing to return, though two rows are complete.
    CHECK(model.returnSheets(package).isEmpty());
    CHECK(model.returnSheets().size() == 2); // the laptop's draft still keeps every row

    REQUIRE(model.setData(model.index(2, ScoreGridModel::FirstCriterionColumn), QStringLiteral("20")));
    REQUIRE(model.setData(model.index(2, ScoreGridModel::FirstCriterionColumn + 1), QStringLiteral("9")));
    auto sheets = model.returnSheets(package);
    REQUIRE(sheets.size() == 1);
    CHECK(sheets.first().entryCode == QStringLiteral("SK-2024-0003"));

    REQUIRE(model.setData(model.index(1, ScoreGridModel::FirstCriterionColumn), QStringLiteral("13")));
    sheets = model.returnSheets(package);
    REQUIRE(sheets.size() == 2);
    CHECK(sheets.first().entryCode == QStringLiteral("SK-2024-0002"));

    // The return names, per sheet, the office's revision the package was exported with.
    const ScoreReturn r = ReviewPackage::makeReturn(package, sheets, 5);
    CHECK(r.sheets.at(0).baseRevision == 1);
    CHECK(r.sheets.at(1).baseRevision == 0);
}
