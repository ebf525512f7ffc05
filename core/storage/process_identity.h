#pragma once

#include <QString>

namespace sangkien::ProcessIdentity {

// The operating system's side of the one-writer lock: whether a process of this machine still runs, and
// when it started. A process id alone is reused by the system, so a lock names its holder by both. This
// is the lock's interface to the system; the calls themselves are in platform/system_calls.cpp.

qint64 currentPid();
// True when a process with this id runs on this machine (also one we may not signal).
bool isAlive(qint64 pid);
// An opaque mark of when the process started, the same for as long as it runs (Linux: field 22 of
// /proc/PID/stat, clock ticks since boot); empty when the system does not say.
QString startMark(qint64 pid);

} // namespace sangkien::ProcessIdentity
