// The decision and the proposal read back from their PDFs with poppler's own tools, as an archivist's
// checklist (documents.md): header texts, dates, awardees, fonts, margins, the attached list's table.

#include "documents/certificate_layout.h"
#include "documents/decision_document.h"
#include "documents/document_painter.h"
#include "documents/document_wording.h"
#include "documents_fixtures.h"
#include "temp_campaign.h"
#include "text/person_name.h"

#include <QDir>
#include <QFile>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace sangkien;
using namespace sangkien::testing;

namespace {

struct Word
{
    double xMin, yMin, xMax, yMax; // millimetres from the page's top-left corner
    QString text;
};
using PageWords = QList<Word>;

// `pdftotext -bbox`: every word with its box, page by page.
QList<PageWords> readWords(const QString& pdf)
{
    const QString html =
        runTool(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), pdf, QStringLiteral("-")});
    static const QRegularExpression pageRe(QStringLiteral("<page "));
    static const QRegularExpression wordRe(QStringLiteral(
        "<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">([^<]*)</word>"));
    QList<PageWords> pages;
    const QStringList chunks = html.split(pageRe);
    for (qsizetype i = 1; i < chunks.size(); ++i) {
        PageWords words;
        for (auto it = wordRe.globalMatch(chunks[i]); it.hasNext();) {
            const auto m = it.next();
            const double k = 25.4 / 72.0;
            QString text = m.captured(5);
            text.replace(QStringLiteral("&amp;"), QStringLiteral("&"))
                .replace(QStringLiteral("&lt;"), QStringLiteral("<"))
                .replace(QStringLiteral("&gt;"), QStringLiteral(">"))
                .replace(QStringLiteral("&quot;"), QStringLiteral("\""));
            words.append({m.captured(1).toDouble() * k, m.captured(2).toDouble() * k,
                          m.captured(3).toDouble() * k, m.captured(4).toDouble() * k, text});
        }
        pages.append(words);
    }
    return pages;
}

QString layoutText(const QString& pdf)
{
    return runTool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
}

// pdftotext -layout pads justified words with several spaces; compare with single spaces.
QString squeezed(QString s)
{
    static const QRegularExpression spaces(QStringLiteral("[ \\t]+"));
    return s.replace(spaces, QStringLiteral(" "));
}

// The text in reading order with every run of whitespace, line breaks included, as one space: phrases
// that wrap are found whole.
QString flatText(const QString& pdf)
{
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    return runTool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")})
        .replace(spaces, QStringLiteral(" "));
}

bool isPageNumber(const Word& w)
{
    static const QRegularExpression digits(QStringLiteral("^\\d+$"));
    return w.yMax < 20.0 && digits.match(w.text).hasMatch();
}

QString writeSample(const QTemporaryDir& dir, const AwardDecisionData& data, const QString& name)
{
    const QString path = dir.filePath(name);
    const Status written = writePdf(data, path);
    INFO((written.ok() ? std::string() : written.error().text().toStdString()));
    REQUIRE(written.ok());
    REQUIRE(QFile::exists(path));
    return path;
}

} // namespace

TEST_CASE("The decision's PDF carries the header, title, date and every awardee once", "[documents]")
{
    QTemporaryDir dir;
    const AwardDecisionData data = sampleData(DocumentKind::DirectorDecision, 3, 8);
    const QString pdf = writeSample(dir, data, QStringLiteral("decision.pdf"));
    const QString text = squeezed(layoutText(pdf));
    REQUIRE(!text.isEmpty());

    for (const char* expected : {"UBND TỈNH HƯNG YÊN",
                                 "SỞ KHOA HỌC VÀ CÔNG NGHỆ",
                                 "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                                 "Độc lập - Tự do - Hạnh phúc",
                                 "Số: 125/QĐ-SKHCN",
                                 "Hưng Yên, ngày 05 tháng 02 năm 2025",
                                 "QUYẾT ĐỊNH",
                                 "QUYẾT ĐỊNH:",
                                 "GIÁM ĐỐC SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH HƯNG YÊN",
                                 "Theo đề nghị của Chánh Văn phòng Sở.",
                                 "Điều 1.",
                                 "Điều 2.",
                                 "Điều 3.",
                                 "Nơi nhận:",
                                 "- Như Điều 3;",
                                 "- Lưu: VT, VP.",
                                 "DANH SÁCH",
                                 "I. TẬP THỂ",
                                 "II. CÁ NHÂN",
                                 "STT",
                                 "Mã số",
                                 "Nguyễn Văn Hùng"}) {
        INFO(expected);
        CHECK(text.contains(QString::fromUtf8(expected)));
    }
    // Điều 1 counts what the list holds.
    const QString flat = flatText(pdf);
    CHECK(flat.contains(
        QStringLiteral("Tặng Giấy khen của Giám đốc Sở Khoa học và Công nghệ cho 3 tập thể và 8 cá "
                       "nhân (có danh sách kèm theo)")));
    CHECK(flat.contains(
        QStringLiteral("(Kèm theo Quyết định số 125/QĐ-SKHCN ngày 05 tháng 02 năm 2025 của Giám "
                       "đốc Sở Khoa học và Công nghệ)")));
    for (const Awardee& a : data.collectives + data.individuals) {
        INFO(a.name.toStdString());
        CHECK(countPhrase(text, a.name) == 1);
        CHECK(countPhrase(text, a.entryCode) == 1);
    }
}

TEST_CASE("The decision's PDF embeds the serif face", "[documents]")
{
    QTemporaryDir dir;
    const QString pdf =
        writeSample(dir, sampleData(DocumentKind::DirectorDecision, 1, 2), QStringLiteral("d.pdf"));
    const QString fonts = runTool(QStringLiteral("pdffonts"), {pdf});
    INFO(fonts.toStdString());
    // name, type, encoding, then the "emb" column.
    static const QRegularExpression serifEmbedded(
        QStringLiteral("(?m)^(LiberationSerif|TimesNewRoman)\\S*\\s+CID TrueType\\s+\\S+\\s+yes\\s"));
    CHECK(serifEmbedded.match(fonts).hasMatch());
    // Nothing but the serif face (no fallback sans for a missing glyph).
    for (const QString& line : fonts.split(QLatin1Char('\n')).mid(2))
        if (!line.trimmed().isEmpty()) {
            INFO(line.toStdString());
            CHECK((line.contains(QStringLiteral("LiberationSerif")) ||
                   line.contains(QStringLiteral("TimesNewRoman"))));
        }
}

TEST_CASE("Every word of the decision and its list sits inside the Decree 30 margins", "[documents]")
{
    QTemporaryDir dir;
    const QString pdf =
        writeSample(dir, sampleData(DocumentKind::DirectorDecision, 5, 40), QStringLiteral("m.pdf"));
    const QList<PageWords> pages = readWords(pdf);
    REQUIRE(pages.size() >= 3);
    constexpr double tol = 0.3; // mm: rounding of poppler's font boxes
    int numbered = 0;
    for (qsizetype p = 0; p < pages.size(); ++p) {
        for (const Word& w : pages[p]) {
            INFO("page " << p + 1 << " word " << w.text.toStdString() << " box " << w.xMin << "," << w.yMin
                         << " " << w.xMax << "," << w.yMax);
            if (isPageNumber(w)) {
                // In the top margin, centred over the text area, from 10 mm down.
                CHECK(w.yMin >= 10.0 - tol);
                CHECK(std::abs((w.xMin + w.xMax) / 2 - (30.0 + 195.0) / 2) < 1.0);
                ++numbered;
                continue;
            }
            CHECK(w.xMin >= 30.0 - tol);
            CHECK(w.xMax <= 195.0 + tol);
            CHECK(w.yMin >= 20.0 - tol);
            CHECK(w.yMax <= 277.0 + tol);
        }
    }
    // No number on the first page of the decision nor on the first page of its list; all others have one.
    CHECK(numbered == pages.size() - 2);
    for (const Word& w : pages[0])
        CHECK_FALSE(isPageNumber(w));
}

TEST_CASE("An attached list of 300 rows repeats its header on every page and never splits a row",
          "[documents]")
{
    QTemporaryDir dir;
    const AwardDecisionData data = sampleData(DocumentKind::DirectorDecision, 20, 280);
    const PagedDocument layout = layoutDecision(data);
    const QString pdf = writeSample(dir, data, QStringLiteral("list.pdf"));
    const QList<PageWords> pages = readWords(pdf);
    REQUIRE(pages.size() == layout.pages.size());
    REQUIRE(pageCount(data) == int(pages.size()));

    // The list starts on the first page after the decision whose first word is "DANH".
    qsizetype listStart = -1;
    for (qsizetype p = 0; p < pages.size() && listStart < 0; ++p)
        for (const Word& w : pages[p])
            if (w.text == QStringLiteral("DANH") && !isPageNumber(w)) {
                listStart = p;
                break;
            }
    REQUIRE(listStart > 0);
    REQUIRE(pages.size() - listStart >= 10);

    QHash<QString, qsizetype> pageOf; // token → the page it was found on (-2 when on several)
    for (qsizetype p = listStart; p < pages.size(); ++p) {
        int stt = 0, code = 0;
        for (const Word& w : pages[p]) {
            stt += w.text == QStringLiteral("STT");
            code += w.text == QStringLiteral("Mã");
            if (pageOf.contains(w.text) && pageOf[w.text] != p)
                pageOf[w.text] = -2;
            else
                pageOf[w.text] = p;
        }
        INFO("list page " << p - listStart + 1);
        CHECK(stt == 1);
        CHECK(code == 1);
    }
    // Each row's tokens (title start, title end, code) sit on one page.
    for (const Awardee& a : data.collectives + data.individuals) {
        static const QRegularExpression tokens(QStringLiteral("\\b([TE]\\d{4})\\b"));
        QStringList rowTokens = {a.entryCode};
        for (auto it = tokens.globalMatch(a.initiativeTitle); it.hasNext();)
            rowTokens << it.next().captured(1);
        REQUIRE(rowTokens.size() == 3);
        const qsizetype page = pageOf.value(rowTokens.first(), -1);
        INFO(a.entryCode.toStdString());
        CHECK(page >= listStart);
        for (const QString& t : rowTokens)
            CHECK(pageOf.value(t, -1) == page);
    }
}

TEST_CASE("Individuals are listed by given name, then family, then middle name", "[documents]")
{
    QTemporaryDir dir;
    AwardDecisionData data = sampleData(DocumentKind::DirectorDecision, 0, 0);
    const QStringList names = {"Trần Văn Bình", "Lê Thị An",      "Nguyễn Văn An", "Đặng Thu Hà",
                               "Bùi Xuân Anh",  "Nguyễn Thị Ánh", "Đỗ Văn Ân"};
    int n = 0;
    for (const QString& name : names)
        data.individuals.append(
            {NomineeKind::Individual, name, {}, QStringLiteral("Sở Y tế"), sampleTitle(++n), sampleCode(n)});
    data.collectives.append({NomineeKind::Collective,
                             QStringLiteral("Văn phòng Sở Y tế"),
                             {},
                             {},
                             sampleTitle(++n),
                             sampleCode(n)});
    data.collectives.append({NomineeKind::Collective,
                             QStringLiteral("Ban Quản lý các khu công nghiệp tỉnh"),
                             {},
                             {},
                             sampleTitle(++n),
                             sampleCode(n)});
    data.sortAwardees();

    // Letters before tones: An (Lê, Nguyễn by family), Anh, Ánh, Ân, Bình, Hà.
    const QStringList expected = {"Lê Thị An", "Nguyễn Văn An", "Bùi Xuân Anh", "Nguyễn Thị Ánh",
                                  "Đỗ Văn Ân", "Trần Văn Bình", "Đặng Thu Hà"};
    const QString text = squeezed(layoutText(writeSample(dir, data, QStringLiteral("order.pdf"))));
    qsizetype last = -1;
    for (const QString& name : expected) {
        INFO(name.toStdString());
        const qsizetype at = text.indexOf(name);
        CHECK(at > last);
        last = at;
    }
    // Collectives first, by Vietnamese collation.
    CHECK(text.indexOf(QStringLiteral("Ban Quản lý")) < text.indexOf(QStringLiteral("Văn phòng Sở Y tế")));
    CHECK(text.indexOf(QStringLiteral("Văn phòng Sở Y tế")) < text.indexOf(QStringLiteral("Lê Thị An")));
}

TEST_CASE("The proposal to the chairman is addressed to the committee and holds at most 10 awardees",
          "[documents]")
{
    QTemporaryDir dir;
    AwardDecisionData data = sampleData(DocumentKind::ChairmanProposal, 2, 8);
    data.signerTitle = {QStringLiteral("KT. GIÁM ĐỐC"), QStringLiteral("PHÓ GIÁM ĐỐC")};
    const QString pdf = writeSample(dir, data, QStringLiteral("proposal.pdf"));
    const QString text = squeezed(layoutText(pdf)) + flatText(pdf);
    for (const char* expected :
         {"TỜ TRÌNH", "Số: 12/TTr-SKHCN", "Kính gửi: Ủy ban nhân dân tỉnh Hưng Yên",
          "Hưng Yên, ngày 05 tháng 02 năm 2025", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC",
          "Bằng khen của Chủ tịch UBND tỉnh",
          "(Kèm theo Tờ trình số 12/TTr-SKHCN ngày 05 tháng 02 năm 2025 của Sở Khoa học và Công nghệ)",
          "cho 2 tập thể và 8 cá nhân"}) {
        INFO(expected);
        CHECK(text.contains(QString::fromUtf8(expected)));
    }
    CHECK_FALSE(text.contains(QStringLiteral("QUYẾT ĐỊNH:")));

    data.individuals.append(
        {NomineeKind::Individual, QStringLiteral("Hồ Thị Yến"), {}, {}, sampleTitle(99), sampleCode(99)});
    const QString refused = dir.filePath(QStringLiteral("eleven.pdf"));
    const Status status = writePdf(data, refused);
    REQUIRE_FALSE(status.ok());
    CHECK(status.error().message.contains(QStringLiteral("10")));
    CHECK_FALSE(QFile::exists(refused));
}

TEST_CASE("A failed write leaves no file and an existing file untouched", "[documents]")
{
    QTemporaryDir dir;
    const QString missingDir = dir.filePath(QStringLiteral("no/such/folder/d.pdf"));
    CHECK_FALSE(writePdf(sampleData(DocumentKind::DirectorDecision, 1, 1), missingDir).ok());
    CHECK_FALSE(QFile::exists(missingDir));

    const QString existing = dir.filePath(QStringLiteral("keep.pdf"));
    {
        QFile f(existing);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("old");
    }
    const AwardDecisionData empty = sampleData(DocumentKind::DirectorDecision, 0, 0);
    CHECK_FALSE(writePdf(empty, existing).ok());
    QFile f(existing);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == "old");
}

TEST_CASE("Preview, printer and PDF paint the same pages", "[documents]")
{
    // paint() onto any QPagedPaintDevice: a PDF writer at another resolution yields the same page count
    // and the same text as writePdf.
    QTemporaryDir dir;
    const AwardDecisionData data = sampleData(DocumentKind::DirectorDecision, 2, 30);
    const QString viaWrite = writeSample(dir, data, QStringLiteral("a.pdf"));
    const QString viaPaint = dir.filePath(QStringLiteral("b.pdf"));
    {
        QPdfWriter writer(viaPaint);
        writer.setResolution(300);
        paint(data, writer);
    }
    const QList<PageWords> a = readWords(viaWrite);
    const QList<PageWords> b = readWords(viaPaint);
    REQUIRE(a.size() == b.size());
    for (qsizetype p = 0; p < a.size(); ++p) {
        REQUIRE(a[p].size() == b[p].size());
        for (qsizetype i = 0; i < a[p].size(); ++i) {
            CHECK(a[p][i].text == b[p][i].text);
            CHECK(std::abs(a[p][i].xMin - b[p][i].xMin) < 0.2);
            CHECK(std::abs(a[p][i].yMin - b[p][i].yMin) < 0.2);
        }
    }
}

TEST_CASE("fromCampaign reads the campaign and the awards filled by hand", "[documents]")
{
    TempCampaign campaign;
    Database& db = campaign.db();
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT id FROM unit ORDER BY id LIMIT 1")));
    REQUIRE(q.next());
    const qint64 unitId = q.value(0).toLongLong();

    struct Row
    {
        const char* kind;
        const char* name;
        const char* position;
        const char* form;
    };
    const Row rows[] = {{"individual", "Trần Văn Bình", "Chuyên viên", "director"},
                        {"individual", "Lê Thị An", "Phó Chánh Văn phòng", "director"},
                        {"collective", "Phòng Kinh tế", "", "director"},
                        {"individual", "Phạm Minh Hải", "Trưởng phòng", "chairman"},
                        {"individual", "Hoàng Thu Lan", "", ""}}; // not awarded
    int n = 0;
    for (const Row& r : rows) {
        ++n;
        q.prepare(QStringLiteral("INSERT INTO nominee (kind, name, position, unit_id) VALUES (?, ?, ?, ?)"));
        q.addBindValue(QString::fromUtf8(r.kind));
        q.addBindValue(QString::fromUtf8(r.name));
        q.addBindValue(QString::fromUtf8(r.position));
        q.addBindValue(unitId);
        REQUIRE(q.exec());
        const qint64 nominee = q.lastInsertId().toLongLong();
        q.prepare(QStringLiteral("INSERT INTO entry (code, title, kind, nominee_id, created_at, updated_at) "
                                 "VALUES (?, ?, 'initiative', ?, '2024-05-01', '2024-05-01')"));
        q.addBindValue(sampleCode(n));
        q.addBindValue(sampleTitle(n));
        q.addBindValue(nominee);
        REQUIRE(q.exec());
        const qint64 entry = q.lastInsertId().toLongLong();
        if (*r.form) {
            q.prepare(QStringLiteral("INSERT INTO award (entry_id, award_form_id, decided_at) "
                                     "SELECT ?, id, '2025-02-01' FROM award_form WHERE code = ?"));
            q.addBindValue(entry);
            q.addBindValue(QString::fromUtf8(r.form));
            REQUIRE(q.exec());
        }
    }

    const auto decision =
        AwardDecisionData::fromCampaign(db, DocumentKind::DirectorDecision, QStringLiteral("125"),
                                        QDate(2025, 2, 5), Signer{QStringLiteral("Vũ Đức Long"), true});
    REQUIRE(decision.ok());
    const AwardDecisionData& d = *decision;
    CHECK(d.numberSymbol() == QStringLiteral("125/QĐ-SKHCN"));
    CHECK(d.superiorBody == QStringLiteral("UBND tỉnh Hưng Yên"));
    CHECK(d.issuingBody == QStringLiteral("Sở Khoa học và Công nghệ"));
    CHECK(d.place == QStringLiteral("Hưng Yên"));
    CHECK(d.authorityLine == QStringLiteral("GIÁM ĐỐC SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH HƯNG YÊN"));
    CHECK(d.campaignYear == 2024);
    CHECK(d.legalBasis.size() >= 3);
    CHECK(d.legalBasis.first().startsWith(QStringLiteral("Căn cứ")));
    CHECK(d.signerTitle == QStringList{QStringLiteral("KT. GIÁM ĐỐC"), QStringLiteral("PHÓ GIÁM ĐỐC")});
    CHECK(d.awardFormName == QStringLiteral("Giấy khen của Giám đốc Sở Khoa học và Công nghệ"));
    REQUIRE(d.collectives.size() == 1);
    CHECK(d.collectives[0].name == QStringLiteral("Phòng Kinh tế"));
    REQUIRE(d.individuals.size() == 2);
    CHECK(d.individuals[0].name == QStringLiteral("Lê Thị An")); // An before Bình
    CHECK(d.individuals[0].position == QStringLiteral("Phó Chánh Văn phòng"));
    CHECK(d.individuals[0].entryCode == sampleCode(2));
    CHECK(d.individuals[0].initiativeTitle == sampleTitle(2));
    CHECK_FALSE(d.individuals[0].unit.isEmpty());
    CHECK(d.individuals[1].name == QStringLiteral("Trần Văn Bình"));

    const auto proposal =
        AwardDecisionData::fromCampaign(db, DocumentKind::ChairmanProposal, QStringLiteral("12"),
                                        QDate(2025, 2, 5), Signer{QStringLiteral("Vũ Đức Long"), false});
    REQUIRE(proposal.ok());
    CHECK(proposal->symbol == QStringLiteral("TTr-SKHCN"));
    CHECK(proposal->addressee == QStringLiteral("Ủy ban nhân dân tỉnh Hưng Yên"));
    CHECK(proposal->signerTitle == QStringList{QStringLiteral("GIÁM ĐỐC")});
    REQUIRE(proposal->individuals.size() == 1);
    CHECK(proposal->individuals[0].name == QStringLiteral("Phạm Minh Hải"));
    CHECK(proposal->collectives.isEmpty());

    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("from-db.pdf"));
    REQUIRE(writePdf(d, pdf).ok());
    const QString text = flatText(pdf);
    CHECK(text.contains(QStringLiteral("1 tập thể và 2 cá nhân")));
    CHECK(countPhrase(text, QStringLiteral("Hoàng Thu Lan")) == 0);
}

TEST_CASE("Recipients end with the archive line", "[documents]")
{
    AwardDecisionData d = sampleData(DocumentKind::DirectorDecision, 1, 1);
    d.recipients = {QStringLiteral("- Như Điều 3;"), QStringLiteral("UBND tỉnh (để b/c)."),
                    QStringLiteral("  ")};
    CHECK(recipientLines(d) == QStringList{QStringLiteral("- Như Điều 3;"),
                                           QStringLiteral("- UBND tỉnh (để b/c);"),
                                           QStringLiteral("- Lưu: VT, VP.")});
}

// Not run by default: writes the sample documents and their PNGs for README (SANGKIEN_DOCS_OUT=folder).
TEST_CASE("Sample documents for the screenshots", "[.screenshots]")
{
    const QString out = qEnvironmentVariable("SANGKIEN_DOCS_OUT");
    REQUIRE(!out.isEmpty());
    QDir().mkpath(out);
    REQUIRE(writePdf(sampleData(DocumentKind::DirectorDecision, 3, 12), out + QStringLiteral("/decision.pdf"))
                .ok());
    REQUIRE(writeOdt(sampleData(DocumentKind::DirectorDecision, 3, 12), out + QStringLiteral("/decision.odt"))
                .ok());
    AwardDecisionData proposal = sampleData(DocumentKind::ChairmanProposal, 2, 8);
    REQUIRE(writePdf(proposal, out + QStringLiteral("/proposal.pdf")).ok());
    REQUIRE(writeOdt(proposal, out + QStringLiteral("/proposal.odt")).ok());
    REQUIRE(
        writePdf(sampleData(DocumentKind::DirectorDecision, 20, 280), out + QStringLiteral("/list300.pdf"))
            .ok());
    const CertificateLayout blank = CertificateLayout::defaults();
    REQUIRE(writeCertificatesPdf(sampleData(DocumentKind::DirectorDecision, 1, 2), blank,
                                 out + QStringLiteral("/certificates.pdf"))
                .ok());
    REQUIRE(DocumentPainter::writePdf(layoutCertificateTestPage(blank),
                                      out + QStringLiteral("/certificate-test.pdf"))
                .ok());
}
