// Next year's campaign from this one: what is copied (units with the province's 2025 successions applied,
// criteria, award forms and quota rules, the council, certificate layouts) and what is not (entries,
// scores, votes, awards), checked in the new file; the hungyen-2025 template of the new province.
#include "demo/demo_generator.h"
#include "services/next_campaign.h"
#include "storage/campaign_plan.h"
#include "storage/campaign_repository.h"
#include "storage/campaign_template.h"
#include "storage/catalog_repository.h"
#include "storage/database.h"
#include "temp_campaign.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace sangkien;
using namespace sangkien::testing;

namespace {

int count(Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toInt();
}

QStringList unitNames(Database& db)
{
    auto units = CatalogRepository(db).units();
    REQUIRE(units);
    QStringList names;
    for (const Unit& u : *units)
        names << u.name;
    return names;
}

QStringList column(Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(sql));
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

} // namespace

TEST_CASE("The hungyen-2025 template is the new province: 104 communes and wards, no district committees, "
          "the merged departments",
          "[template][next-campaign]")
{
    TempCampaign campaign(QStringLiteral("hungyen-2025"));
    const QStringList names = unitNames(campaign.db());
    CHECK(count(campaign.db(),
                QStringLiteral("SELECT count(*) FROM unit u JOIN unit_kind k ON k.id = u.kind_id "
                               "WHERE k.code = 'commune'")) == 104);
    CHECK(count(campaign.db(), QStringLiteral("SELECT count(*) FROM unit WHERE name LIKE 'UBND phường %'")) ==
          11);
    CHECK(names.contains(QStringLiteral("UBND phường Phố Hiến")));
    CHECK(names.contains(QStringLiteral("UBND xã Như Quỳnh")));
    CHECK(names.contains(QStringLiteral("Sở Nông nghiệp và Môi trường")));
    CHECK_FALSE(names.contains(QStringLiteral("UBND huyện Văn Lâm")));
    CHECK_FALSE(names.contains(QStringLiteral("Sở Kế hoạch và Đầu tư")));
    CHECK_FALSE(names.contains(QStringLiteral("Sở Giao thông vận tải")));
    // The former Thái Bình's communes are there, with their area.
    CHECK(count(campaign.db(),
                QStringLiteral("SELECT count(*) FROM unit WHERE district = 'Thái Bình (cũ)'")) == 65);
    // The successions ship with it: Văn Lâm's committee became the three communes formed from its communes.
    CHECK(column(campaign.db(), QStringLiteral("SELECT to_name FROM unit_succession WHERE from_name = "
                                               "'UBND huyện Văn Lâm' ORDER BY to_name")) ==
          QStringList{QStringLiteral("UBND xã Lạc Đạo"), QStringLiteral("UBND xã Như Quỳnh"),
                      QStringLiteral("UBND xã Đại Đồng")});
    auto c = CampaignRepository(campaign.db()).load();
    REQUIRE(c);
    CHECK(c->year == 2025);
}

TEST_CASE("A 2025 campaign started from a 2024 demo: the plan and the council copied with the successions "
          "applied, no entries, scores, votes or awards",
          "[next-campaign]")
{
    TempCampaign old;
    DemoGenerator::Options o;
    o.entries = 40;
    o.seed = 5;
    REQUIRE(DemoGenerator(o).fill(old.db()));
    const int criteria = count(old.db(), QStringLiteral("SELECT count(*) FROM criterion"));
    const int rules = count(old.db(), QStringLiteral("SELECT count(*) FROM quota_rule"));
    const int members = count(old.db(), QStringLiteral("SELECT count(*) FROM council_member"));
    REQUIRE(count(old.db(), QStringLiteral("SELECT count(*) FROM entry")) == 40);
    REQUIRE(count(old.db(), QStringLiteral("SELECT count(*) FROM score")) > 0);
    // The council chair's unit was abolished on 1 July 2025; he follows it to its first successor.
    QSqlQuery q(old.db().connection());
    REQUIRE(q.exec(QStringLiteral("UPDATE council_member SET unit_id = (SELECT id FROM unit WHERE name = "
                                  "'UBND huyện Văn Lâm') WHERE role = 'chair'")));
    REQUIRE(q.exec(QStringLiteral("INSERT INTO certificate_layout (form, layout, saved_at, saved_by) VALUES "
                                  "('director', '{\"paper\":[297,210]}', '2024-11-02T08:00:00Z', 'clerk')")));
    old.close();
    const QByteArray before = [&] {
        QFile f(old.path());
        REQUIRE(f.open(QIODevice::ReadOnly));
        return f.readAll();
    }();

    const QString next = QDir(old.dir()).filePath(QStringLiteral("2025.sangkien"));
    NextCampaignFacts facts;
    facts.year = 2025;
    facts.planNumber = QStringLiteral("12/KH-UBND");
    auto made = NextCampaign::create(old.path(), next, facts);
    REQUIRE(made);
    CHECK(made->replacedUnits.contains(QStringLiteral("UBND huyện Văn Lâm")));
    CHECK(made->replacedUnits.contains(QStringLiteral("Sở Kế hoạch và Đầu tư")));
    CHECK(made->addedUnits.contains(QStringLiteral("UBND xã Như Quỳnh")));
    CHECK(made->addedUnits.contains(QStringLiteral("Sở Nông nghiệp và Môi trường")));
    CHECK_FALSE(made->addedUnits.contains(QStringLiteral("Sở Tài chính"))); // it was there already

    auto db = Database::open(next);
    REQUIRE(db);
    Database& n = **db;
    auto c = CampaignRepository(n).load();
    REQUIRE(c);
    CHECK(c->year == 2025);
    CHECK(c->planNumber == QStringLiteral("12/KH-UBND"));
    CHECK(c->opensOn == QDate(2025, 3, 6)); // the 2024 plan's dates, a year on
    CHECK(c->closesOn == QDate(2025, 12, 31));
    for (const QString& line : c->legalBasis)
        CHECK_FALSE(line.contains(QStringLiteral("44/KH-UBND"))); // the earlier plan is not cited
    CHECK(count(n, QStringLiteral("SELECT count(*) FROM legal_basis WHERE text LIKE '%năm 2025%'")) >= 1);

    const QStringList names = unitNames(n);
    CHECK_FALSE(names.contains(QStringLiteral("UBND huyện Văn Lâm")));
    CHECK_FALSE(names.contains(QStringLiteral("Sở Kế hoạch và Đầu tư")));
    CHECK(names.contains(QStringLiteral("UBND xã Như Quỳnh")));
    CHECK(names.contains(QStringLiteral("UBND xã Đại Đồng")));
    CHECK(names.contains(QStringLiteral("Sở Y tế")));
    CHECK(names.count(QStringLiteral("Sở Nông nghiệp và Môi trường")) == 1); // two departments became one
    CHECK(count(n, QStringLiteral("SELECT count(*) FROM unit u JOIN unit_kind k ON k.id = u.kind_id WHERE "
                                  "k.code = 'commune' AND u.district = 'Hưng Yên (cũ)'")) ==
          39); // the former Hưng Yên's ten district committees became its 39 communes and wards

    CHECK(count(n, QStringLiteral("SELECT count(*) FROM criterion")) == criteria);
    CHECK(count(n, QStringLiteral("SELECT count(*) FROM quota_rule")) == rules);
    CHECK(count(n, QStringLiteral("SELECT count(*) FROM council_member")) == members);
    CHECK(
        column(n, QStringLiteral("SELECT u.name FROM council_member m JOIN unit u ON u.id = m.unit_id WHERE "
                                 "m.role = 'chair'")) == QStringList{QStringLiteral("UBND xã Như Quỳnh")});
    CHECK(column(n, QStringLiteral("SELECT layout FROM certificate_layout WHERE form = 'director'")) ==
          QStringList{QStringLiteral("{\"paper\":[297,210]}")});
    CHECK(count(n, QStringLiteral(
                       "SELECT count(*) FROM unit_succession WHERE from_name = 'UBND huyện Văn Lâm'")) == 3);
    for (const char* table : {"entry", "nominee", "score_sheet", "score", "award", "meeting", "meeting_vote",
                              "award_decision", "province_decision", "assignment"})
        CHECK(count(n, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))) == 0);

    // The earlier campaign is not touched.
    QFile f(old.path());
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == before);
}

TEST_CASE("Starting next year's campaign refuses an earlier year, an existing file and a missing campaign, "
          "leaving nothing",
          "[next-campaign]")
{
    TempCampaign old;
    old.close();
    const QString next = QDir(old.dir()).filePath(QStringLiteral("new.sangkien"));
    NextCampaignFacts facts;
    facts.year = 2024;
    auto same = NextCampaign::create(old.path(), next, facts);
    REQUIRE_FALSE(same);
    CHECK(same.error().kind == ErrorKind::Refused);
    CHECK_FALSE(QFile::exists(next));

    facts.year = 2025;
    auto onto = NextCampaign::create(old.path(), old.path(), facts);
    REQUIRE_FALSE(onto);
    CHECK(onto.error().kind == ErrorKind::Conflict);

    auto missing =
        NextCampaign::create(QDir(old.dir()).filePath(QStringLiteral("nope.sangkien")), next, facts);
    REQUIRE_FALSE(missing);
    CHECK(missing.error().kind == ErrorKind::NotFound);
    CHECK(QDir(old.dir()).entryList(QDir::Files | QDir::Hidden).filter(QStringLiteral("new")).isEmpty());
}

TEST_CASE("A succession applies only once it has taken effect by the new campaign's end", "[next-campaign]")
{
    QJsonObject plan{
        {QStringLiteral("campaign"), QJsonObject{{QStringLiteral("year"), 2024}}},
        {QStringLiteral("unit_kinds"),
         QJsonArray{QJsonObject{{QStringLiteral("code"), QStringLiteral("district")},
                                {QStringLiteral("name"), QStringLiteral("Huyện")}}}},
        {QStringLiteral("units"), QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("district")},
                                                         {QStringLiteral("name"), QStringLiteral("A")}}}}};
    const QJsonArray successions{QJsonObject{{QStringLiteral("from"), QStringLiteral("A")},
                                             {QStringLiteral("to"), QJsonArray{QStringLiteral("B")}},
                                             {QStringLiteral("on"), QStringLiteral("2026-01-01")}},
                                 QJsonObject{{QStringLiteral("from"), QStringLiteral("B")},
                                             {QStringLiteral("to"), QJsonArray{QStringLiteral("C")}},
                                             {QStringLiteral("on"), QStringLiteral("2026-06-01")}}};
    const QJsonArray knownKinds{QJsonObject{{QStringLiteral("code"), QStringLiteral("district")}}};

    QJsonObject in2025 = plan;
    NextCampaignFacts facts;
    facts.year = 2025;
    auto kept = NextCampaign::carryForward(in2025, facts, successions, {}, knownKinds);
    REQUIRE(kept);
    CHECK(kept->replacedUnits.isEmpty());

    QJsonObject in2026 = plan;
    facts.year = 2026;
    auto chained = NextCampaign::carryForward(in2026, facts, successions, {}, knownKinds);
    REQUIRE(chained);
    CHECK(chained->replacedUnits == QStringList{QStringLiteral("A"), QStringLiteral("B")});
    CHECK(chained->addedUnits == QStringList{QStringLiteral("C")}); // B came and went
    const QJsonArray units = in2026.value(QStringLiteral("units")).toArray();
    REQUIRE(units.size() == 1);
    CHECK(units.first().toObject().value(QStringLiteral("name")).toString() == QStringLiteral("C"));
}
