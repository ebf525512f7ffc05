// `minutes FILE --out PATH.pdf|.odt [--meeting ID]`: the minutes of the council's meeting (the latest one, or
// the one named) as PDF: attendance, quorum, each voted entry with its score and votes, the result.
#include "commands.h"
#include "documents/meeting_minutes.h"
#include "storage/database.h"
#include "storage/meeting_repository.h"

#include <QFileInfo>
#include <limits>

namespace sangkien::cli {

CommandSpec minutesSpec()
{
    return {QStringLiteral("minutes"),
            QStringLiteral("minutes FILE --out PATH.pdf|.odt [--meeting ID]"),
            1,
            {QStringLiteral("--out"), QStringLiteral("--meeting")},
            {},
            {QStringLiteral("--out")}};
}

int runMinutes(const QStringList& arguments)
{
    const QString command = QStringLiteral("minutes");
    auto args = parseArgs(arguments, minutesSpec());
    if (!args)
        return usageError(args.error().message, args.error().place);
    const QString out = args->value(QStringLiteral("--out"));
    if (const QString suffix = QFileInfo(out).suffix().toLower();
        suffix != QLatin1String("pdf") && suffix != QLatin1String("odt"))
        return usageError(
            Cli::tr("The minutes are written as PDF or ODT: give a path ending in .pdf or .odt."), command);
    qint64 meetingId = 0;
    if (args->has(QStringLiteral("--meeting"))) {
        const auto id =
            integerOption(*args, QStringLiteral("--meeting"), 0, 1, std::numeric_limits<qint64>::max());
        if (!id)
            return usageError(id.error().message, command);
        meetingId = *id;
    }

    const QString path = args->positionals.at(0);
    int exitCode = Ok;
    auto opened = openToPrint(path, out, command, &exitCode);
    if (!opened)
        return exitCode;
    Database& db = **opened;
    if (meetingId == 0) {
        const auto latest = MeetingRepository(db, {}).latestId();
        if (!latest)
            return fail(latest.error());
        if (*latest == 0)
            return fail(
                Error{Cli::tr("No meeting is recorded yet: record it first with the meeting command."), path,
                      ErrorKind::Refused});
        meetingId = *latest;
    }
    const auto data = MeetingMinutesData::fromDatabase(db, meetingId);
    if (!data)
        return fail(data.error().at(path), Stage::Writing);
    if (const Status written = writeMinutes(*data, out); !written)
        return fail(written.error(), Stage::OtherFile);
    writeErr(Cli::tr("Wrote %1 (%2 members present, %3 entries voted).")
                 .arg(out)
                 .arg(data->presentCount)
                 .arg(data->entries.size()));
    return Ok;
}

} // namespace sangkien::cli
