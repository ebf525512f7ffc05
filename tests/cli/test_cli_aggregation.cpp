// The aggregation method as a setting and `rank --method` for one run, on a hand-made entry whose scores
// are worked out by hand here; statuses follow the sheets: every sheet of an entry submitted makes it
// scored, a sheet reopened puts it back under review, each with a trail row; the minutes name the method.
#include "cli_test_helpers.h"
#include "review/conflicts.h"
#include "storage/campaign_repository.h"

#include <QProcess>
#include <QTemporaryDir>

using namespace sangkien;
using namespace sangkien::testing;

namespace {

CliResult run(const QStringList& args)
{
    CliResult r = runCli(args, {}, kEnglishEnv);
    INFO(r.err.toStdString());
    return r;
}

QString pdfText(const QString& pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(60000));
    return QString::fromUtf8(p.readAllStandardOutput()).simplified();
}

// A demo campaign with five members, and an entry under review without any sheet that all five may score.
struct HandMade
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("tong-hop.sangkien"));
    QString code;
    QList<qint64> members;
    QList<std::pair<QString, double>> criteria; // code, max

    HandMade()
    {
        REQUIRE(run({QStringLiteral("demo"), path, QStringLiteral("--entries"), QStringLiteral("24"),
                     QStringLiteral("--members"), QStringLiteral("5"), QStringLiteral("--seed"),
                     QStringLiteral("16")})
                    .exitCode == 0);
        const CliResult m =
            run({QStringLiteral("members"), path, QStringLiteral("--format"), QStringLiteral("json")});
        REQUIRE(m.exitCode == 0);
        for (const QJsonValue& v : parseJson(m.out).value(QStringLiteral("members")).toArray())
            members << v.toObject().value(QStringLiteral("id")).toInteger();
        REQUIRE(members.size() == 5);
        const CliResult r =
            run({QStringLiteral("rank"), path, QStringLiteral("--format"), QStringLiteral("json")});
        REQUIRE(r.exitCode == 0);
        for (const QJsonValue& c : parseJson(r.out).value(QStringLiteral("criteria")).toArray())
            criteria.append({c.toObject().value(QStringLiteral("code")).toString(),
                             c.toObject().value(QStringLiteral("max")).toDouble()});
        auto db = Database::open(path, Database::Mode::ReadOnly);
        REQUIRE(db);
        auto conflicts = ConflictTable::load(**db);
        REQUIRE(conflicts);
        QSqlQuery q((*db)->connection());
        REQUIRE(
            q.exec(QStringLiteral("SELECT id, code FROM entry WHERE status = 'under_review' AND id NOT IN "
                                  "(SELECT entry_id FROM score_sheet) ORDER BY code")));
        while (q.next() && code.isEmpty())
            if (conflicts->eligibleMembers(q.value(0).toLongLong()).size() == 5)
                code = q.value(1).toString();
        REQUIRE_FALSE(code.isEmpty());
    }

    // The member's sheet for the entry with the given total: the criteria filled in order up to their
    // maximum (the template's maxima add up to 100).
    CliResult score(int member, double total, bool submit = true) const
    {
        QByteArray csv = "entry,criterion,points\n";
        double left = total;
        for (const auto& [criterion, max] : criteria) {
            const double points = std::min(max, left);
            left -= points;
            csv += QStringLiteral("%1,%2,%3\n").arg(code, criterion, QString::number(points)).toUtf8();
        }
        REQUIRE(left == 0);
        const QString file = dir.filePath(QStringLiteral("member-%1.csv").arg(member));
        writeFile(file, csv);
        QStringList args{QStringLiteral("scores-import"), path, file, QStringLiteral("--member"),
                         QString::number(members[member])};
        if (submit)
            args << QStringLiteral("--submit");
        return run(args);
    }

    QJsonObject ranked(const QStringList& extra = {}) const
    {
        const CliResult r = run(
            QStringList{QStringLiteral("rank"), path, QStringLiteral("--format"), QStringLiteral("json")} +
            extra);
        REQUIRE(r.exitCode == 0);
        return parseJson(r.out);
    }

    double score(const QJsonObject& rank) const
    {
        for (const QJsonValue& v : rank.value(QStringLiteral("entries")).toArray())
            if (v.toObject().value(QStringLiteral("code")).toString() == code)
                return v.toObject().value(QStringLiteral("score")).toDouble(-1);
        return -1;
    }

    // The entry's status as `list` shows it.
    QString status() const
    {
        const CliResult r =
            run({QStringLiteral("list"), path, QStringLiteral("--format"), QStringLiteral("json")});
        REQUIRE(r.exitCode == 0);
        for (const QJsonValue& v : parseJson(r.out).value(QStringLiteral("entries")).toArray())
            if (v.toObject().value(QStringLiteral("code")).toString() == code)
                return v.toObject().value(QStringLiteral("status")).toString();
        return {};
    }

    qint64 statusRows() const
    {
        return scalar(path,
                      QStringLiteral("SELECT count(*) FROM audit_log a JOIN entry e ON e.id = a.record_id "
                                     "WHERE a.action = 'status' AND a.table_name = 'entry' AND e.code = '%1'")
                          .arg(code));
    }
};

} // namespace

TEST_CASE("cli rank --method: the median and the trimmed mean differ from the mean as worked out by hand",
          "[cli][aggregation]")
{
    HandMade c;
    // Totals 40, 60, 70, 90, 100. Mean: 360 / 5 = 72. Median: 70. Without the highest and the lowest:
    // (60 + 70 + 90) / 3 = 73.33.
    const QList<double> totals{40, 60, 70, 90, 100};
    for (int i = 0; i < 5; ++i)
        REQUIRE(c.score(i, totals[i]).exitCode == 0);

    const QJsonObject mean = c.ranked();
    CHECK(mean.value(QStringLiteral("method")).toString() == QStringLiteral("mean"));
    CHECK(mean.value(QStringLiteral("campaign_method")).toString() == QStringLiteral("mean"));
    CHECK(c.score(mean) == Approx(72.0));

    const QJsonObject median = c.ranked({QStringLiteral("--method"), QStringLiteral("median")});
    CHECK(median.value(QStringLiteral("method")).toString() == QStringLiteral("median"));
    CHECK(median.value(QStringLiteral("campaign_method")).toString() == QStringLiteral("mean"));
    CHECK(c.score(median) == Approx(70.0));

    const QJsonObject trimmed = c.ranked({QStringLiteral("--method=trimmed")});
    CHECK(trimmed.value(QStringLiteral("method")).toString() == QStringLiteral("trimmed_mean"));
    CHECK(c.score(trimmed) == Approx(73.33));

    // The readable table says which method scored it.
    const CliResult text =
        run({QStringLiteral("rank"), c.path, QStringLiteral("--method"), QStringLiteral("median")});
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains("the median of the members' totals"));
    CHECK(text.out.contains("--method"));

    // A bad method is a usage error; the override never changes the campaign's setting.
    const QByteArray before = fileHash(c.path);
    const CliResult bad =
        run({QStringLiteral("rank"), c.path, QStringLiteral("--method"), QStringLiteral("max")});
    CHECK(bad.exitCode == 1);
    CHECK(bad.err.contains("mean, trimmed, median"));
    CHECK(fileHash(c.path) == before);
    CHECK(c.ranked().value(QStringLiteral("method")).toString() == QStringLiteral("mean"));

    // The campaign's setting (as Thiết lập stores it) is what rank uses without --method.
    {
        auto db = Database::open(c.path);
        REQUIRE(db);
        auto campaign = CampaignRepository(**db).load();
        REQUIRE(campaign);
        campaign->aggregation = AggregationMethod::Median;
        REQUIRE(CampaignRepository(**db).save(*campaign).ok());
    }
    const QJsonObject stored = c.ranked();
    CHECK(stored.value(QStringLiteral("method")).toString() == QStringLiteral("median"));
    CHECK(c.score(stored) == Approx(70.0));
    CHECK(c.score(c.ranked({QStringLiteral("--method"), QStringLiteral("mean")})) == Approx(72.0));
}

TEST_CASE("cli scores-import and reopen: the entry becomes scored with its last sheet and goes back under "
          "review when one is reopened, each with a trail row",
          "[cli][aggregation][statuses]")
{
    HandMade c;
    REQUIRE(c.status() == QStringLiteral("under_review"));
    const qint64 rowsBefore = c.statusRows();
    // A draft and four submitted sheets: not all submitted yet.
    REQUIRE(c.score(0, 80, false).exitCode == 0);
    for (int i = 1; i < 5; ++i)
        REQUIRE(c.score(i, 80).exitCode == 0);
    CHECK(c.status() == QStringLiteral("under_review"));
    CHECK(c.statusRows() == rowsBefore);

    // The last one submitted: scored, one trail row with the reason.
    REQUIRE(c.score(0, 80).exitCode == 0);
    CHECK(c.status() == QStringLiteral("scored"));
    CHECK(c.statusRows() == rowsBefore + 1);
    CHECK(scalar(c.path,
                 QStringLiteral("SELECT count(*) FROM entry_status_change h JOIN entry e ON e.id = "
                                "h.entry_id WHERE e.code = '%1' AND h.to_status = 'scored' AND h.reason "
                                "LIKE '%every score sheet submitted%'")
                     .arg(c.code)) == 1);

    // Reopened: back under review, the reason in the status history.
    const CliResult reopened = run({QStringLiteral("reopen"), c.path, QStringLiteral("--member"),
                                    QString::number(c.members[2]), QStringLiteral("--entry"), c.code,
                                    QStringLiteral("--reason"), QStringLiteral("Ghi nhầm tiêu chí 2")});
    REQUIRE(reopened.exitCode == 0);
    CHECK(c.status() == QStringLiteral("under_review"));
    CHECK(c.statusRows() == rowsBefore + 2);
    CHECK(scalar(c.path, QStringLiteral("SELECT count(*) FROM entry_status_change h JOIN entry e ON e.id = "
                                        "h.entry_id WHERE e.code = '%1' AND h.to_status = 'under_review' AND "
                                        "h.reason LIKE '%Ghi nhầm tiêu chí 2%'")
                             .arg(c.code)) == 1);

    // Submitted again: scored again.
    REQUIRE(c.score(2, 75).exitCode == 0);
    CHECK(c.status() == QStringLiteral("scored"));
}

TEST_CASE("cli minutes: the minutes name the aggregation method", "[cli][aggregation][meeting]")
{
    HandMade c;
    const QList<double> totals{40, 60, 70, 90, 100};
    for (int i = 0; i < 5; ++i)
        REQUIRE(c.score(i, totals[i]).exitCode == 0);
    QStringList ids;
    for (qint64 id : c.members)
        ids << QString::number(id);
    REQUIRE(run({QStringLiteral("meeting"), c.path, QStringLiteral("--date"), QStringLiteral("2025-02-05"),
                 QStringLiteral("--present"), ids.join(QLatin1Char(','))})
                .exitCode == 0);
    REQUIRE(run({QStringLiteral("vote"), c.path, QStringLiteral("--entry"), c.code, QStringLiteral("--agree"),
                 QStringLiteral("5"), QStringLiteral("--disagree"), QStringLiteral("0")})
                .exitCode == 0);
    const QString meanPdf = c.dir.filePath(QStringLiteral("bien-ban-1.pdf"));
    REQUIRE(run({QStringLiteral("minutes"), c.path, QStringLiteral("--out"), meanPdf}).exitCode == 0);
    const QString mean = pdfText(meanPdf);
    CHECK(mean.contains(QStringLiteral("trung bình cộng tổng điểm")));
    CHECK(mean.contains(QStringLiteral("72,00")));

    {
        auto db = Database::open(c.path);
        REQUIRE(db);
        auto campaign = CampaignRepository(**db).load();
        REQUIRE(campaign);
        campaign->aggregation = AggregationMethod::Median;
        REQUIRE(CampaignRepository(**db).save(*campaign).ok());
    }
    const QString medianPdf = c.dir.filePath(QStringLiteral("bien-ban-2.pdf"));
    REQUIRE(run({QStringLiteral("minutes"), c.path, QStringLiteral("--out"), medianPdf}).exitCode == 0);
    const QString median = pdfText(medianPdf);
    CHECK(median.contains(QStringLiteral("trung vị tổng điểm")));
    CHECK(median.contains(QStringLiteral("70,00")));
}
