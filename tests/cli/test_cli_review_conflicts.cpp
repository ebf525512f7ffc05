// Score returns never undo the office's newer work (issue 14, items 2 and 4b), through the real binary:
// a sheet the office changed after the package was exported is kept and named (HotCRP's edit conflict),
// a sheet the office had submitted travels read-only and a return that changes it is refused for that
// sheet, and the rest of the return still merges.
#include "cli_test_helpers.h"
#include "review/conflicts.h"
#include "review/review_package.h"
#include "review/sealed_file.h"

#include <QTemporaryDir>

using namespace sangkien;
using namespace sangkien::testing;

namespace {

const QString kPin = QStringLiteral("4821");
const qint64 kMember = 3;
const QStringList kEnglish{QStringLiteral("--lang"), QStringLiteral("en")};

// Member 3's points on one criterion of one entry; -1 when there is no such score.
double pointsOf(const QString& path, const QString& entry, const QString& criterion)
{
    auto db = Database::open(path, Database::Mode::ReadOnly);
    REQUIRE(db);
    QSqlQuery q((*db)->connection());
    q.prepare(QStringLiteral("SELECT s.points FROM score s JOIN score_sheet sh ON sh.id = s.sheet_id "
                             "JOIN entry e ON e.id = sh.entry_id JOIN criterion c ON c.id = s.criterion_id "
                             "WHERE sh.member_id = ? AND e.code = ? AND c.code = ?"));
    q.addBindValue(kMember);
    q.addBindValue(entry);
    q.addBindValue(criterion);
    REQUIRE(q.exec());
    return q.next() ? q.value(0).toDouble() : -1;
}

// Member 3's whole sheet for an entry, as a CSV body (criterion code → points).
QMap<QString, double> sheetOf(const QString& path, const QString& entry)
{
    auto db = Database::open(path, Database::Mode::ReadOnly);
    REQUIRE(db);
    QSqlQuery q((*db)->connection());
    q.prepare(QStringLiteral("SELECT c.code, s.points FROM score s JOIN score_sheet sh ON sh.id = s.sheet_id "
                             "JOIN entry e ON e.id = sh.entry_id JOIN criterion c ON c.id = s.criterion_id "
                             "WHERE sh.member_id = ? AND e.code = ?"));
    q.addBindValue(kMember);
    q.addBindValue(entry);
    REQUIRE(q.exec());
    QMap<QString, double> points;
    while (q.next())
        points.insert(q.value(0).toString(), q.value(1).toDouble());
    return points;
}

QByteArray csvRows(const QString& entry, const QMap<QString, double>& points)
{
    QByteArray csv;
    for (auto it = points.constBegin(); it != points.constEnd(); ++it)
        csv += QStringLiteral("%1,%2,%3,\n").arg(entry, it.key(), QString::number(it.value())).toUtf8();
    return csv;
}

QByteArray csvOf(const QList<QPair<QString, QMap<QString, double>>>& sheets)
{
    QByteArray csv = "entry,criterion,points,comment\n";
    for (const auto& s : sheets)
        csv += csvRows(s.first, s.second);
    return csv;
}

// A demo campaign, the entry member 3 has submitted (with novelty below its maximum) and an entry member 3
// may score and has no sheet for.
struct Council
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("2024.sangkien"));
    QString pkg = dir.filePath(QStringLiteral("member3.skreview"));
    QString submitted;
    QString free;
    QMap<QString, double> freeSheet{{QStringLiteral("novelty"), 20},
                                    {QStringLiteral("practicality"), 12},
                                    {QStringLiteral("feasibility"), 11},
                                    {QStringLiteral("effectiveness"), 19},
                                    {QStringLiteral("replicability"), 15}};

    Council()
    {
        const auto demo = runCli({QStringLiteral("demo"), path, QStringLiteral("--entries"),
                                  QStringLiteral("40"), QStringLiteral("--seed"), QStringLiteral("14")});
        INFO(demo.err.toStdString());
        REQUIRE(demo.exitCode == 0);
        auto db = Database::open(path, Database::Mode::ReadOnly);
        REQUIRE(db);
        auto conflicts = ConflictTable::load(**db);
        REQUIRE(conflicts);
        QSqlQuery q((*db)->connection());
        REQUIRE(q.exec(QStringLiteral(
            "SELECT e.code FROM score_sheet sh JOIN entry e ON e.id = sh.entry_id JOIN score s ON s.sheet_id "
            "= "
            "sh.id JOIN criterion c ON c.id = s.criterion_id WHERE sh.member_id = 3 AND sh.status = "
            "'submitted' AND c.code = 'novelty' AND s.points < 24 ORDER BY e.code LIMIT 1")));
        REQUIRE(q.next());
        submitted = q.value(0).toString();
        REQUIRE(
            q.exec(QStringLiteral("SELECT id, code FROM entry WHERE status = 'under_review' AND id NOT IN "
                                  "(SELECT entry_id FROM score_sheet WHERE member_id = 3) ORDER BY code")));
        while (free.isEmpty() && q.next())
            if (conflicts->eligibleMembers(q.value(0).toLongLong()).contains(kMember))
                free = q.value(1).toString();
        REQUIRE(!free.isEmpty());
    }

    void exportPackage() const
    {
        const auto r =
            runCli({QStringLiteral("review-export"), path, QStringLiteral("--member"),
                    QString::number(kMember), QStringLiteral("--pin"), kPin, QStringLiteral("--out"), pkg});
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
    }

    CliResult fill(const QByteArray& csv, const QString& out) const
    {
        const QString csvPath = dir.filePath(QStringLiteral("member3.csv"));
        writeFile(csvPath, csv);
        return runCli(QStringList{QStringLiteral("review-fill"), pkg, QStringLiteral("--pin"), kPin,
                                  QStringLiteral("--scores"), csvPath, QStringLiteral("--out"), out} +
                      kEnglish);
    }

    CliResult import(const QString& ret, bool json = false) const
    {
        QStringList args{QStringLiteral("review-import"), path, ret, QStringLiteral("--pin"), kPin};
        if (json)
            args << QStringLiteral("--format") << QStringLiteral("json");
        return runCli(args + kEnglish);
    }

    // A return sealed with the PIN by hand, as anyone who knows the PIN could, bypassing review-fill.
    QString craftedReturn(const QList<QPair<QString, QMap<QString, double>>>& sheets, const QString& name,
                          qint64 revision = 7) const
    {
        QFile f(pkg);
        REQUIRE(f.open(QIODevice::ReadOnly));
        auto opened = ReviewPackage::open(f.readAll(), kPin);
        REQUIRE(opened);
        QList<ReturnSheet> list;
        for (const auto& s : sheets)
            for (const ReviewEntry& e : opened->content.entries)
                if (e.code == s.first)
                    list.append({e.id, e.code, s.second, e.ownComment});
        REQUIRE(list.size() == sheets.size());
        const ScoreReturn scores = ReviewPackage::makeReturn(opened->content, list, revision);
        auto sealed = SealedFile::seal(ReviewPackage::kReturnMagic,
                                       QByteArray::fromHex(opened->content.packageId.toLatin1()), opened->key,
                                       scores.toJson());
        REQUIRE(sealed);
        const QString out = dir.filePath(name);
        writeFile(out, *sealed);
        return out;
    }
};

QStringList staleEntries(const QJsonObject& report, const QString& reason)
{
    QStringList entries;
    for (const QJsonValue& v : report.value(QStringLiteral("stale_sheets")).toArray())
        if (v.toObject().value(QStringLiteral("reason")).toString() == reason)
            entries << v.toObject().value(QStringLiteral("entry")).toString();
    return entries;
}

} // namespace

TEST_CASE("cli review-import keeps a sheet the office changed after the export, names it, merges the rest",
          "[cli][review-package][stale]")
{
    Council c;
    const QMap<QString, double> exported = sheetOf(c.path, c.submitted);
    REQUIRE(exported.size() == 5);
    c.exportPackage();

    // In the office: the secretary reopens the sheet and the paper sheet is typed in again, novelty 25.
    const auto reopened = runCli({QStringLiteral("reopen"), c.path, QStringLiteral("--member"),
                                  QString::number(kMember), QStringLiteral("--entry"), c.submitted,
                                  QStringLiteral("--reason"), QStringLiteral("phiếu giấy")});
    INFO(reopened.err.toStdString());
    REQUIRE(reopened.exitCode == 0);
    QMap<QString, double> paper = exported;
    paper.insert(QStringLiteral("novelty"), 25);
    const QString paperCsv = c.dir.filePath(QStringLiteral("paper.csv"));
    writeFile(paperCsv, csvOf({{c.submitted, paper}}));
    const auto typed = runCli({QStringLiteral("scores-import"), c.path, paperCsv, QStringLiteral("--member"),
                               QString::number(kMember), QStringLiteral("--submit")});
    INFO(typed.err.toStdString());
    REQUIRE(typed.exitCode == 0);
    REQUIRE(pointsOf(c.path, c.submitted, QStringLiteral("novelty")) == 25);
    const qint64 officeRevision = scalar(
        c.path, QStringLiteral("SELECT sh.revision FROM score_sheet sh JOIN entry e ON e.id = sh.entry_id "
                               "WHERE sh.member_id = 3 AND e.code = '%1'")
                    .arg(c.submitted));
    CHECK(officeRevision >= 3); // the export's revision, then reopened, then typed in

    SECTION("the member fills another entry only: the return carries that sheet alone")
    {
        const QString ret = c.dir.filePath(QStringLiteral("only-free.skscores"));
        const auto filled = c.fill(csvOf({{c.free, c.freeSheet}}), ret);
        INFO(filled.err.toStdString());
        REQUIRE(filled.exitCode == 0);
        const auto merged = c.import(ret, true);
        INFO(merged.err.toStdString());
        REQUIRE(merged.exitCode == 0);
        const QJsonObject report = parseJson(merged.out);
        CHECK(report.value(QStringLiteral("sheets")).toInt() == 1);
        CHECK(pointsOf(c.path, c.submitted, QStringLiteral("novelty")) == 25);
        CHECK(pointsOf(c.path, c.free, QStringLiteral("novelty")) == 20);
        for (const QJsonValue& v : report.value(QStringLiteral("changes")).toArray())
            CHECK(v.toObject().value(QStringLiteral("entry")).toString() == c.free);
    }
    SECTION("the member's spreadsheet still lists the exported sheet: it is named and the office's 25 kept")
    {
        const QString ret = c.dir.filePath(QStringLiteral("both.skscores"));
        const auto filled = c.fill(csvOf({{c.submitted, exported}, {c.free, c.freeSheet}}), ret);
        INFO(filled.err.toStdString());
        REQUIRE(filled.exitCode == 0);
        const QByteArray before = fileHash(c.path);

        const auto text = c.import(ret);
        INFO(text.out.toStdString() << text.err.toStdString());
        REQUIRE(text.exitCode == 0);
        CHECK(pointsOf(c.path, c.submitted, QStringLiteral("novelty")) == 25);
        CHECK(pointsOf(c.path, c.free, QStringLiteral("novelty")) == 20);
        CHECK(text.out.contains(c.submitted.toUtf8() +
                                ": The office changed this sheet after the package was "
                                "exported; the office's version is kept."));
        CHECK_FALSE(text.out.contains("25 \xe2\x86\x92")); // no "25 →" revert line
        CHECK(fileHash(c.path) != before);

        // The same return again: already imported.
        const auto again = c.import(ret, true);
        CHECK(again.exitCode == 0);
        CHECK(parseJson(again.out).value(QStringLiteral("already_imported")).toBool());
    }
    SECTION("the JSON names the stale sheet under stale_sheets, keeping the old keys")
    {
        const QString ret = c.dir.filePath(QStringLiteral("both-json.skscores"));
        REQUIRE(c.fill(csvOf({{c.submitted, exported}, {c.free, c.freeSheet}}), ret).exitCode == 0);
        const auto merged = c.import(ret, true);
        INFO(merged.err.toStdString());
        REQUIRE(merged.exitCode == 0);
        const QJsonObject report = parseJson(merged.out);
        CHECK(report.value(QStringLiteral("imported")).toBool());
        CHECK(report.value(QStringLiteral("sheets")).toInt() == 2);
        CHECK(report.value(QStringLiteral("changed_sheets")).toInt() == 1);
        CHECK(staleEntries(report, QStringLiteral("changed_in_office")) == QStringList{c.submitted});
        CHECK(pointsOf(c.path, c.submitted, QStringLiteral("novelty")) == 25);
    }
    SECTION("a return of nothing but the stale sheet is refused, naming it, and changes nothing")
    {
        const QString ret = c.craftedReturn({{c.submitted, exported}}, QStringLiteral("stale-only.skscores"));
        const QByteArray before = fileHash(c.path);
        const auto r = c.import(ret);
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(c.submitted.toUtf8()));
        CHECK(r.err.contains("changed this sheet after the package was exported"));
        CHECK(fileHash(c.path) == before);
    }
}

TEST_CASE("cli review: a sheet submitted in the office is read-only in the package and in its return",
          "[cli][review-package][stale]")
{
    Council c;
    const QMap<QString, double> exported = sheetOf(c.path, c.submitted);
    c.exportPackage();
    QMap<QString, double> changed = exported;
    changed.insert(QStringLiteral("novelty"), exported.value(QStringLiteral("novelty")) + 1);

    SECTION("review-fill refuses to change it, naming the entry, and writes no return")
    {
        const QString ret = c.dir.filePath(QStringLiteral("refused.skscores"));
        const auto r = c.fill(csvOf({{c.submitted, changed}, {c.free, c.freeSheet}}), ret);
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(c.submitted.toUtf8()));
        CHECK(r.err.contains("read-only in this package"));
        CHECK_FALSE(QFile::exists(ret));
    }
    SECTION("a return sealed by hand that changes it: that sheet is refused and named, the rest merges")
    {
        const QString ret = c.craftedReturn({{c.submitted, changed}, {c.free, c.freeSheet}},
                                            QStringLiteral("crafted.skscores"));
        const auto merged = c.import(ret, true);
        INFO(merged.err.toStdString());
        REQUIRE(merged.exitCode == 0);
        const QJsonObject report = parseJson(merged.out);
        CHECK(staleEntries(report, QStringLiteral("submitted_in_office")) == QStringList{c.submitted});
        CHECK(pointsOf(c.path, c.submitted, QStringLiteral("novelty")) ==
              exported.value(QStringLiteral("novelty")));
        CHECK(pointsOf(c.path, c.free, QStringLiteral("novelty")) == 20);
        const auto text =
            c.import(c.craftedReturn({{c.submitted, changed}}, QStringLiteral("only.skscores"), 8));
        CHECK(text.exitCode == 2);
        CHECK(text.err.contains(c.submitted.toUtf8()));
        CHECK(text.err.contains("submitted in the office"));
    }
}
