// `check` verifies the audit trail's hash chain and names the first row that breaks it.
#include "cli_test_helpers.h"
#include "services/entry_service.h"
#include "storage/catalog_repository.h"

using namespace sangkien;
using namespace sangkien::testing;

TEST_CASE("check names the first audit row changed behind the program's back", "[cli][audit]")
{
    TempCampaign campaign;
    {
        EntryService service(campaign.db(), QStringLiteral("van.thu"));
        const auto categories = *CatalogRepository(campaign.db()).categories();
        const auto units = *CatalogRepository(campaign.db()).units();
        for (const char* person : {"Nguyễn Văn An", "Trần Thị Bình", "Lê Minh Cường", "Phạm Thu Hà"}) {
            Entry e;
            e.title = QStringLiteral("Số hóa hồ sơ lưu trữ của ") + QString::fromUtf8(person);
            e.categoryId = categories.first().id;
            e.nominee.name = QString::fromUtf8(person);
            e.nominee.unitId = units.first().id;
            e.authors = {{QString::fromUtf8(person), {}, units.first().id, 100}};
            REQUIRE(service.create(e).ok());
        }
    }
    campaign.close();

    const CliResult clean =
        runCli({QStringLiteral("check"), campaign.path(), QStringLiteral("--lang"), QStringLiteral("en")});
    INFO(clean.out.toStdString() << clean.err.toStdString());
    CHECK(clean.exitCode == 0);

    // Someone with a SQLite tool changes who made the third change.
    tamper(campaign.path(), QStringLiteral("UPDATE audit_log SET user_name = 'ai.do' WHERE id = 3;"));
    const CliResult broken =
        runCli({QStringLiteral("check"), campaign.path(), QStringLiteral("--lang"), QStringLiteral("en")});
    INFO(broken.out.toStdString() << broken.err.toStdString());
    CHECK(broken.exitCode == 2);
    CHECK(QString::fromUtf8(broken.out + broken.err).contains(QStringLiteral("row 3")));
    CHECK(QString::fromUtf8(broken.out + broken.err).contains(QStringLiteral("audit_log")));
}
