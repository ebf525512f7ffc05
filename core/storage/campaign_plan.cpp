#include "campaign_plan.h"

#include "campaign_repository.h"
#include "database.h"
#include "domain/aggregation_method.h"
#include "domain/campaign.h"

#include <QJsonArray>
#include <QSqlQuery>

namespace sangkien {
namespace {

// Each row of sql as an object keyed by keys, in the columns' order.
Result<QJsonArray> rows(Database& db, const QString& sql, const QStringList& keys, const QString& place)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(sql))
        return sqlError(q, place);
    QJsonArray out;
    while (q.next()) {
        QJsonObject o;
        for (int i = 0; i < keys.size(); ++i)
            o.insert(keys.at(i), QJsonValue::fromVariant(q.value(i)));
        out.append(o);
    }
    return out;
}

} // namespace

Result<QJsonObject> CampaignPlan::read(Database& db)
{
    QJsonObject plan;
    auto campaign = CampaignRepository(db).load();
    if (!campaign)
        return campaign.error();
    auto identity = CampaignRepository(db).identity();
    if (!identity)
        return identity.error();
    const auto date = [](const QDate& d) {
        return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
    };
    QJsonArray lines;
    for (const QString& line : campaign->legalBasis)
        lines.append(line);
    plan.insert(QStringLiteral("name"), campaign->name);
    plan.insert(QStringLiteral("campaign"),
                QJsonObject{{QStringLiteral("name"), campaign->name},
                            {QStringLiteral("year"), campaign->year},
                            {QStringLiteral("plan_number"), campaign->planNumber},
                            {QStringLiteral("issuing_body"), campaign->issuingBody},
                            {QStringLiteral("superior_body"), campaign->superiorBody},
                            {QStringLiteral("place"), campaign->place},
                            {QStringLiteral("opens_on"), date(campaign->opensOn)},
                            {QStringLiteral("closes_on"), date(campaign->closesOn)},
                            {QStringLiteral("pass_ratio"), campaign->passRatio},
                            {QStringLiteral("quorum_ratio"), campaign->quorumRatio},
                            {QStringLiteral("recognition"), recognitionCode(campaign->recognition)},
                            {QStringLiteral("aggregation"), aggregationCode(campaign->aggregation)},
                            {QStringLiteral("disagreement_spread"), campaign->disagreementSpread},
                            {QStringLiteral("template"), identity->templateId},
                            {QStringLiteral("legal_basis"), lines}});

    struct Part
    {
        const char* key;
        QString sql;
        QStringList columns;
    };
    const QList<Part> parts = {
        {"initiative_kinds",
         QStringLiteral("SELECT code, name FROM initiative_kind ORDER BY position"),
         {QStringLiteral("code"), QStringLiteral("name")}},
        {"categories",
         QStringLiteral(
             "SELECT code, group_number, group_title, title FROM content_category ORDER BY position"),
         {QStringLiteral("code"), QStringLiteral("group"), QStringLiteral("group_title"),
          QStringLiteral("title")}},
        {"unit_kinds",
         QStringLiteral("SELECT code, name FROM unit_kind ORDER BY position"),
         {QStringLiteral("code"), QStringLiteral("name")}},
        {"units",
         QStringLiteral("SELECT k.code, u.name, u.district FROM unit u JOIN unit_kind k ON k.id = u.kind_id "
                        "ORDER BY k.position, u.id"),
         {QStringLiteral("kind"), QStringLiteral("name"), QStringLiteral("district")}},
        {"criteria",
         QStringLiteral("SELECT code, name, max_points, min_points FROM criterion ORDER BY position"),
         {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("max"), QStringLiteral("min")}},
        {"council",
         QStringLiteral("SELECT m.full_name, m.role, m.position, coalesce(u.name, '') FROM council_member m "
                        "LEFT JOIN unit u ON u.id = m.unit_id ORDER BY m.id"),
         {QStringLiteral("name"), QStringLiteral("role"), QStringLiteral("position"),
          QStringLiteral("unit")}},
        {"certificate_layouts",
         QStringLiteral("SELECT form, layout, saved_at, saved_by FROM certificate_layout"),
         {QStringLiteral("form"), QStringLiteral("layout"), QStringLiteral("saved_at"),
          QStringLiteral("saved_by")}},
    };
    for (const Part& part : parts) {
        auto read = rows(db, part.sql, part.columns, QString::fromLatin1(part.key));
        if (!read)
            return read.error();
        plan.insert(QString::fromLatin1(part.key), *read);
    }

    auto forms = rows(
        db, QStringLiteral("SELECT id, code, name, min_score FROM award_form ORDER BY position"),
        {QStringLiteral("id"), QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("min_score")},
        QStringLiteral("award_form"));
    if (!forms)
        return forms.error();
    auto quotas =
        rows(db, QStringLiteral("SELECT award_form_id, nominee_kind, max_count FROM quota_rule ORDER BY id"),
             {QStringLiteral("form"), QStringLiteral("kind"), QStringLiteral("max")},
             QStringLiteral("quota_rule"));
    if (!quotas)
        return quotas.error();
    QJsonArray awardForms;
    for (const QJsonValue& v : *forms) {
        QJsonObject form = v.toObject();
        const qint64 id = form.take(QStringLiteral("id")).toInteger();
        QJsonArray rules;
        for (const QJsonValue& r : *quotas) {
            QJsonObject rule = r.toObject();
            if (rule.take(QStringLiteral("form")).toInteger() == id)
                rules.append(rule);
        }
        form.insert(QStringLiteral("quotas"), rules);
        awardForms.append(form);
    }
    plan.insert(QStringLiteral("award_forms"), awardForms);

    // The report texts the office edited (ReportTemplateRepository). A file of a version before they were
    // kept (opened read-only, so not migrated) has none.
    QSqlQuery hasReports(db.connection());
    if (!hasReports.exec(QStringLiteral(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'report_template'")) ||
        !hasReports.next())
        return sqlError(hasReports, QStringLiteral("report_template"));
    if (hasReports.value(0).toInt() == 0) {
        plan.insert(QStringLiteral("report_templates"), QJsonArray());
    } else {
        auto reports = rows(
            db, QStringLiteral("SELECT kind, body, saved_at, saved_by FROM report_template ORDER BY kind"),
            {QStringLiteral("kind"), QStringLiteral("body"), QStringLiteral("saved_at"),
             QStringLiteral("saved_by")},
            QStringLiteral("report_template"));
        if (!reports)
            return reports.error();
        plan.insert(QStringLiteral("report_templates"), *reports);
    }

    // One object per unit that became others, as templates write them. A file of a version before
    // successions were kept (opened read-only, so not migrated) has none.
    QSqlQuery hasTable(db.connection());
    if (!hasTable.exec(QStringLiteral(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'unit_succession'")) ||
        !hasTable.next())
        return sqlError(hasTable, QStringLiteral("unit_succession"));
    if (hasTable.value(0).toInt() == 0) {
        plan.insert(QStringLiteral("successions"), QJsonArray());
        return plan;
    }
    auto successions = rows(db,
                            QStringLiteral("SELECT from_name, to_name, effective_on, kind, basis FROM "
                                           "unit_succession ORDER BY id"),
                            {QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("on"),
                             QStringLiteral("kind"), QStringLiteral("basis")},
                            QStringLiteral("unit_succession"));
    if (!successions)
        return successions.error();
    QJsonArray grouped;
    for (const QJsonValue& v : *successions) {
        const QJsonObject row = v.toObject();
        bool merged = false;
        for (int i = 0; i < grouped.size() && !merged; ++i) {
            QJsonObject g = grouped.at(i).toObject();
            if (g.value(QStringLiteral("from")) == row.value(QStringLiteral("from")) &&
                g.value(QStringLiteral("on")) == row.value(QStringLiteral("on"))) {
                QJsonArray to = g.value(QStringLiteral("to")).toArray();
                to.append(row.value(QStringLiteral("to")));
                g.insert(QStringLiteral("to"), to);
                grouped.replace(i, g);
                merged = true;
            }
        }
        if (!merged) {
            QJsonObject g = row;
            g.insert(QStringLiteral("to"), QJsonArray{row.value(QStringLiteral("to"))});
            grouped.append(g);
        }
    }
    plan.insert(QStringLiteral("successions"), grouped);
    return plan;
}

} // namespace sangkien
