#include "storage/campaign_session.h"

#include "common/support_log.h"
#include "storage/database.h"
#include "storage/hard_links.h"
#include "storage/integrity_check.h"

namespace sangkien {
namespace {

// The refusal an error that stops the opening leads to, by its kind.
CampaignSession::Refusal refusalOf(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::Locked:
        return CampaignSession::Refusal::Locked;
    case ErrorKind::ReadOnly:
        return CampaignSession::Refusal::ReadOnly;
    default:
        return CampaignSession::Refusal::CannotOpen;
    }
}

} // namespace

CampaignSession::Opening CampaignSession::open(const QString& path, bool readOnly, const QString& program)
{
    Opening result;
    std::unique_ptr<CampaignLock> lock;
    if (!readOnly) {
        if (auto single = HardLinks::checkSingleName(path); !single) {
            Opening looking = open(path, true, program);
            if (looking.refusal == Refusal::None)
                looking.readOnlyBecause = single.error();
            return looking;
        }
        // The lock first: a file another program is writing is not even opened for writing.
        if (auto holder = CampaignLock::holder(path); holder && !CampaignLock::isStale(*holder)) {
            result.refusal = Refusal::Locked;
            result.holder = holder;
            auto attempt = CampaignLock::acquire(path, program); // for its message naming the holder
            result.error = attempt ? Error{QString(), path, ErrorKind::Locked} : attempt.error();
            return result;
        }
    }
    auto opened = Database::open(path, readOnly ? Database::Mode::ReadOnly : Database::Mode::ReadWrite);
    if (!opened) {
        result.refusal = refusalOf(opened.error().kind);
        result.error = opened.error();
        return result;
    }
    std::unique_ptr<Database> db = std::move(opened.value());
    auto problems = IntegrityCheck(*db).quick();
    if (!problems && problems.error().kind != ErrorKind::Damaged) {
        result.refusal = refusalOf(problems.error().kind); // the checks could not run: not damage
        result.error = problems.error();
        return result;
    }
    if (!problems || !problems->isEmpty()) {
        result.refusal = Refusal::Damaged;
        result.damage = problems ? *problems : QList<Error>{problems.error()};
        result.error = result.damage.first();
        return result; // the database closes here, unwritten
    }
    if (!readOnly) {
        auto acquired = CampaignLock::acquire(path, program);
        if (!acquired) {
            result.refusal = refusalOf(acquired.error().kind);
            result.holder = CampaignLock::holder(path);
            result.error = acquired.error();
            return result;
        }
        lock = std::move(acquired.value());
    }
    std::unique_ptr<CampaignSession> session(new CampaignSession(*db, std::move(lock)));
    if (!readOnly) {
        // The copy made on open is the one to go back to when this session goes wrong.
        auto made = session->backup(QStringLiteral("open"));
        if (made)
            session->m_lastBackup = *made;
        else
            result.error = made.error(); // reported, but the campaign still opens
    }
    result.db = std::move(db);
    result.session = std::move(session);
    SupportLog::event(QStringLiteral("open"), readOnly || result.readOnlyBecause
                                                  ? QStringLiteral("read-only")
                                                  : QStringLiteral("read-write"));
    return result;
}

std::optional<BackupInfo> CampaignSession::latestGoodBackup(const QString& campaignPath)
{
    for (const BackupInfo& b : BackupManager::listIn(BackupManager::defaultBackupDir(campaignPath))) {
        auto db = Database::open(b.path, Database::Mode::ReadOnly);
        if (!db)
            continue;
        auto problems = IntegrityCheck(**db).quick();
        if (problems && problems->isEmpty())
            return b;
    }
    return std::nullopt;
}

CampaignSession::CampaignSession(Database& db, std::unique_ptr<CampaignLock> lock)
    : m_db(&db)
    , m_lock(std::move(lock))
{
    if (!m_lock)
        return;
    m_heartbeat.setInterval(CampaignLock::kHeartbeatSeconds * 1000);
    connect(&m_heartbeat, &QTimer::timeout, this, &CampaignSession::beat);
    m_heartbeat.start();
    // Checked hourly; a backup is made when the newest is more than a day old.
    m_daily.setInterval(3600 * 1000);
    connect(&m_daily, &QTimer::timeout, this, &CampaignSession::dailyBackup);
    m_daily.start();
}

CampaignSession::~CampaignSession() = default;

Result<BackupInfo> CampaignSession::backup(const QString& reason)
{
    if (!m_lock)
        return Error{tr("The campaign is open read-only; no backup is made."), m_db->path(),
                     ErrorKind::ReadOnly};
    return BackupManager(*m_db).backupNow(reason);
}

void CampaignSession::beat()
{
    if (Status s = m_lock->refresh(); !s)
        emit problem(s.error().text());
}

void CampaignSession::dailyBackup()
{
    BackupManager backups(*m_db);
    if (!backups.dailyDue())
        return;
    auto made = backups.backupNow(QStringLiteral("daily"));
    if (made)
        m_lastBackup = *made;
    else
        emit problem(made.error().text());
}

} // namespace sangkien
