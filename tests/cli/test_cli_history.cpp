// `sangkien-cli history FOLDER`: a unit's and a person's entries across the office's campaign files — a
// 2024 district's entries found under the commune that succeeded it in 2025, a name typed without
// diacritics in another order — and the refusals.
#include "storage/catalog_repository.h"
#include "storage/database.h"
#include "storage/entry_repository.h"
#include "temp_campaign.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace sangkien;
using namespace sangkien::testing;

namespace {

QJsonObject history(const QString& folder, const QString& option, const QString& name)
{
    const auto r = runCli({QStringLiteral("history"), folder, option, name, QStringLiteral("--format"),
                           QStringLiteral("json")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return QJsonDocument::fromJson(r.out).object();
}

QStringList codes(const QJsonObject& h)
{
    QStringList out;
    for (const QJsonValue& v : h.value(QStringLiteral("records")).toArray())
        out << v.toObject().value(QStringLiteral("code")).toString();
    return out;
}

// An entry of nominee in the 2025 campaign, from the unit it names.
void addEntry(const QString& path, const QString& title, const QString& nominee, const QString& unit)
{
    auto db = Database::open(path);
    REQUIRE(db);
    auto units = CatalogRepository(**db).units();
    auto categories = CatalogRepository(**db).categories();
    REQUIRE(units);
    REQUIRE(categories);
    Entry e;
    e.title = title;
    e.categoryId = categories->first().id;
    e.receivedOn = QDate(2025, 9, 1);
    e.nominee.name = nominee;
    for (const Unit& u : *units)
        if (u.name == unit)
            e.nominee.unitId = u.id;
    REQUIRE(e.nominee.unitId);
    REQUIRE((*db)->transaction([&]() -> Status {
        auto inserted = EntryRepository(**db).insert(e);
        return inserted ? Status{} : Status{inserted.error()};
    }));
}

} // namespace

TEST_CASE("cli history: a unit across years, its 2024 district found through the succession, and a person "
          "in any word order",
          "[cli][history]")
{
    QTemporaryDir dir;
    const QString y2024 = dir.filePath(QStringLiteral("2024.sangkien"));
    const QString y2025 = dir.filePath(QStringLiteral("2025.sangkien"));
    REQUIRE(runCli({QStringLiteral("demo"), y2024, QStringLiteral("--entries"), QStringLiteral("80"),
                    QStringLiteral("--seed"), QStringLiteral("3")})
                .exitCode == 0);
    REQUIRE(runCli({QStringLiteral("init"), y2025, QStringLiteral("--from"), y2024, QStringLiteral("--year"),
                    QStringLiteral("2025")})
                .exitCode == 0);
    addEntry(y2025, QStringLiteral("Số hóa hồ sơ địa chính tại xã Như Quỳnh"), QStringLiteral("Lê Thị Hằng"),
             QStringLiteral("UBND xã Như Quỳnh"));

    // Văn Lâm's 2024 entries, counted in the file itself.
    QStringList vanLam;
    {
        auto db = Database::open(y2024, Database::Mode::ReadOnly);
        REQUIRE(db);
        QSqlQuery q((*db)->connection());
        REQUIRE(
            q.exec(QStringLiteral("SELECT e.code FROM entry e JOIN nominee n ON n.id = e.nominee_id JOIN "
                                  "unit u ON u.id = n.unit_id WHERE u.name = 'UBND huyện Văn Lâm' ORDER BY "
                                  "e.code")));
        while (q.next())
            vanLam << q.value(0).toString();
    }
    REQUIRE_FALSE(vanLam.isEmpty());

    // Typed without diacritics: the commune's own 2025 entry, and the district it was formed from in 2024.
    const QJsonObject h = history(dir.path(), QStringLiteral("--unit"), QStringLiteral("nhu quynh"));
    CHECK(h.value(QStringLiteral("campaigns")).toArray().size() == 2);
    const QStringList found = codes(h);
    CHECK(found == vanLam + QStringList{QStringLiteral("SK-2025-0001")});
    const QJsonObject first = h.value(QStringLiteral("records")).toArray().first().toObject();
    CHECK(first.value(QStringLiteral("year")).toInt() == 2024);
    CHECK(first.value(QStringLiteral("via")).toString() == QStringLiteral("UBND xã Như Quỳnh"));
    CHECK(
        h.value(QStringLiteral("records")).toArray().last().toObject().value(QStringLiteral("via")).isNull());
    for (const char* key : {"year", "file", "code", "title", "nominee", "nominee_kind", "unit", "authors",
                            "status", "score", "rank", "award", "via"})
        CHECK(first.contains(QLatin1String(key)));

    // A person, surname last and without diacritics.
    const QJsonObject person = history(dir.path(), QStringLiteral("--person"), QStringLiteral("hang le thi"));
    CHECK(codes(person).contains(QStringLiteral("SK-2025-0001")));
    for (const QJsonValue& v : person.value(QStringLiteral("records")).toArray()) {
        const QJsonObject r = v.toObject();
        QStringList names = {r.value(QStringLiteral("nominee")).toString()};
        for (const QJsonValue& a : r.value(QStringLiteral("authors")).toArray())
            names << a.toString();
        CHECK(names.join(QLatin1Char('|')).contains(QStringLiteral("Lê Thị Hằng")));
    }
}

TEST_CASE("cli history refuses a missing folder and a question without a subject", "[cli][history]")
{
    QTemporaryDir dir;
    CHECK(runCli({QStringLiteral("history"), dir.path()}).exitCode == 1);
    CHECK(runCli({QStringLiteral("history"), dir.path(), QStringLiteral("--unit"), QStringLiteral("a"),
                  QStringLiteral("--person"), QStringLiteral("b")})
              .exitCode == 1);
    CHECK(runCli({QStringLiteral("history"), dir.path(), QStringLiteral("--unit"), QStringLiteral("  ")})
              .exitCode == 1);
    const auto missing = runCli({QStringLiteral("history"), dir.filePath(QStringLiteral("none")),
                                 QStringLiteral("--unit"), QStringLiteral("Sở Y tế")});
    CHECK(missing.exitCode == 2);
    CHECK(QString::fromUtf8(missing.err).contains(QStringLiteral("none")));
    // A file in the folder that is not a campaign is named, the rest is still read.
    QFile junk(dir.filePath(QStringLiteral("hong.sangkien")));
    REQUIRE(junk.open(QIODevice::WriteOnly));
    junk.write("not a campaign");
    junk.close();
    const auto r = runCli({QStringLiteral("history"), dir.path(), QStringLiteral("--unit"),
                           QStringLiteral("Sở Y tế"), QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(r.exitCode == 0);
    const QJsonArray unreadable =
        QJsonDocument::fromJson(r.out).object().value(QStringLiteral("unreadable")).toArray();
    REQUIRE(unreadable.size() == 1);
    CHECK(unreadable.first()
              .toObject()
              .value(QStringLiteral("file"))
              .toString()
              .contains(QStringLiteral("hong")));
}
