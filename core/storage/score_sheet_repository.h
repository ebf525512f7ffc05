#pragma once

#include "common/result.h"
#include "domain/criterion.h"
#include "domain/score_sheet.h"
#include "review/score_csv.h"
#include "storage/user_accounts.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <optional>

namespace sangkien {

class Database;

// One sheet to write: a member's points for one entry, criterion id → points.
struct SheetWrite
{
    qint64 entryId = 0;
    QString entryCode;
    QHash<qint64, double> points;
    std::optional<QString> comment; // nullopt keeps the stored comment
    QString place;                  // where the sheet came from (a CSV line), for errors; the code if empty
};

// What writing a sheet did.
struct SheetOutcome
{
    qint64 sheetId = 0;
    QString entryCode;
    std::optional<ScoreSheet> before;
    ScoreSheet after;
    bool changed = false;
};

// A council member's score sheets. Points are bounded by 0..max of their criterion; a submitted sheet is
// final unless the member's own signed score return replaces it; every sheet written leaves an audit row.
// Entry statuses follow the sheets in the same transaction (ScoreStatuses): every sheet of an entry under
// review submitted makes it scored; a sheet reopened puts a scored entry back under review.
class ScoreSheetRepository
{
    Q_DECLARE_TR_FUNCTIONS(ScoreSheetRepository)

public:
    struct Policy
    {
        bool submit = false;           // the sheets become submitted (they must then be complete)
        bool replaceSubmitted = false; // only a member's score return may change a submitted sheet
        bool keepDraftPoints = true;   // a draft keeps the points of criteria the write does not name
        QString auditAction = QStringLiteral("score");
    };

    ScoreSheetRepository(Database& db, QString user);

    Result<std::optional<ScoreSheet>> find(qint64 memberId, qint64 entryId) const;
    Result<QList<ScoreSheet>> forMember(qint64 memberId) const;

    // Every reason the writes would be refused, each with its place; empty when all may be written.
    Result<QList<Error>> check(qint64 memberId, const QList<SheetWrite>& sheets, const Policy& policy) const;
    // Writes inside the caller's transaction (checked first; nothing is written when any sheet is refused).
    Result<QList<SheetOutcome>> writeInTransaction(qint64 memberId, const QList<SheetWrite>& sheets,
                                                   const Policy& policy);
    // Writes in one transaction of its own: all sheets or none.
    Result<QList<SheetOutcome>> write(qint64 memberId, const QList<SheetWrite>& sheets, const Policy& policy);

    // What a score CSV may name: the campaign's criteria with their maximum, and every entry by code.
    Result<ScoreGridTarget> gridTarget() const;
    // Criterion code → id.
    Result<QHash<QString, qint64>> criterionIds() const;

    // Turns a submitted sheet back into a draft so it can be corrected: one transaction with a trail row
    // naming who reopened it and why. When the campaign has roles on, only the secretary may (role is
    // who signed in; nullopt when roles are off).
    Status reopen(qint64 memberId, qint64 entryId, const QString& reason,
                  const std::optional<UserRole>& role);
    // The members who submitted a sheet for the entry.
    Result<QSet<qint64>> submittedMembers(qint64 entryId) const;
    // A member's name, or an Error when there is no such member.
    Result<QString> memberName(qint64 memberId) const;

private:
    Database& m_db;
    QString m_user;
};

} // namespace sangkien
