#pragma once

#include "common/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace sangkien {

class Database;

// One entry of a campaign as the history across years shows it.
struct HistoryEntryRow
{
    qint64 entryId = 0;
    QString code;
    QString title;
    QString nominee;
    QString nomineeKind; // "collective" or "individual"
    QString unit;        // the nominee's unit
    QStringList authors;
    QStringList authorUnits;
    QString status; // the entry's status code
    QString award;  // the award form's name, empty without one
};

// What the history matches a name against: an entry's nominee and unit, or its nominee and authors.
struct HistoryNameRow
{
    qint64 entryId = 0;
    QString nominee;
    QString nomineeKind; // "collective" or "individual"
    QString unit;        // the nominee's unit
    QStringList authors;
};

// The entries of one campaign file with their nominee, unit, authors and award, for the history
// across years (core/services/campaign_history); the units' successions the file keeps.
class HistoryQuery
{
public:
    explicit HistoryQuery(Database& db)
        : m_db(db)
    {}

    // Every entry, or (ids given) only those, by code.
    Result<QList<HistoryEntryRow>> entries(const QList<qint64>& ids = {}) const;
    // Every entry's names alone (the nominee and the unit; the authors too when asked): the history
    // matches these first, then reads whole only the entries that matched.
    Result<QList<HistoryNameRow>> names(bool withAuthors) const;
    // (from, to) name pairs of unit_succession; none in a file older than migration 16.
    Result<QList<std::pair<QString, QString>>> successions() const;

private:
    Database& m_db;
};

} // namespace sangkien
