#include "output_target.h"

#include "database.h"
#include "file_identity.h"
#include "review/review_package.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace sangkien {
namespace {

// Names SQLite (and our lock) give to files that belong to another file.
const char* const kCompanionSuffixes[] = {"-journal", "-wal", "-shm", ".lock"};

quint32 bigEndian32(const QByteArray& bytes, int at)
{
    return (quint32(uchar(bytes[at])) << 24) | (quint32(uchar(bytes[at + 1])) << 16) |
           (quint32(uchar(bytes[at + 2])) << 8) | quint32(uchar(bytes[at + 3]));
}

} // namespace

Status OutputTarget::check(const QString& path, const QStringList& keep)
{
    if (path.isEmpty())
        return Error{tr("No output file was named."), {}, ErrorKind::Refused};
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (info.isDir())
        return Error{tr("This is a folder; name a file to write."), shown, ErrorKind::Refused};

    // What the file holds, whatever its name.
    if (info.exists()) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly)) {
            const QByteArray head = file.read(100);
            if (head.startsWith(QByteArrayLiteral("SQLite format 3\0"))) {
                if (head.size() >= 72 && bigEndian32(head, 68) == quint32(Database::kApplicationId))
                    return Error{tr("This is a campaign file; a file the program writes never replaces one. "
                                    "Nothing was written."),
                                 shown, ErrorKind::Refused};
                return Error{tr("This is a database (SQLite) file; a file the program writes never replaces "
                                "one. Nothing was written."),
                             shown, ErrorKind::Refused};
            }
            if (head.startsWith(ReviewPackage::kPackageMagic))
                return Error{tr("This is a council member's review package; a file the program writes never "
                                "replaces one. Nothing was written."),
                             shown, ErrorKind::Refused};
            if (head.startsWith(ReviewPackage::kReturnMagic))
                return Error{tr("This is a council member's score return; a file the program writes never "
                                "replaces one. Nothing was written."),
                             shown, ErrorKind::Refused};
        }
    }

    const FileIdentity target = FileIdentity::of(path);
    for (const QString& kept : keep) {
        if (kept.isEmpty())
            continue;
        if (target.sameFileAs(FileIdentity::of(kept)))
            return Error{
                tr("This is %1, which this command reads; writing there would destroy it. Nothing was "
                   "written.")
                    .arg(QDir::toNativeSeparators(kept)),
                shown, ErrorKind::Refused};
        for (const char* suffix : kCompanionSuffixes) {
            if (target.sameFileAs(FileIdentity::of(kept + QLatin1String(suffix))))
                return Error{tr("This file belongs to %1 (SQLite's journal or the lock); writing there would "
                                "damage it. Nothing was written.")
                                 .arg(QDir::toNativeSeparators(kept)),
                             shown, ErrorKind::Refused};
        }
    }

    // "2024.sangkien-wal" beside an existing "2024.sangkien": SQLite would take it for that file's journal.
    const QString name = info.fileName();
    for (const char* suffix : kCompanionSuffixes) {
        const QLatin1String s(suffix);
        if (name.size() > s.size() && name.endsWith(s, Qt::CaseInsensitive)) {
            const QString owner = info.absoluteDir().filePath(name.left(name.size() - s.size()));
            if (QFileInfo::exists(owner))
                return Error{tr("SQLite (or the campaign lock) uses this name for the file %1; a file "
                                "written there would be taken for its journal. Nothing was written.")
                                 .arg(QDir::toNativeSeparators(owner)),
                             shown, ErrorKind::Refused};
        }
    }
    return {};
}

} // namespace sangkien
