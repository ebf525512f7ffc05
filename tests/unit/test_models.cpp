// The models the GUI shows: entries (with the search filter and Vietnamese sorting), criteria and quota
// rules.
#include "model_tester.h"
#include "models/criteria_model.h"
#include "models/entries_filter_model.h"
#include "models/entries_model.h"
#include "models/quota_rules_model.h"
#include "storage/catalog_repository.h"
#include "storage/entry_repository.h"
#include "storage/rules_repository.h"
#include "temp_campaign.h"

#include <QSqlQuery>
#include <QStringList>
#include <algorithm>
#include <catch2/catch.hpp>

using namespace sangkien;
using sangkien::testing::TempCampaign;

namespace {

qint64 firstUnitId(Database& db)
{
    auto units = CatalogRepository(db).units();
    REQUIRE(units);
    REQUIRE_FALSE(units->isEmpty());
    return units->first().id;
}

qint64 addEntry(Database& db, const QString& title, const QString& nominee,
                NomineeKind kind = NomineeKind::Individual, EntryStatus status = EntryStatus::Received)
{
    auto categories = CatalogRepository(db).categories();
    REQUIRE(categories);
    Entry e;
    e.title = title;
    e.categoryId = categories->first().id;
    e.status = status;
    e.nominee.kind = kind;
    e.nominee.name = nominee;
    e.nominee.unitId = firstUnitId(db);
    if (kind == NomineeKind::Individual)
        e.authors.append({nominee, QString(), e.nominee.unitId, 100});
    qint64 id = 0;
    const Status s = db.transaction([&]() -> Status {
        auto inserted = EntryRepository(db).insert(e);
        if (!inserted)
            return inserted.error();
        id = *inserted;
        return {};
    });
    REQUIRE(s);
    return id;
}

void addSampleEntries(Database& db)
{
    addEntry(db, QStringLiteral("Số hoá hồ sơ một cửa cấp huyện"), QStringLiteral("Nguyễn Văn Đức"));
    addEntry(db, QStringLiteral("Ứng dụng chữ ký số trong văn bản điện tử"), QStringLiteral("Trần Văn An"));
    addEntry(db, QStringLiteral("Dự án giống lúa chịu hạn"), QStringLiteral("Lê Thị Bình"));
    addEntry(db, QStringLiteral("Đường dây nóng hỗ trợ doanh nghiệp"), QStringLiteral("Đặng Thị Dung"));
    addEntry(db, QStringLiteral("Cải tiến quy trình tiếp nhận hồ sơ"), QStringLiteral("Phạm Văn Dũng"));
    addEntry(db, QStringLiteral("Mô hình chính quyền số"), QStringLiteral("Phòng Quản lý công nghệ"),
             NomineeKind::Collective);
}

QStringList column(const QAbstractItemModel& model, int col)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values << model.index(row, col).data().toString();
    return values;
}

void insertScore(Database& db)
{
    const qint64 entryId = addEntry(db, QStringLiteral("Sáng kiến đã chấm"), QStringLiteral("Vũ Thị Hoa"));
    auto criteria = RulesRepository(db).criteria();
    REQUIRE(criteria);
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(
        QStringLiteral("INSERT INTO council_member (full_name, role) VALUES ('Hoàng Văn Nam', 'chair')")));
    const qint64 memberId = q.lastInsertId().toLongLong();
    q.prepare(
        QStringLiteral("INSERT INTO score_sheet (member_id, entry_id, status) VALUES (?, ?, 'submitted')"));
    q.addBindValue(memberId);
    q.addBindValue(entryId);
    REQUIRE(q.exec());
    const qint64 sheetId = q.lastInsertId().toLongLong();
    q.prepare(QStringLiteral("INSERT INTO score (sheet_id, criterion_id, points) VALUES (?, ?, ?)"));
    q.addBindValue(sheetId);
    q.addBindValue(criteria->first().id);
    q.addBindValue(20.0);
    REQUIRE(q.exec());
}

} // namespace

TEST_CASE("EntriesModel holds every entry of the campaign", "[models][entries]")
{
    TempCampaign campaign;
    addSampleEntries(campaign.db());

    EntriesModel model;
    testing::CheckedModelTester tester(&model);
    REQUIRE(model.reload(campaign.db()));
    CHECK(tester.failures().isEmpty());

    CHECK(model.rowCount() == EntryRepository(campaign.db()).count());
    CHECK(model.rowCount() == 6);
    CHECK(model.columnCount() == EntriesModel::ColumnCount);
    CHECK(model.headerData(EntriesModel::NomineeColumn, Qt::Horizontal).toString() ==
          QStringLiteral("Nominee"));

    const QModelIndex first = model.index(0, EntriesModel::CodeColumn);
    CHECK(first.data().toString() == QStringLiteral("SK-2024-0001"));
    CHECK(model.index(0, EntriesModel::NomineeColumn).data().toString() == QStringLiteral("Nguyễn Văn Đức"));
    CHECK(model.index(0, EntriesModel::KindColumn).data().toString() == QStringLiteral("Initiative"));
    CHECK(model.index(0, EntriesModel::StatusColumn).data().toString() == QStringLiteral("Received"));
    CHECK(first.data(EntriesModel::EntryIdRole).toLongLong() > 0);
    CHECK(first.data(EntriesModel::SearchKeyRole).toString().contains(QStringLiteral("nguyen van duc")));
    // The category's code is shown, its title is in the tooltip.
    const QModelIndex category = model.index(0, EntriesModel::CategoryColumn);
    CHECK(category.data().toString() == QStringLiteral("1.a"));
    CHECK_FALSE(category.data(Qt::ToolTipRole).toString().isEmpty());

    model.clear();
    CHECK(model.rowCount() == 0);
    CHECK(tester.failures().isEmpty());
}

TEST_CASE("EntriesModel re-reads only the entries a change touched", "[models][entries]")
{
    TempCampaign campaign;
    Database& db = campaign.db();
    addSampleEntries(db);

    EntriesModel model;
    testing::CheckedModelTester tester(&model);
    EntriesFilterModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(EntriesModel::NomineeColumn);
    testing::CheckedModelTester proxyTester(&proxy);
    REQUIRE(model.reload(db));
    const QList<EntrySummary> before = model.entries();
    int resets = 0;
    QObject::connect(&model, &QAbstractItemModel::modelReset, [&] { ++resets; });

    // One entry renamed, one deleted, one added: the other rows are left alone.
    const qint64 renamed = before.at(1).id;
    const qint64 deleted = before.at(3).id;
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("UPDATE entry SET title = ? WHERE id = ?"));
    q.addBindValue(QStringLiteral("Chữ ký số cho toàn bộ văn bản đi"));
    q.addBindValue(renamed);
    REQUIRE(q.exec());
    REQUIRE(db.transaction([&] { return EntryRepository(db).remove(deleted); }));
    const qint64 added =
        addEntry(db, QStringLiteral("Bản đồ số đất nông nghiệp"), QStringLiteral("Âu Văn Bảo"));

    REQUIRE(model.refresh(db, {renamed, deleted, added}));
    CHECK(resets == 0);
    CHECK(tester.failures().isEmpty());
    REQUIRE(model.rowCount() == before.size());
    QStringList titles = column(model, EntriesModel::TitleColumn);
    CHECK(titles.contains(QStringLiteral("Chữ ký số cho toàn bộ văn bản đi")));
    CHECK_FALSE(titles.contains(before.at(3).title));
    CHECK(titles.contains(QStringLiteral("Bản đồ số đất nông nghiệp")));
    CHECK(model.entries().at(0) == before.at(0)); // untouched rows keep their place and content
    // The refreshed model is exactly what a full reload gives, row order aside.
    EntriesModel full;
    REQUIRE(full.reload(db));
    auto byId = [](QList<EntrySummary> list) {
        std::sort(list.begin(), list.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
        return list;
    };
    CHECK(byId(model.entries()) == byId(full.entries()));
    // The sorted view follows: the same order as a view sorted over a full reload.
    EntriesFilterModel fullProxy;
    fullProxy.setSourceModel(&full);
    fullProxy.sort(EntriesModel::NomineeColumn);
    CHECK(column(proxy, EntriesModel::NomineeColumn) == column(fullProxy, EntriesModel::NomineeColumn));
    CHECK(column(proxy, EntriesModel::NomineeColumn).contains(QStringLiteral("Âu Văn Bảo")));
}

TEST_CASE("EntriesFilterModel searches without diacritics", "[models][entries][search]")
{
    TempCampaign campaign;
    addSampleEntries(campaign.db());
    EntriesModel model;
    REQUIRE(model.reload(campaign.db()));

    EntriesFilterModel filter;
    filter.setSourceModel(&model);
    testing::CheckedModelTester tester(&filter);

    filter.setSearchText(QStringLiteral("nguyen van duc"));
    REQUIRE(filter.rowCount() == 1);
    CHECK(filter.index(0, EntriesModel::NomineeColumn).data().toString() == QStringLiteral("Nguyễn Văn Đức"));

    filter.setSearchText(QStringLiteral("DANG"));
    REQUIRE(filter.rowCount() == 1);
    CHECK(filter.index(0, EntriesModel::NomineeColumn).data().toString() == QStringLiteral("Đặng Thị Dung"));

    filter.setSearchText(QStringLiteral("  LÚA   giong "));
    CHECK(filter.rowCount() == 1); // words anywhere, case, spacing and marks ignored

    filter.setSearchText(QStringLiteral("duc nguyen")); // word order is free
    CHECK(filter.rowCount() == 1);

    filter.setSearchText(QStringLiteral("sk-2024-0003"));
    CHECK(filter.rowCount() == 1);

    filter.setSearchText(QStringLiteral("không có gì như thế"));
    CHECK(filter.rowCount() == 0);

    filter.setSearchText(QString());
    CHECK(filter.rowCount() == model.rowCount());
    CHECK(tester.failures().isEmpty());
}

TEST_CASE("EntriesFilterModel sorts the Vietnamese way", "[models][entries][sort]")
{
    TempCampaign campaign;
    addSampleEntries(campaign.db());
    EntriesModel model;
    REQUIRE(model.reload(campaign.db()));
    EntriesFilterModel filter;
    filter.setSourceModel(&model);

    SECTION("nominees: collectives first, then people by given name with Vietnamese letters and tones")
    {
        filter.sort(EntriesModel::NomineeColumn, Qt::AscendingOrder);
        CHECK(column(filter, EntriesModel::NomineeColumn) ==
              QStringList({QStringLiteral("Phòng Quản lý công nghệ"), QStringLiteral("Trần Văn An"),
                           QStringLiteral("Lê Thị Bình"), QStringLiteral("Đặng Thị Dung"),
                           QStringLiteral("Phạm Văn Dũng"), QStringLiteral("Nguyễn Văn Đức")}));
    }
    SECTION("titles: d before đ, u before ư")
    {
        filter.sort(EntriesModel::TitleColumn, Qt::AscendingOrder);
        const QStringList titles = column(filter, EntriesModel::TitleColumn);
        CHECK(titles == QStringList({QStringLiteral("Cải tiến quy trình tiếp nhận hồ sơ"),
                                     QStringLiteral("Dự án giống lúa chịu hạn"),
                                     QStringLiteral("Đường dây nóng hỗ trợ doanh nghiệp"),
                                     QStringLiteral("Mô hình chính quyền số"),
                                     QStringLiteral("Số hoá hồ sơ một cửa cấp huyện"),
                                     QStringLiteral("Ứng dụng chữ ký số trong văn bản điện tử")}));
        filter.sort(EntriesModel::TitleColumn, Qt::DescendingOrder);
        CHECK(column(filter, EntriesModel::TitleColumn).first() ==
              QStringLiteral("Ứng dụng chữ ký số trong văn bản điện tử"));
    }
    SECTION("codes in natural order")
    {
        CHECK(EntriesFilterModel::naturalCompare(u"SK-2024-9999", u"SK-2024-10000") < 0);
        CHECK(EntriesFilterModel::naturalCompare(u"2.b", u"10.a") < 0);
        CHECK(EntriesFilterModel::naturalCompare(u"SK-2024-0002", u"SK-2024-0002") == 0);
        CHECK(EntriesFilterModel::naturalCompare(u"sk-2024-0002", u"SK-2024-0010") < 0);
        filter.sort(EntriesModel::CodeColumn, Qt::DescendingOrder);
        CHECK(filter.index(0, EntriesModel::CodeColumn).data().toString() == QStringLiteral("SK-2024-0006"));
    }
}

TEST_CASE("CriteriaModel edits the template's criteria", "[models][criteria]")
{
    TempCampaign campaign;
    CriteriaModel model;
    testing::CheckedModelTester tester(&model);
    REQUIRE(model.load(campaign.db()));

    auto stored = RulesRepository(campaign.db()).criteria();
    REQUIRE(stored);
    CHECK(model.rowCount() == stored->size());
    CHECK(model.rowCount() == 5);
    CHECK(model.totalMaxPoints() == Approx(100));
    CHECK_FALSE(model.isLocked());
    CHECK(model.flags(model.index(0, CriteriaModel::MaxPointsColumn)) & Qt::ItemIsEditable);

    const QModelIndex max = model.index(0, CriteriaModel::MaxPointsColumn);
    const QModelIndex min = model.index(0, CriteriaModel::MinPointsColumn);
    CHECK_FALSE(model.setData(max, 0));
    CHECK_FALSE(model.setData(max, -5));
    CHECK_FALSE(model.setData(max, QStringLiteral("nhiều")));
    CHECK_FALSE(model.setData(min, 26)); // above the maximum of 25
    CHECK_FALSE(model.setData(min, -1));
    CHECK_FALSE(model.lastError().isEmpty());
    CHECK_FALSE(model.setData(model.index(0, CriteriaModel::NameColumn), QStringLiteral("   ")));
    CHECK_FALSE(model.setData(model.index(1, CriteriaModel::CodeColumn), model.index(0, 0).data()));
    CHECK_FALSE(model.isModified());

    CHECK(model.setData(min, 10));
    CHECK_FALSE(model.setData(max, 5)); // below the minimum now
    CHECK(model.setData(max, 30));
    CHECK(model.totalMaxPoints() == Approx(105));
    CHECK(model.isModified());

    REQUIRE(model.save(campaign.db()));
    CriteriaModel reloaded;
    REQUIRE(reloaded.load(campaign.db()));
    CHECK(reloaded.index(0, CriteriaModel::MaxPointsColumn).data().toDouble() == Approx(30));
    CHECK(reloaded.index(0, CriteriaModel::MinPointsColumn).data().toDouble() == Approx(10));
    CHECK(reloaded.totalMaxPoints() == Approx(105));

    REQUIRE(model.insertRows(model.rowCount(), 1));
    REQUIRE(model.removeRows(0, 1));
    CHECK(model.rowCount() == 5);
    CHECK(tester.failures().isEmpty());
}

TEST_CASE("CriteriaModel refuses edits once a score exists", "[models][criteria]")
{
    TempCampaign campaign;
    insertScore(campaign.db());
    REQUIRE(RulesRepository(campaign.db()).criteriaLocked());

    CriteriaModel model;
    REQUIRE(model.load(campaign.db()));
    CHECK(model.isLocked());
    CHECK_FALSE(model.flags(model.index(0, CriteriaModel::MaxPointsColumn)) & Qt::ItemIsEditable);
    CHECK_FALSE(model.setData(model.index(0, CriteriaModel::MaxPointsColumn), 20));
    CHECK_FALSE(model.setData(model.index(0, CriteriaModel::NameColumn), QStringLiteral("Tính sáng tạo")));
    CHECK_FALSE(model.insertRows(0, 1));
    CHECK_FALSE(model.removeRows(0, 1));
    CHECK(model.index(0, CriteriaModel::MaxPointsColumn).data().toDouble() == Approx(25));
    CHECK_FALSE(model.save(campaign.db()));
    CHECK(model.totalMaxPoints() == Approx(100));
}

TEST_CASE("QuotaRulesModel shows and edits the plan's quotas", "[models][quota]")
{
    TempCampaign campaign;
    QuotaRulesModel model;
    testing::CheckedModelTester tester(&model);
    REQUIRE(model.load(campaign.db()));

    auto stored = RulesRepository(campaign.db()).quotaRules();
    REQUIRE(stored);
    REQUIRE(model.rowCount() == stored->size());
    REQUIRE(model.rowCount() == 3);

    // (award form code, nominee kind code) → max count, as the model shows them.
    QMap<QPair<QString, QString>, int> quotas;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QuotaRule& rule = model.rules().at(row);
        QString formCode;
        for (const AwardForm& f : model.awardForms()) {
            if (f.id == rule.awardFormId)
                formCode = f.code;
        }
        CHECK(model.index(row, QuotaRulesModel::AwardFormColumn).data().toString() ==
              model.awardFormName(rule.awardFormId));
        quotas.insert({formCode, model.index(row, QuotaRulesModel::NomineeKindColumn)
                                     .data(QuotaRulesModel::KindCodeRole)
                                     .toString()},
                      model.index(row, QuotaRulesModel::MaxCountColumn).data().toInt());
    }
    CHECK(quotas.value({QStringLiteral("chairman"), QStringLiteral("any")}, -1) == 10);
    CHECK(quotas.value({QStringLiteral("director"), QStringLiteral("collective")}, -1) == 5);
    CHECK(quotas.value({QStringLiteral("director"), QStringLiteral("individual")}, -1) == 10);
    CHECK(model.index(0, QuotaRulesModel::AwardFormColumn).data().toString() ==
          QStringLiteral("Bằng khen của Chủ tịch UBND tỉnh"));

    const QModelIndex count = model.index(1, QuotaRulesModel::MaxCountColumn);
    CHECK_FALSE(model.setData(count, -1));
    CHECK_FALSE(model.setData(count, QStringLiteral("năm")));
    CHECK_FALSE(model.setData(model.index(0, QuotaRulesModel::AwardFormColumn), QStringLiteral("x")));
    // The director's form already has an individual rule: a second one is refused.
    const int collectiveRow = model.rules().at(1).nomineeKind == NomineeKind::Collective ? 1 : 2;
    CHECK_FALSE(model.setData(model.index(collectiveRow, QuotaRulesModel::NomineeKindColumn),
                              QStringLiteral("individual")));
    CHECK_FALSE(model.setData(model.index(collectiveRow, QuotaRulesModel::NomineeKindColumn),
                              QStringLiteral("nobody")));
    CHECK(model.setData(model.index(collectiveRow, QuotaRulesModel::MaxCountColumn), 0)); // zero is allowed
    CHECK(model.setData(model.index(0, QuotaRulesModel::MaxCountColumn), 12));

    REQUIRE(model.save(campaign.db()));
    QuotaRulesModel reloaded;
    REQUIRE(reloaded.load(campaign.db()));
    REQUIRE(reloaded.rowCount() == 3);
    CHECK(reloaded.index(0, QuotaRulesModel::MaxCountColumn).data().toInt() == 12);
    CHECK(reloaded.index(collectiveRow, QuotaRulesModel::MaxCountColumn).data().toInt() == 0);
    CHECK(tester.failures().isEmpty());
}
