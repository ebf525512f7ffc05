// `decision` and `backup` through the real binary on real files.
#include "cli_test_helpers.h"
#include "storage/campaign_lock.h"

#include <QProcess>

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

} // namespace

TEST_CASE("decision writes the director's decision with every awardee, and refuses broken quotas",
          "[cli][decision]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("demo.sangkien"));
    REQUIRE(
        runCli({QStringLiteral("demo"), file, QStringLiteral("--entries"), QStringLiteral("200")}).exitCode ==
        0);
    const CliResult allocated = runCli({QStringLiteral("allocate"), file, QStringLiteral("--apply")});
    INFO(allocated.err.toStdString());
    REQUIRE(allocated.exitCode == 0);

    const QString pdf = dir.filePath(QStringLiteral("qd.pdf"));
    const CliResult written =
        runCli({QStringLiteral("decision"), file, QStringLiteral("--out"), pdf, QStringLiteral("--number"),
                QStringLiteral("125"), QStringLiteral("--date"), QStringLiteral("2025-02-05"),
                QStringLiteral("--signer"), QStringLiteral("Trần Tùng Chuẩn")});
    INFO(written.err.toStdString());
    REQUIRE(written.exitCode == 0);
    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("QUYẾT ĐỊNH")));
    CHECK(text.contains(QStringLiteral("125/QĐ-SKHCN")));
    CHECK(text.contains(QStringLiteral("ngày 05 tháng 02 năm 2025")));
    CHECK(text.contains(QStringLiteral("Trần Tùng Chuẩn")));
    const qint64 directorAwards =
        scalar(file, QStringLiteral("SELECT count(*) FROM award a JOIN award_form f "
                                    "ON f.id = a.award_form_id WHERE f.code = 'director'"));
    REQUIRE(directorAwards > 0);
    // Every director's award appears by its code.
    auto db = Database::open(file, Database::Mode::ReadOnly);
    REQUIRE(db.ok());
    QSqlQuery q((*db)->connection());
    REQUIRE(q.exec(
        QStringLiteral("SELECT e.code FROM award a JOIN entry e ON e.id = a.entry_id JOIN award_form f "
                       "ON f.id = a.award_form_id WHERE f.code = 'director'")));
    while (q.next())
        CHECK(text.contains(q.value(0).toString()));
    db->reset();

    const QString odt = dir.filePath(QStringLiteral("qd.odt"));
    CHECK(runCli({QStringLiteral("decision"), file, QStringLiteral("--out"), odt}).exitCode == 0);
    CHECK(QFile(odt).size() > 1000);

    CHECK(runCli({QStringLiteral("decision"), file, QStringLiteral("--out"),
                  dir.filePath(QStringLiteral("x.docx"))})
              .exitCode == 1);
    CHECK(runCli({QStringLiteral("decision"), file}).exitCode == 1);

    // Push the director's individuals over the quota by hand: no document, exit 2.
    tamper(file, QStringLiteral("UPDATE quota_rule SET max_count = 0 WHERE nominee_kind = 'individual';"));
    const QString refused = dir.filePath(QStringLiteral("refused.pdf"));
    const CliResult broken = runCli({QStringLiteral("decision"), file, QStringLiteral("--out"), refused});
    CHECK(broken.exitCode == 2);
    CHECK_FALSE(QFile::exists(refused));
}

TEST_CASE("decision stores a frozen version and a trail row, after an award changes a second decision is "
          "version 2 while version 1 still prints",
          "[cli][decision][issuer]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("demo.sangkien"));
    REQUIRE(runCli({QStringLiteral("demo"), file, QStringLiteral("--entries"), QStringLiteral("150"),
                    QStringLiteral("--seed"), QStringLiteral("9")})
                .exitCode == 0);
    const auto decide = [&](const QString& out) {
        return runCli({QStringLiteral("decision"), file, QStringLiteral("--out"), out,
                       QStringLiteral("--number"), QStringLiteral("125"), QStringLiteral("--date"),
                       QStringLiteral("2025-02-05"), QStringLiteral("--signer"),
                       QStringLiteral("Trần Tùng Chuẩn")},
                      {}, kEnglishEnv);
    };

    // Issuing takes the campaign's lock, like every command that writes: refused while another holds it.
    {
        auto held = CampaignLock::acquire(file, QStringLiteral("sangkien"));
        REQUIRE(held);
        CHECK(decide(dir.filePath(QStringLiteral("locked.pdf"))).exitCode == 3);
        CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("locked.pdf"))));
    }
    CHECK(scalar(file, QStringLiteral("SELECT count(*) FROM award_decision")) == 0);

    const QString v1 = dir.filePath(QStringLiteral("v1.pdf"));
    const CliResult first = decide(v1);
    INFO(first.err.toStdString());
    REQUIRE(first.exitCode == 0);
    CHECK(first.err.contains("version 1"));
    CHECK(scalar(file,
                 QStringLiteral("SELECT count(*) FROM award_decision WHERE kind = 'director' AND version = 1 "
                                "AND frozen_at IS NOT NULL AND number = '125'")) == 1);
    CHECK(
        scalar(file, QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'award_decision' AND "
                                    "action = 'print'")) == 1);
    // The same decision again keeps version 1.
    REQUIRE(decide(dir.filePath(QStringLiteral("v1-same.pdf"))).exitCode == 0);
    CHECK(scalar(file, QStringLiteral("SELECT count(*) FROM award_decision")) == 1);

    // One director's award taken away after issuing.
    const qint64 removed =
        scalar(file, QStringLiteral("SELECT a.entry_id FROM award a JOIN award_form f ON f.id = "
                                    "a.award_form_id WHERE f.code = 'director' ORDER BY "
                                    "a.entry_id LIMIT 1"));
    auto db = Database::open(file, Database::Mode::ReadOnly);
    REQUIRE(db.ok());
    QSqlQuery q((*db)->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT code FROM entry WHERE id = %1").arg(removed)));
    REQUIRE(q.next());
    const QString code = q.value(0).toString();
    db->reset();
    tamper(file, QStringLiteral("DELETE FROM award WHERE entry_id = %1;").arg(removed));

    const QString v2 = dir.filePath(QStringLiteral("v2.pdf"));
    const CliResult second = decide(v2);
    INFO(second.err.toStdString());
    REQUIRE(second.exitCode == 0);
    CHECK(second.err.contains("version 2"));
    CHECK(scalar(file, QStringLiteral("SELECT count(*) FROM award_decision WHERE frozen_at IS NOT NULL")) ==
          2);
    CHECK(
        scalar(file, QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'award_decision' AND "
                                    "action = 'print'")) == 2);
    CHECK(pdfText(v1).contains(code));
    CHECK_FALSE(pdfText(v2).contains(code));

    // Version 1 still prints as it was issued, and nothing is stored doing so.
    const QString again = dir.filePath(QStringLiteral("v1-again.pdf"));
    const CliResult reprint = runCli({QStringLiteral("decision"), file, QStringLiteral("--out"), again,
                                      QStringLiteral("--version"), QStringLiteral("1")});
    INFO(reprint.err.toStdString());
    REQUIRE(reprint.exitCode == 0);
    CHECK(pdfText(again).contains(code));
    CHECK(pdfText(again).contains(QStringLiteral("125/QĐ-SKHCN")));
    CHECK(scalar(file, QStringLiteral("SELECT count(*) FROM award_decision")) == 2);
    CHECK(runCli({QStringLiteral("decision"), file, QStringLiteral("--out"),
                  dir.filePath(QStringLiteral("x.pdf")), QStringLiteral("--version"), QStringLiteral("7")})
              .exitCode == 2);
}

TEST_CASE("decision records the province's decision on the chairman's proposal: its entries are awarded",
          "[cli][decision][province]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("demo.sangkien"));
    REQUIRE(runCli({QStringLiteral("demo"), file, QStringLiteral("--entries"), QStringLiteral("150"),
                    QStringLiteral("--seed"), QStringLiteral("9")})
                .exitCode == 0);
    const QStringList record{QStringLiteral("decision"),          file,
                             QStringLiteral("--province-number"), QStringLiteral("1234/QĐ-UBND"),
                             QStringLiteral("--province-date"),   QStringLiteral("2025-03-01")};
    // No proposal issued yet: refused, nothing written.
    CHECK(runCli(record).exitCode == 2);
    CHECK(scalar(file, QStringLiteral("SELECT count(*) FROM province_decision")) == 0);
    // Usage: a date that is not one, or an --out.
    CHECK(runCli({QStringLiteral("decision"), file, QStringLiteral("--province-number"), QStringLiteral("1"),
                  QStringLiteral("--province-date"), QStringLiteral("01/03/2025")})
              .exitCode == 1);
    CHECK(runCli(record + QStringList{QStringLiteral("--out"), dir.filePath(QStringLiteral("x.pdf"))})
              .exitCode == 1);

    const QString tt = dir.filePath(QStringLiteral("tt.pdf"));
    REQUIRE(runCli({QStringLiteral("decision"), file, QStringLiteral("--kind"),
                    QStringLiteral("chairman-proposal"), QStringLiteral("--out"), tt,
                    QStringLiteral("--number"), QStringLiteral("18")})
                .exitCode == 0);
    const qint64 proposed =
        scalar(file, QStringLiteral("SELECT count(*) FROM award a JOIN award_form f ON f.id = "
                                    "a.award_form_id JOIN entry e ON e.id = a.entry_id WHERE "
                                    "f.code = 'chairman' AND e.status = 'proposed'"));
    REQUIRE(proposed > 0);
    const CliResult done = runCli(record);
    INFO(done.err.toStdString());
    REQUIRE(done.exitCode == 0);
    CHECK(done.out.contains("1234/QĐ-UBND"));
    CHECK(scalar(file,
                 QStringLiteral("SELECT count(*) FROM award a JOIN award_form f ON f.id = a.award_form_id "
                                "JOIN entry e ON e.id = a.entry_id WHERE f.code = 'chairman' AND "
                                "e.status = 'awarded'")) == proposed);
    CHECK(scalar(file, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'province_decision'")) ==
          1);
    // A second time for the same version: refused.
    CHECK(runCli(record).exitCode == 2);
    CHECK(runCli({QStringLiteral("check"), file}).exitCode == 0);
}

TEST_CASE("check and decision report a second award to one nominee, naming both entries",
          "[cli][decision][check]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("demo.sangkien"));
    REQUIRE(runCli({QStringLiteral("demo"), file, QStringLiteral("--entries"), QStringLiteral("150"),
                    QStringLiteral("--seed"), QStringLiteral("9")})
                .exitCode == 0);
    REQUIRE(runCli({QStringLiteral("check"), file}).exitCode == 0);
    // The nominee of an awarded entry gets a second entry awarded (as the old demo did).
    const qint64 awarded =
        scalar(file, QStringLiteral("SELECT entry_id FROM award ORDER BY entry_id LIMIT 1"));
    const qint64 other = scalar(file, QStringLiteral("SELECT entry_id FROM meeting_vote WHERE passes = 1 AND "
                                                     "entry_id NOT IN (SELECT entry_id FROM award) ORDER BY "
                                                     "entry_id LIMIT 1"));
    tamper(file,
           QStringLiteral("UPDATE nominee SET (kind, name, unit_id) = (SELECT n.kind, n.name, n.unit_id FROM "
                          "nominee n JOIN entry e ON e.nominee_id = n.id WHERE e.id = %1) WHERE id = (SELECT "
                          "nominee_id FROM entry WHERE id = %2);"
                          "INSERT INTO award (entry_id, award_form_id, decided_at) SELECT %2, award_form_id, "
                          "decided_at FROM award WHERE entry_id = %1;")
               .arg(awarded)
               .arg(other));
    auto db = Database::open(file, Database::Mode::ReadOnly);
    REQUIRE(db.ok());
    QSqlQuery q((*db)->connection());
    REQUIRE(
        q.exec(QStringLiteral("SELECT (SELECT code FROM entry WHERE id = %1), (SELECT code FROM entry WHERE "
                              "id = %2)")
                   .arg(awarded)
                   .arg(other)));
    REQUIRE(q.next());
    const QByteArray first = q.value(0).toString().toUtf8();
    const QByteArray second = q.value(1).toString().toUtf8();
    db->reset();

    const CliResult checked = runCli({QStringLiteral("check"), file}, {}, kEnglishEnv);
    INFO(checked.out.toStdString());
    CHECK(checked.exitCode == 2);
    bool named = false;
    for (const QByteArray& line : checked.out.split('\n'))
        named = named || (line.contains(first) && line.contains(second) && line.contains("one award"));
    CHECK(named);

    const QString pdf = dir.filePath(QStringLiteral("qd.pdf"));
    const CliResult refused =
        runCli({QStringLiteral("decision"), file, QStringLiteral("--out"), pdf}, {}, kEnglishEnv);
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains(first));
    CHECK(refused.err.contains(second));
    CHECK_FALSE(QFile::exists(pdf));
    CHECK(scalar(file, QStringLiteral("SELECT count(*) FROM award_decision")) == 0);
}

TEST_CASE("check passes on demos of several seeds and sizes", "[cli][check][demo]")
{
    for (const auto& [entries, seed] :
         {std::pair{"60", "1"}, std::pair{"400", "6"}, std::pair{"1200", "13"}}) {
        INFO("entries " << entries << ", seed " << seed);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("demo.sangkien"));
        REQUIRE(runCli({QStringLiteral("demo"), file, QStringLiteral("--entries"),
                        QString::fromLatin1(entries), QStringLiteral("--seed"), QString::fromLatin1(seed)})
                    .exitCode == 0);
        const CliResult checked = runCli({QStringLiteral("check"), file}, {}, kEnglishEnv);
        INFO(checked.out.toStdString());
        CHECK(checked.exitCode == 0);
    }
}

TEST_CASE("backup writes a consistent copy and never overwrites", "[cli][backup]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("demo.sangkien"));
    REQUIRE(
        runCli({QStringLiteral("demo"), file, QStringLiteral("--entries"), QStringLiteral("50")}).exitCode ==
        0);
    const QString copy = dir.filePath(QStringLiteral("copy.sangkien"));
    const QByteArray before = fileHash(file);
    REQUIRE(runCli({QStringLiteral("backup"), file, QStringLiteral("--out"), copy}).exitCode == 0);
    CHECK(fileHash(file) == before);
    CHECK(scalar(copy, QStringLiteral("SELECT count(*) FROM entry")) == 50);
    CHECK(runCli({QStringLiteral("check"), copy}).exitCode == 0);
    CHECK(runCli({QStringLiteral("backup"), file, QStringLiteral("--out"), copy}).exitCode == 2);
    CHECK(runCli({QStringLiteral("backup"), dir.filePath(QStringLiteral("missing.sangkien")),
                  QStringLiteral("--out"), dir.filePath(QStringLiteral("x.sangkien"))})
              .exitCode == 3);
}
