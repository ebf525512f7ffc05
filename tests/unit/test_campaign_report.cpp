// The interim and final reports (issue 17, item 3): the office's text with the figures filled in, the
// tables and charts placed through the decision's engine, the text kept with the campaign and carried to
// next year's; and the chart painter the reports and the dashboard share.
#include "documents/paged_odt.h"
#include "documents_fixtures.h"
#include "reports/campaign_report.h"
#include "reports/chart_painter.h"
#include "services/next_campaign.h"
#include "storage/database.h"
#include "storage/report_template_repository.h"
#include "temp_campaign.h"

#include <QImage>
#include <QPainter>
#include <QStandardPaths>
#include <catch2/catch.hpp>

using namespace sangkien;
using namespace sangkien::testing;

namespace {

// Figures counted by hand for a small campaign: 7 entries (2 collectives, 5 individuals) of 4 of 44
// units, 5 scored (mean 72, 45 to 97), 3 awards (1 chairman, 2 director), 125,500,000 đồng declared by
// 3 entries.
CampaignStatistics handFigures()
{
    CampaignStatistics s;
    s.year = 2024;
    s.campaignName = QStringLiteral("Phát huy sáng kiến, cải tiến kỹ thuật");
    s.entries = 7;
    s.collectives = 2;
    s.individuals = 5;
    s.byCategory = {{QStringLiteral("1.a"), QStringLiteral("Cụ thể hóa chủ trương, chính sách"), 2},
                    {QStringLiteral("2.d"), QStringLiteral("Chuyển đổi số"), 3},
                    {QStringLiteral("3.a"), QStringLiteral("Sản phẩm hữu hình"), 1},
                    {QStringLiteral("4.b"), QStringLiteral("Sáng kiến đạt giải"), 1}};
    s.byKind = {{QStringLiteral("initiative"), QStringLiteral("Sáng kiến"), 4},
                {QStringLiteral("technical_improvement"), QStringLiteral("Cải tiến kỹ thuật"), 2},
                {QStringLiteral("useful_solution"), QStringLiteral("Giải pháp hữu ích"), 1}};
    s.byUnitKind = {{QStringLiteral("department"), QStringLiteral("Sở, ban, ngành"), 2},
                    {QStringLiteral("district"), QStringLiteral("UBND cấp huyện"), 4},
                    {QStringLiteral("university"), QStringLiteral("Trường đại học"), 1}};
    s.byStatus = {{QStringLiteral("received"), QStringLiteral("Đã tiếp nhận"), 2},
                  {QStringLiteral("scored"), QStringLiteral("Đã chấm điểm"), 5}};
    s.scored = 5;
    s.meanScore = 72;
    s.minScore = 45;
    s.maxScore = 97;
    s.scoreBins = {
        {0, 50, QStringLiteral("Dưới 50"), 1},       {50, 60, QStringLiteral("50 – dưới 60"), 0},
        {60, 70, QStringLiteral("60 – dưới 70"), 1}, {70, 80, QStringLiteral("70 – dưới 80"), 1},
        {80, 90, QStringLiteral("80 – dưới 90"), 1}, {90, 100, QStringLiteral("Từ 90 đến 100"), 1}};
    s.awardsByForm = {{QStringLiteral("chairman"), QStringLiteral("Bằng khen của Chủ tịch UBND tỉnh"), 1},
                      {QStringLiteral("director"), QStringLiteral("Giấy khen của Giám đốc Sở"), 2}};
    s.awards = 3;
    s.economicBenefit = 125500000;
    s.entriesWithBenefit = 3;
    s.unitsWithEntries = 4;
    for (int i = 0; i < 40; ++i)
        s.silentUnits.append({QStringLiteral("Đơn vị %1").arg(i), QStringLiteral("Sở"), {}});
    return s;
}

CampaignReportData handReport(ReportKind kind)
{
    CampaignReportData d;
    d.kind = kind;
    d.symbol = QStringLiteral("BC-SKHCN");
    d.date = QDate(2025, 2, 5);
    d.place = QStringLiteral("Hưng Yên");
    d.superiorBody = QStringLiteral("UBND tỉnh Hưng Yên");
    d.issuingBody = QStringLiteral("Sở Khoa học và Công nghệ");
    d.planNumber = QStringLiteral("44/KH-UBND");
    d.signerName = QStringLiteral("Nguyễn Văn Giám");
    d.signerTitle = {QStringLiteral("GIÁM ĐỐC")};
    d.recipients = {QStringLiteral("UBND tỉnh (để b/c)")};
    d.archiveLine = QStringLiteral("Lưu: VT, VP");
    d.templateText = ReportTemplate::defaultText(kind);
    d.statistics = handFigures();
    return d;
}

// The words of every page, runs joined by spaces, as one text.
QString pagesText(const PagedDocument& document)
{
    QStringList words;
    for (const Page& page : document.pages)
        for (const PlacedText& t : page.texts)
            words << t.text;
    static const QRegularExpression spaces(QStringLiteral("[\\s\\x{00A0}]+"));
    return words.join(QLatin1Char(' ')).replace(spaces, QStringLiteral(" "));
}

int graphics(const PagedDocument& document)
{
    int n = 0;
    for (const Page& page : document.pages)
        n += int(page.graphics.size());
    return n;
}

} // namespace

TEST_CASE("Report texts: the defaults use only known placeholders and cut into sections, tables and charts",
          "[reports][report]")
{
    for (const ReportKind kind : {ReportKind::Interim, ReportKind::Final}) {
        const QString text = ReportTemplate::defaultText(kind);
        CHECK(ReportTemplate::unknownPlaceholders(text).isEmpty());
        CHECK(ReportTemplate::check(text).ok());
        const auto blocks = ReportTemplate::fill(text, {});
        REQUIRE(blocks);
        QStringList headings;
        int tables = 0, charts = 0;
        for (const ReportBlock& b : *blocks) {
            if (b.type == ReportBlock::Type::Heading)
                headings << b.text.section(QLatin1Char(' '), 0, 0);
            tables += b.type == ReportBlock::Type::Table ? 1 : 0;
            charts += b.type == ReportBlock::Type::Chart ? 1 : 0;
        }
        CHECK(headings == QStringList{QStringLiteral("I."), QStringLiteral("II."), QStringLiteral("III."),
                                      QStringLiteral("IV.")});
        CHECK(tables == (kind == ReportKind::Interim ? 3 : 4));
        CHECK(charts == (kind == ReportKind::Interim ? 1 : 2));
    }
    CHECK(reportKindFromCode(QStringLiteral("interim")) == ReportKind::Interim);
    CHECK(reportKindFromCode(QStringLiteral("final")) == ReportKind::Final);
    CHECK_FALSE(reportKindFromCode(QStringLiteral("yearly")).has_value());
}

TEST_CASE("Report texts: unknown placeholders are refused by name, a table inside a sentence too",
          "[reports][report]")
{
    const QString text = QStringLiteral("Đã nhận {so_sang_kien} sáng kiến, {so_hoa_don} hóa đơn và {abc}.\n"
                                        "Lại {so_hoa_don}.");
    CHECK(ReportTemplate::unknownPlaceholders(text) ==
          QStringList{QStringLiteral("so_hoa_don"), QStringLiteral("abc")});
    const Status checked = ReportTemplate::check(text);
    REQUIRE_FALSE(checked.ok());
    CHECK(checked.error().kind == ErrorKind::Refused);
    CHECK(checked.error().message.contains(QStringLiteral("{so_hoa_don}")));
    CHECK(checked.error().message.contains(QStringLiteral("{abc}")));
    CHECK_FALSE(ReportTemplate::fill(text, {}).ok());

    const Status inline_ = ReportTemplate::check(QStringLiteral("Xem bảng {bang_noi_dung} dưới đây."));
    REQUIRE_FALSE(inline_.ok());
    CHECK(inline_.error().message.contains(QStringLiteral("{bang_noi_dung}")));

    CampaignReportData d = handReport(ReportKind::Final);
    d.templateText = text;
    const auto laid = layoutReport(d);
    REQUIRE_FALSE(laid.ok());
    CHECK(laid.error().message.contains(QStringLiteral("{so_hoa_don}")));
}

TEST_CASE("Report values: numbers, money, scores and dates as the office writes them", "[reports][report]")
{
    CHECK(groupedNumber(0) == QStringLiteral("0"));
    CHECK(groupedNumber(999) == QStringLiteral("999"));
    CHECK(groupedNumber(1000) == QStringLiteral("1.000"));
    CHECK(groupedNumber(1250000) == QStringLiteral("1.250.000"));
    CHECK(groupedNumber(-12345) == QStringLiteral("-12.345"));
    const auto v = reportValues(handFigures(), QStringLiteral("44/KH-UBND"),
                                QStringLiteral("Sở Khoa học và Công nghệ"), {QDate(2025, 2, 5)});
    CHECK(v.value(QStringLiteral("so_sang_kien")) == QStringLiteral("7"));
    CHECK(v.value(QStringLiteral("so_don_vi")) == QStringLiteral("4"));
    CHECK(v.value(QStringLiteral("tong_so_don_vi")) == QStringLiteral("44"));
    CHECK(v.value(QStringLiteral("so_don_vi_khong_gui")) == QStringLiteral("40"));
    CHECK(v.value(QStringLiteral("tong_loi_ich")) == QStringLiteral("125.500.000 đồng"));
    CHECK(v.value(QStringLiteral("diem_trung_binh")) == QStringLiteral("72,00"));
    CHECK(v.value(QStringLiteral("so_khen_thuong")) == QStringLiteral("3"));
    CHECK(v.value(QStringLiteral("so_bang_khen")) == QStringLiteral("1"));
    CHECK(v.value(QStringLiteral("so_giay_khen")) == QStringLiteral("2"));
    CHECK(v.value(QStringLiteral("ngay_bao_cao")) == QStringLiteral("ngày 05 tháng 02 năm 2025"));
    CHECK(v.value(QStringLiteral("nam_sau")) == QStringLiteral("2025"));
    // Every value placeholder has a value.
    for (const auto& p : ReportTemplate::valuePlaceholders())
        CHECK(v.contains(p.name));
}

TEST_CASE("The final report says the hand-counted figures, with its tables and two charts on A4",
          "[reports][report]")
{
    const auto document = layoutReport(handReport(ReportKind::Final));
    REQUIRE(document);
    const QString text = pagesText(*document);
    INFO(text.toStdString());
    CHECK_FALSE(text.contains(QLatin1Char('{')));
    CHECK(text.contains(QStringLiteral("BÁO CÁO")));
    CHECK(text.contains(QStringLiteral("Tổng kết phong trào thi đua")));
    CHECK(text.contains(QStringLiteral("Số: /BC-SKHCN")));
    CHECK(text.contains(QStringLiteral("Hưng Yên, ngày 05 tháng 02 năm 2025")));
    CHECK(text.contains(QStringLiteral("4/44 đơn vị đã gửi 7 sáng kiến")));
    CHECK(text.contains(QStringLiteral("2 của tập thể và 5 của cá nhân")));
    CHECK(text.contains(
        QStringLiteral("điểm trung bình đạt 72,00 điểm, cao nhất 97,00 điểm, thấp nhất 45,00")));
    CHECK(text.contains(QStringLiteral("125.500.000 đồng (3 sáng kiến có kê khai)")));
    CHECK(text.contains(QStringLiteral("3 tập thể, cá nhân được khen thưởng, trong đó 1 Bằng khen")));
    CHECK(text.contains(QStringLiteral("2 Giấy khen")));
    CHECK(text.contains(QStringLiteral("Còn 40 đơn vị chưa tham gia")));
    CHECK(text.contains(QStringLiteral("IV. PHƯƠNG HƯỚNG NĂM 2025")));
    CHECK(text.contains(QStringLiteral("Bảng 1. Số sáng kiến theo nội dung thi đua")));
    CHECK(text.contains(QStringLiteral("Bảng 4. Kết quả khen thưởng theo hình thức")));
    CHECK(text.contains(QStringLiteral("Chuyển đổi số 3 42,9"))); // 3 of 7
    CHECK(text.contains(QStringLiteral("Tổng cộng 7 100")));
    CHECK(text.contains(QStringLiteral("Nơi nhận:")));
    CHECK(text.contains(QStringLiteral("- Lưu: VT, VP.")));
    CHECK(text.contains(QStringLiteral("Nguyễn Văn Giám")));
    CHECK(graphics(*document) == 2);
    CHECK(document->geometry.size == QSizeF(mm(210), mm(297)));
    // Every run and every chart inside the body (the page numbers sit in the top margin).
    const QRectF body = document->geometry.body();
    for (const Page& page : document->pages) {
        for (const PlacedText& t : page.texts)
            if (page.number == 0 || t.origin.y() > body.top())
                CHECK(t.origin.x() + t.width <= body.right() + 1);
        for (const PlacedGraphic& g : page.graphics)
            CHECK(body.contains(g.rect));
    }
}

TEST_CASE("The interim report counts entries and statuses so far, one chart, no awards", "[reports][report]")
{
    CampaignReportData d = handReport(ReportKind::Interim);
    d.statistics.awards = 0;
    d.statistics.awardsByForm.clear();
    d.number = QStringLiteral("15");
    const auto document = layoutReport(d);
    REQUIRE(document);
    const QString text = pagesText(*document);
    INFO(text.toStdString());
    CHECK_FALSE(text.contains(QLatin1Char('{')));
    CHECK(text.contains(QStringLiteral("Số: 15/BC-SKHCN")));
    CHECK(text.contains(QStringLiteral("Sơ kết phong trào thi đua")));
    CHECK(
        text.contains(QStringLiteral("Tính đến ngày 05 tháng 02 năm 2025, 4/44 đơn vị đã gửi 7 sáng kiến")));
    CHECK(text.contains(QStringLiteral("40 đơn vị chưa gửi hồ sơ")));
    CHECK(text.contains(QStringLiteral("Đến nay, 5 sáng kiến đã được Hội đồng")));
    CHECK(text.contains(QStringLiteral("Đã chấm điểm 5 71,4")));
    CHECK_FALSE(text.contains(QStringLiteral("Bằng khen")));
    CHECK(graphics(*document) == 1);
}

TEST_CASE("Chart painter: nice steps, numbers with dots and commas, the same pixels each time",
          "[reports][chart]")
{
    CHECK(niceStep(7, 5) == 2);
    CHECK(niceStep(1234, 5) == 500);
    CHECK(niceStep(0, 5) == 1);
    CHECK(chartNumber(1250, 0) == QStringLiteral("1.250"));
    CHECK(chartNumber(85.5, 2) == QStringLiteral("85,50"));
    CHECK(chartNumber(42.857, 1) == QStringLiteral("42,9"));

    ChartData data;
    data.title = QStringLiteral("Số sáng kiến theo nội dung thi đua");
    data.valueLabel = QStringLiteral("Số sáng kiến");
    data.series = {{QStringLiteral("Năm 2024"), {{QStringLiteral("1.a"), 2}, {QStringLiteral("2.d"), 3000}}},
                   {QStringLiteral("Năm 2025"), {{QStringLiteral("1.a"), 5}, {QStringLiteral("2.d"), 1500}}}};
    const QImage a = renderChart(data, QSize(640, 400));
    const QImage b = renderChart(data, QSize(640, 400));
    REQUIRE(a.size() == QSize(640, 400));
    CHECK(a == b);
    // Bars are painted: some pixels carry the first series' colour.
    const QColor first = ChartStyle::screenPalette().first();
    int coloured = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x)
            coloured += a.pixelColor(x, y) == first ? 1 : 0;
    CHECK(coloured > 1000);
    // Another size paints too, and an empty chart paints nothing but white.
    CHECK_FALSE(renderChart(data, QSize(300, 200)).isNull());
    const QImage empty = renderChart({}, QSize(100, 80));
    CHECK(empty.pixelColor(50, 40) == QColor(Qt::white));
}

TEST_CASE("The report's ODT carries the charts as PNG pictures Writer can open", "[reports][report]")
{
    QTemporaryDir dir;
    const QString odt = dir.filePath(QStringLiteral("report.odt"));
    REQUIRE(writeReport(handReport(ReportKind::Final), odt).ok());
    const QString listing = runTool(QStringLiteral("unzip"), {QStringLiteral("-l"), odt});
    CHECK(listing.contains(QStringLiteral("Pictures/graphic1.png")));
    CHECK(listing.contains(QStringLiteral("Pictures/graphic2.png")));
    const QString manifest = runTool(QStringLiteral("unzip"),
                                     {QStringLiteral("-p"), odt, QStringLiteral("META-INF/manifest.xml")});
    CHECK(manifest.contains(QStringLiteral("manifest:full-path=\"Pictures/graphic1.png\"")));
    const QString content =
        runTool(QStringLiteral("unzip"), {QStringLiteral("-p"), odt, QStringLiteral("content.xml")});
    CHECK(content.contains(QStringLiteral("xlink:href=\"Pictures/graphic2.png\"")));
    CHECK(content.contains(QStringLiteral("125.500.000")));

    // LibreOffice opens it and prints the words and the two pictures.
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    INFO("LibreOffice Writer is needed: apt-get install --no-install-recommends libreoffice-writer-nogui");
    REQUIRE_FALSE(soffice.isEmpty());
    const QString outDir = dir.filePath(QStringLiteral("lo"));
    QDir().mkpath(outDir);
    int exitCode = -1;
    runTool(soffice,
            {QStringLiteral("-env:UserInstallation=file://") + dir.filePath(QStringLiteral("profile")),
             QStringLiteral("--headless"), QStringLiteral("--convert-to"), QStringLiteral("pdf"),
             QStringLiteral("--outdir"), outDir, odt},
            &exitCode);
    const QString converted = outDir + QStringLiteral("/report.pdf");
    REQUIRE(exitCode == 0);
    REQUIRE(QFile::exists(converted));
    const QString words = runTool(QStringLiteral("pdftotext"), {converted, QStringLiteral("-")});
    CHECK(words.contains(QStringLiteral("125.500.000 đồng")));
    const QString images = runTool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), converted});
    CHECK(images.count(QStringLiteral(" image ")) == 2);
}

TEST_CASE("The report's text is kept with the campaign, restored to the default, and carried to next year",
          "[reports][report][next-campaign]")
{
    TempCampaign c;
    ReportTemplateRepository repository(c.db(), QStringLiteral("clerk"));
    CHECK(*repository.text(ReportKind::Final) == ReportTemplate::defaultText(ReportKind::Final));
    CHECK_FALSE(repository.stored(ReportKind::Final)->has_value());

    const QString mine =
        QStringLiteral("I. KẾT QUẢ\nNăm {nam} nhận {so_sang_kien} sáng kiến.\n{bang_noi_dung}");
    REQUIRE(repository.save(ReportKind::Final, mine).ok());
    CHECK(*repository.text(ReportKind::Final) == mine);
    CHECK(*repository.text(ReportKind::Interim) == ReportTemplate::defaultText(ReportKind::Interim));

    // Refused by name, nothing written.
    const Status refused = repository.save(ReportKind::Final, QStringLiteral("{so_hoa_don}"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("{so_hoa_don}")));
    CHECK(*repository.text(ReportKind::Final) == mine);

    // The report prints the office's text.
    auto data = CampaignReportData::fromDatabase(c.db(), ReportKind::Final, QDate(2025, 1, 10));
    REQUIRE(data);
    CHECK(data->templateText == mine);
    const auto document = layoutReport(*data);
    REQUIRE(document);
    CHECK(pagesText(*document).contains(QStringLiteral("Năm 2024 nhận 0 sáng kiến.")));

    // Next year's campaign starts with the office's text.
    c.close();
    const QString next = QDir(c.dir()).filePath(QStringLiteral("2025.sangkien"));
    NextCampaignFacts facts;
    facts.year = 2025;
    REQUIRE(NextCampaign::create(c.path(), next, facts));
    {
        auto db = Database::open(next);
        REQUIRE(db);
        CHECK(*ReportTemplateRepository(**db, {}).text(ReportKind::Final) == mine);
        CHECK_FALSE(ReportTemplateRepository(**db, {}).stored(ReportKind::Interim)->has_value());
    }

    // Restore default: the office's row goes.
    Database& db = c.reopen();
    ReportTemplateRepository again(db, QStringLiteral("clerk"));
    REQUIRE(again.save(ReportKind::Final, ReportTemplate::defaultText(ReportKind::Final)).ok());
    CHECK_FALSE(again.stored(ReportKind::Final)->has_value());
}
