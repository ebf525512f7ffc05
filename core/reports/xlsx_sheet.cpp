#include "xlsx_sheet.h"

#include <QDataStream>
#include <QIODevice>
#include <algorithm>
#include <cmath>

namespace sangkien::xlsx {
namespace {

constexpr quint32 kMagic = 0x534b5831; // "SKX1"

enum class Tag : quint8
{
    Empty,
    Text,
    Number,
    Date
};

} // namespace

double displayLength(const XlsxValue& value, XlsxFormat format)
{
    if (const auto* s = std::get_if<QString>(&value)) {
        double longest = 0;
        for (const QString& line : s->split(QLatin1Char('\n')))
            longest = std::max(longest, double(line.size()));
        return longest;
    }
    if (std::holds_alternative<QDate>(value))
        return 10;
    if (const auto* d = std::get_if<double>(&value)) {
        const double digits = std::floor(std::log10(std::max(1.0, std::fabs(*d)))) + 1;
        switch (format) {
        case XlsxFormat::Decimal:
            return digits + 3;
        case XlsxFormat::Percent:
            return digits + 2;
        case XlsxFormat::Integer:
        case XlsxFormat::Money:
            return digits + std::floor((digits - 1) / 3);
        case XlsxFormat::Text:
        case XlsxFormat::Date:
            break;
        }
        return digits;
    }
    return 0;
}

double columnWidth(const XlsxSheet& sheet, int column)
{
    double width = 0;
    if (column < sheet.headers.size()) {
        // A header may wrap onto two lines: its longest word, or half of it, whichever is wider.
        const QString& h = sheet.headers[column];
        double word = 0;
        for (const QString& w : h.split(QLatin1Char(' ')))
            word = std::max(word, double(w.size()));
        width = std::max(word, std::ceil(double(h.size()) / 2.0));
    }
    for (const XlsxRow& row : sheet.rows)
        if (!row.section && column < row.cells.size())
            width = std::max(
                width, displayLength(row.cells[column], row.formats.value(column, sheet.format(column))));
    // Vietnamese letters with their marks are a little wider than Latin ones; room for the padding too.
    return std::clamp(std::ceil(width * 1.1 + 2), kMinWidth, kMaxWidth);
}

bool wraps(const XlsxSheet& sheet, int column)
{
    if (sheet.format(column) != XlsxFormat::Text)
        return false;
    for (const XlsxRow& row : sheet.rows)
        if (!row.section && column < row.cells.size() &&
            displayLength(row.cells[column], XlsxFormat::Text) * 1.1 + 2 > kMaxWidth)
            return true;
    return false;
}

QByteArray encode(const XlsxBook& book)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << kMagic << book.title << quint32(book.sheets.size());
    for (const XlsxSheet& s : book.sheets) {
        out << s.name << s.title << s.subtitles << s.headers << s.autoFilter << quint32(s.formats.size());
        for (XlsxFormat f : s.formats)
            out << quint8(f);
        out << quint32(s.rows.size());
        for (const XlsxRow& r : s.rows) {
            out << r.section << r.total << quint32(r.formats.size());
            for (auto it = r.formats.cbegin(); it != r.formats.cend(); ++it)
                out << qint32(it.key()) << quint8(it.value());
            out << quint32(r.cells.size());
            for (const XlsxValue& v : r.cells) {
                if (const auto* t = std::get_if<QString>(&v))
                    out << quint8(Tag::Text) << *t;
                else if (const auto* d = std::get_if<double>(&v))
                    out << quint8(Tag::Number) << *d;
                else if (const auto* date = std::get_if<QDate>(&v))
                    out << quint8(Tag::Date) << qint64(date->toJulianDay());
                else
                    out << quint8(Tag::Empty);
            }
        }
    }
    return bytes;
}

std::optional<XlsxBook> decode(const QByteArray& bytes)
{
    QDataStream in(bytes);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    quint32 sheets = 0;
    XlsxBook book;
    in >> magic >> book.title >> sheets;
    if (magic != kMagic || in.status() != QDataStream::Ok)
        return std::nullopt;
    for (quint32 i = 0; i < sheets && in.status() == QDataStream::Ok; ++i) {
        XlsxSheet s;
        quint32 formats = 0;
        in >> s.name >> s.title >> s.subtitles >> s.headers >> s.autoFilter >> formats;
        for (quint32 f = 0; f < formats && in.status() == QDataStream::Ok; ++f) {
            quint8 v = 0;
            in >> v;
            s.formats << XlsxFormat(std::min<quint8>(v, quint8(XlsxFormat::Date)));
        }
        quint32 rows = 0;
        in >> rows;
        for (quint32 r = 0; r < rows && in.status() == QDataStream::Ok; ++r) {
            XlsxRow row;
            quint32 cellFormats = 0;
            in >> row.section >> row.total >> cellFormats;
            for (quint32 f = 0; f < cellFormats && in.status() == QDataStream::Ok; ++f) {
                qint32 column = 0;
                quint8 v = 0;
                in >> column >> v;
                row.formats.insert(column, XlsxFormat(std::min<quint8>(v, quint8(XlsxFormat::Date))));
            }
            quint32 cells = 0;
            in >> cells;
            for (quint32 c = 0; c < cells && in.status() == QDataStream::Ok; ++c) {
                quint8 tag = 0;
                in >> tag;
                switch (Tag(tag)) {
                case Tag::Text: {
                    QString t;
                    in >> t;
                    row.cells << t;
                    break;
                }
                case Tag::Number: {
                    double d = 0;
                    in >> d;
                    row.cells << d;
                    break;
                }
                case Tag::Date: {
                    qint64 day = 0;
                    in >> day;
                    row.cells << QDate::fromJulianDay(day);
                    break;
                }
                case Tag::Empty:
                    row.cells << XlsxValue();
                    break;
                default:
                    return std::nullopt;
                }
            }
            s.rows << row;
        }
        book.sheets << s;
    }
    if (in.status() != QDataStream::Ok || !in.atEnd())
        return std::nullopt;
    return book;
}

} // namespace sangkien::xlsx
