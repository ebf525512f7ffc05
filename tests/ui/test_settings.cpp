// The campaign settings dialog: facts saved with an audit row, criteria totals and order, criteria frozen
// once a score exists, quota rules edited in the table, and Save as one transaction.
#include "campaign_settings_dialog.h"
#include "model_tester.h"
#include "models/criteria_model.h"
#include "models/quota_rules_model.h"
#include "storage/audit_log.h"
#include "storage/campaign_repository.h"
#include "storage/catalog_repository.h"
#include "storage/rules_repository.h"
#include "temp_campaign.h"
#include "test_context.h"
#include "widget_lookup.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>
#include <catch2/catch.hpp>

using namespace sangkien;
using sangkien::testing::child;
using sangkien::testing::TempCampaign;

namespace {

void addScore(Database& db)
{
    auto criteria = RulesRepository(db).criteria();
    REQUIRE(criteria);
    auto units = CatalogRepository(db).units();
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(
        QStringLiteral("INSERT INTO council_member (full_name, role) VALUES ('Trần Văn An', 'chair')")));
    const qint64 member = q.lastInsertId().toLongLong();
    REQUIRE(q.exec(QStringLiteral("INSERT INTO nominee (kind, name) VALUES ('individual', 'Lê Thị Bình')")));
    const qint64 nominee = q.lastInsertId().toLongLong();
    q.prepare(QStringLiteral(
        "INSERT INTO entry (code, title, kind, nominee_id, created_at, updated_at) "
        "VALUES ('SK-2024-0001', 'Giống lúa chịu hạn', 'initiative', ?, '2024-01-01', '2024-01-01')"));
    q.addBindValue(nominee);
    REQUIRE(q.exec());
    const qint64 entry = q.lastInsertId().toLongLong();
    q.prepare(QStringLiteral("INSERT INTO score_sheet (member_id, entry_id) VALUES (?, ?)"));
    q.addBindValue(member);
    q.addBindValue(entry);
    REQUIRE(q.exec());
    const qint64 sheet = q.lastInsertId().toLongLong();
    q.prepare(QStringLiteral("INSERT INTO score (sheet_id, criterion_id, points) VALUES (?, ?, 20)"));
    q.addBindValue(sheet);
    q.addBindValue(criteria->first().id);
    REQUIRE(q.exec());
}

} // namespace

TEST_CASE("The settings dialog shows the campaign and saves its facts with an audit row", "[ui][settings]")
{
    TempCampaign c;
    CampaignSettingsDialog dialog(testing::contextFor(c.db(), QStringLiteral("clerk")));
    testing::CheckedModelTester criteriaTester(dialog.criteriaModel());
    testing::CheckedModelTester quotaTester(dialog.quotaModel());
    const Campaign loaded = dialog.campaign();
    CHECK_FALSE(loaded.name.isEmpty());
    CHECK(dialog.criteriaModel()->rowCount() > 0);
    CHECK(dialog.quotaModel()->rowCount() > 0);
    CHECK(dialog.totalsText().contains(QStringLiteral("100")));
    CHECK(child<QLabel>(dialog, "criteriaLockNote")->isHidden());

    const int audit = AuditLog(c.db()).count();
    REQUIRE(dialog.save()); // nothing changed: nothing written
    CHECK(AuditLog(c.db()).count() == audit);

    // Change the maximum of the first criterion: the total is no longer 100 and saving is refused.
    const QModelIndex max = dialog.criteriaModel()->index(0, CriteriaModel::MaxPointsColumn);
    const double oldMax = max.data().toDouble();
    REQUIRE(dialog.criteriaModel()->setData(max, oldMax + 5));
    CHECK_FALSE(dialog.problem().isEmpty());
    CHECK_FALSE(dialog.save());
    REQUIRE(dialog.criteriaModel()->setData(max, oldMax));
    CHECK(dialog.problem().isEmpty());
    CHECK(criteriaTester.failures().isEmpty());
    CHECK(quotaTester.failures().isEmpty());
}

TEST_CASE("Recognition by the council's vote or by score is set in the settings, with an audit row",
          "[ui][settings][recognition]")
{
    TempCampaign c;
    CampaignSettingsDialog dialog(testing::contextFor(c.db(), QStringLiteral("clerk")));
    QComboBox* choice = child<QComboBox>(dialog, "recognition");
    REQUIRE(choice);
    // The template's default: the council's vote.
    CHECK(Recognition(choice->currentData().toInt()) == Recognition::Vote);
    const int audit = AuditLog(c.db()).count();
    choice->setCurrentIndex(choice->findData(int(Recognition::Score)));
    REQUIRE(dialog.save());
    CHECK(CampaignRepository(c.db()).load()->recognition == Recognition::Score);
    CHECK(AuditLog(c.db()).count() == audit + 1);
    auto trail = AuditLog(c.db()).forRecord(QStringLiteral("campaign"), 1);
    REQUIRE(trail);
    REQUIRE(!trail->isEmpty());
    CHECK(trail->last().before.value(QStringLiteral("recognition")).toString() == QLatin1String("vote"));
    CHECK(trail->last().after.value(QStringLiteral("recognition")).toString() == QLatin1String("score"));

    CampaignSettingsDialog again(testing::contextFor(c.db(), QStringLiteral("clerk")));
    CHECK(Recognition(child<QComboBox>(again, "recognition")->currentData().toInt()) == Recognition::Score);
}

TEST_CASE("Criteria are read-only in the settings once a score exists", "[ui][settings]")
{
    TempCampaign c;
    addScore(c.db());
    REQUIRE(RulesRepository(c.db()).criteriaLocked());
    CampaignSettingsDialog dialog(testing::contextFor(c.db(), QStringLiteral("clerk")));
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    CHECK(dialog.criteriaModel()->isLocked());
    CHECK_FALSE(child<QLabel>(dialog, "criteriaLockNote")->isHidden());
    CHECK(child<QLabel>(dialog, "criteriaLockNote")->text().contains(QStringLiteral("locked")));
    const QModelIndex name = dialog.criteriaModel()->index(0, CriteriaModel::NameColumn);
    CHECK_FALSE(dialog.criteriaModel()->flags(name).testFlag(Qt::ItemIsEditable));
    CHECK(child<QTableView>(dialog, "criteriaView")->editTriggers() == QAbstractItemView::NoEditTriggers);

    // Typing on a cell edits nothing.
    child<QTabWidget>(dialog, "settingsTabs")->setCurrentIndex(1);
    child<QTableView>(dialog, "criteriaView")->setFocus();
    child<QTableView>(dialog, "criteriaView")->setCurrentIndex(name);
    const QString before = name.data().toString();
    QTest::keyClicks(child<QTableView>(dialog, "criteriaView"), QStringLiteral("abc"));
    QTest::keyClick(child<QTableView>(dialog, "criteriaView"), Qt::Key_Return);
    CHECK(name.data().toString() == before);
    CHECK_FALSE(dialog.criteriaModel()->setData(name, QStringLiteral("Tính mới")));

    // The rest of the settings still save, with their audit row.
    const int audit = AuditLog(c.db()).count();
    QTest::keyClick(dialog.findChild<QLineEdit*>(QStringLiteral("campaignName")), Qt::Key_End);
    for (QChar ch : QStringLiteral(" (sửa)")) {
        QTest::sendKeyEvent(QTest::Press, dialog.findChild<QLineEdit*>(QStringLiteral("campaignName")),
                            Qt::Key_unknown, QString(ch), Qt::NoModifier);
        QTest::sendKeyEvent(QTest::Release, dialog.findChild<QLineEdit*>(QStringLiteral("campaignName")),
                            Qt::Key_unknown, QString(ch), Qt::NoModifier);
    }
    REQUIRE(dialog.save());
    CHECK(AuditLog(c.db()).count() == audit + 1);
    auto reloaded = CampaignRepository(c.db()).load();
    REQUIRE(reloaded);
    CHECK(reloaded->name.endsWith(QStringLiteral("(sửa)")));
}

TEST_CASE("Quota rules are added, changed and removed in the table, never two for the same form and kind",
          "[ui][settings][quota]")
{
    TempCampaign c;
    CampaignSettingsDialog dialog(testing::contextFor(c.db(), QStringLiteral("clerk")));
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    testing::CheckedModelTester tester(dialog.quotaModel());
    QuotaRulesModel* model = dialog.quotaModel();
    const int rules = model->rowCount();
    REQUIRE(rules == 3); // chairman: 10 together; director: 5 collectives, 10 individuals

    // Add: the first form and kind without a rule (the chairman's certificate for collectives).
    child<QTabWidget>(dialog, "settingsTabs")->setCurrentIndex(2);
    child<QPushButton>(dialog, "addRule")->click();
    REQUIRE(model->rowCount() == rules + 1);
    const int added = rules;
    CHECK(model->index(added, QuotaRulesModel::NomineeKindColumn).data(QuotaRulesModel::KindCodeRole) ==
          QStringLiteral("collective"));
    CHECK(model->index(added, QuotaRulesModel::MaxCountColumn).data().toInt() == 0);

    // Its limit typed into the cell from the keyboard: F2, the number, Enter.
    QTableView* view = child<QTableView>(dialog, "quotaView");
    dialog.activateWindow();
    view->setFocus();
    REQUIRE(QTest::qWaitFor([&] { return QApplication::focusWidget() == view; }));
    view->setCurrentIndex(model->index(added, QuotaRulesModel::MaxCountColumn));
    QTest::keyClick(view, Qt::Key_F2);
    REQUIRE(QTest::qWaitFor([&] { return QApplication::focusWidget() != view; }));
    QWidget* editor = QApplication::focusWidget();
    REQUIRE((qobject_cast<QSpinBox*>(editor) || qobject_cast<QSpinBox*>(editor->parentWidget())));
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor, QStringLiteral("4"));
    QTest::keyClick(editor, Qt::Key_Return); // the delegate commits from the event loop
    CHECK(QTest::qWaitFor(
        [&] { return model->index(added, QuotaRulesModel::MaxCountColumn).data().toInt() == 4; }));

    // Moving it to the director's certificate would make a second director rule for collectives: refused,
    // and the dialog says why.
    qint64 directorId = 0;
    for (const AwardForm& f : model->awardForms())
        if (f.code == QLatin1String("director"))
            directorId = f.id;
    REQUIRE(directorId);
    view->setCurrentIndex(model->index(added, QuotaRulesModel::AwardFormColumn));
    QTest::keyClick(view, Qt::Key_F2);
    REQUIRE(QTest::qWaitFor([&] { return qobject_cast<QComboBox*>(QApplication::focusWidget()); }));
    auto* box = qobject_cast<QComboBox*>(QApplication::focusWidget());
    REQUIRE(box);
    box->setCurrentIndex(box->findData(directorId));
    QTest::keyClick(box, Qt::Key_Return);
    CHECK(
        QTest::qWaitFor([&] { return dialog.problemText().contains(QStringLiteral("already has a rule")); }));
    CHECK(model->index(added, QuotaRulesModel::AwardFormColumn).data(QuotaRulesModel::AwardFormIdRole) !=
          directorId);
    CHECK(dialog.problemText().contains(QStringLiteral("already has a rule")));

    // Remove the director's rule for individuals, save: the file holds exactly the rules shown.
    int individuals = -1;
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->index(r, 0).data(QuotaRulesModel::AwardFormIdRole) == directorId &&
            model->index(r, QuotaRulesModel::NomineeKindColumn).data(QuotaRulesModel::KindCodeRole) ==
                QStringLiteral("individual"))
            individuals = r;
    REQUIRE(individuals >= 0);
    view->setCurrentIndex(model->index(individuals, 0));
    child<QPushButton>(dialog, "removeRule")->click();
    CHECK(model->rowCount() == rules);
    const int audit = AuditLog(c.db()).count();
    REQUIRE(dialog.save());
    CHECK(AuditLog(c.db()).count() == audit + 1);
    auto stored = RulesRepository(c.db()).quotaRules();
    REQUIRE(stored);
    REQUIRE(stored->size() == rules);
    bool chairmanCollectives = false;
    for (const QuotaRule& r : *stored) {
        CHECK_FALSE((r.awardFormId == directorId && r.nomineeKind == NomineeKind::Individual));
        if (r.awardFormId != directorId && r.nomineeKind == NomineeKind::Collective) {
            chairmanCollectives = true;
            CHECK(r.maxCount == 4);
        }
    }
    CHECK(chairmanCollectives);

    // Every form with all three rules: another is refused with a reason.
    while (child<QPushButton>(dialog, "addRule")->isEnabled() && model->insertRows(model->rowCount(), 1)) {
    }
    CHECK(model->lastError().contains(QStringLiteral("already has a rule")));
    CHECK(model->rowCount() == 6);
    CHECK(tester.failures().isEmpty());
}

TEST_CASE("Criteria are reordered from the keyboard and the order is saved", "[ui][settings][criteria]")
{
    TempCampaign c;
    CampaignSettingsDialog dialog(testing::contextFor(c.db(), QStringLiteral("clerk")));
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    testing::CheckedModelTester tester(dialog.criteriaModel());
    CriteriaModel* model = dialog.criteriaModel();
    const auto codes = [&] {
        QStringList list;
        for (const Criterion& cr : model->criteria())
            list << cr.code;
        return list;
    };
    const QStringList before = codes();
    REQUIRE(before.size() >= 3);

    child<QTabWidget>(dialog, "settingsTabs")->setCurrentIndex(1);
    dialog.activateWindow();
    QTableView* view = child<QTableView>(dialog, "criteriaView");
    view->setFocus();
    view->setCurrentIndex(model->index(0, CriteriaModel::NameColumn));
    REQUIRE(QTest::qWaitFor([&] { return QApplication::focusWidget() == view; }));
    QTest::keyClick(view, Qt::Key_Down, Qt::ControlModifier);
    QTest::keyClick(view, Qt::Key_Down, Qt::ControlModifier);
    QStringList expected = before;
    expected.move(0, 2);
    CHECK(codes() == expected);
    CHECK(view->currentIndex().row() == 2);
    QTest::keyClick(view, Qt::Key_Up, Qt::ControlModifier);
    expected.move(2, 1);
    CHECK(codes() == expected);
    // The first row cannot go further up.
    view->setCurrentIndex(model->index(0, CriteriaModel::NameColumn));
    QTest::keyClick(view, Qt::Key_Up, Qt::ControlModifier);
    CHECK(codes() == expected);

    REQUIRE(dialog.save());
    auto stored = RulesRepository(c.db()).criteria();
    REQUIRE(stored);
    QStringList storedCodes;
    for (const Criterion& cr : *stored)
        storedCodes << cr.code;
    CHECK(storedCodes == expected);
    CHECK(tester.failures().isEmpty());
}

TEST_CASE("Saving the settings is one transaction: a failing part leaves every part unchanged",
          "[ui][settings]")
{
    TempCampaign c;
    CampaignSettingsDialog dialog(testing::contextFor(c.db(), QStringLiteral("clerk")));
    const Campaign before = dialog.campaign();
    auto* name = dialog.findChild<QLineEdit*>(QStringLiteral("campaignName"));
    REQUIRE(name);
    name->setText(before.name + QStringLiteral(" (sửa)"));
    const QModelIndex limit = dialog.quotaModel()->index(0, QuotaRulesModel::MaxCountColumn);
    REQUIRE(dialog.quotaModel()->setData(limit, 7));
    // The quota rules' write fails, as on a full disk.
    QSqlQuery q(c.db().connection());
    REQUIRE(q.exec(QStringLiteral("CREATE TEMP TRIGGER refuse_quota BEFORE INSERT ON quota_rule "
                                  "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END")));
    const int audit = AuditLog(c.db()).count();

    const Status s = dialog.save();
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().text().contains(QStringLiteral("disk is full")));
    CHECK(CampaignRepository(c.db()).load()->name == before.name);
    CHECK(AuditLog(c.db()).count() == audit);
    // The form keeps what the clerk typed, to save again once there is room.
    CHECK(dialog.campaign().name == before.name + QStringLiteral(" (sửa)"));
    CHECK(dialog.quotaModel()->index(0, QuotaRulesModel::MaxCountColumn).data().toInt() == 7);

    REQUIRE(q.exec(QStringLiteral("DROP TRIGGER refuse_quota")));
    REQUIRE(dialog.save());
    CHECK(CampaignRepository(c.db()).load()->name == before.name + QStringLiteral(" (sửa)"));
}
