// The CLI's one-pass import (Importer::importAll) against the wizard's plan and commit: the same entries
// from the same files, all rows or none, its backup is the campaign before the import, rows of one sheet
// are not taken for duplicates of entries the import itself just wrote, and a legacy-encoded column is
// repaired past the rows its encoding was guessed on.
#include "campaign_content.h"
#include "import/importer.h"
#include "import/sheet_pass.h"
#include "import_fixtures.h"
#include "storage/backup_manager.h"
#include "storage/database.h"
#include "temp_campaign.h"
#include "text/legacy_encoding.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace sangkien;
using namespace sangkien::testing;

namespace {

const QDate kToday(2024, 12, 1);

ImportOptions options()
{
    ImportOptions o;
    o.today = kToday;
    return o;
}

int entryCount(Database& db)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM entry")));
    REQUIRE(q.next());
    return q.value(0).toInt();
}

ImportSummary planAndCommit(Database& db, const QString& path)
{
    Importer importer(db);
    auto plan = importer.plan(path, options());
    if (!plan)
        FAIL(plan.error().text().toStdString());
    auto done = importer.commit(*plan);
    if (!done)
        FAIL(done.error().text().toStdString());
    return *done;
}

ImportSummary onePass(Database& db, const QString& path, bool dryRun = false)
{
    auto done = Importer(db).importAll(path, options(), dryRun);
    if (!done)
        FAIL(done.error().text().toStdString());
    return *done;
}

} // namespace

TEST_CASE("The one-pass import writes the same entries as the wizard's plan and commit", "[import]")
{
    for (const char* name : {"vn_import.xlsx", "vn_import_lo.ods", "vn_import_lo.xls", "vn_import_lo.csv"}) {
        INFO(name);
        TempCampaign wizard;
        TempCampaign cli;
        const ImportSummary planned =
            planAndCommit(wizard.db(), spreadsheetFixture(QString::fromLatin1(name)));
        const ImportSummary streamed = onePass(cli.db(), spreadsheetFixture(QString::fromLatin1(name)));
        CHECK(streamed.imported == planned.imported);
        CHECK(streamed.read == planned.read);
        CHECK(streamed.codes == planned.codes);
        CHECK(planned.imported == 6);
        CHECK(entryLines(cli.db()) == entryLines(wizard.db()));

        // Both remember the rows: a second import of the file imports nothing, in either.
        const ImportSummary again = onePass(cli.db(), spreadsheetFixture(QString::fromLatin1(name)));
        CHECK(again.imported == 0);
        CHECK(again.duplicates == 6);
        CHECK(onePass(wizard.db(), spreadsheetFixture(QString::fromLatin1(name))).duplicates == 6);
    }
}

TEST_CASE("A rejected last row in a one-pass import writes nothing, backs up nothing and is listed",
          "[import]")
{
    TempCampaign campaign;
    QTemporaryDir dir;
    const QString path = writeCsv(dir, QStringLiteral("last.csv"), listWithBadLastRow(300));
    const QByteArray before = contentHash(campaign.db());
    const QString backups = BackupManager::defaultBackupDir(campaign.path());
    const int backupsBefore = int(BackupManager::listIn(backups).size());

    const ImportSummary dry = onePass(campaign.db(), path, true);
    CHECK(dry.imported == 0);
    REQUIRE(dry.rejected.size() == 1);

    const ImportSummary summary = onePass(campaign.db(), path);
    CHECK(summary.read == 301);
    CHECK(summary.imported == 0);
    CHECK(summary.codes.isEmpty());
    REQUIRE(summary.rejected.size() == 1);
    CHECK(summary.rejected.first().row == 302); // the header is row 1
    CHECK(summary.rejected.first().column == QStringLiteral("F"));
    CHECK(contentHash(campaign.db()) == before);
    CHECK(BackupManager::listIn(backups).size() == backupsBefore);
    campaign.reopen();
    CHECK(contentHash(campaign.db()) == before);
}

TEST_CASE("The one-pass import's backup is the campaign as it was before the import", "[import]")
{
    TempCampaign campaign;
    onePass(campaign.db(), spreadsheetFixture(QStringLiteral("vn_import.xlsx")));
    REQUIRE(entryCount(campaign.db()) == 6);
    const QByteArray before = contentHash(campaign.db());

    QTemporaryDir dir;
    const QString rows = numberedLines(
        40, QStringLiteral(
                "%1,Giải pháp số hoá hồ sơ lưu trữ đợt %1 tại phòng,2.d,Lê Thị Mới %1,1990,Sở Y tế,,"));
    const ImportSummary summary =
        onePass(campaign.db(), writeCsv(dir, QStringLiteral("more.csv"), kCsvHeader + rows));
    CHECK(summary.imported == 40);
    CHECK(entryCount(campaign.db()) == 46);
    REQUIRE(QFile::exists(summary.backupPath));
    auto backup = Database::open(summary.backupPath, Database::Mode::ReadOnly);
    REQUIRE(backup);
    CHECK(entryCount(**backup) == 6);
    CHECK(contentHash(**backup) == before);
}

TEST_CASE("Rows of one sheet are not duplicates of entries the one-pass import itself wrote", "[import]")
{
    // Two rows alike enough for the duplicate finder, with different keys: the plan accepts both (the
    // finder looks at the campaign as it was), so the one-pass import must too, though by the second row
    // the first is already in the campaign.
    QTemporaryDir dir;
    const QString rows = QStringLiteral(
        "1,Xây dựng bản đồ số thổ nhưỡng phục vụ chuyển đổi cây trồng cấp xã,2.d,Phạm Minh Tuấn,1980,"
        "Sở Y tế,,\n"
        "2,Xây dựng bản đồ số thổ nhưỡng phục vụ chuyển đổi cây trồng cấp huyện,2.d,Phạm Minh Tuấn,1980,"
        "Sở Y tế,,\n");
    const QString path = writeCsv(dir, QStringLiteral("alike.csv"), kCsvHeader + rows);
    for (const bool campaignHasEntries : {false, true}) {
        INFO("campaign has entries before: " << campaignHasEntries);
        TempCampaign wizard;
        TempCampaign cli;
        if (campaignHasEntries) {
            planAndCommit(wizard.db(), spreadsheetFixture(QStringLiteral("vn_import.xlsx")));
            onePass(cli.db(), spreadsheetFixture(QStringLiteral("vn_import.xlsx")));
        }
        const ImportSummary planned = planAndCommit(wizard.db(), path);
        const ImportSummary streamed = onePass(cli.db(), path);
        CHECK(planned.imported == 2);
        CHECK(streamed.imported == 2);
        CHECK(streamed.duplicates == 0);
    }
}

TEST_CASE("A legacy-encoded column is repaired beyond the rows its encoding was guessed on", "[import]")
{
    // Short TCVN3 names carry too few signs to be recognised one by one; the column together does. The
    // guess is made on the first SheetPass::kGuessRows rows and holds for every later row.
    const QStringList names{QStringLiteral("Phạm"), QStringLiteral("Lộc"), QStringLiteral("Hợp")};
    for (const QString& name : names)
        REQUIRE(text::guessEncoding(text::encodeTcvn3(name)) == text::LegacyEncoding::None);
    const int count = SheetPass::kGuessRows + 500;
    auto nameOf = [&](int i) { return names.at(i % 3) + QStringLiteral(" %1").arg(i); };
    QString rows;
    for (int i = 1; i <= count; ++i)
        rows += QStringLiteral("%1,Sáng kiến cải tiến quy trình số %1 của đơn vị,2.d,%2,1980,Sở Y tế,,\n")
                    .arg(i)
                    .arg(text::encodeTcvn3(nameOf(i)));
    QTemporaryDir dir;
    const QString path = writeCsv(dir, QStringLiteral("tcvn3.csv"), kCsvHeader + rows);

    TempCampaign wizard;
    auto plan = Importer(wizard.db()).plan(path, options());
    REQUIRE(plan);
    REQUIRE(plan->rows.size() == count);
    CHECK(Importer::entryOf(*plan, plan->rows.last()).nominee.name == nameOf(count));
    CHECK(Importer::entryOf(*plan, plan->rows.at(10)).nominee.name == nameOf(11));

    TempCampaign cli;
    CHECK(onePass(cli.db(), path).imported == count);
    QSqlQuery q(cli.db().connection());
    REQUIRE(q.exec(QStringLiteral("SELECT n.name FROM entry e JOIN nominee n ON n.id = e.nominee_id "
                                  "WHERE e.source_row = %1")
                       .arg(count + 1)));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == nameOf(count));
}
