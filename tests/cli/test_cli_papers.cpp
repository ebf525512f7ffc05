// `papers`: the council's blank score sheets and the summary of scores, read back with pdftotext.
#include "cli_test_helpers.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace sangkien;
using namespace sangkien::testing;

namespace {

QString pdfText(const QString& pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    INFO("pdftotext (packaging/dev.sh installs poppler-utils): " << p.errorString().toStdString());
    REQUIRE(p.waitForStarted(10000));
    REQUIRE(p.waitForFinished(60000));
    return QString::fromUtf8(p.readAllStandardOutput());
}

int pdfPages(const QString& pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {pdf});
    REQUIRE(p.waitForFinished(60000));
    for (const QString& line : QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n')))
        if (line.startsWith(QStringLiteral("Pages:")))
            return line.mid(6).trimmed().toInt();
    return 0;
}

QString sql(const QString& path, const QString& query)
{
    auto db = Database::open(path, Database::Mode::ReadOnly);
    REQUIRE(db);
    QSqlQuery q((*db)->connection());
    REQUIRE(q.exec(query));
    QStringList values;
    while (q.next())
        values << q.value(0).toString();
    return values.join(QLatin1Char('\n'));
}

} // namespace

TEST_CASE("papers writes a blank score sheet per assigned entry of a member", "[cli][papers]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("hd.sangkien"));
    REQUIRE(
        runCli({QStringLiteral("demo"), path, QStringLiteral("--entries"), QStringLiteral("12")}).exitCode ==
        0);
    const QString pdf = dir.filePath(QStringLiteral("phieu-cham.pdf"));
    const CliResult r =
        runCli({QStringLiteral("papers"), path, QStringLiteral("--what"), QStringLiteral("score-sheets"),
                QStringLiteral("--out"), pdf, QStringLiteral("--member"), QStringLiteral("2"),
                QStringLiteral("--lang"), QStringLiteral("en")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QString text = pdfText(pdf);
    const QString member = sql(path, QStringLiteral("SELECT full_name FROM council_member WHERE id = 2"));
    CHECK(text.count(QStringLiteral("PHIẾU CHẤM ĐIỂM SÁNG KIẾN")) == pdfPages(pdf));
    CHECK(text.contains(member));
    for (const QString& criterion :
         sql(path, QStringLiteral("SELECT name FROM criterion")).split(QLatin1Char('\n')))
        CHECK(text.contains(criterion.left(12)));
    // One page per entry the member scores: every entry here, none excluded in the demo's council.
    const int entries = sql(path, QStringLiteral("SELECT count(*) FROM entry")).toInt();
    CHECK(pdfPages(pdf) <= entries);
    CHECK(pdfPages(pdf) > 0);
    CHECK(r.err.contains(QStringLiteral("%1 score sheet").arg(pdfPages(pdf)).toUtf8()));
    CHECK(text.contains(QStringLiteral("Điểm tối đa")));

    // Every member at once.
    const QString all = dir.filePath(QStringLiteral("tat-ca.pdf"));
    REQUIRE(runCli({QStringLiteral("papers"), path, QStringLiteral("--what"), QStringLiteral("score-sheets"),
                    QStringLiteral("--out"), all})
                .exitCode == 0);
    CHECK(pdfPages(all) > pdfPages(pdf));
}

TEST_CASE("papers writes the summary of scores with each member's total and the rank", "[cli][papers]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("hd.sangkien"));
    REQUIRE(
        runCli({QStringLiteral("demo"), path, QStringLiteral("--entries"), QStringLiteral("12")}).exitCode ==
        0);
    const QString pdf = dir.filePath(QStringLiteral("tong-hop.pdf"));
    const CliResult r = runCli({QStringLiteral("papers"), path, QStringLiteral("--what"),
                                QStringLiteral("summary"), QStringLiteral("--out"), pdf});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("BẢNG TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM")));
    CHECK(text.contains(QStringLiteral("trung bình cộng")));
    // The ranking's best entry, with its aggregate as the ranking prints it.
    const CliResult ranked =
        runCli({QStringLiteral("rank"), path, QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(ranked.exitCode == 0);
    const QJsonObject first =
        parseJson(ranked.out).value(QStringLiteral("entries")).toArray().first().toObject();
    const QString code = first.value(QStringLiteral("code")).toString();
    const QString score = QString::number(first.value(QStringLiteral("score")).toDouble(), 'f', 2)
                              .replace(QLatin1Char('.'), QLatin1Char(','));
    INFO(code.toStdString() << " " << score.toStdString());
    const QString line = text.split(QLatin1Char('\n')).filter(code).value(0);
    CHECK(line.contains(score));
    const int members = sql(path, QStringLiteral("SELECT count(*) FROM council_member")).toInt();
    CHECK(text.contains(QStringLiteral("TV%1").arg(members)));
}

TEST_CASE("papers refuses a wrong paper, the campaign as its output and an unknown member", "[cli][papers]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("hd.sangkien"));
    REQUIRE(
        runCli({QStringLiteral("demo"), path, QStringLiteral("--entries"), QStringLiteral("5")}).exitCode ==
        0);
    const QByteArray hash = fileHash(path);
    const QString pdf = dir.filePath(QStringLiteral("x.pdf"));
    CHECK(runCli({QStringLiteral("papers"), path, QStringLiteral("--what"), QStringLiteral("minutes"),
                  QStringLiteral("--out"), pdf})
              .exitCode == 1);
    CHECK(runCli({QStringLiteral("papers"), path, QStringLiteral("--what"), QStringLiteral("summary"),
                  QStringLiteral("--out"), path})
              .exitCode != 0);
    CHECK(runCli({QStringLiteral("papers"), path, QStringLiteral("--what"), QStringLiteral("score-sheets"),
                  QStringLiteral("--out"), pdf, QStringLiteral("--member"), QStringLiteral("99")})
              .exitCode == 3);
    CHECK_FALSE(QFile::exists(pdf));
    CHECK(fileHash(path) == hash);
}

namespace {

// The words of a PDF, sorted: the same words the same number of times, wherever a line starts.
QStringList pdfWords(const QString& pdf)
{
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    QStringList words = pdfText(pdf).split(spaces, Qt::SkipEmptyParts);
    words.sort();
    return words;
}

} // namespace

TEST_CASE("papers and minutes as .odt: LibreOffice prints the same pages with the same words",
          "[cli][papers][minutes][odt]")
{
    // packaging/dev.sh installs LibreOffice Writer: without it this test fails, it never passes unchecked.
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    INFO("LibreOffice Writer is needed: apt-get install --no-install-recommends libreoffice-writer-nogui");
    REQUIRE_FALSE(soffice.isEmpty());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("hd.sangkien"));
    REQUIRE(
        runCli({QStringLiteral("demo"), path, QStringLiteral("--entries"), QStringLiteral("40")}).exitCode ==
        0);
    const QStringList names{QStringLiteral("tong-hop"), QStringLiteral("phieu-cham"),
                            QStringLiteral("bien-ban")};
    const QList<QStringList> commands{
        {QStringLiteral("papers"), path, QStringLiteral("--what"), QStringLiteral("summary")},
        {QStringLiteral("papers"), path, QStringLiteral("--what"), QStringLiteral("score-sheets"),
         QStringLiteral("--member"), QStringLiteral("1")},
        {QStringLiteral("minutes"), path}};
    QStringList odts;
    for (int i = 0; i < commands.size(); ++i) {
        for (const QString& suffix : {QStringLiteral(".pdf"), QStringLiteral(".odt")}) {
            const CliResult r = runCli(
                commands.at(i) + QStringList{QStringLiteral("--out"), dir.filePath(names.at(i) + suffix)});
            INFO(r.err.toStdString());
            REQUIRE(r.exitCode == 0);
        }
        odts << dir.filePath(names.at(i) + QStringLiteral(".odt"));
    }
    // A name that is neither: a usage error, nothing written.
    const QString doc = dir.filePath(QStringLiteral("bien-ban.doc"));
    CHECK(runCli({QStringLiteral("minutes"), path, QStringLiteral("--out"), doc}).exitCode == 1);
    CHECK_FALSE(QFile::exists(doc));

    const QString outDir = dir.filePath(QStringLiteral("lo"));
    QProcess lo;
    lo.start(soffice, QStringList{QStringLiteral("-env:UserInstallation=file://") +
                                      dir.filePath(QStringLiteral("profile")),
                                  QStringLiteral("--headless"), QStringLiteral("--convert-to"),
                                  QStringLiteral("pdf"), QStringLiteral("--outdir"), outDir} +
                          odts);
    REQUIRE(lo.waitForFinished(300000));
    REQUIRE(lo.exitCode() == 0);
    for (const QString& name : names) {
        INFO(name.toStdString());
        const QString ours = dir.filePath(name + QStringLiteral(".pdf"));
        const QString theirs = outDir + QLatin1Char('/') + name + QStringLiteral(".pdf");
        REQUIRE(QFile::exists(theirs));
        CHECK(pdfPages(theirs) == pdfPages(ours));
        const QStringList a = pdfWords(ours);
        const QStringList b = pdfWords(theirs);
        CHECK(a.size() > 50);
        CHECK((a == b));
    }
}
