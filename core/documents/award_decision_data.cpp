#include "award_decision_data.h"

#include "common/text_limits.h"
#include "document_wording.h"
#include "storage/campaign_repository.h"
#include "storage/database.h"
#include "storage/decision_data_query.h"
#include "text/person_name.h"
#include "text/vietnamese_text.h"

#include <algorithm>

namespace sangkien {

namespace {

// "UBND tỉnh Hưng Yên" → "tỉnh Hưng Yên": the province as the authority line and the address name it.
QString provincePart(const QString& superiorBody)
{
    const QString abbreviation = wording::committeeAbbreviation() + QLatin1Char(' ');
    if (superiorBody.startsWith(abbreviation))
        return superiorBody.mid(abbreviation.size());
    const QString full = wording::committeeFull() + QLatin1Char(' ');
    if (superiorBody.startsWith(full, Qt::CaseInsensitive))
        return superiorBody.mid(full.size());
    return superiorBody;
}

} // namespace

QString AwardDecisionData::numberSymbol() const
{
    return number.isEmpty() ? symbol : number + QLatin1Char('/') + symbol;
}

void AwardDecisionData::sortAwardees()
{
    std::stable_sort(collectives.begin(), collectives.end(), [](const Awardee& a, const Awardee& b) {
        return text::compareVietnamese(a.name, b.name) < 0;
    });
    // Parse once: sorting a thousand names compares each many times.
    QList<std::pair<text::PersonName, Awardee>> keyed;
    keyed.reserve(individuals.size());
    for (const Awardee& a : std::as_const(individuals))
        keyed.append({text::PersonName::parse(a.name), a});
    std::stable_sort(keyed.begin(), keyed.end(),
                     [](const auto& a, const auto& b) { return text::compareNames(a.first, b.first) < 0; });
    for (qsizetype i = 0; i < keyed.size(); ++i)
        individuals[i] = keyed[i].second;
}

Status AwardDecisionData::validate() const
{
    // Lengths first (and without the number in the place): a number no document has would take the
    // layout minutes.
    if (auto ok = TextLimits::check(number, TextLimits::kCode, tr("The decision number")); !ok)
        return ok;
    if (auto ok = TextLimits::check(signerName, TextLimits::kName, tr("The signer's name")); !ok)
        return ok;
    if (awardeeCount() == 0)
        return Error{tr("The document names no awardee."), numberSymbol(), ErrorKind::Refused};
    if (!date.isValid())
        return Error{tr("The document has no date."), numberSymbol(), ErrorKind::Refused};
    if (kind == DocumentKind::ChairmanProposal && awardeeCount() > kMaxChairmanProposal)
        return Error{tr("A proposal for the chairman's certificate names at most %1 collectives and "
                        "individuals together; this one names %2.")
                         .arg(kMaxChairmanProposal)
                         .arg(awardeeCount()),
                     numberSymbol(), ErrorKind::Refused};
    return {};
}

AwardDecisionData AwardDecisionData::defaults(DocumentKind kind, const QString& number, const QDate& date,
                                              const Signer& signer)
{
    AwardDecisionData d;
    d.kind = kind;
    d.number = number;
    d.date = date;
    d.signerName = signer.name;
    if (signer.deputy)
        d.signerTitle = {wording::onBehalfOf() + wording::directorTitle(), wording::deputyDirectorTitle()};
    else
        d.signerTitle = {wording::directorTitle()};
    d.archiveLine = wording::archiveLine();
    if (kind == DocumentKind::DirectorDecision) {
        d.symbol = wording::decisionSymbol();
        d.awardFormName = wording::directorCertificateFull();
        d.proposedBy = wording::proposedBy();
        d.moneyArticle = wording::defaultMoneyArticle();
        d.executionArticle = wording::defaultExecutionArticle();
        d.recipients = wording::decisionRecipients();
    } else {
        d.symbol = wording::proposalSymbol();
        d.awardFormName = wording::chairmanCertificateFull();
        d.recipients = wording::proposalRecipients();
    }
    return d;
}

Result<AwardDecisionData> AwardDecisionData::fromCampaign(Database& db, DocumentKind kind,
                                                          const QString& number, const QDate& date,
                                                          const Signer& signer)
{
    const auto campaign = CampaignRepository(db).load();
    if (!campaign)
        return campaign.error();

    AwardDecisionData d = defaults(kind, number, date, signer);
    const Campaign& c = *campaign;
    d.place = c.place;
    d.superiorBody = c.superiorBody;
    d.issuingBody = c.issuingBody;
    d.legalBasis = c.legalBasis;
    d.campaignName = c.name;
    d.campaignYear = c.year;
    d.reason = wording::defaultReason(c.name, c.year);
    const QString province = provincePart(c.superiorBody);
    d.authorityLine =
        (wording::directorTitle() + QLatin1Char(' ') + c.issuingBody + QLatin1Char(' ') + province).toUpper();
    d.addressee = wording::committeeFull() + QLatin1Char(' ') + province;

    const QString formCode =
        kind == DocumentKind::DirectorDecision ? QStringLiteral("director") : QStringLiteral("chairman");
    const DecisionDataQuery query(db);
    const auto formName = query.awardFormName(formCode);
    if (!formName)
        return formName.error();
    if (!formName->trimmed().isEmpty())
        d.awardFormName = *formName;
    const auto awardees = query.awardees(formCode);
    if (!awardees)
        return awardees.error();
    for (const Awardee& a : *awardees)
        (a.kind == NomineeKind::Collective ? d.collectives : d.individuals).append(a);
    d.sortAwardees();
    return d;
}

} // namespace sangkien
