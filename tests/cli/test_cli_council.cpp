// The council's commands on real files through the real binary: rank, allocate, members, scores-import,
// and the offline review round trip (review-export → review-fill → review-import) with its refusals.
#include "cli_test_helpers.h"
#include "review/conflicts.h"

#include <QJsonArray>
#include <QSet>
#include <QTemporaryDir>

using namespace sangkien;
using namespace sangkien::testing;

namespace {

const QString kPin = QStringLiteral("2468");

QString makeDemo(const QTemporaryDir& dir, const QString& name, int entries = 60, int seed = 5)
{
    const QString path = dir.filePath(name);
    const auto r = runCli({QStringLiteral("demo"), path, QStringLiteral("--entries"),
                           QString::number(entries), QStringLiteral("--seed"), QString::number(seed)});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return path;
}

QJsonObject jsonOf(const QStringList& args, int expectedExit = 0)
{
    const auto r = runCli(args + QStringList{QStringLiteral("--format"), QStringLiteral("json")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == expectedExit);
    return parseJson(r.out);
}

QJsonObject rankJson(const QString& path)
{
    return jsonOf({QStringLiteral("rank"), path});
}

QStringList criterionCodes(const QString& path)
{
    QStringList codes;
    for (const QJsonValue& c : rankJson(path).value(QStringLiteral("criteria")).toArray())
        codes << c.toObject().value(QStringLiteral("code")).toString();
    return codes;
}

QHash<QString, double> criterionMax(const QString& path)
{
    QHash<QString, double> max;
    for (const QJsonValue& c : rankJson(path).value(QStringLiteral("criteria")).toArray())
        max.insert(c.toObject().value(QStringLiteral("code")).toString(),
                   c.toObject().value(QStringLiteral("max")).toDouble());
    return max;
}

// An entry under review that member has no sheet for and may score (no conflict).
QString freeEntryFor(const QString& path, qint64 member, int skip = 0)
{
    auto db = Database::open(path, Database::Mode::ReadOnly);
    REQUIRE(db);
    auto conflicts = ConflictTable::load(**db);
    REQUIRE(conflicts);
    QSqlQuery q((*db)->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT id, code FROM entry WHERE status = 'under_review' AND id NOT IN "
                                  "(SELECT entry_id FROM score_sheet) ORDER BY code")));
    while (q.next()) {
        if (!conflicts->eligibleMembers(q.value(0).toLongLong()).contains(member))
            continue;
        if (skip-- == 0)
            return q.value(1).toString();
    }
    FAIL("no free entry in the demo");
    return {};
}

// A CSV with every criterion of the entry at the given share of its maximum.
QByteArray fullSheet(const QString& path, const QString& entry, double share, const QString& comment = {})
{
    QByteArray csv = "entry,criterion,points,comment\n";
    const auto max = criterionMax(path);
    bool first = true;
    for (const QString& code : criterionCodes(path)) {
        // The comment is quoted as RFC 4180 says: it may hold commas.
        csv += QStringLiteral("%1,%2,%3,\"%4\"\n")
                   .arg(entry, code, QString::number(std::floor(max.value(code) * share)),
                        first ? comment : QString())
                   .toUtf8();
        first = false;
    }
    return csv;
}

QJsonObject rankedEntry(const QJsonObject& rank, const QString& code)
{
    for (const QJsonValue& v : rank.value(QStringLiteral("entries")).toArray())
        if (v.toObject().value(QStringLiteral("code")).toString() == code)
            return v.toObject();
    return {};
}

qint64 auditCount(const QString& path)
{
    return scalar(path, QStringLiteral("SELECT count(*) FROM audit_log"));
}

} // namespace

TEST_CASE("cli rank: the contract's keys, best first, unranked last", "[council]")
{
    QTemporaryDir dir;
    const QString path = makeDemo(dir, QStringLiteral("rank.sangkien"));
    const QJsonObject rank = rankJson(path);

    const QJsonArray criteria = rank.value(QStringLiteral("criteria")).toArray();
    REQUIRE(!criteria.isEmpty());
    double sum = 0;
    for (const QJsonValue& c : criteria) {
        CHECK(c.toObject().value(QStringLiteral("code")).isString());
        CHECK(c.toObject().value(QStringLiteral("max")).toDouble() > 0);
        sum += c.toObject().value(QStringLiteral("max")).toDouble();
    }
    CHECK(sum == Approx(100));

    const QJsonArray entries = rank.value(QStringLiteral("entries")).toArray();
    REQUIRE(entries.size() > 10);
    int lastRank = 0;
    double lastScore = 101;
    bool unrankedSeen = false;
    int ranked = 0;
    for (const QJsonValue& v : entries) {
        const QJsonObject e = v.toObject();
        for (const char* key :
             {"code", "rank", "score", "member_totals", "flags", "tied", "title", "nominee"})
            CHECK(e.contains(QLatin1String(key)));
        CHECK(e.value(QStringLiteral("member_totals")).isArray());
        CHECK(e.value(QStringLiteral("flags")).isArray());
        if (e.value(QStringLiteral("rank")).isNull()) {
            unrankedSeen = true;
            CHECK(e.value(QStringLiteral("score")).isNull());
            CHECK(e.value(QStringLiteral("flags")).toArray().contains(QStringLiteral("incomplete")));
            continue;
        }
        ++ranked;
        CHECK_FALSE(unrankedSeen); // unranked entries come last
        const int r = e.value(QStringLiteral("rank")).toInt();
        const double score = e.value(QStringLiteral("score")).toDouble();
        CHECK(r >= lastRank);
        CHECK(score <= lastScore + 1e-9);
        if (r == lastRank)
            CHECK(e.value(QStringLiteral("tied")).toBool());
        lastRank = r;
        lastScore = score;
        for (const QJsonValue& t : e.value(QStringLiteral("member_totals")).toArray()) {
            CHECK(t.toObject().value(QStringLiteral("member")).toInt() > 0);
            CHECK(t.toObject().value(QStringLiteral("total")).toDouble() <= 100);
        }
    }
    CHECK(ranked > 0);
    CHECK(unrankedSeen);
    CHECK(entries.first().toObject().value(QStringLiteral("rank")).toInt() == 1);

    const auto text = runCli({QStringLiteral("rank"), path, QStringLiteral("--lang"), QStringLiteral("en")});
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains("Rank"));
    CHECK(text.out.contains(entries.first().toObject().value(QStringLiteral("code")).toString().toUtf8()));

    CHECK(
        runCli({QStringLiteral("rank"), path, QStringLiteral("--format"), QStringLiteral("xml")}).exitCode ==
        1);
    CHECK(runCli({QStringLiteral("rank"), dir.filePath(QStringLiteral("missing.sangkien"))}).exitCode == 3);
}

TEST_CASE("cli allocate: awards within every quota, --apply stores them and check passes", "[council]")
{
    QTemporaryDir dir;
    const QString path = makeDemo(dir, QStringLiteral("allocate.sangkien"), 150);
    const QByteArray before = fileHash(path);
    const QJsonObject proposal = jsonOf({QStringLiteral("allocate"), path});
    CHECK(fileHash(path) == before); // without --apply nothing is stored

    const QJsonArray awards = proposal.value(QStringLiteral("awards")).toArray();
    REQUIRE(!awards.isEmpty());
    QSet<QString> codes;
    for (const QJsonValue& v : awards) {
        const QJsonObject a = v.toObject();
        CHECK((a.value(QStringLiteral("form")).toString() == QLatin1String("chairman") ||
               a.value(QStringLiteral("form")).toString() == QLatin1String("director")));
        CHECK((a.value(QStringLiteral("nominee_kind")).toString() == QLatin1String("collective") ||
               a.value(QStringLiteral("nominee_kind")).toString() == QLatin1String("individual")));
        CHECK(!a.value(QStringLiteral("nominee")).toString().isEmpty());
        codes.insert(a.value(QStringLiteral("code")).toString());
    }
    CHECK(codes.size() == awards.size());
    const QJsonArray quotas = proposal.value(QStringLiteral("quotas")).toArray();
    REQUIRE(quotas.size() >= 3);
    for (const QJsonValue& v : quotas) {
        const QJsonObject q = v.toObject();
        CHECK(q.value(QStringLiteral("used")).toInt() <= q.value(QStringLiteral("limit")).toInt());
        CHECK(q.contains(QStringLiteral("form")));
        CHECK(q.contains(QStringLiteral("nominee_kind")));
    }
    CHECK(proposal.value(QStringLiteral("ties")).isArray());

    const QJsonObject applied = jsonOf({QStringLiteral("allocate"), path, QStringLiteral("--apply")});
    CHECK(applied.value(QStringLiteral("applied")).toBool());
    CHECK(scalar(path, QStringLiteral("SELECT count(*) FROM award")) == awards.size());
    const auto check = runCli({QStringLiteral("check"), path});
    INFO(check.out.toStdString() << check.err.toStdString());
    CHECK(check.exitCode == 0);

    const auto text =
        runCli({QStringLiteral("allocate"), path, QStringLiteral("--lang"), QStringLiteral("en")});
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains("Quota rules"));
}

TEST_CASE("cli members: the council with ids, roles and units", "[council]")
{
    QTemporaryDir dir;
    const QString path = makeDemo(dir, QStringLiteral("members.sangkien"), 10);
    const QJsonArray members =
        jsonOf({QStringLiteral("members"), path}).value(QStringLiteral("members")).toArray();
    REQUIRE(members.size() == 7);
    QSet<QString> roles;
    for (const QJsonValue& v : members) {
        const QJsonObject m = v.toObject();
        CHECK(m.value(QStringLiteral("id")).toInt() > 0);
        CHECK(!m.value(QStringLiteral("name")).toString().isEmpty());
        CHECK(m.value(QStringLiteral("unit")).isString());
        roles.insert(m.value(QStringLiteral("role")).toString());
    }
    CHECK(roles == QSet<QString>{QStringLiteral("chair"), QStringLiteral("vice_chair"),
                                 QStringLiteral("secretary"), QStringLiteral("member")});
    CHECK(members.first().toObject().value(QStringLiteral("role")).toString() == QLatin1String("chair"));
    CHECK(runCli({QStringLiteral("members"), path}).exitCode == 0);
}

TEST_CASE("cli scores-import: all rows or none, every error with its line and column", "[council]")
{
    QTemporaryDir dir;
    const QString path = makeDemo(dir, QStringLiteral("scores.sangkien"));
    const QString entry = freeEntryFor(path, 1);
    const QString other = freeEntryFor(path, 1, 1);
    const QStringList codes = criterionCodes(path);
    const auto max = criterionMax(path);
    const QString csv = dir.filePath(QStringLiteral("sheet.csv"));
    const QStringList en{QStringLiteral("--lang"), QStringLiteral("en")};
    auto import = [&](const QStringList& extra) {
        return runCli(QStringList{QStringLiteral("scores-import"), path, csv} + extra + en);
    };

    SECTION("a good sheet is submitted and counts in the ranking")
    {
        writeFile(csv, fullSheet(path, entry, 0.8, QStringLiteral("Có tính mới, đã áp dụng")) +
                           fullSheet(path, other, 0.5).mid(31));
        const qint64 auditBefore = auditCount(path);
        const auto r = import({QStringLiteral("--member"), QStringLiteral("1"), QStringLiteral("--submit")});
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        CHECK(auditCount(path) == auditBefore + 2); // an audit row per sheet
        CHECK(scalar(path, QStringLiteral("SELECT count(*) FROM score_sheet WHERE member_id = 1 AND "
                                          "status = 'submitted' AND entry_id = (SELECT id FROM entry WHERE "
                                          "code = '%1')")
                               .arg(entry)) == 1);
        const QJsonObject ranked = rankedEntry(rankJson(path), entry);
        REQUIRE(!ranked.isEmpty());
        CHECK(!ranked.value(QStringLiteral("score")).isNull());

        // A submitted sheet is final: typing it in again is refused, nothing written.
        const QByteArray hash = fileHash(path);
        const auto again = import({QStringLiteral("--member"), QStringLiteral("1")});
        CHECK(again.exitCode == 2);
        CHECK(again.err.contains("already submitted"));
        CHECK(fileHash(path) == hash);
    }
    SECTION("a draft may be partial, and the minimum is no input bound")
    {
        writeFile(csv, QStringLiteral("%1,%2,0\n").arg(entry, codes.first()).toUtf8());
        const auto r = import({QStringLiteral("--member"), QStringLiteral("2")});
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        CHECK(scalar(path, QStringLiteral("SELECT count(*) FROM score_sheet WHERE member_id = 2 AND "
                                          "status = 'draft'")) == 1);
        // Submitting it incomplete is refused.
        const auto submit =
            import({QStringLiteral("--member"), QStringLiteral("2"), QStringLiteral("--submit")});
        CHECK(submit.exitCode == 2);
        CHECK(submit.err.contains("cannot be submitted"));
    }
    SECTION("bad rows: every error named, nothing written")
    {
        writeFile(csv,
                  QStringLiteral("entry,criterion,points\n"
                                 "%1,%2,%3\n"
                                 "SK-1999-0001,%2,5\n"
                                 "%1,no_such_criterion,5\n"
                                 "%1,%4,lots\n")
                      .arg(entry, codes.first(), QString::number(max.value(codes.first()) + 1), codes.last())
                      .toUtf8());
        const QByteArray hash = fileHash(path);
        const auto r = import({QStringLiteral("--member"), QStringLiteral("1")});
        CHECK(r.exitCode == 2);
        const QString err = QString::fromUtf8(r.err);
        CHECK(err.contains(QStringLiteral("line 2, column C")));
        CHECK(err.contains(QStringLiteral("line 3, column A")));
        CHECK(err.contains(QStringLiteral("line 4, column B")));
        CHECK(err.contains(QStringLiteral("line 5, column C")));
        CHECK(fileHash(path) == hash);
    }
    SECTION("an unknown member is refused")
    {
        writeFile(csv, fullSheet(path, entry, 0.5));
        const QByteArray hash = fileHash(path);
        const auto r = import({QStringLiteral("--member"), QStringLiteral("99")});
        CHECK(r.exitCode == 2);
        CHECK(fileHash(path) == hash);
        CHECK(import({}).exitCode == 1); // --member is required
    }
    SECTION("a member with a conflict of interest is refused for that entry")
    {
        tamper(path,
               QStringLiteral("INSERT INTO conflict_override (member_id, entry_id, excluded, reason, "
                              "set_at, set_by) SELECT 1, id, 1, 'co-author''s spouse', '2024-05-01', 'test' "
                              "FROM entry WHERE code = '%1';")
                   .arg(entry));
        writeFile(csv, fullSheet(path, other, 0.6) + fullSheet(path, entry, 0.6).mid(31));
        const QByteArray hash = fileHash(path);
        const auto r = import({QStringLiteral("--member"), QStringLiteral("1"), QStringLiteral("--submit")});
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains("conflict of interest"));
        CHECK(r.err.contains(entry.toUtf8()));
        CHECK(fileHash(path) == hash);
        CHECK(
            scalar(path, QStringLiteral("SELECT count(*) FROM score_sheet WHERE member_id = 1 AND entry_id = "
                                        "(SELECT id FROM entry WHERE code = '%1')")
                             .arg(other)) == 0);
    }
}

TEST_CASE("cli review: export, fill headless, import, idempotent, newer revision shows its changes",
          "[council][review-package]")
{
    QTemporaryDir dir;
    const QString path = makeDemo(dir, QStringLiteral("review.sangkien"));
    const QString entry = freeEntryFor(path, 1);
    const QString pkg = dir.filePath(QStringLiteral("member1.skreview"));
    const QString csv = dir.filePath(QStringLiteral("scores.csv"));
    const QString ret = dir.filePath(QStringLiteral("member1.skscores"));

    const auto exported =
        runCli({QStringLiteral("review-export"), path, QStringLiteral("--member"), QStringLiteral("1"),
                QStringLiteral("--pin"), kPin, QStringLiteral("--out"), pkg});
    INFO(exported.err.toStdString());
    REQUIRE(exported.exitCode == 0);
    CHECK(QFile::exists(pkg));
    CHECK(scalar(path, QStringLiteral("SELECT count(*) FROM review_package WHERE member_id = 1")) == 1);
    // The package is sealed: no entry code, title or name can be read from it.
    QFile pkgFile(pkg);
    REQUIRE(pkgFile.open(QIODevice::ReadOnly));
    const QByteArray pkgBytes = pkgFile.readAll();
    CHECK(pkgBytes.startsWith("SKREVIEW"));
    CHECK(!pkgBytes.contains(entry.toUtf8()));

    writeFile(csv, fullSheet(path, entry, 0.9, QStringLiteral("Rất tốt")));
    const auto filled =
        runCli({QStringLiteral("review-fill"), pkg, QStringLiteral("--pin"), kPin, QStringLiteral("--scores"),
                csv, QStringLiteral("--out"), ret, QStringLiteral("--revision"), QStringLiteral("1")});
    INFO(filled.err.toStdString());
    REQUIRE(filled.exitCode == 0);

    const QJsonObject rankBefore = rankJson(path);
    CHECK(rankedEntry(rankBefore, entry).value(QStringLiteral("score")).isNull());
    const QJsonObject merged =
        jsonOf({QStringLiteral("review-import"), path, ret, QStringLiteral("--pin"), kPin});
    CHECK(merged.value(QStringLiteral("imported")).toBool());
    CHECK(merged.value(QStringLiteral("member")).toInt() == 1);
    CHECK(merged.value(QStringLiteral("sheets")).toInt() >= 1);
    bool entryChanged = false;
    for (const QJsonValue& c : merged.value(QStringLiteral("changes")).toArray())
        entryChanged = entryChanged || c.toObject().value(QStringLiteral("entry")).toString() == entry;
    CHECK(entryChanged);
    const QJsonObject rankAfter = rankJson(path);
    CHECK(rankAfter != rankBefore);
    const QJsonObject after = rankedEntry(rankAfter, entry);
    REQUIRE(!after.value(QStringLiteral("score")).isNull());
    CHECK(after.value(QStringLiteral("member_totals")).toArray().size() == 1);
    CHECK(scalar(path, QStringLiteral("SELECT count(*) FROM score_sheet WHERE member_id = 1 AND status = "
                                      "'submitted' AND entry_id = (SELECT id FROM entry WHERE code = '%1')")
                           .arg(entry)) == 1);

    SECTION("the same return twice changes nothing")
    {
        const qint64 audit = auditCount(path);
        const QJsonObject again =
            jsonOf({QStringLiteral("review-import"), path, ret, QStringLiteral("--pin"), kPin});
        CHECK_FALSE(again.value(QStringLiteral("imported")).toBool());
        CHECK(again.value(QStringLiteral("already_imported")).toBool());
        CHECK(again.value(QStringLiteral("changes")).toArray().isEmpty());
        CHECK(auditCount(path) == audit);
        const auto text = runCli({QStringLiteral("review-import"), path, ret, QStringLiteral("--pin"), kPin,
                                  QStringLiteral("--lang"), QStringLiteral("en")});
        CHECK(text.exitCode == 0);
        CHECK(text.out.contains("already imported"));
        CHECK(auditCount(path) == audit);
    }
    SECTION("a newer revision replaces the older one and shows the differences; an older one is refused")
    {
        auto fill = [&](const QString& out, double share, int revision) {
            writeFile(csv, fullSheet(path, entry, share));
            const auto r = runCli({QStringLiteral("review-fill"), pkg, QStringLiteral("--pin"), kPin,
                                   QStringLiteral("--scores"), csv, QStringLiteral("--out"), out,
                                   QStringLiteral("--revision"), QString::number(revision)});
            INFO(r.err.toStdString());
            REQUIRE(r.exitCode == 0);
        };
        const QString ret3 = dir.filePath(QStringLiteral("member1-r3.skscores"));
        const QString ret2 = dir.filePath(QStringLiteral("member1-r2.skscores"));
        fill(ret3, 0.6, 3);
        fill(ret2, 0.3, 2);
        const QJsonObject newer =
            jsonOf({QStringLiteral("review-import"), path, ret3, QStringLiteral("--pin"), kPin});
        CHECK(newer.value(QStringLiteral("imported")).toBool());
        const QJsonArray changes = newer.value(QStringLiteral("changes")).toArray();
        REQUIRE(!changes.isEmpty());
        for (const QJsonValue& v : changes) {
            const QJsonObject c = v.toObject();
            CHECK(c.value(QStringLiteral("entry")).toString() == entry);
            CHECK(!c.value(QStringLiteral("old")).isNull());
            CHECK(c.value(QStringLiteral("old")).toDouble() > c.value(QStringLiteral("new")).toDouble());
        }
        const QByteArray hash = fileHash(path);
        const qint64 audit = auditCount(path);
        // Revision 2 was written before revision 3 arrived: it never replaces it.
        const auto older = runCli({QStringLiteral("review-import"), path, ret2, QStringLiteral("--pin"), kPin,
                                   QStringLiteral("--lang"), QStringLiteral("en")});
        CHECK(older.exitCode == 2);
        CHECK(older.err.contains("newer score return"));
        // Revision 1, merged before, is still only "already imported".
        const QJsonObject first =
            jsonOf({QStringLiteral("review-import"), path, ret, QStringLiteral("--pin"), kPin});
        CHECK_FALSE(first.value(QStringLiteral("imported")).toBool());
        CHECK(fileHash(path) == hash);
        CHECK(auditCount(path) == audit);
    }
}

TEST_CASE("cli review-import refuses a changed byte, a wrong PIN, another campaign and stale criteria",
          "[council][review-package]")
{
    QTemporaryDir dir;
    const QString path = makeDemo(dir, QStringLiteral("a.sangkien"));
    const QString twin = makeDemo(dir, QStringLiteral("b.sangkien")); // same seed: same entries and members
    const QString entry = freeEntryFor(path, 1);
    const QString pkg = dir.filePath(QStringLiteral("p.skreview"));
    const QString csv = dir.filePath(QStringLiteral("s.csv"));
    const QString ret = dir.filePath(QStringLiteral("r.skscores"));
    REQUIRE(runCli({QStringLiteral("review-export"), path, QStringLiteral("--member"), QStringLiteral("1"),
                    QStringLiteral("--pin"), kPin, QStringLiteral("--out"), pkg})
                .exitCode == 0);
    writeFile(csv, fullSheet(path, entry, 0.7));
    REQUIRE(runCli({QStringLiteral("review-fill"), pkg, QStringLiteral("--pin"), kPin,
                    QStringLiteral("--scores"), csv, QStringLiteral("--out"), ret})
                .exitCode == 0);
    QFile f(ret);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray good = f.readAll();
    f.close();
    const QByteArray hash = fileHash(path);
    const qint64 audit = auditCount(path);
    auto importInto = [&](const QString& campaign, const QString& file, const QString& pin) {
        return runCli({QStringLiteral("review-import"), campaign, file, QStringLiteral("--pin"), pin,
                       QStringLiteral("--lang"), QStringLiteral("en")});
    };

    SECTION("one byte flipped, in the header or the body")
    {
        for (const qsizetype at : {qsizetype(12), qsizetype(40), good.size() / 2, good.size() - 1}) {
            QByteArray changed = good;
            changed[at] = char(changed[at] ^ 0x04);
            const QString bad = dir.filePath(QStringLiteral("flipped.skscores"));
            writeFile(bad, changed);
            const auto r = importInto(path, bad, kPin);
            INFO("position " << at);
            CHECK(r.exitCode == 2);
            CHECK(r.err.contains("wrong PIN or the file was changed"));
        }
        CHECK(fileHash(path) == hash);
    }
    SECTION("a truncated return")
    {
        const QString cut = dir.filePath(QStringLiteral("cut.skscores"));
        writeFile(cut, good.left(good.size() - 20));
        CHECK(importInto(path, cut, kPin).exitCode == 2);
        CHECK(fileHash(path) == hash);
    }
    SECTION("a wrong PIN")
    {
        const auto r = importInto(path, ret, QStringLiteral("8642"));
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains("wrong PIN"));
        CHECK(fileHash(path) == hash);
        // review-fill with a wrong PIN writes nothing either.
        const QString out = dir.filePath(QStringLiteral("never.skscores"));
        CHECK(runCli({QStringLiteral("review-fill"), pkg, QStringLiteral("--pin"), QStringLiteral("0000"),
                      QStringLiteral("--scores"), csv, QStringLiteral("--out"), out})
                  .exitCode == 2);
        CHECK_FALSE(QFile::exists(out));
    }
    SECTION("a return for another campaign")
    {
        const QByteArray twinHash = fileHash(twin);
        const auto r = importInto(twin, ret, kPin);
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains("another campaign"));
        CHECK(fileHash(twin) == twinHash);
    }
    SECTION("a criteria set changed after the export")
    {
        tamper(path, QStringLiteral("UPDATE criterion SET max_points = max_points + 5 WHERE id = "
                                    "(SELECT min(id) FROM criterion);"));
        const QByteArray tamperedHash = fileHash(path);
        const auto r = importInto(path, ret, kPin);
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains("criteria changed"));
        CHECK(fileHash(path) == tamperedHash);
    }
    CHECK(auditCount(path) == audit);
    // And the good return still merges once nothing was wrong with it.
    if (fileHash(path) == hash)
        CHECK(importInto(path, ret, kPin).exitCode == 0);
}
