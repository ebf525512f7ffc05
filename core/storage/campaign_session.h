#pragma once

#include "common/result.h"
#include "storage/backup_manager.h"
#include "storage/campaign_lock.h"

#include <QCoreApplication>
#include <QObject>
#include <QTimer>
#include <memory>
#include <optional>

namespace sangkien {

class Database;

// What the desktop program holds while a campaign is open: the one-writer lock with its heartbeat, the
// checks made on open, and the automatic backups (on open, daily while open, and before an import or a
// merge when asked). A read-only session holds no lock and makes no backups.
class CampaignSession : public QObject
{
    Q_OBJECT

public:
    enum class Refusal
    {
        None,
        Locked,     // another live program writes the file: offer read-only
        Damaged,    // the checks found damage: nothing is written, offer the latest good backup
        CannotOpen, // missing, not a campaign, from a newer version
        ReadOnly,   // the file or its folder cannot be written: offer read-only
    };
    struct Opening
    {
        std::unique_ptr<Database> db;
        std::unique_ptr<CampaignSession> session;
        Refusal refusal = Refusal::None;
        Error error;
        std::optional<LockHolder> holder; // for Locked
        QList<Error> damage;              // for Damaged
        // Opened read-only though writing was asked, and why (a campaign file with several names).
        std::optional<Error> readOnlyBecause;
    };

    // Opens path for writing (the lock, the checks, the backup on open), or read-only when asked. A
    // refusal comes with the reason and leaves the file as it was.
    static Opening open(const QString& path, bool readOnly, const QString& program);
    // The newest backup that opens and passes the checks, if any.
    static std::optional<BackupInfo> latestGoodBackup(const QString& campaignPath);

    ~CampaignSession() override;

    bool isReadOnly() const { return !m_lock; }
    Database& database() const { return *m_db; }
    // A backup now, named by reason ("import", "merge", "manual"); kept with rotation.
    Result<BackupInfo> backup(const QString& reason);
    // The last automatic backup made by this session (on open or daily).
    const std::optional<BackupInfo>& lastBackup() const { return m_lastBackup; }

signals:
    // A heartbeat or a daily backup failed: say so, the work itself is not affected.
    void problem(const QString& message);

private:
    CampaignSession(Database& db, std::unique_ptr<CampaignLock> lock);
    void beat();
    void dailyBackup();

    Database* m_db;
    std::unique_ptr<CampaignLock> m_lock;
    QTimer m_heartbeat;
    QTimer m_daily;
    std::optional<BackupInfo> m_lastBackup;
};

} // namespace sangkien
