// What migration 18 keeps ready for the entries list: each entry's search key as a field key (the fields
// folded apart) and each score sheet's total, kept by triggers. The list must read from them exactly what
// it computed before from the fields and the points.
#include "demo/demo_generator.h"
#include "older_schema.h"
#include "storage/entry_repository.h"
#include "storage/entry_search_keys.h"
#include "storage/integrity_check.h"
#include "temp_campaign.h"
#include "text/vietnamese_text.h"

#include <QSqlQuery>
#include <QVariant>
#include <algorithm>
#include <catch2/catch.hpp>
#include <map>

using namespace sangkien;
using sangkien::testing::TempCampaign;

namespace {

void exec(Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    INFO(sql.toStdString());
    REQUIRE(q.exec(sql));
}

void fillDemo(Database& db, int entries)
{
    DemoGenerator::Options o;
    o.entries = entries;
    o.members = 5;
    o.seed = 7;
    REQUIRE(DemoGenerator(o).fill(db));
}

// Every sheet's stored total beside the sum of its points, and each entry's mean of its submitted sheets'
// sums, computed here from the points alone.
struct PointSums
{
    std::map<qint64, std::optional<double>> totalBySheet; // stored
    std::map<qint64, std::optional<double>> sumBySheet;   // from the points
    std::map<qint64, std::optional<double>> meanByEntry;  // from the points
};

PointSums pointSums(Database& db)
{
    PointSums sums;
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT id, total, (SELECT sum(points) FROM score WHERE sheet_id = sh.id) "
                                  "FROM score_sheet sh")));
    while (q.next()) {
        const auto value = [&](int col) {
            return q.value(col).isNull() ? std::nullopt : std::optional<double>(q.value(col).toDouble());
        };
        sums.totalBySheet[q.value(0).toLongLong()] = value(1);
        sums.sumBySheet[q.value(0).toLongLong()] = value(2);
    }
    REQUIRE(q.exec(QStringLiteral(
        "SELECT e.id, (SELECT avg(t) FROM (SELECT sum(sc.points) AS t FROM score_sheet sh JOIN score sc "
        "ON sc.sheet_id = sh.id WHERE sh.entry_id = e.id AND sh.status = 'submitted' GROUP BY sh.id)) "
        "FROM entry e")));
    while (q.next())
        sums.meanByEntry[q.value(0).toLongLong()] =
            q.value(1).isNull() ? std::nullopt : std::optional<double>(q.value(1).toDouble());
    return sums;
}

void checkScoresFollowPoints(Database& db)
{
    const PointSums sums = pointSums(db);
    REQUIRE_FALSE(sums.sumBySheet.empty());
    CHECK(sums.totalBySheet == sums.sumBySheet);
    auto listed = EntryRepository(db).list({});
    REQUIRE(listed);
    int scored = 0;
    for (const EntrySummary& e : *listed) {
        INFO(e.code.toStdString());
        CHECK(e.score == sums.meanByEntry.at(e.id));
        scored += e.score.has_value();
    }
    CHECK(scored > 0);
}

// The results of a search as the rule says them: searchTier over every entry's own fields, better tiers
// first, by code within a tier.
QList<qint64> expectedSearch(Database& db, const QString& typed)
{
    auto all = EntryRepository(db).list({});
    REQUIRE(all);
    const text::SearchQuery query(typed);
    std::vector<std::pair<int, QString>> ranked;
    std::map<QString, qint64> idByCode;
    for (const EntrySummary& e : *all) {
        const auto tier = searchTier(query, e); // from the fields, not from any stored key
        if (tier != text::SearchQuery::NoMatch) {
            ranked.emplace_back(-int(tier), e.code);
            idByCode[e.code] = e.id;
        }
    }
    std::sort(ranked.begin(), ranked.end());
    QList<qint64> ids;
    for (const auto& r : ranked)
        ids << idByCode.at(r.second);
    return ids;
}

QList<qint64> searched(Database& db, const QString& typed)
{
    EntryFilter f;
    f.search = typed;
    auto found = EntryRepository(db).list(f);
    REQUIRE(found);
    QList<qint64> ids;
    for (const EntrySummary& e : *found)
        ids << e.id;
    return ids;
}

const QStringList kQueries{QStringLiteral("nguyen van"),   QStringLiteral("Nguyễn Văn"),
                           QStringLiteral("dang"),         QStringLiteral("Đặng"),
                           QStringLiteral("van ban"),      QStringLiteral("so y te"),
                           QStringLiteral("SK-2024-0001"), QStringLiteral("thi hoa")};

} // namespace

TEST_CASE("Every entry's stored search key is the field key of its fields", "[entries][search][database]")
{
    TempCampaign c;
    fillDemo(c.db(), 150);
    auto all = EntryRepository(c.db()).list({});
    REQUIRE(all);
    REQUIRE(all->size() == 150);
    for (const EntrySummary& e : *all) {
        INFO(e.code.toStdString());
        CHECK(isFieldKey(e.searchKey));
        CHECK(e.searchKey == searchFieldKey(e));
    }
}

TEST_CASE("A search read from the stored keys finds and orders exactly what the rule says",
          "[entries][search]")
{
    TempCampaign c;
    fillDemo(c.db(), 300);
    int found = 0;
    for (const QString& typed : kQueries) {
        INFO(typed.toStdString());
        const QList<qint64> expected = expectedSearch(c.db(), typed);
        CHECK(searched(c.db(), typed) == expected);
        found += int(expected.size());
    }
    CHECK(found > 0);
}

TEST_CASE("A search puts its matches in code order within a tier when codes do not follow the entries' order",
          "[entries][search]")
{
    TempCampaign c;
    fillDemo(c.db(), 200);
    // Codes given against the order of insertion (as a unit's own numbering imported), keys written again.
    exec(c.db(), QStringLiteral("UPDATE entry SET code = 'SK-2024-' || printf('%05d', 100000 - id)"));
    REQUIRE(refreshEntrySearchKeys(c.db()));
    int found = 0;
    for (const QString& typed : kQueries + QStringList{QStringLiteral("sk-2024-999")}) {
        INFO(typed.toStdString());
        const QList<qint64> expected = expectedSearch(c.db(), typed);
        CHECK(searched(c.db(), typed) == expected);
        found += int(expected.size());
    }
    CHECK(found > 0);
}

TEST_CASE("Migration 18 writes field keys and sheet totals into a file of schema 17", "[database][search]")
{
    TempCampaign c;
    fillDemo(c.db(), 200);
    QList<QList<qint64>> before;
    for (const QString& typed : kQueries)
        before << searched(c.db(), typed);

    // The file as schema 17 left it: keys folded into one text, no sheet totals.
    auto listed = EntryRepository(c.db()).list({});
    REQUIRE(listed);
    {
        QSqlQuery q(c.db().connection());
        q.prepare(QStringLiteral("UPDATE entry SET search_key = ? WHERE id = ?"));
        for (const EntrySummary& e : *listed) {
            QStringList parts{e.code, e.title, e.nominee, e.unit};
            for (const auto& a : e.authors)
                parts << a.name;
            q.addBindValue(text::searchKey(parts.join(QLatin1Char(' '))));
            q.addBindValue(e.id);
            REQUIRE(q.exec());
        }
    }
    exec(c.db(), QStringLiteral("DROP TRIGGER score_sheet_total_insert"));
    exec(c.db(), QStringLiteral("DROP TRIGGER score_sheet_total_update"));
    exec(c.db(), QStringLiteral("DROP TRIGGER score_sheet_total_delete"));
    exec(c.db(), QStringLiteral("ALTER TABLE score_sheet DROP COLUMN total"));
    sangkien::testing::undoImportFiles(c.db());
    exec(c.db(), QStringLiteral("PRAGMA user_version = 17"));

    Database& db = c.reopen();
    CHECK(db.schemaVersion() == Database::currentSchemaVersion());
    auto all = EntryRepository(db).list({});
    REQUIRE(all);
    for (const EntrySummary& e : *all) {
        INFO(e.code.toStdString());
        CHECK(e.searchKey == searchFieldKey(e));
    }
    checkScoresFollowPoints(db);
    for (int i = 0; i < kQueries.size(); ++i) {
        INFO(kQueries[i].toStdString());
        CHECK(searched(db, kQueries[i]) == before[i]);
    }
}

TEST_CASE("A key written before field keys is still searched by the rule", "[entries][search]")
{
    TempCampaign c;
    fillDemo(c.db(), 120);
    // A row written by another tool: the fields folded into one text, as before schema 18.
    exec(c.db(), QStringLiteral("UPDATE entry SET search_key = replace(search_key, char(31), ' ')"));
    for (const QString& typed : kQueries) {
        INFO(typed.toStdString());
        CHECK(searched(c.db(), typed) == expectedSearch(c.db(), typed));
    }
}

TEST_CASE("A sheet's total follows its points whatever writes, changes or removes them", "[scores][database]")
{
    TempCampaign c;
    fillDemo(c.db(), 60);
    checkScoresFollowPoints(c.db());

    // One point changed, one removed, a sheet's points all removed, a sheet deleted with its points, a
    // point moved to another sheet, a point added.
    exec(c.db(), QStringLiteral("UPDATE score SET points = points / 2 WHERE (sheet_id, criterion_id) = "
                                "(SELECT sheet_id, criterion_id FROM score LIMIT 1)"));
    exec(c.db(),
         QStringLiteral("UPDATE score SET points = 0.25 WHERE sheet_id = (SELECT max(sheet_id) FROM score)"));
    exec(c.db(), QStringLiteral("DELETE FROM score WHERE sheet_id = (SELECT min(sheet_id) FROM score) AND "
                                "criterion_id = (SELECT min(criterion_id) FROM score)"));
    exec(c.db(), QStringLiteral("DELETE FROM score WHERE sheet_id = (SELECT min(sheet_id) + 1 FROM score)"));
    exec(c.db(), QStringLiteral("DELETE FROM score_sheet WHERE id = (SELECT min(id) + 2 FROM score_sheet)"));
    exec(c.db(),
         QStringLiteral("UPDATE score SET sheet_id = (SELECT min(id) FROM score_sheet) WHERE sheet_id = "
                        "(SELECT min(id) + 3 FROM score_sheet) AND criterion_id = (SELECT min(criterion_id) "
                        "FROM score)"));
    exec(c.db(), QStringLiteral("INSERT OR REPLACE INTO score (sheet_id, criterion_id, points) SELECT "
                                "sheet_id, criterion_id, points + 1 FROM score WHERE sheet_id = (SELECT "
                                "max(sheet_id) - 1 FROM score)"));
    checkScoresFollowPoints(c.db());
}

TEST_CASE("check names the sheets whose stored total disagrees with their points", "[scores][database]")
{
    TempCampaign c;
    fillDemo(c.db(), 40);
    auto clean = IntegrityCheck(c.db()).run();
    REQUIRE(clean);
    CHECK(clean->isEmpty());

    // Points changed by a tool that first removed the triggers: the totals no longer follow.
    exec(c.db(), QStringLiteral("DROP TRIGGER score_sheet_total_update"));
    exec(c.db(),
         QStringLiteral("UPDATE score SET points = 0 WHERE sheet_id = (SELECT min(id) FROM score_sheet)"));
    QSqlQuery q(c.db().connection());
    REQUIRE(q.exec(QStringLiteral("SELECT e.code FROM score_sheet sh JOIN entry e ON e.id = sh.entry_id "
                                  "WHERE sh.id = (SELECT min(id) FROM score_sheet)")));
    REQUIRE(q.next());
    const QString code = q.value(0).toString();
    q.finish();
    auto found = IntegrityCheck(c.db()).run();
    REQUIRE(found);
    // The trail also sees the points changed; the total is named on its own, at the sheet's entry: it goes
    // when the total agrees again.
    exec(c.db(), QStringLiteral("UPDATE score_sheet SET total = (SELECT sum(points) FROM score WHERE "
                                "sheet_id = score_sheet.id)"));
    auto agreeing = IntegrityCheck(c.db()).run();
    REQUIRE(agreeing);
    REQUIRE(found->size() == agreeing->size() + 1);
    QList<Error> onlyBefore = *found;
    for (const Error& e : *agreeing)
        onlyBefore.removeOne(e);
    REQUIRE(onlyBefore.size() == 1);
    CHECK(onlyBefore.first().place == code);
    CHECK(onlyBefore.first().kind == ErrorKind::Damaged);
}
