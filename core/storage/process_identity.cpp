#include "process_identity.h"

#include <QCoreApplication>
#include <QFile>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <cerrno>
#include <csignal>
#include <sys/types.h>
#endif

namespace sangkien::ProcessIdentity {

qint64 currentPid()
{
    return QCoreApplication::applicationPid();
}

bool isAlive(qint64 pid)
{
    if (pid <= 0)
        return false;
#ifdef Q_OS_WIN
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

QString startMark(qint64 pid)
{
#ifdef Q_OS_LINUX
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return {};
    const QByteArray line = stat.readAll();
    // "PID (comm) state ppid …": comm may hold spaces and parentheses, so count fields after the last ')'.
    const qsizetype close = line.lastIndexOf(')');
    if (close < 0)
        return {};
    const QList<QByteArray> fields = line.mid(close + 1).simplified().split(' ');
    // After the comm, field 3 (state) is at index 0, so field 22 (starttime) is at index 19.
    if (fields.size() < 20)
        return {};
    return QString::fromLatin1(fields.at(19));
#else
    Q_UNUSED(pid);
    return {};
#endif
}

} // namespace sangkien::ProcessIdentity
