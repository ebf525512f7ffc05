// Help › User Guide (F1) shows README's Vietnamese guide with its pictures from inside the program; Help ›
// About says the version, the licence and where the data is; File › Open the Campaign's Folder hands the
// campaign's folder to the system.
#include "common/support_log.h"
#include "help_window.h"
#include "main_window.h"
#include "scripted_prompts.h"
#include "ui_test_helpers.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextImageFormat>
#include <catch2/catch.hpp>

using namespace sangkien;
using namespace sangkien::testing;

TEST_CASE("F1 opens the user guide with its pictures, About names the data, the folder opens", "[ui][help]")
{
    const QString guide = HelpWindow::guideMarkdown();
    REQUIRE(guide.startsWith(QStringLiteral("## Hướng dẫn sử dụng")));
    CHECK(guide.contains(QStringLiteral("Hồ sơ qua các năm")));
    CHECK_FALSE(guide.contains(QStringLiteral("## The command line"))); // only the guide

    UiCampaign data;
    UiWindow w(data.campaign.path());
    QTest::keyClick(w.get(), Qt::Key_F1);
    auto* help = w->findChild<HelpWindow*>();
    REQUIRE(help);
    REQUIRE(QTest::qWaitForWindowExposed(help));
    QTextDocument* document = help->browser()->document();
    CHECK(document->toPlainText().contains(QStringLiteral("Phong trào năm sau")));
    // Every picture the guide names is found inside the program.
    int pictures = 0;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it)
            if (const QTextCharFormat f = it.fragment().charFormat(); f.isImageFormat()) {
                ++pictures;
                const QString name = f.toImageFormat().name();
                INFO(name.toStdString());
                CHECK(document->resource(QTextDocument::ImageResource, QUrl(name)).isValid());
                CHECK(f.toImageFormat().width() <= HelpWindow::kPictureWidth); // no sideways scrolling
            }
    CHECK(pictures >= 10);
    help->close();

    child<QAction>(w, "aboutAction")->trigger();
    CHECK(prompts().lastMessage().contains(QCoreApplication::applicationVersion()));
    CHECK(prompts().lastMessage().contains(QDir::toNativeSeparators(data.campaign.path())));
    CHECK(prompts().lastMessage().contains(QStringLiteral("GNU General Public License")));
    CHECK(prompts().lastMessage().contains(QDir::toNativeSeparators(SupportLog::path())));

    QString opened;
    w->setFolderOpener([&](const QString& folder) {
        opened = folder;
        return true;
    });
    child<QAction>(w, "openCampaignFolderAction")->trigger();
    CHECK(opened == QFileInfo(data.campaign.path()).absolutePath());
}

TEST_CASE("Screenshot of the user guide", "[.screenshot]")
{
    ScreenshotSession shots;
    HelpWindow help;
    help.show();
    REQUIRE(QTest::qWaitForWindowExposed(&help));
    QTest::qWait(300);
    shots.save(help, QStringLiteral("user-guide.png"));
}
