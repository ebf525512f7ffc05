#pragma once

#include <QString>
#include <QStringView>
#include <QVariant>

// Small value conversions the spreadsheet readers share.
namespace sangkien::reader {

// Duration: elapsed time such as [h]:mm:ss, kept as a number of days.
enum class DateKind
{
    None,
    Date,
    DateTime,
    Time,
    Duration
};

// What a number format shows a number as: a date, a date with time, a time, or just a number.
DateKind classifyNumberFormat(QStringView code);
// Built-in Excel number formats (ids 14–22, 45–47 and the East Asian date ids 27–36, 50–58).
DateKind classifyBuiltinFormat(int numFmtId);

// An Excel serial day number as QDate / QDateTime / QTime; an invalid QVariant when out of range.
QVariant serialToDate(double serial, bool date1904, DateKind kind);

// The text a program shows for a value when we do not reproduce its exact number format.
QString displayText(const QVariant& value);
QString numberText(double value);
// Days as elapsed "h:mm:ss" (hours past 24 allowed).
QString durationText(double days);

// Decodes OOXML ST_Xstring escapes such as "_x000D_" (and "_x005F_" for a literal underscore).
QString decodeXString(const QString& text);

} // namespace sangkien::reader
