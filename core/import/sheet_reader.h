#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTime>
#include <QVariant>
#include <memory>
#include <optional>

namespace sangkien {

// A piece of rich text with its own font.
struct CellRun
{
    QString text;
    QString font;
    bool operator==(const CellRun&) const = default;
};

// One non-empty cell as a spreadsheet program holds it.
struct Cell
{
    int column = 0;      // 0-based: A = 0
    QVariant value;      // QString, double, bool, QDate, QDateTime or QTime
    QString text;        // what the program shows; for strings the string itself
    QString font;        // the cell's font name from the styles; "" when the format has none (xls, csv)
    QList<CellRun> runs; // rich-text runs with their fonts; empty when the text is plain

    bool isDate() const;   // QDate or QDateTime
    bool isString() const; // QString
    bool isNumber() const; // double
    bool operator==(const Cell&) const = default;
};

// One row that has at least one non-empty cell.
struct SheetRow
{
    int number = 0;    // 1-based as the program shows it; for CSV the record number from 1
    QList<Cell> cells; // non-empty cells only, by ascending column

    // The cell in column (0-based), or nullptr when that cell is empty.
    const Cell* cell(int column) const;
    bool operator==(const SheetRow&) const = default;
};

struct SheetInfo
{
    QString name;
    bool hidden = false; // hidden or "very hidden" in the program; skipped unless selected by name
    bool operator==(const SheetInfo&) const = default;
};

// A merged block of cells; rows 1-based, columns 0-based, both ends included.
struct CellRange
{
    int firstRow = 0;
    int firstColumn = 0;
    int lastRow = 0;
    int lastColumn = 0;

    QString toA1() const; // "A1:C2"
    static std::optional<CellRange> fromA1(QStringView ref);
    bool operator==(const CellRange&) const = default;
};

// Bounds a reader never crosses: past any of them it stops with an Error instead of eating memory.
struct ReaderLimits
{
    qint64 maxEntryBytes = 256LL * 1024 * 1024;  // inflated bytes of a sheet part (streamed, not kept)
    qint64 maxStringsBytes = 64LL * 1024 * 1024; // inflated bytes of parts kept in memory: strings, styles
    int maxRows = 1048576;                       // Excel's own limit
    int maxColumns = 16384;                      // Excel's own limit (XFD)
    int maxCellTextLength = 32767;               // Excel's own limit
};

// Reads the rows of one sheet of a spreadsheet file, streaming: memory does not grow with the number
// of rows. Errors name the file and, when known, the sheet, row and column.
class SheetReader
{
    Q_DECLARE_TR_FUNCTIONS(SheetReader)

public:
    explicit SheetReader(ReaderLimits limits = {})
        : m_limits(limits)
    {}
    virtual ~SheetReader();
    SheetReader(const SheetReader&) = delete;
    SheetReader& operator=(const SheetReader&) = delete;

    // Opens the file and selects its first visible sheet.
    virtual Status open(const QString& path) = 0;
    // Every worksheet in the workbook's order, hidden ones marked; chart sheets are not listed.
    virtual QList<SheetInfo> sheets() const = 0;
    // Selects a sheet by name (hidden ones too) and rewinds to its first row.
    virtual Status selectSheet(const QString& name) = 0;
    // The name of the selected sheet.
    virtual QString currentSheet() const = 0;
    // The next row with at least one non-empty cell; false at the end of the sheet.
    virtual Result<bool> nextRow(SheetRow& row) = 0;
    // The merged ranges of the selected sheet. Complete once nextRow() has returned false; called
    // earlier, the reader takes one extra pass over the sheet to find them. Empty for CSV and XLS.
    virtual QList<CellRange> mergedRanges() = 0;

    const ReaderLimits& limits() const { return m_limits; }
    void setLimits(const ReaderLimits& limits) { m_limits = limits; }
    QString path() const { return m_path; }

    // A reader for the file: by its first bytes (zip → xlsx or ods by content, OLE2 → xls), then by
    // its extension (.xlsx/.xlsm, .ods, .xls, and .csv/.tsv/.txt; a text file named .xls is read as
    // CSV). nullptr when the file is none of these; the reader's open() reports what is wrong.
    static std::unique_ptr<SheetReader> forFile(const QString& path, const ReaderLimits& limits = {});

    // "A", "B", … "AA" for a 0-based column.
    static QString columnName(int column);
    // The 0-based column of an "A1"-style reference (row into rowOut), or -1.
    static int columnFromRef(QStringView ref, int* rowOut = nullptr);
    // "file.xlsx, sheet “Sheet1”, cell B3" with the parts that are known (row 0 / column -1 = unknown).
    static QString place(const QString& path, const QString& sheet = {}, int row = 0, int column = -1);

protected:
    Error error(const QString& message, int row = 0, int column = -1) const
    {
        return Error{message, place(m_path, currentSheet(), row, column), ErrorKind::Refused};
    }
    Error fileError(const QString& message) const
    {
        return Error{message, place(m_path), ErrorKind::Refused};
    }

    ReaderLimits m_limits;
    QString m_path;
};

} // namespace sangkien
