// File › Preferences: the program's language (applied on the next start, and said so), the office's
// campaign folder and the default signer are saved and read back; Esc and Cancel change nothing; the
// default signer prefills a campaign's first decision.
#include "app_settings.h"
#include "awards_view.h"
#include "common/translations.h"
#include "decision_details_dialog.h"
#include "demo/demo_generator.h"
#include "entries_view.h"
#include "main_window.h"
#include "preferences_dialog.h"
#include "scripted_prompts.h"
#include "storage/decision_repository.h"
#include "temp_campaign.h"
#include "test_context.h"
#include "ui_test_helpers.h"
#include "widget_lookup.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>

using namespace sangkien;
using namespace sangkien::testing;

namespace {

QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QAction* preferencesAction(MainWindow& window)
{
    for (QAction* a : window.findChildren<QAction*>())
        if (a->objectName() == QLatin1String("preferencesAction"))
            return a;
    return nullptr;
}

} // namespace

TEST_CASE("Preferences: the language, the campaign folder and the default signer are saved and read back",
          "[ui][preferences]")
{
    QTemporaryDir dir;
    const QString ini = dir.filePath(QStringLiteral("s.ini"));
    const QString folder = dir.filePath(QStringLiteral("Phong trao"));
    REQUIRE(QDir().mkpath(folder));

    {
        AppSettings settings(ini);
        // Before anything is chosen: no language (the program follows --lang and LANG), the Documents
        // folder, no signer.
        CHECK(settings.language().isEmpty());
        CHECK(settings.campaignFolder() ==
              QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
        CHECK(settings.defaultSigner().isEmpty());

        PreferencesDialog dialog(settings, QStringLiteral("vi"), prompts());
        CHECK(child<QComboBox>(dialog, "language")->currentData().toString() == QLatin1String("vi"));
        CHECK(child<QLabel>(dialog, "languageNote")->isHidden());
        CHECK(QDir::fromNativeSeparators(child<QLineEdit>(dialog, "campaignFolder")->text()) ==
              settings.campaignFolder());

        child<QComboBox>(dialog, "language")
            ->setCurrentIndex(child<QComboBox>(dialog, "language")->findData(QStringLiteral("en")));
        // Said at once: the language changes on the next start.
        CHECK_FALSE(child<QLabel>(dialog, "languageNote")->isHidden());
        prompts().answerFile(folder);
        QTest::mouseClick(child<QPushButton>(dialog, "chooseCampaignFolder"), Qt::LeftButton);
        CHECK(QDir::fromNativeSeparators(child<QLineEdit>(dialog, "campaignFolder")->text()) == folder);
        child<QLineEdit>(dialog, "defaultSigner")->setText(QStringLiteral("  Trần   Tùng Chuẩn "));
        dialog.accept();
        CHECK(dialog.result() == QDialog::Accepted);
        CHECK(dialog.languageChanged());
        // And said again once saved.
        REQUIRE_FALSE(prompts().messages().isEmpty());
        CHECK(prompts().lastMessage() == PreferencesDialog::tr("The new language applies the next time the "
                                                               "program starts."));
    }

    // Read back from the file, as the next start does.
    AppSettings again(ini);
    CHECK(again.language() == QLatin1String("en"));
    CHECK(again.campaignFolder() == folder);
    CHECK(again.defaultSigner() == QStringLiteral("Trần Tùng Chuẩn"));
    PreferencesDialog shown(again, QStringLiteral("vi"), prompts());
    CHECK(child<QComboBox>(shown, "language")->currentData().toString() == QLatin1String("en"));
    CHECK(QDir::fromNativeSeparators(child<QLineEdit>(shown, "campaignFolder")->text()) == folder);
    CHECK(child<QLineEdit>(shown, "defaultSigner")->text() == QStringLiteral("Trần Tùng Chuẩn"));
}

TEST_CASE("Preferences: saving without choosing another language keeps following the environment",
          "[ui][preferences]")
{
    QTemporaryDir dir;
    const QString ini = dir.filePath(QStringLiteral("s.ini"));
    AppSettings settings(ini);
    PreferencesDialog dialog(settings, QStringLiteral("vi"), prompts());
    child<QLineEdit>(dialog, "defaultSigner")->setText(QStringLiteral("Lê Văn A"));
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK_FALSE(dialog.languageChanged());
    CHECK(prompts().messages().isEmpty());
    CHECK(AppSettings(ini).language().isEmpty());
    CHECK(AppSettings(ini).defaultSigner() == QStringLiteral("Lê Văn A"));
}

TEST_CASE("Preferences: Esc, Cancel and a folder that does not exist change nothing", "[ui][preferences]")
{
    QTemporaryDir dir;
    const QString ini = dir.filePath(QStringLiteral("s.ini"));
    {
        AppSettings settings(ini);
        settings.setLanguage(QStringLiteral("vi"));
        settings.setCampaignFolder(dir.path());
        settings.setDefaultSigner(QStringLiteral("Trần Tùng Chuẩn"));
        settings.sync();
    }
    const QByteArray before = fileBytes(ini);
    REQUIRE_FALSE(before.isEmpty());

    auto edit = [&](PreferencesDialog& dialog) {
        child<QComboBox>(dialog, "language")
            ->setCurrentIndex(child<QComboBox>(dialog, "language")->findData(QStringLiteral("en")));
        child<QLineEdit>(dialog, "campaignFolder")->setText(dir.filePath(QStringLiteral("khong-co")));
        child<QLineEdit>(dialog, "defaultSigner")->setText(QStringLiteral("Người khác"));
    };

    SECTION("Esc")
    {
        AppSettings settings(ini);
        PreferencesDialog dialog(settings, QStringLiteral("vi"), prompts());
        dialog.show();
        REQUIRE(QTest::qWaitForWindowExposed(&dialog));
        edit(dialog);
        child<QLineEdit>(dialog, "defaultSigner")->setFocus();
        QTest::keyClick(child<QLineEdit>(dialog, "defaultSigner"), Qt::Key_Escape);
        CHECK_FALSE(dialog.isVisible());
        CHECK(dialog.result() == QDialog::Rejected);
    }
    SECTION("Cancel")
    {
        AppSettings settings(ini);
        PreferencesDialog dialog(settings, QStringLiteral("vi"), prompts());
        edit(dialog);
        dialog.reject();
        CHECK(dialog.result() == QDialog::Rejected);
    }
    SECTION("a folder that does not exist is refused, in words, and nothing is saved")
    {
        AppSettings settings(ini);
        PreferencesDialog dialog(settings, QStringLiteral("vi"), prompts());
        dialog.show();
        REQUIRE(QTest::qWaitForWindowExposed(&dialog));
        edit(dialog);
        dialog.accept();
        CHECK(dialog.isVisible());
        CHECK(dialog.result() != QDialog::Accepted);
        CHECK_FALSE(child<QLabel>(dialog, "problem")->isHidden());
        CHECK(child<QLabel>(dialog, "problem")->text().contains(QStringLiteral("khong-co")));
        dialog.reject();
    }
    CHECK(prompts().messages().isEmpty());
    CHECK(fileBytes(ini) == before);
    AppSettings after(ini);
    CHECK(after.language() == QLatin1String("vi"));
    CHECK(after.campaignFolder() == dir.path());
    CHECK(after.defaultSigner() == QStringLiteral("Trần Tùng Chuẩn"));
}

TEST_CASE("The default signer prefills a campaign's first decision, the campaign's own signer comes first",
          "[ui][preferences][awards]")
{
    TempCampaign campaign;
    DemoGenerator::Options o;
    o.entries = 40;
    o.seed = 5;
    REQUIRE(DemoGenerator(o).fill(campaign.db()));
    QTemporaryDir dir;

    CampaignContext context = contextFor(campaign.db(), QStringLiteral("clerk"));
    context.defaultSigner = QStringLiteral("Nguyễn Văn Mặc Định");
    AwardsView view(context);
    view.setDocumentKind(DocumentKind::DirectorDecision);

    QString offered;
    prompts().answerDialog([&](QDialog& dialog) {
        REQUIRE(qobject_cast<DecisionDetailsDialog*>(&dialog));
        offered = child<QLineEdit>(dialog, "decisionSigner")->text();
        child<QLineEdit>(dialog, "decisionNumber")->setText(QStringLiteral("125"));
        child<QLineEdit>(dialog, "decisionSigner")->setText(QStringLiteral("Trần Tùng Chuẩn"));
        return true;
    });
    REQUIRE(view.exportPdf(dir.filePath(QStringLiteral("qd.pdf"))));
    CHECK(offered == QStringLiteral("Nguyễn Văn Mặc Định"));

    // Once the campaign has a signer, it is offered, not the default.
    prompts().answerDialog([&](QDialog& dialog) {
        offered = child<QLineEdit>(dialog, "decisionSigner")->text();
        return false;
    });
    CHECK_FALSE(view.exportPdf(dir.filePath(QStringLiteral("qd2.pdf"))));
    CHECK(offered == QStringLiteral("Trần Tùng Chuẩn"));
}

TEST_CASE("File › Preferences saves into the window's settings and hands the default signer to the awards",
          "[ui][preferences]")
{
    TempCampaign campaign;
    DemoGenerator::Options o;
    o.entries = 20;
    o.seed = 5;
    REQUIRE(DemoGenerator(o).fill(campaign.db()));
    const QString path = campaign.path();
    campaign.close();
    UiWindow w(path);
    QAction* action = preferencesAction(*w.get());
    REQUIRE(action);
    CHECK(action->isEnabled());

    prompts().answerDialog([](QDialog& dialog) {
        auto* d = qobject_cast<PreferencesDialog*>(&dialog);
        REQUIRE(d);
        child<QLineEdit>(d, "defaultSigner")->setText(QStringLiteral("Phạm Thị Ký"));
        return true;
    });
    action->trigger();
    CHECK(prompts().pending() == 0);
    CHECK(AppSettings(w.settingsDir.filePath(QStringLiteral("s.ini"))).defaultSigner() ==
          QStringLiteral("Phạm Thị Ký"));

    QTest::keyClick(w.get(), Qt::Key_K, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(QTest::qWaitFor([&] { return w->awardsView() != nullptr; }));
    AwardsView* view = w->awardsView();
    QString offered;
    prompts().answerDialog([&](QDialog& dialog) {
        offered = child<QLineEdit>(dialog, "decisionSigner")->text();
        return false;
    });
    QTemporaryDir dir;
    CHECK_FALSE(view->exportPdf(dir.filePath(QStringLiteral("qd.pdf"))));
    CHECK(offered == QStringLiteral("Phạm Thị Ký"));
    view->reject();
}

namespace {

// The real sangkien beside sangkien-cli: its --help, printed after the language is chosen, says which
// language it speaks. config: the folder its settings are read from (XDG_CONFIG_HOME).
QString guiHelp(const QString& config, const QString& lang, const QStringList& arguments = {})
{
    const QString gui =
        QFileInfo(QStringLiteral(SANGKIEN_CLI_PATH)).dir().filePath(QStringLiteral("sangkien"));
    REQUIRE(QFileInfo::exists(gui));
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), config);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.remove(QStringLiteral("LC_ALL"));
    env.remove(QStringLiteral("LC_MESSAGES"));
    env.insert(QStringLiteral("LANG"), lang);
    p.setProcessEnvironment(env);
    p.start(gui, arguments + QStringList{QStringLiteral("--help")});
    REQUIRE(p.waitForFinished(60000));
    CHECK(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

const QString kVietnameseHelp = QStringLiteral("Phong trào thi đua sáng kiến");
const QString kEnglishHelp = QStringLiteral("Initiative emulation campaigns");

} // namespace

TEST_CASE("sangkien speaks --lang first, then the language chosen in Preferences, then LANG",
          "[ui][preferences][i18n]")
{
    QTemporaryDir config;
    const QString vi = QStringLiteral("vi_VN.UTF-8");
    const QString en = QStringLiteral("en_US.UTF-8");

    // Nothing chosen: the environment decides, as before.
    CHECK(guiHelp(config.path(), vi).contains(kVietnameseHelp));
    CHECK(guiHelp(config.path(), en).contains(kEnglishHelp));

    // The file QSettings reads for the program (organisation SoKHCN-HungYen, application sangkien).
    auto choose = [&](const QString& language) {
        QSettings settings(config.filePath(QStringLiteral("SoKHCN-HungYen/sangkien.conf")),
                           QSettings::IniFormat);
        settings.setValue(QStringLiteral("preferences/language"), language);
        settings.sync();
        REQUIRE(settings.status() == QSettings::NoError);
    };
    choose(QStringLiteral("en"));
    CHECK(guiHelp(config.path(), vi).contains(kEnglishHelp));
    // An explicit --lang still wins.
    CHECK(guiHelp(config.path(), vi, {QStringLiteral("--lang"), QStringLiteral("vi")})
              .contains(kVietnameseHelp));
    choose(QStringLiteral("vi"));
    CHECK(guiHelp(config.path(), en).contains(kVietnameseHelp));
    CHECK(guiHelp(config.path(), en, {QStringLiteral("--lang=en")}).contains(kEnglishHelp));
}

namespace {

// The campaign the README's pictures of the main window show: a copy of the demo campaign named by
// SANGKIEN_DEMO_CAMPAIGN (made by `sangkien-cli demo`), so the window's backups stay beside the copy.
QString demoCopy(const QTemporaryDir& dir)
{
    const QString demo = qEnvironmentVariable("SANGKIEN_DEMO_CAMPAIGN");
    REQUIRE_FALSE(demo.isEmpty());
    const QString copy = dir.filePath(QStringLiteral("demo-2024.sangkien"));
    REQUIRE(QFile::copy(demo, copy));
    return copy;
}

void showMainWindow(UiWindow& w)
{
    w->resize(1400, 870);
    REQUIRE(w->findChild<EntriesView*>());
    w->findChild<EntriesView*>()->setFocus();
    QTest::qWait(300);
}

} // namespace

// Not run by default: the README's pictures of the main window in English and of the preferences in
// Vietnamese, written where SANGKIEN_SCREENSHOT_DIR says (run under xvfb-run with QT_QPA_PLATFORM=xcb and
// SANGKIEN_DEMO_CAMPAIGN naming a campaign made by `sangkien-cli demo`). Each runs on its own: the Vietnamese
// one installs the translations for the rest of the program.
TEST_CASE("Screenshot of the main window in English", "[.screenshot]")
{
    const QString shots = qEnvironmentVariable("SANGKIEN_SCREENSHOT_DIR");
    REQUIRE_FALSE(shots.isEmpty());
    QTemporaryDir dir;
    UiWindow w(demoCopy(dir));
    showMainWindow(w);
    REQUIRE(w->grab().save(QDir(shots).filePath(QStringLiteral("main-window-en.png"))));
}

TEST_CASE("Screenshots of the main window and the preferences in Vietnamese", "[.screenshot]")
{
    ScreenshotSession shots;
    QTemporaryDir dir;
    UiWindow w(demoCopy(dir));
    showMainWindow(w);
    shots.save(*w.get(), QStringLiteral("main-window-vi.png"));

    AppSettings settings(w.settingsDir.filePath(QStringLiteral("s.ini")));
    settings.setDefaultSigner(QStringLiteral("Trần Tùng Chuẩn"));
    PreferencesDialog dialog(settings, installedLanguage(), prompts(), w.get());
    child<QComboBox>(dialog, "language")
        ->setCurrentIndex(child<QComboBox>(dialog, "language")->findData(QStringLiteral("en")));
    child<QLineEdit>(dialog, "campaignFolder")
        ->setText(QStringLiteral("/home/vanthu/Documents/Thi đua sáng kiến"));
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    QTest::qWait(300);
    shots.save(dialog, QStringLiteral("preferences.png"));
    dialog.reject();
}
