#include "filter_bar.h"

#include "app_settings.h"
#include "domain/entry_workflow.h"
#include "text/vietnamese_text.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <algorithm>

namespace sangkien {

namespace {

QComboBox* makeBox(QWidget* parent, const QString& name, const QString& any)
{
    auto* box = new QComboBox(parent);
    box->setObjectName(name);
    box->addItem(any, QVariant());
    // Narrow windows (a 1366-pixel laptop with the history open) still fit the whole bar.
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setMinimumContentsLength(12);
    return box;
}

// Re-selects data after a list was refilled, falling back to "any".
void selectData(QComboBox* box, const QVariant& data)
{
    const int i = data.isValid() ? box->findData(data) : 0;
    box->setCurrentIndex(i < 0 ? 0 : i);
}

} // namespace

FilterBar::FilterBar(QWidget* parent)
    : QWidget(parent)
    , m_status(makeBox(this, QStringLiteral("statusFilter"), tr("All statuses")))
    , m_category(makeBox(this, QStringLiteral("categoryFilter"), tr("All categories")))
    , m_kind(makeBox(this, QStringLiteral("kindFilter"), tr("All kinds")))
    , m_unitKind(makeBox(this, QStringLiteral("unitKindFilter"), tr("All unit kinds")))
    , m_district(makeBox(this, QStringLiteral("districtFilter"), tr("All districts")))
    , m_viewsWidget(new QWidget(this))
    , m_views(makeBox(m_viewsWidget, QStringLiteral("savedViews"), tr("Saved views…")))
    , m_saveView(new QPushButton(tr("Save view"), m_viewsWidget))
    , m_deleteView(new QPushButton(tr("Delete view"), m_viewsWidget))
    , m_clear(new QPushButton(tr("Clear filters"), this))
{
    m_saveView->setToolTip(tr("Save the search and filters as a named view"));
    m_deleteView->setToolTip(tr("Delete the chosen saved view"));
    for (int s = 0; s <= int(EntryStatus::NotAwarded); ++s)
        m_status->addItem(EntryWorkflow::displayName(EntryStatus(s)), entryStatusCode(EntryStatus(s)));
    m_status->setAccessibleName(tr("Filter by status"));
    m_category->setAccessibleName(tr("Filter by category"));
    m_kind->setAccessibleName(tr("Filter by kind"));
    m_unitKind->setAccessibleName(tr("Filter by unit kind"));
    m_district->setAccessibleName(tr("Filter by district"));
    m_views->setAccessibleName(tr("Saved views"));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* label = new QLabel(tr("Fi&lter:"), this);
    label->setBuddy(m_status);
    layout->addWidget(label);
    for (QComboBox* box : {m_status, m_category, m_kind, m_unitKind, m_district}) {
        layout->addWidget(box);
        connect(box, &QComboBox::currentIndexChanged, this, &FilterBar::emitChanged);
    }
    layout->addWidget(m_clear);
    layout->addStretch();
    m_viewsWidget->setObjectName(QStringLiteral("savedViewsRow"));
    auto* views = new QHBoxLayout(m_viewsWidget);
    views->setContentsMargins(0, 0, 0, 0);
    views->addWidget(m_views);
    views->addWidget(m_saveView);
    views->addWidget(m_deleteView);

    connect(m_clear, &QPushButton::clicked, this, &FilterBar::clear);
    connect(m_saveView, &QPushButton::clicked, this, &FilterBar::saveViewRequested);
    connect(m_deleteView, &QPushButton::clicked, this, [this] {
        if (m_views->currentIndex() > 0)
            removeView(m_views->currentText());
    });
    connect(m_views, &QComboBox::activated, this, [this](int index) {
        if (index > 0)
            emit searchRequested(applyView(m_views->itemText(index)));
    });
    m_deleteView->setEnabled(false);
    connect(m_views, &QComboBox::currentIndexChanged, this,
            [this](int index) { m_deleteView->setEnabled(index > 0); });
}

void FilterBar::setSettings(AppSettings* settings)
{
    m_settings = settings;
    rebuildViews();
}

void FilterBar::setChoices(const QList<ContentCategory>& categories, const QList<UnitKind>& unitKinds,
                           const QList<Unit>& units, const QStringList& kindNames)
{
    const EntryFacets before = facets();
    m_updating = true;
    m_category->clear();
    m_category->addItem(tr("All categories"), QVariant());
    for (const ContentCategory& c : categories) {
        m_category->addItem(c.code, c.code);
        m_category->setItemData(m_category->count() - 1, c.title, Qt::ToolTipRole);
    }
    m_kind->clear();
    m_kind->addItem(tr("All kinds"), QVariant());
    int k = 0;
    for (EntryKind kind : {EntryKind::Initiative, EntryKind::TechnicalImprovement, EntryKind::UsefulSolution})
        m_kind->addItem(kindNames.value(k++, entryKindCode(kind)), entryKindCode(kind));
    m_unitKind->clear();
    m_unitKind->addItem(tr("All unit kinds"), QVariant());
    for (const UnitKind& k : unitKinds)
        m_unitKind->addItem(k.name, k.code);
    QStringList districts;
    for (const Unit& u : units)
        if (!u.district.isEmpty() && !districts.contains(u.district))
            districts << u.district;
    std::sort(districts.begin(), districts.end(),
              [](const QString& a, const QString& b) { return text::compareVietnamese(a, b) < 0; });
    m_district->clear();
    m_district->addItem(tr("All districts"), QVariant());
    for (const QString& d : districts)
        m_district->addItem(d, d);
    m_updating = false;
    setFacets(before);
}

EntryFacets FilterBar::facets() const
{
    EntryFacets f;
    f.status = entryStatusFromCode(m_status->currentData().toString());
    f.categoryCode = m_category->currentData().toString();
    f.kind = entryKindFromCode(m_kind->currentData().toString());
    f.unitKindCode = m_unitKind->currentData().toString();
    f.district = m_district->currentData().toString();
    return f;
}

void FilterBar::setFacets(const EntryFacets& f)
{
    m_updating = true;
    selectData(m_status, f.status ? QVariant(entryStatusCode(*f.status)) : QVariant());
    selectData(m_category, f.categoryCode.isEmpty() ? QVariant() : QVariant(f.categoryCode));
    selectData(m_kind, f.kind ? QVariant(entryKindCode(*f.kind)) : QVariant());
    selectData(m_unitKind, f.unitKindCode.isEmpty() ? QVariant() : QVariant(f.unitKindCode));
    selectData(m_district, f.district.isEmpty() ? QVariant() : QVariant(f.district));
    m_updating = false;
    emitChanged();
}

void FilterBar::clear()
{
    setFacets({});
}

void FilterBar::emitChanged()
{
    if (m_updating)
        return;
    const EntryFacets f = facets();
    m_clear->setEnabled(!f.isEmpty());
    emit facetsChanged(f);
}

QStringList FilterBar::viewNames() const
{
    if (!m_settings)
        return {};
    QStringList names = m_settings->savedViews().keys();
    std::sort(names.begin(), names.end(),
              [](const QString& a, const QString& b) { return text::compareVietnamese(a, b) < 0; });
    return names;
}

void FilterBar::saveView(const QString& name, const QString& search)
{
    if (!m_settings || name.trimmed().isEmpty())
        return;
    QVariantMap views = m_settings->savedViews();
    QVariantMap view = facets().toMap();
    view.insert(QStringLiteral("search"), search);
    views.insert(name.trimmed(), view);
    m_settings->setSavedViews(views);
    rebuildViews();
    m_views->setCurrentIndex(m_views->findText(name.trimmed()));
}

QString FilterBar::applyView(const QString& name)
{
    if (!m_settings)
        return {};
    const QVariantMap view = m_settings->savedViews().value(name).toMap();
    setFacets(EntryFacets::fromMap(view));
    return view.value(QStringLiteral("search")).toString();
}

void FilterBar::removeView(const QString& name)
{
    if (!m_settings)
        return;
    QVariantMap views = m_settings->savedViews();
    views.remove(name);
    m_settings->setSavedViews(views);
    rebuildViews();
}

void FilterBar::rebuildViews()
{
    m_views->clear();
    m_views->addItem(tr("Saved views…"), QVariant());
    for (const QString& name : viewNames())
        m_views->addItem(name, name);
}

} // namespace sangkien
