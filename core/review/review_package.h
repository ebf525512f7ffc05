#pragma once

#include "common/result.h"
#include "domain/criterion.h"
#include "sealed_file.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <optional>

namespace sangkien {

class Database;

// What a review package tells the member about one criterion.
struct ReviewCriterion
{
    QString code;
    QString name;
    double maxPoints = 0;
    double minPoints = 0;
    bool operator==(const ReviewCriterion&) const = default;
};

struct ReviewAttachment
{
    QString fileName;
    QString sha256;
    QByteArray content;
    bool operator==(const ReviewAttachment&) const = default;
};

struct ReviewAuthor
{
    QString name;
    double share = 0;
    bool operator==(const ReviewAuthor&) const = default;
};

// One entry the member is to score, with its documents, and the member's own earlier scores (if any) so
// the grid opens where the member left it. Never anything of other members.
struct ReviewEntry
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
    QList<ReviewAuthor> authors;
    QList<ReviewAttachment> attachments;
    QMap<QString, double> ownPoints; // criterion code → points
    QString ownComment;
    qint64 revision = 0; // the office's sheet revision at export (0: no sheet yet); returns carry it back
    bool locked = false; // the office had the sheet submitted: read-only in the package
    bool operator==(const ReviewEntry&) const = default;
};

// The content of a .skreview file.
struct ReviewPackageContent
{
    QString packageId; // 32 hex digits, also the header's id
    QString campaignUid;
    QString campaignName;
    int year = 0;
    qint64 memberId = 0;
    QString memberName;
    QDateTime createdAt;
    QString criteriaVersion;
    QList<ReviewCriterion> criteria;
    QList<ReviewEntry> entries;

    QByteArray toJson() const;
    static Result<ReviewPackageContent> fromJson(const QByteArray& json);
    bool operator==(const ReviewPackageContent&) const = default;
};

// One entry's scores in a return: criterion code → points.
struct ReturnSheet
{
    qint64 entryId = 0;
    QString entryCode;
    QMap<QString, double> points;
    QString comment;
    qint64 baseRevision = 0; // the office's revision of the sheet the package was exported with
    bool operator==(const ReturnSheet&) const = default;
};

// The content of a .skscores file: the member's answer to one package.
struct ScoreReturn
{
    QString packageId;
    QString campaignUid;
    qint64 memberId = 0;
    QString criteriaVersion;
    qint64 revision = 0; // a later return of the same package carries a higher revision
    QDateTime writtenAt;
    QList<ReturnSheet> sheets;

    QByteArray toJson() const;
    static Result<ScoreReturn> fromJson(const QByteArray& json);
    bool operator==(const ScoreReturn&) const = default;
};

// A package opened on the member's laptop: its content and the key that seals the return.
struct OpenedPackage
{
    ReviewPackageContent content;
    SealKey key;
};

// One point that a merge changed.
struct PointChange
{
    QString entryCode;
    QString criterion; // criterion code
    std::optional<double> before;
    double after = 0;
    bool operator==(const PointChange&) const = default;
};

// A return whose seal was checked: what it says and the hash of its content (for idempotence).
struct VerifiedReturn
{
    ScoreReturn scores;
    QString contentHash;
};

// A sheet of a return that was not merged, and why; the office's version of it is kept.
struct RefusedSheet
{
    enum class Reason
    {
        ChangedInOffice,  // the office changed the sheet after the package was exported
        SubmittedInOffice // the package carried it read-only (submitted) and the return changes it
    };
    QString entryCode;
    Reason reason = Reason::ChangedInOffice;
    QString message;
    bool operator==(const RefusedSheet&) const = default;
};

struct MergeReport
{
    bool imported = false; // false: this very return was merged before; nothing changed
    qint64 memberId = 0;
    QString packageId;
    qint64 revision = 0;
    int sheets = 0;        // sheets the return carries
    int sheetsChanged = 0; // sheets written now
    QList<PointChange> changes;
    QList<RefusedSheet> refused; // sheets kept as the office has them, each named
    int sheetsMerged() const { return sheets - int(refused.size()); }
};

// Offline review: the clerk exports a package for one member, the member scores on a laptop and sends a
// sealed score return, the clerk merges it. Packages and returns are sealed with a key derived from a PIN
// (Argon2id, XChaCha20-Poly1305); the GUI's review mode and the CLI share this code.
class ReviewPackage
{
    Q_DECLARE_TR_FUNCTIONS(ReviewPackage)

public:
    static inline const QByteArray kPackageMagic = QByteArrayLiteral("SKREVIEW");
    static inline const QByteArray kReturnMagic = QByteArrayLiteral("SKSCORES");

    // The fingerprint of a criteria set: a changed code, maximum or minimum makes old returns stale.
    static QString criteriaVersion(const QList<Criterion>& criteria);
    static QString criteriaVersion(const QList<ReviewCriterion>& criteria);

    // --- The clerk's side.
    // What a package for the member would hold: the entries under review the member may score.
    static Result<ReviewPackageContent> build(Database& db, qint64 memberId);
    // Builds, seals and writes the package to outPath, and records it in the campaign (one transaction:
    // the record is kept only when the file was written).
    static Result<ReviewPackageContent> exportTo(Database& db, qint64 memberId, const QString& pin,
                                                 const QString& outPath, const QString& user);
    // Verifies a return and merges it in one transaction. Refused, with nothing written: a wrong PIN or a
    // changed byte, a return of another campaign or an unknown package, another member, a changed criteria
    // set, an entry not in the package, an older revision than one already merged. Refused for one sheet
    // only, named in the report while the rest merges (HotCRP's edit conflict): a sheet the office changed
    // after the export, and one the package carried read-only (submitted) that the return changes. When
    // every sheet is refused, nothing is written and the error names them.
    static Result<MergeReport> merge(Database& db, const QByteArray& returnFile, const QString& pin,
                                     const QString& user);
    // The two halves of merge: checking the seal needs no campaign file, so a tampered return is refused
    // before the campaign is even opened.
    static Result<VerifiedReturn> verifyReturn(const QByteArray& returnFile, const QString& pin);
    static Result<MergeReport> merge(Database& db, const VerifiedReturn& verified, const QString& user);

    // --- The member's side.
    static Result<OpenedPackage> open(const QByteArray& packageFile, const QString& pin);
    // Checks the return against the package (entries, criteria, bounds 0..max, complete sheets, read-only
    // sheets unchanged) and seals it.
    static Result<QByteArray> sealReturn(const OpenedPackage& package, const ScoreReturn& scores);
    // A return for the package: every sheet in `sheets`, stamped with the revision and the time, each sheet
    // with the office's revision the package carried for it.
    static ScoreReturn makeReturn(const ReviewPackageContent& package, const QList<ReturnSheet>& sheets,
                                  qint64 revision);

    // Sealing with a key already derived (the review mode derives once per session).
    static Result<QByteArray> seal(const ReviewPackageContent& content, const SealKey& key);
};

} // namespace sangkien
