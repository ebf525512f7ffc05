#pragma once

#include "campaign_statistics.h"
#include "common/result.h"
#include "xlsx_workbook.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace sangkien {

class Database;

// The Excel workbooks the office sends or keeps (issue 17, item 4): the same four from the window's
// *Tệp › Xuất Excel* and `sangkien-cli export`.
enum class WorkbookKind
{
    Entries,    // every entry with everything the table shows, its authors and shares, score and award
    Ranking,    // the ranking with each member's total, and each member's points per criterion
    Awards,     // the awards as the decision's attached list, one sheet per award form
    Statistics, // the year's figures (CampaignStatistics)
};

QString workbookKindCode(WorkbookKind kind); // "entries", "ranking", "awards", "stats"
std::optional<WorkbookKind> workbookKindFromCode(const QString& code);

class WorkbookExport
{
    Q_DECLARE_TR_FUNCTIONS(WorkbookExport)

public:
    // The sheets of each workbook, read from the campaign.
    static Result<QList<XlsxSheet>> entries(Database& db);
    static Result<QList<XlsxSheet>> ranking(Database& db);
    static Result<QList<XlsxSheet>> awards(Database& db);
    // With years, a last sheet compares them (compareYears).
    static QList<XlsxSheet> statistics(const CampaignStatistics& statistics,
                                       const QList<YearFigures>& years = {});
    static Result<QList<XlsxSheet>> sheets(Database& db, WorkbookKind kind);

    // Refuses a path that is the campaign or another protected file (OutputTarget), then writes the
    // workbook whole (a temporary file renamed into place). The number of data rows written.
    static Result<int> write(Database& db, WorkbookKind kind, const QString& path);
    // Writes sheets whole (XlsxWorkbook::write), the first sheet's title as the workbook's.
    static Status save(const QList<XlsxSheet>& sheets, const QString& path);
    // The entries, the ranked entries, the awardees of every form, the statistics' figures: the data rows
    // of the workbook's first sheet (of every sheet for the awards), without sections and totals.
    static int dataRows(const QList<XlsxSheet>& sheets, WorkbookKind kind);
    // The workbook's file name the window suggests: "danh-sach-ho-so-2024.xlsx".
    static QString suggestedFileName(WorkbookKind kind, int year);
};

} // namespace sangkien
