#include "review_package.h"

#include "common/file_error.h"
#include "conflicts.h"
#include "score_sheet_repository.h"
#include "storage/audit_log.h"
#include "storage/backup_manager.h"
#include "storage/database.h"
#include "storage/rules_repository.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>
#include <QSqlQuery>
#include <algorithm>
#include <cerrno>
#include <cmath>

namespace sangkien {
namespace {

constexpr int kContentFormat = 1;

// Statuses whose entries the council scores (as the ranking counts them).
const QStringList kReviewedStatuses{QStringLiteral("under_review"), QStringLiteral("scored"),
                                    QStringLiteral("proposed"), QStringLiteral("awarded"),
                                    QStringLiteral("not_awarded")};

QString iso(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QJsonObject pointsJson(const QMap<QString, double>& points)
{
    QJsonObject o;
    for (auto it = points.constBegin(); it != points.constEnd(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

// Points are JSON numbers; anything else (text, null, a number too large to be finite) makes the whole
// file refused rather than read as "not a number", which would slip past every bounds check.
QMap<QString, double> pointsFromJson(const QJsonObject& o, bool* valid)
{
    QMap<QString, double> points;
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (!it.value().isDouble() || !std::isfinite(it.value().toDouble()))
            *valid = false;
        points.insert(it.key(), it.value().toDouble());
    }
    return points;
}

QString sha256Hex(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

Error changedFile()
{
    return Error{SealedFile::tr("The file cannot be opened: wrong PIN or the file was changed."),
                 {},
                 ErrorKind::Refused};
}

} // namespace

// ---------------------------------------------------------------- content as JSON

QByteArray ReviewPackageContent::toJson() const
{
    QJsonArray criteriaJson;
    for (const ReviewCriterion& c : criteria)
        criteriaJson.append(QJsonObject{{QStringLiteral("code"), c.code},
                                        {QStringLiteral("name"), c.name},
                                        {QStringLiteral("max"), c.maxPoints},
                                        {QStringLiteral("min"), c.minPoints}});
    QJsonArray entriesJson;
    for (const ReviewEntry& e : entries) {
        QJsonArray authors;
        for (const ReviewAuthor& a : e.authors)
            authors.append(QJsonObject{{QStringLiteral("name"), a.name}, {QStringLiteral("share"), a.share}});
        QJsonArray attachments;
        for (const ReviewAttachment& a : e.attachments)
            attachments.append(
                QJsonObject{{QStringLiteral("file_name"), a.fileName},
                            {QStringLiteral("sha256"), a.sha256},
                            {QStringLiteral("content"), QString::fromLatin1(a.content.toBase64())}});
        entriesJson.append(QJsonObject{
            {QStringLiteral("id"), e.id},
            {QStringLiteral("code"), e.code},
            {QStringLiteral("title"), e.title},
            {QStringLiteral("kind"), e.kind},
            {QStringLiteral("category"), e.category},
            {QStringLiteral("summary"), e.summary},
            {QStringLiteral("nominee"), e.nominee},
            {QStringLiteral("nominee_kind"), e.nomineeKind},
            {QStringLiteral("unit"), e.unit},
            {QStringLiteral("authors"), authors},
            {QStringLiteral("attachments"), attachments},
            {QStringLiteral("own_points"), pointsJson(e.ownPoints)},
            {QStringLiteral("own_comment"), e.ownComment},
        });
    }
    const QJsonObject root{
        {QStringLiteral("format"), kContentFormat},
        {QStringLiteral("kind"), QStringLiteral("review_package")},
        {QStringLiteral("package"), packageId},
        {QStringLiteral("campaign"), QJsonObject{{QStringLiteral("uid"), campaignUid},
                                                 {QStringLiteral("name"), campaignName},
                                                 {QStringLiteral("year"), year}}},
        {QStringLiteral("member"),
         QJsonObject{{QStringLiteral("id"), memberId}, {QStringLiteral("name"), memberName}}},
        {QStringLiteral("created_at"), iso(createdAt)},
        {QStringLiteral("criteria_version"), criteriaVersion},
        {QStringLiteral("criteria"), criteriaJson},
        {QStringLiteral("entries"), entriesJson},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

Result<ReviewPackageContent> ReviewPackageContent::fromJson(const QByteArray& json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    const QJsonObject root = doc.object();
    if (!doc.isObject() || root.value(QStringLiteral("kind")).toString() != QLatin1String("review_package"))
        return Error{ReviewPackage::tr("The file is not a review package."), {}, ErrorKind::Damaged};
    if (root.value(QStringLiteral("format")).toInt() != kContentFormat)
        return Error{ReviewPackage::tr("The review package was written by a newer version of the program."),
                     {},
                     ErrorKind::Damaged};
    ReviewPackageContent c;
    bool numbers = true;
    c.packageId = root.value(QStringLiteral("package")).toString();
    const QJsonObject campaign = root.value(QStringLiteral("campaign")).toObject();
    c.campaignUid = campaign.value(QStringLiteral("uid")).toString();
    c.campaignName = campaign.value(QStringLiteral("name")).toString();
    c.year = campaign.value(QStringLiteral("year")).toInt();
    const QJsonObject member = root.value(QStringLiteral("member")).toObject();
    c.memberId = member.value(QStringLiteral("id")).toInteger();
    c.memberName = member.value(QStringLiteral("name")).toString();
    c.createdAt =
        QDateTime::fromString(root.value(QStringLiteral("created_at")).toString(), Qt::ISODateWithMs);
    c.criteriaVersion = root.value(QStringLiteral("criteria_version")).toString();
    for (const QJsonValue& v : root.value(QStringLiteral("criteria")).toArray()) {
        const QJsonObject o = v.toObject();
        c.criteria.append(
            {o.value(QStringLiteral("code")).toString(), o.value(QStringLiteral("name")).toString(),
             o.value(QStringLiteral("max")).toDouble(), o.value(QStringLiteral("min")).toDouble()});
    }
    for (const QJsonValue& v : root.value(QStringLiteral("entries")).toArray()) {
        const QJsonObject o = v.toObject();
        ReviewEntry e;
        e.id = o.value(QStringLiteral("id")).toInteger();
        e.code = o.value(QStringLiteral("code")).toString();
        e.title = o.value(QStringLiteral("title")).toString();
        e.kind = o.value(QStringLiteral("kind")).toString();
        e.category = o.value(QStringLiteral("category")).toString();
        e.summary = o.value(QStringLiteral("summary")).toString();
        e.nominee = o.value(QStringLiteral("nominee")).toString();
        e.nomineeKind = o.value(QStringLiteral("nominee_kind")).toString();
        e.unit = o.value(QStringLiteral("unit")).toString();
        for (const QJsonValue& a : o.value(QStringLiteral("authors")).toArray())
            e.authors.append({a.toObject().value(QStringLiteral("name")).toString(),
                              a.toObject().value(QStringLiteral("share")).toDouble()});
        for (const QJsonValue& a : o.value(QStringLiteral("attachments")).toArray()) {
            const QJsonObject ao = a.toObject();
            e.attachments.append(
                {ao.value(QStringLiteral("file_name")).toString(),
                 ao.value(QStringLiteral("sha256")).toString(),
                 QByteArray::fromBase64(ao.value(QStringLiteral("content")).toString().toLatin1())});
        }
        e.ownPoints = pointsFromJson(o.value(QStringLiteral("own_points")).toObject(), &numbers);
        e.ownComment = o.value(QStringLiteral("own_comment")).toString();
        c.entries.append(e);
    }
    if (c.packageId.isEmpty() || c.campaignUid.isEmpty() || c.memberId <= 0 || c.criteria.isEmpty() ||
        !numbers)
        return Error{ReviewPackage::tr("The review package is incomplete."), {}, ErrorKind::Damaged};
    if (ReviewPackage::criteriaVersion(c.criteria) != c.criteriaVersion)
        return Error{ReviewPackage::tr("The review package's criteria do not match their version."),
                     {},
                     ErrorKind::Damaged};
    return c;
}

QByteArray ScoreReturn::toJson() const
{
    QJsonArray sheetsJson;
    for (const ReturnSheet& s : sheets)
        sheetsJson.append(QJsonObject{{QStringLiteral("entry"), s.entryId},
                                      {QStringLiteral("code"), s.entryCode},
                                      {QStringLiteral("points"), pointsJson(s.points)},
                                      {QStringLiteral("comment"), s.comment}});
    const QJsonObject root{
        {QStringLiteral("format"), kContentFormat}, {QStringLiteral("kind"), QStringLiteral("score_return")},
        {QStringLiteral("package"), packageId},     {QStringLiteral("campaign"), campaignUid},
        {QStringLiteral("member"), memberId},       {QStringLiteral("criteria_version"), criteriaVersion},
        {QStringLiteral("revision"), revision},     {QStringLiteral("written_at"), iso(writtenAt)},
        {QStringLiteral("sheets"), sheetsJson}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

Result<ScoreReturn> ScoreReturn::fromJson(const QByteArray& json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    const QJsonObject root = doc.object();
    if (!doc.isObject() || root.value(QStringLiteral("kind")).toString() != QLatin1String("score_return"))
        return Error{ReviewPackage::tr("The file is not a score return."), {}, ErrorKind::Damaged};
    if (root.value(QStringLiteral("format")).toInt() != kContentFormat)
        return Error{ReviewPackage::tr("The score return was written by a newer version of the program."),
                     {},
                     ErrorKind::Damaged};
    ScoreReturn r;
    bool numbers = true;
    r.packageId = root.value(QStringLiteral("package")).toString();
    r.campaignUid = root.value(QStringLiteral("campaign")).toString();
    r.memberId = root.value(QStringLiteral("member")).toInteger();
    r.criteriaVersion = root.value(QStringLiteral("criteria_version")).toString();
    r.revision = root.value(QStringLiteral("revision")).toInteger();
    r.writtenAt =
        QDateTime::fromString(root.value(QStringLiteral("written_at")).toString(), Qt::ISODateWithMs);
    for (const QJsonValue& v : root.value(QStringLiteral("sheets")).toArray()) {
        const QJsonObject o = v.toObject();
        r.sheets.append({o.value(QStringLiteral("entry")).toInteger(),
                         o.value(QStringLiteral("code")).toString(),
                         pointsFromJson(o.value(QStringLiteral("points")).toObject(), &numbers),
                         o.value(QStringLiteral("comment")).toString()});
    }
    if (!numbers)
        return Error{
            ReviewPackage::tr("The score return holds points that are not numbers."), {}, ErrorKind::Damaged};
    if (r.packageId.isEmpty() || r.campaignUid.isEmpty() || r.memberId <= 0)
        return Error{ReviewPackage::tr("The score return is incomplete."), {}, ErrorKind::Damaged};
    return r;
}

// ---------------------------------------------------------------- criteria version

QString ReviewPackage::criteriaVersion(const QList<ReviewCriterion>& criteria)
{
    // Code, maximum and minimum in sheet order: what a member's points mean. Names may be reworded freely.
    QJsonArray material;
    for (const ReviewCriterion& c : criteria)
        material.append(QJsonArray{c.code, c.maxPoints, c.minPoints});
    return sha256Hex(QJsonDocument(material).toJson(QJsonDocument::Compact));
}

QString ReviewPackage::criteriaVersion(const QList<Criterion>& criteria)
{
    QList<ReviewCriterion> list;
    for (const Criterion& c : criteria)
        list.append({c.code, c.name, c.maxPoints, c.minPoints});
    return criteriaVersion(list);
}

// ---------------------------------------------------------------- the clerk's side

Result<ReviewPackageContent> ReviewPackage::build(Database& db, qint64 memberId)
{
    ReviewPackageContent c;
    ScoreSheetRepository sheets(db, {});
    auto memberName = sheets.memberName(memberId);
    if (!memberName)
        return memberName.error();
    c.memberId = memberId;
    c.memberName = *memberName;

    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT uid, name, year FROM campaign WHERE id = 1")))
        return sqlError(q, QStringLiteral("campaign"));
    if (!q.next() || q.value(0).toString().isEmpty())
        return Error{tr("The campaign file has no campaign identity."), db.path(), ErrorKind::Damaged};
    c.campaignUid = q.value(0).toString();
    c.campaignName = q.value(1).toString();
    c.year = q.value(2).toInt();

    auto criteria = RulesRepository(db).criteria();
    if (!criteria)
        return criteria.error();
    if (criteria->isEmpty())
        return Error{tr("The campaign has no scoring criteria."), db.path(), ErrorKind::Refused};
    QHash<qint64, QString> criterionCodes;
    for (const Criterion& cr : *criteria) {
        c.criteria.append({cr.code, cr.name, cr.maxPoints, cr.minPoints});
        criterionCodes.insert(cr.id, cr.code);
    }
    c.criteriaVersion = criteriaVersion(c.criteria);

    auto conflicts = ConflictTable::load(db);
    if (!conflicts)
        return conflicts.error();
    if (!q.exec(QStringLiteral(
            "SELECT e.id, e.code, e.title, e.kind, cc.code, e.summary, n.name, n.kind, u.name, e.status "
            "FROM entry e JOIN nominee n ON n.id = e.nominee_id "
            "LEFT JOIN content_category cc ON cc.id = e.category_id LEFT JOIN unit u ON u.id = n.unit_id "
            "ORDER BY e.code")))
        return sqlError(q, QStringLiteral("entry"));
    QHash<qint64, qsizetype> index;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (!kReviewedStatuses.contains(q.value(9).toString()) ||
            !conflicts->eligibleMembers(id).contains(memberId))
            continue; // excluded members never see the entry at all
        ReviewEntry e;
        e.id = id;
        e.code = q.value(1).toString();
        e.title = q.value(2).toString();
        e.kind = q.value(3).toString();
        e.category = q.value(4).toString();
        e.summary = q.value(5).toString();
        e.nominee = q.value(6).toString();
        e.nomineeKind = q.value(7).toString();
        e.unit = q.value(8).toString();
        index.insert(id, c.entries.size());
        c.entries.append(e);
    }
    if (c.entries.isEmpty())
        return Error{tr("Member %1 has no entry to score.").arg(memberId), tr("member %1").arg(memberId),
                     ErrorKind::Refused};

    if (!q.exec(QStringLiteral(
            "SELECT entry_id, full_name, share FROM entry_author ORDER BY entry_id, position")))
        return sqlError(q, QStringLiteral("entry_author"));
    while (q.next())
        if (const auto it = index.constFind(q.value(0).toLongLong()); it != index.constEnd())
            c.entries[*it].authors.append({q.value(1).toString(), q.value(2).toDouble()});
    if (!q.exec(QStringLiteral(
            "SELECT entry_id, file_name, sha256, content FROM entry_attachment ORDER BY entry_id, id")))
        return sqlError(q, QStringLiteral("entry_attachment"));
    while (q.next())
        if (const auto it = index.constFind(q.value(0).toLongLong()); it != index.constEnd())
            c.entries[*it].attachments.append(
                {q.value(1).toString(), q.value(2).toString(), q.value(3).toByteArray()});

    // The member's own scores only, so the grid opens as the member left it.
    auto own = sheets.forMember(memberId);
    if (!own)
        return own.error();
    for (const ScoreSheet& s : *own) {
        const auto it = index.constFind(s.entryId);
        if (it == index.constEnd())
            continue;
        for (auto p = s.points.constBegin(); p != s.points.constEnd(); ++p)
            c.entries[*it].ownPoints.insert(criterionCodes.value(p.key()), *p);
        c.entries[*it].ownComment = s.comment;
    }

    c.packageId = QString::fromLatin1(SealedFile::randomBytes(SealedHeader::kIdSize).toHex());
    c.createdAt = QDateTime::currentDateTimeUtc();
    return c;
}

Result<QByteArray> ReviewPackage::seal(const ReviewPackageContent& content, const SealKey& key)
{
    return SealedFile::seal(kPackageMagic, QByteArray::fromHex(content.packageId.toLatin1()), key,
                            content.toJson());
}

Result<ReviewPackageContent> ReviewPackage::exportTo(Database& db, qint64 memberId, const QString& pin,
                                                     const QString& outPath, const QString& user)
{
    auto key = SealKey::derive(pin, SealKey::newSalt());
    if (!key)
        return key.error();
    auto content = build(db, memberId);
    if (!content)
        return content.error();
    auto sealed = seal(*content, *key);
    if (!sealed)
        return sealed.error();

    QJsonArray entryIds;
    for (const ReviewEntry& e : content->entries)
        entryIds.append(e.id);
    const Status done = db.transaction([&]() -> Status {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("INSERT INTO review_package (id, member_id, created_at, created_by, "
                                 "criteria_version, entry_ids) VALUES (?, ?, ?, ?, ?, ?)"));
        q.addBindValue(content->packageId);
        q.addBindValue(memberId);
        q.addBindValue(iso(content->createdAt));
        q.addBindValue(user);
        q.addBindValue(content->criteriaVersion);
        q.addBindValue(QString::fromUtf8(QJsonDocument(entryIds).toJson(QJsonDocument::Compact)));
        if (!q.exec())
            return sqlError(q, QStringLiteral("review_package"));
        const QJsonObject after{{QStringLiteral("package"), content->packageId},
                                {QStringLiteral("member"), memberId},
                                {QStringLiteral("entries"), int(content->entries.size())},
                                {QStringLiteral("criteria_version"), content->criteriaVersion}};
        if (auto s = AuditLog(db).record(user, QStringLiteral("export"), QStringLiteral("review_package"),
                                         memberId, content->packageId, {}, after);
            !s)
            return s;
        // The file is written last, inside the transaction: a failed write keeps no record of it.
        QSaveFile file(outPath);
        if (!file.open(QIODevice::WriteOnly) || file.write(*sealed) != sealed->size() || !file.commit())
            return FileError::make(tr("The package cannot be written: %1"), outPath, errno, &file);
        return {};
    });
    if (!done)
        return done.error();
    return content;
}

Result<MergeReport> ReviewPackage::merge(Database& db, const QByteArray& returnFile, const QString& pin,
                                         const QString& user)
{
    auto verified = verifyReturn(returnFile, pin);
    if (!verified)
        return verified.error();
    return merge(db, *verified, user);
}

Result<VerifiedReturn> ReviewPackage::verifyReturn(const QByteArray& returnFile, const QString& pin)
{
    auto header = SealedFile::peek(returnFile, kReturnMagic);
    if (!header)
        return header.error();
    auto key = SealKey::derive(pin, header->salt);
    if (!key)
        return key.error();
    auto plain = SealedFile::open(returnFile, kReturnMagic, *key);
    if (!plain)
        return plain.error();
    auto scores = ScoreReturn::fromJson(*plain);
    if (!scores)
        return scores.error();
    if (scores->packageId != header->idHex())
        return changedFile();
    return VerifiedReturn{*scores, sha256Hex(*plain)};
}

Result<MergeReport> ReviewPackage::merge(Database& db, const VerifiedReturn& verified, const QString& user)
{
    const ScoreReturn& scores = verified.scores;
    const QString& contentHash = verified.contentHash;

    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT uid FROM campaign WHERE id = 1")) || !q.next())
        return sqlError(q, QStringLiteral("campaign"));
    if (q.value(0).toString() != scores.campaignUid)
        return Error{tr("This score return belongs to another campaign."), scores.packageId,
                     ErrorKind::Refused};
    q.finish();

    q.prepare(
        QStringLiteral("SELECT member_id, criteria_version, entry_ids FROM review_package WHERE id = ?"));
    q.addBindValue(scores.packageId);
    if (!q.exec())
        return sqlError(q, QStringLiteral("review_package"));
    if (!q.next())
        return Error{tr("This score return answers a review package this campaign never exported."),
                     scores.packageId, ErrorKind::Refused};
    const qint64 packageMember = q.value(0).toLongLong();
    const QString packageCriteria = q.value(1).toString();
    QSet<qint64> packageEntries;
    for (const QJsonValue& v : QJsonDocument::fromJson(q.value(2).toString().toUtf8()).array())
        packageEntries.insert(v.toInteger());
    q.finish();
    if (packageMember != scores.memberId)
        return Error{tr("The score return is signed for member %1 but its package was made for member %2.")
                         .arg(scores.memberId)
                         .arg(packageMember),
                     scores.packageId, ErrorKind::Refused};

    auto criteria = RulesRepository(db).criteria();
    if (!criteria)
        return criteria.error();
    if (scores.criteriaVersion != packageCriteria || criteriaVersion(*criteria) != packageCriteria)
        return Error{tr("The criteria changed after the package was exported: the scores were given against "
                        "another criteria set. Export a new package."),
                     scores.packageId, ErrorKind::Refused};
    QHash<QString, qint64> criterionIds;
    for (const Criterion& c : *criteria)
        criterionIds.insert(c.code, c.id);

    MergeReport report;
    report.memberId = scores.memberId;
    report.packageId = scores.packageId;
    report.revision = scores.revision;
    report.sheets = int(scores.sheets.size());

    // Idempotence: this revision merged before changes nothing; an older one never replaces a newer one.
    q.prepare(QStringLiteral("SELECT revision, content_hash FROM review_return WHERE package_id = ?"));
    q.addBindValue(scores.packageId);
    if (!q.exec())
        return sqlError(q, QStringLiteral("review_return"));
    qint64 latest = -1;
    while (q.next()) {
        const qint64 revision = q.value(0).toLongLong();
        if (revision == scores.revision) {
            if (q.value(1).toString() == contentHash)
                return report; // imported = false: already imported
            return Error{tr("Another score return with the same revision %1 was already imported.")
                             .arg(scores.revision),
                         scores.packageId, ErrorKind::Conflict};
        }
        latest = std::max(latest, revision);
    }
    q.finish();
    if (latest > scores.revision)
        return Error{tr("A newer score return (revision %1) of this package was already imported; this one "
                        "(revision %2) is older.")
                         .arg(latest)
                         .arg(scores.revision),
                     scores.packageId, ErrorKind::Conflict};

    QList<SheetWrite> writes;
    QSqlQuery entry(db.connection());
    entry.prepare(QStringLiteral("SELECT code FROM entry WHERE id = ?"));
    for (const ReturnSheet& s : scores.sheets) {
        if (!packageEntries.contains(s.entryId))
            return Error{tr("The entry %1 was not in the review package.").arg(s.entryCode), s.entryCode,
                         ErrorKind::Refused};
        entry.addBindValue(s.entryId);
        if (!entry.exec())
            return sqlError(entry, s.entryCode);
        if (!entry.next() || entry.value(0).toString() != s.entryCode)
            return Error{tr("The entry %1 is no longer in the campaign.").arg(s.entryCode), s.entryCode,
                         ErrorKind::Conflict};
        SheetWrite w;
        w.entryId = s.entryId;
        w.entryCode = s.entryCode;
        w.comment = s.comment;
        for (auto it = s.points.constBegin(); it != s.points.constEnd(); ++it) {
            const auto id = criterionIds.constFind(it.key());
            if (id == criterionIds.constEnd())
                return Error{tr("Unknown criterion \"%1\".").arg(it.key()), s.entryCode, ErrorKind::Refused};
            w.points.insert(*id, *it);
        }
        writes << w;
    }

    ScoreSheetRepository repository(db, user);
    const ScoreSheetRepository::Policy policy{true, true, false, QStringLiteral("review_return")};
    auto problems = repository.check(scores.memberId, writes, policy);
    if (!problems)
        return problems.error();
    if (!problems->isEmpty())
        return problems->first();

    QHash<qint64, QString> criterionCodes;
    for (const Criterion& c : *criteria)
        criterionCodes.insert(c.id, c.code);
    // A copy to go back to before a merge changes council scores (kept with the others, rotated). VACUUM
    // INTO needs no statement of this connection running.
    entry.finish();
    if (auto backup = BackupManager(db).backupNow(QStringLiteral("merge")); !backup)
        return Error{tr("No backup could be made before the merge, so nothing was merged: %1")
                         .arg(backup.error().message),
                     backup.error().place, backup.error().kind};
    const Status done = db.transaction([&]() -> Status {
        auto outcomes = repository.writeInTransaction(scores.memberId, writes, policy);
        if (!outcomes)
            return outcomes.error();
        for (const SheetOutcome& o : *outcomes) {
            if (!o.changed)
                continue;
            ++report.sheetsChanged;
            for (const Criterion& c : *criteria) {
                const auto after = o.after.points.constFind(c.id);
                if (after == o.after.points.constEnd())
                    continue;
                std::optional<double> before;
                if (o.before && o.before->points.contains(c.id))
                    before = o.before->points.value(c.id);
                if (!before || std::abs(*before - *after) > 1e-9)
                    report.changes.append({o.entryCode, c.code, before, *after});
            }
        }
        QSqlQuery insert(db.connection());
        insert.prepare(QStringLiteral("INSERT INTO review_return (package_id, revision, imported_at, "
                                      "imported_by, content_hash) VALUES (?, ?, ?, ?, ?)"));
        insert.addBindValue(scores.packageId);
        insert.addBindValue(scores.revision);
        insert.addBindValue(iso(QDateTime::currentDateTimeUtc()));
        insert.addBindValue(user);
        insert.addBindValue(contentHash);
        if (!insert.exec())
            return sqlError(insert, QStringLiteral("review_return"));
        const QJsonObject after{
            {QStringLiteral("package"), scores.packageId},     {QStringLiteral("member"), scores.memberId},
            {QStringLiteral("revision"), scores.revision},     {QStringLiteral("sheets"), report.sheets},
            {QStringLiteral("changed"), report.sheetsChanged}, {QStringLiteral("content_hash"), contentHash}};
        return AuditLog(db).record(user, QStringLiteral("import"), QStringLiteral("review_return"),
                                   scores.memberId, scores.packageId, {}, after);
    });
    if (!done)
        return done.error();
    report.imported = true;
    return report;
}

// ---------------------------------------------------------------- the member's side

Result<OpenedPackage> ReviewPackage::open(const QByteArray& packageFile, const QString& pin)
{
    auto header = SealedFile::peek(packageFile, kPackageMagic);
    if (!header)
        return header.error();
    auto key = SealKey::derive(pin, header->salt);
    if (!key)
        return key.error();
    auto plain = SealedFile::open(packageFile, kPackageMagic, *key);
    if (!plain)
        return plain.error();
    auto content = ReviewPackageContent::fromJson(*plain);
    if (!content)
        return content.error();
    if (content->packageId != header->idHex())
        return changedFile();
    return OpenedPackage{*content, *key};
}

ScoreReturn ReviewPackage::makeReturn(const ReviewPackageContent& package, const QList<ReturnSheet>& sheets,
                                      qint64 revision)
{
    ScoreReturn r;
    r.packageId = package.packageId;
    r.campaignUid = package.campaignUid;
    r.memberId = package.memberId;
    r.criteriaVersion = package.criteriaVersion;
    r.revision = revision;
    r.writtenAt = QDateTime::currentDateTimeUtc();
    r.sheets = sheets;
    return r;
}

Result<QByteArray> ReviewPackage::sealReturn(const OpenedPackage& package, const ScoreReturn& scores)
{
    const ReviewPackageContent& p = package.content;
    if (scores.packageId != p.packageId || scores.campaignUid != p.campaignUid ||
        scores.memberId != p.memberId || scores.criteriaVersion != p.criteriaVersion)
        return Error{tr("The score return does not answer this package."), p.packageId, ErrorKind::Refused};
    if (scores.sheets.isEmpty())
        return Error{tr("The score return holds no scores."), p.packageId, ErrorKind::Refused};
    QHash<qint64, QString> entries;
    for (const ReviewEntry& e : p.entries)
        entries.insert(e.id, e.code);
    QSet<qint64> seen;
    for (const ReturnSheet& s : scores.sheets) {
        if (entries.value(s.entryId) != s.entryCode || s.entryCode.isEmpty())
            return Error{tr("The entry %1 is not in the review package.").arg(s.entryCode), s.entryCode,
                         ErrorKind::Refused};
        if (seen.contains(s.entryId))
            return Error{tr("The entry %1 is scored twice.").arg(s.entryCode), s.entryCode,
                         ErrorKind::Refused};
        seen.insert(s.entryId);
        for (auto it = s.points.constBegin(); it != s.points.constEnd(); ++it)
            if (std::none_of(p.criteria.cbegin(), p.criteria.cend(),
                             [&](const ReviewCriterion& c) { return c.code == it.key(); }))
                return Error{tr("Unknown criterion \"%1\".").arg(it.key()), s.entryCode, ErrorKind::Refused};
        for (const ReviewCriterion& c : p.criteria) {
            const auto it = s.points.constFind(c.code);
            if (it == s.points.constEnd())
                return Error{tr("The entry %1 has no points for the criterion %2.").arg(s.entryCode, c.code),
                             s.entryCode, ErrorKind::Refused};
            if (!std::isfinite(*it) || *it < 0 || *it > c.maxPoints + 1e-9)
                return Error{tr("%1 points is outside 0 to %2 for the criterion %3.")
                                 .arg(QString::number(*it), QString::number(c.maxPoints), c.code),
                             s.entryCode, ErrorKind::Refused};
        }
    }
    return SealedFile::seal(kReturnMagic, QByteArray::fromHex(p.packageId.toLatin1()), package.key,
                            scores.toJson());
}

} // namespace sangkien
