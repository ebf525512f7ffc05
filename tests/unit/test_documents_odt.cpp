// The decision as OpenDocument text: a valid package (mimetype first, stored), the list's table with its
// repeated header row and unsplittable rows, and, where LibreOffice is installed, the same words as the PDF.

#include "documents/decision_document.h"
#include "documents_fixtures.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace sangkien;
using namespace sangkien::testing;

namespace {

QString unzipPart(const QString& odt, const QString& part)
{
    return runTool(QStringLiteral("unzip"), {QStringLiteral("-p"), odt, part});
}

// The words of a PDF in reading order, page numbers and other bare numbers left out (Writer may
// paginate the list differently).
QStringList pdfWords(const QString& pdf)
{
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    static const QRegularExpression number(QStringLiteral("^\\d+$"));
    QStringList words;
    for (const QString& w :
         runTool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).split(spaces, Qt::SkipEmptyParts))
        if (!number.match(w).hasMatch())
            words << w;
    words.sort();
    return words;
}

} // namespace

TEST_CASE("The ODT is a package with its mimetype first and stored", "[documents]")
{
    QTemporaryDir dir;
    const AwardDecisionData data = sampleData(DocumentKind::DirectorDecision, 2, 5);
    const QString odt = dir.filePath(QStringLiteral("decision.odt"));
    REQUIRE(writeOdt(data, odt).ok());

    QFile f(odt);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray head = f.read(100);
    REQUIRE(head.size() > 38 + 39);
    CHECK(head.left(4) == QByteArray("PK\x03\x04", 4));
    CHECK(head[8] == 0); // compression method: stored
    CHECK(head[9] == 0);
    CHECK(head.mid(30, 8) == "mimetype");
    CHECK(head.mid(38, 39) == "application/vnd.oasis.opendocument.text");

    const QString listing = runTool(QStringLiteral("unzip"), {QStringLiteral("-l"), odt});
    for (const char* part : {"content.xml", "styles.xml", "meta.xml", "META-INF/manifest.xml"})
        CHECK(listing.contains(QString::fromLatin1(part)));
    const QString manifest = unzipPart(odt, QStringLiteral("META-INF/manifest.xml"));
    CHECK(manifest.contains(QStringLiteral("manifest:full-path=\"content.xml\"")));
}

TEST_CASE("The ODT holds every awardee, the header block and a list table made to repeat and not split",
          "[documents]")
{
    QTemporaryDir dir;
    const AwardDecisionData data = sampleData(DocumentKind::DirectorDecision, 3, 12);
    const QString odt = dir.filePath(QStringLiteral("decision.odt"));
    REQUIRE(writeOdt(data, odt).ok());
    const QString content = unzipPart(odt, QStringLiteral("content.xml"));
    REQUIRE(!content.isEmpty());

    for (const char* expected :
         {"UBND TỈNH HƯNG YÊN", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
          "Độc lập - Tự do - Hạnh phúc", "Số: 125/QĐ-SKHCN", "Hưng Yên, ngày 05 tháng 02 năm 2025",
          "QUYẾT ĐỊNH:", "Nơi nhận:", "- Lưu: VT, VP.", "DANH SÁCH", "I. TẬP THỂ", "II. CÁ NHÂN"}) {
        INFO(expected);
        CHECK(content.contains(QString::fromUtf8(expected)));
    }
    for (const Awardee& a : data.collectives + data.individuals) {
        INFO(a.name.toStdString());
        CHECK(countPhrase(content, a.name) == 1);
        CHECK(countPhrase(content, a.entryCode) == 1);
    }
    // The header row is a header-rows group; rows keep together; the table itself may span pages.
    CHECK(content.count(QStringLiteral("<table:table-header-rows>")) == 1);
    const qsizetype headerRows = content.indexOf(QStringLiteral("<table:table-header-rows>"));
    CHECK(content.indexOf(QStringLiteral("STT"), headerRows) > headerRows);
    CHECK(content.contains(QStringLiteral("fo:keep-together=\"always\"")));
    CHECK(content.contains(QStringLiteral("style:may-break-between-rows=\"true\"")));
    // The list starts a part of its own: first-page master, numbers from 1.
    CHECK(content.contains(QStringLiteral("style:master-page-name=\"First_20_Page\"")));
    CHECK(content.contains(QStringLiteral("style:page-number=\"1\"")));

    const QString styles = unzipPart(odt, QStringLiteral("styles.xml"));
    CHECK(styles.contains(QStringLiteral("fo:page-width=\"210.00mm\"")));
    CHECK(styles.contains(QStringLiteral("fo:page-height=\"297.00mm\"")));
    CHECK(styles.contains(QStringLiteral("fo:margin-left=\"30.00mm\"")));
    CHECK(styles.contains(QStringLiteral("fo:margin-right=\"15.00mm\"")));
    CHECK(styles.contains(QStringLiteral("fo:margin-bottom=\"20.00mm\"")));
    CHECK(styles.contains(QStringLiteral("<text:page-number")));
    CHECK(styles.contains(QStringLiteral("style:next-style-name=\"Standard\"")));
    CHECK(styles.contains(QStringLiteral("Times New Roman")));
}

TEST_CASE("The ODT converts in LibreOffice to a PDF with the same words", "[documents]")
{
    // packaging/dev.sh installs LibreOffice Writer (libreoffice-writer-nogui): without it, or with only
    // Calc installed, this test fails rather than pass without checking anything.
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    INFO("LibreOffice Writer is needed: apt-get install --no-install-recommends libreoffice-writer-nogui");
    REQUIRE_FALSE(soffice.isEmpty());
    const QString program = QFileInfo(soffice).canonicalPath();
    REQUIRE((QFileInfo::exists(program + QStringLiteral("/libswlo.so")) ||
             QFileInfo::exists(program + QStringLiteral("/swlo.dll"))));
    QTemporaryDir dir;
    const AwardDecisionData data = sampleData(DocumentKind::DirectorDecision, 3, 12);
    const QString odt = dir.filePath(QStringLiteral("decision.odt"));
    const QString ours = dir.filePath(QStringLiteral("ours.pdf"));
    REQUIRE(writeOdt(data, odt).ok());
    REQUIRE(writePdf(data, ours).ok());

    const QString outDir = dir.filePath(QStringLiteral("lo"));
    QDir().mkpath(outDir);
    int exitCode = -1;
    runTool(soffice,
            {QStringLiteral("-env:UserInstallation=file://") + dir.filePath(QStringLiteral("profile")),
             QStringLiteral("--headless"), QStringLiteral("--convert-to"), QStringLiteral("pdf"),
             QStringLiteral("--outdir"), outDir, odt},
            &exitCode);
    const QString converted = outDir + QStringLiteral("/decision.pdf");
    REQUIRE(exitCode == 0);
    REQUIRE(QFile::exists(converted));

    const QStringList a = pdfWords(ours);
    const QStringList b = pdfWords(converted);
    QStringList onlyOurs, onlyTheirs;
    for (const QString& w : a)
        if (!b.contains(w))
            onlyOurs << w;
    for (const QString& w : b)
        if (!a.contains(w))
            onlyTheirs << w;
    INFO("only in ours: " << onlyOurs.join(' ').toStdString());
    INFO("only in LibreOffice's: " << onlyTheirs.join(' ').toStdString());
    CHECK(onlyOurs.isEmpty());
    CHECK(onlyTheirs.isEmpty());
    CHECK(a.size() == b.size());
    CHECK((a == b)); // the same words the same number of times
    // Writer kept the A4 page.
    const QString info = runTool(QStringLiteral("pdfinfo"), {converted});
    INFO(info.toStdString());
    const bool a4 = info.contains(QStringLiteral("(A4)"));
    CHECK(a4);
}
