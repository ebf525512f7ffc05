#include "import/reader_values.h"

#include <QDate>
#include <QDateTime>
#include <QTime>
#include <cmath>

namespace sangkien::reader {

DateKind classifyBuiltinFormat(int id)
{
    if ((id >= 14 && id <= 17) || (id >= 27 && id <= 31) || (id >= 34 && id <= 36) || (id >= 50 && id <= 58))
        return DateKind::Date;
    if (id == 22)
        return DateKind::DateTime;
    if (id == 46)
        return DateKind::Duration; // [h]:mm:ss
    if ((id >= 18 && id <= 21) || id == 45 || id == 47 || id == 32 || id == 33)
        return DateKind::Time;
    return DateKind::None;
}

DateKind classifyNumberFormat(QStringView code)
{
    // Only the first section matters for a positive value; quoted text, [colour]/[locale] blocks,
    // escaped characters and padding/fill characters are not date parts.
    bool dayOrYear = false;
    bool month = false;
    bool time = false;
    bool elapsed = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code[i];
        if (c == u';')
            break;
        if (c == u'"') {
            while (++i < code.size() && code[i] != u'"') {
            }
            continue;
        }
        if (c == u'\\' || c == u'_' || c == u'*') {
            ++i;
            continue;
        }
        if (c == u'[') {
            const qsizetype end = code.indexOf(u']', i);
            const QStringView inside = code.mid(i + 1, end < 0 ? -1 : end - i - 1);
            // [h], [mm], [ss]: elapsed time.
            if (!inside.isEmpty() && QStringView(u"hHmMsS").contains(inside[0]))
                elapsed = true;
            if (end < 0)
                break;
            i = end;
            continue;
        }
        switch (c.toLower().unicode()) {
        case u'd':
        case u'y':
            dayOrYear = true;
            break;
        case u'h':
        case u's':
            time = true;
            break;
        case u'm':
            month = true; // or minutes, which only come with h or s
            break;
        default:
            break;
        }
    }
    if (elapsed)
        return DateKind::Duration;
    if (time)
        return dayOrYear ? DateKind::DateTime : DateKind::Time;
    return (dayOrYear || month) ? DateKind::Date : DateKind::None;
}

QVariant serialToDate(double serial, bool date1904, DateKind kind)
{
    if (!std::isfinite(serial) || serial < 0 || serial > 2958465.0) // past 9999-12-31
        return {};
    double days = std::floor(serial);
    qint64 seconds = std::llround((serial - days) * 86400.0);
    if (seconds >= 86400) {
        seconds -= 86400;
        days += 1;
    }
    QDate base;
    if (date1904) {
        base = QDate(1904, 1, 1);
    } else {
        // Excel counts a 29 February 1900 that never was: serials from 61 on are one day ahead.
        base = days >= 61 ? QDate(1899, 12, 30) : QDate(1899, 12, 31);
        if (days == 60)
            days = 59;
    }
    const QDate date = base.addDays(static_cast<qint64>(days));
    const QTime time = QTime(0, 0).addSecs(static_cast<int>(seconds));
    switch (kind) {
    case DateKind::Date:
        // A date format on a value with a time part shows only the date; keep the time anyway.
        return seconds == 0 ? QVariant(date) : QVariant(QDateTime(date, time));
    case DateKind::DateTime:
        return QDateTime(date, time);
    case DateKind::Time:
        return serial < 1.0 ? QVariant(time) : QVariant(QDateTime(date, time));
    case DateKind::None:
    case DateKind::Duration:
        break;
    }
    return {};
}

QString durationText(double days)
{
    const qint64 total = std::llround(std::fabs(days) * 86400.0);
    return QStringLiteral("%1%2:%3:%4")
        .arg(days < 0 ? QStringLiteral("-") : QString())
        .arg(total / 3600)
        .arg((total / 60) % 60, 2, 10, QChar(u'0'))
        .arg(total % 60, 2, 10, QChar(u'0'));
}

QString numberText(double value)
{
    if (std::isfinite(value) && value == std::floor(value) && std::fabs(value) < 1e15)
        return QString::number(static_cast<qint64>(value));
    return QString::number(value, 'g', 15);
}

QString displayText(const QVariant& value)
{
    switch (value.typeId()) {
    case QMetaType::Double:
        return numberText(value.toDouble());
    case QMetaType::Bool:
        return value.toBool() ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    case QMetaType::QDate: {
        const QDate d = value.toDate();
        int year = 0;
        int month = 0;
        int day = 0;
        d.getDate(&year, &month, &day);
        if (!d.isValid() || year < 1000 || year > 9999)
            return d.toString(QStringLiteral("dd/MM/yyyy"));
        // dd/MM/yyyy written by hand: QDate::toString reads its format through the locale each time.
        const char16_t text[10] = {
            char16_t(u'0' + day / 10),    char16_t(u'0' + day % 10),        u'/',
            char16_t(u'0' + month / 10),  char16_t(u'0' + month % 10),      u'/',
            char16_t(u'0' + year / 1000), char16_t(u'0' + year / 100 % 10), char16_t(u'0' + year / 10 % 10),
            char16_t(u'0' + year % 10)};
        return QString(reinterpret_cast<const QChar*>(text), 10);
    }
    case QMetaType::QDateTime: {
        const QDateTime dt = value.toDateTime();
        return dt.toString(dt.time().second() == 0 ? QStringLiteral("dd/MM/yyyy HH:mm")
                                                   : QStringLiteral("dd/MM/yyyy HH:mm:ss"));
    }
    case QMetaType::QTime: {
        const QTime t = value.toTime();
        return t.toString(t.second() == 0 ? QStringLiteral("HH:mm") : QStringLiteral("HH:mm:ss"));
    }
    default:
        return value.toString();
    }
}

QString decodeXString(const QString& text)
{
    if (!text.contains(QLatin1String("_x")))
        return text;
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'_' && i + 6 < text.size() && text[i + 1] == u'x' && text[i + 6] == u'_') {
            bool ok = false;
            const ushort code = QStringView(text).mid(i + 2, 4).toUShort(&ok, 16);
            if (ok) {
                out += QChar(code);
                i += 6;
                continue;
            }
        }
        out += text[i];
    }
    return out;
}

} // namespace sangkien::reader
