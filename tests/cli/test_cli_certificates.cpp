// `certificates`: one page per awardee of an issued version onto the blanks, the layout's test page, the
// chairman's only once the province decided; read back with pdftotext and pdfinfo.
#include "cli_test_helpers.h"
#include "services/certificate_issuer.h"

#include <QProcess>
#include <QSet>
#include <QTemporaryDir>

using namespace sangkien;
using namespace sangkien::testing;

namespace {

QString pdfText(const QString& pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    INFO("pdftotext (packaging/dev.sh installs poppler-utils): " << p.errorString().toStdString());
    REQUIRE(p.waitForStarted(10000));
    REQUIRE(p.waitForFinished(60000));
    return QString::fromUtf8(p.readAllStandardOutput());
}

int pdfPages(const QString& pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {pdf});
    REQUIRE(p.waitForStarted(10000));
    REQUIRE(p.waitForFinished(60000));
    for (const QString& line : QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n')))
        if (line.startsWith(QStringLiteral("Pages:")))
            return line.mid(6).trimmed().toInt();
    return 0;
}

QStringList column(const QString& path, const QString& query)
{
    auto db = Database::open(path, Database::Mode::ReadOnly);
    REQUIRE(db);
    QSqlQuery q((*db)->connection());
    REQUIRE(q.exec(query));
    QStringList values;
    while (q.next())
        values << q.value(0).toString();
    return values;
}

CliResult certificates(const QString& file, const QString& out, const QStringList& more = {})
{
    return runCli(QStringList{QStringLiteral("certificates"), file, QStringLiteral("--out"), out} + more, {},
                  kEnglishEnv);
}

} // namespace

TEST_CASE("certificates writes one page per awardee of the latest issued decision", "[cli][certificates]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("demo.sangkien"));
    REQUIRE(runCli({QStringLiteral("demo"), file, QStringLiteral("--entries"), QStringLiteral("150"),
                    QStringLiteral("--seed"), QStringLiteral("9")})
                .exitCode == 0);
    const QString pdf = dir.filePath(QStringLiteral("giay-khen.pdf"));

    // No decision issued yet: refused with words, nothing written.
    const CliResult none = certificates(file, pdf);
    CHECK(none.exitCode == 2);
    CHECK(none.err.contains("No decision of the director has been issued yet"));
    CHECK_FALSE(QFile::exists(pdf));

    REQUIRE(runCli({QStringLiteral("decision"), file, QStringLiteral("--out"),
                    dir.filePath(QStringLiteral("qd.pdf")), QStringLiteral("--number"), QStringLiteral("125"),
                    QStringLiteral("--date"), QStringLiteral("2025-02-05")})
                .exitCode == 0);
    const QStringList awarded =
        column(file, QStringLiteral("SELECT e.code FROM award a JOIN entry e ON e.id = a.entry_id JOIN "
                                    "award_form f ON f.id = a.award_form_id WHERE f.code = 'director'"));
    REQUIRE(awarded.size() > 1);

    const QByteArray campaignBefore = fileHash(file);
    const CliResult written = certificates(file, pdf, {QStringLiteral("--format"), QStringLiteral("json")});
    INFO(written.err.toStdString());
    REQUIRE(written.exitCode == 0);
    CHECK(fileHash(file) == campaignBefore); // printing certificates stores nothing
    CHECK(pdfPages(pdf) == awarded.size());
    const QString text = pdfText(pdf);
    CHECK(text.count(QStringLiteral("Quyết định số 125/QĐ-SKHCN ngày 05/02/2025")) == awarded.size());
    const QJsonObject json = parseJson(written.out);
    CHECK(json.value(QStringLiteral("form")).toString() == QStringLiteral("director"));
    CHECK(json.value(QStringLiteral("decision_version")).toInt() == 1);
    CHECK(json.value(QStringLiteral("pages")).toInt() == awarded.size());
    CHECK(json.value(QStringLiteral("test_page")).toBool() == false);
    QSet<QString> codes;
    for (const QJsonValue& c : json.value(QStringLiteral("certificates")).toArray()) {
        codes.insert(c.toObject().value(QStringLiteral("code")).toString());
        // Every awardee's name is on a page (pdftotext may break a long one over lines: its first word).
        CHECK(text.contains(
            c.toObject().value(QStringLiteral("name")).toString().section(QLatin1Char(' '), 0, 0)));
    }
    CHECK(codes == QSet<QString>(awarded.begin(), awarded.end()));

    // The issued version by number; a version never issued is refused (exit 2, as decision --version).
    CHECK(certificates(file, dir.filePath(QStringLiteral("v1.pdf")),
                       {QStringLiteral("--decision-version"), QStringLiteral("1")})
              .exitCode == 0);
    const CliResult unknown = certificates(file, dir.filePath(QStringLiteral("v7.pdf")),
                                           {QStringLiteral("--decision-version"), QStringLiteral("7")});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains("Version 7"));
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("v7.pdf"))));

    // Usage: not a PDF, an unknown form, no --out.
    CHECK(certificates(file, dir.filePath(QStringLiteral("x.odt"))).exitCode == 1);
    CHECK(certificates(file, pdf, {QStringLiteral("--form"), QStringLiteral("mayor")}).exitCode == 1);
    CHECK(runCli({QStringLiteral("certificates"), file}).exitCode == 1);
}

TEST_CASE("certificates refuses the campaign itself as --out", "[cli][certificates]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("demo.pdf")); // a campaign named like a PDF
    REQUIRE(
        runCli({QStringLiteral("demo"), file, QStringLiteral("--entries"), QStringLiteral("60")}).exitCode ==
        0);
    REQUIRE(runCli({QStringLiteral("decision"), file, QStringLiteral("--out"),
                    dir.filePath(QStringLiteral("qd.pdf")), QStringLiteral("--number"), QStringLiteral("7")})
                .exitCode == 0);
    const QByteArray before = fileHash(file);
    const CliResult refused = certificates(file, file);
    CHECK(refused.exitCode == 2);
    CHECK_FALSE(refused.err.isEmpty());
    CHECK(fileHash(file) == before);
    CHECK(certificates(file, file, {QStringLiteral("--test-page")}).exitCode == 2);
    CHECK(fileHash(file) == before);
}

TEST_CASE("certificates --test-page frames the boxes where the campaign's layout puts them",
          "[cli][certificates]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("demo.sangkien"));
    REQUIRE(
        runCli({QStringLiteral("demo"), file, QStringLiteral("--entries"), QStringLiteral("20")}).exitCode ==
        0);
    const QString page = dir.filePath(QStringLiteral("test.pdf"));
    // No decision is needed to try the layout on a blank.
    const CliResult first = certificates(file, page, {QStringLiteral("--test-page")});
    INFO(first.err.toStdString());
    REQUIRE(first.exitCode == 0);
    CHECK(pdfPages(page) == 1);
    CHECK(pdfText(page).contains(QStringLiteral("Họ tên (50, 82 mm; 197 × 16 mm)")));

    // The layout saved with the campaign is the one printed.
    {
        auto db = Database::open(file);
        REQUIRE(db);
        CertificateLayout layout = CertificateLayout::defaults();
        layout.fields[0].boxMm = QRectF(20, 30, 150, 18);
        REQUIRE(
            CertificateIssuer(**db, QStringLiteral("clerk")).saveLayout(CertificateForm::Chairman, layout));
    }
    const QString chairman = dir.filePath(QStringLiteral("chairman-test.pdf"));
    REQUIRE(
        certificates(file, chairman,
                     {QStringLiteral("--test-page"), QStringLiteral("--form"), QStringLiteral("chairman")})
            .exitCode == 0);
    CHECK(pdfText(chairman).contains(QStringLiteral("Họ tên (20, 30 mm; 150 × 18 mm)")));
    // The director's layout is still the default.
    REQUIRE(certificates(file, page, {QStringLiteral("--test-page")}).exitCode == 0);
    CHECK(pdfText(page).contains(QStringLiteral("Họ tên (50, 82 mm; 197 × 16 mm)")));
}

TEST_CASE("certificates of the chairman's form print only once the province decided, for the entries it "
          "awarded",
          "[cli][certificates][province]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("demo.sangkien"));
    REQUIRE(runCli({QStringLiteral("demo"), file, QStringLiteral("--entries"), QStringLiteral("150"),
                    QStringLiteral("--seed"), QStringLiteral("9")})
                .exitCode == 0);
    const QString pdf = dir.filePath(QStringLiteral("bang-khen.pdf"));
    const QStringList chairman{QStringLiteral("--form"), QStringLiteral("chairman")};
    CHECK(certificates(file, pdf, chairman).exitCode == 2); // no proposal issued

    REQUIRE(runCli({QStringLiteral("decision"), file, QStringLiteral("--kind"),
                    QStringLiteral("chairman-proposal"), QStringLiteral("--out"),
                    dir.filePath(QStringLiteral("tt.pdf")), QStringLiteral("--number"), QStringLiteral("18")})
                .exitCode == 0);
    // Issued to the province, not decided by it: no certificate yet.
    const CliResult waiting = certificates(file, pdf, chairman);
    CHECK(waiting.exitCode == 2);
    CHECK(waiting.err.contains("province"));
    CHECK_FALSE(QFile::exists(pdf));

    // One proposed entry is taken out of the workflow before the province decides: it is not awarded, and
    // gets no certificate.
    const QStringList proposed =
        column(file, QStringLiteral("SELECT e.code FROM award a JOIN award_form f ON f.id = a.award_form_id "
                                    "JOIN entry e ON e.id = a.entry_id WHERE f.code = 'chairman' ORDER BY "
                                    "e.code"));
    REQUIRE(proposed.size() > 1);
    tamper(file,
           QStringLiteral("UPDATE entry SET status = 'scored' WHERE code = '%1';").arg(proposed.first()));
    REQUIRE(runCli({QStringLiteral("decision"), file, QStringLiteral("--province-number"),
                    QStringLiteral("1234/QĐ-UBND"), QStringLiteral("--province-date"),
                    QStringLiteral("2025-03-01")})
                .exitCode == 0);
    const CliResult written =
        certificates(file, pdf, chairman + QStringList{QStringLiteral("--format"), QStringLiteral("json")});
    INFO(written.err.toStdString());
    REQUIRE(written.exitCode == 0);
    CHECK(pdfPages(pdf) == proposed.size() - 1);
    const QString text = pdfText(pdf);
    CHECK(text.count(QStringLiteral("Quyết định số 1234/QĐ-UBND ngày 01/03/2025")) == proposed.size() - 1);
    QStringList codes;
    for (const QJsonValue& c : parseJson(written.out).value(QStringLiteral("certificates")).toArray())
        codes << c.toObject().value(QStringLiteral("code")).toString();
    codes.sort();
    CHECK(codes == proposed.mid(1));
}
