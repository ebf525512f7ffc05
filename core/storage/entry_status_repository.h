#pragma once

#include "common/result.h"
#include "domain/entry.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace sangkien {

class Database;

// One step of an entry's status history.
struct StatusChange
{
    std::optional<EntryStatus> from;
    EntryStatus to = EntryStatus::Received;
    QString reason;
    QDateTime at;
    QString user;
};

// An entry's status history: each change with who made it, when and why.
class EntryStatusRepository
{
public:
    explicit EntryStatusRepository(Database& db)
        : m_db(db)
    {}

    // Inside the caller's transaction; the time is now.
    Status record(qint64 entryId, std::optional<EntryStatus> from, EntryStatus to, const QString& reason,
                  const QString& user);
    // Oldest first.
    Result<QList<StatusChange>> history(qint64 entryId) const;

private:
    Database& m_db;
};

} // namespace sangkien
