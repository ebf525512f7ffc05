#include "campaign_builder.h"

#include "campaign_template.h"
#include "database.h"
#include "file_identity.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QUuid>

namespace sangkien {
namespace {

const char* const kCompanions[] = {"", "-wal", "-shm", "-journal"};

void removeWithCompanions(const QString& path)
{
    for (const char* suffix : kCompanions)
        QFile::remove(path + QLatin1String(suffix));
}

} // namespace

QString CampaignBuilder::temporaryPattern(const QString& path)
{
    return QStringLiteral(".%1.*.creating").arg(QFileInfo(path).fileName());
}

void CampaignBuilder::removeLeftovers(const QString& path)
{
    const QDir dir = QFileInfo(path).absoluteDir();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QFileInfo& left : dir.entryInfoList({temporaryPattern(path)}, QDir::Files | QDir::Hidden)) {
        if (left.lastModified().toUTC().secsTo(now) > kLeftoverAgeSeconds)
            removeWithCompanions(left.absoluteFilePath());
    }
}

Status CampaignBuilder::build(const QString& path, const QString& templateId, const Fill& fill)
{
    auto plan = CampaignTemplate::load(templateId);
    if (!plan)
        return Error{plan.error().message, path, plan.error().kind};
    return build(path, *plan, fill);
}

Status CampaignBuilder::build(const QString& path, const CampaignTemplate& plan, const Fill& fill)
{
    if (path.trimmed().isEmpty())
        return Error{tr("No file name was given for the new campaign."), {}, ErrorKind::Refused};
    const QFileInfo info(path);
    if (info.exists() || info.isSymLink())
        return Error{tr("The file already exists; a new campaign never overwrites a file."), path,
                     ErrorKind::Conflict};
    if (!info.absoluteDir().exists())
        return Error{tr("The folder does not exist."), info.absolutePath(), ErrorKind::NotFound};
    removeLeftovers(path);

    const QString temp = info.absoluteDir().filePath(
        QStringLiteral(".%1.%2.creating")
            .arg(info.fileName(), QUuid::createUuid().toString(QUuid::Id128).left(12)));
    const Status built = [&]() -> Status {
        auto created = createCampaign(temp, plan);
        if (!created)
            return Error{created.error().message, path, created.error().kind};
        std::unique_ptr<Database> db = std::move(created.value());
        if (fill) {
            if (auto filled = fill(*db); !filled)
                return filled;
        }
        // Everything into the file itself before it is named: its -wal does not follow a rename.
        QSqlQuery q(db->connection());
        if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) || !q.next() ||
            q.value(0).toInt() != 0)
            return Error{tr("The new campaign file cannot be completed."), path, ErrorKind::Storage};
        q.finish();
        db.reset();
        return {};
    }();
    if (!built) {
        removeWithCompanions(temp);
        return built;
    }
    // The name is given only if it is still free (another program may have made it meanwhile).
    switch (linkNoReplace(temp, path)) {
    case LinkOutcome::Linked:
        removeWithCompanions(temp);
        return {};
    case LinkOutcome::Exists:
        removeWithCompanions(temp);
        return Error{tr("The file already exists; a new campaign never overwrites a file."), path,
                     ErrorKind::Conflict};
    case LinkOutcome::Unsupported:
        break;
    }
    if (!QFile::rename(temp, path)) { // refuses an existing name
        removeWithCompanions(temp);
        return Error{tr("The new campaign file cannot be given its name."), path, ErrorKind::Storage};
    }
    removeWithCompanions(temp); // its -wal and -shm, if any remained
    return {};
}

} // namespace sangkien
