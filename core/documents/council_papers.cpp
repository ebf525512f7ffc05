#include "council_papers.h"

#include "document_heading.h"
#include "document_painter.h"
#include "document_table.h"
#include "document_wording.h"
#include "paged_odt.h"
#include "reports/report_wording.h"
#include "review/ranking.h"
#include "storage/campaign_repository.h"
#include "storage/council_repository.h"
#include "storage/council_roster.h"
#include "storage/database.h"
#include "storage/entry_repository.h"
#include "text/vietnamese_text.h"

#include <QCoreApplication>
#include <QHash>
#include <algorithm>

namespace sangkien {
namespace {

constexpr qreal kTableSize = 12;
constexpr qreal kCellPadX = 1.2; // mm
constexpr qreal kCellPadY = 1.0; // mm

ParagraphFormat leftFormat(qreal spaceAfter = pt(4))
{
    ParagraphFormat f;
    f.align = Align::Left;
    f.spaceAfter = spaceAfter;
    return f;
}

// The heading shared by both papers: the council left, the national title right, place and date.
void heading(PageFlow& flow, const FontBook& fonts, const CouncilPapersData& d)
{
    placeHeading(flow, fonts,
                 {d.issuingBody, d.councilName, QString(),
                  d.city + QStringLiteral(", ") + text::documentDate(d.date)});
}

void titleBlock(PageFlow& flow, const FontBook& fonts, const QString& title, const QString& subtitle)
{
    const QRectF body = flow.body();
    flow.addParagraph(title, bold(kBodySize), centred());
    const auto lines = breakLines(fonts, subtitle, bold(kBodySize - 1), centred(), body.width());
    flow.addLines(lines, body.left());
    const qreal ruleY = flow.y() + kRuleGap;
    addRule(flow.page(), body.center().x(), ruleY, std::clamp(widestLine(lines) / 3, mm(30), mm(60)));
    flow.setY(ruleY + pt(12));
}

QString campaignLine(const CouncilPapersData& d)
{
    return QStringLiteral("Phong trào thi đua “%1” năm %2").arg(d.campaignName).arg(d.campaignYear);
}

// A signature block on the right: the title, room to sign, the name.
void signature(PageFlow& flow, const FontBook& fonts, const QString& title, const QString& name)
{
    const QRectF body = flow.body();
    const qreal half = body.width() / 2;
    const auto titleLines = breakLines(fonts, title, bold(kBodySize), centred(), half);
    const auto hint =
        breakLines(fonts, QStringLiteral("(Ký, ghi rõ họ tên)"), italic(kBodySize - 1), centred(), half);
    const auto nameLines = breakLines(fonts, name, bold(kBodySize), centred(), half);
    flow.advance(pt(10));
    flow.keepTogether(linesHeight(titleLines) + linesHeight(hint) + mm(22) + linesHeight(nameLines));
    qreal y = placeLines(flow.page(), titleLines, body.left() + half, flow.y());
    y = placeLines(flow.page(), hint, body.left() + half, y) + mm(22);
    flow.setY(placeLines(flow.page(), nameLines, body.left() + half, y));
}

class ScoreSheetLayout
{
public:
    ScoreSheetLayout(const CouncilPapersData& data, PagedDocument& document)
        : m_data(data)
        , m_flow(document, m_fonts)
        , m_table(m_fonts, m_flow, kCellPadX, kCellPadY)
    {}

    void run()
    {
        for (const CouncilPapersData::Member& m : m_data.members)
            for (const CouncilPapersData::PaperEntry& e : m.entries)
                sheet(m, e);
        if (m_flow.page().texts.isEmpty() && m_flow.page().lines.isEmpty())
            m_flow.startPart();
        m_flow.finish();
    }

private:
    void sheet(const CouncilPapersData::Member& m, const CouncilPapersData::PaperEntry& e)
    {
        m_flow.startPart();
        heading(m_flow, m_fonts, m_data);
        titleBlock(m_flow, m_fonts, QStringLiteral("PHIẾU CHẤM ĐIỂM SÁNG KIẾN"), campaignLine(m_data));
        const auto labelled = [&](const QString& label, const QString& value) {
            m_flow.addParagraph({{label, bold(kBodySize)}, {value, regular(kBodySize)}}, leftFormat());
        };
        labelled(QStringLiteral("Thành viên Hội đồng: "), QStringLiteral("%1 (%2)").arg(m.name, m.role));
        labelled(QStringLiteral("Mã hồ sơ: "), e.code);
        labelled(QStringLiteral("Tên sáng kiến: "), e.title);
        if (!e.nominee.isEmpty())
            labelled(QStringLiteral("Tác giả / đơn vị đề nghị: "), e.nominee);
        m_flow.advance(pt(6));

        const qreal width = m_flow.body().width();
        const qreal number = mm(11.5);
        const qreal max = mm(24);
        const qreal given = mm(28);
        m_table.setColumns({number, width - number - max - given, max, given});
        const Row header = row({QStringLiteral("STT"), QStringLiteral("Tiêu chí"),
                                QStringLiteral("Điểm tối đa"), QStringLiteral("Điểm chấm")},
                               true);
        m_table.ensureRoom(header.height + mm(12), header, false);
        m_table.place(header);
        double total = 0;
        for (qsizetype i = 0; i < m_data.criteria.size(); ++i) {
            const Criterion& c = m_data.criteria[i];
            total += c.maxPoints;
            const Row r =
                row({QString::number(i + 1), c.name, wording::points(c.maxPoints), QString()}, false);
            m_table.ensureRoom(r.height, header, true);
            m_table.place(r);
        }
        const Row sum =
            row({QString(), QStringLiteral("Tổng cộng"), wording::points(total), QString()}, true);
        m_table.ensureRoom(sum.height, header, true);
        m_table.place(sum);
        m_flow.advance(pt(8));
        m_flow.addParagraph(QStringLiteral("Nhận xét: ") + QString(120, QLatin1Char('.')), regular(kBodySize),
                            leftFormat(pt(2)));
        m_flow.addParagraph(QString(125, QLatin1Char('.')), regular(kBodySize), leftFormat(pt(2)));
        signature(m_flow, m_fonts, QStringLiteral("THÀNH VIÊN HỘI ĐỒNG"), m.name);
    }

    using Row = DocumentTable::Row;
    Row row(const QStringList& texts, bool strong) const
    {
        QList<DocumentTable::Cell> cells;
        for (qsizetype i = 0; i < texts.size(); ++i)
            cells.append(m_table.cell({{texts[i], strong ? bold(kTableSize) : regular(kTableSize)}},
                                      m_table.columns()[i], i == 1 ? Align::Left : Align::Center));
        return m_table.row(cells);
    }

    const CouncilPapersData& m_data;
    FontBook m_fonts;
    PageFlow m_flow;
    DocumentTable m_table;
};

class SummaryLayout
{
public:
    SummaryLayout(const CouncilPapersData& data, PagedDocument& document)
        : m_data(data)
        , m_flow(document, m_fonts)
        , m_table(m_fonts, m_flow, kCellPadX, kCellPadY)
    {}

    void run()
    {
        m_flow.startPart();
        heading(m_flow, m_fonts, m_data);
        titleBlock(m_flow, m_fonts, QStringLiteral("BẢNG TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM"), campaignLine(m_data));
        m_flow.addParagraph(
            QStringLiteral("Điểm tổng hợp của mỗi sáng kiến là %1 tổng điểm của các thành viên "
                           "Hội đồng đã nộp phiếu chấm.")
                .arg(m_data.method),
            regular(kBodySize), leftFormat(pt(6)));
        members();
        table();
        signature(m_flow, m_fonts, QStringLiteral("THƯ KÝ HỘI ĐỒNG"), QString());
        m_flow.finish();
    }

private:
    void members()
    {
        for (qsizetype i = 0; i < m_data.members.size(); ++i)
            m_flow.addParagraph(
                QStringLiteral("TV%1: %2, %3").arg(i + 1).arg(m_data.members[i].name, m_data.members[i].role),
                regular(kTableSize), leftFormat(pt(1)));
        m_flow.advance(pt(6));
    }

    void table()
    {
        const qreal width = m_flow.body().width();
        QList<qreal> columns{mm(11), mm(28)};
        const qreal memberColumn = mm(14);
        const qreal score = mm(18);
        const qreal rank = mm(12);
        const qreal flags = mm(30);
        const qreal title =
            width - columns[0] - columns[1] - memberColumn * m_data.members.size() - score - rank - flags;
        columns << std::max(title, mm(40));
        for (qsizetype i = 0; i < m_data.members.size(); ++i)
            columns << memberColumn;
        columns << score << rank << flags;
        m_table.setColumns(columns);

        QStringList headers{QStringLiteral("STT"), QStringLiteral("Mã số"), QStringLiteral("Tên sáng kiến")};
        for (qsizetype i = 0; i < m_data.members.size(); ++i)
            headers << QStringLiteral("TV%1").arg(i + 1);
        headers << QStringLiteral("Điểm tổng hợp") << QStringLiteral("Xếp hạng") << QStringLiteral("Ghi chú");
        const Row header = row(headers, true);
        m_table.ensureRoom(header.height + mm(12), header, false);
        m_table.place(header);
        for (qsizetype i = 0; i < m_data.summary.size(); ++i) {
            const CouncilPapersData::SummaryRow& s = m_data.summary[i];
            QStringList texts{QString::number(i + 1), s.code, s.title};
            for (const auto& t : s.totals)
                texts << (t ? wording::points(*t) : QStringLiteral("—"));
            texts << (s.score ? wording::points(*s.score) : QStringLiteral("—"));
            texts << (s.rank ? QString::number(s.rank) : QStringLiteral("—"));
            QStringList flags;
            for (const QString& f : s.flags)
                flags << wording::rankingFlagName(f);
            texts << flags.join(QStringLiteral("; "));
            const Row r = row(texts, false);
            m_table.ensureRoom(r.height, header, true);
            m_table.place(r);
        }
    }

    using Row = DocumentTable::Row;
    Row row(const QStringList& texts, bool strong) const
    {
        QList<DocumentTable::Cell> cells;
        for (qsizetype i = 0; i < texts.size(); ++i)
            cells.append(m_table.cell({{texts[i], strong ? bold(kTableSize - 1) : regular(kTableSize - 1)}},
                                      m_table.columns()[i], i == 2 ? Align::Left : Align::Center));
        return m_table.row(cells);
    }

    const CouncilPapersData& m_data;
    FontBook m_fonts;
    PageFlow m_flow;
    DocumentTable m_table;
};

} // namespace

Result<CouncilPapersData> CouncilPapersData::fromDatabase(Database& db, qint64 memberId)
{
    const auto campaign = CampaignRepository(db).load();
    if (!campaign)
        return campaign.error();
    const auto roster = CouncilRoster::load(db);
    if (!roster)
        return roster.error();
    const auto ranking = Ranking::compute(db);
    if (!ranking)
        return ranking.error();

    CouncilPapersData d;
    d.issuingBody = campaign->issuingBody;
    d.councilName = wording::councilName();
    d.city = campaign->place;
    d.date = QDate::currentDate();
    d.campaignName = campaign->name;
    d.campaignYear = campaign->year;
    d.criteria = ranking->criteria;
    d.method = wording::aggregationName(ranking->options.method);

    const EntryRepository entries(db);
    CouncilRepository council(db, QString());
    bool found = memberId == 0;
    for (const RosterMember& r : *roster) {
        if (memberId && r.member.id != memberId)
            continue;
        found = true;
        Member m{r.member.id, r.member.fullName, wording::councilRoleName(r.member.role), {}};
        const auto seen = council.entriesFor(r.member.id);
        if (!seen)
            return seen.error();
        for (const MemberEntry& e : *seen) {
            if (!e.scores || e.excluded)
                continue;
            PaperEntry p{e.code, e.title, {}};
            if (const auto entry = entries.load(e.entryId))
                p.nominee = entry->nominee.name;
            m.entries.append(p);
        }
        d.members.append(m);
    }
    if (!found)
        return Error{
            QCoreApplication::translate("CouncilPapers", "There is no council member with the id %1.")
                .arg(memberId),
            QString::number(memberId), ErrorKind::NotFound};

    for (const RankedEntry& e : ranking->entries) {
        SummaryRow s{e.code, e.title, {}, e.score, e.rank, e.flags};
        for (const Member& m : std::as_const(d.members)) {
            std::optional<double> total;
            for (const MemberTotal& t : e.memberTotals)
                if (t.memberId == m.id)
                    total = t.total;
            s.totals.append(total);
        }
        d.summary.append(s);
    }
    return d;
}

PagedDocument layoutScoreSheets(const CouncilPapersData& data)
{
    PagedDocument document;
    document.title = QStringLiteral("Phiếu chấm điểm sáng kiến năm %1").arg(data.campaignYear);
    ScoreSheetLayout(data, document).run();
    return document;
}

PagedDocument layoutScoreSummary(const CouncilPapersData& data)
{
    PagedDocument document;
    // Landscape: a column per member beside the title.
    document.geometry.size = QSizeF(mm(297), mm(210));
    document.geometry.margins = QMarginsF(mm(20), mm(20), mm(15), mm(15));
    document.title = QStringLiteral("Bảng tổng hợp kết quả chấm điểm năm %1").arg(data.campaignYear);
    SummaryLayout(data, document).run();
    return document;
}

Status checkScoreSheets(const CouncilPapersData& data, const QString& path)
{
    int sheets = 0;
    for (const auto& m : data.members)
        sheets += int(m.entries.size());
    if (sheets == 0)
        return Error{QCoreApplication::translate("CouncilPapers",
                                                 "No entry is assigned to a council member yet: there is no "
                                                 "score sheet to print."),
                     path, ErrorKind::Refused};
    return {};
}

Status checkScoreSummary(const CouncilPapersData& data, const QString& path)
{
    if (data.summary.isEmpty())
        return Error{QCoreApplication::translate("CouncilPapers", "No entry is under review yet: there is no "
                                                                  "summary to print."),
                     path, ErrorKind::Refused};
    return {};
}

Status writeScoreSheets(const CouncilPapersData& data, const QString& path)
{
    if (auto ok = checkScoreSheets(data, path); !ok)
        return ok;
    return writePagedDocument(layoutScoreSheets(data), path);
}

Status writeScoreSummary(const CouncilPapersData& data, const QString& path)
{
    if (auto ok = checkScoreSummary(data, path); !ok)
        return ok;
    return writePagedDocument(layoutScoreSummary(data), path);
}

} // namespace sangkien
