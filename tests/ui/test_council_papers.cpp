// Campaign › Council Papers: the same score sheets and summary as `sangkien-cli papers`, from the menu,
// read back with pdftotext; the campaign itself is refused as the target.
#include "demo/demo_generator.h"
#include "main_window.h"
#include "scripted_prompts.h"
#include "temp_campaign.h"
#include "ui_test_helpers.h"

#include <QAction>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace sangkien;
using namespace sangkien::testing;

namespace {

QString pdfText(const QString& pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    REQUIRE(p.waitForStarted(10000));
    REQUIRE(p.waitForFinished(60000));
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

TEST_CASE("The council's papers are written from the Campaign menu", "[ui][papers]")
{
    TempCampaign campaign;
    DemoGenerator::Options o;
    o.entries = 10;
    o.seed = 3;
    REQUIRE(DemoGenerator(o).fill(campaign.db()));
    campaign.close();
    UiWindow w(campaign.path());
    QTemporaryDir out;

    auto* sheets = w->findChild<QAction*>(QStringLiteral("councilScoreSheetsAction"));
    auto* summary = w->findChild<QAction*>(QStringLiteral("councilSummaryAction"));
    REQUIRE(sheets);
    REQUIRE(summary);
    REQUIRE(sheets->isEnabled());

    const QString sheetsPdf = out.filePath(QStringLiteral("phieu.pdf"));
    prompts().answerFile(sheetsPdf);
    sheets->trigger();
    REQUIRE(QFile::exists(sheetsPdf));
    const QString sheetsText = pdfText(sheetsPdf);
    CHECK(sheetsText.contains(QStringLiteral("PHIẾU CHẤM ĐIỂM SÁNG KIẾN")));
    CHECK(sheetsText.contains(QStringLiteral("Điểm tối đa")));

    const QString summaryPdf = out.filePath(QStringLiteral("tong-hop.pdf"));
    prompts().answerFile(summaryPdf);
    summary->trigger();
    REQUIRE(QFile::exists(summaryPdf));
    CHECK(pdfText(summaryPdf).contains(QStringLiteral("BẢNG TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM")));

    // The campaign as the target is refused, and the campaign is untouched.
    QFile f(campaign.path());
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray before = f.readAll();
    f.close();
    prompts().answerFile(campaign.path());
    summary->trigger();
    CHECK(prompts().lastMessage().contains(QStringLiteral("campaign")));
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == before);
}
