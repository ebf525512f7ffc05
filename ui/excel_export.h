#pragma once

#include "reports/workbook_exports.h"

#include <QCoreApplication>
#include <QString>

class QMenu;
class QWidget;

namespace sangkien {

class AppSettings;
class Database;
class Prompts;

// The window's way to the Excel workbooks (core/reports): *Tệp › Xuất Excel* offers each workbook, asks
// where to save it and writes it whole (the campaign or another protected file refused as the target).
class ExcelExport
{
    Q_DECLARE_TR_FUNCTIONS(ExcelExport)

public:
    static QList<WorkbookKind> kinds();
    // The submenu's item of a workbook ("Danh sách hồ sơ…") and its object name ("exportExcelEntries").
    static QString actionText(WorkbookKind kind);
    static QString objectName(WorkbookKind kind);
    // Asks where to save the workbook (in the last export folder, which it remembers) and writes it. The
    // message for the status bar when written; empty when cancelled or refused (the refusal is shown).
    static QString run(QWidget* parent, Database& db, Prompts& prompts, WorkbookKind kind,
                       AppSettings& settings);
};

} // namespace sangkien
