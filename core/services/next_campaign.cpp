#include "next_campaign.h"

#include "storage/campaign_builder.h"
#include "storage/campaign_plan.h"
#include "storage/campaign_template.h"
#include "storage/database.h"

#include <QSet>

namespace sangkien {
namespace {

QString textOf(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

QJsonObject findByName(const QJsonArray& list, const QString& key, const QString& value)
{
    for (const QJsonValue& v : list)
        if (v.toObject().value(key).toString() == value)
            return v.toObject();
    return {};
}

QDate movedToYear(const QString& iso, int fromYear, int toYear, QDate fallback)
{
    const QDate d = QDate::fromString(iso, Qt::ISODate);
    return d.isValid() ? d.addYears(toYear - fromYear) : fallback;
}

} // namespace

Result<NextCampaignSummary> NextCampaign::carryForward(QJsonObject& plan, const NextCampaignFacts& facts,
                                                       const QJsonArray& knownSuccessions,
                                                       const QJsonArray& knownUnits,
                                                       const QJsonArray& knownKinds)
{
    QJsonObject campaign = plan.value(QStringLiteral("campaign")).toObject();
    const int oldYear = campaign.value(QStringLiteral("year")).toInt();
    if (facts.year < 2000 || facts.year > 2100)
        return Error{tr("The year must lie between 2000 and 2100."), QStringLiteral("year"),
                     ErrorKind::Usage};
    if (facts.year <= oldYear)
        return Error{tr("The new campaign's year (%1) must come after the earlier campaign's (%2).")
                         .arg(facts.year)
                         .arg(oldYear),
                     QStringLiteral("year"), ErrorKind::Refused};

    const QString oldPlan = textOf(campaign, "plan_number");
    const QDate opens = facts.opensOn.isValid() ? facts.opensOn
                                                : movedToYear(textOf(campaign, "opens_on"), oldYear,
                                                              facts.year, QDate(facts.year, 1, 1));
    const QDate closes = facts.closesOn.isValid() ? facts.closesOn
                                                  : movedToYear(textOf(campaign, "closes_on"), oldYear,
                                                                facts.year, QDate(facts.year, 12, 31));
    if (closes < opens)
        return Error{tr("The campaign cannot close before it opens."), QStringLiteral("closes_on"),
                     ErrorKind::Usage};
    campaign.insert(QStringLiteral("year"), facts.year);
    campaign.insert(QStringLiteral("plan_number"), facts.planNumber.trimmed());
    campaign.insert(QStringLiteral("opens_on"), opens.toString(Qt::ISODate));
    campaign.insert(QStringLiteral("closes_on"), closes.toString(Qt::ISODate));
    // The legal basis cites the earlier plan by number and year: those lines go (the new plan is cited
    // once it is issued), the rest is the same law with the new year.
    const QString oldYearText = QStringLiteral("năm %1").arg(oldYear);
    const QString newYearText = QStringLiteral("năm %1").arg(facts.year);
    QJsonArray basis;
    for (const QJsonValue& line : campaign.value(QStringLiteral("legal_basis")).toArray()) {
        QString text = line.toString();
        if (!oldPlan.isEmpty() && text.contains(oldPlan))
            continue;
        basis.append(text.replace(oldYearText, newYearText));
    }
    campaign.insert(QStringLiteral("legal_basis"), basis);
    plan.insert(QStringLiteral("campaign"), campaign);
    plan.insert(QStringLiteral("name"),
                textOf(plan, "name").replace(QString::number(oldYear), QString::number(facts.year)));

    // Successions that took effect by the new campaign's end, applied until no unit left has a successor
    // (a district's commune that merged again later).
    QJsonArray successions = plan.value(QStringLiteral("successions")).toArray();
    for (const QJsonValue& s : knownSuccessions)
        if (!successions.contains(s))
            successions.append(s);
    QJsonArray units = plan.value(QStringLiteral("units")).toArray();
    QJsonArray kinds = plan.value(QStringLiteral("unit_kinds")).toArray();
    QJsonArray council = plan.value(QStringLiteral("council")).toArray();
    NextCampaignSummary summary;
    QSet<QString> replaced;
    for (int pass = 0; pass < 10; ++pass) {
        bool changed = false;
        for (const QJsonValue& sv : successions) {
            const QJsonObject s = sv.toObject();
            const QDate on = QDate::fromString(textOf(s, "on"), Qt::ISODate);
            if (!on.isValid() || on > closes)
                continue;
            const QString from = textOf(s, "from");
            const QJsonObject old = findByName(units, QStringLiteral("name"), from);
            if (old.isEmpty())
                continue;
            QStringList successors;
            for (const QJsonValue& to : s.value(QStringLiteral("to")).toArray())
                successors << to.toString();
            if (successors.isEmpty())
                continue;
            for (int i = units.size() - 1; i >= 0; --i)
                if (units.at(i).toObject().value(QStringLiteral("name")).toString() == from)
                    units.removeAt(i);
            replaced.insert(from);
            summary.replacedUnits << from;
            for (const QString& name : successors) {
                if (!findByName(units, QStringLiteral("name"), name).isEmpty())
                    continue;
                QJsonObject unit = findByName(knownUnits, QStringLiteral("name"), name);
                if (unit.isEmpty())
                    unit = QJsonObject{{QStringLiteral("kind"), old.value(QStringLiteral("kind"))},
                                       {QStringLiteral("name"), name},
                                       {QStringLiteral("district"), QString()}};
                const QString kind = textOf(unit, "kind");
                if (findByName(kinds, QStringLiteral("code"), kind).isEmpty()) {
                    const QJsonObject known = findByName(knownKinds, QStringLiteral("code"), kind);
                    kinds.append(known.isEmpty() ? QJsonObject{{QStringLiteral("code"), kind},
                                                               {QStringLiteral("name"), kind}}
                                                 : known);
                }
                units.append(unit);
                summary.addedUnits << name;
            }
            // A council member of a unit that became others now belongs to its first successor.
            for (int i = 0; i < council.size(); ++i) {
                QJsonObject member = council.at(i).toObject();
                if (textOf(member, "unit") == from) {
                    member.insert(QStringLiteral("unit"), successors.first());
                    council.replace(i, member);
                }
            }
            changed = true;
        }
        if (!changed)
            break;
    }
    // A successor that was itself replaced later is not listed as added.
    summary.addedUnits.removeIf([&](const QString& name) { return replaced.contains(name); });
    plan.insert(QStringLiteral("units"), units);
    plan.insert(QStringLiteral("unit_kinds"), kinds);
    plan.insert(QStringLiteral("council"), council);
    plan.insert(QStringLiteral("successions"), successions);

    summary.units = int(units.size());
    summary.criteria = int(plan.value(QStringLiteral("criteria")).toArray().size());
    summary.awardForms = int(plan.value(QStringLiteral("award_forms")).toArray().size());
    summary.councilMembers = int(council.size());
    return summary;
}

Result<NextCampaignSummary> NextCampaign::create(const QString& fromPath, const QString& newPath,
                                                 const NextCampaignFacts& facts)
{
    QJsonObject plan;
    {
        auto old = Database::open(fromPath, Database::Mode::ReadOnly);
        if (!old)
            return old.error();
        auto read = CampaignPlan::read(**old);
        if (!read)
            return read.error();
        plan = *read;
    }
    const QJsonArray successions = CampaignTemplate::shippedList(QStringLiteral("successions"));
    const QJsonArray units = CampaignTemplate::shippedList(QStringLiteral("units"));
    const QJsonArray kinds = CampaignTemplate::shippedList(QStringLiteral("unit_kinds"));
    auto summary = carryForward(plan, facts, successions, units, kinds);
    if (!summary)
        return summary.error();
    const QString templateId =
        plan.value(QStringLiteral("campaign")).toObject().value(QStringLiteral("template")).toString();
    if (auto built = CampaignBuilder::build(newPath, CampaignTemplate::fromData(templateId, plan)); !built)
        return built.error();
    return summary;
}

} // namespace sangkien
