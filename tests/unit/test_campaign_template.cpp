// The 2024 template: the plan's facts as data, written into a new campaign.
#include "storage/campaign_repository.h"
#include "storage/campaign_template.h"
#include "storage/catalog_repository.h"
#include "storage/rules_repository.h"
#include "temp_campaign.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace sangkien;

TEST_CASE("The hungyen-2024 template is known and loads", "[template]")
{
    CHECK(CampaignTemplate::available().contains(QStringLiteral("hungyen-2024")));
    auto unknown = CampaignTemplate::load(QStringLiteral("hanoi-1999"));
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().message.contains(QStringLiteral("hungyen-2024")));
}

TEST_CASE("The template holds the plan's campaign facts", "[template]")
{
    testing::TempCampaign campaign;
    auto c = CampaignRepository(campaign.db()).load();
    REQUIRE(c.ok());
    CHECK(c->year == 2024);
    CHECK(c->planNumber == QStringLiteral("44/KH-UBND"));
    CHECK(c->issuingBody == QStringLiteral("Sở Khoa học và Công nghệ"));
    CHECK(c->superiorBody == QStringLiteral("UBND tỉnh Hưng Yên"));
    CHECK(c->name.startsWith(QStringLiteral("Phát huy sáng kiến, cải tiến kỹ thuật, giải pháp hữu ích")));
    CHECK(c->passRatio == Approx(2.0 / 3.0));
    CHECK(c->quorumRatio == Approx(2.0 / 3.0));
    REQUIRE(c->legalBasis.size() >= 3);
    for (const QString& line : c->legalBasis)
        CHECK(line.startsWith(QStringLiteral("Căn cứ")));
}

TEST_CASE("The template has Section II's categories 1.a to 4.b with the plan's wording", "[template]")
{
    testing::TempCampaign campaign;
    auto categories = CatalogRepository(campaign.db()).categories();
    REQUIRE(categories.ok());
    QStringList codes;
    for (const auto& c : *categories)
        codes << c.code;
    CHECK(codes == QStringList{QStringLiteral("1.a"), QStringLiteral("1.b"), QStringLiteral("2.a"),
                               QStringLiteral("2.b"), QStringLiteral("2.c"), QStringLiteral("2.d"),
                               QStringLiteral("3.a"), QStringLiteral("3.b"), QStringLiteral("3.c"),
                               QStringLiteral("4.a"), QStringLiteral("4.b")});
    const auto& d2 = (*categories)[5];
    CHECK(d2.groupNumber == 2);
    CHECK(d2.title.startsWith(QStringLiteral("Chuyển đổi số")));
    CHECK(d2.groupTitle.contains(QStringLiteral("cải cách hành chính")));
    CHECK((*categories)[7].title.contains(QStringLiteral("Quyền tác giả")));
}

TEST_CASE("The template has the three initiative kinds and the unit kinds of Section III", "[template]")
{
    testing::TempCampaign campaign;
    CatalogRepository catalog(campaign.db());
    CHECK(catalog.initiativeKindName(EntryKind::Initiative) == QStringLiteral("Sáng kiến"));
    CHECK(catalog.initiativeKindName(EntryKind::TechnicalImprovement) == QStringLiteral("Cải tiến kỹ thuật"));
    CHECK(catalog.initiativeKindName(EntryKind::UsefulSolution) == QStringLiteral("Giải pháp hữu ích"));

    auto kinds = catalog.unitKinds();
    REQUIRE(kinds.ok());
    QStringList codes;
    for (const auto& k : *kinds)
        codes << k.code;
    for (const char* code : {"party_mass", "department", "district", "university", "school", "enterprise"})
        CHECK(codes.contains(QString::fromLatin1(code)));
}

TEST_CASE("The template has the province's 10 district-level People's Committees and its departments",
          "[template]")
{
    testing::TempCampaign campaign;
    QSqlQuery q(campaign.db().connection());
    REQUIRE(q.exec(QStringLiteral("SELECT u.name FROM unit u JOIN unit_kind k ON k.id = u.kind_id "
                                  "WHERE k.code = 'district' ORDER BY u.id")));
    QStringList districts;
    while (q.next())
        districts << q.value(0).toString();
    CHECK(districts.size() == 10);
    CHECK(districts.contains(QStringLiteral("UBND thành phố Hưng Yên")));
    CHECK(districts.contains(QStringLiteral("UBND thị xã Mỹ Hào")));
    CHECK(districts.contains(QStringLiteral("UBND huyện Phù Cừ")));

    auto units = CatalogRepository(campaign.db()).units();
    REQUIRE(units.ok());
    QStringList names;
    for (const auto& u : *units)
        names << u.name;
    CHECK(names.contains(QStringLiteral("Sở Khoa học và Công nghệ")));
    CHECK(names.contains(QStringLiteral("Trường Đại học Sư phạm Kỹ thuật Hưng Yên")));
}

TEST_CASE("The template's criteria follow Section I and total 100", "[template]")
{
    testing::TempCampaign campaign;
    auto criteria = RulesRepository(campaign.db()).criteria();
    REQUIRE(criteria.ok());
    REQUIRE(criteria->size() == 5);
    double total = 0;
    QStringList codes;
    for (const auto& c : *criteria) {
        total += c.maxPoints;
        codes << c.code;
    }
    CHECK(total == Approx(100));
    CHECK(codes == QStringList{QStringLiteral("novelty"), QStringLiteral("practicality"),
                               QStringLiteral("feasibility"), QStringLiteral("effectiveness"),
                               QStringLiteral("replicability")});
    CHECK((*criteria)[0].maxPoints == 25);
    CHECK((*criteria)[1].maxPoints == 15);
    CHECK((*criteria)[2].maxPoints == 15);
    CHECK((*criteria)[3].maxPoints == 25);
    CHECK((*criteria)[4].maxPoints == 20);
}

TEST_CASE("The template's award forms carry the plan's quota rules", "[template]")
{
    testing::TempCampaign campaign;
    RulesRepository rules(campaign.db());
    auto forms = rules.awardForms();
    auto quotas = rules.quotaRules();
    REQUIRE(forms.ok());
    REQUIRE(quotas.ok());
    REQUIRE(forms->size() == 2);
    CHECK((*forms)[0].code == QStringLiteral("chairman"));
    CHECK((*forms)[0].name == QStringLiteral("Bằng khen của Chủ tịch UBND tỉnh"));
    CHECK((*forms)[1].code == QStringLiteral("director"));

    QMap<QString, int> limits; // "form/kind" → limit
    for (const QuotaRule& r : *quotas) {
        const QString form =
            r.awardFormId == (*forms)[0].id ? QStringLiteral("chairman") : QStringLiteral("director");
        limits.insert(form + QLatin1Char('/') + quotaKindCode(r.nomineeKind), r.maxCount);
    }
    CHECK(limits == QMap<QString, int>{{QStringLiteral("chairman/any"), 10},
                                       {QStringLiteral("director/collective"), 5},
                                       {QStringLiteral("director/individual"), 10}});
}

TEST_CASE("createCampaign leaves no file behind when the template is unknown", "[template]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x.sangkien"));
    auto db = createCampaign(path, QStringLiteral("nowhere"));
    CHECK_FALSE(db.ok());
    CHECK_FALSE(QFile::exists(path));
}
