#include "file_identity.h"

#include "platform/system_calls.h"

#include <QFile>

namespace sangkien {

FileIdentity FileIdentity::of(const QString& path)
{
    FileIdentity id;
    if (path.isEmpty())
        return id;
    const sys::FileId found = sys::fileId(QFile::encodeName(path).constData());
    id.device = found.device;
    id.inode = found.inode;
    id.links = found.links;
    id.valid = found.valid;
    return id;
}

namespace {

LinkOutcome outcomeOf(sys::NoReplace done)
{
    switch (done) {
    case sys::NoReplace::Done:
        return LinkOutcome::Linked;
    case sys::NoReplace::Exists:
        return LinkOutcome::Exists;
    case sys::NoReplace::Unsupported:
        break;
    }
    return LinkOutcome::Unsupported;
}

} // namespace

LinkOutcome linkNoReplace(const QString& from, const QString& to)
{
    return outcomeOf(
        sys::linkNoReplace(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()));
}

LinkOutcome renameNoReplace(const QString& from, const QString& to)
{
    const LinkOutcome renamed = outcomeOf(
        sys::renameNoReplace(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()));
    if (renamed != LinkOutcome::Unsupported)
        return renamed;
    // The system or this file system cannot rename without replacing: a second name, then the first goes.
    const LinkOutcome linked = linkNoReplace(from, to);
    if (linked == LinkOutcome::Linked)
        QFile::remove(from);
    return linked;
}

} // namespace sangkien
