// `sangkien-cli units-import`: a units list written by openpyxl extends the 2025 campaign's units (all or
// nothing, units already there left as they are); an unknown kind refuses the whole list naming its row.
#include "storage/catalog_repository.h"
#include "storage/database.h"
#include "temp_campaign.h"

#include <QDir>
#include <QProcess>
#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace sangkien;
using namespace sangkien::testing;

namespace {

// An .xlsx written by openpyxl from rows of cells.
void writeXlsx(const QString& path, const QString& rowsLiteral)
{
    QProcess p;
    p.start(QStringLiteral("/usr/bin/python3"), // Debian's, with python3-openpyxl
            {QStringLiteral("-c"),
             QStringLiteral("import openpyxl,sys\nwb=openpyxl.Workbook()\nws=wb.active\n"
                            "for r in %1:\n    ws.append(r)\nwb.save(sys.argv[1])\n")
                 .arg(rowsLiteral),
             path});
    REQUIRE(p.waitForFinished(60000));
    INFO(p.readAllStandardError().toStdString());
    REQUIRE(p.exitCode() == 0);
}

int unitCount(const QString& campaign)
{
    auto db = Database::open(campaign, Database::Mode::ReadOnly);
    REQUIRE(db);
    auto units = CatalogRepository(**db).units();
    REQUIRE(units);
    return int(units->size());
}

} // namespace

TEST_CASE("cli units-import adds the units a list names, once, with their kind and area", "[cli][units]")
{
    TempCampaign campaign(QStringLiteral("hungyen-2025"));
    campaign.close();
    const int before = unitCount(campaign.path());
    const QString list = QDir(campaign.dir()).filePath(QStringLiteral("don-vi.xlsx"));
    writeXlsx(list, QStringLiteral("[['STT', 'Tên đơn vị', 'Loại', 'Khu vực'],"
                                   " [1, 'UBND xã Như Quỳnh', '', ''],"
                                   " [2, 'Công ty TNHH Thép Việt Ý', 'Doanh nghiệp', 'Hưng Yên (cũ)'],"
                                   " [3, 'Trường THPT Nguyễn Du', 'trường thpt', 'Thái Bình (cũ)'],"
                                   " [4, 'Sở Dân tộc và Tôn giáo', None, None]]"));
    const auto r = runCli({QStringLiteral("units-import"), campaign.path(), QStringLiteral("--from"), list});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(QString::fromUtf8(r.out).contains(QStringLiteral("3")));
    CHECK(unitCount(campaign.path()) == before + 3);
    {
        auto db = Database::open(campaign.path(), Database::Mode::ReadOnly);
        REQUIRE(db);
        QSqlQuery q((*db)->connection());
        REQUIRE(q.exec(
            QStringLiteral("SELECT k.code, u.district FROM unit u JOIN unit_kind k ON k.id = u.kind_id "
                           "WHERE u.name IN ('Công ty TNHH Thép Việt Ý', 'Trường THPT Nguyễn Du', "
                           "'Sở Dân tộc và Tôn giáo') ORDER BY u.id")));
        QStringList got;
        while (q.next())
            got << q.value(0).toString() + QLatin1Char('/') + q.value(1).toString();
        CHECK(got == QStringList{QStringLiteral("enterprise/Hưng Yên (cũ)"),
                                 QStringLiteral("school/Thái Bình (cũ)"), QStringLiteral("department/")});
        REQUIRE(q.exec(QStringLiteral(
            "SELECT count(*) FROM audit_log WHERE table_name = 'unit' AND action = 'create'")));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 3);
    }
    // The same list again adds nothing.
    REQUIRE(
        runCli({QStringLiteral("units-import"), campaign.path(), QStringLiteral("--from"), list}).exitCode ==
        0);
    CHECK(unitCount(campaign.path()) == before + 3);
}

TEST_CASE("cli units-import refuses a list with a kind the campaign does not know, adding nothing",
          "[cli][units]")
{
    TempCampaign campaign(QStringLiteral("hungyen-2025"));
    campaign.close();
    const int before = unitCount(campaign.path());
    const QString list = QDir(campaign.dir()).filePath(QStringLiteral("sai.xlsx"));
    writeXlsx(list, QStringLiteral("[['Tên đơn vị', 'Loại'], ['Hợp tác xã A', 'Doanh nghiệp'], "
                                   "['Câu lạc bộ B', 'Hội quán']]"));
    const auto r = runCli({QStringLiteral("units-import"), campaign.path(), QStringLiteral("--from"), list});
    CHECK(r.exitCode == 2);
    CHECK(QString::fromUtf8(r.err).contains(QStringLiteral("Hội quán")));
    CHECK(QString::fromUtf8(r.err).contains(QStringLiteral("3")));
    CHECK(unitCount(campaign.path()) == before);
    const auto notSheet = runCli({QStringLiteral("units-import"), campaign.path(), QStringLiteral("--from"),
                                  QDir(campaign.dir()).filePath(QStringLiteral("none.xlsx"))});
    CHECK(notSheet.exitCode == 2);
    CHECK(unitCount(campaign.path()) == before);
}
