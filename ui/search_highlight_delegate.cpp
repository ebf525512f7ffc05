#include "search_highlight_delegate.h"

#include "models/entries_filter_model.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>

namespace sangkien {

SearchHighlightDelegate::SearchHighlightDelegate(const EntriesFilterModel* filter, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_filter(filter)
{}

QColor SearchHighlightDelegate::highlightColor()
{
    return QColor(0xFF, 0xE0, 0x82);
}

QList<QTextLayout::FormatRange> SearchHighlightDelegate::highlights(const QString& text) const
{
    QList<QTextLayout::FormatRange> out;
    if (!m_filter || m_filter->searchQuery().isEmpty() || text.isEmpty())
        return out;
    for (const auto& [start, length] : m_filter->searchQuery().spans(text)) {
        QTextLayout::FormatRange r;
        r.start = int(start);
        r.length = int(length);
        r.format.setBackground(highlightColor());
        r.format.setForeground(QColor(0x20, 0x20, 0x20));
        out.append(r);
    }
    return out;
}

void SearchHighlightDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                    const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QList<QTextLayout::FormatRange> ranges = highlights(opt.text);
    if (ranges.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    // The cell without its text (background, selection, focus), then the text with its highlights.
    const QString text = opt.text;
    opt.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    const QRect rect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).adjusted(3, 0, -3, 0);

    QTextLayout layout(text, opt.font);
    QTextOption textOption;
    textOption.setWrapMode(QTextOption::NoWrap);
    layout.setTextOption(textOption);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    if (line.isValid())
        line.setLineWidth(1e6);
    layout.endLayout();
    const qreal y = rect.top() + (rect.height() - line.height()) / 2;

    painter->save();
    painter->setClipRect(rect);
    const bool selected = opt.state & QStyle::State_Selected;
    painter->setPen(
        opt.palette.color(QPalette::Normal, selected ? QPalette::HighlightedText : QPalette::Text));
    layout.draw(painter, QPointF(rect.left(), y), QList<QTextLayout::FormatRange>(ranges));
    painter->restore();
}

} // namespace sangkien
