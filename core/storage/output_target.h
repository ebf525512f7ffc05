#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace sangkien {

// Where a program may write a file it makes (a document, a backup, a review package or return, an
// export). The command line and the window's save dialogs ask the same question before writing.
class OutputTarget
{
    Q_DECLARE_TR_FUNCTIONS(OutputTarget)

public:
    // Refuses, naming why: the campaign (or another file given in `keep`, such as the package being read)
    // by identity (device and inode, so another spelling, a symbolic or a hard link is the same file),
    // any SQLite database (every other campaign file), a review package or score return, a folder, and a
    // name SQLite or the lock would take for an existing file ("-journal", "-wal", "-shm", ".lock").
    // Anything else may be written: writers replace it whole (a temporary file renamed into place).
    static Status check(const QString& path, const QStringList& keep = {});
};

} // namespace sangkien
