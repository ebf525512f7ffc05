#pragma once

// The program's only door to the operating system beyond Qt: every call that needs POSIX or Win32 headers
// is made in system_calls.cpp and nowhere else (a test greps core, ui and app for those headers), so a
// Windows build has exactly one file to complete. Plain C++ (no Qt), so the sangkien-xls helper, which
// starts without Qt, shares it. Paths are in the system's 8-bit encoding (QFile::encodeName).
#include <cstddef>
#include <cstdint>
#include <string>

namespace sangkien::sys {

// Whether a process with this id runs on this machine (also one we may not signal).
bool processAlive(std::int64_t pid);
// An opaque mark of when the process started, the same for as long as it runs (Linux: field 22 of
// /proc/PID/stat); empty where the system does not say.
std::string processStartMark(std::int64_t pid);

// A file as the file system knows it: device, inode and hard links; valid false when it cannot be asked.
struct FileId
{
    std::uint64_t device = 0;
    std::uint64_t inode = 0;
    std::uint64_t links = 0;
    bool valid = false;
};
FileId fileId(const char* path);

enum class NoReplace
{
    Done,       // `to` now names the file
    Exists,     // `to` already existed: nothing changed
    Unsupported // the system or file system cannot (no hard links, no RENAME_NOREPLACE)
};
// A second name for a file, only if `to` does not exist (POSIX link()).
NoReplace linkNoReplace(const char* from, const char* to);
// An atomic rename that never replaces `to` (Linux renameat2 RENAME_NOREPLACE); Unsupported elsewhere.
NoReplace renameNoReplace(const char* from, const char* to);

// Why a file at `path` in the folder `dir`, whose name is `nameBytes` long, could not be written: an errno
// value (ENAMETOOLONG, EACCES, EROFS, …), or 0 when nothing stands in the way that can be seen beforehand.
// extraNameBytes: the longest suffix the program adds to the name (companion files).
int writeObstacle(const char* path, const char* dir, bool fileExists, std::size_t nameBytes,
                  std::size_t extraNameBytes);

// Whether standard error is a terminal (the CLI's progress lines go only there).
bool standardErrorIsTerminal();
// Standard output written as bytes (Windows would otherwise turn \n into \r\n).
void setBinaryStandardOutput();

// In a helper process between fork and exec: no core file, at most memoryBytes of address space (0: no
// limit), killed when its parent dies. System calls only. Nothing on systems without fork.
void limitChildProcess(std::int64_t memoryBytes);

} // namespace sangkien::sys
