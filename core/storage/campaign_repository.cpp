#include "campaign_repository.h"

#include "common/text_limits.h"
#include "database.h"
#include "sql_value.h"
#include "text/vietnamese_text.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlQuery>
#include <tuple>

namespace sangkien {

Result<Campaign> CampaignRepository::load() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral(
            "SELECT name, year, plan_number, issuing_body, superior_body, place, opens_on, "
            "closes_on, pass_ratio, quorum_ratio, recognition, aggregation, disagreement_spread "
            "FROM campaign WHERE id = 1")))
        return sqlError(q, QStringLiteral("campaign"));
    if (!q.next())
        return Error{Database::tr("The campaign file holds no campaign."), m_db.path(), ErrorKind::Damaged};
    Campaign c;
    c.name = q.value(0).toString();
    c.year = q.value(1).toInt();
    c.planNumber = q.value(2).toString();
    c.issuingBody = q.value(3).toString();
    c.superiorBody = q.value(4).toString();
    c.place = q.value(5).toString();
    c.opensOn = QDate::fromString(q.value(6).toString(), Qt::ISODate);
    c.closesOn = QDate::fromString(q.value(7).toString(), Qt::ISODate);
    c.passRatio = q.value(8).toDouble();
    c.quorumRatio = q.value(9).toDouble();
    c.recognition = recognitionFromCode(q.value(10).toString()).value_or(Recognition::Vote);
    c.aggregation = aggregationFromCode(q.value(11).toString()).value_or(AggregationMethod::Mean);
    c.disagreementSpread = q.value(12).toDouble();
    if (!q.exec(QStringLiteral("SELECT text FROM legal_basis ORDER BY position")))
        return sqlError(q, QStringLiteral("legal_basis"));
    while (q.next())
        c.legalBasis << q.value(0).toString();
    return c;
}

Status CampaignRepository::save(const Campaign& c)
{
    for (const auto& [text, limit, words] :
         {std::tuple{c.name, TextLimits::kTitle,
                     QCoreApplication::translate("CampaignRepository", "The campaign's name")},
          std::tuple{c.planNumber, TextLimits::kCode,
                     QCoreApplication::translate("CampaignRepository", "The plan's number")},
          std::tuple{c.issuingBody, TextLimits::kName,
                     QCoreApplication::translate("CampaignRepository", "The issuing body")},
          std::tuple{c.superiorBody, TextLimits::kName,
                     QCoreApplication::translate("CampaignRepository", "The superior body")},
          std::tuple{c.place, TextLimits::kName,
                     QCoreApplication::translate("CampaignRepository", "The place")}}) {
        if (auto ok = TextLimits::check(text, limit, words); !ok)
            return Error{ok.error().message, QStringLiteral("campaign"), ok.error().kind};
    }
    for (const QString& line : c.legalBasis)
        if (auto ok = TextLimits::check(line, TextLimits::kTitle,
                                        QCoreApplication::translate("CampaignRepository", "A legal basis"));
            !ok)
            return Error{ok.error().message, QStringLiteral("legal_basis"), ok.error().kind};
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE campaign SET name = ?, year = ?, plan_number = ?, issuing_body = ?, "
                             "superior_body = ?, place = ?, opens_on = ?, closes_on = ?, pass_ratio = ?, "
                             "quorum_ratio = ?, recognition = ?, aggregation = ?, disagreement_spread = ? "
                             "WHERE id = 1"));
    q.addBindValue(sql::text(text::clean(c.name)));
    q.addBindValue(c.year);
    q.addBindValue(sql::text(text::clean(c.planNumber)));
    q.addBindValue(sql::text(text::clean(c.issuingBody)));
    q.addBindValue(sql::text(text::clean(c.superiorBody)));
    q.addBindValue(sql::text(text::clean(c.place)));
    q.addBindValue(c.opensOn.isValid() ? QVariant(c.opensOn.toString(Qt::ISODate)) : QVariant());
    q.addBindValue(c.closesOn.isValid() ? QVariant(c.closesOn.toString(Qt::ISODate)) : QVariant());
    q.addBindValue(c.passRatio);
    q.addBindValue(c.quorumRatio);
    q.addBindValue(recognitionCode(c.recognition));
    q.addBindValue(aggregationCode(c.aggregation));
    q.addBindValue(c.disagreementSpread);
    if (!q.exec())
        return sqlError(q, QStringLiteral("campaign"));
    if (!q.exec(QStringLiteral("DELETE FROM legal_basis")))
        return sqlError(q, QStringLiteral("legal_basis"));
    q.prepare(QStringLiteral("INSERT INTO legal_basis (position, text) VALUES (?, ?)"));
    int position = 0;
    for (const QString& line : c.legalBasis) {
        q.addBindValue(++position);
        q.addBindValue(sql::text(text::clean(line)));
        if (!q.exec())
            return sqlError(q, QStringLiteral("legal_basis"));
    }
    return {};
}

int CampaignRepository::year() const
{
    QSqlQuery q(m_db.connection());
    if (q.exec(QStringLiteral("SELECT year FROM campaign WHERE id = 1")) && q.next())
        return q.value(0).toInt();
    return QDate::currentDate().year();
}

Result<CampaignRepository::Identity> CampaignRepository::identity() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT uid, name, year, template FROM campaign WHERE id = 1")))
        return sqlError(q, QStringLiteral("campaign"));
    Identity c;
    if (q.next()) {
        c.uid = q.value(0).toString();
        c.name = q.value(1).toString();
        c.year = q.value(2).toInt();
        c.templateId = q.value(3).toString();
    }
    return c;
}

Result<int> CampaignRepository::rowCount() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM campaign")) || !q.next())
        return sqlError(q, QStringLiteral("campaign"));
    return q.value(0).toInt();
}

Result<std::optional<RankingSettings>> CampaignRepository::rankingSettings() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT aggregation, disagreement_spread FROM campaign WHERE id = 1")))
        return sqlError(q, QStringLiteral("campaign"));
    if (!q.next())
        return std::optional<RankingSettings>();
    return std::optional<RankingSettings>(RankingSettings{q.value(0).toString(), q.value(1).toDouble()});
}

bool CampaignRepository::rolesEnabled() const
{
    QSqlQuery q(m_db.connection());
    return q.exec(QStringLiteral("SELECT roles_enabled FROM campaign WHERE id = 1")) && q.next() &&
           q.value(0).toBool();
}

Status CampaignRepository::enableRoles()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("UPDATE campaign SET roles_enabled = 1 WHERE id = 1")))
        return sqlError(q, QStringLiteral("campaign"));
    return {};
}

} // namespace sangkien
