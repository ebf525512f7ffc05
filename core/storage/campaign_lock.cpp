#include "campaign_lock.h"

#include "audit_log.h"
#include "common/file_error.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>
#include <QSysInfo>
#include <cerrno>
#include <csignal>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <sys/types.h>
#include <unistd.h>
#endif

namespace sangkien {
namespace {

QByteArray toJson(const LockHolder& h)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("user"), h.user},
                                     {QStringLiteral("host"), h.host},
                                     {QStringLiteral("pid"), h.pid},
                                     {QStringLiteral("program"), h.program},
                                     {QStringLiteral("since"), h.since.toString(Qt::ISODate)},
                                     {QStringLiteral("heartbeat"), h.heartbeat.toString(Qt::ISODate)}})
        .toJson(QJsonDocument::Compact);
}

std::optional<LockHolder> fromJson(const QByteArray& bytes)
{
    const QJsonObject o = QJsonDocument::fromJson(bytes).object();
    if (o.isEmpty())
        return std::nullopt;
    LockHolder h;
    h.user = o.value(QStringLiteral("user")).toString();
    h.host = o.value(QStringLiteral("host")).toString();
    h.pid = o.value(QStringLiteral("pid")).toInteger();
    h.program = o.value(QStringLiteral("program")).toString();
    h.since = QDateTime::fromString(o.value(QStringLiteral("since")).toString(), Qt::ISODate);
    h.heartbeat = QDateTime::fromString(o.value(QStringLiteral("heartbeat")).toString(), Qt::ISODate);
    return h;
}

bool processAlive(qint64 pid)
{
#ifdef Q_OS_WIN
    HANDLE h = OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, DWORD(pid));
    if (!h)
        return false;
    DWORD code = 0;
    const bool alive = GetExitCodeProcess(h, &code) && code == STILL_ACTIVE;
    CloseHandle(h);
    return alive;
#else
    return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM);
#endif
}

qint64 currentPid()
{
    return QCoreApplication::applicationPid();
}

} // namespace

QString CampaignLock::lockPath(const QString& campaignPath)
{
    return campaignPath + QStringLiteral(".lock");
}

std::optional<LockHolder> CampaignLock::holder(const QString& campaignPath)
{
    QFile f(lockPath(campaignPath));
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    auto h = fromJson(f.readAll());
    if (!h) // a lock file we cannot read still means someone made it: show it as unknown
        return LockHolder{tr("unknown"), tr("unknown"), 0, QString(), {}, {}};
    return h;
}

bool CampaignLock::isStale(const LockHolder& h, const QDateTime& now)
{
    if (h.host == QSysInfo::machineHostName() && h.pid && !processAlive(h.pid))
        return true;
    // On another machine the process cannot be asked: an old heartbeat means it crashed.
    return !h.heartbeat.isValid() || h.heartbeat.secsTo(now) > kStaleAfterSeconds;
}

Result<std::unique_ptr<CampaignLock>> CampaignLock::acquire(const QString& campaignPath,
                                                            const QString& program)
{
    const QString path = lockPath(campaignPath);
    // Whole seconds, as the lock file stores them, so the destructor recognises its own lock.
    QDateTime now = QDateTime::currentDateTimeUtc();
    now = now.addMSecs(-now.time().msec());
    LockHolder me{AuditLog::currentUser(), QSysInfo::machineHostName(), currentPid(), program, now, now};

    for (int attempt = 0; attempt < 2; ++attempt) {
        QFile file(path);
        // NewOnly is O_EXCL: of two programs racing, exactly one creates the file.
        if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            if (file.write(toJson(me)) < 0 || !file.flush()) {
                file.close();
                QFile::remove(path);
                return FileError::make(tr("The lock file cannot be written: %1"), path, errno, &file);
            }
            file.close();
            return std::unique_ptr<CampaignLock>(new CampaignLock(path, me));
        }
        // Not another program's lock: a folder that may not be written, a name too long.
        if (const int why = errno; why != EEXIST && !QFileInfo::exists(path))
            return FileError::make(tr("The lock file cannot be written: %1"), path, why, &file);
        const auto current = holder(campaignPath);
        if (!current) // vanished between our attempt and our look: try again
            continue;
        if (!isStale(*current)) {
            const QString since =
                QLocale(QLocale::Vietnamese)
                    .toString(current->since.toLocalTime(), QStringLiteral("HH:mm dd/MM/yyyy"));
            // "van.thu (sangkien-cli import)": the user and the program they hold it with.
            const QString who = current->program.isEmpty()
                                    ? current->user
                                    : QStringLiteral("%1 (%2)").arg(current->user, current->program);
            return Error{
                tr("The campaign is open for writing by %1 on %2 since %3.").arg(who, current->host, since),
                campaignPath, ErrorKind::Locked};
        }
        // Take over a stale lock: renaming is atomic, so only one of several takers wins.
        const QString aside = path + QStringLiteral(".stale-%1").arg(currentPid());
        if (QFile::rename(path, aside))
            QFile::remove(aside);
    }
    return Error{tr("The campaign's lock file cannot be taken."), path, ErrorKind::Locked};
}

CampaignLock::CampaignLock(QString path, LockHolder info)
    : m_path(std::move(path))
    , m_info(std::move(info))
{}

CampaignLock::~CampaignLock()
{
    if (m_heartbeat.joinable()) {
        {
            std::lock_guard guard(m_mutex);
            m_stopping = true;
        }
        m_wake.notify_all();
        m_heartbeat.join();
    }
    // Remove the lock only if it is still ours (a takeover after a long pause may have replaced it).
    std::lock_guard guard(m_mutex);
    if (stillOurs())
        QFile::remove(m_path);
}

bool CampaignLock::stillOurs() const
{
    QFile f(m_path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const auto h = fromJson(f.readAll());
    return h && h->pid == m_info.pid && h->host == m_info.host && h->since == m_info.since;
}

LockHolder CampaignLock::info() const
{
    std::lock_guard guard(m_mutex);
    return m_info;
}

Status CampaignLock::refresh()
{
    std::lock_guard guard(m_mutex);
    if (!stillOurs())
        return Error{tr("The campaign's lock file cannot be taken."), m_path,
                     ErrorKind::Locked}; // taken over meanwhile
    LockHolder next = m_info;
    next.heartbeat = QDateTime::currentDateTimeUtc();
    QSaveFile f(m_path);
    if (!f.open(QIODevice::WriteOnly) || f.write(toJson(next)) < 0 || !f.commit())
        return FileError::make(tr("The lock file cannot be written: %1"), m_path, errno, &f);
    m_info = next;
    return {};
}

void CampaignLock::startHeartbeat()
{
    if (m_heartbeat.joinable())
        return;
    m_heartbeat = std::thread([this] {
        std::unique_lock guard(m_mutex);
        while (
            !m_wake.wait_for(guard, std::chrono::seconds(kHeartbeatSeconds), [this] { return m_stopping; })) {
            guard.unlock();
            refresh(); // a failed refresh is tried again at the next beat; the holder's work goes on
            guard.lock();
        }
    });
}

} // namespace sangkien
