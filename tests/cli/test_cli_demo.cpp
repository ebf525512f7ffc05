// `demo`: deterministic by seed, complete score sheets, shares adding up, awards within quotas.
#include "cli_test_helpers.h"

#include <QJsonArray>
#include <QTemporaryDir>

using namespace sangkien;
using namespace sangkien::testing;

namespace {

const QString kScoredStatuses = QStringLiteral("('scored', 'proposed', 'awarded', 'not_awarded')");

QByteArray listJson(const QString& path)
{
    const auto r = runCli({QStringLiteral("list"), path, QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(r.exitCode == 0);
    return r.out;
}

QString makeDemo(const QTemporaryDir& dir, const QString& name, const QStringList& options)
{
    const QString path = dir.filePath(name);
    const auto r = runCli(QStringList{QStringLiteral("demo"), path} + options);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.err.isEmpty()); // no progress lines when stderr is not a terminal
    return path;
}

} // namespace

TEST_CASE("cli demo is deterministic by seed", "[cli]")
{
    QTemporaryDir dir;
    const QStringList seven{QStringLiteral("--entries"), QStringLiteral("150"), QStringLiteral("--seed"),
                            QStringLiteral("7")};
    const QString a = makeDemo(dir, QStringLiteral("a.sangkien"), seven);
    const QString b = makeDemo(dir, QStringLiteral("b.sangkien"), seven);
    const QString c = makeDemo(
        dir, QStringLiteral("c.sangkien"),
        {QStringLiteral("--entries"), QStringLiteral("150"), QStringLiteral("--seed"), QStringLiteral("8")});
    const QByteArray jsonA = listJson(a);
    CHECK(jsonA == listJson(b));
    CHECK(jsonA != listJson(c));
    CHECK(parseJson(jsonA).value(QStringLiteral("entries")).toArray().size() == 150);
}

TEST_CASE("cli demo defaults: 120 entries, 7 members with the council's roles", "[cli]")
{
    QTemporaryDir dir;
    const QString path = makeDemo(dir, QStringLiteral("d.sangkien"), {});
    CHECK(scalar(path, QStringLiteral("SELECT count(*) FROM entry")) == 120);
    CHECK(scalar(path, QStringLiteral("SELECT count(*) FROM council_member")) == 7);
    CHECK(scalar(path, QStringLiteral("SELECT count(*) FROM council_member WHERE role = 'chair'")) == 1);
    CHECK(scalar(path, QStringLiteral("SELECT count(*) FROM council_member WHERE role = 'vice_chair'")) == 1);
    CHECK(scalar(path, QStringLiteral("SELECT count(*) FROM council_member WHERE role = 'secretary'")) == 1);
    // Both kinds of nominees, several statuses, every entry from one of the template's units.
    CHECK(scalar(path, QStringLiteral("SELECT count(*) FROM nominee WHERE kind = 'collective'")) > 0);
    CHECK(scalar(path, QStringLiteral("SELECT count(*) FROM nominee WHERE kind = 'individual'")) > 0);
    CHECK(scalar(path, QStringLiteral("SELECT count(DISTINCT status) FROM entry")) >= 6);
    CHECK(scalar(path, QStringLiteral("SELECT count(*) FROM entry e JOIN nominee n ON n.id = e.nominee_id "
                                      "WHERE n.unit_id IS NULL")) == 0);
    CHECK(scalar(path, QStringLiteral("SELECT count(*) FROM entry WHERE category_id IS NULL")) == 0);
    // "Thị" is a woman's middle name.
    CHECK(scalar(path, QStringLiteral("SELECT count(*) FROM nominee WHERE kind = 'individual' AND "
                                      "name LIKE '% Thị %' AND gender <> 'female'")) == 0);
}

TEST_CASE("cli demo writes complete score sheets, shares of 100 and awards within quotas", "[cli]")
{
    QTemporaryDir dir;
    const QString path =
        makeDemo(dir, QStringLiteral("s.sangkien"),
                 {QStringLiteral("--entries"), QStringLiteral("300"), QStringLiteral("--members"),
                  QStringLiteral("5"), QStringLiteral("--seed"), QStringLiteral("42")});
    const qint64 scored =
        scalar(path, QStringLiteral("SELECT count(*) FROM entry WHERE status IN ") + kScoredStatuses);
    const qint64 criteria = scalar(path, QStringLiteral("SELECT count(*) FROM criterion"));
    REQUIRE(scored > 0);
    REQUIRE(criteria == 5);
    CHECK(scalar(path, QStringLiteral("SELECT count(*) FROM score_sheet WHERE status = 'submitted'")) ==
          scored * 5);
    CHECK(scalar(path, QStringLiteral("SELECT count(*) FROM score_sheet WHERE status <> 'submitted'")) == 0);
    CHECK(scalar(path, QStringLiteral("SELECT count(*) FROM score")) == scored * 5 * criteria);
    // Every member × scored entry × criterion has its points.
    CHECK(scalar(path,
                 QStringLiteral(
                     "SELECT count(*) FROM entry e, council_member m, criterion c WHERE e.status IN %1 AND "
                     "NOT EXISTS (SELECT 1 FROM score_sheet sh JOIN score s ON s.sheet_id = sh.id WHERE "
                     "sh.entry_id = e.id AND sh.member_id = m.id AND s.criterion_id = c.id)")
                     .arg(kScoredStatuses)) == 0);
    CHECK(
        scalar(path, QStringLiteral("SELECT count(*) FROM score_sheet sh JOIN entry e ON e.id = sh.entry_id "
                                    "WHERE e.status NOT IN ") +
                         kScoredStatuses) == 0);
    CHECK(
        scalar(path, QStringLiteral("SELECT count(*) FROM score s JOIN criterion c ON c.id = s.criterion_id "
                                    "WHERE s.points < 0 OR s.points > c.max_points")) == 0);

    // Shares add up to 100 and every co-author keeps at least 30%.
    CHECK(scalar(path,
                 QStringLiteral(
                     "SELECT count(*) FROM entry WHERE id NOT IN (SELECT entry_id FROM entry_author)")) == 0);
    CHECK(scalar(path,
                 QStringLiteral("SELECT count(*) FROM (SELECT entry_id FROM entry_author GROUP BY entry_id "
                                "HAVING abs(sum(share) - 100) > 0.01)")) == 0);
    CHECK(scalar(path, QStringLiteral("SELECT count(*) FROM entry_author WHERE share < 30")) == 0);
    CHECK(scalar(path, QStringLiteral("SELECT count(*) FROM entry_author WHERE position > 1")) > 0);

    // Awards: some, and within every quota rule ("any" counts both kinds).
    CHECK(scalar(path, QStringLiteral("SELECT count(*) FROM award")) > 0);
    CHECK(scalar(path,
                 QStringLiteral(
                     "SELECT count(*) FROM quota_rule r WHERE r.max_count < (SELECT count(*) FROM award a "
                     "JOIN entry e ON e.id = a.entry_id JOIN nominee n ON n.id = e.nominee_id WHERE "
                     "a.award_form_id = r.award_form_id AND (r.nominee_kind = 'any' OR n.kind = "
                     "r.nominee_kind))")) == 0);
    CHECK(scalar(path, QStringLiteral("SELECT count(*) FROM award a JOIN entry e ON e.id = a.entry_id "
                                      "WHERE e.status NOT IN ('awarded', 'proposed')")) == 0);
    CHECK(runCli({QStringLiteral("check"), path}).exitCode == 0);
}

TEST_CASE("cli demo with no entries is an empty campaign with a council", "[cli]")
{
    QTemporaryDir dir;
    const QString path =
        makeDemo(dir, QStringLiteral("e.sangkien"),
                 {QStringLiteral("--entries"), QStringLiteral("0"), QStringLiteral("--members=3")});
    CHECK(scalar(path, QStringLiteral("SELECT count(*) FROM entry")) == 0);
    CHECK(scalar(path, QStringLiteral("SELECT count(*) FROM council_member")) == 3);
}
