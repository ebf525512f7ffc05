#include "unit_completer.h"

#include "text/vietnamese_text.h"

#include <QAbstractItemView>
#include <QFocusEvent>
#include <QLineEdit>
#include <QStandardItemModel>

namespace sangkien {

UnitFilterModel::UnitFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{}

void UnitFilterModel::setQuery(const QString& query)
{
    const QString key = text::searchKey(query);
    if (key == m_queryKey)
        return;
    m_queryKey = key;
    invalidateFilter();
}

bool UnitFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_queryKey.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return text::keyMatches(index.data(SearchKeyRole).toString(), m_queryKey);
}

UnitCompleter::UnitCompleter(QLineEdit* edit)
    : QCompleter(edit)
    , m_edit(edit)
    , m_source(new QStandardItemModel(this))
    , m_filter(new UnitFilterModel(this))
{
    m_filter->setSourceModel(m_source);
    m_filter->setSortLocaleAware(true);
    setModel(m_filter);
    // Our proxy does the filtering; the completer only shows what is left.
    setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    setCaseSensitivity(Qt::CaseInsensitive);
    setMaxVisibleItems(12);
    setWidget(edit);
    connect(edit, &QLineEdit::textEdited, this, &UnitCompleter::onEdited);
    connect(edit, &QLineEdit::editingFinished, this, &UnitCompleter::onEditingFinished);
    connect(this, qOverload<const QString&>(&QCompleter::activated), edit, &QLineEdit::setText);
    edit->installEventFilter(this);
}

bool UnitCompleter::eventFilter(QObject* watched, QEvent* event)
{
    // Leaving with Tab while the list is open loses no keystroke: the text still settles to its unit.
    if (watched == m_edit && event->type() == QEvent::FocusOut &&
        static_cast<QFocusEvent*>(event)->reason() != Qt::PopupFocusReason) {
        popup()->hide();
        onEditingFinished();
    }
    return QCompleter::eventFilter(watched, event);
}

void UnitCompleter::setUnits(const QList<Unit>& units)
{
    m_units = units;
    m_keys.clear();
    m_source->clear();
    for (const Unit& u : units) {
        const QString key = text::searchKey(u.name);
        m_keys.append(key);
        auto* item = new QStandardItem(u.name);
        item->setData(key, UnitFilterModel::SearchKeyRole);
        item->setData(u.id, UnitFilterModel::UnitIdRole);
        item->setToolTip(u.district);
        item->setEditable(false);
        m_source->appendRow(item);
    }
    m_filter->sort(0);
}

int UnitCompleter::matchCount(const QString& text) const
{
    const QString key = text::searchKey(text);
    if (key.isEmpty())
        return 0;
    int n = 0;
    for (const QString& k : m_keys)
        if (text::keyMatches(k, key))
            ++n;
    return n;
}

qint64 UnitCompleter::unitIdFor(const QString& text) const
{
    const QString key = text::searchKey(text);
    if (key.isEmpty())
        return 0;
    qint64 only = 0;
    int matches = 0;
    for (qsizetype i = 0; i < m_keys.size(); ++i) {
        if (m_keys.at(i) == key)
            return m_units.at(i).id;
        if (text::keyMatches(m_keys.at(i), key)) {
            ++matches;
            only = m_units.at(i).id;
        }
    }
    return matches == 1 ? only : 0;
}

QString UnitCompleter::unitName(qint64 unitId) const
{
    for (const Unit& u : m_units)
        if (u.id == unitId)
            return u.name;
    return {};
}

void UnitCompleter::onEdited(const QString& text)
{
    m_filter->setQuery(text);
    if (text.trimmed().isEmpty() || !m_edit->hasFocus()) {
        popup()->hide();
        return;
    }
    complete();
}

void UnitCompleter::onEditingFinished()
{
    // Leaving the field with "so y te" written settles it to the unit's proper name.
    if (const qint64 id = unitIdFor(m_edit->text()); id) {
        const QString name = unitName(id);
        if (name != m_edit->text())
            m_edit->setText(name);
    }
}

} // namespace sangkien
