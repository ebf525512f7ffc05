#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace sangkien {

class Database;

struct BackupInfo
{
    QString path;
    QDateTime at;
    QString reason;   // "open", "import", "merge", "daily", "manual"
    int entries = -1; // -1 when the backup cannot be read
};

// Consistent copies of a campaign (SQLite's VACUUM INTO: a whole, valid file even while the campaign is
// open elsewhere), kept in a folder beside it with rotation: the last kKeepRecent plus the newest of each
// month.
class BackupManager
{
    Q_DECLARE_TR_FUNCTIONS(BackupManager)

public:
    static constexpr int kKeepRecent = 10;

    // backupDir defaults to "<campaign>.backups" beside the campaign file.
    explicit BackupManager(Database& db, QString backupDir = {});

    static QString defaultBackupDir(const QString& campaignPath);
    // A consistent copy at path (refuses to overwrite).
    static Status copyTo(Database& db, const QString& path);

    Result<BackupInfo> backupNow(const QString& reason);
    QList<BackupInfo> list() const; // newest first
    // The backups in a folder, newest first, without a campaign open (the Restore command).
    static QList<BackupInfo> listIn(const QString& backupDir);
    void rotate();
    // True when the newest backup is older than a day.
    bool dailyDue(const QDateTime& now = QDateTime::currentDateTimeUtc()) const;

    // Puts a backup in the campaign's place. The backup must open as a campaign; the campaign file
    // must not be open. The replaced file is kept aside as "<campaign>.before-restore".
    static Status restore(const QString& backupPath, const QString& campaignPath);

private:
    Database& m_db;
    QString m_dir;
};

} // namespace sangkien
