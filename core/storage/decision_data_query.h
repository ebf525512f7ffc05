#pragma once

#include "common/result.h"
#include "documents/award_decision_data.h"

#include <QList>
#include <QString>

namespace sangkien {

class Database;

// The reads a decision's data needs: an award form's name and who holds that form, by entry code.
class DecisionDataQuery
{
public:
    explicit DecisionDataQuery(Database& db)
        : m_db(db)
    {}

    // The form's name as the campaign wrote it; empty when it has none.
    Result<QString> awardFormName(const QString& formCode) const;
    Result<QList<Awardee>> awardees(const QString& formCode) const;

private:
    Database& m_db;
};

} // namespace sangkien
