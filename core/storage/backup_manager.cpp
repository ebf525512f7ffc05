#include "backup_manager.h"

#include "common/file_error.h"
#include "database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QTimeZone>
#include <cerrno>

namespace sangkien {
namespace {

// "2024-20241124-093012-import.sangkien"
const QRegularExpression kBackupName(QStringLiteral("^.*-(\\d{8}-\\d{6})-([a-z]+)\\.sangkien$"));

int countEntries(const QString& path)
{
    auto db = Database::open(path, Database::Mode::ReadOnly);
    if (!db)
        return -1;
    QSqlQuery q((*db)->connection());
    return q.exec(QStringLiteral("SELECT count(*) FROM entry")) && q.next() ? q.value(0).toInt() : -1;
}

} // namespace

BackupManager::BackupManager(Database& db, QString backupDir)
    : m_db(db)
    , m_dir(backupDir.isEmpty() ? defaultBackupDir(db.path()) : std::move(backupDir))
{}

QString BackupManager::defaultBackupDir(const QString& campaignPath)
{
    return campaignPath + QStringLiteral(".backups");
}

Status BackupManager::copyTo(Database& db, const QString& path)
{
    if (QFileInfo::exists(path))
        return Error{tr("The backup file already exists; a backup never overwrites a file."), path,
                     ErrorKind::Conflict};
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(path);
    if (!q.exec()) {
        QFile::remove(path);
        return sqlError(q, path);
    }
    return {};
}

Result<BackupInfo> BackupManager::backupNow(const QString& reason)
{
    if (!QDir().mkpath(m_dir)) {
        const int why = errno; // a read-only folder, a campaign name too long for ".backups"
        return FileError::make(tr("The backup folder cannot be created: %1"), m_dir, why);
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString base = QFileInfo(m_db.path()).completeBaseName();
    QString path;
    for (int n = 0;; ++n) {
        // Two backups in the same second (open, then import) get distinct names.
        path = QDir(m_dir).filePath(
            QStringLiteral("%1-%2-%3.sangkien")
                .arg(base, now.addSecs(n).toString(QStringLiteral("yyyyMMdd-HHmmss")), reason));
        if (!QFileInfo::exists(path))
            break;
    }
    if (auto s = copyTo(m_db, path); !s)
        return s.error();
    rotate();
    return BackupInfo{path, now, reason, -1};
}

QList<BackupInfo> BackupManager::list() const
{
    return listIn(m_dir);
}

QList<BackupInfo> BackupManager::listIn(const QString& backupDir)
{
    QList<BackupInfo> list;
    const QDir dir(backupDir);
    for (const QString& name :
         dir.entryList({QStringLiteral("*.sangkien")}, QDir::Files, QDir::Name | QDir::Reversed)) {
        const auto m = kBackupName.match(name);
        if (!m.hasMatch())
            continue;
        QDateTime at = QDateTime::fromString(m.captured(1), QStringLiteral("yyyyMMdd-HHmmss"));
        at.setTimeSpec(Qt::UTC);
        list.append({dir.filePath(name), at, m.captured(2), countEntries(dir.filePath(name))});
    }
    std::sort(list.begin(), list.end(), [](const BackupInfo& a, const BackupInfo& b) { return a.at > b.at; });
    return list;
}

void BackupManager::rotate()
{
    const QDir dir(m_dir);
    QList<QPair<QDateTime, QString>> backups;
    for (const QString& name : dir.entryList({QStringLiteral("*.sangkien")}, QDir::Files)) {
        const auto m = kBackupName.match(name);
        if (m.hasMatch())
            backups.append({QDateTime::fromString(m.captured(1), QStringLiteral("yyyyMMdd-HHmmss")), name});
    }
    std::sort(backups.begin(), backups.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    QSet<QString> months;
    for (qsizetype i = 0; i < backups.size(); ++i) {
        const QString month = backups[i].first.toString(QStringLiteral("yyyyMM"));
        const bool newestOfMonth = !months.contains(month);
        months.insert(month);
        if (i < kKeepRecent || newestOfMonth)
            continue;
        QFile::remove(dir.filePath(backups[i].second));
    }
}

bool BackupManager::dailyDue(const QDateTime& now) const
{
    const QList<BackupInfo> all = list();
    return all.isEmpty() || all.first().at.secsTo(now) > 24 * 3600;
}

Status BackupManager::restore(const QString& backupPath, const QString& campaignPath)
{
    {
        auto check = Database::open(backupPath, Database::Mode::ReadOnly);
        if (!check)
            return Error{tr("The backup cannot be restored: %1").arg(check.error().message), backupPath,
                         check.error().kind};
    }
    // Copy first, then swap by renames, so a failure at any point leaves a whole campaign file.
    const QString incoming = campaignPath + QStringLiteral(".restoring");
    const QString aside = campaignPath + QStringLiteral(".before-restore");
    QFile::remove(incoming);
    if (!QFile::copy(backupPath, incoming))
        return Error{tr("The backup cannot be copied."), incoming, ErrorKind::Storage};
    QFile::remove(aside);
    if (QFileInfo::exists(campaignPath) && !QFile::rename(campaignPath, aside)) {
        QFile::remove(incoming);
        return Error{tr("The campaign file cannot be replaced; is it open?"), campaignPath,
                     ErrorKind::Storage};
    }
    QFile::remove(campaignPath + QStringLiteral("-wal"));
    QFile::remove(campaignPath + QStringLiteral("-shm"));
    if (!QFile::rename(incoming, campaignPath)) {
        QFile::rename(aside, campaignPath);
        return Error{tr("The campaign file cannot be replaced."), campaignPath, ErrorKind::Storage};
    }
    return {};
}

} // namespace sangkien
