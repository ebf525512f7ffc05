// `allocate FILE [--apply] [--format json]`: award forms proposed by rank within the quota rules.
#include "awards/award_service.h"
#include "commands.h"
#include "storage/audit_log.h"
#include "storage/database.h"

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

QByteArray asJson(const AwardProposal& proposal, bool applied)
{
    QJsonArray awards;
    for (const AwardProposal::Award& a : proposal.awards)
        awards.append(QJsonObject{{QStringLiteral("code"), a.slot.entryCode},
                                  {QStringLiteral("form"), a.formCode},
                                  {QStringLiteral("nominee"), a.nominee},
                                  {QStringLiteral("nominee_kind"), nomineeKindCode(a.slot.nomineeKind)},
                                  {QStringLiteral("rank"), a.rank},
                                  {QStringLiteral("score"), rounded(a.score)}});
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
    const QJsonObject root{{QStringLiteral("awards"), awards},
                           {QStringLiteral("quotas"), quotas},
                           {QStringLiteral("ties"), ties},
                           {QStringLiteral("applied"), applied}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact) + '\n';
}

QString kindLabel(const std::optional<NomineeKind>& kind)
{
    if (!kind)
        return Cli::tr("collectives and individuals together");
    return *kind == NomineeKind::Collective ? Cli::tr("collectives") : Cli::tr("individuals");
}

QByteArray asText(const AwardProposal& proposal, const QuotaValidator& validator, bool applied)
{
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
                QStringLiteral("  %1  %2  %3  %4\n")
                    .arg(QString::number(a.rank).rightJustified(4), a.slot.entryCode.leftJustified(codeWidth),
                         QString::number(rounded(a.score), 'f', 2).rightJustified(6), a.nominee);
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
    const auto proposal = service.propose();
    if (!proposal)
        return fail(proposal.error().at(path));
    if (apply) {
        // AwardService refuses, writing nothing, a proposal that breaks a quota rule.
        if (const Status stored = service.apply(*proposal); !stored)
            return failWrite(stored.error(), path);
    }
    writeOut(format == QLatin1String("json") ? asJson(*proposal, apply)
                                             : asText(*proposal, *validator, apply));
    return Ok;
}

} // namespace sangkien::cli
