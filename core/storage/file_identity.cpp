#include "file_identity.h"

#include <QFile>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace sangkien {

FileIdentity FileIdentity::of(const QString& path)
{
    FileIdentity id;
#ifdef Q_OS_UNIX
    struct stat st
    {
    };
    if (path.isEmpty() || ::stat(QFile::encodeName(path).constData(), &st) != 0)
        return id;
    id.device = quint64(st.st_dev);
    id.inode = quint64(st.st_ino);
    id.links = quint64(st.st_nlink);
    id.valid = true;
#else
    Q_UNUSED(path);
#endif
    return id;
}

LinkOutcome linkNoReplace(const QString& from, const QString& to)
{
#ifdef Q_OS_UNIX
    if (::link(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0)
        return LinkOutcome::Linked;
    return errno == EEXIST ? LinkOutcome::Exists : LinkOutcome::Unsupported;
#else
    Q_UNUSED(from);
    Q_UNUSED(to);
    return LinkOutcome::Unsupported;
#endif
}

LinkOutcome renameNoReplace(const QString& from, const QString& to)
{
#if defined(Q_OS_LINUX) && defined(RENAME_NOREPLACE)
    if (::renameat2(AT_FDCWD, QFile::encodeName(from).constData(), AT_FDCWD,
                    QFile::encodeName(to).constData(), RENAME_NOREPLACE) == 0)
        return LinkOutcome::Linked;
    if (errno == EEXIST)
        return LinkOutcome::Exists;
        // EINVAL or ENOSYS: this file system cannot; try a second name.
#endif
    const LinkOutcome linked = linkNoReplace(from, to);
    if (linked == LinkOutcome::Linked)
        QFile::remove(from);
    return linked;
}

} // namespace sangkien
