#include "error_wording.h"

#include "common/support_log.h"

namespace sangkien {

QString ErrorWording::title(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::Usage:
    case ErrorKind::Refused:
        return tr("Not done");
    case ErrorKind::Quota:
        return tr("Quota exceeded");
    case ErrorKind::Conflict:
        return tr("Changed meanwhile");
    case ErrorKind::NotFound:
        return tr("Not found");
    case ErrorKind::Locked:
        return tr("Campaign in use");
    case ErrorKind::ReadOnly:
        return tr("Cannot write here");
    case ErrorKind::DiskFull:
        return tr("Disk full");
    case ErrorKind::Damaged:
        return tr("Damaged file");
    case ErrorKind::Storage:
        return tr("Cannot read or write the file");
    }
    return tr("Not done");
}

QString ErrorWording::explanation(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::Usage:
    case ErrorKind::Refused:
    case ErrorKind::Quota:
        return {};
    case ErrorKind::Conflict:
        return tr("Someone or something changed the data meanwhile. Look again, then try once more.");
    case ErrorKind::NotFound:
        return tr("It does not exist (any more). Check the name and the folder.");
    case ErrorKind::Locked:
        return tr("Another program is using the campaign. Close it there, or open the campaign read-only.");
    case ErrorKind::ReadOnly:
        return tr(
            "The file or its folder cannot be written (a read-only disk, or no permission). Nothing was "
            "changed. Copy the campaign to a folder you can write to, or open it read-only.");
    case ErrorKind::DiskFull:
        return tr("The disk is full or the file cannot grow. Nothing was changed. Free some space, then try "
                  "again.");
    case ErrorKind::Damaged:
        return tr("The file is damaged, or is not a file this version of Sáng kiến can read. Nothing was "
                  "written to it.");
    case ErrorKind::Storage:
        return tr("The file system refused the operation. Nothing was changed.");
    }
    return {};
}

QString ErrorWording::describe(const Error& error)
{
    SupportLog::error(error, QStringLiteral("window"));
    const QString why = explanation(error.kind);
    return why.isEmpty() ? error.text() : error.text() + QStringLiteral("\n\n") + why;
}

} // namespace sangkien
