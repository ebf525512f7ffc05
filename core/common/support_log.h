#pragma once

#include "common/result.h"

#include <QString>

namespace sangkien {

// A log for support, in the user's data folder: when the program started, opened a campaign, imported,
// merged a score return, made a backup or printed, and every error with its kind. It holds no personal
// data: no names, titles or scores, and a file name only as its extension (".sangkien"). It is rotated:
// beyond kMaxBytes the file becomes .1 (then .2, .3), so it never grows without bound.
class SupportLog
{
public:
    static constexpr qint64 kMaxBytes = 512 * 1024;
    static constexpr int kKeep = 3;

    // <AppDataLocation>/logs/sangkien.log, or SANGKIEN_LOG_FILE when set (tests, support).
    static QString path();
    // The program writing ("sangkien", "sangkien-cli"), set once at start.
    static void setProgram(const QString& program);

    // One line: what happened ("start", "open", "import", "merge", "backup", "print") and a detail of
    // counts, modes or file extensions only.
    static void event(const QString& what, const QString& detail = {});
    // An error's kind and where it arose (a command or an action), never its message.
    static void error(const Error& error, const QString& context);

    // A path reduced to what the log may keep: its extension (".xlsx"), or "file" without one.
    static QString fileKind(const QString& path);
};

} // namespace sangkien
