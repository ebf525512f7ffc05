#include "council_roster.h"

#include "database.h"

#include <QSqlQuery>

namespace sangkien {

Result<QList<RosterMember>> CouncilRoster::load(Database& db)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT m.id, m.full_name, m.role, m.position, m.unit_id, u.name FROM council_member m "
            "LEFT JOIN unit u ON u.id = m.unit_id ORDER BY CASE m.role WHEN 'chair' THEN 0 "
            "WHEN 'vice_chair' THEN 1 WHEN 'secretary' THEN 2 ELSE 3 END, m.id")))
        return sqlError(q, QStringLiteral("council_member"));
    QList<RosterMember> list;
    while (q.next()) {
        RosterMember r;
        r.member.id = q.value(0).toLongLong();
        r.member.fullName = q.value(1).toString();
        r.member.role = councilRoleFromCode(q.value(2).toString()).value_or(CouncilRole::Member);
        r.member.position = q.value(3).toString();
        r.member.unitId = q.value(4).toLongLong();
        r.unitName = q.value(5).toString();
        list << r;
    }
    return list;
}

} // namespace sangkien
