#pragma once

#include "document_layout.h"

#include <QString>

namespace sangkien {

// Sizes (points) of the heading, per documents.md.
constexpr qreal kHeaderSize = 13;
constexpr qreal kMottoSize = 14;
constexpr qreal kBodySize = 14;

// Rules sit this far below the descenders, clear of the dots under Vietnamese letters (Ệ, Ộ).
constexpr qreal kRuleGap = pt(4);

// A centred paragraph with balanced lines.
ParagraphFormat centred(qreal spaceAfter = 0);
// A horizontal rule of the given length centred on centreX.
void addRule(Page& page, qreal centreX, qreal y, qreal length);

// What the heading of an administrative document (Decree 30/2020, Appendix I) says.
struct DocumentHeading
{
    QString superiorBody; // written in capitals by the layout
    QString issuingBody;  // in bold capitals, a short rule under it
    QString numberLine;   // "Số: 125/QĐ-SKHCN"
    QString placeAndDate; // "Hưng Yên, ngày 05 tháng 02 năm 2025"
};

// The heading's two columns (shared by the PDF and the ODT): the left column's width and the national
// title's size, 13 pt, or 12 where 13 would not leave the issuing body one line.
struct HeaderColumns
{
    qreal leftWidth = 0;
    qreal nationalSize = 13;
};
HeaderColumns headingColumns(const DocumentHeading& heading, const FontBook& fonts, qreal bodyWidth);

// Places the heading at the top of the flow's page: the bodies left, the national title and motto right,
// then the number and the place and date on one baseline; the flow continues below.
void placeHeading(PageFlow& flow, const FontBook& fonts, const DocumentHeading& heading);

} // namespace sangkien
