// `meeting`, `vote` and `minutes` through the real binary on a real campaign file.
#include "cli_test_helpers.h"
#include "review/conflicts.h"

#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>

using namespace sangkien;
using namespace sangkien::testing;

namespace {

QString pdfText(const QString& pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(60000));
    return QString::fromUtf8(p.readAllStandardOutput());
}

CliResult run(const QStringList& args)
{
    CliResult r = runCli(args, {}, kEnglishEnv);
    INFO(r.err.toStdString());
    return r;
}

} // namespace

TEST_CASE("meeting, vote and minutes: quorum, secret and open votes, refusals, the minutes PDF",
          "[cli][meeting]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("demo.sangkien"));
    REQUIRE(run({QStringLiteral("demo"), file, QStringLiteral("--entries"), QStringLiteral("6"),
                 QStringLiteral("--members"), QStringLiteral("7")})
                .exitCode == 0);

    const CliResult membersOut =
        run({QStringLiteral("members"), file, QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(membersOut.exitCode == 0);
    const QJsonArray members = parseJson(membersOut.out).value(QStringLiteral("members")).toArray();
    REQUIRE(members.size() == 7);
    QStringList ids;
    QStringList names;
    for (const auto& m : members) {
        ids << QString::number(m.toObject().value(QStringLiteral("id")).toInteger());
        names << m.toObject().value(QStringLiteral("name")).toString();
    }
    const CliResult listOut =
        run({QStringLiteral("list"), file, QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(listOut.exitCode == 0);
    const QJsonArray entries = parseJson(listOut.out).value(QStringLiteral("entries")).toArray();
    REQUIRE(entries.size() >= 3);
    QStringList codes;
    for (const auto& e : entries)
        codes << e.toObject().value(QStringLiteral("code")).toString();

    // No vote before a meeting.
    CHECK(run({QStringLiteral("vote"), file, QStringLiteral("--entry"), codes[0], QStringLiteral("--agree"),
               QStringLiteral("5"), QStringLiteral("--disagree"), QStringLiteral("0")})
              .exitCode == 2);

    // 4 of 7 present: below the 2/3 quorum (5), refused and nothing written.
    const CliResult few =
        run({QStringLiteral("meeting"), file, QStringLiteral("--date"), QStringLiteral("2025-02-05"),
             QStringLiteral("--present"), ids.mid(0, 4).join(QLatin1Char(','))});
    CHECK(few.exitCode == 2);
    CHECK(few.err.contains("quorum"));
    CHECK(scalar(file, QStringLiteral("SELECT count(*) FROM meeting")) == 0);

    const CliResult met =
        run({QStringLiteral("meeting"), file, QStringLiteral("--date"), QStringLiteral("2025-02-05"),
             QStringLiteral("--present"), ids.mid(0, 5).join(QLatin1Char(',')), QStringLiteral("--place"),
             QStringLiteral("Phòng họp số 1, Sở Khoa học và Công nghệ")});
    REQUIRE(met.exitCode == 0);
    CHECK(scalar(file, QStringLiteral("SELECT count(*) FROM meeting_attendance WHERE present = 1")) == 5);
    CHECK(scalar(file, QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'meeting'")) == 1);

    // Usage errors: both modes, or neither.
    CHECK(run({QStringLiteral("vote"), file, QStringLiteral("--entry"), codes[0], QStringLiteral("--agree"),
               QStringLiteral("5"), QStringLiteral("--disagree"), QStringLiteral("0"),
               QStringLiteral("--open"), ids[0] + QStringLiteral("=yes")})
              .exitCode == 1);
    CHECK(run({QStringLiteral("vote"), file, QStringLiteral("--entry"), codes[0]}).exitCode == 1);

    // Ballots above attendance: refused, nothing written.
    CHECK(run({QStringLiteral("vote"), file, QStringLiteral("--entry"), codes[0], QStringLiteral("--agree"),
               QStringLiteral("5"), QStringLiteral("--disagree"), QStringLiteral("1")})
              .exitCode == 2);
    CHECK(scalar(file, QStringLiteral("SELECT count(*) FROM meeting_vote")) == 0);

    const CliResult passes =
        run({QStringLiteral("vote"), file, QStringLiteral("--entry"), codes[0], QStringLiteral("--agree"),
             QStringLiteral("5"), QStringLiteral("--disagree"), QStringLiteral("0")});
    REQUIRE(passes.exitCode == 0);
    CHECK(passes.out.contains("passes"));
    const CliResult fails =
        run({QStringLiteral("vote"), file, QStringLiteral("--entry"), codes[1], QStringLiteral("--agree"),
             QStringLiteral("4"), QStringLiteral("--disagree"), QStringLiteral("1")});
    REQUIRE(fails.exitCode == 0);
    CHECK(fails.out.contains("does not pass"));

    // A member the clerk excluded from the third entry may not vote on it openly.
    {
        auto db = Database::open(file);
        REQUIRE(db.ok());
        QSqlQuery q((*db)->connection());
        q.prepare(QStringLiteral("SELECT id FROM entry WHERE code = ?"));
        q.addBindValue(codes[2]);
        REQUIRE(q.exec());
        REQUIRE(q.next());
        const qint64 entry = q.value(0).toLongLong();
        q.finish();
        auto conflicts = ConflictTable::load(**db);
        REQUIRE(conflicts.ok());
        for (int i = 1; i < 5; ++i)
            if (conflicts->excluded(ids[i].toLongLong(), entry))
                REQUIRE(setConflictOverride(**db, ids[i].toLongLong(), entry, false,
                                            QStringLiteral("test: not a conflict"), QStringLiteral("test"))
                            .ok());
        REQUIRE(setConflictOverride(**db, ids[0].toLongLong(), entry, true, QStringLiteral("đồng tác giả"),
                                    QStringLiteral("test"))
                    .ok());
    }
    QStringList ballots;
    for (int i = 0; i < 5; ++i)
        ballots << ids[i] + QStringLiteral("=yes");
    const CliResult conflicted = run({QStringLiteral("vote"), file, QStringLiteral("--entry"), codes[2],
                                      QStringLiteral("--open"), ballots.join(QLatin1Char(','))});
    CHECK(conflicted.exitCode == 2);
    CHECK(conflicted.err.contains("conflict"));
    CHECK(scalar(file, QStringLiteral("SELECT count(*) FROM meeting_vote")) == 2);
    ballots.removeFirst();
    const CliResult open = run({QStringLiteral("vote"), file, QStringLiteral("--entry"), codes[2],
                                QStringLiteral("--open"), ballots.join(QLatin1Char(','))});
    REQUIRE(open.exitCode == 0);
    CHECK(scalar(file, QStringLiteral("SELECT count(*) FROM meeting_ballot")) == 4);
    CHECK(scalar(file, QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'meeting_vote'")) ==
          3);

    // The minutes.
    CHECK(run({QStringLiteral("minutes"), file, QStringLiteral("--out"),
               dir.filePath(QStringLiteral("bb.doc"))})
              .exitCode == 1);
    const QString pdf = dir.filePath(QStringLiteral("bb.pdf"));
    const CliResult minutes = run({QStringLiteral("minutes"), file, QStringLiteral("--out"), pdf});
    REQUIRE(minutes.exitCode == 0);
    const QString text = pdfText(pdf);
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("BIÊN BẢN")));
    CHECK(text.contains(QStringLiteral("05/02/2025")));
    for (int i = 0; i < 5; ++i)
        CHECK(text.contains(names[i]));
    for (int i = 0; i < 3; ++i)
        CHECK(text.contains(codes[i]));
    CHECK(text.contains(QStringLiteral("không đạt")));
}
