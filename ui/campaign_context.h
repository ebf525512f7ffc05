#pragma once

#include "prompts.h"
#include "storage/user_accounts.h"

#include <QString>
#include <optional>

namespace sangkien {

class Database;

// What every dialog of an open campaign works with, handed over as one value by the window: the campaign,
// who is at the keyboard, their role when roles are on, and the one way to ask them something. Tests build
// one with the scripted prompts they installed.
struct CampaignContext
{
    Database* db = nullptr;
    // The name the trail records: the signed-in login, or the system user while roles are off.
    QString user;
    // Who signed in, when the campaign has roles on.
    std::optional<AppUser> signedIn;
    Prompts* prompts = &defaultPrompts();
    // The program's default signer (File › Preferences): prefills a decision's signer when the campaign
    // has none yet.
    QString defaultSigner;

    Database& database() const { return *db; }
    Prompts& ask() const { return *prompts; }
    std::optional<UserRole> role() const
    {
        return signedIn ? std::optional<UserRole>(signedIn->role) : std::nullopt;
    }
};

} // namespace sangkien
