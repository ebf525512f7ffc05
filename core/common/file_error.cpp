#include "file_error.h"

#include "platform/system_calls.h"

#include <QFile>
#include <QFileDevice>
#include <QFileInfo>
#include <cerrno>
#include <climits>
#include <cstring>

namespace sangkien {

ErrorKind FileError::kindOf(int errnoValue)
{
    switch (errnoValue) {
    case ENOSPC:
    case EFBIG:
    case EDQUOT:
        return ErrorKind::DiskFull;
    case EACCES:
    case EROFS:
    case EPERM:
        return ErrorKind::ReadOnly;
    case ENOENT:
    case ENOTDIR:
        return ErrorKind::NotFound;
    case ENAMETOOLONG:
        return ErrorKind::Refused; // the name the user chose; another name works
    default:
        return ErrorKind::Storage;
    }
}

QString FileError::causeOf(int errnoValue)
{
    switch (errnoValue) {
    case ENOSPC:
    case EFBIG:
    case EDQUOT:
        return tr("the disk is full or the file cannot grow");
    case EROFS:
        return tr("the file or its folder is on a read-only medium");
    case EACCES:
    case EPERM:
        return tr("you have no permission to write to this file or its folder");
    case ENOENT:
    case ENOTDIR:
        return tr("the file or its folder does not exist");
    case ENAMETOOLONG:
        return tr("the file name is too long for the file system");
    default:
        return QString::fromLocal8Bit(strerror(errnoValue));
    }
}

int FileError::writeObstacle(const QString& path)
{
    const QFileInfo info(path);
    // "-journal" and ".backups", the longest companions, add 8 bytes to the name.
    constexpr std::size_t kLongestCompanion = 8;
    return sys::writeObstacle(QFile::encodeName(info.absoluteFilePath()).constData(),
                              QFile::encodeName(info.absolutePath()).constData(), info.exists(),
                              std::size_t(QFile::encodeName(info.fileName()).size()), kLongestCompanion);
}

Error FileError::make(const QString& message, const QString& place, int errnoValue, const QFileDevice* device)
{
    if (kindOf(errnoValue) == ErrorKind::Storage && device && device->error() == QFileDevice::ResourceError)
        errnoValue = ENOSPC; // Qt's word for a write the disk refused
    if (errnoValue != 0 && kindOf(errnoValue) != ErrorKind::Storage)
        return Error{message.arg(causeOf(errnoValue)), place, kindOf(errnoValue)};
    return Error{message.arg(device ? device->errorString() : causeOf(errnoValue)), place,
                 ErrorKind::Storage};
}

} // namespace sangkien
