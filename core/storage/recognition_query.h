#pragma once

#include "common/result.h"

#include <QDate>
#include <QHash>

namespace sangkien {

class Database;

// The council's recognition vote on one entry as the awards read it: the latest vote on the entry at a
// meeting with quorum (a later meeting's vote replaces an earlier one).
struct RecognitionVote
{
    qint64 meetingId = 0;
    QDate meetingDate;
    int agree = 0;
    int disagree = 0;
    int blank = 0;
    int members = 0;
    int needed = 0; // agreeing members the entry needed
    bool passes = false;
    bool operator==(const RecognitionVote&) const = default;
};

// Reads the recognition votes that count: cast at a meeting with quorum, the latest per entry (by the
// meeting's date, then the order meetings were recorded).
class RecognitionQuery
{
public:
    explicit RecognitionQuery(Database& db)
        : m_db(db)
    {}

    // Entry id → its latest recognition vote; entries never voted on are absent.
    Result<QHash<qint64, RecognitionVote>> latestVotes() const;

private:
    Database& m_db;
};

} // namespace sangkien
