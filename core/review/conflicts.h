#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace sangkien {

class Database;

// What the conflict rules need to know of a council member.
struct MemberFacts
{
    qint64 id = 0;
    QString name;
    qint64 unitId = 0;
};

// What the conflict rules need to know of an entry: its nominee's unit and its authors.
struct EntryFacts
{
    qint64 id = 0;
    qint64 nomineeUnitId = 0;
    QString nomineeName; // the individual, or empty for a collective
    QStringList authorNames;
};

// A member who is an author or co-author of an entry, or belongs to the nominee's unit, does not score
// it. The clerk can add a conflict or lift an automatic one, with a reason.
class ConflictRules
{
    Q_DECLARE_TR_FUNCTIONS(ConflictRules)

public:
    // The reason the rules exclude the member automatically, or an empty string.
    static QString automaticReason(const MemberFacts& member, const EntryFacts& entry);

    // The names of an entry folded for comparison (text::searchKey), once for all members.
    struct FoldedNames
    {
        QString nominee;
        QStringList authors;
    };
    static FoldedNames fold(const EntryFacts& entry);
    // The same rules with the names already folded: memberKey is the member's folded name.
    static QString automaticReason(const MemberFacts& member, const QString& memberKey,
                                   const EntryFacts& entry, const FoldedNames& names);
};

// Which entries' conflicts are read: every entry, only those the ranking lists (under review or later, or
// holding a submitted sheet), or only those holding a submitted sheet (the scores alone).
enum class ConflictScope
{
    AllEntries,
    RankedEntries,
    ScoredEntries
};

// The conflicts of a whole campaign, automatic and overridden, for quick look-ups while ranking.
class ConflictTable
{
    Q_DECLARE_TR_FUNCTIONS(ConflictTable)

public:
    // The whole campaign, or (RankedEntries, ScoredEntries) only some entries: the automatic conflicts of
    // any other entry are then not known.
    static Result<ConflictTable> load(Database& db, ConflictScope scope = ConflictScope::AllEntries);

    bool excluded(qint64 memberId, qint64 entryId) const
    {
        return m_excluded.contains(key(memberId, entryId));
    }
    QString reason(qint64 memberId, qint64 entryId) const { return m_excluded.value(key(memberId, entryId)); }
    // Members assigned to the entry (all members when it has no assignment), conflicts removed.
    QList<qint64> eligibleMembers(qint64 entryId) const;
    const QList<MemberFacts>& members() const { return m_members; }

private:
    static quint64 key(qint64 member, qint64 entry) { return (quint64(member) << 40) ^ quint64(entry); }

    QList<MemberFacts> m_members;
    QHash<quint64, QString> m_excluded;      // member × entry → reason
    QHash<qint64, QList<qint64>> m_assigned; // entry → members, for entries with assignments
};

// Adds (excluded = true) or lifts (false) a conflict by hand; one transaction with its audit row.
Status setConflictOverride(Database& db, qint64 memberId, qint64 entryId, bool excluded,
                           const QString& reason, const QString& user);

} // namespace sangkien
