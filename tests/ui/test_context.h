// The context a dialog of an open campaign is handed, as the window builds it: the campaign, who types,
// their role when roles are on, and the scripted prompts the test program installed.
#pragma once

#include "campaign_context.h"
#include "storage/user_accounts.h"

#include <QString>
#include <optional>

namespace sangkien::testing {

inline CampaignContext contextFor(Database& db, const QString& user = QStringLiteral("clerk"),
                                  std::optional<AppUser> signedIn = std::nullopt)
{
    CampaignContext context;
    context.db = &db;
    context.user = user;
    context.signedIn = std::move(signedIn);
    return context;
}

// Signed in with the given role, as after the sign-in dialog of a campaign with roles on.
inline CampaignContext contextSignedIn(Database& db, UserRole role)
{
    AppUser user;
    user.login = userRoleCode(role);
    user.fullName = user.login;
    user.role = role;
    return contextFor(db, user.login, user);
}

} // namespace sangkien::testing
