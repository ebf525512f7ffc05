#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace sangkien {

class Database;

// One row of the audit trail: who changed which record, when, and how it looked before and after.
struct AuditRecord
{
    qint64 id = 0;
    QDateTime at;
    QString user;
    QString action; // "create", "update", "delete", "status", "restore", …
    QString table;
    qint64 recordId = 0;
    QString label; // what users call the record: an entry code, a unit name
    QJsonObject before;
    QJsonObject after;
    QString prevHash;
    QString hash;
};

// The audit trail stored in the campaign file. Rows are chained: each carries the SHA-256 of the
// previous row with its own content, so an edited or removed row shows up when the chain is verified.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)

public:
    explicit AuditLog(Database& db)
        : m_db(db)
    {}

    // Appends a row (inside the caller's transaction, so the trail and the change commit together).
    Status record(const QString& user, const QString& action, const QString& table, qint64 recordId,
                  const QString& label, const QJsonObject& before, const QJsonObject& after);

    Result<QList<AuditRecord>> forRecord(const QString& table, qint64 recordId) const;
    Result<QList<AuditRecord>> all() const;
    int count() const;

    // The id of the first row whose hash does not follow from its content and its predecessor; 0 when
    // the whole chain holds.
    Result<qint64> firstBrokenRow() const;

    // What the anchor says of the trail's end: rows removed from the end (or all of them) leave a chain
    // that verifies, but not the count and last hash the anchor kept. Empty when they agree.
    Result<QString> anchorMismatch() const;

    // Appends many rows with one prepared statement and the chain's head kept in memory (the demo and
    // the baseline of older files write tens of thousands). Rows go in the caller's transaction; finish()
    // moves the anchor.
    class Batch
    {
    public:
        explicit Batch(Database& db, const QString& user);
        ~Batch();
        Batch(const Batch&) = delete;
        Batch& operator=(const Batch&) = delete;

        Status append(const QString& action, const QString& table, qint64 recordId, const QString& label,
                      const QJsonObject& before, const QJsonObject& after);
        Status finish();

    private:
        struct Impl;
        Impl* m_impl;
    };

    // The name of the person at the keyboard: the operating system's user name.
    static QString currentUser();

private:
    Database& m_db;
};

} // namespace sangkien
