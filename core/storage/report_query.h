#pragma once

#include "common/result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace sangkien {

class Database;

// What the reports read of an entry beyond the entries list (EntryRepository::list): its dates, the
// economic benefit its unit declared and its nominee's unit.
struct EntryReportFacts
{
    qint64 entryId = 0;
    qint64 unitId = 0; // the nominee's unit; 0 when it has none
    QDate receivedOn;
    QDate firstAppliedOn;
    std::optional<qint64> economicBenefit; // in đồng

    bool operator==(const EntryReportFacts&) const = default;
};

// An entry as the statistics count it: its groups (by id, where the catalog has them) and its facts.
struct StatisticsEntryRow
{
    qint64 entryId = 0;
    qint64 categoryId = 0; // 0: no category
    QString kind;          // entry kind code
    QString nomineeKind;   // "individual", "collective"
    qint64 unitId = 0;     // the nominee's unit; 0 when it has none
    qint64 unitKindId = 0; // 0: no unit
    QString district;
    QString status; // status code
    QDate receivedOn;
    std::optional<qint64> economicBenefit;
};

// The reads the statistics and the workbooks need that no repository has.
class ReportQuery
{
public:
    explicit ReportQuery(Database& db)
        : m_db(db)
    {}

    // Every entry's facts, by entry id.
    Result<QList<EntryReportFacts>> entryFacts() const;
    // Every entry as the statistics count it, in one read (by entry id).
    Result<QList<StatisticsEntryRow>> statisticsRows() const;

private:
    Database& m_db;
};

} // namespace sangkien
