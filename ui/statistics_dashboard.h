#pragma once

#include "reports/campaign_statistics.h"
#include "reports/xlsx_sheet.h"

#include <QDialog>

class QChart;
class QChartView;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace sangkien {

class AppSettings;
class Database;
class DateField;
class Prompts;

// Campaign › Statistics (Thống kê): the year's figures (core/reports) as tables and charts, for the
// entries received in a period or the whole year, and the years of the office's campaign folder side by
// side. Each tab is one sheet of the statistics workbook, so the table on screen, its .xlsx and the
// workbook of Tệp › Xuất Excel hold the same figures. Charts are Qt Charts; each saves as PNG, each table
// as .xlsx, written whole (a temporary file renamed into place; the campaign file refused as target).
class StatisticsDashboard : public QDialog
{
    Q_OBJECT

public:
    StatisticsDashboard(Database& db, Prompts& prompts, AppSettings& settings, QWidget* parent = nullptr);

    // The figures shown, of the period the fields hold.
    const CampaignStatistics& statistics() const { return m_statistics; }
    const QList<YearFigures>& years() const { return m_years; }
    // Recomputes for the period typed; false (nothing changed) while a date is not a date or the period
    // ends before it begins.
    bool refresh();

    // The chart a sheet is drawn as; null for sheets that are lists (the summary, the silent units).
    static QChart* chartFor(const XlsxSheet& sheet);

    // Writes the current tab's chart as PNG, or its table as .xlsx, to path. The error shown when refused.
    bool saveChart(const QString& path);
    bool saveTable(const QString& path);

private:
    // The sheets, the summary and the tabs of m_statistics.
    void showStatistics();
    void rebuildTabs();
    void saveCurrentChart();
    void saveCurrentTable();
    void updateButtons();
    QString summaryText() const;
    bool refuseTarget(const QString& path);

    Database& m_db;
    Prompts& m_prompts;
    AppSettings& m_settings;
    CampaignStatistics m_statistics;
    QList<YearFigures> m_years;
    QList<XlsxSheet> m_sheets;
    DateField* m_from = nullptr;
    DateField* m_to = nullptr;
    QLabel* m_periodProblem = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_unreadable = nullptr;
    QTabWidget* m_tabs = nullptr;
    QPushButton* m_saveChart = nullptr;
    QPushButton* m_saveTable = nullptr;
};

} // namespace sangkien
