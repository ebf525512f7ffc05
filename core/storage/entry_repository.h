#pragma once

#include "common/result.h"
#include "domain/entry.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace sangkien {

class Database;

// One row of the entries list, joined with its nominee, unit, authors, score and award.
struct EntrySummary
{
    struct AuthorShare
    {
        QString name;
        double share = 0;
        bool operator==(const AuthorShare&) const = default;
    };

    qint64 id = 0;
    QString code;
    QString title;
    EntryKind kind = EntryKind::Initiative;
    QString categoryCode;
    NomineeKind nomineeKind = NomineeKind::Individual;
    QString nominee;
    QString unit;
    QString unitKindCode;
    QString district;
    QList<AuthorShare> authors;
    EntryStatus status = EntryStatus::Received;
    std::optional<double> score; // mean of the submitted sheets' totals
    QString awardCode;           // "chairman", "director" or empty
    QString searchKey;

    bool operator==(const EntrySummary&) const = default;
};

struct EntryFilter
{
    QString search; // diacritics- and case-insensitive, every word must occur
    std::optional<EntryStatus> status;
    QString categoryCode;
    bool withAuthors = true;
    bool withScores = true;
};

// Reads and writes entries with their nominee and authors.
class EntryRepository
{
    Q_DECLARE_TR_FUNCTIONS(EntryRepository)

public:
    explicit EntryRepository(Database& db)
        : m_db(db)
    {}

    // Inserts the entry, its nominee and its authors; gives it the next code when it has none.
    // Runs inside the caller's transaction (the caller decides what is one action).
    // An entry with an id (undo of a delete) keeps it.
    Result<qint64> insert(Entry& entry);
    // Rewrites the entry, its nominee and its authors (inside the caller's transaction).
    Status update(Entry& entry);
    // Deletes the entry with its authors, documents and nominee (inside the caller's transaction).
    Status remove(qint64 id);

    Result<QList<EntrySummary>> list(const EntryFilter& filter = {}) const;
    Result<Entry> load(qint64 id) const;
    int count() const;

    // "SK-2024-0001": the next free number of the campaign's year.
    QString nextCode(int year) const;

    // The folded text search runs on: code, title, nominee, unit and authors.
    static QString makeSearchKey(const Entry& entry, const QString& unitName);

private:
    Database& m_db;
};

} // namespace sangkien
