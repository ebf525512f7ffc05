#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QString>

class QFileDevice;

namespace sangkien {

// Errors of the file system, by the operating system's error number: a full disk, a read-only file or
// folder, a name too long are reported as what they are.
class FileError
{
    Q_DECLARE_TR_FUNCTIONS(FileError)

public:
    // The kind of an errno: ENOSPC/EFBIG → disk full, EACCES/EROFS/EPERM → read-only, ENOENT → not found.
    static ErrorKind kindOf(int errnoValue);
    // The cause in the user's words ("the disk is full", "the file name is too long for the file system").
    static QString causeOf(int errnoValue);
    // Why path cannot be written, found by asking the file system (the file, else its folder); 0 when
    // nothing stands in the way. A name whose companion files (-journal, .lock, .backups) would pass the
    // file system's name limit counts as too long.
    static int writeObstacle(const QString& path);
    // An error for a failed file operation: message holds %1 for the cause, which is errnoValue's in the
    // user's words (and its kind) when it is one of the known causes, else the device's own words.
    static Error make(const QString& message, const QString& place, int errnoValue,
                      const QFileDevice* device = nullptr);
};

} // namespace sangkien
