#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

namespace sangkien {

// Who holds a campaign file for writing.
struct LockHolder
{
    QString user;
    QString host;
    qint64 pid = 0;
    QString program;
    QDateTime since;
    QDateTime heartbeat;  // refreshed while the holder runs, so a crashed holder on another machine shows
    QString started;      // when the holder's process started (ProcessIdentity::startMark): a reused pid
                          // is not the holder
    bool readable = true; // false: the lock file exists but holds no complete holder (being written?)
    QDateTime written;    // the lock file's last change, for an unreadable one
};

// One writer per campaign file, also on a network share where SQLite's own locks are not to be trusted:
// a lock file beside the campaign ("2024.sangkien.lock") naming its holder. It is written whole under a
// name of its own and then linked to the lock's name only if none exists, so no program ever sees a
// half-written lock of ours. The lock is named after the campaign's real path (symbolic links and other
// spellings resolved), so every name of the file shares one lock. A lock left by a crash is taken over:
// on this machine when its process is gone (or its id now belongs to a process started later), on
// another when its heartbeat is older than kStaleAfterSeconds. A live holder on this machine is never
// stale, and a lock file without a readable holder is left alone for kCreationGraceSeconds (another
// program may be writing it).
class CampaignLock
{
    Q_DECLARE_TR_FUNCTIONS(CampaignLock)

public:
    static constexpr int kHeartbeatSeconds = 30;
    static constexpr int kStaleAfterSeconds = 180;
    static constexpr int kCreationGraceSeconds = 10;

    static QString lockPath(const QString& campaignPath);
    // The current holder, if any (stale or not).
    static std::optional<LockHolder> holder(const QString& campaignPath);
    static bool isStale(const LockHolder& holder, const QDateTime& now = QDateTime::currentDateTimeUtc());

    // Takes the lock, or fails with an Error naming who holds it and since when.
    static Result<std::unique_ptr<CampaignLock>> acquire(const QString& campaignPath, const QString& program);

    ~CampaignLock();
    CampaignLock(const CampaignLock&) = delete;
    CampaignLock& operator=(const CampaignLock&) = delete;

    // Rewrites the heartbeat; callers do it every kHeartbeatSeconds while they hold the file. Fails, writing
    // nothing, when the lock is no longer ours (taken over after a long pause).
    Status refresh();
    // For programs without an event loop (the command line): refreshes the heartbeat every
    // kHeartbeatSeconds on a thread of its own until the lock is released.
    void startHeartbeat();
    LockHolder info() const;

private:
    CampaignLock(QString path, LockHolder info);
    bool stillOurs() const;

    QString m_path;
    LockHolder m_info;
    mutable std::mutex m_mutex; // guards m_info and m_stopping
    std::condition_variable m_wake;
    bool m_stopping = false;
    std::thread m_heartbeat;
};

} // namespace sangkien
