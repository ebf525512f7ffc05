#pragma once

#include "common/result.h"
#include "storage/campaign_lock.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

namespace sangkien::cli {

// The translation context of the command-line program's own messages.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// Exit codes of the contract (app/cli/README.md): scripts depend on them.
enum ExitCode : int
{
    Ok = 0,
    Usage = 1,      // unknown command or option, missing argument, bad option value
    Rejected = 2,   // input rejected (or problems found); nothing written
    CannotOpen = 3, // the campaign file cannot be opened
};

// What a command accepts: how many positional arguments, which options take a value.
struct CommandSpec
{
    QString name;
    QString synopsis; // "list FILE [--search TEXT] …"
    int positionals = 1;
    QStringList valueOptions;         // "--search", …
    QStringList flagOptions;          // "--dry-run", …
    QStringList requiredOptions = {}; // value options the command cannot do without
};

struct Args
{
    QStringList positionals;
    QHash<QString, QString> values;
    QStringList flags;

    bool has(const QString& option) const { return values.contains(option) || flags.contains(option); }
    QString value(const QString& option, const QString& fallback = {}) const
    {
        return values.value(option, fallback);
    }
};

// Splits a command's arguments by its spec; an Error is a usage error (exit 1). Accepts "--opt value" and
// "--opt=value"; "--" ends the options.
Result<Args> parseArgs(const QStringList& arguments, const CommandSpec& spec);

// An integer option within [min, max]; std::nullopt-like Error when it is not one.
Result<qint64> integerOption(const Args& args, const QString& option, qint64 fallback, qint64 min,
                             qint64 max);

// Output: always UTF-8, whatever the locale, so files and pipes read the same everywhere.
void writeOut(const QByteArray& bytes);
void writeOut(const QString& text);
void writeErr(const QString& text); // adds a newline
// What a command was doing when an error stopped it.
enum class Stage
{
    Reading,   // opening or reading the campaign file
    Writing,   // writing to the campaign file (one transaction, rolled back) or a file it produces
    OtherFile, // reading an input file or writing an --out file: never the campaign, so never exit 3
};

// The one table from an error's kind to the exit code: usage → 1; refused, quota, conflict → 2; not found,
// locked, read-only, damaged → 3; a full disk or another storage failure → 2 while writing (the write was
// rolled back: nothing written), 3 before (the file cannot be read). A file other than the campaign that
// cannot be read or written is rejected input (2), whatever its kind.
int exitCodeOf(ErrorKind kind, Stage stage);

// Prints an error naming its place; returns the exit code of its kind so commands can `return fail(…)`.
int fail(const Error& error, Stage stage = Stage::Reading);
// The same with a code the contract fixes whatever the kind (each call says why).
int fail(const Error& error, ExitCode code);
// A usage error with a hint to --help.
int usageError(const QString& message, const QString& command = {});

// A campaign opened by a command that writes to it: the one-writer lock (CampaignLock, in the name of
// "sangkien-cli COMMAND", its heartbeat kept while the command runs) and the database. The database is
// closed before the lock is released.
struct WritableCampaign
{
    WritableCampaign();
    WritableCampaign(WritableCampaign&&) noexcept;
    WritableCampaign& operator=(WritableCampaign&&) noexcept;
    ~WritableCampaign();

    std::unique_ptr<CampaignLock> lock; // declared first, so destroyed last
    std::unique_ptr<Database> db;

    Database& operator*() const { return *db; }
    Database* operator->() const { return db.get(); }
};

// Reports a write to the campaign that failed (exit code of its kind while writing). When the disk is full
// or a file cannot grow, it says so plainly, naming the campaign file, after SQLite's own words: the
// transaction was rolled back, so nothing was changed.
int failWrite(const Error& error, const QString& campaignPath);

// Takes the campaign's writer lock, then opens the file for writing (and brings its schema up to date).
// An Error (exit CannotOpen) names the file and, when another live program writes to it, who holds it:
// user, machine, program and since when. A stale lock left by a crash is taken over. A missing file is
// not locked: the error says it does not exist.
Result<WritableCampaign> openForWriting(const QString& path, const QString& command);

// openForWriting when the command writes; otherwise the file opened read-only, with no lock: readers work
// while another program writes.
Result<WritableCampaign> openCampaign(const QString& path, const QString& command, bool forWriting);

// For the commands that print from a campaign they only read (papers, minutes, certificates): refuses an
// --out that names the campaign (whatever its name), another campaign, a package or a journal's name, then
// opens the campaign read-only. Empty when either failed: the refusal is reported and *exitCode set.
std::optional<WritableCampaign> openToPrint(const QString& path, const QString& out, const QString& command,
                                            int* exitCode);

// The writer lock alone, for a campaign file about to be created (init, demo); none when the folder does
// not exist (creating the file says so).
Result<std::unique_ptr<CampaignLock>> lockForWriting(const QString& path, const QString& command);

// Progress lines go to stderr only when a person is watching it.
bool stderrIsTerminal();
// The commands' readable output: a header, a rule of dashes, then the rows, columns aligned two spaces
// apart. Cells longer than their column's maximum are clipped with "…"; the columns listed in
// rightAligned (numbers) are aligned right; trailing spaces are trimmed.
QString formatTable(const QStringList& header, QList<QStringList> rows, const QList<int>& maxWidths = {},
                    const QList<int>& rightAligned = {});

void progressLine(const QString& text); // rewrites the current line
void progressDone();

} // namespace sangkien::cli
