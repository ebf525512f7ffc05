#include "document_table.h"

#include "document_painter.h"

namespace sangkien {

DocumentTable::DocumentTable(const FontBook& fonts, PageFlow& flow, qreal padXmm, qreal padYmm)
    : m_fonts(fonts)
    , m_flow(flow)
    , m_padX(mm(padXmm))
    , m_padY(mm(padYmm))
{}

qreal DocumentTable::width() const
{
    qreal total = 0;
    for (qreal w : m_columns)
        total += w;
    return total;
}

DocumentTable::Cell DocumentTable::cell(const QList<Span>& spans, qreal width, Align align,
                                        bool verticalCentre) const
{
    ParagraphFormat f;
    f.align = align;
    return {breakLines(m_fonts, spans, f, width - 2 * m_padX), verticalCentre};
}

DocumentTable::Row DocumentTable::row(QList<Cell> cells) const
{
    Row row{std::move(cells), 0};
    for (const Cell& c : row.cells)
        row.height = std::max(row.height, linesHeight(c.lines));
    row.height += 2 * m_padY;
    return row;
}

void DocumentTable::ensureRoom(qreal height, const Row& header, bool repeatHeader)
{
    if (m_flow.y() + height <= m_flow.body().bottom())
        return;
    m_flow.newPage();
    if (repeatHeader)
        place(header);
}

void DocumentTable::place(const Row& row)
{
    const QRectF body = m_flow.body();
    Page& page = m_flow.page();
    const qreal top = m_flow.y();
    const qreal bottom = top + row.height;
    qreal x = body.left();
    QList<qreal> edges = {x};
    for (qsizetype i = 0; i < row.cells.size(); ++i) {
        const qreal columnWidth = row.cells.size() == 1 ? width() : m_columns[i];
        const Cell& c = row.cells[i];
        const qreal y = c.verticalCentre ? top + (row.height - linesHeight(c.lines)) / 2 : top + m_padY;
        placeLines(page, c.lines, x + m_padX, y);
        x += columnWidth;
        edges.append(x);
    }
    page.lines.append({QLineF(body.left(), top, x, top), pt(0.6)});
    page.lines.append({QLineF(body.left(), bottom, x, bottom), pt(0.6)});
    for (qreal e : std::as_const(edges))
        page.lines.append({QLineF(e, top, e, bottom), pt(0.6)});
    m_flow.setY(bottom);
}

} // namespace sangkien
