#include "campaign_content.h"

#include "storage/database.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QSqlRecord>
#include <catch2/catch.hpp>

namespace sangkien::testing {

QByteArray contentHash(Database& db)
{
    QSqlQuery tables(db.connection());
    REQUIRE(tables.exec(QStringLiteral(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")));
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString& table : names) {
        QSqlQuery rows(db.connection());
        // Table names come from sqlite_master itself, not from input.
        REQUIRE(rows.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table)));
        QStringList lines;
        while (rows.next()) {
            QStringList values;
            for (int i = 0; i < rows.record().count(); ++i)
                values << rows.value(i).toString();
            lines << values.join(QChar(0x1F));
        }
        lines.sort();
        hash.addData(table.toUtf8());
        hash.addData(lines.join(QLatin1Char('\n')).toUtf8());
    }
    return hash.result().toHex();
}

QStringList entryLines(Database& db)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral(
        "SELECT e.code, e.title, e.kind, e.category_id, e.received_on, e.source_file, e.source_row, n.name, "
        "n.kind, n.birth_year, n.position, u.name, (SELECT group_concat(a.full_name || '=' || a.share, ';') "
        "FROM (SELECT * FROM entry_author WHERE entry_id = e.id ORDER BY position) a) "
        "FROM entry e JOIN nominee n ON n.id = e.nominee_id LEFT JOIN unit u ON u.id = n.unit_id "
        "ORDER BY e.code")));
    QStringList lines;
    while (q.next()) {
        QStringList values;
        for (int i = 0; i < q.record().count(); ++i)
            values << q.value(i).toString();
        lines << values.join(QLatin1Char('|'));
    }
    return lines;
}

} // namespace sangkien::testing
