#pragma once

#include <QDate>
#include <QString>

namespace sangkien::text {

// Everything stored is NFC: text typed on a Mac or pasted from a PDF often arrives decomposed (NFD).
QString toNfc(const QString& s);

// NFC, trimmed, inner runs of whitespace collapsed to one space.
QString clean(const QString& s);

// A key for searching that ignores case and Vietnamese diacritics, đ→d included:
// "Nguyễn Văn Đức" → "nguyen van duc", "ĐẶNG" → "dang". Whitespace collapsed, trimmed.
QString searchKey(const QString& s);
// searchKey(s) appended to out (no string of its own: a field key folds several fields into one).
void appendSearchKey(QString& out, QStringView s);

// True when every word of the folded query occurs in the folded text (order free):
// matchesSearch("Nguyễn Văn Đức", "duc nguyen") is true.
bool matchesSearch(const QString& text, const QString& query);
// The same for a text already folded by searchKey(); queryKey must be searchKey(query).
bool keyMatches(const QString& textKey, const QString& queryKey);

// Vietnamese collation (letters before tones: a ă â b c d đ e ê …; tones level, grave, hook, tilde,
// acute, dot), case-insensitive at the first level. Negative, zero or positive like strcmp.
int compareVietnamese(const QString& a, const QString& b);

// Dates as documents word them (Decree 30/2020: days 01–09 and months 01–02 take a leading zero):
// "ngày 06 tháng 3 năm 2024", "ngày 05 tháng 02 năm 2025".
QString documentDate(const QDate& date);
// Dates as tables show them: "05/02/2025".
QString shortDate(const QDate& date);
// Money with dots between thousands and the đồng sign: 1250000000 → "1.250.000.000 đ".
QString money(qint64 dong);

} // namespace sangkien::text
