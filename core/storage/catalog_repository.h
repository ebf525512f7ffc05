#pragma once

#include "common/result.h"
#include "domain/content_category.h"
#include "domain/entry.h"
#include "domain/unit.h"

#include <QList>

namespace sangkien {

class Database;

// The campaign's reference lists: content categories, initiative kinds, unit kinds and units.
class CatalogRepository
{
public:
    explicit CatalogRepository(Database& db)
        : m_db(db)
    {}

    Result<QList<ContentCategory>> categories() const;
    Result<QList<UnitKind>> unitKinds() const;
    Result<QList<Unit>> units() const;
    // The display name the template gives an initiative kind ("Cải tiến kỹ thuật").
    QString initiativeKindName(EntryKind kind) const;

    Result<qint64> insertUnit(const Unit& unit); // inside the caller's transaction

private:
    Database& m_db;
};

} // namespace sangkien
