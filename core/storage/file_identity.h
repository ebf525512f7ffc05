#pragma once

#include <QString>

namespace sangkien {

// A file as the file system knows it (device and inode), not by the name it was reached through: two
// spellings of one path, a symbolic link and a hard link all give the same identity. The system calls
// (POSIX stat and link, Win32 file information) are in platform/system_calls.cpp.
struct FileIdentity
{
    quint64 device = 0;
    quint64 inode = 0;
    quint64 links = 0; // hard links: names the file has
    bool valid = false;

    // Follows symbolic links; an invalid identity when the file does not exist or cannot be asked.
    static FileIdentity of(const QString& path);
    bool sameFileAs(const FileIdentity& other) const
    {
        return valid && other.valid && device == other.device && inode == other.inode;
    }
};

enum class LinkOutcome
{
    Linked,     // `to` now names the same file as `from`
    Exists,     // `to` already exists: nothing changed
    Unsupported // the file system refused for another reason (some network shares have no hard links)
};

// Gives the file `from` the second name `to`, only if `to` does not exist: an atomic create-if-absent of
// a complete file.
LinkOutcome linkNoReplace(const QString& from, const QString& to);

// Renames `from` to `to` only if `to` does not exist, in one step where the system allows it (Linux:
// renameat2 with RENAME_NOREPLACE); elsewhere through a second name and the removal of the first.
// Exists: nothing changed. Unsupported: the caller may fall back to a plain rename.
LinkOutcome renameNoReplace(const QString& from, const QString& to);

} // namespace sangkien
