#pragma once

#include <QString>
#include <optional>

namespace sangkien {

enum class CouncilRole
{
    Chair,
    ViceChair,
    Secretary,
    Member
};

QString councilRoleCode(CouncilRole role); // "chair", "vice_chair", "secretary", "member"
std::optional<CouncilRole> councilRoleFromCode(const QString& code);

struct CouncilMember
{
    qint64 id = 0;
    QString fullName;
    CouncilRole role = CouncilRole::Member;
    QString position;
    qint64 unitId = 0;

    bool operator==(const CouncilMember&) const = default;
};

} // namespace sangkien
