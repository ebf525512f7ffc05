#include "text/typed_date.h"

#include <QRegularExpression>

namespace sangkien::text {

TypedDate parseTypedDate(const QString& typed)
{
    TypedDate out;
    const QString t = typed.trimmed();
    if (t.isEmpty())
        return out;
    static const QRegularExpression separated(
        QStringLiteral("^(\\d{1,2})\\s*[/.\\-\\s]\\s*(\\d{1,2})\\s*[/.\\-\\s]\\s*(\\d{4}|\\d{2})$"));
    static const QRegularExpression digitsOnly(QStringLiteral("^(\\d{2})(\\d{2})(\\d{4}|\\d{2})$"));
    QRegularExpressionMatch m = separated.match(t);
    if (!m.hasMatch())
        m = digitsOnly.match(t);
    if (!m.hasMatch()) {
        out.problem = TypedDate::Problem::Unreadable;
        return out;
    }
    out.day = m.captured(1).toInt();
    out.month = m.captured(2).toInt();
    out.year = m.captured(3).toInt();
    if (m.captured(3).size() == 2)
        out.year += 2000; // the office's dates are this century
    const QDate date(out.year, out.month, out.day);
    if (!date.isValid()) {
        out.problem = TypedDate::Problem::Impossible;
        return out;
    }
    out.problem = TypedDate::Problem::None;
    out.date = date;
    return out;
}

} // namespace sangkien::text
