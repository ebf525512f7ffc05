#pragma once

#include "domain/entry.h"
#include "models/entries_filter_model.h"

#include <QString>
#include <QVariantMap>
#include <optional>

namespace sangkien {

// The filter bar's choices; empty means "any".
struct EntryFacets
{
    std::optional<EntryStatus> status;
    QString categoryCode;
    std::optional<EntryKind> kind;
    QString unitKindCode;
    QString district;

    bool isEmpty() const
    {
        return !status && categoryCode.isEmpty() && !kind && unitKindCode.isEmpty() && district.isEmpty();
    }
    // Saved views keep facets as codes, so a renamed label never breaks one.
    QVariantMap toMap() const;
    static EntryFacets fromMap(const QVariantMap& map);
    bool operator==(const EntryFacets&) const = default;
};

// The entries table's proxy: the search of EntriesFilterModel plus the filter bar's facets, checked
// first because comparing a few small strings is cheaper than matching words.
class EntriesModel;

class FacetFilterModel : public EntriesFilterModel
{
    Q_OBJECT

public:
    explicit FacetFilterModel(QObject* parent = nullptr);

    void setSourceModel(QAbstractItemModel* model) override;
    void setFacets(const EntryFacets& facets);
    const EntryFacets& facets() const { return m_facets; }
    // The search (EntriesFilterModel::setSearchText: core's rule, ranked by relevance): every change
    // rebuilds the rows in one pass.
    void setSearch(const QString& text);
    QString search() const { return m_search; }

protected:
    bool acceptsRow(int sourceRow) const override;

private:
    const EntriesModel* m_source = nullptr;
    EntryFacets m_facets;
    QString m_search;
};

} // namespace sangkien
