#pragma once

#include "storage/database.h"

#include <QSqlQuery>
#include <QVariant>
#include <catch2/catch.hpp>

namespace sangkien::testing {

// The first column of the first row of a query a test asks of a campaign (a count, an id); the test fails
// when the query does.
inline qint64 scalar(Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    INFO(sql.toStdString());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

} // namespace sangkien::testing
