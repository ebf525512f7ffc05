// The clerk's side of scoring away from the office, in the window: a package exported for a member with a
// PIN, the member's return merged with what it changed, a second merge changing nothing, a wrong PIN
// refused with nothing written.
#include "demo/demo_generator.h"
#include "review/review_package.h"
#include "review_exchange_dialog.h"
#include "storage/audit_log.h"
#include "storage/council_roster.h"
#include "temp_campaign.h"
#include "test_context.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace sangkien;
using sangkien::testing::TempCampaign;

TEST_CASE("The clerk exports a member's package and merges the member's return", "[ui][review-exchange]")
{
    TempCampaign campaign;
    DemoGenerator::Options o;
    o.entries = 30;
    o.members = 5;
    o.seed = 5;
    REQUIRE(DemoGenerator(o).fill(campaign.db()));
    auto roster = CouncilRoster::load(campaign.db());
    REQUIRE(roster);
    const qint64 member = roster->at(2).member.id;
    // The sheet the member will change is a draft the office typed in from paper: a submitted one would
    // travel read-only and its change be refused (issue 14, 4b; test_cli_review_conflicts).
    auto content = ReviewPackage::build(campaign.db(), member);
    REQUIRE(content);
    qint64 changing = 0;
    for (const ReviewEntry& e : content->entries)
        if (!changing && e.ownPoints.size() == content->criteria.size())
            changing = e.id;
    QSqlQuery draft(campaign.db().connection());
    draft.prepare(QStringLiteral(
        "UPDATE score_sheet SET status = 'draft', submitted_at = NULL WHERE member_id = ? AND entry_id = ?"));
    draft.addBindValue(member);
    draft.addBindValue(changing);
    REQUIRE(draft.exec());
    QTemporaryDir dir;
    const QString packagePath = dir.filePath(QStringLiteral("thanh-vien.skreview"));

    ReviewExchangeDialog dialog(testing::contextFor(campaign.db(), QStringLiteral("van.thu")));
    const QString pin = ReviewExchangeDialog::newPin();
    CHECK(QRegularExpression(QStringLiteral("^\\d{6}$")).match(pin).hasMatch());
    auto exported = dialog.exportPackage(member, pin, packagePath);
    REQUIRE(exported);
    CHECK(QFile::exists(packagePath));
    CHECK(dialog.reportText().contains(pin));
    REQUIRE_FALSE(exported->entries.isEmpty());

    // The member changes the first criterion of the first entry and seals the return.
    QFile package(packagePath);
    REQUIRE(package.open(QIODevice::ReadOnly));
    auto opened = ReviewPackage::open(package.readAll(), pin);
    REQUIRE(opened);
    QList<ReturnSheet> sheets;
    for (const ReviewEntry& e : opened->content.entries)
        if (e.ownPoints.size() == opened->content.criteria.size()) // the sheets the member completed
            sheets << ReturnSheet{e.id, e.code, e.ownPoints, e.ownComment};
    REQUIRE_FALSE(sheets.isEmpty());
    const QString criterion = opened->content.criteria.first().code;
    const double newPoints = sheets.first().points.value(criterion) >= 1 ? 0.5 : 1.5;
    sheets.first().points.insert(criterion, newPoints);
    auto sealed = ReviewPackage::sealReturn(*opened, ReviewPackage::makeReturn(opened->content, sheets, 7));
    INFO((sealed ? QString() : sealed.error().text()).toStdString());
    REQUIRE(sealed);
    const QString returnPath = dir.filePath(QStringLiteral("thanh-vien.skscores"));
    QFile out(returnPath);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(*sealed);
    out.close();

    int merged = 0;
    QObject::connect(&dialog, &ReviewExchangeDialog::scoresMerged, [&] { ++merged; });
    SECTION("a wrong PIN: refused, nothing written")
    {
        const int audit = AuditLog(campaign.db()).count();
        CHECK_FALSE(dialog.importReturn(returnPath, QStringLiteral("000000") == pin
                                                        ? QStringLiteral("111111")
                                                        : QStringLiteral("000000")));
        CHECK(dialog.reportText().contains(QStringLiteral("Nothing was merged")));
        CHECK(AuditLog(campaign.db()).count() == audit);
        CHECK(merged == 0);
    }
    SECTION("the right PIN: merged with the change shown; a second time changes nothing")
    {
        auto report = dialog.importReturn(returnPath, pin);
        REQUIRE(report);
        CHECK(report->imported);
        CHECK(report->sheetsChanged == 1);
        CHECK(dialog.reportText().contains(sheets.first().entryCode));
        CHECK(dialog.reportText().contains(QStringLiteral("→")));
        CHECK(merged == 1);
        const int audit = AuditLog(campaign.db()).count();
        auto again = dialog.importReturn(returnPath, pin);
        REQUIRE(again);
        CHECK_FALSE(again->imported);
        CHECK(dialog.reportText().contains(QStringLiteral("merged before")));
        CHECK(AuditLog(campaign.db()).count() == audit);
    }
}
