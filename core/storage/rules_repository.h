#pragma once

#include "common/result.h"
#include "domain/award_form.h"
#include "domain/criterion.h"

#include <QList>

namespace sangkien {

class Database;

// The council's scoring criteria and the award forms with their quota rules.
class RulesRepository
{
public:
    explicit RulesRepository(Database& db)
        : m_db(db)
    {}

    Result<QList<Criterion>> criteria() const;
    Result<QList<AwardForm>> awardForms() const;
    Result<QList<QuotaRule>> quotaRules() const;

    // Replace the whole list, inside the caller's transaction.
    Status saveCriteria(const QList<Criterion>& criteria);
    Status saveQuotaRules(const QList<QuotaRule>& rules);

    // True once any score exists: from then on the criteria are frozen.
    bool criteriaLocked() const;

private:
    Database& m_db;
};

} // namespace sangkien
