// `sangkien-cli import` of real lists with their footer (issue 15, item 1): a list ending in signatures,
// a place and date, totals or notes imports exactly its entries (exit 0); a list with two rows without a
// title among good ones is refused (exit 2) naming exactly those two rows, and nothing is written.
#include "cli_test_helpers.h"

using namespace sangkien;
using namespace sangkien::testing;

namespace {

QString fixture(const QString& name)
{
    return QStringLiteral(SANGKIEN_TEST_DATA_DIR "/spreadsheets/") + name;
}

} // namespace

TEST_CASE("import: a list with a footer imports exactly its entries, exit 0", "[import][cli][footer]")
{
    const QList<QPair<QString, int>> lists = {{QStringLiteral("footer_signer_lo.xlsx"), 24},
                                              {QStringLiteral("footer_place_date_lo.xlsx"), 24},
                                              {QStringLiteral("footer_totals_lo.xlsx"), 12},
                                              {QStringLiteral("footer_note_lo.xlsx"), 12},
                                              {QStringLiteral("footer_place_date.xlsx"), 24}};
    for (const auto& [name, count] : lists) {
        INFO(name.toStdString());
        TempCampaign campaign;
        campaign.close();
        const CliResult r = runCli({QStringLiteral("import"), campaign.path(), fixture(name),
                                    QStringLiteral("--format"), QStringLiteral("json")});
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        const QJsonObject json = parseJson(r.out);
        CHECK(json.value(QStringLiteral("read")).toInt() == count);
        CHECK(json.value(QStringLiteral("imported")).toInt() == count);
        CHECK(json.value(QStringLiteral("rejected")).toArray().isEmpty());
        CHECK(json.value(QStringLiteral("footer")).toInt() > 0);
        CHECK(scalar(campaign.path(), QStringLiteral("SELECT count(*) FROM entry")) == count);
    }
}

TEST_CASE("import: two bad rows among good ones are refused by exactly those rows", "[import][cli][footer]")
{
    TempCampaign campaign;
    campaign.close();
    const QByteArray before = fileHash(campaign.path());
    const CliResult r = runCli({QStringLiteral("import"), campaign.path(),
                                fixture(QStringLiteral("two_bad_rows_lo.xlsx")), QStringLiteral("--format"),
                                QStringLiteral("json"), QStringLiteral("--lang"), QStringLiteral("en")});
    CHECK(r.exitCode == 2);
    const QJsonObject json = parseJson(r.out);
    QSet<int> rows;
    for (const QJsonValue& v : json.value(QStringLiteral("rejected")).toArray())
        rows.insert(v.toObject().value(QStringLiteral("row")).toInt());
    CHECK(rows == QSet<int>{7, 11});
    CHECK(json.value(QStringLiteral("imported")).toInt() == 0);
    CHECK(QString::fromUtf8(r.err).contains(QStringLiteral("nothing was imported. Rows: 7, 11.")));
    CHECK(fileHash(campaign.path()) == before);

    // In Vietnamese too the refusal names the rows.
    const CliResult vi =
        runCli({QStringLiteral("import"), campaign.path(), fixture(QStringLiteral("two_bad_rows.xlsx")),
                QStringLiteral("--lang"), QStringLiteral("vi")});
    CHECK(vi.exitCode == 2);
    CHECK(QString::fromUtf8(vi.err).contains(QStringLiteral("7, 11")));
    CHECK(fileHash(campaign.path()) == before);
}
