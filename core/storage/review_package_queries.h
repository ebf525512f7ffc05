#pragma once

#include "campaign_repository.h"
#include "common/result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace sangkien {

class Database;

// The rows review packages and score returns are made of and checked against, as the campaign file holds
// them. ReviewPackage builds, seals and merges; every SQL statement it needs lives here.
class ReviewPackageQueries
{
public:
    using CampaignIdentity = CampaignRepository::Identity;
    struct EntryRow
    {
        qint64 id = 0;
        QString code;
        QString title;
        QString kind;
        QString category;
        QString summary;
        QString nominee;
        QString nomineeKind;
        QString unit;
        QString status;
    };
    struct AuthorRow
    {
        qint64 entryId = 0;
        QString name;
        double share = 0;
    };
    struct AttachmentRow
    {
        qint64 entryId = 0;
        QString fileName;
        QString sha256;
        QByteArray content;
    };
    // What the office recorded about one sheet when it exported a package: the sheet's revision then
    // (0: no sheet yet) and whether it was submitted, so carried read-only. A merge of the package's
    // return moves the revision on to the one it wrote.
    struct PackageSheet
    {
        qint64 entryId = 0;
        qint64 baseRevision = 0;
        bool locked = false;
    };
    struct PackageRecord
    {
        qint64 memberId = 0;
        QString criteriaVersion;
        QSet<qint64> entryIds;
        QHash<qint64, PackageSheet> sheets; // by entry id; empty for packages made before revisions
    };
    struct ReturnRecord
    {
        qint64 revision = 0;
        QString contentHash;
    };

    explicit ReviewPackageQueries(Database& db)
        : m_db(db)
    {}

    Result<CampaignIdentity> campaign() const;
    // Every entry with what a package shows of it, by code.
    Result<QList<EntryRow>> entries() const;
    Result<QList<AuthorRow>> authors() const;
    Result<QList<AttachmentRow>> attachments() const;
    // The entry's code, or an empty string when there is no such entry.
    Result<QString> entryCode(qint64 entryId) const;

    // The package's record, or nullopt when this campaign never exported it.
    Result<std::optional<PackageRecord>> package(const QString& packageId) const;
    Result<QList<ReturnRecord>> returns(const QString& packageId) const;

    // Writes, inside the caller's transaction.
    Status insertPackage(const QString& packageId, qint64 memberId, const QString& createdAt,
                         const QString& createdBy, const QString& criteriaVersion,
                         const QList<qint64>& entryIds, const QList<PackageSheet>& sheets);
    Status insertReturn(const QString& packageId, qint64 revision, const QString& importedAt,
                        const QString& importedBy, const QString& contentHash);
    Status setSheetBase(const QString& packageId, qint64 entryId, qint64 revision);

private:
    Database& m_db;
};

} // namespace sangkien
