#pragma once

#include "common/result.h"
#include "review/review_package.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace sangkien {

// Where the member stopped and what was last written, kept with the draft so the package reopens there.
struct ReviewDraftPlace
{
    QString entryCode;         // the entry of the current cell
    int column = -1;           // the grid's column of the current cell
    QDateTime returnWrittenAt; // when a score return was last written (invalid: never)
    QString returnPath;        // where it was written
    bool operator==(const ReviewDraftPlace&) const = default;
};

// What a draft holds: the member's grid as it was, whether it has changes not yet written as a return.
struct ReviewDraftState
{
    ScoreReturn scores;
    bool unreturned = false; // changes made since the last score return was written
    ReviewDraftPlace place;
};

// The member's work on a review package, kept on the laptop between sessions: a score return sealed with
// the package's key (so only the PIN opens it) in <directory>/<packageId>.skscores. Unlike a final
// return, a draft may hold incomplete sheets: it is written through SealedFile directly, never through
// ReviewPackage::sealReturn, whose checks stay as strict as the clerk needs them.
class ReviewDraft
{
    Q_DECLARE_TR_FUNCTIONS(ReviewDraft)

public:
    // <AppDataLocation>/drafts.
    static QString defaultDirectory();

    explicit ReviewDraft(QString directory = defaultDirectory());

    QString directory() const { return m_directory; }
    QString pathFor(const QString& packageId) const;

    // Seals and writes (QSaveFile) the draft of the package: every sheet must be an entry of the package
    // with known criteria and points within 0..max; missing criteria are allowed.
    Status write(const OpenedPackage& package, const QList<ReturnSheet>& sheets, qint64 revision,
                 bool unreturned, const ReviewDraftPlace& place = {}) const;
    // The package's draft, or nothing when there is none. A draft that cannot be opened (changed on disk)
    // or answers another criteria set is an error, and the caller decides to start from the package.
    Result<std::optional<ReviewDraftState>> read(const OpenedPackage& package) const;
    // Removes the package's draft (nothing when there is none).
    bool remove(const QString& packageId) const;

    // The package as the draft left it: each entry's own points and comment are the draft's (an entry the
    // draft does not name had nothing typed in it). Unknown entries, criteria and points out of bounds are
    // dropped.
    static ReviewPackageContent applied(const ReviewPackageContent& package, const ScoreReturn& draft);

    // The short name of the member's return: "Diem-DoQuangSon-2024.skscores" (the member's name folded to
    // ASCII letters and digits without spaces, each word capitalised, and the campaign's year).
    static QString returnFileName(const ReviewPackageContent& package);

    // A revision later than `previous` and, normally, the current time in milliseconds (like review-fill).
    static qint64 nextRevision(qint64 previous);

private:
    QString m_directory;
};

} // namespace sangkien
