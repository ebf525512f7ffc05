// `sangkien-cli report` (issue 17, item 3): the interim and final reports as PDF and ODT from the real
// program, checked as the decision's PDF is: the figures in the text, the serif face embedded and nothing
// else, A4, every word inside the Decree 30 margins; refusals change nothing.
#include "cli_test_helpers.h"
#include "reports/campaign_statistics.h"
#include "reports/report_template.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace sangkien;
using namespace sangkien::testing;

namespace {

QString tool(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(120000))
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

// The text in reading order, every run of whitespace one space.
QString flatText(const QString& pdf)
{
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    return tool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).replace(spaces, QStringLiteral(" "));
}

struct Box
{
    double xMin, yMin, xMax, yMax;
    QString text;
};

// Every word's box in millimetres, page by page (pdftotext -bbox).
QList<QList<Box>> words(const QString& pdf)
{
    const QString html =
        tool(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), pdf, QStringLiteral("-")});
    static const QRegularExpression wordRe(QStringLiteral(
        "<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">([^<]*)</word>"));
    QList<QList<Box>> pages;
    const QStringList chunks = html.split(QStringLiteral("<page "));
    for (qsizetype i = 1; i < chunks.size(); ++i) {
        QList<Box> page;
        const double k = 25.4 / 72.0;
        for (auto it = wordRe.globalMatch(chunks[i]); it.hasNext();) {
            const auto m = it.next();
            page.append({m.captured(1).toDouble() * k, m.captured(2).toDouble() * k,
                         m.captured(3).toDouble() * k, m.captured(4).toDouble() * k, m.captured(5)});
        }
        pages.append(page);
    }
    return pages;
}

void checkLikeTheDecision(const QString& pdf)
{
    // Fonts: the serif face, embedded, and nothing else.
    const QString fonts = tool(QStringLiteral("pdffonts"), {pdf});
    INFO(fonts.toStdString());
    static const QRegularExpression serifEmbedded(
        QStringLiteral("(?m)^(LiberationSerif|TimesNewRoman)\\S*\\s+CID TrueType\\s+\\S+\\s+yes\\s"));
    CHECK(serifEmbedded.match(fonts).hasMatch());
    for (const QString& line : fonts.split(QLatin1Char('\n')).mid(2))
        if (!line.trimmed().isEmpty()) {
            INFO(line.toStdString());
            CHECK((line.contains(QStringLiteral("LiberationSerif")) ||
                   line.contains(QStringLiteral("TimesNewRoman"))));
            CHECK(line.contains(QStringLiteral(" yes ")));
        }
    // A4 portrait.
    const QString info = tool(QStringLiteral("pdfinfo"), {pdf});
    INFO(info.toStdString());
    static const QRegularExpression a4(
        QStringLiteral("Page size:\\s+595(\\.\\d+)? x 84[12](\\.\\d+)? pts \\(A4\\)"));
    CHECK(a4.match(info).hasMatch());
    // Every word inside the margins (left 30, right 15, top 20, bottom 20 mm); page numbers in the top
    // margin, none on the first page.
    constexpr double tol = 0.3;
    const auto pages = words(pdf);
    REQUIRE_FALSE(pages.isEmpty());
    for (qsizetype p = 0; p < pages.size(); ++p)
        for (const Box& w : pages[p]) {
            INFO("page " << p + 1 << " word " << w.text.toStdString() << " " << w.xMin << "," << w.yMin << " "
                         << w.xMax << "," << w.yMax);
            const bool pageNumber = w.yMax < 20.0 && w.text == QString::number(p + 1);
            if (pageNumber) {
                CHECK(p > 0);
                continue;
            }
            CHECK(w.xMin >= 30.0 - tol);
            CHECK(w.xMax <= 195.0 + tol);
            CHECK(w.yMin >= 20.0 - tol);
            CHECK(w.yMax <= 277.0 + tol);
        }
}

struct Demo
{
    QTemporaryDir dir;
    QString file = dir.filePath(QStringLiteral("demo.sangkien"));
    CampaignStatistics statistics;

    Demo()
    {
        REQUIRE(runCli({QStringLiteral("demo"), file, QStringLiteral("--entries"), QStringLiteral("150"),
                        QStringLiteral("--seed"), QStringLiteral("9")})
                    .exitCode == 0);
        REQUIRE(runCli({QStringLiteral("allocate"), file, QStringLiteral("--apply")}).exitCode == 0);
        auto db = Database::open(file, Database::Mode::ReadOnly);
        REQUIRE(db);
        auto s = computeStatistics(**db);
        REQUIRE(s);
        statistics = *s;
    }

    CliResult report(const QString& kind, const QString& out, const QStringList& more = {})
    {
        return runCli(QStringList{QStringLiteral("report"), file, QStringLiteral("--kind"), kind,
                                  QStringLiteral("--out"), out, QStringLiteral("--date"),
                                  QStringLiteral("2025-01-15"), QStringLiteral("--signer"),
                                  QStringLiteral("Nguyễn Văn Giám")} +
                      more);
    }
};

} // namespace

TEST_CASE("report writes the final report as PDF with the campaign's figures, laid out as the decision",
          "[cli][report]")
{
    Demo demo;
    const CampaignStatistics& s = demo.statistics;
    REQUIRE(s.entries == 150);
    REQUIRE(s.awards > 0);
    const QString pdf = demo.dir.filePath(QStringLiteral("tong-ket.pdf"));
    const CliResult r = demo.report(QStringLiteral("final"), pdf);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QString text = flatText(pdf);
    INFO(text.toStdString());
    CHECK_FALSE(text.contains(QLatin1Char('{')));
    CHECK_FALSE(text.contains(QLatin1Char('}')));
    CHECK(text.contains(QStringLiteral("BÁO CÁO Tổng kết phong trào thi đua")));
    CHECK(text.contains(QStringLiteral("Hưng Yên, ngày 15 tháng 01 năm 2025")));
    CHECK(text.contains(QStringLiteral("/BC-SKHCN")));
    const int units = s.unitsWithEntries + int(s.silentUnits.size());
    CHECK(text.contains(QStringLiteral("%1/%2 đơn vị đã gửi %3 sáng kiến")
                            .arg(s.unitsWithEntries)
                            .arg(units)
                            .arg(groupedNumber(s.entries))));
    CHECK(text.contains(
        QStringLiteral("trong đó %1 của tập thể và %2 của cá nhân").arg(s.collectives).arg(s.individuals)));
    CHECK(text.contains(QStringLiteral("%1 tập thể, cá nhân được khen thưởng").arg(s.awards)));
    CHECK(text.contains(groupedNumber(s.economicBenefit) + QStringLiteral(" đồng")));
    CHECK(text.contains(QStringLiteral("Còn %1 đơn vị chưa tham gia").arg(s.silentUnits.size())));
    REQUIRE(s.meanScore);
    CHECK(text.contains(
        QStringLiteral("điểm trung bình đạt %1 điểm")
            .arg(QString::number(*s.meanScore, 'f', 2).replace(QLatin1Char('.'), QLatin1Char(',')))));
    // The tables and the charts' captions.
    CHECK(text.contains(QStringLiteral("Bảng 1. Số sáng kiến theo nội dung thi đua")));
    CHECK(text.contains(QStringLiteral("Bảng 4. Kết quả khen thưởng theo hình thức")));
    CHECK(text.contains(QStringLiteral("Tổng cộng %1 100").arg(groupedNumber(s.entries))));
    CHECK(text.contains(QStringLiteral("Phân bố điểm của các sáng kiến đã chấm")));
    CHECK(text.contains(QStringLiteral("Nơi nhận:")));
    CHECK(text.contains(QStringLiteral("Nguyễn Văn Giám")));
    checkLikeTheDecision(pdf);
}

TEST_CASE("report writes the interim report as PDF, and both kinds as ODT", "[cli][report]")
{
    Demo demo;
    const CampaignStatistics& s = demo.statistics;
    const QString pdf = demo.dir.filePath(QStringLiteral("so-ket.pdf"));
    const CliResult r =
        demo.report(QStringLiteral("interim"), pdf, {QStringLiteral("--number"), QStringLiteral("07")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QString text = flatText(pdf);
    INFO(text.toStdString());
    CHECK_FALSE(text.contains(QLatin1Char('{')));
    CHECK(text.contains(QStringLiteral("Số: 07/BC-SKHCN")));
    CHECK(text.contains(QStringLiteral("BÁO CÁO Sơ kết phong trào thi đua")));
    CHECK(text.contains(QStringLiteral("Tính đến ngày 15 tháng 01 năm 2025, %1/%2 đơn vị đã gửi %3 sáng kiến")
                            .arg(s.unitsWithEntries)
                            .arg(s.unitsWithEntries + s.silentUnits.size())
                            .arg(groupedNumber(s.entries))));
    CHECK(text.contains(QStringLiteral("Hồ sơ theo tình trạng")));
    checkLikeTheDecision(pdf);

    for (const QString& kind : {QStringLiteral("interim"), QStringLiteral("final")}) {
        const QString odt = demo.dir.filePath(kind + QStringLiteral(".odt"));
        const CliResult o = demo.report(kind, odt);
        INFO(o.err.toStdString());
        REQUIRE(o.exitCode == 0);
        const QString listing = tool(QStringLiteral("unzip"), {QStringLiteral("-l"), odt});
        CHECK(listing.contains(QStringLiteral("content.xml")));
        CHECK(listing.contains(QStringLiteral("Pictures/graphic1.png")));
        CHECK(listing.contains(QStringLiteral("Pictures/graphic2.png")) == (kind == QLatin1String("final")));
        const QString content =
            tool(QStringLiteral("unzip"), {QStringLiteral("-p"), odt, QStringLiteral("content.xml")});
        CHECK(content.contains(QStringLiteral("BÁO CÁO")));
        CHECK_FALSE(content.contains(QStringLiteral("{so_")));
    }
}

TEST_CASE(
    "report refuses an --out naming the campaign, an unknown kind or suffix, and a text with an unknown "
    "placeholder, naming it",
    "[cli][report]")
{
    Demo demo;
    // A campaign whose name ends in .pdf is still the campaign: never written over.
    const QString disguised = demo.dir.filePath(QStringLiteral("phong-trao.pdf"));
    REQUIRE(QFile::rename(demo.file, disguised));
    demo.file = disguised;
    const QByteArray before = fileHash(demo.file);

    const CliResult onto = demo.report(QStringLiteral("final"), demo.file);
    INFO(onto.err.toStdString());
    CHECK(onto.exitCode == 2);
    CHECK(fileHash(demo.file) == before);

    CHECK(demo.report(QStringLiteral("yearly"), demo.dir.filePath(QStringLiteral("x.pdf"))).exitCode == 1);
    CHECK(demo.report(QStringLiteral("final"), demo.dir.filePath(QStringLiteral("x.docx"))).exitCode == 1);
    CHECK(runCli({QStringLiteral("report"), demo.file, QStringLiteral("--out"),
                  demo.dir.filePath(QStringLiteral("x.pdf"))})
              .exitCode == 1);

    const QString text = demo.dir.filePath(QStringLiteral("mau.txt"));
    writeFile(
        text,
        QStringLiteral("I. KẾT QUẢ\nĐã nhận {so_sang_kien} sáng kiến và {so_hoa_don} hóa đơn.\n").toUtf8());
    const QString out = demo.dir.filePath(QStringLiteral("bad.pdf"));
    const CliResult bad = demo.report(QStringLiteral("final"), out, {QStringLiteral("--template"), text});
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.contains("{so_hoa_don}"));
    CHECK_FALSE(QFile::exists(out));
    CHECK(fileHash(demo.file) == before);

    // The same text without the unknown placeholder prints, with the office's words.
    writeFile(text,
              QStringLiteral("I. KẾT QUẢ\nĐã nhận {so_sang_kien} sáng kiến.\n{bang_noi_dung}\n").toUtf8());
    const CliResult good = demo.report(QStringLiteral("final"), out, {QStringLiteral("--template"), text});
    INFO(good.err.toStdString());
    REQUIRE(good.exitCode == 0);
    CHECK(flatText(out).contains(
        QStringLiteral("Đã nhận %1 sáng kiến.").arg(groupedNumber(demo.statistics.entries))));
    CHECK(fileHash(demo.file) == before);
}

TEST_CASE("report --from --to counts only the entries received in the period, as an interim report so far",
          "[cli][report]")
{
    Demo demo;
    StatisticsPeriod period;
    period.to = QDate(2024, 6, 30);
    auto db = Database::open(demo.file, Database::Mode::ReadOnly);
    REQUIRE(db);
    const auto s = computeStatistics(**db, period);
    REQUIRE(s);
    db->reset();
    REQUIRE(s->entries > 0);
    REQUIRE(s->entries < demo.statistics.entries);

    const QString pdf = demo.dir.filePath(QStringLiteral("so-ket-30-6.pdf"));
    const CliResult r =
        demo.report(QStringLiteral("interim"), pdf, {QStringLiteral("--to"), QStringLiteral("2024-06-30")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QString text = flatText(pdf);
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("%1/%2 đơn vị đã gửi %3 sáng kiến")
                            .arg(s->unitsWithEntries)
                            .arg(s->unitsWithEntries + s->silentUnits.size())
                            .arg(groupedNumber(s->entries))));
    CHECK(text.contains(QStringLiteral("Tổng cộng %1 100").arg(groupedNumber(s->entries))));

    CHECK(demo.report(QStringLiteral("interim"), pdf, {QStringLiteral("--to"), QStringLiteral("30/06/2024")})
              .exitCode == 1);
    CHECK(demo.report(QStringLiteral("interim"), pdf,
                      {QStringLiteral("--from"), QStringLiteral("2024-07-01"), QStringLiteral("--to"),
                       QStringLiteral("2024-06-30")})
              .exitCode == 1);
}
