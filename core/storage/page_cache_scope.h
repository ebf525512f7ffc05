#pragma once

#include <QtGlobal>
#include <optional>

namespace sangkien {

class Database;

// A larger page cache for one long write (16 MB instead of SQLite's 2 MB): the pages of a 10,000-row
// import stay in memory until the commit instead of being spilled to the WAL on the way and written again.
// Only pages actually used take memory. The connection's own size comes back when the scope ends; a cache
// the connection already set larger is left as it is.
class PageCacheScope
{
public:
    explicit PageCacheScope(Database& db);
    ~PageCacheScope();
    PageCacheScope(const PageCacheScope&) = delete;
    PageCacheScope& operator=(const PageCacheScope&) = delete;

private:
    static constexpr qint64 kKib = 16384;
    Database& m_db;
    std::optional<qint64> m_previous;
    bool m_set = false;
};

} // namespace sangkien
