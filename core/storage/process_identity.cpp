#include "process_identity.h"

#include "platform/system_calls.h"

#include <QCoreApplication>

namespace sangkien::ProcessIdentity {

qint64 currentPid()
{
    return QCoreApplication::applicationPid();
}

bool isAlive(qint64 pid)
{
    return sys::processAlive(pid);
}

QString startMark(qint64 pid)
{
    return QString::fromStdString(sys::processStartMark(pid));
}

} // namespace sangkien::ProcessIdentity
