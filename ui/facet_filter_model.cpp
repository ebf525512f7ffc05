#include "facet_filter_model.h"

#include "models/entries_model.h"
#include "text/vietnamese_text.h"

namespace sangkien {

QVariantMap EntryFacets::toMap() const
{
    QVariantMap map;
    if (status)
        map.insert(QStringLiteral("status"), entryStatusCode(*status));
    if (!categoryCode.isEmpty())
        map.insert(QStringLiteral("category"), categoryCode);
    if (kind)
        map.insert(QStringLiteral("kind"), entryKindCode(*kind));
    if (!unitKindCode.isEmpty())
        map.insert(QStringLiteral("unitKind"), unitKindCode);
    if (!district.isEmpty())
        map.insert(QStringLiteral("district"), district);
    return map;
}

EntryFacets EntryFacets::fromMap(const QVariantMap& map)
{
    EntryFacets f;
    f.status = entryStatusFromCode(map.value(QStringLiteral("status")).toString());
    f.categoryCode = map.value(QStringLiteral("category")).toString();
    f.kind = entryKindFromCode(map.value(QStringLiteral("kind")).toString());
    f.unitKindCode = map.value(QStringLiteral("unitKind")).toString();
    f.district = map.value(QStringLiteral("district")).toString();
    return f;
}

FacetFilterModel::FacetFilterModel(QObject* parent)
    : EntriesFilterModel(parent)
{}

void FacetFilterModel::setSourceModel(QAbstractItemModel* model)
{
    m_source = qobject_cast<const EntriesModel*>(model); // once, not per row
    EntriesFilterModel::setSourceModel(model);
}

void FacetFilterModel::setFacets(const EntryFacets& facets)
{
    if (facets == m_facets)
        return;
    m_facets = facets;
    invalidate(); // one rebuild, never row-by-row removal (see setSearch)
}

void FacetFilterModel::setSearch(const QString& text)
{
    m_search = text;
    setSearchText(text); // the rule of core: one rebuild per change, "duc " filters as "duc"
}

bool FacetFilterModel::acceptsRow(int sourceRow) const
{
    if (m_facets.isEmpty() || !m_source)
        return true;
    const EntrySummary& e = m_source->entryAt(sourceRow);
    if (m_facets.status && e.status != *m_facets.status)
        return false;
    if (m_facets.kind && e.kind != *m_facets.kind)
        return false;
    if (!m_facets.categoryCode.isEmpty() && e.categoryCode != m_facets.categoryCode)
        return false;
    if (!m_facets.unitKindCode.isEmpty() && e.unitKindCode != m_facets.unitKindCode)
        return false;
    if (!m_facets.district.isEmpty() && e.district != m_facets.district)
        return false;
    return true;
}

} // namespace sangkien
