#include "page_cache_scope.h"

#include "database.h"

#include <QSqlQuery>
#include <QString>

namespace sangkien {

PageCacheScope::PageCacheScope(Database& db)
    : m_db(db)
{
    QSqlQuery q(db.connection());
    if (q.exec(QStringLiteral("PRAGMA cache_size")) && q.next())
        m_previous = q.value(0).toLongLong();
    q.finish();
    if (m_previous && *m_previous > -kKib && *m_previous < kKib / 4)
        m_set = bool(db.execScript(QStringLiteral("PRAGMA cache_size = -16384")));
}

PageCacheScope::~PageCacheScope()
{
    if (m_set)
        m_db.execScript(
            QStringLiteral("PRAGMA cache_size = %1").arg(*m_previous)); // sql-hygiene: reviewed (read above)
}

} // namespace sangkien
