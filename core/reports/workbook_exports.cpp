#include "workbook_exports.h"

#include "documents/award_decision_data.h"
#include "documents/document_wording.h"
#include "report_wording.h"
#include "review/ranking.h"
#include "storage/campaign_repository.h"
#include "storage/catalog_repository.h"
#include "storage/council_roster.h"
#include "storage/database.h"
#include "storage/decision_data_query.h"
#include "storage/entry_repository.h"
#include "storage/output_target.h"
#include "storage/ranking_query.h"
#include "storage/report_query.h"
#include "storage/rules_repository.h"

#include <QHash>
#include <QMap>

namespace sangkien {
namespace {

XlsxValue number(double v)
{
    return v;
}

XlsxValue optionalNumber(const std::optional<double>& v)
{
    return v ? XlsxValue(*v) : XlsxValue();
}

QString asOf()
{
    return QStringLiteral("Số liệu đến ngày %1")
        .arg(QDate::currentDate().toString(QStringLiteral("dd/MM/yyyy")));
}

// "Bằng khen của Chủ tịch UBND tỉnh" → "Bằng khen": the tab's name.
QString shortFormName(const QString& formName)
{
    const qsizetype of = formName.indexOf(QStringLiteral(" của "));
    return (of > 0 ? formName.left(of) : formName).left(31);
}

// A breakdown's sheet: the groups, their counts and shares of the whole, and a line of totals.
XlsxSheet countSheet(const QString& name, const QString& title, const QString& subtitle, const QString& group,
                     const QList<CountRow>& rows, bool withCode = false)
{
    XlsxSheet sheet;
    sheet.name = name;
    sheet.title = title;
    sheet.subtitles = {subtitle};
    int total = 0;
    for (const CountRow& r : rows)
        total += r.count;
    if (withCode) {
        sheet.headers = {QStringLiteral("Mã"), group, QStringLiteral("Số hồ sơ"),
                         QStringLiteral("Tỷ lệ (%)")};
        sheet.formats = {XlsxFormat::Text, XlsxFormat::Text, XlsxFormat::Integer, XlsxFormat::Percent};
    } else {
        sheet.headers = {group, QStringLiteral("Số hồ sơ"), QStringLiteral("Tỷ lệ (%)")};
        sheet.formats = {XlsxFormat::Text, XlsxFormat::Integer, XlsxFormat::Percent};
    }
    for (const CountRow& r : rows) {
        XlsxRow row;
        if (withCode)
            row.cells << r.code;
        row.cells << r.label << number(r.count) << (total ? number(100.0 * r.count / total) : XlsxValue());
        sheet.rows << row;
    }
    XlsxRow sum;
    sum.total = true;
    if (withCode)
        sum.cells << QString();
    sum.cells << QStringLiteral("Tổng cộng") << number(total) << (total ? number(100.0) : XlsxValue());
    sheet.rows << sum;
    return sheet;
}

// The comparison across years: a row per figure, a column per year, oldest first.
XlsxSheet yearsSheet(const QList<YearFigures>& years)
{
    XlsxSheet sheet;
    sheet.name = QStringLiteral("Qua các năm");
    sheet.title = QStringLiteral("KẾT QUẢ PHONG TRÀO QUA CÁC NĂM");
    sheet.subtitles = {asOf()};
    sheet.headers << QStringLiteral("Chỉ tiêu");
    sheet.formats << XlsxFormat::Text;
    for (const YearFigures& y : years) {
        sheet.headers << QStringLiteral("Năm %1").arg(y.year);
        sheet.formats << XlsxFormat::Integer;
    }
    auto add = [&](const QString& label, auto value, XlsxFormat format = XlsxFormat::Integer) {
        XlsxRow row{{label}};
        for (const YearFigures& y : years) {
            row.formats.insert(int(row.cells.size()), format);
            row.cells << value(y);
        }
        sheet.rows << row;
    };
    add(QStringLiteral("Tổng số hồ sơ"), [](const YearFigures& y) { return number(y.entries); });
    add(QStringLiteral("Hồ sơ của tập thể"), [](const YearFigures& y) { return number(y.collectives); });
    add(QStringLiteral("Hồ sơ của cá nhân"), [](const YearFigures& y) { return number(y.individuals); });
    add(QStringLiteral("Hồ sơ đã có điểm"), [](const YearFigures& y) { return number(y.scored); });
    add(
        QStringLiteral("Điểm trung bình"), [](const YearFigures& y) { return optionalNumber(y.meanScore); },
        XlsxFormat::Decimal);
    add(QStringLiteral("Tổng số khen thưởng"), [](const YearFigures& y) { return number(y.awards); });
    add(
        QStringLiteral("Lợi ích kinh tế các đơn vị nêu (đồng)"),
        [](const YearFigures& y) { return number(double(y.economicBenefit)); }, XlsxFormat::Money);
    add(QStringLiteral("Đơn vị có hồ sơ"), [](const YearFigures& y) { return number(y.unitsWithEntries); });
    add(QStringLiteral("Đơn vị chưa gửi hồ sơ"), [](const YearFigures& y) { return number(y.silentUnits); });
    return sheet;
}

XlsxSheet awardCountSheet(const QString& name, const QString& title, const QString& subtitle,
                          const CampaignStatistics& s, const QList<AwardCountRow>& rows, bool byUnit)
{
    XlsxSheet sheet;
    sheet.name = name;
    sheet.title = title;
    sheet.subtitles = {subtitle};
    // A unit's row names its area only where the campaign has areas.
    const bool withDistrict = byUnit && s.hasAreas;
    sheet.headers << (byUnit ? QStringLiteral("Đơn vị") : s.areaHeading);
    sheet.formats << XlsxFormat::Text;
    if (withDistrict) {
        sheet.headers << s.areaHeading;
        sheet.formats << XlsxFormat::Text;
    }
    for (const CountRow& f : s.awardsByForm) {
        sheet.headers << f.label;
        sheet.formats << XlsxFormat::Integer;
    }
    sheet.headers << QStringLiteral("Tổng số");
    sheet.formats << XlsxFormat::Integer;
    QList<int> sums(s.awardsByForm.size(), 0);
    int total = 0;
    for (const AwardCountRow& r : rows) {
        XlsxRow row;
        row.cells << r.label;
        if (withDistrict)
            row.cells << (r.district.isEmpty() ? CampaignStatistics::noDistrictLabel() : r.district);
        for (qsizetype i = 0; i < r.byForm.size(); ++i) {
            row.cells << number(r.byForm[i]);
            if (i < sums.size())
                sums[i] += r.byForm[i];
        }
        row.cells << number(r.total);
        total += r.total;
        sheet.rows << row;
    }
    XlsxRow sum;
    sum.total = true;
    sum.cells << QStringLiteral("Tổng cộng");
    if (withDistrict)
        sum.cells << QString();
    for (int v : sums)
        sum.cells << number(v);
    sum.cells << number(total);
    sheet.rows << sum;
    return sheet;
}

} // namespace

QString workbookKindCode(WorkbookKind kind)
{
    switch (kind) {
    case WorkbookKind::Entries:
        return QStringLiteral("entries");
    case WorkbookKind::Ranking:
        return QStringLiteral("ranking");
    case WorkbookKind::Awards:
        return QStringLiteral("awards");
    case WorkbookKind::Statistics:
        break;
    }
    return QStringLiteral("stats");
}

std::optional<WorkbookKind> workbookKindFromCode(const QString& code)
{
    for (WorkbookKind k :
         {WorkbookKind::Entries, WorkbookKind::Ranking, WorkbookKind::Awards, WorkbookKind::Statistics})
        if (workbookKindCode(k) == code)
            return k;
    return std::nullopt;
}

QString WorkbookExport::suggestedFileName(WorkbookKind kind, int year)
{
    switch (kind) {
    case WorkbookKind::Entries:
        return QStringLiteral("danh-sach-ho-so-%1.xlsx").arg(year);
    case WorkbookKind::Ranking:
        return QStringLiteral("xep-hang-%1.xlsx").arg(year);
    case WorkbookKind::Awards:
        return QStringLiteral("danh-sach-khen-thuong-%1.xlsx").arg(year);
    case WorkbookKind::Statistics:
        break;
    }
    return QStringLiteral("thong-ke-%1.xlsx").arg(year);
}

Result<QList<XlsxSheet>> WorkbookExport::entries(Database& db)
{
    const auto campaign = CampaignRepository(db).load();
    if (!campaign)
        return campaign.error();
    const CatalogRepository catalog(db);
    const auto categories = catalog.categories();
    if (!categories)
        return categories.error();
    const auto unitKinds = catalog.unitKinds();
    if (!unitKinds)
        return unitKinds.error();
    const auto forms = RulesRepository(db).awardForms();
    if (!forms)
        return forms.error();
    EntryFilter filter;
    filter.withScores = false; // the ranking's score, below
    const auto list = EntryRepository(db).list(filter);
    if (!list)
        return list.error();
    const auto facts = ReportQuery(db).entryFacts();
    if (!facts)
        return facts.error();
    const auto ranking = Ranking::compute(db);
    if (!ranking)
        return ranking.error();

    QHash<QString, QString> categoryTitle;
    for (const ContentCategory& c : *categories)
        categoryTitle.insert(c.code, c.title);
    QHash<QString, QString> unitKindName;
    for (const UnitKind& k : *unitKinds)
        unitKindName.insert(k.code, k.name);
    QHash<QString, QString> formName;
    for (const AwardForm& f : *forms)
        formName.insert(f.code, f.name);
    QHash<EntryKind, QString> kindName;
    for (EntryKind k : {EntryKind::Initiative, EntryKind::TechnicalImprovement, EntryKind::UsefulSolution})
        kindName.insert(k, catalog.initiativeKindName(k));
    QHash<qint64, const EntryReportFacts*> factsById;
    for (const EntryReportFacts& f : *facts)
        factsById.insert(f.entryId, &f);
    QHash<qint64, const RankedEntry*> rankedById;
    for (const RankedEntry& r : ranking->entries)
        rankedById.insert(r.entryId, &r);

    XlsxSheet sheet;
    sheet.name = QStringLiteral("Hồ sơ");
    sheet.title = QStringLiteral("DANH SÁCH HỒ SƠ ĐỀ NGHỊ CÔNG NHẬN SÁNG KIẾN NĂM %1").arg(campaign->year);
    sheet.subtitles = {campaign->name, asOf() + QStringLiteral(": %1 hồ sơ").arg(list->size())};
    sheet.headers = {QStringLiteral("STT"),
                     QStringLiteral("Mã số"),
                     QStringLiteral("Tên sáng kiến"),
                     QStringLiteral("Loại"),
                     QStringLiteral("Lĩnh vực"),
                     QStringLiteral("Tên lĩnh vực"),
                     QStringLiteral("Đối tượng"),
                     QStringLiteral("Tập thể, cá nhân được đề nghị"),
                     QStringLiteral("Đơn vị"),
                     QStringLiteral("Loại đơn vị"),
                     QStringLiteral("Huyện, khu vực"),
                     QStringLiteral("Tác giả (tỷ lệ đóng góp)"),
                     QStringLiteral("Trạng thái"),
                     QStringLiteral("Ngày nhận hồ sơ"),
                     QStringLiteral("Ngày áp dụng lần đầu"),
                     QStringLiteral("Lợi ích kinh tế (đồng)"),
                     QStringLiteral("Điểm"),
                     QStringLiteral("Xếp hạng"),
                     QStringLiteral("Khen thưởng")};
    sheet.formats = {XlsxFormat::Integer, XlsxFormat::Text,    XlsxFormat::Text, XlsxFormat::Text,
                     XlsxFormat::Text,    XlsxFormat::Text,    XlsxFormat::Text, XlsxFormat::Text,
                     XlsxFormat::Text,    XlsxFormat::Text,    XlsxFormat::Text, XlsxFormat::Text,
                     XlsxFormat::Text,    XlsxFormat::Date,    XlsxFormat::Date, XlsxFormat::Money,
                     XlsxFormat::Decimal, XlsxFormat::Integer, XlsxFormat::Text};
    sheet.autoFilter = true;

    XlsxSheet authors;
    authors.name = QStringLiteral("Tác giả");
    authors.title = QStringLiteral("TÁC GIẢ VÀ TỶ LỆ ĐÓNG GÓP");
    authors.subtitles = {campaign->name};
    authors.headers = {QStringLiteral("STT"), QStringLiteral("Mã số"), QStringLiteral("Tác giả"),
                       QStringLiteral("Tỷ lệ đóng góp (%)")};
    authors.formats = {XlsxFormat::Integer, XlsxFormat::Text, XlsxFormat::Text, XlsxFormat::Percent};
    authors.autoFilter = true;

    int number = 0;
    int authorNumber = 0;
    for (const EntrySummary& e : *list) {
        const EntryReportFacts* f = factsById.value(e.id);
        const RankedEntry* r = rankedById.value(e.id);
        QStringList names;
        for (const EntrySummary::AuthorShare& a : e.authors) {
            names << QStringLiteral("%1 (%2%)").arg(a.name, QString::number(a.share, 'g', 6));
            authors.rows << XlsxRow{{double(++authorNumber), e.code, a.name, a.share}};
        }
        XlsxRow row;
        row.cells << double(++number) << e.code << e.title << kindName.value(e.kind) << e.categoryCode
                  << categoryTitle.value(e.categoryCode) << wording::nomineeKindName(e.nomineeKind)
                  << e.nominee << e.unit << unitKindName.value(e.unitKindCode) << e.district
                  << names.join(QStringLiteral("; ")) << wording::statusName(e.status)
                  << (f ? XlsxValue(f->receivedOn) : XlsxValue())
                  << (f ? XlsxValue(f->firstAppliedOn) : XlsxValue())
                  << (f && f->economicBenefit ? XlsxValue(double(*f->economicBenefit)) : XlsxValue())
                  << (r ? optionalNumber(r->score) : XlsxValue())
                  << (r && r->rank ? XlsxValue(double(r->rank)) : XlsxValue()) << formName.value(e.awardCode);
        sheet.rows << row;
    }
    return QList<XlsxSheet>{sheet, authors};
}

Result<QList<XlsxSheet>> WorkbookExport::ranking(Database& db)
{
    const auto campaign = CampaignRepository(db).load();
    if (!campaign)
        return campaign.error();
    const auto ranking = Ranking::compute(db);
    if (!ranking)
        return ranking.error();
    const auto roster = CouncilRoster::load(db);
    if (!roster)
        return roster.error();
    const auto points = RankingQuery(db).submittedPoints();
    if (!points)
        return points.error();

    // Members in the council's order, each a column of totals.
    QList<qint64> memberIds;
    QHash<qint64, QString> memberName;
    for (const RosterMember& m : *roster) {
        memberIds << m.member.id;
        memberName.insert(m.member.id, m.member.fullName);
    }

    XlsxSheet sheet;
    sheet.name = QStringLiteral("Xếp hạng");
    sheet.title = QStringLiteral("BẢNG XẾP HẠNG SÁNG KIẾN NĂM %1").arg(campaign->year);
    sheet.subtitles = {campaign->name,
                       QStringLiteral("Điểm của sáng kiến: %1 tổng điểm của các thành viên Hội đồng")
                           .arg(wording::aggregationName(ranking->options.method))};
    sheet.headers = {QStringLiteral("Hạng"),          QStringLiteral("Mã số"),
                     QStringLiteral("Tên sáng kiến"), QStringLiteral("Tập thể, cá nhân được đề nghị"),
                     QStringLiteral("Đối tượng"),     QStringLiteral("Điểm")};
    sheet.formats = {XlsxFormat::Integer, XlsxFormat::Text, XlsxFormat::Text,
                     XlsxFormat::Text,    XlsxFormat::Text, XlsxFormat::Decimal};
    for (qint64 id : memberIds) {
        sheet.headers << memberName.value(id);
        sheet.formats << XlsxFormat::Decimal;
    }
    sheet.headers << QStringLiteral("Số thành viên chấm") << QStringLiteral("Độ lệch")
                  << QStringLiteral("Ghi chú");
    sheet.formats << XlsxFormat::Integer << XlsxFormat::Decimal << XlsxFormat::Text;
    sheet.autoFilter = true;

    for (const RankedEntry& r : ranking->entries) {
        XlsxRow row;
        row.cells << (r.rank ? XlsxValue(double(r.rank)) : XlsxValue()) << r.code << r.title << r.nominee
                  << wording::nomineeKindName(r.nomineeKind) << optionalNumber(r.score);
        QHash<qint64, double> totals;
        for (const MemberTotal& t : r.memberTotals)
            totals.insert(t.memberId, t.total);
        for (qint64 id : memberIds)
            row.cells << (totals.contains(id) ? XlsxValue(totals.value(id)) : XlsxValue());
        QStringList flags;
        for (const QString& f : r.flags)
            flags << wording::rankingFlagName(f);
        if (r.tied)
            flags << QStringLiteral("bằng điểm");
        row.cells << double(r.memberTotals.size())
                  << (r.memberTotals.isEmpty() ? XlsxValue() : number(r.spread))
                  << flags.join(QStringLiteral(", "));
        sheet.rows << row;
    }

    // Each eligible member's points per criterion, entry by entry in ranking order.
    XlsxSheet detail;
    detail.name = QStringLiteral("Điểm theo tiêu chí");
    detail.title = QStringLiteral("ĐIỂM CHẤM THEO TIÊU CHÍ CỦA TỪNG THÀNH VIÊN");
    detail.subtitles = {campaign->name};
    detail.headers = {QStringLiteral("Mã số"), QStringLiteral("Thành viên Hội đồng")};
    detail.formats = {XlsxFormat::Text, XlsxFormat::Text};
    QHash<qint64, int> criterionColumn;
    for (const Criterion& c : ranking->criteria) {
        criterionColumn.insert(c.id, int(detail.headers.size()));
        detail.headers << QStringLiteral("%1 (tối đa %2)").arg(c.name, QString::number(c.maxPoints, 'g', 6));
        detail.formats << XlsxFormat::Decimal;
    }
    detail.headers << QStringLiteral("Tổng điểm");
    detail.formats << XlsxFormat::Decimal;
    detail.autoFilter = true;
    // entry → member → criterion → points
    QHash<qint64, QHash<qint64, QHash<qint64, double>>> byEntry;
    for (const SubmittedPoint& p : *points)
        byEntry[p.entryId][p.memberId][p.criterionId] = p.points;
    for (const RankedEntry& r : ranking->entries) {
        for (const MemberTotal& t : r.memberTotals) {
            XlsxRow row;
            row.cells.resize(detail.headers.size());
            row.cells[0] = r.code;
            row.cells[1] = memberName.value(t.memberId);
            const QHash<qint64, double> sheetPoints = byEntry.value(r.entryId).value(t.memberId);
            for (auto it = sheetPoints.cbegin(); it != sheetPoints.cend(); ++it)
                if (criterionColumn.contains(it.key()))
                    row.cells[criterionColumn.value(it.key())] = it.value();
            row.cells.last() = t.total;
            detail.rows << row;
        }
    }
    return QList<XlsxSheet>{sheet, detail};
}

Result<QList<XlsxSheet>> WorkbookExport::awards(Database& db)
{
    const auto campaign = CampaignRepository(db).load();
    if (!campaign)
        return campaign.error();
    const auto forms = RulesRepository(db).awardForms();
    if (!forms)
        return forms.error();
    QList<XlsxSheet> sheets;
    const DecisionDataQuery query(db);
    for (const AwardForm& form : *forms) {
        const auto awardees = query.awardees(form.code);
        if (!awardees)
            return awardees.error();
        if (awardees->isEmpty())
            continue;
        // The same order as the decision's attached list.
        AwardDecisionData data;
        for (const Awardee& a : *awardees)
            (a.kind == NomineeKind::Collective ? data.collectives : data.individuals).append(a);
        data.sortAwardees();

        XlsxSheet sheet;
        sheet.name = shortFormName(form.name);
        sheet.title = wording::listTitle();
        // The chairman's certificate is proposed to the province; the director's is decided.
        sheet.subtitles = {form.code == QLatin1String("chairman") ? wording::proposalListSubject(form.name)
                                                                  : wording::decisionListSubject(form.name),
                           QStringLiteral("Phong trào %1 năm %2").arg(campaign->name).arg(campaign->year)};
        sheet.headers = {wording::columnNumber(), wording::columnName(), QStringLiteral("Chức vụ, đơn vị"),
                         wording::columnTitle(), wording::columnCode()};
        sheet.formats = {XlsxFormat::Integer, XlsxFormat::Text, XlsxFormat::Text, XlsxFormat::Text,
                         XlsxFormat::Text};
        int section = 0;
        auto addSection = [&](const QString& name, const QList<Awardee>& list) {
            if (list.isEmpty())
                return;
            XlsxRow title;
            title.section = true;
            title.cells << wording::roman(++section) + QStringLiteral(". ") + name;
            sheet.rows << title;
            for (qsizetype i = 0; i < list.size(); ++i) {
                const Awardee& a = list[i];
                QStringList details;
                if (!a.position.trimmed().isEmpty())
                    details << a.position.trimmed();
                if (!a.unit.trimmed().isEmpty() && !a.name.contains(a.unit.trimmed(), Qt::CaseInsensitive))
                    details << a.unit.trimmed();
                sheet.rows << XlsxRow{{double(i + 1), a.name, details.join(QStringLiteral(", ")),
                                       a.initiativeTitle, a.entryCode}};
            }
        };
        addSection(wording::collectivesSection(), data.collectives);
        addSection(wording::individualsSection(), data.individuals);
        sheets << sheet;
    }
    if (sheets.isEmpty()) {
        XlsxSheet none;
        none.name = QStringLiteral("Khen thưởng");
        none.title = wording::listTitle();
        none.subtitles = {QStringLiteral("Chưa có tập thể, cá nhân nào được đề xuất khen thưởng")};
        none.headers = {wording::columnNumber(), wording::columnName(), QStringLiteral("Chức vụ, đơn vị"),
                        wording::columnTitle(), wording::columnCode()};
        sheets << none;
    }
    return sheets;
}

QList<XlsxSheet> WorkbookExport::statistics(const CampaignStatistics& s, const QList<YearFigures>& years)
{
    QString subtitle = QStringLiteral("Phong trào %1 năm %2").arg(s.campaignName).arg(s.year);
    if (!s.period.isAll())
        subtitle += QStringLiteral(", hồ sơ nhận %1").arg(s.period.wording());
    const bool districts = s.areaHeading.startsWith(QStringLiteral("Huyện"));
    const QString areaTitle = districts ? QStringLiteral("HUYỆN, THÀNH PHỐ") : QStringLiteral("KHU VỰC");
    QList<XlsxSheet> sheets;

    XlsxSheet summary;
    summary.name = QStringLiteral("Tổng hợp");
    summary.title = QStringLiteral("KẾT QUẢ PHONG TRÀO SÁNG KIẾN NĂM %1").arg(s.year);
    summary.subtitles = {subtitle, asOf()};
    summary.headers = {QStringLiteral("Chỉ tiêu"), QStringLiteral("Số liệu")};
    summary.formats = {XlsxFormat::Text, XlsxFormat::Integer};
    auto add = [&](const QString& label, const XlsxValue& value, XlsxFormat format = XlsxFormat::Integer) {
        XlsxRow row{{label, value}};
        row.formats.insert(1, format);
        summary.rows << row;
    };
    add(QStringLiteral("Tổng số hồ sơ"), number(s.entries));
    add(QStringLiteral("Hồ sơ của tập thể"), number(s.collectives));
    add(QStringLiteral("Hồ sơ của cá nhân"), number(s.individuals));
    add(QStringLiteral("Hồ sơ đã có điểm"), number(s.scored));
    add(QStringLiteral("Điểm trung bình"), optionalNumber(s.meanScore), XlsxFormat::Decimal);
    add(QStringLiteral("Điểm thấp nhất"), optionalNumber(s.minScore), XlsxFormat::Decimal);
    add(QStringLiteral("Điểm cao nhất"), optionalNumber(s.maxScore), XlsxFormat::Decimal);
    add(QStringLiteral("Tổng số khen thưởng"), number(s.awards));
    for (const CountRow& f : s.awardsByForm)
        add(f.label, number(f.count));
    add(QStringLiteral("Lợi ích kinh tế các đơn vị nêu (đồng)"), number(double(s.economicBenefit)),
        XlsxFormat::Money);
    add(QStringLiteral("Hồ sơ nêu lợi ích kinh tế"), number(s.entriesWithBenefit));
    add(QStringLiteral("Đơn vị có hồ sơ"), number(s.unitsWithEntries));
    add(QStringLiteral("Đơn vị chưa gửi hồ sơ"), number(double(s.silentUnits.size())));
    sheets << summary;

    XlsxSheet categories = countSheet(QStringLiteral("Theo lĩnh vực"), QStringLiteral("HỒ SƠ THEO LĨNH VỰC"),
                                      subtitle, QStringLiteral("Lĩnh vực"), s.byCategory, true);
    // The mean score of each category beside its count.
    categories.headers << QStringLiteral("Số hồ sơ có điểm") << QStringLiteral("Điểm trung bình");
    categories.formats << XlsxFormat::Integer << XlsxFormat::Decimal;
    QHash<QString, CategoryScore> scoreOf;
    for (const CategoryScore& c : s.meanByCategory)
        scoreOf.insert(c.code, c);
    for (XlsxRow& row : categories.rows) {
        if (row.total) {
            row.cells << number(s.scored) << optionalNumber(s.meanScore);
            continue;
        }
        const CategoryScore c = scoreOf.value(std::get<QString>(row.cells.first()));
        row.cells << number(c.scored) << optionalNumber(c.mean);
    }
    sheets << categories;
    sheets << countSheet(QStringLiteral("Theo loại"), QStringLiteral("HỒ SƠ THEO LOẠI SÁNG KIẾN"), subtitle,
                         QStringLiteral("Loại"), s.byKind);
    sheets << countSheet(QStringLiteral("Theo loại đơn vị"), QStringLiteral("HỒ SƠ THEO LOẠI ĐƠN VỊ"),
                         subtitle, QStringLiteral("Loại đơn vị"), s.byUnitKind);
    if (s.hasAreas)
        sheets << countSheet(districts ? QStringLiteral("Theo huyện") : QStringLiteral("Theo khu vực"),
                             QStringLiteral("HỒ SƠ THEO ") + areaTitle, subtitle, s.areaHeading,
                             s.byDistrict);
    sheets << countSheet(QStringLiteral("Theo trạng thái"), QStringLiteral("HỒ SƠ THEO TRẠNG THÁI"), subtitle,
                         QStringLiteral("Trạng thái"), s.byStatus);
    sheets << countSheet(
        QStringLiteral("Đối tượng"), QStringLiteral("HỒ SƠ CỦA TẬP THỂ VÀ CÁ NHÂN"), subtitle,
        QStringLiteral("Đối tượng"),
        {{QStringLiteral("collective"), wording::nomineeKindName(NomineeKind::Collective), s.collectives},
         {QStringLiteral("individual"), wording::nomineeKindName(NomineeKind::Individual), s.individuals}});
    QList<CountRow> bins;
    for (const ScoreBin& b : s.scoreBins)
        bins.append({QString(), b.label, b.count});
    sheets << countSheet(QStringLiteral("Phân bố điểm"), QStringLiteral("PHÂN BỐ ĐIỂM CỦA CÁC HỒ SƠ ĐÃ CHẤM"),
                         subtitle, QStringLiteral("Khoảng điểm"), bins);
    sheets << awardCountSheet(QStringLiteral("Khen thưởng theo đơn vị"),
                              QStringLiteral("KHEN THƯỞNG THEO ĐƠN VỊ"), subtitle, s, s.awardsByUnit, true);
    if (s.hasAreas)
        sheets << awardCountSheet(
            districts ? QStringLiteral("Khen thưởng theo huyện") : QStringLiteral("Khen thưởng theo khu vực"),
            QStringLiteral("KHEN THƯỞNG THEO ") + areaTitle, subtitle, s, s.awardsByDistrict, false);

    XlsxSheet silent;
    silent.name = QStringLiteral("Đơn vị chưa gửi");
    silent.title = QStringLiteral("ĐƠN VỊ CHƯA GỬI HỒ SƠ NĂM %1").arg(s.year);
    silent.subtitles = {subtitle};
    silent.headers = {QStringLiteral("STT"), QStringLiteral("Đơn vị"), QStringLiteral("Loại đơn vị")};
    silent.formats = {XlsxFormat::Integer, XlsxFormat::Text, XlsxFormat::Text};
    if (s.hasAreas) {
        silent.headers << s.areaHeading;
        silent.formats << XlsxFormat::Text;
    }
    for (qsizetype i = 0; i < s.silentUnits.size(); ++i) {
        const SilentUnit& u = s.silentUnits[i];
        XlsxRow row{{double(i + 1), u.name, u.kind}};
        if (s.hasAreas)
            row.cells << u.district;
        silent.rows << row;
    }
    sheets << silent;
    if (!years.isEmpty())
        sheets << yearsSheet(years);
    return sheets;
}

Result<QList<XlsxSheet>> WorkbookExport::sheets(Database& db, WorkbookKind kind)
{
    switch (kind) {
    case WorkbookKind::Entries:
        return entries(db);
    case WorkbookKind::Ranking:
        return ranking(db);
    case WorkbookKind::Awards:
        return awards(db);
    case WorkbookKind::Statistics:
        break;
    }
    const auto s = computeStatistics(db);
    if (!s)
        return s.error();
    return statistics(*s);
}

Result<int> WorkbookExport::write(Database& db, WorkbookKind kind, const QString& path)
{
    if (const Status s = OutputTarget::check(path, {db.path()}); !s)
        return s.error();
    const auto made = sheets(db, kind);
    if (!made)
        return made.error();
    if (const Status s = save(*made, path); !s)
        return s.error();
    return dataRows(*made, kind);
}

Status WorkbookExport::save(const QList<XlsxSheet>& sheets, const QString& path)
{
    return XlsxWorkbook::write({sheets.isEmpty() ? QString() : sheets.first().title, sheets}, path);
}

int WorkbookExport::dataRows(const QList<XlsxSheet>& sheets, WorkbookKind kind)
{
    int rows = 0;
    for (qsizetype i = 0; i < sheets.size(); ++i) {
        if (i > 0 && kind != WorkbookKind::Awards)
            break;
        for (const XlsxRow& r : sheets[i].rows)
            rows += (r.section || r.total) ? 0 : 1;
    }
    return rows;
}

} // namespace sangkien
