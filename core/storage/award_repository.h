#pragma once

#include "common/result.h"
#include "domain/entry.h"

#include <QList>
#include <QString>
#include <optional>

namespace sangkien {

class Database;

// An entry's nominee as the award rules compare nominees, with the entry's form when it holds one.
struct AwardRow
{
    qint64 entryId = 0;
    QString entryCode;
    qint64 awardFormId = 0; // 0: no award
    NomineeKind nomineeKind = NomineeKind::Individual;
    QString nomineeName;
    qint64 nomineeUnitId = 0;
};

// The stored awards (one per entry at most) and the nominees they go to.
class AwardRepository
{
public:
    explicit AwardRepository(Database& db)
        : m_db(db)
    {}

    // Every entry's nominee, no form.
    Result<QList<AwardRow>> nominees() const;
    // The stored awards in the order they were stored.
    Result<QList<AwardRow>> stored() const;
    // One entry's nominee; std::nullopt when there is no such entry.
    Result<std::optional<AwardRow>> nomineeOf(qint64 entryId) const;

    // Inside the caller's transaction: every award replaced by these (awardFormId of each row).
    Status replaceAll(const QList<AwardRow>& awards);
    // Inside the caller's transaction: the entry's award set to the form, or removed (formId 0).
    Status set(qint64 entryId, qint64 formId, const QString& place);

private:
    Database& m_db;
};

} // namespace sangkien
