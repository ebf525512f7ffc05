#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

namespace sangkien::cli {

// The translation context of the command-line program's own messages.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// Exit codes of ../shared/docs/cli.md: scripts depend on them.
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
    QStringList valueOptions; // "--search", …
    QStringList flagOptions;  // "--dry-run", …
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
// Prints an error naming its place; returns code so commands can `return fail(…)`.
int fail(const Error& error, int code);
// A usage error with a hint to --help.
int usageError(const QString& message, const QString& command = {});

// Progress lines go to stderr only when a person is watching it.
bool stderrIsTerminal();
void progressLine(const QString& text); // rewrites the current line
void progressDone();

} // namespace sangkien::cli
