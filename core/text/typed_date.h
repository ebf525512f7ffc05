#pragma once

#include <QDate>
#include <QString>

namespace sangkien::text {

// A date as a clerk types it: "02/03/2024", "2/3/2024", "02.03.2024", "02-03-2024", "02032024" (eight
// digits, day first) or "020324" (six digits, 20yy). Always day, month, year: never the American order.
struct TypedDate
{
    enum class Problem
    {
        None,       // date holds the date
        Empty,      // nothing typed
        Unreadable, // not a day, month and year
        Impossible, // read as day, month and year, but no such day (31/02/2024, 15/13/2024)
    };
    Problem problem = Problem::Empty;
    QDate date;    // valid only when problem is None
    int day = 0;   // as read, also for an impossible date (to say why)
    int month = 0; // as read
    int year = 0;  // as read, four digits
};

TypedDate parseTypedDate(const QString& typed);

} // namespace sangkien::text
