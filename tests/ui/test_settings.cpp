// The campaign settings dialog: facts saved with an audit row, criteria totals, and criteria frozen once a
// score exists.
#include "campaign_settings_dialog.h"
#include "models/criteria_model.h"
#include "models/quota_rules_model.h"
#include "storage/audit_log.h"
#include "storage/campaign_repository.h"
#include "storage/catalog_repository.h"
#include "storage/rules_repository.h"
#include "temp_campaign.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>
#include <catch2/catch.hpp>

using namespace sangkien;
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
    CampaignSettingsDialog dialog(c.db(), QStringLiteral("clerk"));
    dialog.setInteractive(false);
    QAbstractItemModelTester criteriaTester(dialog.criteriaModel(),
                                            QAbstractItemModelTester::FailureReportingMode::Warning);
    QAbstractItemModelTester quotaTester(dialog.quotaModel(),
                                         QAbstractItemModelTester::FailureReportingMode::Warning);
    const Campaign loaded = dialog.campaign();
    CHECK_FALSE(loaded.name.isEmpty());
    CHECK(dialog.criteriaModel()->rowCount() > 0);
    CHECK(dialog.quotaModel()->rowCount() > 0);
    CHECK(dialog.totalsText().contains(QStringLiteral("100")));
    CHECK(dialog.lockNote()->isHidden());

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
}

TEST_CASE("Criteria are read-only in the settings once a score exists", "[ui][settings]")
{
    TempCampaign c;
    addScore(c.db());
    REQUIRE(RulesRepository(c.db()).criteriaLocked());
    CampaignSettingsDialog dialog(c.db(), QStringLiteral("clerk"));
    dialog.setInteractive(false);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    CHECK(dialog.criteriaModel()->isLocked());
    CHECK_FALSE(dialog.lockNote()->isHidden());
    CHECK(dialog.lockNote()->text().contains(QStringLiteral("locked")));
    const QModelIndex name = dialog.criteriaModel()->index(0, CriteriaModel::NameColumn);
    CHECK_FALSE(dialog.criteriaModel()->flags(name).testFlag(Qt::ItemIsEditable));
    CHECK(dialog.criteriaView()->editTriggers() == QAbstractItemView::NoEditTriggers);

    // Typing on a cell edits nothing.
    dialog.tabs()->setCurrentIndex(1);
    dialog.criteriaView()->setFocus();
    dialog.criteriaView()->setCurrentIndex(name);
    const QString before = name.data().toString();
    QTest::keyClicks(dialog.criteriaView(), QStringLiteral("abc"));
    QTest::keyClick(dialog.criteriaView(), Qt::Key_Return);
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
