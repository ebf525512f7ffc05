// Campaign › Reports: the interim and final reports in the print preview and saved as PDF, read back with
// pdftotext; the report texts edited, refused with an unknown placeholder (named), restored to the default.
#include "date_field.h"
#include "demo/demo_generator.h"
#include "main_window.h"
#include "reports/campaign_statistics.h"
#include "reports/report_template.h"
#include "scripted_prompts.h"
#include "storage/database.h"
#include "storage/report_template_repository.h"
#include "temp_campaign.h"
#include "ui_test_helpers.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>

using namespace sangkien;
using namespace sangkien::testing;

namespace {

QString pdfText(const QString& pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(60000));
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    return QString::fromUtf8(p.readAllStandardOutput()).replace(spaces, QStringLiteral(" "));
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

struct ReportWindow
{
    TempCampaign campaign;
    std::unique_ptr<UiWindow> window;
    QTemporaryDir out;
    ReportWindow()
    {
        DemoGenerator::Options o;
        o.entries = 30;
        o.seed = 4;
        REQUIRE(DemoGenerator(o).fill(campaign.db()));
        campaign.close();
        window = std::make_unique<UiWindow>(campaign.path());
    }
    QAction* action(const char* name) { return child<QAction>(*window, name); }
};

} // namespace

TEST_CASE("The interim and final reports open in the print preview and save as PDF from the Campaign menu",
          "[ui][report]")
{
    ReportWindow w;
    for (const auto& [previewName, saveName, title] :
         {std::tuple{"interimReportPreviewAction", "interimReportSaveAction", "Sơ kết phong trào"},
          std::tuple{"finalReportPreviewAction", "finalReportSaveAction", "Tổng kết phong trào"}}) {
        INFO(previewName);
        QAction* save = w.action(saveName);
        REQUIRE(save->isEnabled());
        const QString pdf = w.out.filePath(QString::fromLatin1(saveName) + QStringLiteral(".pdf"));
        prompts().answerDialog([](QDialog&) { return true; }); // the details, as proposed
        prompts().answerFile(pdf);
        save->trigger();
        REQUIRE(QFile::exists(pdf));
        const QString text = pdfText(pdf);
        CHECK(text.contains(QStringLiteral("BÁO CÁO ") + QString::fromUtf8(title)));
        CHECK(text.contains(QStringLiteral("đơn vị đã gửi 30 sáng kiến")));
        CHECK_FALSE(text.contains(QLatin1Char('{')));

        int pages = -1;
        QString shownTitle;
        prompts().answerDialog([](QDialog&) { return true; });
        prompts().answerDialog([&](QDialog& shown) {
            auto* preview = qobject_cast<QPrintPreviewDialog*>(&shown);
            REQUIRE(preview);
            shownTitle = preview->windowTitle();
            auto* widget = preview->findChild<QPrintPreviewWidget*>();
            REQUIRE(widget);
            widget->updatePreview();
            pages = widget->pageCount();
            return false;
        });
        w.action(previewName)->trigger();
        CHECK(prompts().pending() == 0);
        CHECK(pages == pdfPageCount(pdf));
        CHECK_FALSE(shownTitle.isEmpty());
    }

    // The campaign as the target is refused, and the campaign is untouched.
    QFile f(w.campaign.path());
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray before = f.readAll();
    f.close();
    prompts().answerDialog([](QDialog&) { return true; });
    prompts().answerFile(w.campaign.path());
    w.action("finalReportSaveAction")->trigger();
    CHECK(prompts().lastMessage().contains(QStringLiteral("campaign")));
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == before);
}

TEST_CASE("A report is printed with the number, date, signer and period typed in its details dialog",
          "[ui][report]")
{
    ReportWindow w;
    // The period's figures, counted by core, for the text to hold.
    StatisticsPeriod period{QDate(2024, 1, 1), QDate(2024, 6, 30)};
    int inPeriod = 0;
    {
        auto db = Database::open(w.campaign.path(), Database::Mode::ReadOnly);
        REQUIRE(db);
        const auto s = computeStatistics(**db, period);
        REQUIRE(s);
        inPeriod = s->entries;
    }
    REQUIRE(inPeriod > 0);
    REQUIRE(inPeriod < 30);

    const auto type = [](QDialog& dialog, const char* name, const QString& text) {
        auto* field = dialog.findChild<QLineEdit*>(QString::fromLatin1(name));
        REQUIRE(field);
        field->setFocus();
        field->selectAll();
        QTest::keyClicks(field, text);
        QTest::keyClick(field, Qt::Key_Tab);
    };
    // A period typed backwards is refused in words and the dialog stays open; then typed right.
    QString refusal;
    bool stayedOpen = false;
    prompts().answerDialog([&](QDialog& dialog) {
        type(dialog, "reportNumber", QStringLiteral("125"));
        type(dialog, "reportDate", QStringLiteral("02/07/2024"));
        type(dialog, "reportSigner", QStringLiteral("Nguyen Van Binh"));
        auto* title = dialog.findChild<QComboBox*>(QStringLiteral("reportSignerTitle"));
        REQUIRE(title);
        title->setCurrentIndex(1);
        type(dialog, "reportFrom", QStringLiteral("30/06/2024"));
        type(dialog, "reportTo", QStringLiteral("01/01/2024"));
        dialog.accept();
        stayedOpen = dialog.result() != QDialog::Accepted;
        refusal = dialog.findChild<QLabel*>(QStringLiteral("reportProblem"))->text();
        type(dialog, "reportFrom", QStringLiteral("01/01/2024"));
        type(dialog, "reportTo", QStringLiteral("30/06/2024"));
        return true;
    });
    const QString pdf = w.out.filePath(QStringLiteral("so-ket.pdf"));
    prompts().answerFile(pdf);
    w.action("interimReportSaveAction")->trigger();
    CHECK(prompts().pending() == 0);
    CHECK(stayedOpen);
    CHECK(refusal == QStringLiteral("The period ends before it begins."));
    REQUIRE(QFile::exists(pdf));
    const QString text = pdfText(pdf);
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("Số: 125/BC-SKHCN")));
    CHECK(text.contains(QStringLiteral("ngày 02 tháng 7 năm 2024")));
    CHECK(text.contains(QStringLiteral("KT. GIÁM ĐỐC")));
    CHECK(text.contains(QStringLiteral("Nguyen Van Binh")));
    CHECK(text.contains(QStringLiteral("đã gửi %1 sáng kiến").arg(inPeriod)));

    // Esc in the details dialog: nothing is asked further and nothing is written.
    const QString other = w.out.filePath(QStringLiteral("khong.pdf"));
    prompts().answerDialog([](QDialog& dialog) {
        QTest::keyClick(&dialog, Qt::Key_Escape);
        return false;
    });
    w.action("finalReportSaveAction")->trigger();
    CHECK(prompts().pending() == 0);
    CHECK_FALSE(QFile::exists(other));
}

TEST_CASE(
    "The report texts are edited in the window: an unknown placeholder is refused by name, a good text is "
    "saved with the campaign and printed, Restore Default brings the program's text back",
    "[ui][report]")
{
    ReportWindow w;
    QAction* texts = w.action("reportTextsAction");
    REQUIRE(texts->isEnabled());

    // Refused: the warning names the placeholder, the dialog stays open, nothing is saved.
    bool stayedOpen = false;
    prompts().answerDialog([&](QDialog& dialog) {
        auto* editor = dialog.findChild<QPlainTextEdit*>(QStringLiteral("reportTextEdit"));
        REQUIRE(editor);
        CHECK(editor->toPlainText() == ReportTemplate::defaultText(ReportKind::Final));
        editor->setPlainText(
            QStringLiteral("I. KẾT QUẢ\nNhận {so_sang_kien} sáng kiến, {so_hoa_don} hóa đơn."));
        dialog.accept();
        stayedOpen = dialog.result() != QDialog::Accepted;
        return false;
    });
    texts->trigger();
    CHECK(stayedOpen);
    CHECK(prompts().lastMessage().contains(QStringLiteral("{so_hoa_don}")));

    // A good text for the final report is saved; the interim one is left as it was.
    prompts().answerDialog([&](QDialog& dialog) {
        auto* editor = dialog.findChild<QPlainTextEdit*>(QStringLiteral("reportTextEdit"));
        editor->setPlainText(QStringLiteral("I. KẾT QUẢ\nNăm {nam} Văn phòng nhận {so_sang_kien} sáng kiến.\n"
                                            "{bang_noi_dung}"));
        return true;
    });
    texts->trigger();
    const QString pdf = w.out.filePath(QStringLiteral("tk.pdf"));
    prompts().answerDialog([](QDialog&) { return true; });
    prompts().answerFile(pdf);
    w.action("finalReportSaveAction")->trigger();
    CHECK(pdfText(pdf).contains(QStringLiteral("Năm 2024 Văn phòng nhận 30 sáng kiến.")));

    // Restore Default on the final report's text, and the interim one shown by the combo is the default.
    prompts().answerDialog([&](QDialog& dialog) {
        auto* editor = dialog.findChild<QPlainTextEdit*>(QStringLiteral("reportTextEdit"));
        CHECK(editor->toPlainText().contains(QStringLiteral("Văn phòng nhận")));
        dialog.findChild<QPushButton*>(QStringLiteral("reportTextRestoreButton"))->click();
        CHECK(editor->toPlainText() == ReportTemplate::defaultText(ReportKind::Final));
        auto* kind = dialog.findChild<QComboBox*>(QStringLiteral("reportKindCombo"));
        kind->setCurrentIndex(0);
        CHECK(editor->toPlainText() == ReportTemplate::defaultText(ReportKind::Interim));
        return true;
    });
    texts->trigger();
    w.window.reset();
    auto db = Database::open(w.campaign.path(), Database::Mode::ReadOnly);
    REQUIRE(db);
    CHECK_FALSE(ReportTemplateRepository(**db, {}).stored(ReportKind::Final)->has_value());
    CHECK_FALSE(ReportTemplateRepository(**db, {}).stored(ReportKind::Interim)->has_value());
}
