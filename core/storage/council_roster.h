#pragma once

#include "common/result.h"
#include "domain/council_member.h"

#include <QList>
#include <QString>

namespace sangkien {

class Database;

// The council as people read it: each member with the name of their unit.
struct RosterMember
{
    CouncilMember member;
    QString unitName;
    bool operator==(const RosterMember&) const = default;
};

class CouncilRoster
{
public:
    // Chair, vice-chair, secretary, then members; by id within a role.
    static Result<QList<RosterMember>> load(Database& db);
};

} // namespace sangkien
