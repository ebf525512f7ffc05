// The aggregation method and the disagreement threshold as campaign settings: chosen in Thiết lập, saved
// with a trail row (asked first once a proposal is applied), shown again when the dialog reopens, and
// named by the awards view, whose ranking is scored by it.
#include "awards_view.h"
#include "campaign_settings_dialog.h"
#include "demo/demo_generator.h"
#include "models/award_proposal_model.h"
#include "review/ranking.h"
#include "scripted_prompts.h"
#include "storage/audit_log.h"
#include "storage/campaign_repository.h"
#include "temp_campaign.h"
#include "test_context.h"
#include "widget_lookup.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <catch2/catch.hpp>

using namespace sangkien;
using namespace sangkien::testing;

TEST_CASE("The aggregation method is chosen in the settings, asked about once awards exist, and the awards "
          "view names it and ranks by it",
          "[ui][settings][aggregation]")
{
    TempCampaign c;
    DemoGenerator::Options o;
    o.entries = 60;
    o.seed = 5;
    REQUIRE(DemoGenerator(o).fill(c.db())); // its awards are stored: a proposal is applied
    prompts().reset();

    {
        CampaignSettingsDialog dialog(contextFor(c.db(), QStringLiteral("clerk")));
        QComboBox* method = child<QComboBox>(dialog, "aggregation");
        QDoubleSpinBox* threshold = child<QDoubleSpinBox>(dialog, "disagreementSpread");
        REQUIRE(method);
        REQUIRE(threshold);
        CHECK(method->objectName() == QStringLiteral("aggregation"));
        // The template's default: the plain mean, 20 points.
        CHECK(AggregationMethod(method->currentData().toInt()) == AggregationMethod::Mean);
        CHECK(threshold->value() == Approx(20));
        CHECK_FALSE(dialog.changesScoring());

        method->setCurrentIndex(method->findData(int(AggregationMethod::Median)));
        threshold->setValue(12.5);
        CHECK(dialog.changesScoring());
        const int audit = AuditLog(c.db()).count();

        // Asked first; No keeps everything as it was and the dialog open.
        prompts().answerNo();
        dialog.show();
        dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        CHECK(prompts().pending() == 0);
        REQUIRE_FALSE(prompts().asked().isEmpty());
        CHECK(prompts().asked().last().contains(QStringLiteral("proposal")));
        CHECK(dialog.isVisible());
        CHECK(CampaignRepository(c.db()).load()->aggregation == AggregationMethod::Mean);
        CHECK(AuditLog(c.db()).count() == audit);

        // Yes: saved, one trail row naming the method before and after.
        prompts().answerYes();
        dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        CHECK(prompts().pending() == 0);
        CHECK_FALSE(dialog.isVisible());
        const auto saved = CampaignRepository(c.db()).load();
        REQUIRE(saved);
        CHECK(saved->aggregation == AggregationMethod::Median);
        CHECK(saved->disagreementSpread == Approx(12.5));
        CHECK(AuditLog(c.db()).count() == audit + 1);
        auto trail = AuditLog(c.db()).forRecord(QStringLiteral("campaign"), 1);
        REQUIRE(trail);
        REQUIRE_FALSE(trail->isEmpty());
        CHECK(trail->last().before.value(QStringLiteral("aggregation")).toString() == QLatin1String("mean"));
        CHECK(trail->last().after.value(QStringLiteral("aggregation")).toString() == QLatin1String("median"));
        CHECK(trail->last().after.value(QStringLiteral("disagreement_spread")).toDouble() == Approx(12.5));
    }

    // Reopened: the saved choice; nothing to ask while it stays.
    {
        CampaignSettingsDialog again(contextFor(c.db(), QStringLiteral("clerk")));
        CHECK(AggregationMethod(child<QComboBox>(again, "aggregation")->currentData().toInt()) ==
              AggregationMethod::Median);
        CHECK(child<QDoubleSpinBox>(again, "disagreementSpread")->value() == Approx(12.5));
        CHECK_FALSE(again.changesScoring());
    }

    // The awards view names the method and ranks by it.
    AwardsView view(contextFor(c.db(), QStringLiteral("clerk")));
    REQUIRE(child<QLabel>(view, "awardsMethod"));
    CHECK(child<QLabel>(view, "awardsMethod")
              ->text()
              .contains(aggregationDisplayName(AggregationMethod::Median)));
    RankingOptions median;
    median.method = AggregationMethod::Median;
    median.disagreementSpread = 12.5;
    const auto expected = Ranking::compute(c.db(), median);
    REQUIRE(expected);
    const QList<AllocationCandidate>& shown = view.model()->ranking();
    REQUIRE_FALSE(shown.isEmpty());
    QHash<qint64, std::optional<double>> byEntry;
    for (const RankedEntry& e : expected->entries)
        byEntry.insert(e.entryId, e.score);
    for (const AllocationCandidate& a : shown)
        CHECK(a.ranked.score == byEntry.value(a.ranked.entryId));
    CHECK(prompts().pending() == 0);
}

TEST_CASE("Before any award, changing the aggregation asks nothing", "[ui][settings][aggregation]")
{
    TempCampaign c;
    prompts().reset();
    CampaignSettingsDialog dialog(contextFor(c.db(), QStringLiteral("clerk")));
    child<QComboBox>(dialog, "aggregation")
        ->setCurrentIndex(
            child<QComboBox>(dialog, "aggregation")->findData(int(AggregationMethod::TrimmedMean)));
    CHECK_FALSE(dialog.changesScoring());
    dialog.show();
    dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    CHECK(prompts().asked().isEmpty());
    CHECK(CampaignRepository(c.db()).load()->aggregation == AggregationMethod::TrimmedMean);
}
