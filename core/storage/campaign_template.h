#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <memory>

namespace sangkien {

class Database;

// A campaign template kept as data in resources/templates (e.g. "hungyen-2024": the 2024 plan's
// categories, units, criteria, award forms and quota rules).
class CampaignTemplate
{
    Q_DECLARE_TR_FUNCTIONS(CampaignTemplate)

public:
    static constexpr const char* kDefaultId = "hungyen-2024";

    static QStringList available();
    static Result<CampaignTemplate> load(const QString& id);
    // A template made in memory, such as an earlier campaign's plan (readCampaignPlan); id names where it
    // came from in the campaign row and in messages.
    static CampaignTemplate fromData(const QString& id, QJsonObject data);
    // One list ("successions", "units", "unit_kinds") of every template the program ships, one after another.
    static QJsonArray shippedList(const QString& key);

    QString id() const { return m_id; }
    QString displayName() const;
    const QJsonObject& data() const { return m_data; }

    // Writes the template's facts into an empty campaign, in one transaction.
    Status applyTo(Database& db) const;

private:
    QString m_id;
    QJsonObject m_data;
};

// Creates a new campaign file at path from a template; on any failure no file is left behind.
Result<std::unique_ptr<Database>> createCampaign(const QString& path, const QString& templateId);
Result<std::unique_ptr<Database>> createCampaign(const QString& path, const CampaignTemplate& plan);

} // namespace sangkien
