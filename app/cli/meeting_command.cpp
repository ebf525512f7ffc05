// `meeting FILE --date YYYY-MM-DD --present ID,ID,... [--place TEXT] [--chair ID] [--secretary ID]
// [--notes TEXT]`: records the council's meeting and who attended (every member not listed is absent).
// A meeting below the quorum is refused (exit 2) and nothing is written: MeetingRepository::record refuses
// it (a meeting without quorum cannot vote, so there is nothing for the minutes to carry).
#include "commands.h"
#include "review/council_vote.h"
#include "storage/audit_log.h"
#include "storage/database.h"
#include "storage/meeting_repository.h"

#include <limits>

namespace sangkien::cli {

CommandSpec meetingSpec()
{
    return {QStringLiteral("meeting"),
            QStringLiteral("meeting FILE --date YYYY-MM-DD --present ID,ID,... [--place TEXT] [--chair ID] "
                           "[--secretary ID] [--notes TEXT]"),
            1,
            {QStringLiteral("--date"), QStringLiteral("--present"), QStringLiteral("--place"),
             QStringLiteral("--chair"), QStringLiteral("--secretary"), QStringLiteral("--notes")},
            {},
            {QStringLiteral("--date"), QStringLiteral("--present")}};
}

int runMeeting(const QStringList& arguments)
{
    const QString command = QStringLiteral("meeting");
    auto args = parseArgs(arguments, meetingSpec());
    if (!args)
        return usageError(args.error().message, args.error().place);
    const QDate date = QDate::fromString(args->value(QStringLiteral("--date")), Qt::ISODate);
    if (!date.isValid())
        return usageError(
            Cli::tr("The date must be written YYYY-MM-DD: %1").arg(args->value(QStringLiteral("--date"))),
            command);
    QList<qint64> present;
    for (const QString& part :
         args->value(QStringLiteral("--present")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const qint64 id = part.trimmed().toLongLong(&ok);
        if (!ok || id <= 0)
            return usageError(
                Cli::tr("--present takes member ids separated by commas, not \"%1\".").arg(part), command);
        if (!present.contains(id))
            present.append(id);
    }
    Meeting meeting;
    meeting.date = date;
    meeting.place = args->value(QStringLiteral("--place"));
    meeting.notes = args->value(QStringLiteral("--notes"));
    for (const auto& [option, target] : {std::pair{QStringLiteral("--chair"), &meeting.chairId},
                                         std::pair{QStringLiteral("--secretary"), &meeting.secretaryId}}) {
        if (!args->has(option))
            continue;
        const auto id = integerOption(*args, option, 0, 1, std::numeric_limits<qint64>::max());
        if (!id)
            return usageError(id.error().message, command);
        *target = *id;
    }

    const QString path = args->positionals.at(0);
    auto opened = openForWriting(path, command);
    if (!opened)
        return fail(opened.error());
    Database& db = **opened;

    MeetingRepository meetings(db, AuditLog::currentUser());
    const auto id = meetings.record(meeting, present);
    if (!id)
        return failWrite(id.error(), path);
    writeOut(Cli::tr("Meeting %1 of %2 recorded: %3 of %4 members present (quorum: at least %5).")
                 .arg(*id)
                 .arg(date.toString(QStringLiteral("dd/MM/yyyy")))
                 .arg(meeting.present)
                 .arg(meeting.members)
                 .arg(CouncilVote::needed(meeting.members, meeting.quorumRatio)) +
             QLatin1Char('\n'));
    return Ok;
}

} // namespace sangkien::cli
