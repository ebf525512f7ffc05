#include "campaign_report.h"

#include "chart_painter.h"
#include "documents/document_heading.h"
#include "documents/document_signature.h"
#include "documents/document_table.h"
#include "documents/document_wording.h"
#include "documents/paged_odt.h"
#include "storage/campaign_repository.h"
#include "storage/database.h"
#include "storage/report_template_repository.h"
#include "text/vietnamese_text.h"

#include <QPainter>
#include <algorithm>
#include <memory>

namespace sangkien {

namespace {

// The report's own wording (document content, not the program's UI: not translated).
namespace words {
QString title()
{
    return QStringLiteral("BÁO CÁO");
}
QStringList recipients()
{
    return {QStringLiteral("UBND tỉnh (để b/c)"), QStringLiteral("Ban Thi đua - Khen thưởng tỉnh"),
            QStringLiteral("Ban Giám đốc Sở")};
}
QString total()
{
    return QStringLiteral("Tổng cộng");
}
} // namespace words

constexpr qreal kTableSize = 12;
constexpr qreal kCellPadX = 1.2; // mm
constexpr qreal kCellPadY = 1.0; // mm

ParagraphFormat bodyFormat(qreal indent = mm(12.7))
{
    ParagraphFormat f;
    f.align = Align::Justify;
    f.firstLineIndent = indent;
    f.spaceAfter = pt(6);
    return f;
}

QString percent(int part, int whole)
{
    if (whole <= 0)
        return QStringLiteral("—");
    return chartNumber(100.0 * part / whole, 1);
}

// A table of counts: its caption, the first column's title, and one row per group.
struct CountTable
{
    QString caption;
    QString groupTitle;
    QList<QPair<QString, int>> rows;
    bool withCode = false;
    QStringList codes;
};

CountTable countTable(const CampaignStatistics& s, const QString& name)
{
    auto fromRows = [](const QList<CountRow>& rows) {
        QList<QPair<QString, int>> out;
        for (const CountRow& r : rows)
            out.append({r.label, r.count});
        return out;
    };
    if (name == QLatin1String("bang_noi_dung")) {
        CountTable t{QStringLiteral("Số sáng kiến theo nội dung thi đua"),
                     QStringLiteral("Nội dung thi đua"),
                     fromRows(s.byCategory),
                     true,
                     {}};
        for (const CountRow& r : s.byCategory)
            t.codes << r.code;
        return t;
    }
    if (name == QLatin1String("bang_loai_sang_kien"))
        return {
            QStringLiteral("Số sáng kiến theo loại"), QStringLiteral("Loại"), fromRows(s.byKind), false, {}};
    if (name == QLatin1String("bang_loai_don_vi"))
        return {QStringLiteral("Số sáng kiến theo loại đơn vị"),
                QStringLiteral("Loại đơn vị"),
                fromRows(s.byUnitKind),
                false,
                {}};
    if (name == QLatin1String("bang_dia_ban"))
        return {QStringLiteral("Số sáng kiến theo địa bàn"),
                QStringLiteral("Địa bàn"),
                fromRows(s.byDistrict),
                false,
                {}};
    if (name == QLatin1String("bang_trang_thai"))
        return {QStringLiteral("Hồ sơ theo tình trạng"),
                QStringLiteral("Tình trạng"),
                fromRows(s.byStatus),
                false,
                {}};
    if (name == QLatin1String("bang_diem")) {
        CountTable t{QStringLiteral("Phân bố điểm của các sáng kiến đã chấm"),
                     QStringLiteral("Khoảng điểm"),
                     {},
                     false,
                     {}};
        for (const ScoreBin& b : s.scoreBins)
            t.rows.append({b.label, b.count});
        return t;
    }
    // bang_khen_thuong
    return {QStringLiteral("Kết quả khen thưởng theo hình thức"),
            QStringLiteral("Hình thức khen thưởng"),
            fromRows(s.awardsByForm),
            false,
            {}};
}

class ReportLayout
{
public:
    ReportLayout(const CampaignReportData& data, const QList<ReportBlock>& blocks, PagedDocument& document)
        : m_data(data)
        , m_blocks(blocks)
        , m_flow(document, m_fonts)
        , m_table(m_fonts, m_flow, kCellPadX, kCellPadY)
    {}

    void run()
    {
        m_flow.startPart();
        placeHeading(m_flow, m_fonts,
                     {m_data.superiorBody, m_data.issuingBody, numberLine(),
                      m_data.place + QStringLiteral(", ") + text::documentDate(m_data.date)});
        titleBlock();
        for (qsizetype i = 0; i < m_blocks.size(); ++i)
            block(m_blocks[i], i == m_blocks.size() - 1);
        placeSignatureBlock(m_flow, m_fonts, signatureBlock());
        m_flow.finish();
    }

private:
    QString numberLine() const
    {
        const QString number = m_data.number.trimmed().isEmpty() ? QString(8, QChar(0x00A0)) : m_data.number;
        return wording::numberPrefix() + number + QLatin1Char('/') + m_data.symbol;
    }

    void titleBlock()
    {
        const QRectF body = m_flow.body();
        m_flow.addParagraph(words::title(), bold(kBodySize), centred());
        const auto lines =
            breakLines(m_fonts, reportSummaryLine(m_data), bold(kBodySize), centred(), body.width());
        m_flow.addLines(lines, body.left());
        const qreal ruleY = m_flow.y() + kRuleGap;
        addRule(m_flow.page(), body.center().x(), ruleY, std::clamp(widestLine(lines) / 3, mm(30), mm(60)));
        m_flow.setY(ruleY + pt(15));
    }

    void block(const ReportBlock& b, bool last)
    {
        switch (b.type) {
        case ReportBlock::Type::Heading: {
            ParagraphFormat f;
            f.align = Align::Justify;
            f.spaceBefore = pt(6);
            f.spaceAfter = pt(6);
            keepWithNext(b.text, bold(kBodySize), f);
            m_flow.addParagraph(b.text, bold(kBodySize), f);
            break;
        }
        case ReportBlock::Type::Subheading: {
            ParagraphFormat f = bodyFormat();
            keepWithNext(b.text, bold(kBodySize), f);
            m_flow.addParagraph(b.text, bold(kBodySize), f);
            break;
        }
        case ReportBlock::Type::Bullet:
        case ReportBlock::Type::Paragraph: {
            if (last) {
                // The last paragraph goes with the signature: no page holds a signature alone.
                const auto lines =
                    breakLines(m_fonts, b.text, regular(kBodySize), bodyFormat(), m_flow.body().width());
                const qreal together =
                    linesHeight(lines) + pt(12) + signatureBlockHeight(m_flow, m_fonts, signatureBlock());
                if (together <= m_flow.body().height())
                    m_flow.keepTogether(together);
            }
            m_flow.addParagraph(b.text, regular(kBodySize), bodyFormat());
            break;
        }
        case ReportBlock::Type::Table:
            table(countTable(m_data.statistics, b.name));
            break;
        case ReportBlock::Type::Chart:
            chart(b.name);
            break;
        }
    }

    // A heading is never the last line of a page: it moves with the next paragraph's first lines.
    void keepWithNext(const QString& text, const TextStyle& style, const ParagraphFormat& f)
    {
        const qreal height = linesHeight(breakLines(m_fonts, text, style, f, m_flow.body().width())) +
                             f.spaceBefore + f.spaceAfter + 3 * m_fonts.lineSpacing(regular(kBodySize));
        m_flow.keepTogether(height);
    }

    void caption(const QString& text)
    {
        ++m_tables;
        ParagraphFormat f = centred(pt(3));
        f.spaceBefore = pt(3);
        const QString line = QStringLiteral("Bảng %1. %2").arg(m_tables).arg(text);
        keepWithNext(line, boldItalic(kTableSize + 1), f);
        m_flow.addParagraph(line, boldItalic(kTableSize + 1), f);
    }

    void table(const CountTable& t)
    {
        caption(t.caption);
        const qreal width = m_flow.body().width();
        const qreal number = mm(11.5);
        const qreal count = mm(24);
        const qreal share = mm(20);
        const qreal code = t.withCode ? mm(14) : 0;
        const qreal group = width - number - code - count - share;
        QList<qreal> columns = {number};
        if (t.withCode)
            columns << code;
        columns << group << count << share;
        m_table.setColumns(columns);

        QStringList titles = {QStringLiteral("STT")};
        if (t.withCode)
            titles << QStringLiteral("Mã");
        titles << t.groupTitle << QStringLiteral("Số lượng") << QStringLiteral("Tỷ lệ (%)");
        QList<DocumentTable::Cell> headCells;
        for (qsizetype i = 0; i < titles.size(); ++i)
            headCells.append(m_table.cell({{titles[i], bold(kTableSize)}}, columns[i], Align::Center, true));
        const DocumentTable::Row header = m_table.row(headCells);
        m_table.ensureRoom(header.height + mm(16), header, false);
        m_table.place(header);

        int total = 0;
        for (const auto& r : t.rows)
            total += r.second;
        for (qsizetype i = 0; i <= t.rows.size(); ++i) {
            const bool sum = i == t.rows.size();
            const TextStyle style = sum ? bold(kTableSize) : regular(kTableSize);
            QList<DocumentTable::Cell> cells;
            int c = 0;
            cells.append(m_table.cell({{sum ? QString() : QString::number(i + 1), style}}, columns[c++],
                                      Align::Center, true));
            if (t.withCode)
                cells.append(m_table.cell({{sum ? QString() : t.codes.value(i), style}}, columns[c++],
                                          Align::Center, true));
            cells.append(m_table.cell({{sum ? words::total() : t.rows[i].first, style}}, columns[c++],
                                      sum ? Align::Center : Align::Left, true));
            const int value = sum ? total : t.rows[i].second;
            cells.append(m_table.cell({{groupedNumber(value), style}}, columns[c++], Align::Center, true));
            cells.append(m_table.cell(
                {{sum ? (total > 0 ? QStringLiteral("100") : QStringLiteral("—")) : percent(value, total),
                  style}},
                columns[c++], Align::Center, true));
            const DocumentTable::Row row = m_table.row(cells);
            m_table.ensureRoom(row.height, header, true);
            m_table.place(row);
        }
        m_flow.advance(pt(9));
    }

    void chart(const QString& name)
    {
        const QRectF body = m_flow.body();
        const qreal height = mm(78);
        const qreal width = std::min(body.width(), mm(150));
        m_flow.keepTogether(height + pt(9));
        const QRectF rect(body.left() + (body.width() - width) / 2, m_flow.y(), width, height);
        auto data = std::make_shared<ChartData>(reportChart(m_data.statistics, name));
        ChartStyle style;
        style.fontFamily = FontBook::family();
        style.textSize = pt(11);
        style.lineWidth = pt(0.8);
        style.fills = ChartStyle::printPalette();
        m_flow.page().graphics.append({rect, [data, style](QPainter& painter, const QRectF& r) {
                                           paintBarChart(painter, r, *data, style);
                                       }});
        m_flow.setY(rect.bottom() + pt(9));
    }

    QStringList recipientLines() const
    {
        QStringList bare = m_data.recipients;
        if (!m_data.archiveLine.trimmed().isEmpty())
            bare << m_data.archiveLine.trimmed();
        QStringList lines;
        for (qsizetype i = 0; i < bare.size(); ++i)
            lines << QStringLiteral("- ") + bare[i] +
                         (i == bare.size() - 1 ? QStringLiteral(".") : QStringLiteral(";"));
        return lines;
    }
    DocumentSignature signatureBlock() const
    {
        return {recipientLines(), m_data.signerTitle, m_data.signerName};
    }

    const CampaignReportData& m_data;
    const QList<ReportBlock>& m_blocks;
    FontBook m_fonts;
    PageFlow m_flow;
    DocumentTable m_table;
    int m_tables = 0;
};

} // namespace

Status CampaignReportData::validate() const
{
    if (!date.isValid())
        return Error{tr("The report has no date."), {}, ErrorKind::Refused};
    return ReportTemplate::check(templateText);
}

QString reportSymbol()
{
    return QStringLiteral("BC-SKHCN");
}

Result<CampaignReportData> CampaignReportData::fromDatabase(Database& db, ReportKind kind, const QDate& date,
                                                            const QString& signerName, bool deputy,
                                                            const QString& number,
                                                            const StatisticsPeriod& period)
{
    const auto campaign = CampaignRepository(db).load();
    if (!campaign)
        return campaign.error();
    auto statistics = computeStatistics(db, period);
    if (!statistics)
        return statistics.error();
    auto text = ReportTemplateRepository(db, {}).text(kind);
    if (!text)
        return text.error();
    CampaignReportData d;
    d.kind = kind;
    d.number = number;
    d.symbol = reportSymbol();
    d.date = date;
    d.place = campaign->place;
    d.superiorBody = campaign->superiorBody;
    d.issuingBody = campaign->issuingBody;
    d.planNumber = campaign->planNumber;
    d.signerName = signerName;
    if (deputy)
        d.signerTitle = {wording::onBehalfOf() + wording::directorTitle(), wording::deputyDirectorTitle()};
    else
        d.signerTitle = {wording::directorTitle()};
    d.recipients = words::recipients();
    d.archiveLine = wording::archiveLine();
    d.templateText = *text;
    d.statistics = *statistics;
    return d;
}

QString reportSummaryLine(const CampaignReportData& data)
{
    return QStringLiteral("%1 phong trào thi đua “%2” năm %3")
        .arg(data.kind == ReportKind::Interim ? QStringLiteral("Sơ kết") : QStringLiteral("Tổng kết"),
             data.statistics.campaignName)
        .arg(data.statistics.year);
}

Result<QList<ReportBlock>> reportBlocks(const CampaignReportData& data)
{
    return ReportTemplate::fill(
        data.templateText, reportValues(data.statistics, data.planNumber, data.issuingBody, {data.date}));
}

ChartData reportChart(const CampaignStatistics& s, const QString& name)
{
    ChartData chart;
    chart.valueLabel = QStringLiteral("Số sáng kiến");
    ChartSeries series;
    if (name == QLatin1String("bieu_do_loai_don_vi")) {
        chart.title = QStringLiteral("Số sáng kiến theo loại đơn vị");
        for (const CountRow& r : s.byUnitKind)
            series.points.append({r.label, double(r.count)});
    } else if (name == QLatin1String("bieu_do_diem")) {
        chart.title = QStringLiteral("Phân bố điểm của các sáng kiến đã chấm");
        for (const ScoreBin& b : s.scoreBins)
            series.points.append({b.label, double(b.count)});
    } else {
        chart.title = QStringLiteral("Số sáng kiến theo nội dung thi đua");
        for (const CountRow& r : s.byCategory)
            series.points.append({r.code.isEmpty() ? r.label : r.code, double(r.count)});
    }
    chart.series = {series};
    return chart;
}

Result<PagedDocument> layoutReport(const CampaignReportData& data)
{
    if (auto ok = data.validate(); !ok)
        return ok.error();
    const auto blocks = reportBlocks(data);
    if (!blocks)
        return blocks.error();
    PagedDocument document;
    document.title = QStringLiteral("Báo cáo ") + reportSummaryLine(data).toLower().left(1) +
                     reportSummaryLine(data).mid(1);
    ReportLayout(data, *blocks, document).run();
    return document;
}

Status writeReport(const CampaignReportData& data, const QString& path)
{
    auto document = layoutReport(data);
    if (!document)
        return document.error();
    return writePagedDocument(*document, path);
}

} // namespace sangkien
