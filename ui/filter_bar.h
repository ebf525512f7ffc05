#pragma once

#include "domain/content_category.h"
#include "domain/unit.h"
#include "facet_filter_model.h"

#include <QWidget>

class QComboBox;
class QPushButton;

namespace sangkien {

class AppSettings;

// The row above the entries table: status, category, kind, unit kind and district, and the saved views
// (a name for a search with its filters, kept in the user's settings).
class FilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit FilterBar(QWidget* parent = nullptr);

    // The settings that keep saved views (owned by the window).
    void setSettings(AppSettings* settings);
    // Fills the lists from the open campaign; the current choices stay when they still exist.
    void setChoices(const QList<ContentCategory>& categories, const QList<UnitKind>& unitKinds,
                    const QList<Unit>& units, const QStringList& kindNames);

    EntryFacets facets() const;
    void setFacets(const EntryFacets& facets);
    void clear();

    // Saves the current filters and search under name (replacing a view of that name).
    void saveView(const QString& name, const QString& search);
    // Applies a saved view: sets the facets and returns the view's search text.
    QString applyView(const QString& name);
    QStringList viewNames() const;
    void removeView(const QString& name);

    // The saved views' list and buttons, for the owner to place (beside the search field).
    QWidget* viewsWidget() const { return m_viewsWidget; }

signals:
    void facetsChanged(const EntryFacets& facets);
    // A saved view was chosen: the view wants this search text.
    void searchRequested(const QString& search);
    // The user asked to save the current view; the owner supplies the search text.
    void saveViewRequested();

private:
    void emitChanged();
    void rebuildViews();

    AppSettings* m_settings = nullptr;
    QComboBox* m_status;
    QComboBox* m_category;
    QComboBox* m_kind;
    QComboBox* m_unitKind;
    QComboBox* m_district;
    QWidget* m_viewsWidget;
    QComboBox* m_views;
    QPushButton* m_saveView;
    QPushButton* m_deleteView;
    QPushButton* m_clear;
    bool m_updating = false;
};

} // namespace sangkien
