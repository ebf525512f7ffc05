#pragma once

#include "common/result.h"
#include "domain/entry.h"

#include <QList>
#include <QString>
#include <optional>

namespace sangkien {

class Database;

// An existing entry that looks like the one being entered.
struct PossibleDuplicate
{
    QString source; // the campaign file it was found in (empty: the open campaign)
    qint64 entryId = 0;
    QString code;
    QString title;
    QString nominee;
    double titleSimilarity = 0;
    double nomineeSimilarity = 0;
};

// Finds entries whose title and nominee are close to a candidate's, ignoring diacritics, case and word
// order, in the open campaign and in earlier campaign files.
class DuplicateFinder
{
public:
    static constexpr double kTitleThreshold = 0.8;
    static constexpr double kNomineeThreshold = 0.7;
    static constexpr double kSameTitleThreshold = 0.95; // so alike that the nominee does not matter

    static bool looksLikeDuplicate(double titleSimilarity, double nomineeSimilarity);

    // The candidate itself (same id) is never reported. source names db in the results. With lastId,
    // only entries up to that id are looked at (an import does not compare rows with what it wrote).
    static Result<QList<PossibleDuplicate>> find(Database& db, const Entry& candidate,
                                                 const QString& source = {},
                                                 std::optional<qint64> lastId = std::nullopt);
};

} // namespace sangkien
