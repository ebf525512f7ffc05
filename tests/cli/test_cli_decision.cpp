// `decision` and `backup` through the real binary on real files.
#include "cli_test_helpers.h"

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
