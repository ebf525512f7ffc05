#pragma once

#include "common/result.h"
#include "domain/council_member.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace sangkien {

class Database;

// One entry as the clerk sees it for one council member: whether the member scores it, and any conflict.
struct MemberEntry
{
    qint64 entryId = 0;
    QString code;
    QString title;
    QString status;                       // the entry's status code
    bool scores = false;                  // the member is assigned to it (or the entry has no assignment)
    bool everyone = false;                // the entry has no assignment: every member scores it
    bool excluded = false;                // a conflict keeps the member from scoring it
    QString conflictReason;               // why, when excluded
    bool automatic = false;               // the conflict rules exclude the member (no decision of the clerk)
    std::optional<bool> overrideExcluded; // the clerk's decision, if any: added (true) or lifted (false)
    QString overrideReason;
    bool operator==(const MemberEntry&) const = default;
};

// The council's members and who scores what. Every write is one transaction with its audit row.
class CouncilRepository
{
    Q_DECLARE_TR_FUNCTIONS(CouncilRepository)

public:
    CouncilRepository(Database& db, QString user);

    Result<CouncilMember> load(qint64 memberId) const;
    // Adds a member; sets member.id and stores the cleaned name and position.
    Result<qint64> add(CouncilMember& member);
    Status update(const CouncilMember& member);
    // Removes a member who has no score sheet; a member who has scored stays on the council.
    Status remove(qint64 memberId);
    Result<int> sheetCount(qint64 memberId) const;

    // Every entry of the campaign by code, as seen from the member.
    Result<QList<MemberEntry>> entriesFor(qint64 memberId) const;
    // Whether the member scores these entries. An entry without assignment gets one naming every other
    // member when the member is taken off it; an entry whose assignment comes to name every member goes
    // back to having none. An entry must keep at least one member.
    Status setAssigned(qint64 memberId, const QList<qint64>& entryIds, bool assigned);

private:
    Status validate(const CouncilMember& member) const;

    Database& m_db;
    QString m_user;
};

} // namespace sangkien
