// Vietnamese to the last button: under Vietnamese, every Qt dialog, message box and menu the program shows
// (message boxes with their buttons, button boxes, the import wizard, the file dialogs, the print preview
// with its page setup and print dialogs, the line and text edits' context menus, the calendar, undo) is
// opened and every text a user can see is collected (buttons, actions, labels, window titles, tooltips,
// group and tab titles, header labels of views); none may hold one of Qt's English button or action
// texts. Qt ships no Vietnamese of its own strings: resources/translations/qt_vi.ts is ours.
#include "app_settings.h"
#include "common/translations.h"
#include "date_field.h"
#include "decision_details_dialog.h"
#include "document_preview.h"
#include "import_wizard.h"
#include "main_window.h"
#include "prompts.h"
#include "report_details_dialog.h"
#include "report_text_dialog.h"
#include "scripted_prompts.h"
#include "statistics_dashboard.h"
#include "temp_campaign.h"
#include "test_context.h"
#include "ui_test_helpers.h"
#include "widget_lookup.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCalendarWidget>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTimer>
#include <QTranslator>
#include <QTreeView>
#include <QUndoStack>
#include <QUndoView>
#include <QWizard>
#include <catch2/catch.hpp>
#include <functional>
#include <memory>

using namespace sangkien;
using namespace sangkien::testing;

namespace {

// Qt's English button and action texts (mnemonics and trailing dots dropped), and the calendar's English
// month and day names: none may be seen under Vietnamese.
const QStringList kEnglish = {
    // buttons (QPlatformTheme, QDialogButtonBox, QMessageBox, QWizard)
    QStringLiteral("OK"),
    QStringLiteral("Cancel"),
    QStringLiteral("Yes"),
    QStringLiteral("No"),
    QStringLiteral("Save"),
    QStringLiteral("Discard"),
    QStringLiteral("Don't Save"),
    QStringLiteral("Close"),
    QStringLiteral("Close without Saving"),
    QStringLiteral("Apply"),
    QStringLiteral("Reset"),
    QStringLiteral("Restore Defaults"),
    QStringLiteral("Help"),
    QStringLiteral("Abort"),
    QStringLiteral("Retry"),
    QStringLiteral("Ignore"),
    QStringLiteral("Open"),
    QStringLiteral("Save All"),
    QStringLiteral("Yes to All"),
    QStringLiteral("No to All"),
    QStringLiteral("Back"),
    QStringLiteral("Next"),
    QStringLiteral("Finish"),
    QStringLiteral("Commit"),
    QStringLiteral("Continue"),
    QStringLiteral("Done"),
    QStringLiteral("Go Back"),
    QStringLiteral("Show Details"),
    QStringLiteral("Hide Details"),
    // the print preview, page setup and print dialogs
    QStringLiteral("Print"),
    QStringLiteral("Print Preview"),
    QStringLiteral("Page Setup"),
    QStringLiteral("Page setup"),
    QStringLiteral("Zoom in"),
    QStringLiteral("Zoom out"),
    QStringLiteral("Fit width"),
    QStringLiteral("Fit page"),
    QStringLiteral("First page"),
    QStringLiteral("Last page"),
    QStringLiteral("Next page"),
    QStringLiteral("Previous page"),
    QStringLiteral("Portrait"),
    QStringLiteral("Landscape"),
    QStringLiteral("Show single page"),
    QStringLiteral("Show facing pages"),
    QStringLiteral("Show overview of all pages"),
    QStringLiteral("Options"),
    QStringLiteral("Properties"),
    QStringLiteral("Printer"),
    QStringLiteral("Copies"),
    QStringLiteral("Collate"),
    QStringLiteral("Pages"),
    QStringLiteral("Margins"),
    QStringLiteral("Orientation"),
    QStringLiteral("Paper"),
    QStringLiteral("Page size"),
    QStringLiteral("Width"),
    QStringLiteral("Height"),
    QStringLiteral("Preview"),
    // edit menus and undo
    QStringLiteral("Undo"),
    QStringLiteral("Redo"),
    QStringLiteral("Cut"),
    QStringLiteral("Copy"),
    QStringLiteral("Paste"),
    QStringLiteral("Delete"),
    QStringLiteral("Select All"),
    QStringLiteral("Copy Link Location"),
    QStringLiteral("Insert Unicode control character"),
    QStringLiteral("empty"),
    // the file dialog and its model
    QStringLiteral("Look in"),
    QStringLiteral("File name"),
    QStringLiteral("Files of type"),
    QStringLiteral("Detail View"),
    QStringLiteral("List View"),
    QStringLiteral("New Folder"),
    QStringLiteral("Create New Folder"),
    QStringLiteral("Parent Directory"),
    QStringLiteral("Go back"),
    QStringLiteral("Go forward"),
    QStringLiteral("Forward"),
    QStringLiteral("Name"),
    QStringLiteral("Size"),
    QStringLiteral("Type"),
    QStringLiteral("Kind"),
    QStringLiteral("Date Modified"),
    QStringLiteral("Choose"),
    QStringLiteral("Rename"),
    QStringLiteral("Show hidden files"),
    QStringLiteral("Directory"),
    QStringLiteral("Folder"),
    QStringLiteral("Recent Places"),
    QStringLiteral("Computer"),
    QStringLiteral("Sidebar"),
    QStringLiteral("Unknown"),
    QStringLiteral("All Files"),
    QStringLiteral("All files"),
    // the calendar
    QStringLiteral("January"),
    QStringLiteral("February"),
    QStringLiteral("March"),
    QStringLiteral("April"),
    QStringLiteral("May"),
    QStringLiteral("June"),
    QStringLiteral("July"),
    QStringLiteral("August"),
    QStringLiteral("September"),
    QStringLiteral("October"),
    QStringLiteral("November"),
    QStringLiteral("December"),
    QStringLiteral("Monday"),
    QStringLiteral("Tuesday"),
    QStringLiteral("Wednesday"),
    QStringLiteral("Thursday"),
    QStringLiteral("Friday"),
    QStringLiteral("Saturday"),
    QStringLiteral("Sunday"),
    QStringLiteral("Mon"),
    QStringLiteral("Tue"),
    QStringLiteral("Wed"), /* "Thu" is Vietnamese too */
    QStringLiteral("Fri"),
    QStringLiteral("Sat"),
    QStringLiteral("Sun"),
};

// Vietnamese as the program installs it (installTranslations), taken away again afterwards so the tests
// after this one run as before.
class Vietnamese
{
public:
    explicit Vietnamese(bool withQtStrings = true)
        : m_locale(QLocale())
    {
        QCoreApplication* app = QCoreApplication::instance();
        const QList<QTranslator*> before = app->findChildren<QTranslator*>(Qt::FindDirectChildrenOnly);
        installTranslations(*app, QStringLiteral("vi"));
        for (QTranslator* t : app->findChildren<QTranslator*>(Qt::FindDirectChildrenOnly))
            if (!before.contains(t))
                m_installed << t;
        REQUIRE(m_installed.size() == 2);
        REQUIRE(installedLanguage() == QLatin1String("vi"));
        if (!withQtStrings) // the control: only the program's own translation, as before qt_vi.ts
            for (QTranslator* t : m_installed)
                if (t->filePath().endsWith(QLatin1String("qt_vi.qm")))
                    QCoreApplication::removeTranslator(t);
    }
    ~Vietnamese()
    {
        for (QTranslator* t : m_installed) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
        installTranslations(*QCoreApplication::instance(), QStringLiteral("en")); // installs nothing
        QLocale::setDefault(m_locale);
    }
    Vietnamese(const Vietnamese&) = delete;
    Vietnamese& operator=(const Vietnamese&) = delete;

private:
    QLocale m_locale;
    QList<QTranslator*> m_installed;
};

void addText(QStringList& texts, const QString& text)
{
    if (!text.trimmed().isEmpty())
        texts << text;
}

void addActions(QStringList& texts, const QList<QAction*>& actions)
{
    for (QAction* a : actions) {
        addText(texts, a->text());
        addText(texts, a->toolTip());
        if (QMenu* menu = a->menu()) {
            addText(texts, menu->title());
            addActions(texts, menu->actions());
        }
    }
}

// Everything a user can read in widget and its children.
QStringList visibleTexts(QWidget* top)
{
    QStringList texts;
    addText(texts, top->windowTitle());
    QList<QWidget*> widgets = top->findChildren<QWidget*>();
    widgets.prepend(top);
    for (QWidget* w : widgets) {
        addText(texts, w->toolTip());
        addActions(texts, w->actions());
        if (auto* b = qobject_cast<QAbstractButton*>(w))
            addText(texts, b->text());
        if (auto* l = qobject_cast<QLabel*>(w))
            addText(texts, l->text());
        if (auto* g = qobject_cast<QGroupBox*>(w))
            addText(texts, g->title());
        if (auto* m = qobject_cast<QMenu*>(w))
            addText(texts, m->title());
        if (auto* t = qobject_cast<QTabWidget*>(w))
            for (int i = 0; i < t->count(); ++i)
                addText(texts, t->tabText(i));
        if (auto* v = qobject_cast<QAbstractItemView*>(w); v && v->model())
            for (int c = 0; c < v->model()->columnCount(); ++c)
                addText(texts, v->model()->headerData(c, Qt::Horizontal).toString());
    }
    addActions(texts, top->findChildren<QAction*>());
    return texts;
}

// The English words of kEnglish that texts hold, each with the text it was found in.
QStringList englishIn(const QStringList& texts)
{
    QStringList found;
    for (const QString& raw : texts) {
        QString text = raw;
        text.remove(QRegularExpression(QStringLiteral("&(?=[^&\\s])")));
        for (const QString& word : kEnglish) {
            const QRegularExpression re(
                QStringLiteral("(?<!\\w)%1(?!\\w)").arg(QRegularExpression::escape(word)),
                QRegularExpression::UseUnicodePropertiesOption);
            if (re.match(text).hasMatch())
                found << QStringLiteral("\"%1\" in \"%2\"").arg(word, raw);
        }
    }
    return found;
}

// Checks what is seen: some text, and no English word.
void checkVietnamese(const QString& what, const QStringList& texts)
{
    INFO(what.toStdString() << ": " << texts.join(QStringLiteral(" | ")).toStdString());
    if (qEnvironmentVariableIsSet("SANGKIEN_SHOW_TEXTS")) // to read what a dialog shows
        qInfo().noquote() << what << ":" << texts.join(QStringLiteral(" | "));
    CHECK_FALSE(texts.isEmpty());
    const QStringList english = englishIn(texts);
    INFO("English: " << english.join(QStringLiteral("; ")).toStdString());
    CHECK(english.isEmpty());
}

// Watches for the next modal dialog other than those already open, hands it to inspect, then closes it
// (Esc's button of a message box, reject() otherwise). Nothing throws inside the event loop: inspect only
// records.
class NextModal
{
public:
    explicit NextModal(std::function<void(QWidget*)> inspect)
        : m_inspect(std::move(inspect))
        , m_before(QApplication::activeModalWidget())
    {
        m_timer.setInterval(20);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            QWidget* modal = QApplication::activeModalWidget();
            if (!modal || modal == m_before || !modal->isVisible())
                return;
            m_timer.stop();
            m_seen = true;
            m_inspect(modal);
            if (auto* box = qobject_cast<QMessageBox*>(modal)) {
                QAbstractButton* button = box->escapeButton() ? box->escapeButton() : box->buttons().value(0);
                if (button)
                    button->click();
                else
                    box->reject();
            } else if (auto* dialog = qobject_cast<QDialog*>(modal)) {
                dialog->reject();
            } else {
                modal->close();
            }
        });
        m_timer.start();
    }
    bool seen() const { return m_seen; }

private:
    std::function<void(QWidget*)> m_inspect;
    QWidget* m_before;
    QTimer m_timer;
    bool m_seen = false;
};

// The real dialogs, as the window asks (the tests' scripted prompts answer everything else).
QtPrompts& realPrompts()
{
    static QtPrompts real;
    return real;
}

} // namespace

TEST_CASE("Under Vietnamese the message boxes' buttons are Vietnamese", "[ui][i18n]")
{
    Vietnamese vi;
    QWidget parent;
    parent.show();

    QStringList texts;
    {
        NextModal watch([&](QWidget* w) { texts = visibleTexts(w); });
        realPrompts().information(&parent, QStringLiteral("Thông báo"), QStringLiteral("Đã lưu."));
        REQUIRE(watch.seen());
    }
    checkVietnamese(QStringLiteral("information"), texts);
    CHECK(texts.contains(QStringLiteral("Đồng ý")));

    QStringList buttons;
    {
        NextModal watch([&](QWidget* w) {
            texts = visibleTexts(w);
            for (QAbstractButton* b : qobject_cast<QMessageBox*>(w)->buttons())
                buttons << b->text();
        });
        CHECK_FALSE(realPrompts().question(&parent, QStringLiteral("Xóa hồ sơ"), QStringLiteral("Xóa?")));
        REQUIRE(watch.seen());
    }
    checkVietnamese(QStringLiteral("question"), texts);
    CHECK(buttons.size() == 2);

    buttons.clear();
    {
        NextModal watch([&](QWidget* w) {
            texts = visibleTexts(w);
            for (QAbstractButton* b : qobject_cast<QMessageBox*>(w)->buttons())
                buttons << b->text();
        });
        CHECK(realPrompts().unsavedChanges(&parent, QStringLiteral("Hồ sơ"), QStringLiteral("Lưu?")) ==
              Prompts::Unsaved::Cancel);
        REQUIRE(watch.seen());
    }
    checkVietnamese(QStringLiteral("unsaved changes"), texts);
    CHECK(buttons.size() == 3);

    // Qt's standard buttons themselves (QPlatformTheme's texts in Qt 6), Show Details included.
    QMessageBox box(QMessageBox::Question, QStringLiteral("Câu hỏi"), QStringLiteral("Tiếp tục?"),
                    QMessageBox::Yes | QMessageBox::No | QMessageBox::Save | QMessageBox::Discard |
                        QMessageBox::Cancel | QMessageBox::Ok | QMessageBox::Close | QMessageBox::Apply |
                        QMessageBox::Reset | QMessageBox::RestoreDefaults | QMessageBox::Help |
                        QMessageBox::Abort | QMessageBox::Retry | QMessageBox::Ignore | QMessageBox::Open |
                        QMessageBox::SaveAll | QMessageBox::YesToAll | QMessageBox::NoToAll,
                    &parent);
    box.setDetailedText(QStringLiteral("Chi tiết"));
    box.show();
    checkVietnamese(QStringLiteral("standard buttons"), visibleTexts(&box));
    CHECK(box.button(QMessageBox::Save)->text() == QStringLiteral("Lưu"));
    CHECK(box.button(QMessageBox::Discard)->text() == QStringLiteral("Không lưu"));
    CHECK(box.button(QMessageBox::Cancel)->text() == QStringLiteral("Hủy"));
    box.reject();
}

TEST_CASE("Under Vietnamese the button boxes and the program's dialogs on them are Vietnamese", "[ui][i18n]")
{
    Vietnamese vi;
    QWidget parent;
    parent.show();

    // OK / Cancel of a text input (QInputDialog).
    QStringList texts;
    {
        NextModal watch([&](QWidget* w) { texts = visibleTexts(w); });
        CHECK_FALSE(realPrompts().text(&parent, QStringLiteral("Lưu bộ lọc"), QStringLiteral("Tên:"), {}));
        REQUIRE(watch.seen());
    }
    checkVietnamese(QStringLiteral("text input"), texts);
    CHECK(texts.contains(QStringLiteral("Đồng ý")));
    CHECK(texts.contains(QStringLiteral("Hủy")));

    // Every standard button of a button box.
    QDialog dialog(&parent);
    auto* box = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Save | QDialogButtonBox::Discard |
            QDialogButtonBox::Close | QDialogButtonBox::Apply | QDialogButtonBox::Reset |
            QDialogButtonBox::RestoreDefaults | QDialogButtonBox::Help | QDialogButtonBox::Yes |
            QDialogButtonBox::No | QDialogButtonBox::Open,
        &dialog);
    (void)box;
    checkVietnamese(QStringLiteral("button box"), visibleTexts(&dialog));

    // The decision's details: "Tiếp tục" beside "Hủy", no longer "Cancel".
    DecisionDetailsDialog details(DocumentKind::DirectorDecision, QStringLiteral("QĐ-SKHCN"), &parent);
    checkVietnamese(QStringLiteral("decision details"), visibleTexts(&details));
}

TEST_CASE("Under Vietnamese the import wizard's Back, Next, Finish and Cancel are Vietnamese", "[ui][i18n]")
{
    TempCampaign campaign;
    Vietnamese vi;
    ImportWizard wizard(contextFor(campaign.db()));
    wizard.show();
    REQUIRE(QTest::qWaitForWindowExposed(&wizard));
    const QStringList texts = visibleTexts(&wizard);
    checkVietnamese(QStringLiteral("import wizard"), texts);
    for (QWizard::WizardButton which :
         {QWizard::BackButton, QWizard::NextButton, QWizard::FinishButton, QWizard::CancelButton}) {
        INFO(int(which));
        CHECK(englishIn({wizard.button(which)->text()}).isEmpty());
        CHECK_FALSE(wizard.button(which)->text().isEmpty());
    }
    wizard.reject();
}

TEST_CASE("Under Vietnamese the file dialogs are Qt's own (not native) and Vietnamese", "[ui][i18n]")
{
    QTemporaryDir dir;
    {
        QFile f(dir.filePath(QStringLiteral("2024.sangkien")));
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("x");
    }
    Vietnamese vi;
    QWidget parent;
    parent.show();

    bool nonNative = false;
    QStringList texts;
    auto inspect = [&](QWidget* w) {
        auto* dialog = qobject_cast<QFileDialog*>(w);
        if (!dialog)
            return;
        nonNative = dialog->testOption(QFileDialog::DontUseNativeDialog);
        dialog->setViewMode(QFileDialog::Detail); // the columns' headers: name, size, type, date
        texts = visibleTexts(w);
    };
    {
        NextModal watch(inspect);
        CHECK(realPrompts()
                  .openFile(&parent, QStringLiteral("Mở phong trào"), dir.path(),
                            QStringLiteral("Tệp phong trào (*.sangkien)"))
                  .isEmpty());
        REQUIRE(watch.seen());
    }
    CHECK(nonNative);
    checkVietnamese(QStringLiteral("open file"), texts);

    nonNative = false;
    {
        NextModal watch(inspect);
        CHECK(realPrompts()
                  .saveFile(&parent, QStringLiteral("Lưu biên bản"), dir.filePath(QStringLiteral("bb.pdf")),
                            QStringLiteral("PDF (*.pdf)"), true)
                  .isEmpty());
        REQUIRE(watch.seen());
    }
    CHECK(nonNative);
    checkVietnamese(QStringLiteral("save file"), texts);

    nonNative = false;
    {
        NextModal watch(inspect);
        CHECK(realPrompts().openFolder(&parent, QStringLiteral("Thư mục phong trào"), dir.path()).isEmpty());
        REQUIRE(watch.seen());
    }
    CHECK(nonNative);
    checkVietnamese(QStringLiteral("choose folder"), texts);
}

TEST_CASE("Under Vietnamese the print preview, its page setup and the print dialog are Vietnamese",
          "[ui][i18n][print]")
{
    Vietnamese vi;
    DocumentPreview preview(QPageLayout::Portrait, [](QPrinter* printer) {
        QPainter painter(printer);
        painter.drawText(100, 100, QStringLiteral("Quyết định"));
    });
    preview.show();
    REQUIRE(QTest::qWaitForWindowExposed(&preview));
    checkVietnamese(QStringLiteral("print preview"), visibleTexts(&preview));

    // Its page setup (QPageSetupDialog) and print (QPrintDialog) buttons open Qt's dialogs.
    for (const QString& which : {QStringLiteral("Thiết lập trang"), QStringLiteral("In")}) {
        QAction* action = nullptr;
        for (QAction* a : preview.findChildren<QAction*>())
            if (a->text().remove(QLatin1Char('&')) == which)
                action = a;
        INFO(which.toStdString());
        REQUIRE(action);
        QStringList texts;
        NextModal watch([&](QWidget* w) { texts = visibleTexts(w); });
        action->trigger();
        REQUIRE(QTest::qWaitFor([&] { return watch.seen(); }));
        checkVietnamese(which, texts);
    }
    preview.reject();
}

TEST_CASE("Under Vietnamese the context menus of line and text edits, spin boxes and undo are Vietnamese",
          "[ui][i18n]")
{
    Vietnamese vi;
    QLineEdit line(QStringLiteral("Nguyễn Văn An"));
    std::unique_ptr<QMenu> lineMenu(line.createStandardContextMenu());
    QStringList texts;
    addActions(texts, lineMenu->actions());
    checkVietnamese(QStringLiteral("line edit menu"), texts);

    QTextEdit text(QStringLiteral("Ghi chú"));
    std::unique_ptr<QMenu> textMenu(text.createStandardContextMenu());
    texts.clear();
    addActions(texts, textMenu->actions());
    checkVietnamese(QStringLiteral("text edit menu"), texts);

    QPlainTextEdit plain(QStringLiteral("Ghi chú"));
    std::unique_ptr<QMenu> plainMenu(plain.createStandardContextMenu());
    texts.clear();
    addActions(texts, plainMenu->actions());
    checkVietnamese(QStringLiteral("plain text edit menu"), texts);

    QUndoStack stack;
    std::unique_ptr<QAction> undo(stack.createUndoAction(nullptr));
    std::unique_ptr<QAction> redo(stack.createRedoAction(nullptr));
    QUndoView view(&stack);
    texts.clear();
    addActions(texts, {undo.get(), redo.get()});
    addText(texts, view.model()->data(view.model()->index(0, 0)).toString());
    checkVietnamese(QStringLiteral("undo"), texts);
}

TEST_CASE("Under Vietnamese the date fields' calendar shows Vietnamese months and days", "[ui][i18n]")
{
    Vietnamese vi;
    DateField field;
    field.show();
    REQUIRE(QTest::qWaitForWindowExposed(&field));
    field.setDate(QDate(2024, 3, 2));
    field.showCalendar();
    auto* calendar = child<QCalendarWidget>(field, "calendar");
    QStringList texts = visibleTexts(calendar);
    // The day names heading the month: the first row of the calendar's own view.
    for (auto* view : calendar->findChildren<QAbstractItemView*>())
        for (int c = 0; c < view->model()->columnCount(); ++c)
            addText(texts, view->model()->data(view->model()->index(0, c)).toString());
    checkVietnamese(QStringLiteral("calendar"), texts);
    calendar->close();
}

TEST_CASE("Under Vietnamese the main window's menus and actions are Vietnamese", "[ui][i18n]")
{
    UiCampaign c;
    Vietnamese vi;
    UiWindow w(c.campaign.path());
    checkVietnamese(QStringLiteral("main window"), visibleTexts(w.get()));
}

TEST_CASE("Under Vietnamese the About box, the statistics and the report texts are Vietnamese", "[ui][i18n]")
{
    UiCampaign c;
    Vietnamese vi;
    UiWindow w(c.campaign.path());

    // Help › About as the window shows it: the window's text in a real message box.
    prompts().reset();
    child<QAction>(w, "aboutAction")->trigger();
    REQUIRE(prompts().messages().size() == 1);
    const ScriptedPrompts::Message about = prompts().messages().first();
    CHECK(about.text.contains(QDir::toNativeSeparators(c.campaign.path())));
    QWidget parent;
    parent.show();
    QStringList texts;
    {
        NextModal watch([&](QWidget* box) { texts = visibleTexts(box); });
        realPrompts().information(&parent, about.title, about.text);
        REQUIRE(watch.seen());
    }
    checkVietnamese(QStringLiteral("about"), texts);

    // Campaign › Statistics and Campaign › Report Texts.
    Database* db = w->database();
    REQUIRE(db);
    QTemporaryDir settingsDir;
    AppSettings settings(settingsDir.filePath(QStringLiteral("s.ini")));
    settings.setCampaignFolder(c.campaign.dir());
    StatisticsDashboard dashboard(*db, prompts(), settings);
    checkVietnamese(QStringLiteral("statistics"), visibleTexts(&dashboard));
    const CampaignContext context = contextFor(*db);
    ReportTextDialog reportTexts(context, ReportKind::Final);
    checkVietnamese(QStringLiteral("report texts"), visibleTexts(&reportTexts));
    ReportDetailsDialog details(ReportKind::Interim);
    details.show();
    checkVietnamese(QStringLiteral("report details"), visibleTexts(&details));
}

TEST_CASE("Without qt_vi.ts the same check finds Qt's English (the check sees what it should)", "[ui][i18n]")
{
    Vietnamese onlyOurs(false);
    QMessageBox box(QMessageBox::Question, QStringLiteral("Câu hỏi"), QStringLiteral("Tiếp tục?"),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    box.show();
    const QStringList english = englishIn(visibleTexts(&box));
    CHECK(english.size() >= 3);
    box.reject();
    QLineEdit line;
    std::unique_ptr<QMenu> menu(line.createStandardContextMenu());
    QStringList texts;
    addActions(texts, menu->actions());
    CHECK_FALSE(englishIn(texts).isEmpty());
}

// Not run by default: pictures for the README of Qt's dialogs in Vietnamese (the file dialog, a message box,
// the import wizard's first page), written where SANGKIEN_SCREENSHOT_DIR says (run alone, under xvfb-run
// with QT_QPA_PLATFORM=xcb).
TEST_CASE("Screenshots of Qt's dialogs in Vietnamese", "[.screenshot]")
{
    ScreenshotSession shots;
    QTemporaryDir temp;
    const QDir dir(temp.filePath(QStringLiteral("Thi đua sáng kiến")));
    REQUIRE(dir.mkpath(QStringLiteral(".")));
    for (const char* name : {"Thi đua 2023.sangkien", "Thi đua 2024.sangkien", "Danh sách Sở Y tế.xlsx"}) {
        QFile f(dir.filePath(QString::fromUtf8(name)));
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(2048, 'x'));
    }
    QWidget parent;
    parent.resize(900, 600);
    parent.show();
    REQUIRE(QTest::qWaitForWindowExposed(&parent));

    auto grabber = [&](const QString& file, QSize size = {}) {
        return [&shots, file, size](QWidget* w) {
            if (size.isValid())
                w->resize(size);
            if (auto* dialog = qobject_cast<QFileDialog*>(w))
                dialog->setViewMode(QFileDialog::Detail);
            QTest::qWait(300);
            for (auto* view : w->findChildren<QTreeView*>())
                view->header()->resizeSections(QHeaderView::ResizeToContents);
            shots.save(*w, file);
        };
    };
    {
        NextModal watch(grabber(QStringLiteral("file-dialog.png"), QSize(820, 480)));
        realPrompts().openFile(&parent, QStringLiteral("Mở phong trào"), dir.absolutePath(),
                               QStringLiteral("Tệp phong trào (*.sangkien);;Mọi tệp (*)"));
        REQUIRE(watch.seen());
    }
    {
        NextModal watch(grabber(QStringLiteral("message-box.png")));
        realPrompts().unsavedChanges(&parent, QStringLiteral("Hồ sơ chưa lưu"),
                                     QStringLiteral("Hồ sơ SK-2024-0007 có thay đổi chưa lưu. Lưu trước khi "
                                                    "đóng?"));
        REQUIRE(watch.seen());
    }
    {
        // Help › About, with the window's own text, as the installed program shows it: its names and
        // version, a campaign in the user's Documents.
        const QString app = QCoreApplication::applicationName();
        const QString org = QCoreApplication::organizationName();
        QCoreApplication::setApplicationName(QStringLiteral("sangkien"));
        QCoreApplication::setOrganizationName(QStringLiteral("SoKHCN-HungYen"));
        QCoreApplication::setApplicationVersion(QStringLiteral(SANGKIEN_VERSION));
        UiCampaign c;
        const QDir documents(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                             QStringLiteral("/Thi đua sáng kiến"));
        REQUIRE(documents.mkpath(QStringLiteral(".")));
        const QString path = documents.filePath(QStringLiteral("Thi đua 2024.sangkien"));
        QFile::remove(path);
        REQUIRE(QFile::copy(c.campaign.path(), path));
        {
            UiWindow w(path);
            prompts().reset();
            child<QAction>(w, "aboutAction")->trigger();
            REQUIRE(prompts().messages().size() == 1);
            NextModal watch(grabber(QStringLiteral("about.png")));
            realPrompts().information(&parent, prompts().messages().first().title,
                                      prompts().messages().first().text);
            REQUIRE(watch.seen());
            prompts().reset();
        }
        QDir(documents).removeRecursively();
        QCoreApplication::setApplicationName(app);
        QCoreApplication::setOrganizationName(org);
    }
    TempCampaign campaign;
    ImportWizard wizard(contextFor(campaign.db()));
    wizard.resize(820, 560);
    wizard.show();
    REQUIRE(QTest::qWaitForWindowExposed(&wizard));
    QTest::qWait(300);
    shots.save(wizard, QStringLiteral("import-wizard.png"));
    wizard.reject();
}
