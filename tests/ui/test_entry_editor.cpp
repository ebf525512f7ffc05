// The entry editor and the entry commands, driven from the keyboard on an offscreen window: creating an
// entry with co-authors, the shares rule, duplicates, refused status changes, undo and redo, the audit.
#include "co_authors_editor.h"
#include "date_field.h"
#include "entries_view.h"
#include "entry_editor_dialog.h"
#include "history_panel.h"
#include "models/entries_filter_model.h"
#include "models/entries_model.h"
#include "status_change_dialog.h"
#include "storage/audit_log.h"
#include "storage/document_repository.h"
#include "ui_test_helpers.h"

#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>
#include <csignal>
#include <functional>
#include <sys/resource.h>

using namespace sangkien;
using namespace sangkien::testing;

namespace {

int auditRows(MainWindow* w)
{
    return AuditLog(*w->database()).count();
}

Entry load(MainWindow* w, qint64 id)
{
    auto e = EntryRepository(*w->database()).load(id);
    REQUIRE(e);
    return *e;
}

qint64 idOfTitle(MainWindow* w, const QString& title)
{
    for (const EntrySummary& s : w->entriesModel()->entries())
        if (s.title == title)
            return s.id;
    return 0;
}

// Opens the editor with Ctrl+N (or F2) and waits until the title field has the focus.
EntryEditorDialog* openEditorWith(MainWindow* w, Qt::Key key, Qt::KeyboardModifiers mods)
{
    QTest::keyClick(w, key, mods);
    EntryEditorDialog* editor = w->entryEditor();
    REQUIRE(editor);
    REQUIRE(QTest::qWaitForWindowExposed(editor));
    editor->activateWindow();
    REQUIRE(
        QTest::qWaitFor([&] { return focused() == editor->findChild<QLineEdit*>(QStringLiteral("title")); }));
    return editor;
}

void selectRowOf(MainWindow* w, qint64 id)
{
    child<EntriesView>(w, "entriesView")->selectEntry(id);
    child<QTableView>(w, "entriesTable")->setFocus();
    REQUIRE(QTest::qWaitFor([&] { return focused() == child<QTableView>(w, "entriesTable"); }));
    REQUIRE(child<EntriesView>(w, "entriesView")->currentEntryId() == id);
}

// Opens the entry in the editor from the keyboard and types a new title over the old; not saved yet.
EntryEditorDialog* retypeTitle(MainWindow* w, qint64 id, const QString& title)
{
    selectRowOf(w, id);
    press(Qt::Key_Return);
    EntryEditorDialog* editor = w->entryEditor();
    REQUIRE(editor);
    editor->activateWindow();
    REQUIRE(
        QTest::qWaitFor([&] { return focused() == editor->findChild<QLineEdit*>(QStringLiteral("title")); }));
    press(Qt::Key_A, Qt::ControlModifier);
    type(title);
    return editor;
}

} // namespace

TEST_CASE("An entry with co-authors is created from the keyboard alone", "[ui][editor]")
{
    UiCampaign data;
    UiWindow w(data.campaign.path());
    CHECK(w->minimumSizeHint().width() < 900); // fits a small laptop screen
    const int rowsBefore = w->entriesModel()->rowCount();
    const int auditBefore = auditRows(w.get());

    EntryEditorDialog* editor = openEditorWith(w.get(), Qt::Key_N, Qt::ControlModifier);
    CHECK(editor->isNewEntry());
    CHECK_FALSE(child<QPushButton>(editor, "saveEntry")->isEnabled()); // nothing typed yet

    // The order of the application form.
    type(QStringLiteral("Cải tiến quy trình cấp phép xây dựng"));
    tab();
    CHECK(focused()->objectName() == QStringLiteral("kind")); // the default kind, initiative, stays
    tab();
    type(QStringLiteral("2.b"));
    tab();
    type(QStringLiteral("Rút ngắn thời gian cấp phép từ 15 xuống 7 ngày."));
    tab();
    CHECK(focused()->objectName() == QStringLiteral("firstAppliedOn"));
    // Left unstated here (the dash); dates show as dd/MM/yyyy.
    CHECK(qobject_cast<DateField*>(focused())->displayFormat() == QStringLiteral("dd/MM/yyyy"));
    tab();
    REQUIRE(focused()->objectName() == QStringLiteral("scope"));
    type(QStringLiteral("Toàn tỉnh"));
    tab();
    type(QStringLiteral("1250000000"));
    tab();
    CHECK(editor->findChild<QLineEdit*>(QStringLiteral("economicBenefit"))->text() ==
          QStringLiteral("1.250.000.000 đ"));
    tab(); // nominee kind: individual
    type(QStringLiteral("Trần Thị Thu Hằng"));
    tab();
    press(Qt::Key_Down);
    press(Qt::Key_Down); // female
    tab();
    type(QStringLiteral("1985"));
    tab();
    type(QStringLiteral("Phó Chánh Văn phòng"));
    tab();
    type(QStringLiteral("so khoa hoc va cong nghe")); // accents optional
    tab();
    CHECK(editor->findChild<QLineEdit*>(QStringLiteral("unit"))->text() ==
          QStringLiteral("Sở Khoa học và Công nghệ"));

    // Co-authors: Space on "Add co-author" opens a row; Tab walks it and comes back to the button.
    REQUIRE(focused() == child<QPushButton>(child<CoAuthorsEditor>(editor, "coAuthors"), "addCoAuthor"));
    press(Qt::Key_Space);
    type(QStringLiteral("Trần Thị Thu Hằng"));
    tab();
    type(QStringLiteral("Phó Chánh Văn phòng"));
    tab();
    type(QStringLiteral("so khoa hoc va cong nghe"));
    tab();
    type(QStringLiteral("60"));
    tab();
    REQUIRE(focused() == child<QPushButton>(child<CoAuthorsEditor>(editor, "coAuthors"), "addCoAuthor"));
    press(Qt::Key_Space);
    type(QStringLiteral("Nguyễn Văn Đức"));
    tab(2);
    type(QStringLiteral("van phong ubnd tinh"));
    tab();
    type(QStringLiteral("40"));
    tab();
    REQUIRE(focused() == child<QPushButton>(child<CoAuthorsEditor>(editor, "coAuthors"), "addCoAuthor"));
    INFO(editor->statusLine().toStdString());
    REQUIRE(editor->problems().isEmpty());
    REQUIRE(child<QPushButton>(editor, "saveEntry")->isEnabled());
    press(Qt::Key_Return);

    REQUIRE(QTest::qWaitFor([&] { return !w->entryEditor(); }));
    backToWindow(w.get());
    REQUIRE(w->entriesModel()->rowCount() == rowsBefore + 1);
    const qint64 id = idOfTitle(w.get(), QStringLiteral("Cải tiến quy trình cấp phép xây dựng"));
    REQUIRE(id);
    const Entry e = load(w.get(), id);
    CHECK(e.kind == EntryKind::Initiative);
    CHECK(e.receivedOn == QDate::currentDate());
    CHECK_FALSE(e.firstAppliedOn.isValid());
    CHECK(e.scope == QStringLiteral("Toàn tỉnh"));
    CHECK(e.economicBenefit == 1250000000);
    CHECK(e.nominee.gender == Gender::Female);
    CHECK(e.nominee.birthYear == 1985);
    CHECK(e.nominee.unitId == unitIdNamed(*w->database(), QStringLiteral("Sở Khoa học và Công nghệ")));
    REQUIRE(e.authors.size() == 2);
    CHECK(e.authors[0].sharePercent == 60);
    CHECK(e.authors[1].fullName == QStringLiteral("Nguyễn Văn Đức"));
    CHECK(e.authors[1].unitId == unitIdNamed(*w->database(), QStringLiteral("Văn phòng UBND tỉnh")));
    CHECK(auditRows(w.get()) == auditBefore + 1);
    CHECK(w->undoStack()->count() == 1);
    CHECK(child<EntriesView>(w, "entriesView")->currentEntryId() == id);

    // Undo of a creation removes it; redo brings the same entry back, code and all.
    QTest::keyClick(w.get(), Qt::Key_Z, Qt::ControlModifier);
    CHECK(w->entriesModel()->rowCount() == rowsBefore);
    QTest::keyClick(w.get(), Qt::Key_Y, Qt::ControlModifier);
    CHECK(w->entriesModel()->rowCount() == rowsBefore + 1);
    CHECK(load(w.get(), id).code == e.code);
    CHECK(auditRows(w.get()) == auditBefore + 3);
}

TEST_CASE("Shares that do not add up to 100% keep Save disabled and say why", "[ui][editor]")
{
    UiCampaign data;
    UiWindow w(data.campaign.path());
    EntryEditorDialog* editor = openEditorWith(w.get(), Qt::Key_N, Qt::ControlModifier);
    type(QStringLiteral("Phần mềm quản lý hồ sơ sáng kiến"));
    tab(2);
    type(QStringLiteral("2.d"));
    typeInto(editor->findChild<QLineEdit*>(QStringLiteral("nomineeName")), QStringLiteral("Lê Văn Hùng"));
    typeInto(editor->findChild<QLineEdit*>(QStringLiteral("unit")), QStringLiteral("so y te"));
    CHECK(editor->problems().isEmpty());
    CHECK(child<QPushButton>(editor, "saveEntry")->isEnabled());

    child<QPushButton>(child<CoAuthorsEditor>(editor, "coAuthors"), "addCoAuthor")->setFocus();
    press(Qt::Key_Space);
    type(QStringLiteral("Lê Văn Hùng"));
    tab(3);
    type(QStringLiteral("70"));
    tab();
    press(Qt::Key_Space);
    type(QStringLiteral("Phạm Thị Lan"));
    tab(3);
    type(QStringLiteral("20"));
    tab();

    CHECK_FALSE(child<QPushButton>(editor, "saveEntry")->isEnabled());
    const QString message = editor->messageFor(QStringLiteral("authors"));
    INFO(message.toStdString());
    CHECK(message.contains(QStringLiteral("90")));
    CHECK(message.contains(QStringLiteral("100")));
    CHECK_FALSE(editor->statusLine().isEmpty());
    // Pressing Enter does not save an invalid entry.
    const int rows = w->entriesModel()->rowCount();
    editor->accept();
    CHECK(editor->isVisible());
    CHECK(w->entriesModel()->rowCount() == rows);

    // Fixing the share to 30 makes it right.
    child<CoAuthorsEditor>(editor, "coAuthors")->findChildren<QDoubleSpinBox*>().last()->setFocus();
    press(Qt::Key_A, Qt::ControlModifier);
    type(QStringLiteral("30"));
    CHECK(editor->messageFor(QStringLiteral("authors")).isEmpty());
    CHECK(child<QPushButton>(editor, "saveEntry")->isEnabled());
    prompts().answerDiscard();
    editor->reject();
}

TEST_CASE("Each field says what is wrong as it is typed", "[ui][editor]")
{
    UiCampaign data;
    UiWindow w(data.campaign.path());
    EntryEditorDialog* editor = openEditorWith(w.get(), Qt::Key_N, Qt::ControlModifier);
    type(QStringLiteral("AI"));
    CHECK_FALSE(editor->messageFor(QStringLiteral("title")).isEmpty());
    type(QStringLiteral(" cho bộ phận một cửa"));
    CHECK(editor->messageFor(QStringLiteral("title")).isEmpty());
    auto* name = editor->findChild<QLineEdit*>(QStringLiteral("nomineeName"));
    typeInto(name, QStringLiteral("Hùng"));
    CHECK(editor->messageFor(QStringLiteral("nominee.name")).contains(QStringLiteral("full name")));
    auto* unit = editor->findChild<QLineEdit*>(QStringLiteral("unit"));
    typeInto(unit, QStringLiteral("khong co don vi nay"));
    CHECK_FALSE(editor->messageFor(QStringLiteral("nominee.unit")).isEmpty());
    auto* money = editor->findChild<QLineEdit*>(QStringLiteral("economicBenefit"));
    typeInto(money, QStringLiteral("1.250.000"));
    CHECK(money->text() == QStringLiteral("1.250.000"));
    typeInto(money, QStringLiteral("x"));
    CHECK_FALSE(editor->messageFor(QStringLiteral("economicBenefit")).isEmpty());
    CHECK_FALSE(child<QPushButton>(editor, "saveEntry")->isEnabled());
    prompts().answerDiscard(); // leaving asks, as anything was typed
    editor->reject();
}

TEST_CASE("A possible duplicate is shown before saving", "[ui][editor]")
{
    UiCampaign data;
    UiWindow w(data.campaign.path());
    EntryEditorDialog* editor = openEditorWith(w.get(), Qt::Key_N, Qt::ControlModifier);
    type(QStringLiteral("ung dung ai trong mot cua"));
    typeInto(editor->findChild<QLineEdit*>(QStringLiteral("nomineeName")), QStringLiteral("nguyen van an"));
    auto* warning = editor->findChild<QLabel*>(QStringLiteral("duplicateWarning"));
    REQUIRE(warning);
    REQUIRE(QTest::qWaitFor([&] { return warning->isVisible(); })); // after the pause in typing
    REQUIRE(editor->duplicates().size() == 1);
    CHECK(warning->text().contains(QStringLiteral("Ứng dụng AI trong một cửa")));
    CHECK(warning->text().contains(editor->duplicates().first().code));
    prompts().answerDiscard();
    editor->reject();
}

TEST_CASE("A refused status change says why and changes nothing", "[ui][status]")
{
    UiCampaign data;
    UiWindow w(data.campaign.path());
    const qint64 id = idOfTitle(w.get(), QStringLiteral("Giống lúa chịu hạn vùng bãi"));
    selectRowOf(w.get(), id);
    const int audit = auditRows(w.get());

    StatusChangeDialog dialog({load(w.get(), id)});
    dialog.setTarget(EntryStatus::Awarded);
    CHECK_FALSE(dialog.canConfirm());
    CHECK_FALSE(dialog.refusal().isEmpty());
    dialog.setTarget(EntryStatus::Returned);
    CHECK_FALSE(dialog.canConfirm()); // a reason is needed
    dialog.setTarget(EntryStatus::Complete);
    CHECK(dialog.canConfirm());

    CHECK_FALSE(w->changeStatus({id}, EntryStatus::Awarded));
    CHECK(w->lastError().contains(load(w.get(), id).code));
    CHECK(load(w.get(), id).status == EntryStatus::Received);
    CHECK(auditRows(w.get()) == audit);
    CHECK(w->undoStack()->count() == 0);

    // An allowed change is stamped; its undo is refused when the workflow has no way back.
    REQUIRE(w->changeStatus({id}, EntryStatus::Complete));
    CHECK(load(w.get(), id).status == EntryStatus::Complete);
    CHECK(auditRows(w.get()) == audit + 1);
    QTest::keyClick(w.get(), Qt::Key_Z, Qt::ControlModifier);
    CHECK(load(w.get(), id).status == EntryStatus::Complete);
    CHECK(w->lastError().contains(QStringLiteral("undo")));
    CHECK(w->undoStack()->count() == 0);
    CHECK(auditRows(w.get()) == audit + 1);

    // Complete → returned can be undone: returned → complete is not allowed either, but returned →
    // received is; bulk changes go all or none.
    const qint64 other = idOfTitle(w.get(), QStringLiteral("Chữ ký số trong văn bản điều hành"));
    CHECK_FALSE(w->changeStatus({other, id}, EntryStatus::UnderReview)); // other is only received
    CHECK(load(w.get(), id).status == EntryStatus::Complete);
    REQUIRE(w->changeStatus({other}, EntryStatus::Returned, QStringLiteral("Thiếu giấy xác nhận áp dụng")));
    CHECK(load(w.get(), other).returnReason == QStringLiteral("Thiếu giấy xác nhận áp dụng"));
    w->undoStack()->undo();
    CHECK(load(w.get(), other).status == EntryStatus::Received);
}

TEST_CASE("An edit and a delete are undone and redone from the keyboard", "[ui][undo]")
{
    UiCampaign data;
    UiWindow w(data.campaign.path());
    const qint64 id = idOfTitle(w.get(), QStringLiteral("Ứng dụng AI trong một cửa"));
    const Entry original = load(w.get(), id);
    selectRowOf(w.get(), id);
    const int audit = auditRows(w.get());

    // Enter opens the selected entry; the title is retyped and saved with Enter.
    EntryEditorDialog* editor =
        retypeTitle(w.get(), id, QStringLiteral("Ứng dụng trí tuệ nhân tạo tại bộ phận một cửa"));
    CHECK_FALSE(editor->isNewEntry());
    press(Qt::Key_Return);
    REQUIRE(QTest::qWaitFor([&] { return !w->entryEditor(); }));
    backToWindow(w.get());
    CHECK(load(w.get(), id).title == QStringLiteral("Ứng dụng trí tuệ nhân tạo tại bộ phận một cửa"));
    CHECK(auditRows(w.get()) == audit + 1);
    CHECK(child<HistoryPanel>(w, "historyPanel")->recordCount() >= 1);

    INFO("focus: " << (focused() ? focused()->metaObject()->className() : "none") << " active: "
                   << (QApplication::activeWindow() ? QApplication::activeWindow()->objectName().toStdString()
                                                    : "none"));
    QTest::keyClick(w.get(), Qt::Key_Z, Qt::ControlModifier);
    CHECK(load(w.get(), id).title == original.title);
    QTest::keyClick(w.get(), Qt::Key_Y, Qt::ControlModifier);
    CHECK(load(w.get(), id).title == QStringLiteral("Ứng dụng trí tuệ nhân tạo tại bộ phận một cửa"));
    QTest::keyClick(w.get(), Qt::Key_Z, Qt::ControlModifier);
    QTest::keyClick(w.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(load(w.get(), id).title == QStringLiteral("Ứng dụng trí tuệ nhân tạo tại bộ phận một cửa"));
    CHECK(auditRows(w.get()) == audit + 5);

    // Delete from the table (after saying yes), then back with Ctrl+Z.
    const int rows = w->entriesModel()->rowCount();
    selectRowOf(w.get(), id);
    prompts().answerYes();
    press(Qt::Key_Delete);
    CHECK(w->entriesModel()->rowCount() == rows - 1);
    CHECK_FALSE(EntryRepository(*w->database()).load(id));
    CHECK(auditRows(w.get()) == audit + 6);
    QTest::keyClick(w.get(), Qt::Key_Z, Qt::ControlModifier);
    CHECK(w->entriesModel()->rowCount() == rows);
    const Entry back = load(w.get(), id);
    CHECK(back.code == original.code);
    CHECK(back.title == QStringLiteral("Ứng dụng trí tuệ nhân tạo tại bộ phận một cửa"));
    QTest::keyClick(w.get(), Qt::Key_Y, Qt::ControlModifier);
    CHECK(w->entriesModel()->rowCount() == rows - 1);
    CHECK(auditRows(w.get()) == audit + 8);

    // Every row of the trail names who and what.
    auto trail = AuditLog(*w->database()).forRecord(QStringLiteral("entry"), id);
    REQUIRE(trail);
    for (const AuditRecord& r : *trail)
        CHECK(r.user == w->userName());
}

TEST_CASE("Papers and files are saved with the entry and undone with it", "[ui][undo][papers]")
{
    UiCampaign data;
    UiWindow w(data.campaign.path());
    const qint64 id = idOfTitle(w.get(), QStringLiteral("Giống lúa chịu hạn vùng bãi"));
    QTemporaryDir files;
    const auto writeFile = [&](const QString& name, const QByteArray& bytes) {
        QFile f(files.filePath(name));
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return f.fileName();
    };
    const QString report = writeFile(QStringLiteral("Báo cáo mô tả.pdf"), "%PDF-1.4 mô tả");
    const QString proof = writeFile(QStringLiteral("Giấy xác nhận.jpg"), "JPEG xác nhận");
    DocumentRepository documents(*w->database(), w->userName());
    const auto fileNames = [&] {
        QStringList names;
        const auto stored = documents.attachments(id);
        REQUIRE(stored);
        for (const Attachment& a : *stored)
            names << a.fileName;
        return names;
    };
    const QString firstPaper = DocumentRepository::checklistCodes().first();

    // First save: a paper ticked and one file attached. Nothing is written while the editor is open.
    selectRowOf(w.get(), id);
    press(Qt::Key_Return);
    EntryEditorDialog* editor = w->entryEditor();
    REQUIRE(editor);
    auto* checklist = editor->findChild<QListWidget*>(QStringLiteral("checklist"));
    REQUIRE(checklist);
    checklist->item(0)->setCheckState(Qt::Checked);
    editor->attachFiles({report});
    CHECK(fileNames().isEmpty());
    editor->accept();
    REQUIRE(QTest::qWaitFor([&] { return !w->entryEditor(); }));
    backToWindow(w.get());
    CHECK(fileNames() == QStringList{QStringLiteral("Báo cáo mô tả.pdf")});
    CHECK(documents.checklist(id)->value(firstPaper));

    // Second save: the first file removed, another attached; the removal waits for the save too.
    selectRowOf(w.get(), id);
    press(Qt::Key_Return);
    editor = w->entryEditor();
    REQUIRE(editor);
    auto* list = editor->findChild<QListWidget*>(QStringLiteral("attachments"));
    REQUIRE(list);
    REQUIRE(list->count() == 1);
    list->setCurrentRow(0);
    editor->findChild<QPushButton*>(QStringLiteral("removeAttachment"))->click();
    CHECK(list->count() == 0);
    CHECK(fileNames().size() == 1);
    editor->attachFiles({proof});
    editor->accept();
    REQUIRE(QTest::qWaitFor([&] { return !w->entryEditor(); }));
    backToWindow(w.get());
    CHECK(fileNames() == QStringList{QStringLiteral("Giấy xác nhận.jpg")});

    // One Ctrl+Z takes back the second save whole: the removed file comes back with its bytes.
    QTest::keyClick(w.get(), Qt::Key_Z, Qt::ControlModifier);
    CHECK(fileNames() == QStringList{QStringLiteral("Báo cáo mô tả.pdf")});
    const Attachment back = documents.attachments(id)->first();
    CHECK(documents.content(back.id).value() == QByteArray("%PDF-1.4 mô tả"));
    // Another takes back the first: no file, the paper unticked.
    QTest::keyClick(w.get(), Qt::Key_Z, Qt::ControlModifier);
    CHECK(fileNames().isEmpty());
    CHECK_FALSE(documents.checklist(id)->value(firstPaper));
    // Redo both.
    QTest::keyClick(w.get(), Qt::Key_Y, Qt::ControlModifier);
    QTest::keyClick(w.get(), Qt::Key_Y, Qt::ControlModifier);
    CHECK(fileNames() == QStringList{QStringLiteral("Giấy xác nhận.jpg")});
    CHECK(documents.checklist(id)->value(firstPaper));

    // Each step left its trail rows.
    auto trail = AuditLog(*w->database()).forRecord(QStringLiteral("entry_attachment"), back.id);
    REQUIRE(trail);
    CHECK(trail->size() >= 3); // attached, detached, attached again
}

TEST_CASE("A save that fails (a full disk) keeps the editor open with everything typed",
          "[ui][editor][safety]")
{
    UiCampaign data;
    UiWindow w(data.campaign.path());
    const qint64 id = idOfTitle(w.get(), QStringLiteral("Ứng dụng AI trong một cửa"));
    const Entry original = load(w.get(), id);
    const int audit = auditRows(w.get());
    const QString typed = QStringLiteral("Trợ lý ảo trả lời công dân tại bộ phận một cửa");

    QSqlQuery q(w->database()->connection());
    struct rlimit saved
    {
    };
    REQUIRE(::getrlimit(RLIMIT_FSIZE, &saved) == 0);
    std::function<void()> refuseWrites, allowWrites;
    SECTION("SQLite refuses the change (every write to the entry table fails)")
    {
        refuseWrites = [&] {
            REQUIRE(q.exec(QStringLiteral("CREATE TEMP TRIGGER full_disk BEFORE UPDATE ON entry "
                                          "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END")));
        };
        allowWrites = [&] { REQUIRE(q.exec(QStringLiteral("DROP TRIGGER full_disk"))); };
    }
    SECTION("the file system refuses every byte (RLIMIT_FSIZE 0, SIGXFSZ ignored)")
    {
        // Not simulated: as on a full disk or a write-protected stick, SQLite's own write fails.
        refuseWrites = [&] {
            ::signal(SIGXFSZ, SIG_IGN);
            struct rlimit none = saved;
            none.rlim_cur = 0;
            REQUIRE(::setrlimit(RLIMIT_FSIZE, &none) == 0);
        };
        allowWrites = [&] {
            ::setrlimit(RLIMIT_FSIZE, &saved);
            ::signal(SIGXFSZ, SIG_DFL);
        };
    }

    EntryEditorDialog* editor = retypeTitle(w.get(), id, typed);
    refuseWrites();
    press(Qt::Key_Return);
    QTest::qWait(50);
    const bool stillOpen = w->entryEditor() == editor;
    const QString said = stillOpen ? editor->statusLine() : QString();
    allowWrites();

    // Still open, the typing kept, the reason said; the file unchanged.
    INFO(said.toStdString());
    REQUIRE(stillOpen);
    CHECK(editor->entry().title == typed);
    CHECK((said.contains(QStringLiteral("disk is full")) || said.contains(QStringLiteral("disk I/O error"))));
    CHECK(load(w.get(), id).title == original.title);
    CHECK(auditRows(w.get()) == audit);
    CHECK(w->undoStack()->count() == 0);

    // Room again: the same Save goes through on the same connection.
    editor->accept();
    REQUIRE(QTest::qWaitFor([&] { return !w->entryEditor(); }));
    CHECK(load(w.get(), id).title == typed);
    CHECK(auditRows(w.get()) == audit + 1);
}

TEST_CASE("A 40,000-character title pasted into the editor is refused in words, and Save stays off",
          "[ui][editor][limits]")
{
    UiCampaign data;
    UiWindow w(data.campaign.path());
    const int before = auditRows(w.get());
    EntryEditorDialog* editor = openEditorWith(w.get(), Qt::Key_N, Qt::ControlModifier);
    auto* title = editor->findChild<QLineEdit*>(QStringLiteral("title"));
    REQUIRE(title);
    // A paste arrives whole, as one insertion.
    title->setFocus();
    title->insert(QString(40000, QLatin1Char('A')));
    const QString said = editor->messageFor(QStringLiteral("title"));
    INFO(said.toStdString());
    CHECK(said.contains(QStringLiteral("1000")));
    CHECK(said.size() < 300); // the title is not echoed back
    CHECK_FALSE(child<QPushButton>(editor, "saveEntry")->isEnabled());
    QTest::keyClick(editor, Qt::Key_Return);
    CHECK(editor->isVisible());
    CHECK(auditRows(w.get()) == before);
    prompts().answerDiscard();
    editor->reject();
}
