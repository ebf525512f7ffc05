#include "campaign_template.h"

#include "database.h"
#include "domain/campaign.h"
#include "text/vietnamese_text.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace sangkien {
namespace {

QString str(const QJsonObject& o, const char* key)
{
    const QString s = text::clean(o.value(QLatin1String(key)).toString());
    return s.isNull() ? QString(QLatin1String("")) : s; // text columns are NOT NULL
}

QVariant dateOrNull(const QJsonObject& o, const char* key)
{
    const QString s = o.value(QLatin1String(key)).toString();
    return s.isEmpty() ? QVariant() : QVariant(s);
}

} // namespace

QStringList CampaignTemplate::available()
{
    QStringList ids;
    for (const QFileInfo& info :
         QDir(QStringLiteral(":/templates")).entryInfoList({QStringLiteral("*.json")}))
        ids << info.completeBaseName();
    return ids;
}

Result<CampaignTemplate> CampaignTemplate::load(const QString& id)
{
    QFile file(QStringLiteral(":/templates/%1.json").arg(id));
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("There is no campaign template named \"%1\". Known templates: %2.")
                         .arg(id, available().join(QStringLiteral(", "))),
                     id, ErrorKind::Refused};
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject())
        return Error{tr("The template is not valid JSON: %1").arg(parseError.errorString()), id,
                     ErrorKind::Storage};
    CampaignTemplate t;
    t.m_id = id;
    t.m_data = doc.object();
    return t;
}

CampaignTemplate CampaignTemplate::fromData(const QString& id, QJsonObject data)
{
    CampaignTemplate t;
    t.m_id = id;
    t.m_data = std::move(data);
    return t;
}

QJsonArray CampaignTemplate::shippedList(const QString& key)
{
    QJsonArray all;
    for (const QString& id : available())
        if (const auto shipped = load(id))
            for (const QJsonValue& v : shipped->data().value(key).toArray())
                all.append(v);
    return all;
}

QString CampaignTemplate::displayName() const
{
    return str(m_data, "name");
}

Status CampaignTemplate::applyTo(Database& db) const
{
    const QSqlDatabase c = db.connection();
    return db.transaction([&]() -> Status {
        QSqlQuery q(c);
        auto run = [&](const QString& place) -> Status {
            if (!q.exec())
                return sqlError(q, place);
            return {};
        };

        const QJsonObject campaign = m_data.value(QStringLiteral("campaign")).toObject();
        const QString recognition =
            campaign.value(QStringLiteral("recognition")).toString(recognitionCode(Recognition::Vote));
        if (!recognitionFromCode(recognition))
            return Error{
                tr("The template's recognition must be \"vote\" or \"score\", not \"%1\".").arg(recognition),
                m_id, ErrorKind::Refused};
        const QString aggregation =
            campaign.value(QStringLiteral("aggregation")).toString(aggregationCode(AggregationMethod::Mean));
        if (!aggregationFromCode(aggregation))
            return Error{
                tr("The template's aggregation must be \"mean\", \"trimmed_mean\" or \"median\", not "
                   "\"%1\".")
                    .arg(aggregation),
                m_id, ErrorKind::Refused};
        const double disagreementSpread = campaign.value(QStringLiteral("disagreement_spread")).toDouble(20);
        if (!(disagreementSpread >= 0))
            return Error{tr("The template's disagreement spread must be a number of points, 0 or more."),
                         m_id, ErrorKind::Refused};
        q.prepare(QStringLiteral("INSERT INTO campaign (id, name, year, plan_number, issuing_body, "
                                 "superior_body, place, opens_on, closes_on, pass_ratio, quorum_ratio, "
                                 "recognition, aggregation, disagreement_spread, template, created_at) "
                                 "VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(str(campaign, "name"));
        q.addBindValue(campaign.value(QStringLiteral("year")).toInt());
        q.addBindValue(str(campaign, "plan_number"));
        q.addBindValue(str(campaign, "issuing_body"));
        q.addBindValue(str(campaign, "superior_body"));
        q.addBindValue(str(campaign, "place"));
        q.addBindValue(dateOrNull(campaign, "opens_on"));
        q.addBindValue(dateOrNull(campaign, "closes_on"));
        q.addBindValue(campaign.value(QStringLiteral("pass_ratio")).toDouble(2.0 / 3.0));
        q.addBindValue(campaign.value(QStringLiteral("quorum_ratio")).toDouble(2.0 / 3.0));
        q.addBindValue(recognition);
        q.addBindValue(aggregation);
        q.addBindValue(disagreementSpread);
        q.addBindValue(m_id);
        q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        if (auto s = run(QStringLiteral("campaign")); !s)
            return s;

        int position = 0;
        q.prepare(QStringLiteral("INSERT INTO legal_basis (position, text) VALUES (?, ?)"));
        for (const QJsonValue& line : campaign.value(QStringLiteral("legal_basis")).toArray()) {
            q.addBindValue(++position);
            q.addBindValue(text::clean(line.toString()));
            if (auto s = run(QStringLiteral("legal_basis")); !s)
                return s;
        }

        position = 0;
        q.prepare(QStringLiteral("INSERT INTO initiative_kind (code, name, position) VALUES (?, ?, ?)"));
        for (const QJsonValue& v : m_data.value(QStringLiteral("initiative_kinds")).toArray()) {
            const QJsonObject o = v.toObject();
            q.addBindValue(str(o, "code"));
            q.addBindValue(str(o, "name"));
            q.addBindValue(++position);
            if (auto s = run(str(o, "code")); !s)
                return s;
        }

        position = 0;
        q.prepare(
            QStringLiteral("INSERT INTO content_category (code, group_number, group_title, title, position) "
                           "VALUES (?, ?, ?, ?, ?)"));
        for (const QJsonValue& v : m_data.value(QStringLiteral("categories")).toArray()) {
            const QJsonObject o = v.toObject();
            q.addBindValue(str(o, "code"));
            q.addBindValue(o.value(QStringLiteral("group")).toInt());
            q.addBindValue(str(o, "group_title"));
            q.addBindValue(str(o, "title"));
            q.addBindValue(++position);
            if (auto s = run(str(o, "code")); !s)
                return s;
        }

        position = 0;
        q.prepare(QStringLiteral("INSERT INTO unit_kind (code, name, position) VALUES (?, ?, ?)"));
        for (const QJsonValue& v : m_data.value(QStringLiteral("unit_kinds")).toArray()) {
            const QJsonObject o = v.toObject();
            q.addBindValue(str(o, "code"));
            q.addBindValue(str(o, "name"));
            q.addBindValue(++position);
            if (auto s = run(str(o, "code")); !s)
                return s;
        }

        q.prepare(QStringLiteral("INSERT INTO unit (kind_id, name, district, search_key) "
                                 "VALUES ((SELECT id FROM unit_kind WHERE code = ?), ?, ?, ?)"));
        for (const QJsonValue& v : m_data.value(QStringLiteral("units")).toArray()) {
            const QJsonObject o = v.toObject();
            q.addBindValue(str(o, "kind"));
            q.addBindValue(str(o, "name"));
            q.addBindValue(str(o, "district"));
            q.addBindValue(text::searchKey(str(o, "name")));
            if (auto s = run(str(o, "name")); !s)
                return s;
        }

        position = 0;
        q.prepare(QStringLiteral(
            "INSERT INTO criterion (code, name, max_points, min_points, position) VALUES (?, ?, ?, ?, ?)"));
        for (const QJsonValue& v : m_data.value(QStringLiteral("criteria")).toArray()) {
            const QJsonObject o = v.toObject();
            q.addBindValue(str(o, "code"));
            q.addBindValue(str(o, "name"));
            q.addBindValue(o.value(QStringLiteral("max")).toDouble());
            q.addBindValue(o.value(QStringLiteral("min")).toDouble());
            q.addBindValue(++position);
            if (auto s = run(str(o, "code")); !s)
                return s;
        }

        position = 0;
        for (const QJsonValue& v : m_data.value(QStringLiteral("award_forms")).toArray()) {
            const QJsonObject o = v.toObject();
            q.prepare(QStringLiteral(
                "INSERT INTO award_form (code, name, min_score, position) VALUES (?, ?, ?, ?)"));
            q.addBindValue(str(o, "code"));
            q.addBindValue(str(o, "name"));
            q.addBindValue(o.value(QStringLiteral("min_score")).toDouble());
            q.addBindValue(++position);
            if (auto s = run(str(o, "code")); !s)
                return s;
            const qint64 formId = q.lastInsertId().toLongLong();
            q.prepare(QStringLiteral(
                "INSERT INTO quota_rule (award_form_id, nominee_kind, max_count) VALUES (?, ?, ?)"));
            for (const QJsonValue& rule : o.value(QStringLiteral("quotas")).toArray()) {
                q.addBindValue(formId);
                q.addBindValue(str(rule.toObject(), "kind"));
                q.addBindValue(rule.toObject().value(QStringLiteral("max")).toInt());
                if (auto s = run(str(o, "code")); !s)
                    return s;
            }
        }

        // What a template made from an earlier campaign also carries: the units' successions, the
        // council and where the certificates print on the office's blanks.
        q.prepare(QStringLiteral("INSERT OR IGNORE INTO unit_succession (from_name, to_name, effective_on, "
                                 "kind, basis) VALUES (?, ?, ?, ?, ?)"));
        for (const QJsonValue& v : m_data.value(QStringLiteral("successions")).toArray()) {
            const QJsonObject o = v.toObject();
            for (const QJsonValue& to : o.value(QStringLiteral("to")).toArray()) {
                q.addBindValue(str(o, "from"));
                q.addBindValue(text::clean(to.toString()));
                q.addBindValue(str(o, "on"));
                q.addBindValue(str(o, "kind"));
                q.addBindValue(str(o, "basis"));
                if (auto s = run(str(o, "from")); !s)
                    return s;
            }
        }

        q.prepare(QStringLiteral("INSERT INTO council_member (full_name, role, position, unit_id) "
                                 "VALUES (?, ?, ?, (SELECT id FROM unit WHERE name = ?))"));
        for (const QJsonValue& v : m_data.value(QStringLiteral("council")).toArray()) {
            const QJsonObject o = v.toObject();
            q.addBindValue(str(o, "name"));
            q.addBindValue(str(o, "role"));
            q.addBindValue(str(o, "position"));
            q.addBindValue(str(o, "unit"));
            if (auto s = run(str(o, "name")); !s)
                return s;
        }

        q.prepare(QStringLiteral(
            "INSERT INTO certificate_layout (form, layout, saved_at, saved_by) VALUES (?, ?, ?, ?)"));
        for (const QJsonValue& v : m_data.value(QStringLiteral("certificate_layouts")).toArray()) {
            const QJsonObject o = v.toObject();
            q.addBindValue(str(o, "form"));
            q.addBindValue(str(o, "layout"));
            q.addBindValue(str(o, "saved_at"));
            q.addBindValue(str(o, "saved_by"));
            if (auto s = run(str(o, "form")); !s)
                return s;
        }

        q.prepare(QStringLiteral(
            "INSERT INTO report_template (kind, body, saved_at, saved_by) VALUES (?, ?, ?, ?)"));
        for (const QJsonValue& v : m_data.value(QStringLiteral("report_templates")).toArray()) {
            const QJsonObject o = v.toObject();
            q.addBindValue(str(o, "kind"));
            q.addBindValue(o.value(QStringLiteral("body")).toString());
            q.addBindValue(str(o, "saved_at"));
            q.addBindValue(str(o, "saved_by"));
            if (auto s = run(str(o, "kind")); !s)
                return s;
        }
        return {};
    });
}

Result<std::unique_ptr<Database>> createCampaign(const QString& path, const QString& templateId)
{
    auto tpl = CampaignTemplate::load(templateId);
    if (!tpl)
        return tpl.error();
    return createCampaign(path, *tpl);
}

Result<std::unique_ptr<Database>> createCampaign(const QString& path, const CampaignTemplate& plan)
{
    auto db = Database::create(path);
    if (!db)
        return db.error();
    if (auto applied = plan.applyTo(**db); !applied) {
        db->reset();
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        return applied.error();
    }
    return db;
}

} // namespace sangkien
