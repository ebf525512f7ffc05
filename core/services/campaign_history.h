#pragma once

#include "common/result.h"
#include "storage/history_query.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace sangkien {

enum class HistorySubject
{
    Unit,
    Person,
};

// One entry of a unit or a person in one year's campaign.
struct HistoryRecord
{
    int year = 0;
    QString file; // the campaign file's name
    HistoryEntryRow entry;
    std::optional<double> score;
    int rank = 0; // 0: not ranked
    // For a unit: the successor the entry's unit became, when it was found through a succession
    // ("UBND huyện Văn Lâm" → "UBND xã Như Quỳnh"). For a person: "nominee" or "author".
    QString via;
};

struct HistoryResult
{
    QList<HistoryRecord> records;             // by year, then code
    QList<std::pair<QString, int>> campaigns; // each file read, with its year
    QList<Error> unreadable;                  // files that are not campaigns or cannot be read
};

// Hồ sơ qua các năm: every entry, score and award of a unit or a person across the campaign files of the
// office's folder, each read read-only. A unit is found by its name without diacritics or case, and its
// predecessors with it (a 2024 district whose communes became the unit); a person by their name in any
// word order, as nominee or author.
class CampaignHistory
{
    Q_DECLARE_TR_FUNCTIONS(CampaignHistory)

public:
    static QStringList campaignFiles(const QString& folder);
    static Result<HistoryResult> search(const QString& folder, HistorySubject subject, const QString& query);

    // Every word of the query is a word of the name, in any order, diacritics and case ignored.
    static bool wordsMatch(const QString& name, const QString& query);
};

} // namespace sangkien
