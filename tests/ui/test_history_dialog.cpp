// Campaign › Records across the Years: a unit typed without diacritics finds its entries of every year in
// the folder, the 2024 district's under the commune that succeeded it; a person in another word order.
#include "app_settings.h"
#include "demo/demo_generator.h"
#include "entry_editor_dialog.h"
#include "history_dialog.h"
#include "main_window.h"
#include "scripted_prompts.h"
#include "services/next_campaign.h"
#include "storage/database.h"
#include "temp_campaign.h"
#include "text/vietnamese_text.h"
#include "ui_test_helpers.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace sangkien;
using namespace sangkien::testing;

namespace {

// A 2024 demo campaign and, once opened, the 2025 campaign started from it in the same folder, which is
// the office's campaign folder (File › Preferences) of a window open on 2025.
struct TwoYears
{
    TempCampaign y2024;
    QString y2025;
    QTemporaryDir settingsDir;
    std::unique_ptr<MainWindow> window;

    TwoYears(int entries, quint64 seed)
    {
        DemoGenerator::Options o;
        o.entries = entries;
        o.seed = seed;
        REQUIRE(DemoGenerator(o).fill(y2024.db()));
    }
    // The 2024 file, to read what the test expects before the window opens.
    Database& earlier() { return y2024.db(); }
    MainWindow& open()
    {
        y2024.close();
        y2025 = QDir(y2024.dir()).filePath(QStringLiteral("2025.sangkien"));
        NextCampaignFacts facts;
        facts.year = 2025;
        REQUIRE(NextCampaign::create(y2024.path(), y2025, facts));
        const QString settingsFile = settingsDir.filePath(QStringLiteral("s.ini"));
        AppSettings(settingsFile).setCampaignFolder(y2024.dir());
        window = std::make_unique<MainWindow>(settingsFile);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
        window->activateWindow();
        REQUIRE(window->openCampaign(y2025));
        return *window;
    }
};

} // namespace

TEST_CASE("Records across the Years finds a unit with its predecessors and a person in any order",
          "[ui][history]")
{
    TwoYears years(60, 3);
    int vanLam = 0;
    QString individual;
    {
        QSqlQuery q(years.earlier().connection());
        REQUIRE(
            q.exec(QStringLiteral("SELECT count(*) FROM entry e JOIN nominee n ON n.id = e.nominee_id JOIN "
                                  "unit u ON u.id = n.unit_id WHERE u.name = 'UBND huyện Văn Lâm'")));
        REQUIRE(q.next());
        vanLam = q.value(0).toInt();
        REQUIRE(
            q.exec(QStringLiteral("SELECT name FROM nominee WHERE kind = 'individual' ORDER BY id LIMIT 1")));
        REQUIRE(q.next());
        individual = q.value(0).toString();
    }
    REQUIRE(vanLam > 0);
    MainWindow& w = years.open();
    int unitRows = -1;
    QString note;
    int personRows = -1;
    prompts().answerDialog([&](QDialog& shown) {
        auto* dialog = qobject_cast<HistoryDialog*>(&shown);
        REQUIRE(dialog);
        CHECK(QDir::fromNativeSeparators(child<QLineEdit>(dialog, "historyFolder")->text()) ==
              QFileInfo(years.y2025).absolutePath());
        shown.show();
        QLineEdit* query = child<QLineEdit>(dialog, "historyQuery");
        query->setFocus();
        typeInto(query, QStringLiteral("nhu quynh"));
        QTest::keyClick(query, Qt::Key_Return);
        auto* results = child<QTableWidget>(dialog, "historyResults");
        unitRows = results->rowCount();
        note = results->rowCount() ? results->item(0, HistoryDialog::NoteColumn)->text() : QString();
        CHECK(child<QLabel>(dialog, "historySummary")->text().contains(QStringLiteral("2")));

        // The person, given name first, without diacritics.
        child<QRadioButton>(dialog, "historyByPerson")->setChecked(true);
        const QStringList parts = text::searchKey(individual).split(QLatin1Char(' '));
        query->clear();
        typeInto(query, (QStringList{parts.last()} + parts.mid(0, parts.size() - 1)).join(QLatin1Char(' ')));
        QTest::keyClick(query, Qt::Key_Return);
        personRows = results->rowCount();
        for (int row = 0; row < results->rowCount(); ++row)
            CHECK(results->item(row, HistoryDialog::YearColumn)->text() == QStringLiteral("2024"));
        return false;
    });
    child<QAction>(w, "recordsAcrossYearsAction")->trigger();
    CHECK(prompts().pending() == 0);
    CHECK(unitRows == vanLam);
    CHECK(note.contains(QStringLiteral("UBND xã Như Quỳnh")));
    CHECK(personRows >= 1);
}

TEST_CASE("Screenshot of the records across the years", "[.screenshot]")
{
    ScreenshotSession shots;
    TempCampaign y2024;
    DemoGenerator::Options o;
    o.entries = 300;
    o.seed = 8;
    REQUIRE(DemoGenerator(o).fill(y2024.db()));
    y2024.close();
    const QString y2025 = QDir(y2024.dir()).filePath(QStringLiteral("2025.sangkien"));
    NextCampaignFacts facts;
    facts.year = 2025;
    REQUIRE(NextCampaign::create(y2024.path(), y2025, facts));
    HistoryDialog dialog(prompts(), y2024.dir());
    typeInto(child<QLineEdit>(dialog, "historyQuery"), QStringLiteral("nhu quynh"));
    REQUIRE(dialog.search());
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    QTest::qWait(300);
    shots.save(dialog, QStringLiteral("history.png"));
}

TEST_CASE("The entry editor warns of a duplicate in another campaign of the office's folder",
          "[ui][history][editor]")
{
    TwoYears years(20, 6);
    QString title;
    {
        QSqlQuery q(years.earlier().connection());
        REQUIRE(q.exec(QStringLiteral("SELECT title FROM entry ORDER BY id LIMIT 1")));
        REQUIRE(q.next());
        title = q.value(0).toString();
    }
    MainWindow& w = years.open(); // 2024 never opened: not among the recent files
    REQUIRE_FALSE(w.recentFiles().contains(years.y2024.path()));
    QTest::keyClick(&w, Qt::Key_N, Qt::ControlModifier);
    REQUIRE(QTest::qWaitFor([&] { return w.entryEditor() != nullptr; }));
    EntryEditorDialog* editor = w.entryEditor();
    auto* titleField = editor->findChild<QLineEdit*>(QStringLiteral("title"));
    REQUIRE(titleField);
    titleField->setFocus();
    typeInto(titleField, text::searchKey(title));
    auto* warning = child<QLabel>(editor, "duplicateWarning");
    REQUIRE(QTest::qWaitFor([&] { return warning->isVisible(); }));
    CHECK(warning->text().contains(title));
    CHECK(warning->text().contains(QStringLiteral("SK-2024-")));
    prompts().answerDiscard();
    editor->reject();
}
