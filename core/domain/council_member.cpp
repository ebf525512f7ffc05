#include "council_member.h"

#include "award_form.h"

namespace sangkien {

QString councilRoleCode(CouncilRole role)
{
    switch (role) {
    case CouncilRole::Chair:
        return QStringLiteral("chair");
    case CouncilRole::ViceChair:
        return QStringLiteral("vice_chair");
    case CouncilRole::Secretary:
        return QStringLiteral("secretary");
    case CouncilRole::Member:
        return QStringLiteral("member");
    }
    return {};
}

std::optional<CouncilRole> councilRoleFromCode(const QString& code)
{
    for (auto role :
         {CouncilRole::Chair, CouncilRole::ViceChair, CouncilRole::Secretary, CouncilRole::Member})
        if (councilRoleCode(role) == code)
            return role;
    return std::nullopt;
}

QString quotaKindCode(const std::optional<NomineeKind>& kind)
{
    return kind ? nomineeKindCode(*kind) : QStringLiteral("any");
}

} // namespace sangkien
