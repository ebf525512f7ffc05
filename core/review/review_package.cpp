#include "review_package.h"

#include "common/file_error.h"
#include "common/support_log.h"
#include "conflicts.h"
#include "storage/audit_log.h"
#include "storage/backup_manager.h"
#include "storage/database.h"
#include "storage/review_package_queries.h"
#include "storage/rules_repository.h"
#include "storage/score_sheet_repository.h"
#include "text/vietnamese_text.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>
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

bool samePoints(const QHash<qint64, double>& a, const QHash<qint64, double>& b)
{
    if (a.size() != b.size())
        return false;
    for (auto it = a.constBegin(); it != a.constEnd(); ++it) {
        const auto other = b.constFind(it.key());
        if (other == b.constEnd() || std::abs(*other - *it) > 1e-9)
            return false;
    }
    return true;
}

bool samePoints(const QMap<QString, double>& a, const QMap<QString, double>& b)
{
    if (a.size() != b.size())
        return false;
    for (auto it = a.constBegin(); it != a.constEnd(); ++it) {
        const auto other = b.constFind(it.key());
        if (other == b.constEnd() || std::abs(*other - *it) > 1e-9)
            return false;
    }
    return true;
}

QString readOnlySheet(const QString& code)
{
    return ReviewPackage::tr("The sheet for %1 was submitted in the office and is read-only in this package; "
                             "only the council's secretary can reopen it.")
        .arg(code);
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
            {QStringLiteral("revision"), e.revision},
            {QStringLiteral("locked"), e.locked},
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
        // Packages written before sheets had revisions carry neither key: revision 0, nothing read-only.
        e.revision = o.value(QStringLiteral("revision")).toInteger();
        e.locked = o.value(QStringLiteral("locked")).toBool();
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
                         o.value(QStringLiteral("comment")).toString(),
                         o.value(QStringLiteral("base_revision")).toInteger()});
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

    ReviewPackageQueries queries(db);
    auto campaign = queries.campaign();
    if (!campaign)
        return campaign.error();
    if (campaign->uid.isEmpty())
        return Error{tr("The campaign file has no campaign identity."), db.path(), ErrorKind::Damaged};
    c.campaignUid = campaign->uid;
    c.campaignName = campaign->name;
    c.year = campaign->year;

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
    auto entries = queries.entries();
    if (!entries)
        return entries.error();
    QHash<qint64, qsizetype> index;
    for (const ReviewPackageQueries::EntryRow& row : *entries) {
        if (!kReviewedStatuses.contains(row.status) || !conflicts->eligibleMembers(row.id).contains(memberId))
            continue; // excluded members never see the entry at all
        ReviewEntry e;
        e.id = row.id;
        e.code = row.code;
        e.title = row.title;
        e.kind = row.kind;
        e.category = row.category;
        e.summary = row.summary;
        e.nominee = row.nominee;
        e.nomineeKind = row.nomineeKind;
        e.unit = row.unit;
        index.insert(row.id, c.entries.size());
        c.entries.append(e);
    }
    if (c.entries.isEmpty())
        return Error{tr("Member %1 has no entry to score.").arg(memberId), tr("member %1").arg(memberId),
                     ErrorKind::Refused};

    auto authors = queries.authors();
    if (!authors)
        return authors.error();
    for (const ReviewPackageQueries::AuthorRow& a : *authors)
        if (const auto it = index.constFind(a.entryId); it != index.constEnd())
            c.entries[*it].authors.append({a.name, a.share});
    auto attachments = queries.attachments();
    if (!attachments)
        return attachments.error();
    for (const ReviewPackageQueries::AttachmentRow& a : *attachments)
        if (const auto it = index.constFind(a.entryId); it != index.constEnd())
            c.entries[*it].attachments.append({a.fileName, a.sha256, a.content});

    // The member's own scores only, so the grid opens as the member left it; with each sheet's revision
    // (what a return is checked against) and, for a submitted one, read-only.
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
        c.entries[*it].revision = s.revision;
        c.entries[*it].locked = s.status == SheetStatus::Submitted;
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

    QList<qint64> entryIds;
    QList<ReviewPackageQueries::PackageSheet> sheets;
    for (const ReviewEntry& e : content->entries) {
        entryIds.append(e.id);
        sheets.append({e.id, e.revision, e.locked});
    }
    const Status done = db.transaction([&]() -> Status {
        if (auto s =
                ReviewPackageQueries(db).insertPackage(content->packageId, memberId, iso(content->createdAt),
                                                       user, content->criteriaVersion, entryIds, sheets);
            !s)
            return s;
        const QJsonObject after{{QStringLiteral("package"), content->packageId},
                                {QStringLiteral("member"), memberId},
                                {QStringLiteral("entries"), int(content->entries.size())},
                                {QStringLiteral("criteria_version"), content->criteriaVersion}};
        if (auto s = AuditLog(db).record(user, QStringLiteral("export"), QStringLiteral("review_package"),
                                         memberId, content->packageId, {}, after);
            !s)
            return s;
        return {};
    });
    if (!done)
        return done.error();
    // The package is recorded before its file exists: a return always finds its package, and a record
    // whose file was never written (a full disk, a killed export) is harmless, never used.
    QSaveFile file(outPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(*sealed) != sealed->size() || !file.commit())
        return Error{tr("The package cannot be written: %1").arg(file.errorString()), outPath,
                     ErrorKind::Storage};
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
    ReviewPackageQueries queries(db);

    auto campaign = queries.campaign();
    if (!campaign)
        return campaign.error();
    if (campaign->uid != scores.campaignUid)
        return Error{tr("This score return belongs to another campaign."), scores.packageId,
                     ErrorKind::Refused};

    auto record = queries.package(scores.packageId);
    if (!record)
        return record.error();
    if (!*record)
        return Error{tr("This score return answers a review package this campaign never exported."),
                     scores.packageId, ErrorKind::Refused};
    const ReviewPackageQueries::PackageRecord& package = **record;
    if (package.memberId != scores.memberId)
        return Error{tr("The score return is signed for member %1 but its package was made for member %2.")
                         .arg(scores.memberId)
                         .arg(package.memberId),
                     scores.packageId, ErrorKind::Refused};

    auto criteria = RulesRepository(db).criteria();
    if (!criteria)
        return criteria.error();
    if (scores.criteriaVersion != package.criteriaVersion ||
        criteriaVersion(*criteria) != package.criteriaVersion)
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
    auto returns = queries.returns(scores.packageId);
    if (!returns)
        return returns.error();
    qint64 latest = -1;
    for (const ReviewPackageQueries::ReturnRecord& r : *returns) {
        if (r.revision == scores.revision) {
            if (r.contentHash == contentHash)
                return report; // imported = false: already imported
            return Error{tr("Another score return with the same revision %1 was already imported.")
                             .arg(scores.revision),
                         scores.packageId, ErrorKind::Conflict};
        }
        latest = std::max(latest, r.revision);
    }
    if (latest > scores.revision)
        return Error{tr("A newer score return (revision %1) of this package was already imported; this one "
                        "(revision %2) is older.")
                         .arg(latest)
                         .arg(scores.revision),
                     scores.packageId, ErrorKind::Conflict};

    ScoreSheetRepository repository(db, user);
    QList<SheetWrite> writes;
    for (const ReturnSheet& s : scores.sheets) {
        if (!package.entryIds.contains(s.entryId))
            return Error{tr("The entry %1 was not in the review package.").arg(s.entryCode), s.entryCode,
                         ErrorKind::Refused};
        auto code = queries.entryCode(s.entryId);
        if (!code)
            return code.error();
        if (*code != s.entryCode)
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

        // The edit conflict: the office's sheet as the package knew it (its record, not what the return
        // claims: whoever knows the PIN can seal anything) against the sheet as it is now.
        auto office = repository.find(scores.memberId, s.entryId);
        if (!office)
            return office.error();
        const qint64 current = *office ? (*office)->revision : 0;
        const auto known = package.sheets.constFind(s.entryId);
        const qint64 base = known == package.sheets.constEnd() ? current : known->baseRevision;
        const bool locked = known != package.sheets.constEnd() && known->locked;
        if (current != base) {
            report.refused.append(
                {s.entryCode, RefusedSheet::Reason::ChangedInOffice,
                 tr("The office changed this sheet after the package was exported; the office's version is "
                    "kept.")});
            continue;
        }
        if (locked && *office &&
            (!samePoints((*office)->points, w.points) || (*office)->comment != text::clean(s.comment))) {
            report.refused.append({s.entryCode, RefusedSheet::Reason::SubmittedInOffice,
                                   tr("The sheet was submitted in the office and travelled read-only, but "
                                      "the return changes it; "
                                      "only the council's secretary can reopen it.")});
            continue;
        }
        writes << w;
    }
    if (writes.isEmpty() && !report.refused.isEmpty()) {
        QStringList named;
        for (const RefusedSheet& r : report.refused)
            named << r.entryCode + QStringLiteral(" (") + r.message + QLatin1Char(')');
        return Error{
            tr("Nothing in this score return can be merged: %1").arg(named.join(QStringLiteral("; "))),
            scores.packageId, ErrorKind::Conflict};
    }

    const ScoreSheetRepository::Policy policy{true, true, false, QStringLiteral("review_return")};
    auto problems = repository.check(scores.memberId, writes, policy);
    if (!problems)
        return problems.error();
    if (!problems->isEmpty())
        return problems->first();

    QHash<qint64, QString> criterionCodes;
    for (const Criterion& c : *criteria)
        criterionCodes.insert(c.id, c.code);
    // A copy to go back to before a merge changes council scores (kept with the others, rotated).
    if (auto backup = BackupManager(db).backupNow(QStringLiteral("merge")); !backup)
        return Error{tr("No backup could be made before the merge, so nothing was merged: %1")
                         .arg(backup.error().message),
                     backup.error().place, backup.error().kind};
    const Status done = db.transaction([&]() -> Status {
        auto outcomes = repository.writeInTransaction(scores.memberId, writes, policy);
        if (!outcomes)
            return outcomes.error();
        for (const SheetOutcome& o : *outcomes) {
            // A later return of this package builds on what this one wrote.
            if (auto s = queries.setSheetBase(scores.packageId, o.after.entryId, o.after.revision); !s)
                return s;
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
        if (auto s = queries.insertReturn(scores.packageId, scores.revision,
                                          iso(QDateTime::currentDateTimeUtc()), user, contentHash);
            !s)
            return s;
        QJsonArray refused;
        for (const RefusedSheet& r : report.refused)
            refused.append(r.entryCode);
        QJsonObject after{
            {QStringLiteral("package"), scores.packageId},     {QStringLiteral("member"), scores.memberId},
            {QStringLiteral("revision"), scores.revision},     {QStringLiteral("sheets"), report.sheets},
            {QStringLiteral("changed"), report.sheetsChanged}, {QStringLiteral("content_hash"), contentHash}};
        if (!refused.isEmpty())
            after.insert(QStringLiteral("refused"), refused);
        return AuditLog(db).record(user, QStringLiteral("import"), QStringLiteral("review_return"),
                                   scores.memberId, scores.packageId, {}, after);
    });
    if (!done)
        return done.error();
    report.imported = true;
    SupportLog::event(QStringLiteral("merge"),
                      QStringLiteral("sheets=%1 changed=%2").arg(report.sheets).arg(report.sheetsChanged));
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
    QHash<qint64, qint64> revisions;
    for (const ReviewEntry& e : package.entries)
        revisions.insert(e.id, e.revision);
    for (ReturnSheet& s : r.sheets)
        s.baseRevision = revisions.value(s.entryId);
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
    QHash<qint64, const ReviewEntry*> entries;
    for (const ReviewEntry& e : p.entries)
        entries.insert(e.id, &e);
    QSet<qint64> seen;
    for (const ReturnSheet& s : scores.sheets) {
        const ReviewEntry* entry = entries.value(s.entryId);
        if (!entry || entry->code != s.entryCode || s.entryCode.isEmpty())
            return Error{tr("The entry %1 is not in the review package.").arg(s.entryCode), s.entryCode,
                         ErrorKind::Refused};
        if (entry->locked && (!samePoints(entry->ownPoints, s.points) || entry->ownComment != s.comment))
            return Error{readOnlySheet(s.entryCode), s.entryCode, ErrorKind::Refused};
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
