// The one guarded file: POSIX and Win32 headers are included here only (see system_calls.h). The Windows
// branches are written from the documentation and cannot be built on the project's machines; README's
// Windows steps say so.
#include "system_calls.h"

#include <cerrno>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <vector>

#ifdef _WIN32
#include <fcntl.h>
#include <io.h>
#include <windows.h>
#else
#include <csignal>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>
#endif
#ifdef __linux__
#include <sys/prctl.h>
#endif

namespace sangkien::sys {

bool processAlive(std::int64_t pid)
{
    if (pid <= 0)
        return false;
#ifdef _WIN32
    HANDLE h = OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, DWORD(pid));
    if (!h)
        return false;
    DWORD code = 0;
    const bool alive = GetExitCodeProcess(h, &code) && code == STILL_ACTIVE;
    CloseHandle(h);
    return alive;
#else
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
#endif
}

std::string processStartMark(std::int64_t pid)
{
#ifdef __linux__
    std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
    std::string line;
    if (!stat || !std::getline(stat, line))
        return {};
    // "PID (comm) state ppid …": comm may hold spaces and parentheses, so count fields after the last ')'.
    const std::size_t close = line.rfind(')');
    if (close == std::string::npos)
        return {};
    std::istringstream rest(line.substr(close + 1));
    std::vector<std::string> fields;
    for (std::string field; rest >> field;)
        fields.push_back(field);
    // After the comm, field 3 (state) is at index 0, so field 22 (starttime) is at index 19.
    return fields.size() < 20 ? std::string() : fields[19];
#elif defined(_WIN32)
    HANDLE h = OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, DWORD(pid));
    if (!h)
        return {};
    FILETIME created{}, exited{}, kernel{}, user{};
    std::string mark;
    if (GetProcessTimes(h, &created, &exited, &kernel, &user))
        mark = std::to_string((std::uint64_t(created.dwHighDateTime) << 32) | created.dwLowDateTime);
    CloseHandle(h);
    return mark;
#else
    (void)pid;
    return {};
#endif
}

FileId fileId(const char* path)
{
    FileId id;
    if (!path || !*path)
        return id;
#ifdef _WIN32
    HANDLE h = CreateFileA(path, 0, FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, nullptr,
                           OPEN_EXISTING, FILE_FLAG_BACKUP_SEMANTICS, nullptr);
    if (h == INVALID_HANDLE_VALUE)
        return id;
    BY_HANDLE_FILE_INFORMATION info{};
    if (GetFileInformationByHandle(h, &info)) {
        id.device = info.dwVolumeSerialNumber;
        id.inode = (std::uint64_t(info.nFileIndexHigh) << 32) | info.nFileIndexLow;
        id.links = info.nNumberOfLinks;
        id.valid = true;
    }
    CloseHandle(h);
#else
    struct stat st
    {
    };
    if (::stat(path, &st) != 0)
        return id;
    id.device = std::uint64_t(st.st_dev);
    id.inode = std::uint64_t(st.st_ino);
    id.links = std::uint64_t(st.st_nlink);
    id.valid = true;
#endif
    return id;
}

NoReplace linkNoReplace(const char* from, const char* to)
{
#ifdef _WIN32
    if (CreateHardLinkA(to, from, nullptr))
        return NoReplace::Done;
    return GetLastError() == ERROR_ALREADY_EXISTS ? NoReplace::Exists : NoReplace::Unsupported;
#else
    if (::link(from, to) == 0)
        return NoReplace::Done;
    return errno == EEXIST ? NoReplace::Exists : NoReplace::Unsupported;
#endif
}

NoReplace renameNoReplace(const char* from, const char* to)
{
#if defined(__linux__) && defined(RENAME_NOREPLACE)
    if (::renameat2(AT_FDCWD, from, AT_FDCWD, to, RENAME_NOREPLACE) == 0)
        return NoReplace::Done;
    if (errno == EEXIST)
        return NoReplace::Exists;
    return NoReplace::Unsupported; // EINVAL or ENOSYS: this file system cannot
#elif defined(_WIN32)
    // MoveFileEx without MOVEFILE_REPLACE_EXISTING never replaces.
    if (MoveFileExA(from, to, MOVEFILE_WRITE_THROUGH))
        return NoReplace::Done;
    return GetLastError() == ERROR_ALREADY_EXISTS || GetLastError() == ERROR_FILE_EXISTS
               ? NoReplace::Exists
               : NoReplace::Unsupported;
#else
    (void)from;
    (void)to;
    return NoReplace::Unsupported;
#endif
}

int writeObstacle(const char* path, const char* dir, bool fileExists, std::size_t nameBytes,
                  std::size_t extraNameBytes)
{
#ifdef _WIN32
    constexpr std::size_t kNameMax = 255;
    if (nameBytes + extraNameBytes > kNameMax)
        return ENAMETOOLONG;
    if (fileExists && _access(path, 2) != 0)
        return errno;
    if (_access(dir, 2) != 0)
        return errno;
    return 0;
#else
    const long nameMax = ::pathconf(dir, _PC_NAME_MAX);
    if (nameMax > 0 && nameBytes + extraNameBytes > std::size_t(nameMax))
        return ENAMETOOLONG;
    if (fileExists && ::access(path, W_OK) != 0)
        return errno;
    if (::access(dir, W_OK) != 0)
        return errno;
    return 0;
#endif
}

bool standardErrorIsTerminal()
{
#ifdef _WIN32
    return _isatty(_fileno(stderr)) != 0;
#else
    return ::isatty(STDERR_FILENO) == 1;
#endif
}

void setBinaryStandardOutput()
{
#ifdef _WIN32
    _setmode(_fileno(stdout), _O_BINARY);
#endif
}

void limitChildProcess(std::int64_t memoryBytes)
{
#ifndef _WIN32
    struct rlimit none = {0, 0};
    ::setrlimit(RLIMIT_CORE, &none);
    if (memoryBytes > 0) {
        struct rlimit as = {rlim_t(memoryBytes), rlim_t(memoryBytes)};
        ::setrlimit(RLIMIT_AS, &as);
    }
#else
    (void)memoryBytes;
#endif
#ifdef __linux__
    ::prctl(PR_SET_PDEATHSIG, SIGKILL); // the helper never outlives the program
#endif
}

} // namespace sangkien::sys
