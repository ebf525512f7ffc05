#include "cli_common.h"

#include "common/support_log.h"
#include "platform/system_calls.h"
#include "storage/integrity_check.h"
#include "storage/output_target.h"

#include <QDir>
#include <QFileInfo>
#include <cstdio>

namespace sangkien::cli {

Result<Args> parseArgs(const QStringList& arguments, const CommandSpec& spec)
{
    Args args;
    bool optionsEnded = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& arg = arguments[i];
        if (optionsEnded || !arg.startsWith(QLatin1String("--")) || arg == QLatin1String("--")) {
            if (arg == QLatin1String("--") && !optionsEnded) {
                optionsEnded = true;
                continue;
            }
            args.positionals << arg;
            continue;
        }
        QString name = arg;
        QString inlineValue;
        bool hasInlineValue = false;
        if (const auto eq = arg.indexOf(QLatin1Char('=')); eq > 0) {
            name = arg.left(eq);
            inlineValue = arg.mid(eq + 1);
            hasInlineValue = true;
        }
        if (spec.valueOptions.contains(name)) {
            if (!hasInlineValue) {
                if (i + 1 >= arguments.size())
                    return Error{Cli::tr("The option %1 needs a value.").arg(name), spec.name,
                                 ErrorKind::Usage};
                inlineValue = arguments[++i];
            }
            args.values.insert(name, inlineValue);
        } else if (spec.flagOptions.contains(name) && !hasInlineValue) {
            args.flags << name;
        } else {
            return Error{Cli::tr("Unknown option: %1").arg(name), spec.name, ErrorKind::Usage};
        }
    }
    if (args.positionals.size() < spec.positionals)
        return Error{Cli::tr("Missing argument. Usage: sangkien-cli %1").arg(spec.synopsis), spec.name,
                     ErrorKind::Usage};
    if (args.positionals.size() > spec.positionals)
        return Error{Cli::tr("Unexpected argument: %1").arg(args.positionals.at(spec.positionals)), spec.name,
                     ErrorKind::Usage};
    for (const QString& required : spec.requiredOptions) {
        if (!args.values.contains(required))
            return Error{Cli::tr("The option %1 is required.").arg(required), spec.name, ErrorKind::Usage};
    }
    return args;
}

Result<qint64> integerOption(const Args& args, const QString& option, qint64 fallback, qint64 min, qint64 max)
{
    if (!args.values.contains(option))
        return fallback;
    bool ok = false;
    const qint64 v = args.value(option).trimmed().toLongLong(&ok);
    if (!ok || v < min || v > max)
        return Error{Cli::tr("The option %1 needs a whole number from %2 to %3, not \"%4\".")
                         .arg(option)
                         .arg(min)
                         .arg(max)
                         .arg(args.value(option)),
                     option, ErrorKind::Usage};
    return v;
}

void writeOut(const QByteArray& bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void writeOut(const QString& text)
{
    writeOut(text.toUtf8());
}

void writeErr(const QString& text)
{
    const QByteArray bytes = (text + QLatin1Char('\n')).toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

int exitCodeOf(ErrorKind kind, Stage stage)
{
    if (kind == ErrorKind::Usage)
        return Usage;
    if (stage == Stage::OtherFile)
        return Rejected;
    switch (kind) {
    case ErrorKind::Usage:
        return Usage;
    case ErrorKind::Refused:
    case ErrorKind::Quota:
    case ErrorKind::Conflict:
        return Rejected;
    case ErrorKind::NotFound:
    case ErrorKind::Locked:
    case ErrorKind::ReadOnly:
    case ErrorKind::Damaged:
        return CannotOpen;
    case ErrorKind::DiskFull:
    case ErrorKind::Storage:
        return stage == Stage::Writing ? Rejected : CannotOpen;
    }
    return CannotOpen;
}

int fail(const Error& error, Stage stage)
{
    SupportLog::error(error, QStringLiteral("cli"));
    writeErr(QStringLiteral("sangkien-cli: ") + error.text());
    return exitCodeOf(error.kind, stage);
}

int fail(const Error& error, ExitCode code)
{
    SupportLog::error(error, QStringLiteral("cli"));
    writeErr(QStringLiteral("sangkien-cli: ") + error.text());
    return code;
}

int usageError(const QString& message, const QString& command)
{
    SupportLog::error(Error{message, {}, ErrorKind::Usage}, QStringLiteral("cli"));
    writeErr(QStringLiteral("sangkien-cli: ") +
             (command.isEmpty() ? message : command + QStringLiteral(": ") + message));
    writeErr(command.isEmpty() ? Cli::tr("Try 'sangkien-cli --help'.")
                               : Cli::tr("Try 'sangkien-cli %1 --help'.").arg(command));
    return Usage;
}

int failWrite(const Error& error, const QString& campaignPath)
{
    SupportLog::error(error, QStringLiteral("cli write"));
    writeErr(QStringLiteral("sangkien-cli: ") + error.text());
    // A write (to the file, its -wal or a backup beside it) that the disk or the file-size limit refused.
    if (error.kind == ErrorKind::DiskFull)
        writeErr(QStringLiteral("sangkien-cli: ") +
                 Error{Cli::tr("The campaign file could not be written: the disk is full or the file cannot "
                               "grow. Nothing was changed."),
                       campaignPath, ErrorKind::DiskFull}
                     .text());
    return exitCodeOf(error.kind, Stage::Writing);
}

WritableCampaign::WritableCampaign() = default;
WritableCampaign::WritableCampaign(WritableCampaign&&) noexcept = default;
WritableCampaign& WritableCampaign::operator=(WritableCampaign&&) noexcept = default;
WritableCampaign::~WritableCampaign()
{
    db.reset(); // the file is closed (its WAL checkpointed) while the lock is still held
    lock.reset();
}

Result<std::unique_ptr<CampaignLock>> lockForWriting(const QString& path, const QString& command)
{
    if (!QFileInfo(path).absoluteDir().exists())
        return std::unique_ptr<CampaignLock>();
    auto acquired = CampaignLock::acquire(path, QStringLiteral("sangkien-cli ") + command);
    if (!acquired)
        return acquired.error();
    std::unique_ptr<CampaignLock> lock = std::move(acquired.value());
    lock->startHeartbeat();
    return lock;
}

Result<WritableCampaign> openForWriting(const QString& path, const QString& command)
{
    WritableCampaign campaign;
    // The lock is taken before the file is opened for writing (and migrated). A missing file or a folder
    // gets no lock file: opening it says what is wrong.
    if (QFileInfo(path).isFile()) {
        auto lock = lockForWriting(path, command);
        if (!lock)
            return lock.error();
        campaign.lock = std::move(lock.value());
    }
    auto opened = Database::open(path, Database::Mode::ReadWrite);
    if (!opened)
        return opened.error();
    if (auto present = IntegrityCheck::campaignPresent(**opened); !present)
        return present.error();
    campaign.db = std::move(opened.value());
    return campaign;
}

Result<WritableCampaign> openCampaign(const QString& path, const QString& command, bool forWriting)
{
    if (forWriting)
        return openForWriting(path, command);
    auto opened = Database::open(path, Database::Mode::ReadOnly);
    if (!opened)
        return opened.error();
    if (auto present = IntegrityCheck::campaignPresent(**opened); !present)
        return present.error();
    WritableCampaign campaign;
    campaign.db = std::move(opened.value());
    return campaign;
}

std::optional<WritableCampaign> openToPrint(const QString& path, const QString& out, const QString& command,
                                            int* exitCode)
{
    if (auto target = OutputTarget::check(out, {path}); !target) {
        *exitCode = fail(target.error(), Stage::OtherFile);
        return std::nullopt;
    }
    auto opened = openCampaign(path, command, false);
    if (!opened) {
        *exitCode = fail(opened.error());
        return std::nullopt;
    }
    return std::move(opened.value());
}

bool stderrIsTerminal()
{
    return sys::standardErrorIsTerminal();
}

void progressLine(const QString& text)
{
    if (!stderrIsTerminal())
        return;
    const QByteArray bytes = (QStringLiteral("\r\x1b[K") + text).toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

void progressDone()
{
    if (stderrIsTerminal())
        std::fputs("\n", stderr);
}

QString formatTable(const QStringList& header, QList<QStringList> rows, const QList<int>& maxWidths,
                    const QList<int>& rightAligned)
{
    rows.prepend(header);
    QList<int> width(header.size(), 0);
    for (QStringList& row : rows)
        for (int c = 0; c < row.size() && c < header.size(); ++c) {
            const int max = c < maxWidths.size() ? maxWidths.at(c) : 0;
            if (max > 1 && row[c].size() > max)
                row[c] = row[c].left(max - 1) + QChar(0x2026);
            width[c] = std::max(width[c], int(row[c].size()));
        }
    QString out;
    const auto appendRow = [&](const QStringList& row) {
        QString line;
        for (int c = 0; c < row.size() && c < header.size(); ++c) {
            const bool last = c == header.size() - 1;
            line += rightAligned.contains(c) ? row[c].rightJustified(width[c])
                    : last                   ? row[c]
                                             : row[c].leftJustified(width[c]);
            if (!last)
                line += QStringLiteral("  ");
        }
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        out += line + QLatin1Char('\n');
    };
    appendRow(rows.first());
    QStringList rule;
    for (int w : std::as_const(width))
        rule << QString(w, QLatin1Char('-'));
    appendRow(rule);
    for (qsizetype i = 1; i < rows.size(); ++i)
        appendRow(rows.at(i));
    return out;
}

} // namespace sangkien::cli
