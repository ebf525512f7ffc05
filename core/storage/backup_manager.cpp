#include "backup_manager.h"

#include "common/file_error.h"
#include "common/support_log.h"
#include "database.h"
#include "file_identity.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QTimeZone>
#include <QUuid>
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

// A copy is made under a hidden temporary name and renamed into place, so a killed copy never looks
// like a backup: ".2024-20241124-093012-import.sangkien.3f2a9c0e11d4.partial".
const QString kPartialPattern = QStringLiteral(".*.partial*");
constexpr int kPartialAgeSeconds = 60;

// Copies of earlier runs killed half-way, old enough that no copy is still being written.
void removePartials(const QString& folder)
{
    const QDir dir(folder);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QFileInfo& left : dir.entryInfoList({kPartialPattern}, QDir::Files | QDir::Hidden)) {
        if (left.lastModified().toUTC().secsTo(now) > kPartialAgeSeconds)
            QFile::remove(left.absoluteFilePath());
    }
}

} // namespace

BackupManager::BackupManager(Database& db, QString backupDir)
    : m_db(db)
    , m_dir(backupDir.isEmpty() ? defaultBackupDir(db.path()) : std::move(backupDir))
{}

QString BackupManager::defaultBackupDir(const QString& campaignPath)
{
    // The campaign's real path: another spelling or a symbolic link finds the same backups.
    const QString real = QFileInfo(campaignPath).canonicalFilePath();
    return (real.isEmpty() ? campaignPath : real) + QStringLiteral(".backups");
}

Status BackupManager::copyTo(Database& db, const QString& path)
{
    const QString exists = tr("The backup file already exists; a backup never overwrites a file.");
    if (QFileInfo::exists(path))
        return Error{exists, path, ErrorKind::Conflict};
    const QFileInfo info(path);
    const QString temp = info.absoluteDir().filePath(
        QStringLiteral(".%1.%2.partial")
            .arg(info.fileName(), QUuid::createUuid().toString(QUuid::Id128).left(12)));
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(temp);
    if (!q.exec()) {
        const Error failed = sqlError(q, path);
        QFile::remove(temp);
        QFile::remove(temp + QStringLiteral("-journal"));
        return failed;
    }
    q.finish();
    switch (renameNoReplace(temp, path)) {
    case LinkOutcome::Linked:
        return {};
    case LinkOutcome::Exists:
        QFile::remove(temp);
        return Error{exists, path, ErrorKind::Conflict};
    case LinkOutcome::Unsupported:
        break;
    }
    if (!QFile::rename(temp, path)) { // refuses an existing name
        QFile::remove(temp);
        return Error{tr("The backup file cannot be given its name."), path, ErrorKind::Storage};
    }
    return {};
}

Result<BackupInfo> BackupManager::backupNow(const QString& reason)
{
    if (!QDir().mkpath(m_dir)) {
        const int why = errno; // a read-only folder, a campaign name too long for ".backups"
        return FileError::make(tr("The backup folder cannot be created: %1"), m_dir, why);
    }
    removePartials(m_dir);
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
    SupportLog::event(QStringLiteral("backup"), QStringLiteral("reason=") + reason);
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
