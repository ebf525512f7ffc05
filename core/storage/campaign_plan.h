#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace sangkien {

class Database;

// An open campaign's plan in the shape of a template (resources/templates/*.json): the campaign's facts
// and legal basis, kinds, categories, unit kinds and units, criteria, award forms with their quota rules,
// and what a template may also carry: the units' successions, the council and the certificate layouts.
// Entries, scores, votes, awards and the trail are not part of a plan.
class CampaignPlan
{
    Q_DECLARE_TR_FUNCTIONS(CampaignPlan)

public:
    static Result<QJsonObject> read(Database& db);
};

} // namespace sangkien
