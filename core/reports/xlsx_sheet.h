#pragma once

// The Excel workbooks as plain values: sheets of typed cells. Qt Core only, so the sangkien-xlsx helper
// (which writes them with libxlsxwriter) and the core share one definition.

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>
#include <variant>

namespace sangkien {

// One cell of a workbook: empty, text, a number or a date (written as an Excel date, not as text).
using XlsxValue = std::variant<std::monostate, QString, double, QDate>;

// How a column's numbers and dates are shown; text columns wrap when longer than the widest width.
enum class XlsxFormat
{
    Text,
    Integer, // 1,234
    Decimal, // 87.50 (two decimals)
    Money,   // 125,500,000 (whole đồng, thousands grouped)
    Percent, // 60.0 (a share in percent, as the number 60)
    Date,    // dd/mm/yyyy
};

struct XlsxRow
{
    QList<XlsxValue> cells;
    bool section = false; // a bold line across the table ("I. TẬP THỂ"); only its first cell is written
    bool total = false;   // a bold line of totals under the rows
    QHash<int, XlsxFormat> formats = {}; // a cell's own format, over its column's

    bool operator==(const XlsxRow&) const = default;
};

// One sheet as the office reads it: a bold title row (and lines under it), one header row frozen above the
// rows, columns as wide as their content (wrapped beyond a limit).
struct XlsxSheet
{
    QString name; // the tab's name, at most 31 characters
    QString title;
    QStringList subtitles;
    QStringList headers;
    QList<XlsxFormat> formats; // per column; Text where missing
    QList<XlsxRow> rows;
    bool autoFilter = false; // the header row's filter buttons

    // The row (0-based) of the header: after the title, the subtitles and one blank row.
    int headerRow() const { return int(1 + subtitles.size() + 1); }
    XlsxFormat format(int column) const
    {
        return column < formats.size() ? formats[column] : XlsxFormat::Text;
    }

    bool operator==(const XlsxSheet&) const = default;
};

struct XlsxBook
{
    QString title; // the document's title property
    QList<XlsxSheet> sheets;

    bool operator==(const XlsxBook&) const = default;
};

namespace xlsx {

constexpr double kMaxWidth = 60; // wider text wraps
constexpr double kMinWidth = 6;

// How many characters a value takes on screen, as its format shows it.
double displayLength(const XlsxValue& value, XlsxFormat format);
// The width (in Excel's character units) a column gets for its header and content.
double columnWidth(const XlsxSheet& sheet, int column);
// Whether a text column holds text longer than kMaxWidth (and so wraps).
bool wraps(const XlsxSheet& sheet, int column);

// The book as bytes for the helper's standard input, and back; nullopt for bytes that are not one.
QByteArray encode(const XlsxBook& book);
std::optional<XlsxBook> decode(const QByteArray& bytes);

} // namespace xlsx
} // namespace sangkien
