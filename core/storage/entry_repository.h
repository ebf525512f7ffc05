#pragma once

#include "common/result.h"
#include "domain/entry.h"
#include "text/search_query.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <memory>
#include <optional>

class QSqlQuery;

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
    QString searchKey;           // the stored field key (searchFieldKey of the fields when written)

    bool operator==(const EntrySummary&) const = default;
};

// How well an entry matches a search (text/search_query.h): over its code, title, nominee, unit and each
// author's name. The one rule of the entries table and `list --search`.
// fieldKey: searchFieldKey(entry) when the caller keeps it (the entries table does); null: made here.
text::SearchQuery::Tier searchTier(const text::SearchQuery& query, const EntrySummary& entry,
                                   QStringView fieldKey = {});
// The entry's fields folded for tierOfKey(): code, title, nominee, unit, each author, apart. The key
// stored with an entry (EntrySummary::searchKey) is one, written by EntryRepository::makeSearchKey.
QString searchFieldKey(const EntrySummary& entry);
// Whether a key is a field key (keys written before schema 18 were the fields folded into one text).
bool isFieldKey(QStringView key);

struct EntryFilter
{
    // text::SearchQuery's rule: every word must occur, case and the diacritics the query does not have
    // ignored; the results come by tier (phrase, one field, anywhere), then by code.
    QString search;
    std::optional<EntryStatus> status;
    QString categoryCode;
    QList<qint64> ids; // only these entries (empty: every entry)
    bool withAuthors = true;
    bool withScores = true;
};

// Where an imported entry came from: the spreadsheet's file name and row (entry.source_file/source_row).
struct EntrySource
{
    QString file; // empty: typed in, not imported
    int row = 0;
};

// Reads and writes entries with their nominee and authors.
//
// The statements insert() runs are prepared on first use and kept by the repository: a caller writing many
// entries (the importer) keeps one repository for the batch, so each statement is prepared once, and each
// unit's name (part of the search key) is read once. Keep a repository for one action, not for a session.
class EntryRepository
{
    Q_DECLARE_TR_FUNCTIONS(EntryRepository)

public:
    explicit EntryRepository(Database& db);
    ~EntryRepository();
    EntryRepository(const EntryRepository&) = delete;
    EntryRepository& operator=(const EntryRepository&) = delete;

    // Inserts the entry, its nominee and its authors; gives it the next code when it has none.
    // Runs inside the caller's transaction (the caller decides what is one action).
    // An entry with an id (undo of a delete) keeps it.
    Result<qint64> insert(Entry& entry, const EntrySource& source = {});
    // Rewrites the entry, its nominee and its authors (inside the caller's transaction).
    Status update(Entry& entry);
    // Deletes the entry with its authors, documents and nominee (inside the caller's transaction).
    Status remove(qint64 id);

    Result<QList<EntrySummary>> list(const EntryFilter& filter = {}) const;
    Result<Entry> load(qint64 id) const;
    int count() const;

    // The entry's code from its id, and its id from its code: std::nullopt when no entry has it; an
    // Error only when the file cannot be read.
    Result<std::optional<QString>> codeOf(qint64 id) const;
    Result<std::optional<qint64>> idOf(const QString& code) const;
    // What the council and the awards hold of an entry: an entry they hold cannot be deleted.
    struct Holders
    {
        int scoreSheets = 0;
        int awards = 0;
        int votes = 0;
    };
    Result<Holders> heldBy(qint64 id) const;
    // The highest entry id, 0 when the campaign has no entry.
    Result<qint64> lastId() const;

    // "SK-2024-0001": the next free number of the campaign's year.
    QString nextCode(int year) const;
    // The highest number the year's codes carry ("SK-2024-0042" → 42), 0 when there are none. Answered
    // from the unique index on code, without reading the entries: a batch asks once and counts on.
    int lastCodeNumber(int year) const;
    // The code of a number: "SK-2024-0042", at least four digits.
    static QString formatCode(int year, int number);

    // The folded text search runs on: code, title, nominee, unit and authors.
    static QString makeSearchKey(const Entry& entry, const QString& unitName);

private:
    struct Statements;
    // The kept statement `which` (an index into the table in the .cpp), prepared on first use.
    Result<QSqlQuery*> statement(int which, const QString& place) const;
    // Whether the inserts on SQLite's own API are ready (made on first call); false: QtSql is used.
    bool rawStatements() const;
    // Writes the entry's authors; replace: clears the ones it had first.
    Status writeAuthors(const Entry& entry, bool replace) const;

    Database& m_db;
    mutable std::unique_ptr<Statements> m_statements;
};

} // namespace sangkien
