#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace sangkien {

class Database;

// Statuses follow the council's score sheets (issue 16, item 2), each change one trail row with its reason:
// an entry under review becomes scored once every member who may score it (not excluded by a conflict of
// interest) has submitted a sheet; a scored entry goes back under review when one of its sheets is
// reopened. Entries further on (proposed, awarded, not awarded) keep their status: the awards and the
// decisions move those. ScoreSheetRepository, the one writer of sheets, calls this inside its transaction,
// so the window's score entry, scores-import, a merged score return and reopen all follow the same rule.
class ScoreStatuses
{
    Q_DECLARE_TR_FUNCTIONS(ScoreStatuses)

public:
    ScoreStatuses(Database& db, QString user);

    // After sheets of these entries were submitted.
    Status afterSubmitted(const QList<qint64>& entryIds);
    // After the member's sheet for the entry was reopened for the reason given.
    Status afterReopened(qint64 entryId, const QString& memberName, const QString& reason);

private:
    Database& m_db;
    QString m_user;
};

} // namespace sangkien
