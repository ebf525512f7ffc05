#include "review_package_queries.h"

#include "campaign_repository.h"
#include "database.h"
#include "entry_repository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace sangkien {

Result<ReviewPackageQueries::CampaignIdentity> ReviewPackageQueries::campaign() const
{
    return CampaignRepository(m_db).identity();
}

Result<QList<ReviewPackageQueries::EntryRow>> ReviewPackageQueries::entries() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT e.id, e.code, e.title, e.kind, cc.code, e.summary, n.name, n.kind, u.name, e.status "
            "FROM entry e JOIN nominee n ON n.id = e.nominee_id "
            "LEFT JOIN content_category cc ON cc.id = e.category_id LEFT JOIN unit u ON u.id = n.unit_id "
            "ORDER BY e.code")))
        return sqlError(q, QStringLiteral("entry"));
    QList<EntryRow> rows;
    while (q.next())
        rows.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                     q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                     q.value(6).toString(), q.value(7).toString(), q.value(8).toString(),
                     q.value(9).toString()});
    return rows;
}

Result<QList<ReviewPackageQueries::AuthorRow>> ReviewPackageQueries::authors() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT entry_id, full_name, share FROM entry_author ORDER BY entry_id, position")))
        return sqlError(q, QStringLiteral("entry_author"));
    QList<AuthorRow> rows;
    while (q.next())
        rows.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toDouble()});
    return rows;
}

Result<QList<ReviewPackageQueries::AttachmentRow>> ReviewPackageQueries::attachments() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT entry_id, file_name, sha256, content FROM entry_attachment ORDER BY entry_id, id")))
        return sqlError(q, QStringLiteral("entry_attachment"));
    QList<AttachmentRow> rows;
    while (q.next())
        rows.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                     q.value(3).toByteArray()});
    return rows;
}

Result<QString> ReviewPackageQueries::entryCode(qint64 entryId) const
{
    const auto code = EntryRepository(m_db).codeOf(entryId);
    if (!code)
        return code.error().at(QStringLiteral("entry"));
    return code->value_or(QString(QLatin1String("")));
}

Result<std::optional<ReviewPackageQueries::PackageRecord>>
ReviewPackageQueries::package(const QString& packageId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT member_id, criteria_version, entry_ids FROM review_package WHERE id = ?"));
    q.addBindValue(packageId);
    if (!q.exec())
        return sqlError(q, QStringLiteral("review_package"));
    if (!q.next())
        return std::optional<PackageRecord>();
    PackageRecord r;
    r.memberId = q.value(0).toLongLong();
    r.criteriaVersion = q.value(1).toString();
    for (const QJsonValue& v : QJsonDocument::fromJson(q.value(2).toString().toUtf8()).array())
        r.entryIds.insert(v.toInteger());
    q.finish();
    q.prepare(QStringLiteral(
        "SELECT entry_id, base_revision, locked FROM review_package_sheet WHERE package_id = ?"));
    q.addBindValue(packageId);
    if (!q.exec())
        return sqlError(q, QStringLiteral("review_package_sheet"));
    while (q.next()) {
        const PackageSheet s{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toBool()};
        r.sheets.insert(s.entryId, s);
    }
    return std::optional<PackageRecord>(r);
}

Result<QList<ReviewPackageQueries::ReturnRecord>>
ReviewPackageQueries::returns(const QString& packageId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT revision, content_hash FROM review_return WHERE package_id = ?"));
    q.addBindValue(packageId);
    if (!q.exec())
        return sqlError(q, QStringLiteral("review_return"));
    QList<ReturnRecord> rows;
    while (q.next())
        rows.append({q.value(0).toLongLong(), q.value(1).toString()});
    return rows;
}

Status ReviewPackageQueries::insertPackage(const QString& packageId, qint64 memberId,
                                           const QString& createdAt, const QString& createdBy,
                                           const QString& criteriaVersion, const QList<qint64>& entryIds,
                                           const QList<PackageSheet>& sheets)
{
    QJsonArray ids;
    for (const qint64 id : entryIds)
        ids.append(id);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO review_package (id, member_id, created_at, created_by, "
                             "criteria_version, entry_ids) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(packageId);
    q.addBindValue(memberId);
    q.addBindValue(createdAt);
    q.addBindValue(createdBy);
    q.addBindValue(criteriaVersion);
    q.addBindValue(QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact)));
    if (!q.exec())
        return sqlError(q, QStringLiteral("review_package"));
    q.prepare(QStringLiteral("INSERT INTO review_package_sheet (package_id, entry_id, base_revision, locked) "
                             "VALUES (?, ?, ?, ?)"));
    for (const PackageSheet& s : sheets) {
        q.addBindValue(packageId);
        q.addBindValue(s.entryId);
        q.addBindValue(s.baseRevision);
        q.addBindValue(s.locked ? 1 : 0);
        if (!q.exec())
            return sqlError(q, QStringLiteral("review_package_sheet"));
    }
    return {};
}

Status ReviewPackageQueries::insertReturn(const QString& packageId, qint64 revision,
                                          const QString& importedAt, const QString& importedBy,
                                          const QString& contentHash)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO review_return (package_id, revision, imported_at, imported_by, "
                             "content_hash) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(packageId);
    q.addBindValue(revision);
    q.addBindValue(importedAt);
    q.addBindValue(importedBy);
    q.addBindValue(contentHash);
    if (!q.exec())
        return sqlError(q, QStringLiteral("review_return"));
    return {};
}

Status ReviewPackageQueries::setSheetBase(const QString& packageId, qint64 entryId, qint64 revision)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO review_package_sheet (package_id, entry_id, base_revision, locked) "
                             "VALUES (?, ?, ?, 0) ON CONFLICT (package_id, entry_id) DO UPDATE SET "
                             "base_revision = excluded.base_revision"));
    q.addBindValue(packageId);
    q.addBindValue(entryId);
    q.addBindValue(revision);
    if (!q.exec())
        return sqlError(q, QStringLiteral("review_package_sheet"));
    return {};
}

} // namespace sangkien
