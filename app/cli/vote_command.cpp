// `vote FILE --entry CODE (--agree N --disagree N [--blank N] | --open ID=yes,ID=no,...)`: the council's
// recognition vote on one entry at the latest meeting. A secret ballot gives counts; an open vote names each
// voting member's choice (yes, no or abstain). The result is measured against the pass ratio of ALL the
// council's members. Refused (exit 2, nothing written) without a meeting, without quorum, when the ballots
// outnumber those present, or when an absent or conflicted member votes openly.
#include "commands.h"
#include "storage/audit_log.h"
#include "storage/database.h"
#include "storage/entry_repository.h"
#include "storage/meeting_repository.h"

#include <limits>

namespace sangkien::cli {

CommandSpec voteSpec()
{
    return {QStringLiteral("vote"),
            QStringLiteral(
                "vote FILE --entry CODE (--agree N --disagree N [--blank N] | --open ID=yes,ID=no,...)"),
            1,
            {QStringLiteral("--entry"), QStringLiteral("--agree"), QStringLiteral("--disagree"),
             QStringLiteral("--blank"), QStringLiteral("--open")},
            {},
            {QStringLiteral("--entry")}};
}

int runVote(const QStringList& arguments)
{
    const QString command = QStringLiteral("vote");
    auto args = parseArgs(arguments, voteSpec());
    if (!args)
        return usageError(args.error().message, args.error().place);
    const bool open = args->has(QStringLiteral("--open"));
    const bool counts = args->has(QStringLiteral("--agree")) || args->has(QStringLiteral("--disagree")) ||
                        args->has(QStringLiteral("--blank"));
    if (open == counts)
        return usageError(Cli::tr("Give either the counts of a secret ballot (--agree N --disagree N "
                                  "[--blank N]) or the open vote (--open ID=yes,ID=no,...)."),
                          command);
    int agree = 0, disagree = 0, blank = 0;
    QHash<qint64, Ballot> ballots;
    if (counts) {
        for (const QString& required : {QStringLiteral("--agree"), QStringLiteral("--disagree")})
            if (!args->values.contains(required))
                return usageError(Cli::tr("The option %1 is required.").arg(required), command);
        for (const auto& [option, target] : {std::pair{QStringLiteral("--agree"), &agree},
                                             std::pair{QStringLiteral("--disagree"), &disagree},
                                             std::pair{QStringLiteral("--blank"), &blank}}) {
            const auto n = integerOption(*args, option, 0, 0, 10000);
            if (!n)
                return usageError(n.error().message, command);
            *target = int(*n);
        }
    } else {
        for (const QString& part :
             args->value(QStringLiteral("--open")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QStringList pair = part.split(QLatin1Char('='));
            bool ok = false;
            const qint64 id = pair.value(0).trimmed().toLongLong(&ok);
            const QString choice = pair.value(1).trimmed().toLower();
            std::optional<Ballot> ballot;
            if (choice == QLatin1String("yes") || choice == QLatin1String("agree"))
                ballot = Ballot::Agree;
            else if (choice == QLatin1String("no") || choice == QLatin1String("disagree"))
                ballot = Ballot::Disagree;
            else if (choice == QLatin1String("abstain"))
                ballot = Ballot::Abstain;
            if (pair.size() != 2 || !ok || id <= 0 || !ballot)
                return usageError(
                    Cli::tr("--open takes ID=yes, ID=no or ID=abstain separated by commas, not \"%1\".")
                        .arg(part),
                    command);
            if (ballots.contains(id))
                return usageError(Cli::tr("Member %1 is named twice in --open.").arg(id), command);
            ballots.insert(id, *ballot);
        }
        if (ballots.isEmpty())
            return usageError(Cli::tr("--open names no member."), command);
    }

    const QString path = args->positionals.at(0);
    const QString code = args->value(QStringLiteral("--entry"));
    auto opened = openForWriting(path, command);
    if (!opened)
        return fail(opened.error());
    Database& db = **opened;
    const auto found = EntryRepository(db).idOf(code);
    if (!found)
        return fail(found.error());
    if (!*found)
        return fail(Error{Cli::tr("No entry has the code %1.").arg(code), path, ErrorKind::Refused});
    const qint64 entryId = **found;

    MeetingRepository meetings(db, AuditLog::currentUser());
    const auto meetingId = meetings.latestId();
    if (!meetingId)
        return fail(meetingId.error());
    if (*meetingId == 0)
        return fail(Error{Cli::tr("No meeting is recorded yet: record it first with the meeting command."),
                          path, ErrorKind::Refused});
    const auto vote = counts ? meetings.recordSecretVote(*meetingId, entryId, agree, disagree, blank)
                             : meetings.recordOpenVote(*meetingId, entryId, ballots);
    if (!vote)
        return failWrite(vote.error(), path);
    writeOut(Cli::tr("%1: %2 agree, %3 disagree, %4 blank of %5 members (%6 needed): %7.")
                 .arg(code)
                 .arg(vote->agree)
                 .arg(vote->disagree)
                 .arg(vote->blank)
                 .arg(vote->members)
                 .arg(vote->needed)
                 .arg(vote->passes ? Cli::tr("passes") : Cli::tr("does not pass")) +
             QLatin1Char('\n'));
    return Ok;
}

} // namespace sangkien::cli
