// The council in the office: members added and refused, assignments ticked from the keyboard, conflicts
// lifted with a reason and an audit row, and a paper sheet typed into the score grid from the keyboard
// alone, saved as a draft, refused above the maximum and locked once submitted.
#include "common/translations.h"
#include "council_dialog.h"
#include "demo/demo_generator.h"
#include "main_window.h"
#include "review/conflicts.h"
#include "score_entry_dialog.h"
#include "score_grid_view.h"
#include "storage/audit_log.h"
#include "storage/council_repository.h"
#include "storage/council_roster.h"
#include "storage/rules_repository.h"
#include "storage/score_sheet_repository.h"
#include "storage/user_accounts.h"
#include "temp_campaign.h"
#include "ui_test_helpers.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTest>
#include <catch2/catch.hpp>
#include <cmath>
#include <optional>

using namespace sangkien;
using namespace sangkien::testing;

namespace {

// A demo campaign: 20 entries, 5 members, some entries already scored (submitted sheets).
struct DemoCampaign
{
    TempCampaign campaign;
    explicit DemoCampaign(int entries = 20, int members = 5)
    {
        DemoGenerator::Options options;
        options.entries = entries;
        options.members = members;
        options.seed = 7;
        REQUIRE(DemoGenerator(options).fill(campaign.db()));
    }
    Database& db() { return campaign.db(); }
};

// The first row of the grid that is not submitted and has no points yet.
int firstOpenRow(const ScoreGridModel& model)
{
    for (int row = 0; row < model.rowCount(); ++row)
        if (!model.rows().at(row).locked && model.rows().at(row).points.isEmpty())
            return row;
    return -1;
}

// A member whose grid has an open row.
qint64 memberWithOpenRow(Database& db)
{
    auto roster = CouncilRoster::load(db);
    REQUIRE(roster);
    for (const RosterMember& r : *roster) {
        ScoreGridModel model;
        if (model.loadFromCampaign(db, r.member.id) && firstOpenRow(model) >= 0)
            return r.member.id;
    }
    FAIL("no member has an entry left to score");
    return 0;
}

QString pointsFor(const ReviewCriterion& c, int i)
{
    // Whole points below the maximum, one criterion with a half point typed with a comma.
    const double p = std::floor(c.maxPoints * 0.6) + (i == 1 ? 0.5 : 0);
    return i == 1 ? QString::number(p).replace(QLatin1Char('.'), QLatin1Char(',')) : QString::number(p);
}

QHash<qint64, double> storedPoints(Database& db, qint64 member, qint64 entry, SheetStatus* status = nullptr)
{
    auto sheet = ScoreSheetRepository(db, {}).find(member, entry);
    REQUIRE(sheet);
    REQUIRE(sheet->has_value());
    if (status)
        *status = (*sheet)->status;
    return (*sheet)->points;
}

// Types one key at a time into whatever has the focus: the first digit opens the cell's editor, the
// next ones go to the editor, as on a real keyboard.
void keys(const QString& text)
{
    for (QChar c : text)
        type(QString(c));
}

struct ScoreDialogFixture
{
    DemoCampaign demo;
    qint64 member = 0;
    std::unique_ptr<ScoreEntryDialog> dialog;
    // role: who signed in, as the window hands it to the dialog (nobody while roles are off).
    explicit ScoreDialogFixture(std::optional<UserRole> role = std::nullopt)
    {
        member = memberWithOpenRow(demo.db());
        dialog = std::make_unique<ScoreEntryDialog>(role ? contextSignedIn(demo.db(), *role)
                                                         : contextFor(demo.db(), QStringLiteral("clerk")));
        dialog->show();
        REQUIRE(QTest::qWaitForWindowExposed(dialog.get()));
        dialog->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(dialog.get()));
        REQUIRE(dialog->selectMember(member));
    }
    ScoreGridModel& model() { return *dialog->model(); }
    ScoreGridView* view() { return child<ScoreGridView>(dialog, "scoreEntryGrid"); }
    // Puts the cursor on a cell, the grid focused, as after a click.
    void goTo(int row, int column)
    {
        view()->setFocus();
        view()->setCurrentIndex(model().index(row, column));
        REQUIRE(QTest::qWaitFor([&] { return QApplication::focusWidget() == view(); }));
    }
};

} // namespace

TEST_CASE("A member's sheet typed from the keyboard alone is saved as a draft with the exact points",
          "[ui][council][scores]")
{
    ScoreDialogFixture f;
    ScoreGridModel& model = f.model();
    const int row = firstOpenRow(model);
    REQUIRE(row >= 0);
    const qint64 entry = model.rows().at(row).entryId;
    const QList<ReviewCriterion> criteria = model.criteria();
    REQUIRE(criteria.size() >= 3);
    CHECK(f.dialog->progressText().contains(QStringLiteral(" of ")));

    f.goTo(row, ScoreGridModel::FirstCriterionColumn);
    // Digits start editing; Tab commits and walks to the next criterion, then to the comment.
    for (int i = 0; i < criteria.size(); ++i) {
        keys(pointsFor(criteria.at(i), i));
        press(Qt::Key_Tab);
    }
    REQUIRE(f.view()->currentIndex() == model.index(row, model.commentColumn()));
    keys(QStringLiteral("Cần bổ sung số liệu"));
    press(Qt::Key_Return);
    REQUIRE(QTest::qWaitFor(
        [&] { return model.rows().at(row).comment == QStringLiteral("Cần bổ sung số liệu"); }));
    // Enter moves down one row (or stays on the last one).
    REQUIRE(QTest::qWaitFor(
        [&] { return f.view()->currentIndex().row() != row || row == model.rowCount() - 1; }));

    CHECK(model.isComplete(row));
    double expected = 0;
    for (int i = 0; i < criteria.size(); ++i)
        expected += pointsFor(criteria.at(i), i).replace(QLatin1Char(','), QLatin1Char('.')).toDouble();
    CHECK(model.total(row) == Approx(expected)); // the total is live
    CHECK(model.isModified());
    CHECK(f.dialog->progressText().contains(QStringLiteral("not saved")));

    // Ctrl+S saves the draft; the points stored are exactly those typed.
    press(Qt::Key_S, Qt::ControlModifier);
    REQUIRE(QTest::qWaitFor([&] { return !model.isModified(); }));
    CHECK(f.dialog->changedAnything());
    auto ids = ScoreSheetRepository(f.demo.db(), {}).criterionIds();
    REQUIRE(ids);
    SheetStatus status = SheetStatus::Submitted;
    const QHash<qint64, double> stored = storedPoints(f.demo.db(), f.member, entry, &status);
    CHECK(status == SheetStatus::Draft);
    REQUIRE(stored.size() == criteria.size());
    for (int i = 0; i < criteria.size(); ++i)
        CHECK(stored.value(ids->value(criteria.at(i).code)) ==
              Approx(pointsFor(criteria.at(i), i).replace(QLatin1Char(','), QLatin1Char('.')).toDouble()));
    auto sheet = ScoreSheetRepository(f.demo.db(), {}).find(f.member, entry);
    CHECK((*sheet)->comment == QStringLiteral("Cần bổ sung số liệu"));

    // Delete empties a cell; saving again takes its points away from the draft.
    f.goTo(row, ScoreGridModel::FirstCriterionColumn);
    press(Qt::Key_Delete);
    CHECK_FALSE(model.rows().at(row).points.contains(criteria.first().code));
    REQUIRE(f.dialog->saveDraft());
    CHECK_FALSE(storedPoints(f.demo.db(), f.member, entry).contains(ids->value(criteria.first().code)));
}

TEST_CASE("A value above the criterion's maximum is refused with the reason and the cell keeps its value",
          "[ui][council][scores]")
{
    ScoreDialogFixture f;
    ScoreGridModel& model = f.model();
    const int row = firstOpenRow(model);
    REQUIRE(row >= 0);
    const ReviewCriterion c = model.criteria().first();
    const int column = ScoreGridModel::FirstCriterionColumn;

    f.goTo(row, column);
    keys(QStringLiteral("5"));
    press(Qt::Key_Return);
    REQUIRE(QTest::qWaitFor([&] { return model.rows().at(row).points.value(c.code) == 5; }));
    CHECK(f.dialog->messageText().isEmpty());

    f.goTo(row, column);
    keys(QString::number(int(c.maxPoints) + 1));
    press(Qt::Key_Return);
    REQUIRE(QTest::qWaitFor([&] { return !f.dialog->messageText().isEmpty(); }));
    CHECK(f.dialog->messageText().contains(QStringLiteral("from 0 to")));
    CHECK(f.dialog->messageText() == f.dialog->lastError());
    CHECK(model.rows().at(row).points.value(c.code) == 5);
    CHECK(model.index(row, column).data().toString() == QStringLiteral("5"));
    // The cursor stays on the refused cell for the clerk to type again.
    CHECK(f.view()->currentIndex() == model.index(row, column));
    CHECK(!f.view()->isEditing());

    // Words are refused too, and a good value clears the message.
    keys(QStringLiteral("abc"));
    press(Qt::Key_Return);
    REQUIRE(
        QTest::qWaitFor([&] { return f.dialog->messageText().contains(QStringLiteral("not a number")); }));
    keys(QStringLiteral("7"));
    press(Qt::Key_Return);
    REQUIRE(QTest::qWaitFor([&] { return model.rows().at(row).points.value(c.code) == 7; }));
    CHECK(f.dialog->messageText().isEmpty());
}

TEST_CASE("Submitting locks the complete sheets, incomplete ones stay drafts", "[ui][council][scores]")
{
    ScoreDialogFixture f;
    ScoreGridModel& model = f.model();
    const int row = firstOpenRow(model);
    REQUIRE(row >= 0);
    const qint64 entry = model.rows().at(row).entryId;
    CHECK_FALSE(f.dialog->submitSheets()); // nothing complete yet
    CHECK(f.dialog->messageText().contains(QStringLiteral("complete")));

    f.goTo(row, ScoreGridModel::FirstCriterionColumn);
    for (int i = 0; i < model.criteria().size(); ++i) {
        keys(QString::number(int(model.criteria().at(i).maxPoints) / 2));
        press(Qt::Key_Tab);
    }
    // A second open row, only half typed: it stays a draft.
    int other = -1;
    for (int r = row + 1; r < model.rowCount() && other < 0; ++r)
        if (!model.rows().at(r).locked && model.rows().at(r).points.isEmpty())
            other = r;
    if (other >= 0) {
        f.goTo(other, ScoreGridModel::FirstCriterionColumn);
        keys(QStringLiteral("3"));
        press(Qt::Key_Return);
        REQUIRE(QTest::qWaitFor([&] { return !model.rows().at(other).points.isEmpty(); }));
    }
    REQUIRE(model.isComplete(row));
    const int lockedBefore = int(std::count_if(model.rows().cbegin(), model.rows().cend(),
                                               [](const ScoreGridRow& r) { return r.locked; }));

    prompts().answerYes(); // "Submit 1 complete sheet …?"
    REQUIRE(f.dialog->submitSheets());
    CHECK_FALSE(model.isModified());
    int rowNow = -1;
    for (int r = 0; r < model.rowCount(); ++r)
        if (model.rows().at(r).entryId == entry)
            rowNow = r;
    REQUIRE(rowNow >= 0);
    CHECK(model.rows().at(rowNow).locked);
    CHECK_FALSE(model.flags(model.index(rowNow, ScoreGridModel::FirstCriterionColumn)) & Qt::ItemIsEditable);
    CHECK(std::count_if(model.rows().cbegin(), model.rows().cend(),
                        [](const ScoreGridRow& r) { return r.locked; }) == lockedBefore + 1);
    SheetStatus status = SheetStatus::Draft;
    storedPoints(f.demo.db(), f.member, entry, &status);
    CHECK(status == SheetStatus::Submitted);
    if (other >= 0) {
        storedPoints(f.demo.db(), f.member, model.rows().at(other).entryId, &status);
        CHECK(status == SheetStatus::Draft);
        CHECK_FALSE(model.rows().at(other).locked);
    }

    // A locked row takes no typing, and Delete says why.
    f.goTo(rowNow, ScoreGridModel::FirstCriterionColumn);
    keys(QStringLiteral("1"));
    CHECK(!f.view()->isEditing());
    press(Qt::Key_Delete);
    CHECK(f.dialog->messageText().contains(QStringLiteral("submitted")));
    CHECK(model.isComplete(rowNow));
}

TEST_CASE("A submitted sheet is reopened only by the secretary, with a reason in the trail",
          "[ui][council][scores][reopen]")
{
    // Each section signs in as its own person: the dialog takes who is at the keyboard when it opens.
    std::optional<UserRole> role;
    SECTION("roles on, a clerk signed in: refused, nothing written")
    {
        role = UserRole::Clerk;
    }
    SECTION("without a reason: refused") {}
    SECTION("the secretary, with a reason: the row opens for typing, the trail says why")
    {
        role = UserRole::Secretary;
    }
    ScoreDialogFixture f(role);
    ScoreGridModel& model = f.model();
    int row = -1;
    for (int r = 0; r < model.rowCount() && row < 0; ++r)
        if (model.rows().at(r).locked)
            row = r;
    REQUIRE(row >= 0);
    const qint64 entry = model.rows().at(row).entryId;
    f.goTo(row, ScoreGridModel::FirstCriterionColumn);
    CHECK(child<QPushButton>(f.dialog, "reopen")->isEnabled());
    const auto reopenRows = [&] {
        QSqlQuery q(f.demo.db().connection());
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'reopen'")));
        REQUIRE(q.next());
        return q.value(0).toInt();
    };

    if (role == UserRole::Clerk) {
        UserAccounts accounts(f.demo.db());
        REQUIRE(accounts.enableRoles(QStringLiteral("quantri"), QStringLiteral("Quản trị"),
                                     QStringLiteral("mat-khau-quan-tri")));
        CHECK_FALSE(f.dialog->reopenSheet(row, QStringLiteral("Ghi nhầm điểm")));
        CHECK(f.dialog->messageText().contains(QStringLiteral("secretary")));
        CHECK(model.rows().at(row).locked);
        CHECK(reopenRows() == 0);
    } else if (!role) {
        prompts().answerText(QString()); // the reason asked for, left empty
        CHECK_FALSE(f.dialog->reopenSheet(row));
        CHECK(f.dialog->messageText().contains(QStringLiteral("reason")));
        CHECK(reopenRows() == 0);
    } else {
        REQUIRE(f.dialog->reopenSheet(row, QStringLiteral("Ghi nhầm điểm tiêu chí 2")));
        int rowNow = -1;
        for (int r = 0; r < model.rowCount(); ++r)
            if (model.rows().at(r).entryId == entry)
                rowNow = r;
        REQUIRE(rowNow >= 0);
        CHECK_FALSE(model.rows().at(rowNow).locked);
        CHECK(model.flags(model.index(rowNow, ScoreGridModel::FirstCriterionColumn)) & Qt::ItemIsEditable);
        SheetStatus status = SheetStatus::Submitted;
        storedPoints(f.demo.db(), f.member, entry, &status);
        CHECK(status == SheetStatus::Draft);
        CHECK(reopenRows() == 1);
    }
}

TEST_CASE("Leaving the score grid with unsaved points asks, and Cancel keeps them", "[ui][council][scores]")
{
    ScoreDialogFixture f;
    ScoreGridModel& model = f.model();
    const int row = firstOpenRow(model);
    REQUIRE(row >= 0);
    const qint64 entry = model.rows().at(row).entryId;
    REQUIRE(model.setData(model.index(row, ScoreGridModel::FirstCriterionColumn), QStringLiteral("4")));
    prompts().answerCancel();
    f.dialog->reject();
    CHECK(f.dialog->isVisible());
    // Choosing another member is held back too.
    auto roster = CouncilRoster::load(f.demo.db());
    REQUIRE(roster);
    qint64 other = 0;
    for (const RosterMember& r : *roster)
        if (r.member.id != f.member)
            other = r.member.id;
    prompts().answerCancel();
    CHECK_FALSE(f.dialog->selectMember(other));
    CHECK(f.dialog->currentMemberId() == f.member);
    CHECK(child<QComboBox>(f.dialog, "member")->currentData().toLongLong() == f.member);

    // Save: the draft is written, then the other member's grid shows.
    prompts().answerSave();
    CHECK(f.dialog->selectMember(other));
    CHECK(storedPoints(f.demo.db(), f.member, entry).size() == 1);
    CHECK(f.dialog->currentMemberId() == other);
    REQUIRE(firstOpenRow(model) >= 0);
    REQUIRE(
        model.setData(model.index(firstOpenRow(model), model.commentColumn()), QStringLiteral("Chưa lưu")));
    prompts().answerDiscard();
    f.dialog->reject();
    CHECK_FALSE(f.dialog->isVisible());
    CHECK(prompts().pending() == 0);
}

TEST_CASE("A member who is an author of an entry never sees it in the grid", "[ui][council][conflicts]")
{
    DemoCampaign demo;
    // An entry under review, and one of its authors joins the council (with no unit).
    QSqlQuery q(demo.db().connection());
    REQUIRE(q.exec(QStringLiteral(
        "SELECT e.id, a.full_name FROM entry e JOIN entry_author a ON a.entry_id = e.id "
        "WHERE e.status = 'under_review' AND a.full_name NOT IN (SELECT full_name FROM council_member) "
        "ORDER BY e.code, a.position LIMIT 1")));
    REQUIRE(q.next());
    const qint64 entry = q.value(0).toLongLong();
    const QString author = q.value(1).toString();
    q.finish();

    CouncilDialog council(contextFor(demo.db(), QStringLiteral("clerk")));
    CouncilMember m;
    m.fullName = author;
    m.role = CouncilRole::Member;
    m.position = QStringLiteral("Chuyên gia");
    auto added = council.addMember(m);
    INFO(council.lastError().toStdString());
    REQUIRE(added);
    CHECK(council.currentMemberId() == *added);
    const int row = council.entryRow(entry);
    REQUIRE(row >= 0);
    CHECK(council.memberEntries().at(row).excluded);
    CHECK(council.memberEntries().at(row).automatic);
    QTableWidgetItem* box = child<QTableWidget>(council, "entries")->item(row, CouncilDialog::ScoresColumn);
    CHECK_FALSE(box->flags() & Qt::ItemIsUserCheckable); // greyed, cannot be ticked
    // The first author of an individual's entry is the nominee: either reason names the conflict.
    const QString reason =
        child<QTableWidget>(council, "entries")->item(row, CouncilDialog::ConflictColumn)->text();
    CHECK((reason.contains(QStringLiteral("author")) || reason.contains(QStringLiteral("nominee"))));
    CHECK(reason == council.memberEntries().at(row).conflictReason);

    ScoreEntryDialog scores(contextFor(demo.db(), QStringLiteral("clerk")));
    REQUIRE(scores.selectMember(*added));
    REQUIRE(scores.model()->rowCount() > 0);
    for (const ScoreGridRow& r : scores.model()->rows())
        CHECK(r.entryId != entry);
}

TEST_CASE("A member is added, assigned a subset of entries from the keyboard, and removed",
          "[ui][council][assignments]")
{
    DemoCampaign demo;
    CouncilDialog council(contextFor(demo.db(), QStringLiteral("clerk")));
    council.show();
    REQUIRE(QTest::qWaitForWindowExposed(&council));
    council.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&council));
    const int membersBefore = child<QTableWidget>(council, "members")->rowCount();

    // The form turns a typed unit into its id.
    auto units = CatalogRepository(demo.db()).units();
    REQUIRE(units);
    CouncilMemberForm form(*units);
    child<QLineEdit>(form, "name")->setText(QStringLiteral("  Phạm   Thị Hoa "));
    child<QComboBox>(form, "role")
        ->setCurrentIndex(child<QComboBox>(form, "role")->findData(int(CouncilRole::Member)));
    child<QLineEdit>(form, "position")->setText(QStringLiteral("Phó Giám đốc Sở"));
    child<QLineEdit>(form, "unit")->setText(units->last().name);
    const CouncilMember typed = form.member();
    CHECK(typed.unitId == units->last().id);

    const int audit = AuditLog(demo.db()).count();
    auto added = council.addMember(typed);
    REQUIRE(added);
    CHECK(AuditLog(demo.db()).count() == audit + 1);
    CHECK(child<QTableWidget>(council, "members")->rowCount() == membersBefore + 1);
    CHECK(child<QTableWidget>(council, "members")
              ->item(child<QTableWidget>(council, "members")->currentRow(), CouncilDialog::NameColumn)
              ->text() == QStringLiteral("Phạm Thị Hoa"));
    // A second member of the same name is refused with the reason.
    CHECK_FALSE(council.addMember(typed));
    CHECK(council.messageText().contains(QStringLiteral("already")));
    // So is a second chair.
    CouncilMember chair = typed;
    chair.fullName = QStringLiteral("Đỗ Văn Hùng");
    chair.role = CouncilRole::Chair;
    CHECK_FALSE(council.addMember(chair));

    REQUIRE(council.selectMember(*added));
    CHECK(council.assignmentText().contains(QStringLiteral("every member scores every entry")));

    // Untick three entries that the member could score, with Space, as a clerk would.
    QList<qint64> unticked;
    QTableWidget* entries = child<QTableWidget>(council, "entries");
    entries->setFocus();
    REQUIRE(QTest::qWaitFor([&] { return QApplication::focusWidget() == entries; }));
    for (int row = 0; row < entries->rowCount() && unticked.size() < 3; ++row) {
        const MemberEntry e = council.memberEntries().at(row); // a copy: the list is re-read
        if (e.excluded || !e.scores)
            continue;
        entries->setCurrentCell(row, CouncilDialog::ScoresColumn);
        const int before = AuditLog(demo.db()).count();
        press(Qt::Key_Space);
        REQUIRE(QTest::qWaitFor([&] { return AuditLog(demo.db()).count() == before + 1; }));
        CHECK(entries->item(row, CouncilDialog::ScoresColumn)->checkState() == Qt::Unchecked);
        unticked << e.entryId;
    }
    REQUIRE(unticked.size() == 3);
    CHECK(council.assignmentText().contains(QStringLiteral("Scores")));

    auto conflicts = ConflictTable::load(demo.db());
    REQUIRE(conflicts);
    for (qint64 entry : unticked) {
        const QList<qint64> eligible = conflicts->eligibleMembers(entry);
        CHECK_FALSE(eligible.contains(*added));
        CHECK_FALSE(eligible.isEmpty()); // the other members still score it
    }
    // Ticked again: back to every member.
    REQUIRE(council.setAssigned(unticked.last(), true));
    QSqlQuery q(demo.db().connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM assignment WHERE entry_id = ?"));
    q.addBindValue(unticked.last());
    REQUIRE(q.exec());
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0);
    q.finish();

    // The member's grid holds the subset only.
    ScoreGridModel grid;
    REQUIRE(grid.loadFromCampaign(demo.db(), *added));
    for (const ScoreGridRow& r : grid.rows()) {
        CHECK(r.entryId != unticked.at(0));
        CHECK(r.entryId != unticked.at(1));
    }

    // A member with score sheets stays; the new one, without sheets, goes.
    auto roster = CouncilRoster::load(demo.db());
    REQUIRE(roster);
    const qint64 scorer = roster->first().member.id;
    REQUIRE(*CouncilRepository(demo.db(), {}).sheetCount(scorer) > 0);
    CHECK_FALSE(council.removeMember(scorer));
    CHECK(council.messageText().contains(QStringLiteral("score sheet")));
    CHECK(child<QTableWidget>(council, "members")->rowCount() == membersBefore + 1);
    REQUIRE(council.removeMember(*added));
    CHECK(child<QTableWidget>(council, "members")->rowCount() == membersBefore);
    CHECK(council.changedAnything());
}

TEST_CASE("Lifting a conflict of interest needs a reason and leaves an audit row", "[ui][council][conflicts]")
{
    DemoCampaign demo;
    CouncilDialog council(contextFor(demo.db(), QStringLiteral("clerk")));
    // Demo members sit in one unit: the entries of that unit are automatic conflicts.
    qint64 member = 0;
    qint64 entry = 0;
    for (int r = 0; r < child<QTableWidget>(council, "members")->rowCount() && !entry; ++r) {
        child<QTableWidget>(council, "members")->setCurrentCell(r, 0);
        for (const MemberEntry& e : council.memberEntries())
            if (e.excluded && e.automatic) {
                member = council.currentMemberId();
                entry = e.entryId;
                break;
            }
    }
    REQUIRE(entry);
    const int row = council.entryRow(entry);
    child<QTableWidget>(council, "entries")->setCurrentCell(row, 0);
    CHECK(child<QPushButton>(council, "addConflict")->text().contains(QStringLiteral("Lift")));

    const int audit = AuditLog(demo.db()).count();
    CHECK_FALSE(council.setConflict(entry, false, QStringLiteral("   ")));
    CHECK(council.messageText().contains(QStringLiteral("reason")));
    CHECK(AuditLog(demo.db()).count() == audit);

    const QString reason = QStringLiteral("Công tác ở phòng khác, không liên quan đến sáng kiến");
    REQUIRE(council.setConflict(entry, false, reason));
    CHECK(AuditLog(demo.db()).count() == audit + 1);
    auto rows = AuditLog(demo.db()).forRecord(QStringLiteral("conflict_override"), entry);
    REQUIRE(rows);
    REQUIRE_FALSE(rows->isEmpty());
    CHECK(rows->last().action == QStringLiteral("conflict"));
    CHECK(rows->last().user == QStringLiteral("clerk"));
    CHECK(rows->last().after.value(QStringLiteral("reason")).toString() == reason);
    CHECK(rows->last().after.value(QStringLiteral("excluded")).toBool() == false);

    const MemberEntry& lifted = council.memberEntries().at(council.entryRow(entry));
    CHECK_FALSE(lifted.excluded);
    CHECK(child<QTableWidget>(council, "entries")->item(row, CouncilDialog::ScoresColumn)->flags() &
          Qt::ItemIsUserCheckable);
    CHECK(child<QTableWidget>(council, "entries")
              ->item(row, CouncilDialog::ConflictColumn)
              ->text()
              .contains(reason));
    auto conflicts = ConflictTable::load(demo.db());
    REQUIRE(conflicts);
    CHECK_FALSE(conflicts->excluded(member, entry));

    // And the conflict is added back, by hand, with its reason.
    REQUIRE(council.setConflict(entry, true, QStringLiteral("Có quan hệ gia đình với tác giả")));
    CHECK(council.memberEntries().at(council.entryRow(entry)).excluded);
    CHECK(AuditLog(demo.db()).count() == audit + 2);
}

TEST_CASE("The window opens the council and the score entry from the Campaign menu", "[ui][council]")
{
    DemoCampaign demo;
    demo.campaign.close();
    UiWindow w(demo.campaign.path());
    QTest::keyClick(w.get(), Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(QTest::qWaitFor([&] { return w->councilDialog() != nullptr; }));
    CHECK(child<QTableWidget>(w->councilDialog(), "members")->rowCount() == 5);
    w->councilDialog()->accept();
    REQUIRE(QTest::qWaitFor([&] { return w->councilDialog() == nullptr; }));
    backToWindow(w.get());

    QTest::keyClick(w.get(), Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(QTest::qWaitFor([&] { return w->scoreEntryDialog() != nullptr; }));
    ScoreEntryDialog* scores = w->scoreEntryDialog();
    CHECK(child<QComboBox>(scores, "member")->count() == 5);
    scores->reject(); // nothing typed: no question
    REQUIRE(QTest::qWaitFor([&] { return w->scoreEntryDialog() == nullptr; }));
}

// Not run by default: pictures of both dialogs for the README, in Vietnamese, written to the folder
// that SANGKIEN_SCREENSHOT_DIR names (run under xvfb-run with QT_QPA_PLATFORM=xcb).
TEST_CASE("Screenshots of the council and score entry dialogs", "[.screenshot]")
{
    ScreenshotSession shots;
    DemoCampaign demo(40, 7);

    {
        CouncilDialog council(contextFor(demo.db(), QStringLiteral("clerk")));
        council.resize(1100, 760);
        council.show();
        REQUIRE(QTest::qWaitForWindowExposed(&council));
        // A new member from the unit that nominated the most entries: those are greyed as conflicts.
        QSqlQuery q(demo.db().connection());
        REQUIRE(q.exec(QStringLiteral("SELECT n.unit_id FROM entry e JOIN nominee n ON n.id = e.nominee_id "
                                      "GROUP BY n.unit_id ORDER BY count(*) DESC LIMIT 1")));
        REQUIRE(q.next());
        CouncilMember m;
        m.fullName = QStringLiteral("Vũ Thị Thu Hà");
        m.role = CouncilRole::Member;
        m.position = QStringLiteral("Trưởng phòng Nghiệp vụ");
        m.unitId = q.value(0).toLongLong();
        q.finish();
        REQUIRE(council.addMember(m));
        int lifted = 0;
        int unticked = 0;
        for (const MemberEntry& e : QList<MemberEntry>(council.memberEntries())) {
            if (e.automatic && lifted++ == 1)
                REQUIRE(council.setConflict(e.entryId, false,
                                            QStringLiteral("Đã chuyển công tác sang đơn vị khác")));
            else if (!e.excluded && e.status != QStringLiteral("under_review") && unticked++ < 2)
                REQUIRE(council.setAssigned(e.entryId, false));
        }
        child<QTableWidget>(council, "members")->scrollToTop();
        // The greyed conflicts and the lifted one in view together.
        int shown = 0;
        for (int r = 0; r < council.memberEntries().size(); ++r)
            if (council.memberEntries().at(r).overrideExcluded.has_value())
                shown = r;
        child<QTableWidget>(council, "entries")->setCurrentCell(shown, 0);
        child<QTableWidget>(council, "entries")
            ->scrollToItem(child<QTableWidget>(council, "entries")->item(shown, 0),
                           QAbstractItemView::PositionAtBottom);
        QTest::qWait(200);
        shots.save(council, QStringLiteral("council.png"));
    }
    {
        ScoreEntryDialog scores(contextFor(demo.db(), QStringLiteral("clerk")));
        scores.resize(1100, 620);
        scores.show();
        REQUIRE(QTest::qWaitForWindowExposed(&scores));
        scores.selectMember(memberWithOpenRow(demo.db()));
        ScoreGridModel& model = *scores.model();
        const int row = firstOpenRow(model);
        for (int i = 0; i < model.criteria().size(); ++i)
            model.setData(model.index(row, ScoreGridModel::FirstCriterionColumn + i),
                          pointsFor(model.criteria().at(i), i));
        model.setData(model.index(row, model.commentColumn()),
                      QStringLiteral("Cần bổ sung số liệu hiệu quả"));
        const int next = firstOpenRow(model);
        if (next >= 0) {
            model.setData(model.index(next, ScoreGridModel::FirstCriterionColumn), QStringLiteral("20"));
            child<ScoreGridView>(scores, "scoreEntryGrid")->setFocus();
            child<ScoreGridView>(scores, "scoreEntryGrid")
                ->setCurrentIndex(model.index(next, ScoreGridModel::FirstCriterionColumn + 1));
            child<ScoreGridView>(scores, "scoreEntryGrid")
                ->edit(child<ScoreGridView>(scores, "scoreEntryGrid")->currentIndex());
            // A refused value, with its reason under the grid.
            if (auto* editor = qobject_cast<QLineEdit*>(
                    child<ScoreGridView>(scores, "scoreEntryGrid")
                        ->indexWidget(child<ScoreGridView>(scores, "scoreEntryGrid")->currentIndex()))) {
                editor->setText(QStringLiteral("18"));
                QTest::keyClick(editor, Qt::Key_Return);
            }
        }
        child<ScoreGridView>(scores, "scoreEntryGrid")->scrollToTop();
        QTest::qWait(200);
        shots.save(scores, QStringLiteral("score-entry.png"));
    }
}
