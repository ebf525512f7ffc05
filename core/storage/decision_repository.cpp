#include "decision_repository.h"

#include "audit_log.h"
#include "database.h"
#include "sql_value.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace sangkien {

namespace {

constexpr int kContentFormat = 1;

QJsonArray stringsJson(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

QStringList stringsOf(const QJsonValue& value)
{
    QStringList list;
    for (const QJsonValue& v : value.toArray())
        list << v.toString();
    return list;
}

QJsonArray awardeesJson(const QList<Awardee>& list)
{
    QJsonArray array;
    for (const Awardee& a : list)
        array.append(QJsonObject{{QStringLiteral("kind"), nomineeKindCode(a.kind)},
                                 {QStringLiteral("name"), a.name},
                                 {QStringLiteral("position"), a.position},
                                 {QStringLiteral("unit"), a.unit},
                                 {QStringLiteral("title"), a.initiativeTitle},
                                 {QStringLiteral("code"), a.entryCode}});
    return array;
}

QList<Awardee> awardeesOf(const QJsonValue& value)
{
    QList<Awardee> list;
    for (const QJsonValue& v : value.toArray()) {
        const QJsonObject o = v.toObject();
        Awardee a;
        a.kind =
            nomineeKindFromCode(o.value(QStringLiteral("kind")).toString()).value_or(NomineeKind::Individual);
        a.name = o.value(QStringLiteral("name")).toString();
        a.position = o.value(QStringLiteral("position")).toString();
        a.unit = o.value(QStringLiteral("unit")).toString();
        a.initiativeTitle = o.value(QStringLiteral("title")).toString();
        a.entryCode = o.value(QStringLiteral("code")).toString();
        list.append(a);
    }
    return list;
}

DecisionDetails detailsOf(const AwardDecisionData& data)
{
    return {data.number, data.date, Signer{data.signerName, data.signerTitle.size() > 1}};
}

QString versionLabel(const AwardDecisionData& data, int version)
{
    return DecisionRepository::tr("%1, version %2").arg(data.numberSymbol()).arg(version);
}

QJsonObject detailsJson(const DecisionDetails& d, int version)
{
    return {{QStringLiteral("version"), version},
            {QStringLiteral("number"), d.number},
            {QStringLiteral("date"), d.date.toString(Qt::ISODate)},
            {QStringLiteral("signer"), d.signer.name},
            {QStringLiteral("deputy"), d.signer.deputy}};
}

std::optional<DocumentKind> kindFromCode(const QString& code)
{
    if (code == QLatin1String("director"))
        return DocumentKind::DirectorDecision;
    if (code == QLatin1String("chairman"))
        return DocumentKind::ChairmanProposal;
    return std::nullopt;
}

const QString kColumns = QStringLiteral(
    "SELECT id, kind, version, number, decided_on, signer_name, signer_deputy, created_at, frozen_at, "
    "content FROM award_decision ");

Result<DecisionVersion> versionOf(const QSqlQuery& q)
{
    DecisionVersion v;
    v.id = q.value(0).toLongLong();
    v.kind = kindFromCode(q.value(1).toString()).value_or(DocumentKind::DirectorDecision);
    v.version = q.value(2).toInt();
    v.details.number = q.value(3).toString();
    v.details.date = QDate::fromString(q.value(4).toString(), Qt::ISODate);
    v.details.signer = Signer{q.value(5).toString(), q.value(6).toInt() != 0};
    v.createdAt = QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs);
    if (!q.value(8).isNull()) {
        v.frozenAt = QDateTime::fromString(q.value(8).toString(), Qt::ISODateWithMs);
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(q.value(9).toString().toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            return Error{DecisionRepository::tr("The printed text of version %1 cannot be read: %2")
                             .arg(v.version)
                             .arg(error.errorString()),
                         QStringLiteral("award_decision"), ErrorKind::Damaged};
        auto content = DecisionRepository::fromJson(doc.object());
        if (!content)
            return content.error();
        v.content = *content;
    }
    return v;
}

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace

DecisionRepository::DecisionRepository(Database& db, QString user)
    : m_db(db)
    , m_user(std::move(user))
{}

QString DecisionRepository::kindCode(DocumentKind kind)
{
    return kind == DocumentKind::DirectorDecision ? QStringLiteral("director") : QStringLiteral("chairman");
}

QJsonObject DecisionRepository::toJson(const AwardDecisionData& d)
{
    return {{QStringLiteral("format"), kContentFormat},
            {QStringLiteral("kind"), kindCode(d.kind)},
            {QStringLiteral("number"), d.number},
            {QStringLiteral("symbol"), d.symbol},
            {QStringLiteral("date"), d.date.toString(Qt::ISODate)},
            {QStringLiteral("place"), d.place},
            {QStringLiteral("superiorBody"), d.superiorBody},
            {QStringLiteral("issuingBody"), d.issuingBody},
            {QStringLiteral("signerName"), d.signerName},
            {QStringLiteral("signerTitle"), stringsJson(d.signerTitle)},
            {QStringLiteral("authorityLine"), d.authorityLine},
            {QStringLiteral("legalBasis"), stringsJson(d.legalBasis)},
            {QStringLiteral("proposedBy"), d.proposedBy},
            {QStringLiteral("addressee"), d.addressee},
            {QStringLiteral("campaignName"), d.campaignName},
            {QStringLiteral("campaignYear"), d.campaignYear},
            {QStringLiteral("awardFormName"), d.awardFormName},
            {QStringLiteral("reason"), d.reason},
            {QStringLiteral("moneyArticle"), d.moneyArticle},
            {QStringLiteral("executionArticle"), d.executionArticle},
            {QStringLiteral("recipients"), stringsJson(d.recipients)},
            {QStringLiteral("archiveLine"), d.archiveLine},
            {QStringLiteral("collectives"), awardeesJson(d.collectives)},
            {QStringLiteral("individuals"), awardeesJson(d.individuals)}};
}

Result<AwardDecisionData> DecisionRepository::fromJson(const QJsonObject& o)
{
    if (o.value(QStringLiteral("format")).toInt() != kContentFormat)
        return Error{tr("The printed document was stored by a newer version of the program."),
                     QStringLiteral("award_decision"), ErrorKind::Damaged};
    const auto kind = kindFromCode(o.value(QStringLiteral("kind")).toString());
    if (!kind)
        return Error{tr("The printed document is of an unknown kind."), QStringLiteral("award_decision"),
                     ErrorKind::Damaged};
    AwardDecisionData d;
    d.kind = *kind;
    d.number = o.value(QStringLiteral("number")).toString();
    d.symbol = o.value(QStringLiteral("symbol")).toString();
    d.date = QDate::fromString(o.value(QStringLiteral("date")).toString(), Qt::ISODate);
    d.place = o.value(QStringLiteral("place")).toString();
    d.superiorBody = o.value(QStringLiteral("superiorBody")).toString();
    d.issuingBody = o.value(QStringLiteral("issuingBody")).toString();
    d.signerName = o.value(QStringLiteral("signerName")).toString();
    d.signerTitle = stringsOf(o.value(QStringLiteral("signerTitle")));
    d.authorityLine = o.value(QStringLiteral("authorityLine")).toString();
    d.legalBasis = stringsOf(o.value(QStringLiteral("legalBasis")));
    d.proposedBy = o.value(QStringLiteral("proposedBy")).toString();
    d.addressee = o.value(QStringLiteral("addressee")).toString();
    d.campaignName = o.value(QStringLiteral("campaignName")).toString();
    d.campaignYear = o.value(QStringLiteral("campaignYear")).toInt();
    d.awardFormName = o.value(QStringLiteral("awardFormName")).toString();
    d.reason = o.value(QStringLiteral("reason")).toString();
    d.moneyArticle = o.value(QStringLiteral("moneyArticle")).toString();
    d.executionArticle = o.value(QStringLiteral("executionArticle")).toString();
    d.recipients = stringsOf(o.value(QStringLiteral("recipients")));
    d.archiveLine = o.value(QStringLiteral("archiveLine")).toString();
    d.collectives = awardeesOf(o.value(QStringLiteral("collectives")));
    d.individuals = awardeesOf(o.value(QStringLiteral("individuals")));
    return d;
}

Result<QList<DecisionVersion>> DecisionRepository::versions(DocumentKind kind) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(kColumns + QStringLiteral("WHERE kind = ? ORDER BY version"));
    q.addBindValue(kindCode(kind));
    if (!q.exec())
        return sqlError(q, QStringLiteral("award_decision"));
    QList<DecisionVersion> list;
    while (q.next()) {
        auto v = versionOf(q);
        if (!v)
            return v.error();
        list.append(*v);
    }
    return list;
}

Result<std::optional<DecisionVersion>> DecisionRepository::latest(DocumentKind kind) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(kColumns + QStringLiteral("WHERE kind = ? ORDER BY version DESC LIMIT 1"));
    q.addBindValue(kindCode(kind));
    if (!q.exec())
        return sqlError(q, QStringLiteral("award_decision"));
    if (!q.next())
        return std::optional<DecisionVersion>();
    auto v = versionOf(q);
    if (!v)
        return v.error();
    return std::optional<DecisionVersion>(*v);
}

Result<DecisionVersion> DecisionRepository::version(DocumentKind kind, int number) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(kColumns + QStringLiteral("WHERE kind = ? AND version = ?"));
    q.addBindValue(kindCode(kind));
    q.addBindValue(number);
    if (!q.exec())
        return sqlError(q, QStringLiteral("award_decision"));
    if (!q.next())
        return Error{tr("There is no version %1 of this document.").arg(number),
                     QStringLiteral("award_decision"), ErrorKind::Refused};
    return versionOf(q);
}

Result<DecisionDetails> DecisionRepository::suggestedDetails(DocumentKind kind) const
{
    auto last = latest(kind);
    if (!last)
        return last.error();
    if (*last)
        return (*last)->details;
    // A first decision: the signer of the other kind's document, if any, is the likeliest one.
    auto other = latest(kind == DocumentKind::DirectorDecision ? DocumentKind::ChairmanProposal
                                                               : DocumentKind::DirectorDecision);
    DecisionDetails d;
    d.date = QDate::currentDate();
    if (other && *other)
        d.signer = (*other)->details.signer;
    return d;
}

Result<AwardDecisionData> DecisionRepository::compose(DocumentKind kind, const DecisionDetails& details) const
{
    return AwardDecisionData::fromCampaign(m_db, kind, details.number, details.date, details.signer);
}

Result<DecisionVersion> DecisionRepository::insertVersion(DocumentKind kind, int number,
                                                          const DecisionDetails& details,
                                                          const AwardDecisionData* frozenContent)
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("INSERT INTO award_decision (kind, version, number, decided_on, signer_name, "
                       "signer_deputy, created_at, frozen_at, content) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QString now = nowText();
    q.addBindValue(kindCode(kind));
    q.addBindValue(number);
    q.addBindValue(sql::text(details.number));
    q.addBindValue(details.date.isValid() ? QVariant(details.date.toString(Qt::ISODate)) : QVariant());
    q.addBindValue(sql::text(details.signer.name));
    q.addBindValue(details.signer.deputy ? 1 : 0);
    q.addBindValue(now);
    q.addBindValue(frozenContent ? QVariant(now) : QVariant());
    q.addBindValue(frozenContent ? QVariant(QString::fromUtf8(
                                       QJsonDocument(toJson(*frozenContent)).toJson(QJsonDocument::Compact)))
                                 : QVariant());
    if (!q.exec())
        return sqlError(q, QStringLiteral("award_decision"));
    return version(kind, number);
}

Result<DecisionVersion> DecisionRepository::saveDetails(DocumentKind kind, const DecisionDetails& details)
{
    auto last = latest(kind);
    if (!last)
        return last.error();
    if (*last && (*last)->details == details)
        return **last; // nothing changed (a frozen version printed again keeps its details)
    Result<DecisionVersion> saved = Error{};
    const Status s = m_db.transaction([&]() -> Status {
        const QJsonObject before = *last ? detailsJson((*last)->details, (*last)->version) : QJsonObject();
        if (*last && !(*last)->frozen()) {
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("UPDATE award_decision SET number = ?, decided_on = ?, signer_name = ?, "
                                     "signer_deputy = ? WHERE id = ?"));
            q.addBindValue(sql::text(details.number));
            q.addBindValue(details.date.isValid() ? QVariant(details.date.toString(Qt::ISODate))
                                                  : QVariant());
            q.addBindValue(sql::text(details.signer.name));
            q.addBindValue(details.signer.deputy ? 1 : 0);
            q.addBindValue((*last)->id);
            if (!q.exec())
                return sqlError(q, QStringLiteral("award_decision"));
            saved = version(kind, (*last)->version);
        } else {
            saved = insertVersion(kind, *last ? (*last)->version + 1 : 1, details, nullptr);
        }
        if (!saved)
            return saved.error();
        return AuditLog(m_db).record(
            m_user, QStringLiteral("decision"), QStringLiteral("award_decision"), saved->id,
            tr("%1 %2, version %3").arg(kindCode(kind), details.number).arg(saved->version), before,
            detailsJson(details, saved->version));
    });
    if (!s)
        return s.error();
    return saved;
}

Result<DecisionVersion> DecisionRepository::freeze(const AwardDecisionData& printed)
{
    auto last = latest(printed.kind);
    if (!last)
        return last.error();
    if (*last && (*last)->frozen() && (*last)->content == printed)
        return **last; // the same document printed again
    const DecisionDetails details = detailsOf(printed);
    const QString content = QString::fromUtf8(QJsonDocument(toJson(printed)).toJson(QJsonDocument::Compact));
    Result<DecisionVersion> frozen = Error{};
    const Status s = m_db.transaction([&]() -> Status {
        if (*last && !(*last)->frozen()) {
            // The working draft is what was printed: freeze it with the details it printed with.
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("UPDATE award_decision SET number = ?, decided_on = ?, signer_name = ?, "
                                     "signer_deputy = ?, frozen_at = ?, content = ? WHERE id = ?"));
            q.addBindValue(sql::text(details.number));
            q.addBindValue(details.date.isValid() ? QVariant(details.date.toString(Qt::ISODate))
                                                  : QVariant());
            q.addBindValue(sql::text(details.signer.name));
            q.addBindValue(details.signer.deputy ? 1 : 0);
            q.addBindValue(nowText());
            q.addBindValue(content);
            q.addBindValue((*last)->id);
            if (!q.exec())
                return sqlError(q, QStringLiteral("award_decision"));
            frozen = version(printed.kind, (*last)->version);
        } else {
            frozen = insertVersion(printed.kind, *last ? (*last)->version + 1 : 1, details, &printed);
        }
        if (!frozen)
            return frozen.error();
        QJsonObject after = detailsJson(details, frozen->version);
        after.insert(QStringLiteral("collectives"), printed.collectives.size());
        after.insert(QStringLiteral("individuals"), printed.individuals.size());
        return AuditLog(m_db).record(m_user, QStringLiteral("print"), QStringLiteral("award_decision"),
                                     frozen->id, versionLabel(printed, frozen->version), {}, after);
    });
    if (!s)
        return s.error();
    return frozen;
}

Result<bool> DecisionRepository::changedSincePrinted(DocumentKind kind, const DecisionDetails& details) const
{
    auto last = latest(kind);
    if (!last)
        return last.error();
    if (!*last || !(*last)->frozen())
        return false;
    auto now = compose(kind, details);
    if (!now)
        return now.error();
    return !((*last)->content == *now);
}

} // namespace sangkien
