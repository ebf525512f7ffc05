#pragma once

#include "campaign_statistics.h"
#include "common/result.h"
#include "documents/document_layout.h"
#include "report_template.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

namespace sangkien {

class Database;
struct ChartData;

// Everything the interim or final report (Báo cáo sơ kết / tổng kết) prints, independent of the database,
// so tests can build one by hand and the layout never queries anything. Laid out by the decision's engine
// (Decree 30/2020: A4, the two-column heading, "Nơi nhận" and the signature block), its body is the
// office's text (ReportTemplate) with the figures filled in, the tables and the charts where it puts them.
struct CampaignReportData
{
    Q_DECLARE_TR_FUNCTIONS(CampaignReportData)

public:
    ReportKind kind = ReportKind::Final;
    QString number; // left blank for the office's register when empty: "Số:      /BC-SKHCN"
    QString symbol; // "BC-SKHCN"
    QDate date;
    QString place;        // "Hưng Yên"
    QString superiorBody; // "UBND tỉnh Hưng Yên"
    QString issuingBody;  // "Sở Khoa học và Công nghệ"
    QString planNumber;   // "44/KH-UBND"
    QString signerName;
    QStringList signerTitle; // {"GIÁM ĐỐC"} or {"KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"}
    QStringList recipients;  // without the dash and the final punctuation
    QString archiveLine;     // "Lưu: VT, VP"
    QString templateText;    // the office's text, or ReportTemplate::defaultText
    CampaignStatistics statistics;

    // Refuses a report without a date, or whose text has unknown placeholders (named).
    Status validate() const;

    // The campaign's facts, figures and stored text (ReportTemplateRepository). signerName may be empty
    // (the office writes it in); a deputy signs "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC".
    // period limits the figures to the entries received in it (an interim report up to a date).
    static Result<CampaignReportData> fromDatabase(Database& db, ReportKind kind, const QDate& date,
                                                   const QString& signerName = {}, bool deputy = false,
                                                   const QString& number = {},
                                                   const StatisticsPeriod& period = {});

    bool operator==(const CampaignReportData&) const = default;
};

// The symbol after a report's number: "BC-SKHCN".
QString reportSymbol();
// "Sơ kết phong trào thi đua “…” năm 2024" (the line under BÁO CÁO).
QString reportSummaryLine(const CampaignReportData& data);
// The body's blocks: the template filled in with the figures.
Result<QList<ReportBlock>> reportBlocks(const CampaignReportData& data);
// The chart a block placeholder names ("bieu_do_noi_dung"), from the figures.
ChartData reportChart(const CampaignStatistics& statistics, const QString& name);

// The pages. Refuses what validate() refuses.
Result<PagedDocument> layoutReport(const CampaignReportData& data);
// As PDF, or as ODT (the charts as PNG pictures) when the path ends in .odt; through a temporary file
// renamed at the end.
Status writeReport(const CampaignReportData& data, const QString& path);

} // namespace sangkien
