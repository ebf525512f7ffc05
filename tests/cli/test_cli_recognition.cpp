// `allocate` shows the council's recognition vote of each ranked entry and why an entry whose score
// qualifies is not proposed; an entry voted down is not proposed until a later vote passes it; with
// recognition by score the vote does not gate. Through the real binary on real files.
#include "cli_test_helpers.h"

#include <QJsonArray>

using namespace sangkien;
using namespace sangkien::testing;

namespace {

QJsonObject allocateJson(const QString& file)
{
    const CliResult r =
        runCli({QStringLiteral("allocate"), file, QStringLiteral("--format"), QStringLiteral("json")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return parseJson(r.out);
}

QJsonObject rankedEntry(const QJsonObject& json, const QString& code)
{
    for (const QJsonValue& v : json.value(QStringLiteral("ranking")).toArray())
        if (v.toObject().value(QStringLiteral("code")).toString() == code)
            return v.toObject();
    return {};
}

} // namespace

TEST_CASE("allocate shows each ranked entry's vote and proposes only the entries that passed it",
          "[cli][recognition]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("demo.sangkien"));
    REQUIRE(runCli({QStringLiteral("demo"), file, QStringLiteral("--entries"), QStringLiteral("200"),
                    QStringLiteral("--seed"), QStringLiteral("4")})
                .exitCode == 0);

    QJsonObject json = allocateJson(file);
    CHECK(json.value(QStringLiteral("recognition")).toString() == QLatin1String("vote"));
    const QJsonArray awards = json.value(QStringLiteral("awards")).toArray();
    REQUIRE(!awards.isEmpty());
    for (const QJsonValue& a : awards) {
        const QJsonObject vote = a.toObject().value(QStringLiteral("vote")).toObject();
        CHECK(vote.value(QStringLiteral("result")).toString() == QLatin1String("passed"));
        CHECK(vote.value(QStringLiteral("agree")).toInt() >= vote.value(QStringLiteral("needed")).toInt());
    }
    // Every ranked entry is listed with its vote; the demo's council voted some down, and none of those
    // is proposed.
    const QJsonArray ranking = json.value(QStringLiteral("ranking")).toArray();
    REQUIRE(ranking.size() >= awards.size());
    int votedDown = 0;
    QString top; // the best entry proposed
    for (const QJsonValue& v : ranking) {
        const QJsonObject e = v.toObject();
        const QString result =
            e.value(QStringLiteral("vote")).toObject().value(QStringLiteral("result")).toString();
        CHECK((result == QLatin1String("passed") || result == QLatin1String("voted_down") ||
               result == QLatin1String("none")));
        if (result != QLatin1String("passed")) {
            CHECK(e.value(QStringLiteral("proposed")).isNull());
            if (e.value(QStringLiteral("not_proposed_reason")).toString() == QLatin1String("voted_down"))
                ++votedDown;
        }
        if (top.isEmpty() && e.value(QStringLiteral("proposed")).isString())
            top = e.value(QStringLiteral("code")).toString();
    }
    CHECK(votedDown > 0);
    REQUIRE(!top.isEmpty());
    CHECK(rankedEntry(json, top).value(QStringLiteral("not_proposed_reason")).isNull());

    // The text says it too.
    const CliResult text = runCli({QStringLiteral("allocate"), file}, {}, kEnglishEnv);
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains("The council did not recognise it"));
    CHECK(text.out.contains("Not proposed although the score qualifies:"));

    // The council votes the best entry down at a later meeting (7 present, 4 agree of 5 needed).
    REQUIRE(runCli({QStringLiteral("meeting"), file, QStringLiteral("--date"), QStringLiteral("2025-01-10"),
                    QStringLiteral("--present"), QStringLiteral("1,2,3,4,5,6,7")})
                .exitCode == 0);
    const CliResult down =
        runCli({QStringLiteral("vote"), file, QStringLiteral("--entry"), top, QStringLiteral("--agree"),
                QStringLiteral("4"), QStringLiteral("--disagree"), QStringLiteral("3")});
    INFO(down.err.toStdString());
    REQUIRE(down.exitCode == 0);
    json = allocateJson(file);
    QJsonObject e = rankedEntry(json, top);
    CHECK(e.value(QStringLiteral("proposed")).isNull());
    CHECK(e.value(QStringLiteral("not_proposed_reason")).toString() == QLatin1String("voted_down"));
    CHECK(e.value(QStringLiteral("vote")).toObject().value(QStringLiteral("agree")).toInt() == 4);
    CHECK(e.value(QStringLiteral("vote")).toObject().value(QStringLiteral("needed")).toInt() == 5);

    // Recognition by score alone: the old behaviour, the entry is proposed whatever the vote.
    tamper(file, QStringLiteral("UPDATE campaign SET recognition = 'score';"));
    json = allocateJson(file);
    CHECK(json.value(QStringLiteral("recognition")).toString() == QLatin1String("score"));
    e = rankedEntry(json, top);
    CHECK(e.value(QStringLiteral("proposed")).isString());
    CHECK(e.value(QStringLiteral("not_proposed_reason")).isNull());
}
