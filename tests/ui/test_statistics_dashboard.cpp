// Campaign › Statistics (issue 17, item 2): the year's figures as tables and charts, for a period typed
// as the clerk types dates, the years of the office's campaign folder side by side, each chart saved as
// PNG and each table as .xlsx (read back by python3-openpyxl), the campaign refused as the target.
#include "app_settings.h"
#include "demo/demo_generator.h"
#include "main_window.h"
#include "reports/campaign_statistics.h"
#include "scripted_prompts.h"
#include "services/next_campaign.h"
#include "statistics_dashboard.h"
#include "temp_campaign.h"
#include "ui_test_helpers.h"
#include "widget_lookup.h"
#include "xlsx_read_back.h"

#include <QBarSet>
#include <QChartView>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QPushButton>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace sangkien;
using namespace sangkien::testing;

namespace {

int tabNamed(QTabWidget* tabs, const QString& name)
{
    for (int i = 0; i < tabs->count(); ++i)
        if (tabs->tabText(i) == name)
            return i;
    FAIL("no tab " << name.toStdString());
    return -1;
}

// The counts a breakdown's chart draws, top to bottom.
QList<double> barsOf(QWidget* page)
{
    auto* view = page->findChild<QChartView*>();
    REQUIRE(view);
    const auto series = view->chart()->series();
    REQUIRE(series.size() == 1);
    auto* bars = qobject_cast<QHorizontalBarSeries*>(series.first());
    REQUIRE(bars);
    REQUIRE(bars->count() == 1);
    QList<double> values;
    for (int i = bars->barSets().first()->count() - 1; i >= 0; --i)
        values << bars->barSets().first()->at(i);
    return values;
}

QByteArray fileHash(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

bool hasColour(const QImage& image)
{
    for (int y = 0; y < image.height(); y += 4)
        for (int x = 0; x < image.width(); x += 4)
            if (image.pixelColor(x, y) != QColor(Qt::white))
                return true;
    return false;
}

} // namespace

TEST_CASE("Campaign › Statistics: tables, charts, a period and the years of the folder", "[ui][statistics]")
{
    TempCampaign campaign;
    DemoGenerator::Options o;
    o.entries = 40;
    o.seed = 7;
    REQUIRE(DemoGenerator(o).fill(campaign.db()));
    // Twelve entries came in March, the others in September.
    {
        QSqlQuery q(campaign.db().connection());
        REQUIRE(q.exec(QStringLiteral("UPDATE entry SET received_on = '2024-09-20'")));
        REQUIRE(q.exec(QStringLiteral("UPDATE entry SET received_on = '2024-03-10' WHERE id IN (SELECT id "
                                      "FROM entry ORDER BY id LIMIT 12)")));
    }
    const auto whole = computeStatistics(campaign.db());
    REQUIRE(whole);
    campaign.close();
    // Next year's campaign in the same folder, which is the office's campaign folder.
    NextCampaignFacts facts;
    facts.year = 2025;
    REQUIRE(NextCampaign::create(campaign.path(),
                                 QDir(campaign.dir()).filePath(QStringLiteral("2025.sangkien")), facts));
    QTemporaryDir settingsDir;
    const QString settingsFile = settingsDir.filePath(QStringLiteral("s.ini"));
    AppSettings(settingsFile).setCampaignFolder(campaign.dir());
    MainWindow window(settingsFile);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(window.openCampaign(campaign.path()));
    QTemporaryDir out;

    bool shown = false;
    prompts().answerDialog([&](QDialog& dialog) {
        shown = true;
        auto* dashboard = qobject_cast<StatisticsDashboard*>(&dialog);
        REQUIRE(dashboard);
        CHECK(dashboard->statistics() == *whole);
        REQUIRE(dashboard->years().size() == 2);
        CHECK(dashboard->years()[0].year == 2024);
        CHECK(dashboard->years()[0].entries == 40);
        CHECK(dashboard->years()[1].year == 2025);
        CHECK(dashboard->years()[1].entries == 0);

        // A tab per sheet of the statistics workbook, the years last; the table as the workbook's sheet.
        auto* tabs = child<QTabWidget>(dashboard, "statisticsTabs");
        CHECK(tabs->tabText(0) == QStringLiteral("Tổng hợp"));
        CHECK(tabs->tabText(tabs->count() - 1) == QStringLiteral("Qua các năm"));
        const int categories = tabNamed(tabs, QStringLiteral("Theo lĩnh vực"));
        tabs->setCurrentIndex(categories);
        QList<double> expected;
        for (const CountRow& r : whole->byCategory)
            expected << r.count;
        CHECK(barsOf(tabs->widget(categories)) == expected);
        auto* table = tabs->widget(categories)->findChild<QTableWidget*>(QStringLiteral("statisticsTable"));
        REQUIRE(table);
        CHECK(table->rowCount() == whole->byCategory.size() + 1); // and the totals
        CHECK(table->item(table->rowCount() - 1, 2)->text() == QStringLiteral("40"));
        // The summary, the silent units: lists, no chart to save.
        tabs->setCurrentIndex(0);
        CHECK_FALSE(child<QPushButton>(dashboard, "saveChartButton")->isEnabled());
        tabs->setCurrentIndex(categories);
        CHECK(child<QPushButton>(dashboard, "saveChartButton")->isEnabled());

        // A period typed as dates are typed: the March entries alone. The open tab stays open.
        auto* from = child<QLineEdit>(dashboard, "periodFrom");
        auto* to = child<QLineEdit>(dashboard, "periodTo");
        typeInto(from, QStringLiteral("01/03/2024"));
        typeInto(to, QStringLiteral("31/03/2024"));
        CHECK(dashboard->statistics().entries == 12);
        CHECK(tabs->currentIndex() == categories);
        const QString summary = child<QLabel>(dashboard, "statisticsSummary")->text();
        CHECK(summary.contains(QStringLiteral("01/03/2024")));
        CHECK(summary.contains(QStringLiteral("12")));
        double sum = 0;
        for (double v : barsOf(tabs->currentWidget()))
            sum += v;
        CHECK(sum == 12);
        // From 1 March on, the end left open: every entry.
        to->clear();
        CHECK(dashboard->statistics().entries == 40);
        // A date that is not one, then a period that ends before it begins: said, the figures kept.
        typeInto(to, QStringLiteral("31/02/2024"));
        CHECK_FALSE(child<QLabel>(dashboard, "periodProblem")->text().isEmpty());
        CHECK(dashboard->statistics().entries == 40);
        to->clear();
        typeInto(to, QStringLiteral("01/01/2024"));
        CHECK_FALSE(dashboard->refresh());
        CHECK(child<QLabel>(dashboard, "periodProblem")->text() ==
              StatisticsDashboard::tr("The period ends before it begins."));
        CHECK(dashboard->statistics().entries == 40);
        QTest::mouseClick(child<QPushButton>(dashboard, "wholeCampaignButton"), Qt::LeftButton);
        CHECK(from->text().isEmpty());
        CHECK(dashboard->statistics() == *whole);

        // The chart as PNG, the table as .xlsx.
        const QString png = out.filePath(QStringLiteral("linh-vuc.png"));
        prompts().answerFile(png);
        QTest::mouseClick(child<QPushButton>(dashboard, "saveChartButton"), Qt::LeftButton);
        QImage image(png);
        REQUIRE_FALSE(image.isNull());
        CHECK(image.width() >= 640);
        CHECK(hasColour(image));
        const QString xlsx = out.filePath(QStringLiteral("linh-vuc.xlsx"));
        prompts().answerFile(xlsx);
        QTest::mouseClick(child<QPushButton>(dashboard, "saveTableButton"), Qt::LeftButton);
        const QJsonObject book = readXlsx(xlsx);
        const QJsonObject sheet = sheetNamed(book, QStringLiteral("Theo lĩnh vực"));
        const int header = headerRowOf(sheet, QStringLiteral("Mã"));
        const QJsonArray rows = sheet.value(QStringLiteral("rows")).toArray();
        REQUIRE(rows.size() == header + 1 + whole->byCategory.size() + 1);
        for (int i = 0; i < whole->byCategory.size(); ++i) {
            const QJsonArray row = rows[header + 1 + i].toArray();
            CHECK(cellValue(row[0]).toString() == whole->byCategory[i].code);
            CHECK(cellType(row[2]) == QStringLiteral("n"));
            CHECK(cellValue(row[2]).toInt() == whole->byCategory[i].count);
        }

        // The years' chart: a bar per year.
        tabs->setCurrentIndex(tabs->count() - 1);
        auto* years = tabs->currentWidget()->findChild<QChartView*>();
        REQUIRE(years);
        REQUIRE_FALSE(years->chart()->series().isEmpty());

        // The campaign itself is refused as the target, and stays whole.
        const QByteArray before = fileHash(campaign.path());
        prompts().answerFile(campaign.path());
        QTest::mouseClick(child<QPushButton>(dashboard, "saveTableButton"), Qt::LeftButton);
        CHECK(prompts().messages().size() == 1);
        CHECK(fileHash(campaign.path()) == before);
        return false;
    });
    QTest::keyClick(&window, Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(shown);
    CHECK(prompts().pending() == 0);
}

TEST_CASE("Screenshot of the statistics", "[.screenshot]")
{
    ScreenshotSession shots;
    TempCampaign campaign;
    DemoGenerator::Options o;
    o.entries = 300;
    o.seed = 8;
    REQUIRE(DemoGenerator(o).fill(campaign.db()));
    campaign.close();
    // Next year's campaign beside it, so the years tab has two years.
    NextCampaignFacts facts;
    facts.year = 2025;
    REQUIRE(NextCampaign::create(campaign.path(),
                                 QDir(campaign.dir()).filePath(QStringLiteral("2025.sangkien")), facts));
    Database& db = campaign.reopen();
    QTemporaryDir settingsDir;
    AppSettings settings(settingsDir.filePath(QStringLiteral("s.ini")));
    settings.setCampaignFolder(campaign.dir());
    StatisticsDashboard dashboard(db, prompts(), settings);
    auto* tabs = child<QTabWidget>(dashboard, "statisticsTabs");
    tabs->setCurrentIndex(tabNamed(tabs, QStringLiteral("Theo lĩnh vực")));
    dashboard.resize(1200, 680);
    dashboard.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dashboard));
    QTest::qWait(300);
    shots.save(dashboard, QStringLiteral("statistics.png"));
    tabs->setCurrentIndex(tabs->count() - 1);
    QTest::qWait(300);
    shots.save(dashboard, QStringLiteral("statistics-years.png"));
}
