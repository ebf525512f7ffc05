#pragma once

#include <QList>
#include <QStyledItemDelegate>
#include <QTextLayout>

namespace sangkien {

class EntriesFilterModel;

// Paints the entries table's cells with the text the search matched highlighted (text::SearchQuery::spans:
// the same rule that found the row), so the clerk sees why each row is there. Only the cells on screen are
// looked at: typing stays as fast with highlighting as without.
class SearchHighlightDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit SearchHighlightDelegate(const EntriesFilterModel* filter, QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;

    // The highlighted stretches of a cell's text under the current search (empty: none).
    QList<QTextLayout::FormatRange> highlights(const QString& text) const;
    static QColor highlightColor();

private:
    const EntriesFilterModel* m_filter;
};

} // namespace sangkien
