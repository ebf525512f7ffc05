#pragma once

#include "common/result.h"
#include "domain/campaign.h"

#include <optional>

namespace sangkien {

class Database;

// How the campaign aggregates the members' totals, as stored (codes the ranking understands).
struct RankingSettings
{
    QString aggregation;           // "mean", "trimmed_mean", "median"
    double disagreementSpread = 0; // points between members' totals that flag an entry
};

// The campaign's own facts (one row) and its legal basis lines. The only reader and writer of the
// campaign row: everything else asks here.
class CampaignRepository
{
public:
    // What a review package carries of its campaign.
    struct Identity
    {
        QString uid;
        QString name;
        int year = 0;
        QString templateId; // the template it was made from ("hungyen-2024")
    };

    explicit CampaignRepository(Database& db)
        : m_db(db)
    {}

    Result<Campaign> load() const;
    Status save(const Campaign& campaign); // inside the caller's transaction

    // The campaign's year alone (entry codes carry it); the current year when the file holds none.
    int year() const;
    // Empty fields when the file holds no campaign row.
    Result<Identity> identity() const;
    // How many campaign rows the file holds: 1 in a whole campaign, 0 in one never finished being made.
    Result<int> rowCount() const;
    // std::nullopt when the file holds no campaign row.
    Result<std::optional<RankingSettings>> rankingSettings() const;
    // Whether sign-in by role is on; off when it cannot be read.
    bool rolesEnabled() const;
    Status enableRoles(); // inside the caller's transaction

private:
    Database& m_db;
};

} // namespace sangkien
