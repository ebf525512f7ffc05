// The year's figures (issue 17, item 1) on a campaign made by hand: seven entries of four units, five of
// them scored by two members, three awards. Every figure below was counted by hand from the table in
// HandCampaign, not by the code under test.
#include "reports/campaign_statistics.h"
#include "services/entry_service.h"
#include "storage/catalog_repository.h"
#include "storage/rules_repository.h"
#include "temp_campaign.h"

#include <QFile>
#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace sangkien;

namespace {

qint64 unitNamed(Database& db, const QString& name)
{
    const auto units = CatalogRepository(db).units();
    REQUIRE(units);
    for (const Unit& u : *units)
        if (u.name == name)
            return u.id;
    FAIL("no unit " << name.toStdString());
    return 0;
}

qint64 categoryCoded(Database& db, const QString& code)
{
    const auto categories = CatalogRepository(db).categories();
    REQUIRE(categories);
    for (const ContentCategory& c : *categories)
        if (c.code == code)
            return c.id;
    FAIL("no category " << code.toStdString());
    return 0;
}

void exec(Database& db, const QString& sql, const QVariantList& binds)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.prepare(sql));
    for (const QVariant& v : binds)
        q.addBindValue(v);
    INFO(sql.toStdString());
    REQUIRE(q.exec());
}

struct HandCampaign
{
    testing::TempCampaign campaign;
    Database& db = campaign.db();
    QList<qint64> members;
    QList<Criterion> criteria = *RulesRepository(db).criteria();

    qint64 addMember(const QString& name)
    {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("INSERT INTO council_member (full_name, role) VALUES (?, 'member')"));
        q.addBindValue(name);
        REQUIRE(q.exec());
        members << q.lastInsertId().toLongLong();
        return members.last();
    }

    qint64 add(const QString& unit, NomineeKind nomineeKind, EntryKind kind, const QString& category,
               EntryStatus status, std::optional<qint64> benefit)
    {
        const qint64 unitId = unitNamed(db, unit);
        Entry e;
        e.title = QStringLiteral("Giải pháp số hóa hồ sơ của ") + unit;
        e.kind = kind;
        e.categoryId = categoryCoded(db, category);
        e.receivedOn = QDate(2024, 9, 16);
        e.economicBenefit = benefit;
        e.nominee.kind = nomineeKind;
        e.nominee.name = nomineeKind == NomineeKind::Collective ? QStringLiteral("Phòng Kinh tế") + unit
                                                                : QStringLiteral("Nguyễn Thị Lành");
        e.nominee.unitId = unitId;
        e.authors = {{QStringLiteral("Nguyễn Thị Lành"), {}, unitId, 100}};
        auto id = EntryService(db, QStringLiteral("test")).create(e);
        REQUIRE(id.ok());
        exec(db, QStringLiteral("UPDATE entry SET status = ? WHERE id = ?"), {entryStatusCode(status), *id});
        return *id;
    }

    // A submitted sheet whose points add up to total, filled criterion by criterion up to each maximum.
    void score(qint64 member, qint64 entry, double total)
    {
        exec(db,
             QStringLiteral(
                 "INSERT INTO score_sheet (member_id, entry_id, status) VALUES (?, ?, 'submitted')"),
             {member, entry});
        QSqlQuery q(db.connection());
        REQUIRE(q.exec(QStringLiteral("SELECT max(id) FROM score_sheet")));
        REQUIRE(q.next());
        const qint64 sheet = q.value(0).toLongLong();
        double left = total;
        for (const Criterion& c : criteria) {
            const double points = std::min(c.maxPoints, left);
            left -= points;
            exec(db, QStringLiteral("INSERT INTO score (sheet_id, criterion_id, points) VALUES (?, ?, ?)"),
                 {sheet, c.id, points});
        }
        REQUIRE(left == 0);
    }

    void award(qint64 entry, const QString& form)
    {
        exec(db,
             QStringLiteral("INSERT INTO award (entry_id, award_form_id, decided_at) "
                            "SELECT ?, id, '2025-01-20T08:00:00Z' FROM award_form WHERE code = ?"),
             {entry, form});
    }

    // The campaign of the figures below:
    //  #  unit (district)                       nominee     kind    cat  status        benefit      scores
    //  award 1  UBND huyện Văn Lâm (Huyện Văn Lâm)      individual  init.   2.d  awarded       100,000,000
    //  90, 80  director 2  UBND huyện Văn Lâm                      collective  tech.   2.d  proposed      —
    //  70, 76  chairman 3  UBND thị xã Mỹ Hào (Thị xã Mỹ Hào)      individual  useful  1.a  scored        —
    //  55, 65  director 4  Sở Y tế (no district)                   collective  init.   3.a  received
    //  25,500,000   —       — 5  Sở Y tế                                 individual  init.   2.d  returned —
    //  —       — 6  Trường Đại học Chu Văn An (TP Hưng Yên) individual  tech.   1.a  under_review  — 45 — 7
    //  UBND thị xã Mỹ Hào                      individual  init.   4.b  not_awarded   0            95, 99  —
    void fill()
    {
        const QString vanLam = QStringLiteral("UBND huyện Văn Lâm");
        const QString myHao = QStringLiteral("UBND thị xã Mỹ Hào");
        const QString yTe = QStringLiteral("Sở Y tế");
        const QString chuVanAn = QStringLiteral("Trường Đại học Chu Văn An");
        // The template files every unit under a district; a department is the province's, without one.
        exec(db, QStringLiteral("UPDATE unit SET district = '' WHERE name = ?"), {yTe});
        const qint64 m1 = addMember(QStringLiteral("Phạm Văn Một"));
        const qint64 m2 = addMember(QStringLiteral("Hoàng Thị Hai"));
        const qint64 e1 = add(vanLam, NomineeKind::Individual, EntryKind::Initiative, QStringLiteral("2.d"),
                              EntryStatus::Awarded, 100000000);
        const qint64 e2 = add(vanLam, NomineeKind::Collective, EntryKind::TechnicalImprovement,
                              QStringLiteral("2.d"), EntryStatus::Proposed, std::nullopt);
        const qint64 e3 = add(myHao, NomineeKind::Individual, EntryKind::UsefulSolution,
                              QStringLiteral("1.a"), EntryStatus::Scored, std::nullopt);
        add(yTe, NomineeKind::Collective, EntryKind::Initiative, QStringLiteral("3.a"), EntryStatus::Received,
            25500000);
        add(yTe, NomineeKind::Individual, EntryKind::Initiative, QStringLiteral("2.d"), EntryStatus::Returned,
            std::nullopt);
        const qint64 e6 = add(chuVanAn, NomineeKind::Individual, EntryKind::TechnicalImprovement,
                              QStringLiteral("1.a"), EntryStatus::UnderReview, std::nullopt);
        const qint64 e7 = add(myHao, NomineeKind::Individual, EntryKind::Initiative, QStringLiteral("4.b"),
                              EntryStatus::NotAwarded, 0);
        score(m1, e1, 90);
        score(m2, e1, 80);
        score(m1, e2, 70);
        score(m2, e2, 76);
        score(m1, e3, 55);
        score(m2, e3, 65);
        score(m1, e6, 45);
        score(m1, e7, 95);
        score(m2, e7, 99);
        award(e1, QStringLiteral("director"));
        award(e2, QStringLiteral("chairman"));
        award(e3, QStringLiteral("director"));
    }
};

QList<int> counts(const QList<CountRow>& rows)
{
    QList<int> list;
    for (const CountRow& r : rows)
        list << r.count;
    return list;
}

QStringList labels(const QList<CountRow>& rows)
{
    QStringList list;
    for (const CountRow& r : rows)
        list << r.label;
    return list;
}

} // namespace

TEST_CASE("Statistics of a hand-made campaign match the figures counted by hand", "[reports][statistics]")
{
    HandCampaign c;
    c.fill();
    const auto s = computeStatistics(c.db);
    REQUIRE(s.ok());

    CHECK(s->year == 2024);
    CHECK(s->entries == 7);

    // Categories 1.a … 4.b of the plan, zeros included.
    QStringList codes;
    for (const CountRow& r : s->byCategory)
        codes << r.code;
    CHECK(codes == QStringList{QStringLiteral("1.a"), QStringLiteral("1.b"), QStringLiteral("2.a"),
                               QStringLiteral("2.b"), QStringLiteral("2.c"), QStringLiteral("2.d"),
                               QStringLiteral("3.a"), QStringLiteral("3.b"), QStringLiteral("3.c"),
                               QStringLiteral("4.a"), QStringLiteral("4.b")});
    CHECK(counts(s->byCategory) == QList<int>{2, 0, 0, 0, 0, 3, 1, 0, 0, 0, 1});

    CHECK(labels(s->byKind) == QStringList{QStringLiteral("Sáng kiến"), QStringLiteral("Cải tiến kỹ thuật"),
                                           QStringLiteral("Giải pháp hữu ích")});
    CHECK(counts(s->byKind) == QList<int>{4, 2, 1});

    // party_mass, department, district, university, … (the template's order).
    REQUIRE(s->byUnitKind.size() == 7); // every kind of the template, zeros included
    CHECK(s->byUnitKind[0].code == QStringLiteral("party_mass"));
    CHECK(s->byUnitKind[1].code == QStringLiteral("department"));
    CHECK(s->byUnitKind[2].code == QStringLiteral("district"));
    CHECK(s->byUnitKind[3].code == QStringLiteral("university"));
    CHECK(counts(s->byUnitKind) == QList<int>{0, 2, 4, 1, 0, 0, 0}); // then school, enterprise, resident

    CHECK(labels(s->byDistrict) ==
          QStringList{QStringLiteral("Huyện Văn Lâm"), QStringLiteral("Thành phố Hưng Yên"),
                      QStringLiteral("Thị xã Mỹ Hào"), CampaignStatistics::noDistrictLabel()});
    CHECK(counts(s->byDistrict) == QList<int>{2, 1, 2, 2});

    // received, complete, returned, under_review, scored, proposed, awarded, not_awarded
    CHECK(counts(s->byStatus) == QList<int>{1, 0, 1, 1, 1, 1, 1, 1});
    CHECK(s->byStatus[3].label == QStringLiteral("Đang thẩm định"));

    CHECK(s->collectives == 2);
    CHECK(s->individuals == 5);

    // Scores 85, 73, 60, 45 (one sheet), 97.
    CHECK(s->scored == 5);
    REQUIRE(s->meanScore);
    CHECK(*s->meanScore == Approx(72.0));
    CHECK(*s->minScore == Approx(45.0));
    CHECK(*s->maxScore == Approx(97.0));
    REQUIRE(s->scoreBins.size() == 6);
    QList<int> bins;
    for (const ScoreBin& b : s->scoreBins)
        bins << b.count;
    CHECK(bins == QList<int>{1, 0, 1, 1, 1, 1});
    CHECK(s->scoreBins.first().label == QStringLiteral("Dưới 50"));
    CHECK(s->scoreBins.last().label == QStringLiteral("Từ 90 đến 100"));
    CHECK(s->scoreBins.last().to == 100);

    QHash<QString, CategoryScore> byCode;
    for (const CategoryScore& cs : s->meanByCategory)
        byCode.insert(cs.code, cs);
    CHECK(s->meanByCategory.size() == 11);
    CHECK(byCode[QStringLiteral("1.a")].scored == 2);
    CHECK(*byCode[QStringLiteral("1.a")].mean == Approx(52.5));
    CHECK(byCode[QStringLiteral("2.d")].scored == 2);
    CHECK(*byCode[QStringLiteral("2.d")].mean == Approx(79.0));
    CHECK(*byCode[QStringLiteral("4.b")].mean == Approx(97.0));
    CHECK(byCode[QStringLiteral("3.a")].scored == 0);
    CHECK_FALSE(byCode[QStringLiteral("3.a")].mean.has_value());

    // Awards: chairman 1, director 2.
    CHECK(s->awards == 3);
    REQUIRE(s->awardsByForm.size() == 2);
    CHECK(s->awardsByForm[0].code == QStringLiteral("chairman"));
    CHECK(s->awardsByForm[0].count == 1);
    CHECK(s->awardsByForm[1].code == QStringLiteral("director"));
    CHECK(s->awardsByForm[1].count == 2);
    REQUIRE(s->awardsByUnit.size() == 2);
    CHECK(s->awardsByUnit[0].label == QStringLiteral("UBND huyện Văn Lâm"));
    CHECK(s->awardsByUnit[0].district == QStringLiteral("Huyện Văn Lâm"));
    CHECK(s->awardsByUnit[0].byForm == QList<int>{1, 1});
    CHECK(s->awardsByUnit[0].total == 2);
    CHECK(s->awardsByUnit[1].label == QStringLiteral("UBND thị xã Mỹ Hào"));
    CHECK(s->awardsByUnit[1].byForm == QList<int>{0, 1});
    CHECK(s->awardsByUnit[1].total == 1);
    REQUIRE(s->awardsByDistrict.size() == 2);
    CHECK(s->awardsByDistrict[0].label == QStringLiteral("Huyện Văn Lâm"));
    CHECK(s->awardsByDistrict[0].total == 2);
    CHECK(s->awardsByDistrict[1].label == QStringLiteral("Thị xã Mỹ Hào"));
    CHECK(s->awardsByDistrict[1].byForm == QList<int>{0, 1});

    CHECK(s->economicBenefit == 125500000);
    CHECK(s->entriesWithBenefit == 3); // 0 đồng declared is declared

    // 44 units in the 2024 template, four of them sent entries.
    CHECK(s->unitsWithEntries == 4);
    CHECK(s->silentUnits.size() == 40);
    for (const SilentUnit& u : s->silentUnits) {
        CHECK(u.name != QStringLiteral("UBND huyện Văn Lâm"));
        CHECK(u.name != QStringLiteral("Sở Y tế"));
        CHECK(u.name != QStringLiteral("Trường Đại học Chu Văn An"));
    }
    CHECK(s->silentUnits.first().kind == QStringLiteral("Cơ quan Đảng, đoàn thể tỉnh"));
    CHECK(s->silentUnits.last().kind == QStringLiteral("Trường đại học, cao đẳng, trung cấp"));
}

TEST_CASE("An empty campaign has zeros and no scores", "[reports][statistics]")
{
    testing::TempCampaign campaign;
    const auto s = computeStatistics(campaign.db());
    REQUIRE(s.ok());
    CHECK(s->entries == 0);
    CHECK(s->scored == 0);
    CHECK_FALSE(s->meanScore.has_value());
    CHECK(s->byDistrict.isEmpty());
    CHECK(counts(s->byStatus) == QList<int>(8, 0));
    CHECK(s->awards == 0);
    CHECK(s->silentUnits.size() == 44);
}

TEST_CASE("Years compared side by side, oldest first", "[reports][statistics]")
{
    HandCampaign y2024;
    y2024.fill();
    HandCampaign y2023;
    exec(y2023.db, QStringLiteral("UPDATE campaign SET year = ?"), {2023});
    y2023.add(QStringLiteral("Sở Y tế"), NomineeKind::Individual, EntryKind::Initiative,
              QStringLiteral("1.a"), EntryStatus::Received, 7000000);
    y2023.add(QStringLiteral("Sở Tài chính"), NomineeKind::Collective, EntryKind::Initiative,
              QStringLiteral("1.b"), EntryStatus::Complete, std::nullopt);

    const auto years = compareYears(QList<Database*>{&y2024.db, &y2023.db});
    REQUIRE(years.ok());
    REQUIRE(years->size() == 2);
    const YearFigures& a = years->at(0);
    const YearFigures& b = years->at(1);
    CHECK(a.year == 2023);
    CHECK(a.entries == 2);
    CHECK(a.collectives == 1);
    CHECK(a.individuals == 1);
    CHECK(a.scored == 0);
    CHECK_FALSE(a.meanScore.has_value());
    CHECK(a.awards == 0);
    CHECK(a.economicBenefit == 7000000);
    CHECK(a.unitsWithEntries == 2);
    CHECK(a.silentUnits == 42);
    CHECK(b.year == 2024);
    CHECK(b.entries == 7);
    CHECK(b.scored == 5);
    CHECK(*b.meanScore == Approx(72.0));
    CHECK(b.awards == 3);
    CHECK(b.awardsByForm[1].count == 2);
    CHECK(b.economicBenefit == 125500000);
    CHECK(b.unitsWithEntries == 4);
    CHECK(b.silentUnits == 40);
}

TEST_CASE("Statistics of a period count only the entries received in it", "[reports][statistics]")
{
    HandCampaign c;
    c.fill();
    // Entries 1 to 3 (awarded, proposed, scored; scores 85, 73, 60) came in March, the rest in September.
    exec(c.db,
         QStringLiteral(
             "UPDATE entry SET received_on = ? WHERE id IN (SELECT id FROM entry ORDER BY id LIMIT 3)"),
         {QStringLiteral("2024-03-10")});
    exec(c.db, QStringLiteral("UPDATE entry SET received_on = NULL WHERE id = (SELECT max(id) FROM entry)"),
         {});

    StatisticsPeriod spring{QDate(2024, 3, 1), QDate(2024, 6, 30)};
    const auto s = computeStatistics(c.db, spring);
    REQUIRE(s.ok());
    CHECK(s->period == spring);
    CHECK(s->entries == 3);
    CHECK(s->collectives == 1);
    CHECK(s->individuals == 2);
    CHECK(s->scored == 3);
    CHECK(*s->meanScore == Approx((85.0 + 73.0 + 60.0) / 3));
    CHECK(s->awards == 3);
    CHECK(s->economicBenefit == 100000000);
    CHECK(s->unitsWithEntries == 2);
    CHECK(s->silentUnits.size() == 42);
    CHECK(counts(s->byStatus) == QList<int>{0, 0, 0, 0, 1, 1, 1, 0});

    // From September on: entries 4 to 6; entry 7 has no date and falls outside any period.
    const auto autumn = computeStatistics(c.db, {QDate(2024, 9, 1), QDate()});
    REQUIRE(autumn.ok());
    CHECK(autumn->entries == 3);
    CHECK(autumn->awards == 0);
    CHECK(autumn->scored == 1); // entry 6's one sheet of 45
    // With no period every entry counts, the one without a date too.
    CHECK(computeStatistics(c.db)->entries == 7);

    CHECK(spring.wording() == QStringLiteral("từ ngày 01/03/2024 đến ngày 30/06/2024"));
    CHECK(StatisticsPeriod{QDate(2024, 9, 1), QDate()}.wording() == QStringLiteral("từ ngày 01/09/2024"));
    CHECK(StatisticsPeriod{}.wording().isEmpty());
}

TEST_CASE("Statistics group by district in 2024, by area after the reorganisation, not at all without either",
          "[reports][statistics]")
{
    HandCampaign c;
    c.fill();
    const auto districts = computeStatistics(c.db);
    REQUIRE(districts.ok());
    CHECK(districts->hasAreas);
    CHECK(districts->areaHeading == QStringLiteral("Huyện, thành phố"));

    testing::TempCampaign after(QStringLiteral("hungyen-2025"));
    const auto areas = computeStatistics(after.db());
    REQUIRE(areas.ok());
    CHECK(areas->hasAreas);
    CHECK(areas->areaHeading == QStringLiteral("Khu vực"));

    testing::TempCampaign none;
    exec(none.db(), QStringLiteral("UPDATE unit SET district = ''"), {});
    const auto flat = computeStatistics(none.db());
    REQUIRE(flat.ok());
    CHECK_FALSE(flat->hasAreas);
}

TEST_CASE("Years of the campaign folder: the open campaign, then every readable file of the folder",
          "[reports][statistics]")
{
    HandCampaign y2024;
    y2024.fill();
    HandCampaign y2023;
    exec(y2023.db, QStringLiteral("UPDATE campaign SET year = ?"), {2023});
    y2023.add(QStringLiteral("Sở Y tế"), NomineeKind::Individual, EntryKind::Initiative,
              QStringLiteral("1.a"), EntryStatus::Received, 7000000);
    // Something in the folder that is not a campaign.
    QFile junk(y2023.campaign.dir() + QStringLiteral("/ghi-chu.sangkien"));
    REQUIRE(junk.open(QIODevice::WriteOnly));
    junk.write("not a campaign");
    junk.close();

    const auto folder = compareYearsInFolder(y2024.db, y2023.campaign.dir());
    REQUIRE(folder.ok());
    REQUIRE(folder->years.size() == 2);
    CHECK(folder->years[0].year == 2023);
    CHECK(folder->years[0].entries == 1);
    CHECK(folder->years[1].year == 2024);
    CHECK(folder->years[1].entries == 7);
    REQUIRE(folder->unreadable.size() == 1);
    CHECK(folder->unreadable[0].text().contains(QStringLiteral("ghi-chu.sangkien")));

    // The open campaign is not read twice when it is in the folder.
    const auto own = compareYearsInFolder(y2023.db, y2023.campaign.dir());
    REQUIRE(own.ok());
    REQUIRE(own->years.size() == 1);
    CHECK(own->years[0].entries == 1);
}
