// File › New Campaign: next year's campaign from the open one (what is copied and what is not, checked in
// the new file), a template of the reorganised province, and Cancel / a taken name changing nothing.
#include "demo/demo_generator.h"
#include "main_window.h"
#include "new_campaign_dialog.h"
#include "scripted_prompts.h"
#include "storage/database.h"
#include "temp_campaign.h"
#include "ui_test_helpers.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableView>
#include <catch2/catch.hpp>

using namespace sangkien;
using namespace sangkien::testing;

namespace {

int count(const QString& path, const QString& sql)
{
    auto db = Database::open(path, Database::Mode::ReadOnly);
    REQUIRE(db);
    QSqlQuery q((*db)->connection());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toInt();
}

struct DemoWindow
{
    TempCampaign campaign;
    std::unique_ptr<UiWindow> window;
    DemoWindow()
    {
        DemoGenerator::Options o;
        o.entries = 25;
        o.seed = 4;
        REQUIRE(DemoGenerator(o).fill(campaign.db()));
        campaign.close();
        window = std::make_unique<UiWindow>(campaign.path());
    }
    QAction* newAction() { return child<QAction>(*window, "newCampaignAction"); }
};

} // namespace

TEST_CASE("New Campaign from the open one: next year's file with the plan, units and council, no entries",
          "[ui][next-campaign]")
{
    DemoWindow d;
    const QString next = QDir(d.campaign.dir()).filePath(QStringLiteral("phong-trao-2025"));
    const int members = count(d.campaign.path(), QStringLiteral("SELECT count(*) FROM council_member"));

    prompts().answerDialog([&](QDialog& shown) {
        auto* dialog = qobject_cast<NewCampaignDialog*>(&shown);
        REQUIRE(dialog);
        // The open campaign is offered, for the year after it.
        CHECK(child<QRadioButton>(dialog, "fromEarlier")->isChecked());
        CHECK(QDir::fromNativeSeparators(child<QLineEdit>(dialog, "earlierPath")->text()) ==
              d.campaign.path());
        CHECK(child<QSpinBox>(dialog, "year")->value() == 2025);
        CHECK(child<QLineEdit>(dialog, "newPath")->text().endsWith(QStringLiteral("2025.sangkien")));
        typeInto(child<QLineEdit>(dialog, "planNumber"), QStringLiteral("12/KH-UBND"));
        QLineEdit* path = child<QLineEdit>(dialog, "newPath");
        path->selectAll();
        typeInto(path, QDir::toNativeSeparators(next));
        return true;
    });
    d.newAction()->trigger();
    CHECK(prompts().pending() == 0);

    MainWindow* w = d.window->get();
    CHECK(w->campaignPath().endsWith(QStringLiteral("phong-trao-2025.sangkien")));
    CHECK(w->campaign().year == 2025);
    CHECK(w->campaign().planNumber == QStringLiteral("12/KH-UBND"));
    CHECK(child<QTableView>(w, "entriesTable")->model()->rowCount() == 0);
    CHECK(prompts().lastMessage().contains(QStringLiteral("UBND huyện Văn Lâm")));

    const QString file = w->campaignPath();
    CHECK(count(file, QStringLiteral("SELECT count(*) FROM entry")) == 0);
    CHECK(count(file, QStringLiteral("SELECT count(*) FROM score")) == 0);
    CHECK(count(file, QStringLiteral("SELECT count(*) FROM council_member")) == members);
    CHECK(count(file, QStringLiteral("SELECT count(*) FROM unit WHERE name = 'UBND huyện Văn Lâm'")) == 0);
    CHECK(count(file, QStringLiteral("SELECT count(*) FROM unit WHERE name = 'UBND xã Như Quỳnh'")) == 1);
    CHECK(count(d.campaign.path(), QStringLiteral("SELECT count(*) FROM entry")) == 25); // the earlier kept
}

TEST_CASE("New Campaign from the 2025 template, after Cancel and a taken name created nothing",
          "[ui][next-campaign]")
{
    DemoWindow d;
    const QDir dir(d.campaign.dir());
    const QStringList before = dir.entryList(QDir::Files | QDir::Hidden);

    // Esc: nothing is made, the window keeps its campaign.
    prompts().answerDialog([](QDialog&) { return false; });
    d.newAction()->trigger();
    CHECK(dir.entryList(QDir::Files | QDir::Hidden) == before);
    CHECK(d.window->get()->campaignPath() == d.campaign.path());

    // A name already taken: the dialog says so and stays open until the clerk gives another.
    prompts().answerDialog([&](QDialog& shown) {
        child<QRadioButton>(&shown, "fromTemplate")->setChecked(true);
        QLineEdit* path = child<QLineEdit>(&shown, "newPath");
        path->setText(QDir::toNativeSeparators(d.campaign.path()));
        shown.accept();
        CHECK(shown.result() != QDialog::Accepted);
        CHECK(child<QLabel>(&shown, "newCampaignProblem")->text().contains(QStringLiteral("already exists")));
        auto* templates = child<QComboBox>(&shown, "template");
        templates->setCurrentIndex(templates->findData(QStringLiteral("hungyen-2025")));
        CHECK(child<QSpinBox>(&shown, "year")->value() == 2025);
        path->setText(QDir::toNativeSeparators(dir.filePath(QStringLiteral("tinh-moi.sangkien"))));
        return true;
    });
    d.newAction()->trigger();
    MainWindow* w = d.window->get();
    CHECK(w->campaignPath().endsWith(QStringLiteral("tinh-moi.sangkien")));
    CHECK(w->campaign().year == 2025);
    CHECK(count(w->campaignPath(), QStringLiteral("SELECT count(*) FROM unit u JOIN unit_kind k ON k.id = "
                                                  "u.kind_id WHERE k.code = 'commune'")) == 104);
}

TEST_CASE("Screenshot of the new campaign dialog", "[.screenshot]")
{
    ScreenshotSession shots;
    NewCampaignDialog dialog(prompts(), QStringLiteral("/home/van-thu/Tài liệu/phong-trao-2024.sangkien"),
                             2024, QStringLiteral("/home/van-thu/Tài liệu"));
    typeInto(child<QLineEdit>(&dialog, "planNumber"), QStringLiteral("12/KH-UBND"));
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    QTest::qWait(200);
    shots.save(dialog, QStringLiteral("new-campaign.png"));
}
