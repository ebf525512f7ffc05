#include "meeting_minutes.h"

#include "award_decision_data.h"
#include "decision_document.h"
#include "document_painter.h"
#include "document_table.h"
#include "document_wording.h"
#include "paged_odt.h"
#include "review/ranking.h"
#include "storage/campaign_repository.h"
#include "storage/council_roster.h"
#include "storage/database.h"
#include "storage/entry_repository.h"
#include "storage/meeting_repository.h"
#include "text/vietnamese_text.h"

#include <QHash>
#include <algorithm>
#include <cmath>

namespace sangkien {

namespace {

// The minutes' own wording (document content, not the program's UI: not translated).
namespace minutes {

QString title()
{
    return QStringLiteral("BIÊN BẢN");
}
QString symbol()
{
    return QStringLiteral("BB-HĐSK");
}

QString passed()
{
    return QStringLiteral("đạt");
}

QString failed()
{
    return QStringLiteral("không đạt");
}
} // namespace minutes

constexpr qreal kTableSize = 12;

ParagraphFormat bodyFormat(qreal indent = mm(12.7))
{
    ParagraphFormat f;
    f.align = Align::Justify;
    f.firstLineIndent = indent;
    f.spaceAfter = pt(6);
    return f;
}

ParagraphFormat listFormat()
{
    ParagraphFormat f;
    f.align = Align::Left;
    f.firstLineIndent = mm(12.7);
    f.spaceAfter = pt(2);
    return f;
}

QString numberLine(const MeetingMinutesData& d)
{
    // The number is left blank for the office's register: "Số:        /BB-HĐSK".
    return wording::numberPrefix() + QString(8, QChar(0x00A0)) + QLatin1Char('/') + d.symbol;
}

class MinutesLayout
{
public:
    MinutesLayout(const MeetingMinutesData& data, PagedDocument& document)
        : m_data(data)
        , m_flow(document, m_fonts)
        , m_table(m_fonts, m_flow, kCellPadX, kCellPadY)
    {}

    void run()
    {
        m_flow.startPart();
        header();
        titleBlock();
        opening();
        attendance();
        votes();
        closing();
        signature();
        m_flow.finish();
    }

private:
    // The header block of documents.md: issuing body and council left, national title and motto right,
    // the number and the place and date on one baseline under them.
    void header()
    {
        placeHeading(m_flow, m_fonts,
                     {m_data.issuingBody, m_data.councilName, numberLine(m_data),
                      m_data.city + QStringLiteral(", ") + text::documentDate(m_data.date)});
    }

    void titleBlock()
    {
        const QRectF body = m_flow.body();
        m_flow.addParagraph(minutes::title(), bold(kBodySize), centred());
        QString summary = QStringLiteral("Họp %1").arg(m_data.councilName);
        if (!m_data.campaignName.isEmpty())
            summary += QStringLiteral(" phong trào thi đua “%1” năm %2")
                           .arg(m_data.campaignName)
                           .arg(m_data.campaignYear);
        const auto lines = breakLines(m_fonts, summary, bold(kBodySize), centred(), body.width());
        m_flow.addLines(lines, body.left());
        const qreal ruleY = m_flow.y() + kRuleGap;
        addRule(m_flow.page(), body.center().x(), ruleY, std::clamp(widestLine(lines) / 3, mm(30), mm(60)));
        m_flow.setY(ruleY + pt(15));
    }

    void labelled(const QString& label, const QString& value)
    {
        m_flow.addParagraph({{label, bold(kBodySize)}, {value, regular(kBodySize)}}, bodyFormat());
    }

    void opening()
    {
        labelled(QStringLiteral("Thời gian: "),
                 QStringLiteral("%1 (%2).")
                     .arg(text::documentDate(m_data.date), unbreakable(text::shortDate(m_data.date))));
        if (!m_data.meetingPlace.isEmpty())
            labelled(QStringLiteral("Địa điểm: "), m_data.meetingPlace + QLatin1Char('.'));
        if (!m_data.chairName.isEmpty())
            labelled(QStringLiteral("Chủ trì: "), m_data.chairName + QStringLiteral(", Chủ tịch Hội đồng."));
        if (!m_data.secretaryName.isEmpty())
            labelled(QStringLiteral("Thư ký: "), m_data.secretaryName + QStringLiteral(", Thư ký Hội đồng."));
    }

    void attendance()
    {
        QList<MinutesMember> present;
        QList<MinutesMember> absent;
        for (const MinutesMember& m : m_data.members)
            (m.present ? present : absent).append(m);
        labelled(QStringLiteral("Thành viên Hội đồng có mặt: "),
                 QStringLiteral("%1/%2 thành viên.").arg(present.size()).arg(m_data.memberCount));
        for (qsizetype i = 0; i < present.size(); ++i)
            m_flow.addParagraph({{QStringLiteral("%1. ").arg(i + 1), regular(kBodySize)},
                                 {present[i].name, bold(kBodySize)},
                                 {QStringLiteral(", %1;").arg(present[i].role), regular(kBodySize)}},
                                listFormat());
        if (absent.isEmpty()) {
            labelled(QStringLiteral("Thành viên Hội đồng vắng mặt: "), QStringLiteral("không."));
        } else {
            labelled(QStringLiteral("Thành viên Hội đồng vắng mặt: "),
                     QStringLiteral("%1 thành viên.").arg(absent.size()));
            for (qsizetype i = 0; i < absent.size(); ++i) {
                QString detail = QStringLiteral(", %1").arg(absent[i].role);
                if (!absent[i].absenceReason.trimmed().isEmpty())
                    detail += QStringLiteral(" (lý do: %1)").arg(absent[i].absenceReason.trimmed());
                m_flow.addParagraph({{QStringLiteral("%1. ").arg(i + 1), regular(kBodySize)},
                                     {absent[i].name, bold(kBodySize)},
                                     {detail + QLatin1Char(';'), regular(kBodySize)}},
                                    listFormat());
            }
        }
        const int needed = int(std::ceil(m_data.memberCount * m_data.quorumRatio - 1e-9));
        const QString quorum =
            m_data.quorum
                ? QStringLiteral("Số thành viên có mặt là %1/%2, đạt từ %3 tổng số thành viên Hội đồng trở "
                                 "lên (tối thiểu %4 thành viên); cuộc họp đủ điều kiện tiến hành theo quy "
                                 "định.")
                : QStringLiteral("Số thành viên có mặt là %1/%2, chưa đạt %3 tổng số thành viên Hội đồng "
                                 "(tối thiểu %4 thành viên); cuộc họp không đủ điều kiện để biểu quyết.");
        m_flow.addParagraph(quorum.arg(m_data.presentCount)
                                .arg(m_data.memberCount)
                                .arg(ratioText(m_data.quorumRatio))
                                .arg(needed),
                            italic(kBodySize), bodyFormat());
    }

    void votes()
    {
        const int needed = int(std::ceil(m_data.memberCount * m_data.passRatio - 1e-9));
        m_flow.addParagraph(
            QStringLiteral("Hội đồng đã xem xét, chấm điểm và biểu quyết từng sáng kiến. Sáng kiến được công "
                           "nhận khi có từ %1 tổng số thành viên Hội đồng trở lên đồng ý (tối thiểu %2/%3 "
                           "thành viên). Kết quả như sau:")
                .arg(ratioText(m_data.passRatio))
                .arg(needed)
                .arg(m_data.memberCount),
            regular(kBodySize), bodyFormat());
        if (!m_data.method.isEmpty())
            m_flow.addParagraph(
                QStringLiteral("Điểm của mỗi sáng kiến là %1 tổng điểm của các thành viên Hội "
                               "đồng đã nộp phiếu chấm.")
                    .arg(m_data.method),
                regular(kBodySize), bodyFormat());
        if (m_data.entries.isEmpty()) {
            m_flow.addParagraph(QStringLiteral("Chưa có sáng kiến nào được biểu quyết."), italic(kBodySize),
                                bodyFormat());
            return;
        }
        setUpColumns();
        const Row header = headerRow();
        m_table.ensureRoom(header.height + mm(12), header, false);
        m_table.place(header);
        for (qsizetype i = 0; i < m_data.entries.size(); ++i) {
            const Row row = entryRow(int(i + 1), m_data.entries[i]);
            m_table.ensureRoom(row.height, header, true);
            m_table.place(row);
        }
        m_flow.advance(pt(6));
        int passing = 0;
        for (const MinutesEntry& e : m_data.entries)
            passing += e.passes ? 1 : 0;
        m_flow.addParagraph(QStringLiteral("Tổng hợp: %1/%2 sáng kiến đạt; %3 sáng kiến không đạt.")
                                .arg(passing)
                                .arg(m_data.entries.size())
                                .arg(m_data.entries.size() - passing),
                            regular(kBodySize), bodyFormat());
    }

    void closing()
    {
        if (!m_data.notes.trimmed().isEmpty())
            labelled(QStringLiteral("Ý kiến khác: "), m_data.notes.trimmed());
        m_flow.addParagraph(QStringLiteral("Biên bản đã được thông qua tại cuộc họp, các thành viên Hội đồng "
                                           "có mặt thống nhất với nội dung trên./."),
                            regular(kBodySize), bodyFormat());
    }

    // The secretary bottom left, the chair bottom right: title, space for the signature, name.
    void signature()
    {
        const QRectF body = m_flow.body();
        const qreal half = body.width() / 2;
        auto block = [&](const QString& title, const QString& name) {
            QList<TextLine> lines = breakLines(m_fonts, title, bold(kBodySize), centred(), half);
            return std::make_pair(lines, breakLines(m_fonts, name, bold(kBodySize), centred(), half));
        };
        const auto secretary = block(QStringLiteral("THƯ KÝ HỘI ĐỒNG"), m_data.secretaryName);
        const auto chair = block(QStringLiteral("CHỦ TỊCH HỘI ĐỒNG"), m_data.chairName);
        const qreal height = std::max(linesHeight(secretary.first) + linesHeight(secretary.second),
                                      linesHeight(chair.first) + linesHeight(chair.second)) +
                             mm(25);
        m_flow.advance(pt(12));
        m_flow.keepTogether(height);
        const qreal top = m_flow.y();
        Page& page = m_flow.page();
        qreal bottom = top;
        for (const auto& [side, x] :
             {std::make_pair(secretary, body.left()), std::make_pair(chair, body.left() + half)}) {
            qreal y = placeLines(page, side.first, x, top) + mm(25);
            y = placeLines(page, side.second, x, y);
            bottom = std::max(bottom, y);
        }
        m_flow.setY(bottom);
    }

    using Cell = DocumentTable::Cell;
    using Row = DocumentTable::Row;
    static constexpr qreal kCellPadX = 1.2; // mm
    static constexpr qreal kCellPadY = 1.0; // mm

    void setUpColumns()
    {
        const qreal width = m_flow.body().width();
        qreal codeWidth = m_fonts.advance(bold(kTableSize), QStringLiteral("Mã số"));
        for (const MinutesEntry& e : m_data.entries)
            codeWidth = std::max(codeWidth, m_fonts.advance(regular(kTableSize), e.code));
        codeWidth = std::min(codeWidth + 2 * mm(kCellPadX) + pt(1), mm(34));
        const qreal number = mm(11.5);
        const qreal score = mm(15);
        const qreal agree = mm(17);
        const qreal disagree = mm(18);
        const qreal result = m_fonts.advance(bold(kTableSize), minutes::failed()) + 2 * mm(kCellPadX) + mm(1);
        const qreal title = width - number - codeWidth - score - agree - disagree - result;
        m_table.setColumns({number, codeWidth, title, score, agree, disagree, result});
    }

    Cell cell(const QList<Span>& spans, qreal width, Align align) const
    {
        return m_table.cell(spans, width, align);
    }
    Row finishRow(QList<Cell> cells) const { return m_table.row(std::move(cells)); }
    Row headerRow() const
    {
        const QStringList titles = {QStringLiteral("STT"),           QStringLiteral("Mã số"),
                                    QStringLiteral("Tên sáng kiến"), QStringLiteral("Điểm"),
                                    QStringLiteral("Đồng ý"),        QStringLiteral("Không đồng ý"),
                                    QStringLiteral("Kết quả")};
        QList<Cell> cells;
        for (qsizetype i = 0; i < titles.size(); ++i)
            cells.append(cell({{titles[i], bold(kTableSize)}}, m_table.columns()[i], Align::Center));
        return finishRow(cells);
    }
    Row entryRow(int number, const MinutesEntry& e) const
    {
        QList<Cell> cells;
        cells.append(
            cell({{QString::number(number), regular(kTableSize)}}, m_table.columns()[0], Align::Center));
        cells.append(cell({{e.code, regular(kTableSize)}}, m_table.columns()[1], Align::Center));
        Cell title = cell({{e.title, regular(kTableSize)}}, m_table.columns()[2], Align::Left);
        if (!e.nominee.trimmed().isEmpty())
            title.lines +=
                cell({{e.nominee.trimmed(), italic(kTableSize - 1)}}, m_table.columns()[2], Align::Left)
                    .lines;
        cells.append(title);
        cells.append(cell({{e.score ? wording::points(*e.score) : QStringLiteral("—"), regular(kTableSize)}},
                          m_table.columns()[3], Align::Center));
        cells.append(
            cell({{QString::number(e.agree), regular(kTableSize)}}, m_table.columns()[4], Align::Center));
        cells.append(
            cell({{QString::number(e.disagree), regular(kTableSize)}}, m_table.columns()[5], Align::Center));
        cells.append(cell({{e.passes ? minutes::passed() : minutes::failed(), bold(kTableSize)}},
                          m_table.columns()[6], Align::Center));
        return finishRow(cells);
    }

    const MeetingMinutesData& m_data;
    FontBook m_fonts;
    PageFlow m_flow;
    DocumentTable m_table;
};

} // namespace

QString ratioText(double ratio)
{
    for (int d = 2; d <= 5; ++d)
        for (int n = 1; n < d; ++n)
            if (std::abs(ratio - double(n) / d) < 1e-6)
                return QStringLiteral("%1/%2").arg(n).arg(d);
    return QString::number(ratio * 100, 'g', 4).replace(QLatin1Char('.'), QLatin1Char(',')) +
           QLatin1Char('%');
}

Status MeetingMinutesData::validate() const
{
    if (!date.isValid())
        return Error{tr("The minutes have no date."), {}, ErrorKind::Refused};
    if (memberCount <= 0 || members.isEmpty())
        return Error{tr("The minutes name no council member."), {}, ErrorKind::Refused};
    return {};
}

Result<MeetingMinutesData> MeetingMinutesData::fromDatabase(Database& db, qint64 meetingId)
{
    MeetingRepository repository(db, {});
    const auto meeting = repository.load(meetingId);
    if (!meeting)
        return meeting.error();
    const auto voted = repository.votes(meetingId);
    if (!voted)
        return voted.error();
    const auto campaign = CampaignRepository(db).load();
    if (!campaign)
        return campaign.error();
    const auto roster = CouncilRoster::load(db);
    if (!roster)
        return roster.error();

    MeetingMinutesData d;
    d.issuingBody = campaign->issuingBody;
    d.councilName = wording::councilName();
    d.symbol = minutes::symbol();
    d.city = campaign->place;
    d.date = meeting->date;
    d.meetingPlace = meeting->place;
    d.campaignName = campaign->name;
    d.campaignYear = campaign->year;
    d.notes = meeting->notes;
    d.memberCount = meeting->members;
    d.presentCount = meeting->present;
    d.quorumRatio = meeting->quorumRatio;
    d.quorum = meeting->quorum;
    d.passRatio = voted->isEmpty() ? campaign->passRatio : voted->first().passRatio;

    QHash<qint64, RosterMember> byId;
    for (const RosterMember& r : *roster)
        byId.insert(r.member.id, r);
    d.chairName = byId.value(meeting->chairId).member.fullName;
    d.secretaryName = byId.value(meeting->secretaryId).member.fullName;
    for (const Attendance& a : meeting->attendance) {
        const RosterMember r = byId.value(a.memberId);
        d.members.append(
            {r.member.fullName, wording::councilRoleName(r.member.role), a.present, a.absenceReason});
    }

    QHash<qint64, std::optional<double>> scores;
    if (!voted->isEmpty()) {
        const auto ranking = Ranking::compute(db);
        if (!ranking)
            return ranking.error();
        for (const RankedEntry& e : ranking->entries)
            scores.insert(e.entryId, e.score);
        d.method = wording::aggregationName(ranking->options.method);
    }
    const EntryRepository entries(db);
    for (const VoteRecord& v : *voted) {
        MinutesEntry e;
        e.code = v.entryCode;
        if (const auto entry = entries.load(v.entryId)) {
            e.title = entry->title;
            e.nominee = entry->nominee.name;
        }
        e.score = scores.value(v.entryId);
        e.secret = v.mode == VoteMode::Secret;
        e.agree = v.agree;
        e.disagree = v.disagree;
        e.blank = v.blank;
        e.passes = v.passes;
        d.entries.append(e);
    }
    return d;
}

PagedDocument layoutMinutes(const MeetingMinutesData& data)
{
    PagedDocument document;
    document.title = QStringLiteral("Biên bản họp Hội đồng ngày ") + text::shortDate(data.date);
    MinutesLayout(data, document).run();
    return document;
}

Status writeMinutes(const MeetingMinutesData& data, const QString& path)
{
    if (auto ok = data.validate(); !ok)
        return ok;
    return writePagedDocument(layoutMinutes(data), path);
}

} // namespace sangkien
