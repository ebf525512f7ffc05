// `sangkien-cli import` as scripts use it: the JSON of app/cli/README.md, all rows or none, dry runs,
// saved mappings, a locked campaign, and every fixture spreadsheet imported or refused cleanly.
#include "cli_test_helpers.h"
#include "import/column_mapping.h"
#include "storage/campaign_lock.h"

#include <QDir>
#include <QFileInfo>

using namespace sangkien;
using namespace sangkien::testing;

namespace {

QString fixture(const QString& name)
{
    return QStringLiteral(SANGKIEN_TEST_DATA_DIR "/spreadsheets/") + name;
}

qint64 entries(const QString& campaign)
{
    return scalar(campaign, QStringLiteral("SELECT count(*) FROM entry"));
}

} // namespace

TEST_CASE("import prints the contract's JSON and imports a list once", "[import][cli]")
{
    TempCampaign campaign;
    campaign.close();
    const CliResult r =
        runCli({QStringLiteral("import"), campaign.path(), fixture(QStringLiteral("vn_import.xlsx")),
                QStringLiteral("--format"), QStringLiteral("json")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonObject json = parseJson(r.out);
    CHECK(json.value(QStringLiteral("read")).toInt() == 6);
    CHECK(json.value(QStringLiteral("imported")).toInt() == 6);
    CHECK(json.value(QStringLiteral("duplicates")).toInt() == 0);
    CHECK(json.value(QStringLiteral("rejected")).toArray().isEmpty());
    CHECK(entries(campaign.path()) == 6);
    CHECK(scalar(campaign.path(), QStringLiteral("SELECT count(*) FROM entry WHERE source_file = "
                                                 "'vn_import.xlsx' AND source_row BETWEEN 4 AND 9")) == 6);

    const CliResult again =
        runCli({QStringLiteral("import"), campaign.path(), fixture(QStringLiteral("vn_import.xlsx")),
                QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(again.exitCode == 0);
    const QJsonObject second = parseJson(again.out);
    CHECK(second.value(QStringLiteral("imported")).toInt() == 0);
    CHECK(second.value(QStringLiteral("duplicates")).toInt() == 6);
    CHECK(entries(campaign.path()) == 6);
}

TEST_CASE("import: one bad row rejects the file, exit 2, nothing written, --dry-run writes nothing",
          "[import][cli]")
{
    TempCampaign campaign;
    campaign.close();
    const QString csv = QDir(campaign.dir()).filePath(QStringLiteral("don_vi.csv"));
    writeFile(csv, QStringLiteral("STT,Tên sáng kiến,Lĩnh vực,Họ và tên,Đơn vị\n"
                                  "1,Ứng dụng phần mềm quản lý văn bản điện tử,2.b,Nguyễn Văn An,Sở Tư pháp\n"
                                  "2,Số hoá hồ sơ địa chính toàn huyện,9.z,Trần Văn Bình,Sở Tư pháp\n")
                       .toUtf8());
    const QByteArray before = fileHash(campaign.path());
    const CliResult r = runCli({QStringLiteral("import"), campaign.path(), csv, QStringLiteral("--format"),
                                QStringLiteral("json"), QStringLiteral("--lang"), QStringLiteral("en")});
    CHECK(r.exitCode == 2);
    const QJsonObject json = parseJson(r.out);
    CHECK(json.value(QStringLiteral("read")).toInt() == 2);
    CHECK(json.value(QStringLiteral("imported")).toInt() == 0);
    const QJsonArray rejected = json.value(QStringLiteral("rejected")).toArray();
    REQUIRE(rejected.size() == 1);
    const QJsonObject bad = rejected.first().toObject();
    CHECK(bad.value(QStringLiteral("sheet")).toString() == QStringLiteral("don_vi"));
    CHECK(bad.value(QStringLiteral("row")).toInt() == 3);
    CHECK(bad.value(QStringLiteral("column")).toString() == QStringLiteral("C"));
    CHECK(bad.value(QStringLiteral("reason")).toString().contains(QStringLiteral("9.z")));
    CHECK(r.err.contains("row 3"));
    CHECK(entries(campaign.path()) == 0);
    CHECK(fileHash(campaign.path()) == before);

    const CliResult dry =
        runCli({QStringLiteral("import"), campaign.path(), fixture(QStringLiteral("vn_import.xlsx")),
                QStringLiteral("--dry-run"), QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(dry.exitCode == 0);
    CHECK(parseJson(dry.out).value(QStringLiteral("read")).toInt() == 6);
    CHECK(entries(campaign.path()) == 0);
    CHECK(fileHash(campaign.path()) == before);
}

TEST_CASE("import --mapping finds saved headers in a file whose columns moved", "[import][cli]")
{
    TempCampaign campaign;
    campaign.close();
    // Headers the detector does not know: only the saved mapping can read this file.
    ColumnMapping mapping;
    mapping.setName(QStringLiteral("Mẫu Sở Tư pháp"));
    mapping.setHeaderRow(1);
    mapping.setColumn(0, QStringLiteral("Nội dung đề xuất"), ImportField::Title);
    mapping.setColumn(1, QStringLiteral("Nhóm"), ImportField::Category);
    mapping.setColumn(2, QStringLiteral("Người đề xuất"), ImportField::NomineeName);
    mapping.setColumn(3, QStringLiteral("Nơi làm việc"), ImportField::Unit);
    const QString mapPath = QDir(campaign.dir()).filePath(QStringLiteral("map.json"));
    REQUIRE(mapping.saveToFile(mapPath));

    const QString csv = QDir(campaign.dir()).filePath(QStringLiteral("moved.csv"));
    writeFile(csv, QStringLiteral("Nơi làm việc;Người đề xuất;Nhóm;Nội dung đề xuất\n"
                                  "Sở Y tế;Lê Thị Hồng Nhung;2d;Cải tiến quy trình tiếp nhận bệnh nhân\n"
                                  "Sở Nội vụ;Phạm Quốc Việt;II.2.b;Số hoá tài liệu lưu trữ lịch sử\n")
                       .toUtf8());
    const CliResult plain = runCli({QStringLiteral("import"), campaign.path(), csv});
    CHECK(plain.exitCode == 2);
    CHECK(plain.err.contains("moved.csv"));

    const CliResult mapped =
        runCli({QStringLiteral("import"), campaign.path(), csv, QStringLiteral("--mapping"), mapPath,
                QStringLiteral("--format"), QStringLiteral("json")});
    INFO(mapped.err.toStdString());
    REQUIRE(mapped.exitCode == 0);
    CHECK(parseJson(mapped.out).value(QStringLiteral("imported")).toInt() == 2);
    CHECK(scalar(campaign.path(), QStringLiteral("SELECT count(*) FROM entry e JOIN content_category c ON "
                                                 "c.id = e.category_id WHERE c.code IN ('2.d', '2.b')")) ==
          2);
}

TEST_CASE("import: a campaign locked by another writer, or missing, exits 3", "[import][cli]")
{
    TempCampaign campaign;
    campaign.close();
    auto lock = CampaignLock::acquire(campaign.path(), QStringLiteral("test"));
    REQUIRE(lock);
    const CliResult locked =
        runCli({QStringLiteral("import"), campaign.path(), fixture(QStringLiteral("vn_import.xlsx"))});
    CHECK(locked.exitCode == 3);
    lock.value().reset();
    CHECK(entries(campaign.path()) == 0);

    const CliResult missing =
        runCli({QStringLiteral("import"), QDir(campaign.dir()).filePath(QStringLiteral("no.sangkien")),
                fixture(QStringLiteral("vn_import.xlsx"))});
    CHECK(missing.exitCode == 3);
    const CliResult unreadable =
        runCli({QStringLiteral("import"), campaign.path(), fixture(QStringLiteral("truncated.xlsx"))});
    CHECK(unreadable.exitCode == 2);
    CHECK(unreadable.err.contains("truncated.xlsx"));
}

TEST_CASE("Every fixture spreadsheet imports or is refused with exit 2 and a message", "[import][cli]")
{
    // The external corpus gets the same check in tests/corpus (run when ../shared/corpus exists).
    checkEveryFileImportsOrIsRefused(QStringLiteral(SANGKIEN_TEST_DATA_DIR "/spreadsheets"), 20);
}
