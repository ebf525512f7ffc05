#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace sangkien {

// The facts of next year's plan the clerk gives when starting it from this year's campaign.
struct NextCampaignFacts
{
    int year = 0;
    QString planNumber; // the new plan's number; empty until the plan is issued
    QDate opensOn;      // empty: the earlier campaign's dates moved to the new year
    QDate closesOn;
};

// What starting a campaign from an earlier one carried over and changed.
struct NextCampaignSummary
{
    int units = 0;
    QStringList replacedUnits; // units that became others (merged, renamed, a district abolished)
    QStringList addedUnits;    // their successors, added
    int criteria = 0;
    int awardForms = 0;
    int councilMembers = 0;
};

// Next year's campaign from this one (Tệp › Tạo phong trào mới, `sangkien-cli init NEW --from OLD`): the
// units with the successions that took effect by the new campaign's end applied (the province's
// reorganisation of 1 July 2025 ships as data in the hungyen-2025 template), the content categories,
// criteria, award forms and quota rules, the council and the certificate layouts are copied; entries,
// scores, votes, awards and the trail are not. The new file is built whole under a temporary name.
class NextCampaign
{
    Q_DECLARE_TR_FUNCTIONS(NextCampaign)

public:
    static Result<NextCampaignSummary> create(const QString& fromPath, const QString& newPath,
                                              const NextCampaignFacts& facts);

    // The plan of the earlier campaign (CampaignPlan::read) made into the new one's, in place; known
    // holds the successions and units of every template the program ships.
    static Result<NextCampaignSummary> carryForward(QJsonObject& plan, const NextCampaignFacts& facts,
                                                    const QJsonArray& knownSuccessions,
                                                    const QJsonArray& knownUnits,
                                                    const QJsonArray& knownKinds);
};

} // namespace sangkien
