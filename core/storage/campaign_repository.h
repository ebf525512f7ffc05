#pragma once

#include "common/result.h"
#include "domain/campaign.h"

namespace sangkien {

class Database;

// The campaign's own facts (one row) and its legal basis lines.
class CampaignRepository
{
public:
    explicit CampaignRepository(Database& db)
        : m_db(db)
    {}

    Result<Campaign> load() const;
    Status save(const Campaign& campaign); // inside the caller's transaction

private:
    Database& m_db;
};

} // namespace sangkien
