#pragma once

#include "document_layout.h"

#include <QList>

namespace sangkien {

// A ruled table placed row by row on a PageFlow: each cell's text wrapped to its column, a row that does
// not fit moved to a new page with the header row repeated there. The decision's attached list and the
// council minutes' vote table are both drawn by it.
class DocumentTable
{
public:
    struct Cell
    {
        QList<TextLine> lines;
        bool verticalCentre = false;
    };
    struct Row
    {
        QList<Cell> cells; // one per column, or a single one spanning them all
        qreal height = 0;
    };

    // Cell padding in millimetres, across and down.
    DocumentTable(const FontBook& fonts, PageFlow& flow, qreal padXmm, qreal padYmm);

    void setColumns(QList<qreal> widths) { m_columns = std::move(widths); }
    const QList<qreal>& columns() const { return m_columns; }
    qreal width() const;
    qreal padX() const { return m_padX; }

    // The text wrapped inside a column of the given width.
    Cell cell(const QList<Span>& spans, qreal width, Align align, bool verticalCentre = false) const;
    // A row as tall as its tallest cell, padding included.
    Row row(QList<Cell> cells) const;

    // Moves to a new page unless height fits below; the header is placed again on the new page.
    void ensureRoom(qreal height, const Row& header, bool repeatHeader = true);
    // Draws the row's text and rules at the flow's position and moves below it.
    void place(const Row& row);

private:
    const FontBook& m_fonts;
    PageFlow& m_flow;
    qreal m_padX;
    qreal m_padY;
    QList<qreal> m_columns;
};

} // namespace sangkien
