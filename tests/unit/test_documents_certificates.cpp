// Certificates printed onto the office's pre-printed blanks: one page per awardee, each text inside the
// box the clerk set, the layout saved and loaded as JSON, and a test page of the boxes.

#include "documents/certificate_layout.h"
#include "documents/document_painter.h"
#include "documents/document_wording.h"
#include "documents_fixtures.h"

#include <QFile>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace sangkien;
using namespace sangkien::testing;

TEST_CASE("A certificate layout survives a JSON round trip and refuses a box off the paper", "[documents]")
{
    QTemporaryDir dir;
    CertificateLayout layout = CertificateLayout::defaults();
    layout.fields[0].boxMm.moveTo(55.5, 80);
    layout.fields[0].align = Align::Left;
    const QString path = dir.filePath(QStringLiteral("blank.json"));
    REQUIRE(layout.save(path).ok());
    const auto loaded = CertificateLayout::load(path);
    REQUIRE(loaded.ok());
    CHECK(*loaded == layout);

    QJsonObject json = layout.toJson();
    json.insert(QStringLiteral("paper_width_mm"), 100.0);
    const auto refused = CertificateLayout::fromJson(json);
    REQUIRE_FALSE(refused.ok());
    CHECK_FALSE(refused.error().place.isEmpty());
    CHECK_FALSE(CertificateLayout::load(dir.filePath(QStringLiteral("missing.json"))).ok());
}

TEST_CASE("Certificates print one page per awardee with each text inside its box", "[documents]")
{
    QTemporaryDir dir;
    const AwardDecisionData data = sampleData(DocumentKind::DirectorDecision, 2, 3);
    const CertificateLayout layout = CertificateLayout::defaults();
    const QString pdf = dir.filePath(QStringLiteral("certificates.pdf"));
    REQUIRE(writeCertificatesPdf(data, layout, pdf).ok());

    const QString info = runTool(QStringLiteral("pdfinfo"), {pdf});
    CHECK(info.contains(QStringLiteral("Pages:           5")));
    CHECK(info.contains(QStringLiteral("(A4)")));
    static const QRegularExpression size(QStringLiteral("Page size:\\s+([\\d.]+) x ([\\d.]+) pts"));
    const auto m = size.match(info);
    REQUIRE(m.hasMatch());
    CHECK(m.captured(1).toDouble() > m.captured(2).toDouble()); // landscape, as the blank

    // Every word of a page lies inside one of the boxes (1 mm of slack for the font's box).
    const QString html =
        runTool(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), pdf, QStringLiteral("-")});
    const QStringList pages = html.split(QStringLiteral("<page "));
    REQUIRE(pages.size() == 6);
    static const QRegularExpression wordRe(QStringLiteral(
        "<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">([^<]*)</word>"));
    const QList<Awardee> awardees = data.collectives + data.individuals;
    for (int p = 1; p < pages.size(); ++p) {
        int words = 0;
        for (auto it = wordRe.globalMatch(pages[p]); it.hasNext();) {
            const auto m = it.next();
            const double k = 25.4 / 72.0;
            const QRectF word(QPointF(m.captured(1).toDouble() * k, m.captured(2).toDouble() * k),
                              QPointF(m.captured(3).toDouble() * k, m.captured(4).toDouble() * k));
            bool inside = false;
            for (const CertificateField& f : layout.fields)
                inside = inside || f.boxMm.adjusted(-1, -1, 1, 1).contains(word);
            INFO("page " << p << " word " << m.captured(5).toStdString());
            CHECK(inside);
            ++words;
        }
        CHECK(words > 10);
    }
    const QString text = runTool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    const QStringList pageTexts = text.split(QChar('\f'));
    for (int i = 0; i < awardees.size(); ++i) {
        INFO(awardees[i].name.toStdString());
        CHECK(pageTexts[i].contains(awardees[i].name));
        CHECK(countPhrase(text, awardees[i].name) == 1);
    }
    CHECK(text.contains(QStringLiteral("Quyết định số 125/QĐ-SKHCN ngày 05/02/2025")));
    CHECK(text.contains(QStringLiteral("Hưng Yên, ngày 05 tháng 02 năm 2025")));
}

TEST_CASE("A long text is set smaller to stay in its box", "[documents]")
{
    CertificateLayout layout;
    layout.fields = {{QStringLiteral("name"), QRectF(20, 20, 60, 10), 24, true, false, Align::Center}};
    AwardDecisionData data = sampleData(DocumentKind::DirectorDecision, 0, 1);
    data.individuals[0].name = QStringLiteral("Nguyễn Thị Phương Thảo Quỳnh Hoa");
    const PagedDocument doc = layoutCertificates(data, layout);
    REQUIRE(doc.pages.size() == 1);
    REQUIRE_FALSE(doc.pages[0].texts.isEmpty());
    for (const PlacedText& t : doc.pages[0].texts) {
        CHECK(t.style.size < 24);
        CHECK(t.origin.x() >= mm(20) - 1);
        CHECK(t.origin.x() + t.width <= mm(80) + 1);
    }
}

TEST_CASE("The test page draws every field's box with its name", "[documents]")
{
    QTemporaryDir dir;
    const CertificateLayout layout = CertificateLayout::defaults();
    const PagedDocument doc = layoutCertificateTestPage(layout);
    REQUIRE(doc.pages.size() == 1);
    CHECK(doc.pages[0].lines.size() >= layout.fields.size() * 4);
    const QString pdf = dir.filePath(QStringLiteral("test-page.pdf"));
    REQUIRE(DocumentPainter::writePdf(doc, pdf).ok());
    const QString text = runTool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    for (const CertificateField& f : layout.fields)
        CHECK(text.contains(wording::certificateFieldName(f.key) + QStringLiteral(" (")));
    CHECK(text.contains(QStringLiteral("Họ tên (50, 82 mm; 197 × 16 mm)")));
}
