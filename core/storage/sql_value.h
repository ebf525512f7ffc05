#pragma once

#include <QDate>
#include <QString>
#include <QVariant>

namespace sangkien::sql {

// A null QString binds as SQL NULL; text columns are NOT NULL, so bind an empty string instead.
inline QVariant text(const QString& s)
{
    return s.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(s);
}

// Ids of 0 mean "none" in our value types and are stored as NULL.
inline QVariant idOrNull(qint64 id)
{
    return id ? QVariant(id) : QVariant();
}

// Dates are stored as ISO 8601 text ("2024-03-06"), NULL when unknown.
inline QVariant dateOrNull(const QDate& d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

} // namespace sangkien::sql
