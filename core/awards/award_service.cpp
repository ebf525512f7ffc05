#include "award_service.h"

#include "review/ranking.h"
#include "services/entry_service.h"
#include "storage/audit_log.h"
#include "storage/award_repository.h"
#include "storage/campaign_repository.h"
#include "storage/database.h"
#include "storage/entry_repository.h"
#include "storage/recognition_query.h"
#include "storage/rules_repository.h"
#include "text/vietnamese_text.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <algorithm>

namespace sangkien {
namespace {

QJsonObject awardJson(const AwardSlot& slot, const QString& formCode)
{
    return {{QStringLiteral("entry"), slot.entryCode}, {QStringLiteral("form"), formCode}};
}

AwardSlot slotOf(const AwardRow& r)
{
    return {r.entryId, r.entryCode, r.awardFormId, r.nomineeKind,
            AwardService::nomineeKey(r.nomineeKind, r.nomineeName, r.nomineeUnitId)};
}

} // namespace

AwardService::AwardService(Database& db, QString user)
    : m_db(db)
    , m_user(std::move(user))
{}

QString AwardService::nomineeKey(NomineeKind kind, const QString& name, qint64 unitId)
{
    return nomineeKindCode(kind) + QLatin1Char('|') + text::searchKey(name) + QLatin1Char('|') +
           QString::number(unitId);
}

Result<QuotaValidator> AwardService::validator() const
{
    RulesRepository rules(m_db);
    auto forms = rules.awardForms();
    if (!forms)
        return forms.error();
    auto quotas = rules.quotaRules();
    if (!quotas)
        return quotas.error();
    return QuotaValidator(*forms, *quotas);
}

Result<Recognition> AwardService::recognition() const
{
    const auto campaign = CampaignRepository(m_db).load();
    if (!campaign)
        return campaign.error();
    return campaign->recognition;
}

Result<QList<AllocationCandidate>> AwardService::candidates() const
{
    auto ranking = Ranking::compute(m_db);
    if (!ranking)
        return ranking.error();
    const auto nominees = AwardRepository(m_db).nominees();
    if (!nominees)
        return nominees.error();
    const auto how = recognition();
    if (!how)
        return how.error();
    const auto votes = RecognitionQuery(m_db).latestVotes();
    if (!votes)
        return votes.error();
    QHash<qint64, QString> keys;
    for (const AwardRow& n : *nominees)
        keys.insert(n.entryId, nomineeKey(n.nomineeKind, n.nomineeName, n.nomineeUnitId));
    QList<AllocationCandidate> list;
    for (const RankedEntry& r : ranking->entries) {
        AllocationCandidate c{r, keys.value(r.entryId), std::nullopt, true};
        if (const auto it = votes->constFind(r.entryId); it != votes->constEnd())
            c.vote = *it;
        c.recognised = *how == Recognition::Score || (c.vote && c.vote->passes);
        list.append(c);
    }
    return list;
}

Result<QList<Error>> AwardService::violations() const
{
    auto v = validator();
    if (!v)
        return v.error();
    auto awards = stored();
    if (!awards)
        return awards.error();
    QList<Error> broken = v->violations(*awards);
    const auto gate = recognitionGate();
    if (!gate)
        return gate.error();
    for (const AwardSlot& a : *awards)
        if (auto ok = recognised(*gate, a.entryId, a.entryCode); !ok)
            broken.append(ok.error());
    return broken;
}

Result<AwardProposal> AwardService::propose() const
{
    auto v = validator();
    if (!v)
        return v.error();
    auto c = candidates();
    if (!c)
        return c.error();
    return Allocator(*v).propose(*c);
}

Result<QList<AwardSlot>> AwardService::stored() const
{
    const auto rows = AwardRepository(m_db).stored();
    if (!rows)
        return rows.error();
    QList<AwardSlot> list;
    for (const AwardRow& r : *rows)
        list.append(slotOf(r));
    return list;
}

Status AwardService::apply(const AwardProposal& proposal)
{
    auto v = validator();
    if (!v)
        return v.error();
    const QList<Error> broken = v->violations(proposal.awardSlots());
    if (!broken.isEmpty())
        return broken.first();
    const auto gate = recognitionGate();
    if (!gate)
        return gate.error();
    for (const auto& a : proposal.awards)
        if (auto ok = recognised(*gate, a.slot.entryId, a.slot.entryCode); !ok)
            return ok;
    return m_db.transaction([&]() -> Status {
        auto before = stored();
        if (!before)
            return before.error();
        QList<AwardRow> rows;
        for (const auto& a : proposal.awards)
            rows.append({a.slot.entryId, a.slot.entryCode, a.slot.awardFormId, a.slot.nomineeKind, {}, 0});
        if (Status s = AwardRepository(m_db).replaceAll(rows); !s)
            return s;
        QSet<qint64> beforeIds, afterIds;
        for (const AwardSlot& s : *before)
            beforeIds.insert(s.entryId);
        for (const auto& a : proposal.awards)
            afterIds.insert(a.slot.entryId);
        if (Status s = followStatuses(beforeIds, afterIds, tr("award proposal applied")); !s)
            return s;
        QJsonObject beforeJson, afterJson;
        for (const AwardSlot& s : *before)
            beforeJson.insert(s.entryCode, v->form(s.awardFormId) ? v->form(s.awardFormId)->code : QString());
        for (const auto& a : proposal.awards)
            afterJson.insert(a.slot.entryCode, a.formCode);
        return AuditLog(m_db).record(m_user, QStringLiteral("allocate"), QStringLiteral("award"), 0,
                                     tr("award proposal"), beforeJson, afterJson);
    });
}

Result<std::optional<QHash<qint64, RecognitionVote>>> AwardService::recognitionGate() const
{
    const auto how = recognition();
    if (!how)
        return how.error();
    if (*how == Recognition::Score)
        return std::optional<QHash<qint64, RecognitionVote>>();
    auto votes = RecognitionQuery(m_db).latestVotes();
    if (!votes)
        return votes.error();
    return std::optional<QHash<qint64, RecognitionVote>>(std::move(*votes));
}

Status AwardService::recognised(const std::optional<QHash<qint64, RecognitionVote>>& gate, qint64 entryId,
                                const QString& code)
{
    if (!gate)
        return {};
    const auto it = gate->constFind(entryId);
    if (it == gate->constEnd())
        return Error{tr("The council has not voted on the recognition of %1 at a meeting with quorum; the "
                        "campaign awards only entries the council recognised.")
                         .arg(code),
                     code, ErrorKind::Refused};
    if (!it->passes)
        return Error{tr("The council did not recognise %1: %2 of %3 members agreed, %4 needed; the campaign "
                        "awards only entries the council recognised.")
                         .arg(code)
                         .arg(it->agree)
                         .arg(it->members)
                         .arg(it->needed),
                     code, ErrorKind::Refused};
    return {};
}

Status AwardService::followStatuses(const QSet<qint64>& before, const QSet<qint64>& after,
                                    const QString& reason)
{
    EntryRepository entries(m_db);
    EntryService service(m_db, m_user);
    // Sorted, so the trail rows come in the same order every time.
    const auto sorted = [](const QSet<qint64>& set) {
        QList<qint64> list(set.begin(), set.end());
        std::sort(list.begin(), list.end());
        return list;
    };
    for (qint64 id : sorted(after - before)) {
        const auto entry = entries.load(id);
        if (!entry)
            return entry.error();
        // Awarded stays awarded: its decision is already out, and the next version says otherwise.
        if (entry->status == EntryStatus::Scored || entry->status == EntryStatus::NotAwarded)
            if (Status s = service.changeStatus(id, EntryStatus::Proposed, reason); !s)
                return s;
    }
    for (qint64 id : sorted(before - after)) {
        const auto entry = entries.load(id);
        if (!entry)
            return entry.error();
        if (entry->status == EntryStatus::Proposed)
            if (Status s = service.changeStatus(id, EntryStatus::Scored, reason); !s)
                return s;
    }
    return {};
}

Status AwardService::move(qint64 entryId, qint64 formId)
{
    auto v = validator();
    if (!v)
        return v.error();
    return m_db.transaction([&]() -> Status {
        auto current = stored();
        if (!current)
            return current.error();
        AwardRepository awards(m_db);
        const auto nominee = awards.nomineeOf(entryId);
        if (!nominee || !*nominee)
            return Error{tr("There is no such entry."), QString::number(entryId), ErrorKind::Refused};
        AwardRow row = **nominee;
        row.awardFormId = formId;
        const AwardSlot slot = slotOf(row);
        QString beforeForm;
        for (const AwardSlot& s : *current)
            if (s.entryId == entryId && v->form(s.awardFormId))
                beforeForm = v->form(s.awardFormId)->code;
        if (formId) {
            if (!v->form(formId))
                return Error{tr("There is no such award form."), slot.entryCode, ErrorKind::Refused};
            const auto gate = recognitionGate();
            if (!gate)
                return gate.error();
            if (auto ok = recognised(*gate, entryId, slot.entryCode); !ok)
                return ok;
            if (auto allowed = v->canAdd(*current, slot); !allowed)
                return Error{tr("Refused: %1").arg(allowed.error().message), allowed.error().place,
                             allowed.error().kind};
        }
        if (Status s = awards.set(entryId, formId, slot.entryCode); !s)
            return s;
        const QSet<qint64> had = beforeForm.isEmpty() ? QSet<qint64>() : QSet<qint64>{entryId};
        const QSet<qint64> has = formId ? QSet<qint64>{entryId} : QSet<qint64>();
        if (Status s = followStatuses(had, has, formId ? tr("award given") : tr("award taken away")); !s)
            return s;
        const QString afterForm = formId ? v->form(formId)->code : QString();
        return AuditLog(m_db).record(m_user, QStringLiteral("award"), QStringLiteral("award"), entryId,
                                     slot.entryCode,
                                     beforeForm.isEmpty() ? QJsonObject() : awardJson(slot, beforeForm),
                                     afterForm.isEmpty() ? QJsonObject() : awardJson(slot, afterForm));
    });
}

} // namespace sangkien
