#include "campaign_lock.h"

#include "audit_log.h"
#include "common/file_error.h"
#include "file_identity.h"
#include "process_identity.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>
#include <QSysInfo>
#include <QUuid>

namespace sangkien {
namespace {

QByteArray toJson(const LockHolder& h)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("user"), h.user},
                                     {QStringLiteral("host"), h.host},
                                     {QStringLiteral("pid"), h.pid},
                                     {QStringLiteral("started"), h.started},
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
    h.started = o.value(QStringLiteral("started")).toString();
    h.program = o.value(QStringLiteral("program")).toString();
    h.since = QDateTime::fromString(o.value(QStringLiteral("since")).toString(), Qt::ISODate);
    h.heartbeat = QDateTime::fromString(o.value(QStringLiteral("heartbeat")).toString(), Qt::ISODate);
    return h;
}

struct LockFile
{
    QByteArray bytes;
    LockHolder holder;
};

// The lock file as it is now; none when there is no lock file.
std::optional<LockFile> readLock(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    LockFile lock;
    lock.bytes = f.readAll();
    const QDateTime written = QFileInfo(f).lastModified().toUTC();
    if (auto h = fromJson(lock.bytes)) {
        lock.holder = *h;
    } else {
        // A lock file we cannot read still means someone made it: show it as unknown.
        lock.holder.user = CampaignLock::tr("unknown");
        lock.holder.host = CampaignLock::tr("unknown");
        lock.holder.readable = false;
    }
    lock.holder.written = written;
    return lock;
}

enum class Created
{
    Yes,
    Exists,
    Failed
};

// Makes the lock file whole or not at all: the holder is written under a name of our own, then linked
// to the lock's name only if that does not exist yet. On a file system without hard links the file is
// created exclusively and then filled; the grace period for unreadable locks covers that moment.
Created createLock(const QString& path, const QByteArray& json, QString* why, int* err)
{
    // A short name of its own in the same folder: a campaign name near the file system's limit still
    // gets its lock.
    const QString temp =
        QFileInfo(path).absolutePath() +
        QStringLiteral("/.sangkien-lock-%1.new").arg(QUuid::createUuid().toString(QUuid::Id128).left(12));
    {
        QFile t(temp);
        if (!t.open(QIODevice::WriteOnly | QIODevice::NewOnly) || t.write(json) != json.size() ||
            !t.flush()) {
            *err = errno;
            *why = t.errorString();
            t.close();
            QFile::remove(temp);
            return Created::Failed;
        }
    }
    const LinkOutcome linked = linkNoReplace(temp, path);
    QFile::remove(temp);
    if (linked == LinkOutcome::Linked)
        return Created::Yes;
    if (linked == LinkOutcome::Exists)
        return Created::Exists;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) { // O_EXCL
        const int failed = errno;                                // before stat() overwrites it
        if (QFileInfo::exists(path))
            return Created::Exists;
        *err = failed;
        *why = file.errorString();
        return Created::Failed;
    }
    if (file.write(json) != json.size() || !file.flush()) {
        *why = file.errorString();
        file.close();
        QFile::remove(path);
        return Created::Failed;
    }
    return Created::Yes;
}

} // namespace

QString CampaignLock::lockPath(const QString& campaignPath)
{
    // The real path: a symbolic link or another spelling of the campaign finds the same lock.
    const QFileInfo info(campaignPath);
    QString real = info.canonicalFilePath();
    if (real.isEmpty()) { // not made yet (init, demo): its folder's real path
        const QString folder = info.absoluteDir().canonicalPath();
        real = folder.isEmpty() ? info.absoluteFilePath() : folder + QLatin1Char('/') + info.fileName();
    }
    return real + QStringLiteral(".lock");
}

std::optional<LockHolder> CampaignLock::holder(const QString& campaignPath)
{
    auto lock = readLock(lockPath(campaignPath));
    if (!lock)
        return std::nullopt;
    return lock->holder;
}

bool CampaignLock::isStale(const LockHolder& h, const QDateTime& now)
{
    // A lock file without a holder may be one another program is writing this very moment.
    if (!h.readable)
        return !h.written.isValid() || h.written.secsTo(now) > kCreationGraceSeconds;
    if (h.host == QSysInfo::machineHostName() && h.pid) {
        if (!ProcessIdentity::isAlive(h.pid))
            return true;
        // The id now names a process that started at another time: the holder is gone.
        const QString started = ProcessIdentity::startMark(h.pid);
        if (!h.started.isEmpty() && !started.isEmpty() && started != h.started)
            return true;
        return false; // a live holder on this machine, however long since its last heartbeat
    }
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
    const qint64 pid = ProcessIdentity::currentPid();
    LockHolder me;
    me.user = AuditLog::currentUser();
    me.host = QSysInfo::machineHostName();
    me.pid = pid;
    me.program = program;
    me.since = now;
    me.heartbeat = now;
    me.started = ProcessIdentity::startMark(pid);

    for (int attempt = 0; attempt < 3; ++attempt) {
        QString why;
        int err = 0;
        const Created created = createLock(path, toJson(me), &why, &err);
        if (created == Created::Yes)
            return std::unique_ptr<CampaignLock>(new CampaignLock(path, me));
        if (created == Created::Failed)
            return err != 0 && FileError::kindOf(err) != ErrorKind::Storage
                       ? FileError::make(tr("The lock file cannot be written: %1"), path, err)
                       : Error{tr("The lock file cannot be written: %1").arg(why), path, ErrorKind::Storage};
        const auto current = readLock(path);
        if (!current) // vanished between our attempt and our look: try again
            continue;
        if (!isStale(current->holder)) {
            const LockHolder& h = current->holder;
            const QString since =
                h.since.isValid() ? QLocale(QLocale::Vietnamese)
                                        .toString(h.since.toLocalTime(), QStringLiteral("HH:mm dd/MM/yyyy"))
                                  : tr("a moment ago");
            // "van.thu (sangkien-cli import)": the user and the program they hold it with.
            const QString who =
                h.program.isEmpty() ? h.user : QStringLiteral("%1 (%2)").arg(h.user, h.program);
            return Error{tr("The campaign is open for writing by %1 on %2 since %3.").arg(who, h.host, since),
                         campaignPath, ErrorKind::Locked};
        }
        // Take over a stale lock: renaming is atomic, so only one of several takers wins. If what we
        // moved aside is not the lock we judged stale (another taker replaced it meanwhile), it goes back.
        const QString aside = path + QStringLiteral(".stale-%1").arg(pid);
        if (!QFile::rename(path, aside))
            continue;
        QFile moved(aside);
        const bool same = moved.open(QIODevice::ReadOnly) && moved.readAll() == current->bytes;
        moved.close();
        if (!same)
            linkNoReplace(aside, path);
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
