// Migration 20: an import's file is written once (import_file) and its rows refer to it, and the rows a
// file's sheet imported before are found as they were when every row carried the file's key.
#include "demo/demo_generator.h"
#include "older_schema.h"
#include "sql_scalar.h"
#include "storage/import_row_repository.h"
#include "temp_campaign.h"

#include <QSqlQuery>
#include <QVariant>
#include <catch2/catch.hpp>

using namespace sangkien;
using sangkien::testing::TempCampaign;

namespace {

const QString kShaA = QString(64, QLatin1Char('a'));
const QString kShaB = QString(64, QLatin1Char('b'));

void fillDemo(Database& db)
{
    DemoGenerator::Options o;
    o.entries = 12;
    o.members = 3;
    REQUIRE(DemoGenerator(o).fill(db));
}

} // namespace

TEST_CASE("Migration 20 keeps which rows of which file and sheet were imported", "[database][import]")
{
    TempCampaign c;
    fillDemo(c.db());
    sangkien::testing::undoImportFiles(c.db());
    {
        // As schema 19 kept them: file A's sheet imported twice (rows 2-4, then rows 5-6 under another
        // name), its other sheet once, and file B once.
        QSqlQuery q(c.db().connection());
        q.prepare(QStringLiteral("INSERT INTO import_row VALUES (?, ?, ?, ?, ?, ?)"));
        const struct
        {
            QString sha, sheet;
            int row;
            qint64 entry;
            QString name, at;
        } rows[] = {
            {kShaA, QStringLiteral("DS"), 2, 1, QStringLiteral("a.xlsx"),
             QStringLiteral("2024-05-01T08:00:00Z")},
            {kShaA, QStringLiteral("DS"), 3, 2, QStringLiteral("a.xlsx"),
             QStringLiteral("2024-05-01T08:00:00Z")},
            {kShaA, QStringLiteral("DS"), 4, 3, QStringLiteral("a.xlsx"),
             QStringLiteral("2024-05-01T08:00:00Z")},
            {kShaA, QStringLiteral("DS"), 5, 4, QStringLiteral("a (1).xlsx"),
             QStringLiteral("2024-05-02T09:00:00Z")},
            {kShaA, QStringLiteral("DS"), 6, 5, QStringLiteral("a (1).xlsx"),
             QStringLiteral("2024-05-02T09:00:00Z")},
            {kShaA, QStringLiteral("Khac"), 2, 6, QStringLiteral("a.xlsx"),
             QStringLiteral("2024-05-03T10:00:00Z")},
            {kShaB, QStringLiteral("DS"), 7, 7, QStringLiteral("b.xlsx"),
             QStringLiteral("2024-05-03T10:00:00Z")},
        };
        for (const auto& r : rows) {
            for (const QVariant& v : {QVariant(r.sha), QVariant(r.sheet), QVariant(r.row), QVariant(r.entry),
                                      QVariant(r.name), QVariant(r.at)})
                q.addBindValue(v);
            REQUIRE(q.exec());
        }
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = 19")));
    }
    Database& db = c.reopen();
    REQUIRE(db.schemaVersion() == Database::currentSchemaVersion());
    CHECK(testing::scalar(db, QStringLiteral("SELECT count(*) FROM import_file")) == 4);
    CHECK(testing::scalar(db, QStringLiteral("SELECT count(*) FROM import_row")) == 7);
    ImportRowRepository repo(db);
    CHECK(*repo.importedRows(kShaA, QStringLiteral("DS")) == QSet<int>{2, 3, 4, 5, 6});
    CHECK(*repo.importedRows(kShaA, QStringLiteral("Khac")) == QSet<int>{2});
    CHECK(*repo.importedRows(kShaB, QStringLiteral("DS")) == QSet<int>{7});
    CHECK(repo.importedRows(kShaB, QStringLiteral("Khac"))->isEmpty());

    // Deleting an entry still forgets its row, so the row can be imported again.
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("DELETE FROM score_sheet WHERE entry_id = 4")));
    REQUIRE(q.exec(QStringLiteral("DELETE FROM award WHERE entry_id = 4")));
    REQUIRE(q.exec(QStringLiteral("DELETE FROM meeting_vote WHERE entry_id = 4")));
    REQUIRE(q.exec(QStringLiteral("DELETE FROM entry WHERE id = 4")));
    CHECK(*repo.importedRows(kShaA, QStringLiteral("DS")) == QSet<int>{2, 3, 4, 6});
}

TEST_CASE("An import's file is written once however many rows it records", "[database][import]")
{
    TempCampaign c;
    fillDemo(c.db());
    ImportRowRepository repo(c.db());
    REQUIRE(c.db().transaction([&]() -> Status {
        for (int row = 2; row <= 9; ++row) {
            if (Status s = repo.record(kShaA, QStringLiteral("DS"), row, row - 1, QStringLiteral("a.xlsx"),
                                       QStringLiteral("2024-05-01T08:00:00Z"), QStringLiteral("a.xlsx"));
                !s)
                return s;
        }
        return {};
    }));
    CHECK(testing::scalar(c.db(), QStringLiteral("SELECT count(*) FROM import_file")) == 1);
    CHECK(testing::scalar(c.db(), QStringLiteral("SELECT count(*) FROM import_row")) == 8);
    CHECK(repo.importedRows(kShaA, QStringLiteral("DS"))->size() == 8);
    CHECK(repo.importedRows(kShaA, QStringLiteral("Khác"))->isEmpty());
}
