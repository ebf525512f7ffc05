// A member's score return given to the program (a double click on a .skscores file, issue 18): it opens
// the review exchange of the campaign that is open with the file chosen, so the PIN is all the clerk types;
// with no campaign open it says which campaign to open, and nothing is written.
#include "demo/demo_generator.h"
#include "main_window.h"
#include "review/review_package.h"
#include "review_exchange_dialog.h"
#include "scripted_prompts.h"
#include "storage/audit_log.h"
#include "storage/council_roster.h"
#include "temp_campaign.h"
#include "widget_lookup.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace sangkien;
using sangkien::testing::prompts;
using sangkien::testing::TempCampaign;

TEST_CASE("A score return given to the program opens the review exchange with the file chosen",
          "[ui][review-exchange]")
{
    TempCampaign campaign;
    DemoGenerator::Options o;
    o.entries = 12;
    o.members = 3;
    o.seed = 18;
    REQUIRE(DemoGenerator(o).fill(campaign.db()));
    auto roster = CouncilRoster::load(campaign.db());
    REQUIRE(roster);
    QTemporaryDir dir;
    const QString packagePath = dir.filePath(QStringLiteral("thanh-vien.skreview"));
    const QString pin = QStringLiteral("246810");
    REQUIRE(ReviewPackage::exportTo(campaign.db(), roster->first().member.id, pin, packagePath,
                                    QStringLiteral("van.thu")));
    // The member sends back the sheets as the package holds them.
    QFile package(packagePath);
    REQUIRE(package.open(QIODevice::ReadOnly));
    auto opened = ReviewPackage::open(package.readAll(), pin);
    REQUIRE(opened);
    QList<ReturnSheet> sheets;
    for (const ReviewEntry& e : opened->content.entries)
        if (e.ownPoints.size() == opened->content.criteria.size())
            sheets << ReturnSheet{e.id, e.code, e.ownPoints, e.ownComment};
    auto sealed = ReviewPackage::sealReturn(*opened, ReviewPackage::makeReturn(opened->content, sheets, 1));
    REQUIRE(sealed);
    // Named as a member might rename it: the content says what it is.
    const QString returnPath = dir.filePath(QStringLiteral("ket-qua.dat"));
    QFile out(returnPath);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(*sealed);
    out.close();
    CHECK(ReviewExchangeDialog::isScoreReturn(returnPath));
    CHECK(ReviewExchangeDialog::isScoreReturn(dir.filePath(QStringLiteral("Diem-A-2024.skscores"))));
    CHECK_FALSE(ReviewExchangeDialog::isScoreReturn(packagePath));
    CHECK_FALSE(ReviewExchangeDialog::isScoreReturn(campaign.path()));
    const int audit = AuditLog(campaign.db()).count();
    campaign.close();

    QTemporaryDir settings;
    MainWindow window(settings.filePath(QStringLiteral("s.ini")));

    SECTION("no campaign open: told which campaign to open, nothing written")
    {
        CHECK_FALSE(window.openScoreReturn(returnPath));
        CHECK_FALSE(window.hasCampaign());
        CHECK(window.reviewExchangeDialog() == nullptr);
        REQUIRE(prompts().messages().size() == 1);
        CHECK(prompts().lastMessage().contains(QDir::toNativeSeparators(returnPath)));
        CHECK(window.lastError() == prompts().lastMessage());
    }
    SECTION("a campaign open: the exchange shows the file and imports it with the PIN alone")
    {
        REQUIRE(window.openCampaign(campaign.path()));
        // Through the same door as File › Open and the command line.
        REQUIRE(window.openCampaign(returnPath));
        ReviewExchangeDialog* dialog = window.reviewExchangeDialog();
        REQUIRE(dialog);
        CHECK(dialog->returnFile() == returnPath);
        auto* label = dialog->findChild<QLabel*>(QStringLiteral("returnFile"));
        REQUIRE(label);
        CHECK(label->text().contains(QDir::toNativeSeparators(returnPath)));
        CHECK(prompts().messages().isEmpty());
        // The PIN typed, the import button: no file dialog is asked (a scripted prompt would fail the test).
        QLineEdit* pinField = nullptr;
        for (QLineEdit* edit : dialog->findChildren<QLineEdit*>())
            if (edit->text().isEmpty())
                pinField = edit;
        REQUIRE(pinField);
        pinField->setText(pin);
        QPushButton* import = nullptr;
        for (QPushButton* button : dialog->findChildren<QPushButton*>())
            if (button->text().contains(QStringLiteral("score return")))
                import = button;
        REQUIRE(import);
        import->click();
        CHECK(dialog->reportText().startsWith(QStringLiteral("Merged:")));
        CHECK(AuditLog(*window.database()).count() > audit);
    }
}
