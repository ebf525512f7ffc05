// `allocate FILE [--apply] [--format json]`: award forms proposed by rank within the quota rules, to the
// entries the campaign recognises (by the council's vote by default); each ranked entry with its vote and
// why it is not proposed.
#include "awards/award_service.h"
#include "commands.h"
#include "storage/audit_log.h"
#include "storage/database.h"

#include <QDate>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>

namespace sangkien::cli {
namespace {

double rounded(double v)
{
    return std::round(v * 100.0) / 100.0;
}

// The council's latest recognition vote on an entry: "passed", "voted_down" or "none", with the counts.
QJsonObject voteJson(const AllocationCandidate* c)
{
    if (!c || !c->vote)
        return {{QStringLiteral("result"), QStringLiteral("none")}};
    const RecognitionVote& v = *c->vote;
    return {{QStringLiteral("result"), v.passes ? QStringLiteral("passed") : QStringLiteral("voted_down")},
            {QStringLiteral("agree"), v.agree},
            {QStringLiteral("disagree"), v.disagree},
            {QStringLiteral("blank"), v.blank},
            {QStringLiteral("members"), v.members},
            {QStringLiteral("needed"), v.needed},
            {QStringLiteral("meeting_id"), v.meetingId},
            {QStringLiteral("meeting_date"), v.meetingDate.toString(Qt::ISODate)}};
}

QByteArray asJson(const AwardProposal& proposal, const QList<AllocationCandidate>& ranking,
                  Recognition recognition, bool applied)
{
    QHash<qint64, const AllocationCandidate*> byEntry;
    for (const AllocationCandidate& c : ranking)
        byEntry.insert(c.ranked.entryId, &c);
    QJsonArray awards;
    QHash<qint64, QString> proposedForm;
    for (const AwardProposal::Award& a : proposal.awards) {
        awards.append(QJsonObject{{QStringLiteral("code"), a.slot.entryCode},
                                  {QStringLiteral("form"), a.formCode},
                                  {QStringLiteral("nominee"), a.nominee},
                                  {QStringLiteral("nominee_kind"), nomineeKindCode(a.slot.nomineeKind)},
                                  {QStringLiteral("rank"), a.rank},
                                  {QStringLiteral("score"), rounded(a.score)},
                                  {QStringLiteral("vote"), voteJson(byEntry.value(a.slot.entryId))}});
        proposedForm.insert(a.slot.entryId, a.formCode);
    }
    // Every ranked entry with its vote, and why it is not proposed when it is not.
    QJsonArray ranked;
    for (const AllocationCandidate& c : ranking) {
        if (!c.ranked.rank)
            continue;
        const AwardProposal::NotProposed* held = proposal.notProposedOf(c.ranked.entryId);
        bool tied = false;
        for (const AwardProposal::Tie& t : proposal.ties)
            tied = tied || t.entryId == c.ranked.entryId;
        ranked.append(QJsonObject{
            {QStringLiteral("code"), c.ranked.code},
            {QStringLiteral("rank"), c.ranked.rank},
            {QStringLiteral("score"), c.ranked.score ? QJsonValue(rounded(*c.ranked.score)) : QJsonValue()},
            {QStringLiteral("vote"), voteJson(&c)},
            {QStringLiteral("proposed"), proposedForm.contains(c.ranked.entryId)
                                             ? QJsonValue(proposedForm.value(c.ranked.entryId))
                                             : QJsonValue()},
            {QStringLiteral("tied"), tied},
            {QStringLiteral("not_proposed_reason"),
             held ? QJsonValue(Allocator::reasonCode(held->reason)) : QJsonValue()}});
    }
    QJsonArray quotas;
    for (const QuotaUsage& q : proposal.quotas)
        quotas.append(QJsonObject{{QStringLiteral("form"), q.formCode},
                                  {QStringLiteral("nominee_kind"), quotaKindCode(q.rule.nomineeKind)},
                                  {QStringLiteral("used"), q.used},
                                  {QStringLiteral("limit"), q.rule.maxCount}});
    QJsonArray ties;
    for (const AwardProposal::Tie& t : proposal.ties)
        ties.append(QJsonObject{{QStringLiteral("code"), t.code},
                                {QStringLiteral("form"), t.formCode},
                                {QStringLiteral("rank"), t.rank},
                                {QStringLiteral("places"), t.places}});
    const QJsonObject root{
        {QStringLiteral("awards"), awards},  {QStringLiteral("quotas"), quotas},
        {QStringLiteral("ties"), ties},      {QStringLiteral("recognition"), recognitionCode(recognition)},
        {QStringLiteral("ranking"), ranked}, {QStringLiteral("applied"), applied}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact) + '\n';
}

QString kindLabel(const std::optional<NomineeKind>& kind)
{
    if (!kind)
        return Cli::tr("collectives and individuals together");
    return *kind == NomineeKind::Collective ? Cli::tr("collectives") : Cli::tr("individuals");
}

QByteArray asText(const AwardProposal& proposal, const QList<AllocationCandidate>& ranking,
                  const QuotaValidator& validator, Recognition recognition, bool applied)
{
    QHash<qint64, const AllocationCandidate*> byEntry;
    for (const AllocationCandidate& c : ranking)
        byEntry.insert(c.ranked.entryId, &c);
    const auto voteOf = [&](qint64 entryId) {
        const AllocationCandidate* c = byEntry.value(entryId);
        return c ? c->vote : std::optional<RecognitionVote>();
    };
    QString out;
    int codeWidth = 4;
    for (const AwardProposal::Award& a : proposal.awards)
        codeWidth = std::max(codeWidth, int(a.slot.entryCode.size()));
    for (const AwardForm& form : validator.forms()) {
        out += form.name + QLatin1Char('\n');
        int count = 0;
        for (const AwardProposal::Award& a : proposal.awards) {
            if (a.formCode != form.code)
                continue;
            ++count;
            out +=
                QStringLiteral("  %1  %2  %3  %4  (%5)\n")
                    .arg(QString::number(a.rank).rightJustified(4), a.slot.entryCode.leftJustified(codeWidth),
                         QString::number(rounded(a.score), 'f', 2).rightJustified(6), a.nominee,
                         Allocator::voteText(voteOf(a.slot.entryId)));
        }
        if (!count)
            out += QStringLiteral("  ") + Cli::tr("(none)") + QLatin1Char('\n');
    }
    out += QLatin1Char('\n') + Cli::tr("Quota rules:") + QLatin1Char('\n');
    for (const QuotaUsage& q : proposal.quotas) {
        const AwardForm* form = validator.form(q.rule.awardFormId);
        out += QStringLiteral("  %1/%2  %3: %4\n")
                   .arg(QString::number(q.used).rightJustified(3))
                   .arg(q.rule.maxCount)
                   .arg(form ? form->name : q.formCode, kindLabel(q.rule.nomineeKind));
    }
    if (!proposal.ties.isEmpty()) {
        out += QLatin1Char('\n') +
               Cli::tr("Tied at a quota boundary (the office decides, nothing was chosen for them):") +
               QLatin1Char('\n');
        for (const AwardProposal::Tie& t : proposal.ties)
            out += QStringLiteral("  ") +
                   Cli::tr("%1: rank %2, %3, room for %n of them", nullptr, t.places)
                       .arg(t.code)
                       .arg(t.rank)
                       .arg(t.formCode) +
                   QLatin1Char('\n');
    }
    // Entries whose score qualifies but that get nothing, each with its reason.
    QString held;
    for (const AwardProposal::NotProposed& n : proposal.notProposed) {
        if (n.reason == AwardProposal::Reason::NotScored || n.reason == AwardProposal::Reason::BelowMinimum)
            continue;
        const AllocationCandidate* c = byEntry.value(n.entryId);
        held += QStringLiteral("  %1  %2  %3  %4\n")
                    .arg(QString::number(c ? c->ranked.rank : 0).rightJustified(4),
                         n.code.leftJustified(codeWidth),
                         QString::number(c && c->ranked.score ? rounded(*c->ranked.score) : 0, 'f', 2)
                             .rightJustified(6),
                         Allocator::reasonText(n, voteOf(n.entryId)));
    }
    if (!held.isEmpty())
        out += QLatin1Char('\n') + Cli::tr("Not proposed although the score qualifies:") + QLatin1Char('\n') +
               held;
    out += QLatin1Char('\n') +
           (recognition == Recognition::Vote
                ? Cli::tr("Recognition: by the council's vote (only entries that passed it are proposed).")
                : Cli::tr("Recognition: by the score alone.")) +
           QLatin1Char('\n');
    out += QLatin1Char('\n') +
           (applied ? Cli::tr("The proposal was stored: %n award(s).", nullptr, int(proposal.awards.size()))
                    : Cli::tr("Nothing was stored; run with --apply to store the proposal.")) +
           QLatin1Char('\n');
    return out.toUtf8();
}

} // namespace

CommandSpec allocateSpec()
{
    return {QStringLiteral("allocate"),
            QStringLiteral("allocate FILE [--apply] [--format json]"),
            1,
            {QStringLiteral("--format")},
            {QStringLiteral("--apply")}};
}

int runAllocate(const QStringList& arguments)
{
    auto args = parseArgs(arguments, allocateSpec());
    if (!args)
        return usageError(args.error().message, args.error().place);
    const QString format = args->value(QStringLiteral("--format"), QStringLiteral("text"));
    if (format != QLatin1String("text") && format != QLatin1String("json"))
        return usageError(Cli::tr("Unknown format \"%1\". Known formats: text, json.").arg(format),
                          QStringLiteral("allocate"));
    const bool apply = args->flags.contains(QStringLiteral("--apply"));

    const QString path = args->positionals.at(0);
    // Only --apply writes, and then it holds the campaign's lock; a proposal alone only reads.
    auto campaign = openCampaign(path, QStringLiteral("allocate"), apply);
    if (!campaign)
        return fail(campaign.error());
    AwardService service(**campaign, AuditLog::currentUser());
    const auto validator = service.validator();
    if (!validator)
        return fail(validator.error().at(path));
    const auto recognition = service.recognition();
    if (!recognition)
        return fail(recognition.error().at(path));
    const auto ranking = service.candidates();
    if (!ranking)
        return fail(ranking.error().at(path));
    const std::optional<AwardProposal> proposal = Allocator(*validator).propose(*ranking);
    if (apply) {
        // AwardService refuses, writing nothing, a proposal that breaks a quota rule.
        if (const Status stored = service.apply(*proposal); !stored)
            return failWrite(stored.error(), path);
    }
    writeOut(format == QLatin1String("json") ? asJson(*proposal, *ranking, *recognition, apply)
                                             : asText(*proposal, *ranking, *validator, *recognition, apply));
    return Ok;
}

} // namespace sangkien::cli
