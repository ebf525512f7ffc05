// Campaign › Council Papers: the same score sheets and summary as `sangkien-cli papers`, from the menu,
// read back with pdftotext; the campaign itself is refused as the target.
#include "demo/demo_generator.h"
#include "main_window.h"
#include "scripted_prompts.h"
#include "temp_campaign.h"
#include "ui_test_helpers.h"

#include <QAction>
#include <QFile>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QProcess>
#include <QRegularExpression>
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

int pdfPageCount(const QString& pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {pdf});
    REQUIRE(p.waitForFinished(60000));
    const auto match = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)"))
                           .match(QString::fromUtf8(p.readAllStandardOutput()));
    REQUIRE(match.hasMatch());
    return match.captured(1).toInt();
}

// Triggers a preview action and returns the preview's title and the pages it paints, as when shown.
std::pair<QString, int> previewOf(QAction* action)
{
    QString title;
    int pages = -1;
    prompts().answerDialog([&](QDialog& shown) {
        auto* preview = qobject_cast<QPrintPreviewDialog*>(&shown);
        REQUIRE(preview);
        title = preview->windowTitle();
        auto* widget = preview->findChild<QPrintPreviewWidget*>();
        REQUIRE(widget);
        widget->updatePreview();
        pages = widget->pageCount();
        return false;
    });
    action->trigger();
    CHECK(prompts().pending() == 0);
    return {title, pages};
}

// A demo campaign of ten entries open in the window, and a folder for the papers.
struct PapersWindow
{
    TempCampaign campaign;
    std::unique_ptr<UiWindow> window;
    QTemporaryDir out;
    PapersWindow()
    {
        DemoGenerator::Options o;
        o.entries = 10;
        o.seed = 3;
        REQUIRE(DemoGenerator(o).fill(campaign.db()));
        campaign.close();
        window = std::make_unique<UiWindow>(campaign.path());
    }
    QAction* action(const char* name) { return child<QAction>(*window, name); }
};

} // namespace

TEST_CASE("The council's papers are written from the Campaign menu", "[ui][papers]")
{
    PapersWindow p;
    TempCampaign& campaign = p.campaign;
    QTemporaryDir& out = p.out;

    QAction* sheets = p.action("councilScoreSheetsAction");
    QAction* summary = p.action("councilSummaryAction");
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

TEST_CASE("The council's papers open in the print preview with the pages of their PDF", "[ui][papers]")
{
    PapersWindow p;
    QTemporaryDir& out = p.out;

    QAction* sheetsPreview = p.action("councilScoreSheetsPreviewAction");
    QAction* summaryPreview = p.action("councilSummaryPreviewAction");
    QAction* sheets = p.action("councilScoreSheetsAction");
    QAction* summary = p.action("councilSummaryAction");

    const QString sheetsPdf = out.filePath(QStringLiteral("phieu.pdf"));
    prompts().answerFile(sheetsPdf);
    sheets->trigger();
    const QString summaryPdf = out.filePath(QStringLiteral("tong-hop.pdf"));
    prompts().answerFile(summaryPdf);
    summary->trigger();
    const int sheetPages = pdfPageCount(sheetsPdf);
    CHECK(sheetPages > 1); // one sheet per member and assigned entry

    const auto [sheetsTitle, sheetsPreviewPages] = previewOf(sheetsPreview);
    CHECK(sheetsPreviewPages == sheetPages);
    CHECK_FALSE(sheetsTitle.isEmpty());
    const auto [summaryTitle, summaryPreviewPages] = previewOf(summaryPreview);
    CHECK(summaryPreviewPages == pdfPageCount(summaryPdf));
    CHECK(summaryTitle != sheetsTitle);
}
