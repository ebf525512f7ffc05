#include "review_draft.h"

#include "common/file_error.h"
#include "text/vietnamese_text.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <algorithm>
#include <cerrno>
#include <cmath>

namespace sangkien {
namespace {

const QString kUnreturnedKey = QStringLiteral("unreturned");
const QString kDraftKey = QStringLiteral("draft");
const QString kPlaceKey = QStringLiteral("place");

const ReviewCriterion* criterionNamed(const ReviewPackageContent& package, const QString& code)
{
    const auto it = std::find_if(package.criteria.cbegin(), package.criteria.cend(),
                                 [&](const ReviewCriterion& c) { return c.code == code; });
    return it == package.criteria.cend() ? nullptr : &*it;
}

bool withinBounds(const ReviewCriterion& c, double points)
{
    return std::isfinite(points) && points >= 0 && points <= c.maxPoints + 1e-9;
}

} // namespace

QString ReviewDraft::defaultDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("drafts"));
}

ReviewDraft::ReviewDraft(QString directory)
    : m_directory(std::move(directory))
{}

QString ReviewDraft::pathFor(const QString& packageId) const
{
    return QDir(m_directory).filePath(packageId + QStringLiteral(".skscores"));
}

qint64 ReviewDraft::nextRevision(qint64 previous)
{
    return std::max(previous + 1, QDateTime::currentMSecsSinceEpoch());
}

Status ReviewDraft::write(const OpenedPackage& package, const QList<ReturnSheet>& sheets, qint64 revision,
                          bool unreturned, const ReviewDraftPlace& place) const
{
    const ReviewPackageContent& p = package.content;
    QHash<qint64, QString> entries;
    for (const ReviewEntry& e : p.entries)
        entries.insert(e.id, e.code);
    for (const ReturnSheet& s : sheets) {
        if (s.entryCode.isEmpty() || entries.value(s.entryId) != s.entryCode)
            return Error{ReviewPackage::tr("The entry %1 is not in the review package.").arg(s.entryCode),
                         s.entryCode, ErrorKind::Refused};
        for (auto it = s.points.constBegin(); it != s.points.constEnd(); ++it) {
            const ReviewCriterion* c = criterionNamed(p, it.key());
            if (!c)
                return Error{ReviewPackage::tr("Unknown criterion \"%1\".").arg(it.key()), s.entryCode,
                             ErrorKind::Refused};
            if (!withinBounds(*c, *it))
                return Error{ReviewPackage::tr("%1 points is outside 0 to %2 for the criterion %3.")
                                 .arg(QString::number(*it), QString::number(c->maxPoints), c->code),
                             s.entryCode, ErrorKind::Refused};
        }
    }
    // A score return as the clerk would read it, with two keys more that only the laptop reads.
    const ScoreReturn scores = ReviewPackage::makeReturn(p, sheets, revision);
    QJsonObject root = QJsonDocument::fromJson(scores.toJson()).object();
    root.insert(kDraftKey, true);
    root.insert(kUnreturnedKey, unreturned);
    QJsonObject where;
    where.insert(QStringLiteral("entry"), place.entryCode);
    where.insert(QStringLiteral("column"), place.column);
    if (place.returnWrittenAt.isValid())
        where.insert(QStringLiteral("returnWrittenAt"),
                     place.returnWrittenAt.toUTC().toString(Qt::ISODateWithMs));
    where.insert(QStringLiteral("returnPath"), place.returnPath);
    root.insert(kPlaceKey, where);
    auto sealed = SealedFile::seal(ReviewPackage::kReturnMagic, QByteArray::fromHex(p.packageId.toLatin1()),
                                   package.key, QJsonDocument(root).toJson(QJsonDocument::Compact));
    if (!sealed)
        return sealed.error();

    const QString path = pathFor(p.packageId);
    if (!QDir().mkpath(m_directory))
        return Error{tr("The folder for drafts cannot be made."), m_directory, ErrorKind::Storage};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*sealed) != sealed->size() || !file.commit())
        return FileError::make(tr("The draft cannot be saved: %1"), path, errno, &file);
    // Only the member reads it; the seal keeps it private anyway.
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return {};
}

Result<std::optional<ReviewDraftState>> ReviewDraft::read(const OpenedPackage& package) const
{
    const ReviewPackageContent& p = package.content;
    const QString path = pathFor(p.packageId);
    QFile file(path);
    if (!file.exists())
        return std::optional<ReviewDraftState>();
    if (!file.open(QIODevice::ReadOnly))
        return FileError::make(tr("The draft cannot be read: %1"), path, errno, &file);
    auto plain = SealedFile::open(file.readAll(), ReviewPackage::kReturnMagic, package.key);
    if (!plain)
        return Error{plain.error().message, path, plain.error().kind};
    auto scores = ScoreReturn::fromJson(*plain);
    if (!scores)
        return Error{scores.error().message, path, scores.error().kind};
    if (scores->packageId != p.packageId || scores->campaignUid != p.campaignUid ||
        scores->memberId != p.memberId || scores->criteriaVersion != p.criteriaVersion)
        return Error{tr("The draft does not answer this review package."), path, ErrorKind::Refused};
    ReviewDraftState state;
    state.scores = *scores;
    const QJsonObject root = QJsonDocument::fromJson(*plain).object();
    state.unreturned = root.value(kUnreturnedKey).toBool(true);
    const QJsonObject where = root.value(kPlaceKey).toObject();
    state.place.entryCode = where.value(QStringLiteral("entry")).toString();
    state.place.column = where.value(QStringLiteral("column")).toInt(-1);
    state.place.returnWrittenAt =
        QDateTime::fromString(where.value(QStringLiteral("returnWrittenAt")).toString(), Qt::ISODateWithMs);
    state.place.returnPath = where.value(QStringLiteral("returnPath")).toString();
    return std::optional<ReviewDraftState>(state);
}

bool ReviewDraft::remove(const QString& packageId) const
{
    return QFile::remove(pathFor(packageId));
}

QString ReviewDraft::returnFileName(const ReviewPackageContent& package)
{
    QString name;
    // Words are cut at anything but an ASCII letter or digit: "ThS. Ánh/Hồng" → Ths Anh Hong.
    QString folded = text::searchKey(package.memberName);
    for (QChar& c : folded)
        if (!((c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
              (c >= QLatin1Char('0') && c <= QLatin1Char('9'))))
            c = QLatin1Char(' ');
    for (const QString& word : folded.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        name += word.at(0).toUpper() + word.mid(1);
    QStringList parts{QStringLiteral("Diem")};
    parts << (name.isEmpty() ? QStringLiteral("ThanhVien%1").arg(package.memberId) : name.left(60));
    if (package.year > 0)
        parts << QString::number(package.year);
    return parts.join(QLatin1Char('-')) + QStringLiteral(".skscores");
}

ReviewPackageContent ReviewDraft::applied(const ReviewPackageContent& package, const ScoreReturn& draft)
{
    QHash<qint64, const ReturnSheet*> sheets;
    for (const ReturnSheet& s : draft.sheets)
        sheets.insert(s.entryId, &s);
    ReviewPackageContent out = package;
    for (ReviewEntry& e : out.entries) {
        e.ownPoints.clear();
        e.ownComment.clear();
        const ReturnSheet* s = sheets.value(e.id);
        if (!s || s->entryCode != e.code)
            continue;
        for (auto it = s->points.constBegin(); it != s->points.constEnd(); ++it)
            if (const ReviewCriterion* c = criterionNamed(package, it.key()); c && withinBounds(*c, *it))
                e.ownPoints.insert(it.key(), *it);
        e.ownComment = s->comment;
    }
    return out;
}

} // namespace sangkien
