#include "document_heading.h"

#include "document_wording.h"

#include <algorithm>

namespace sangkien {

ParagraphFormat centred(qreal spaceAfter)
{
    ParagraphFormat f;
    f.align = Align::Center;
    f.spaceAfter = spaceAfter;
    f.balance = true;
    return f;
}

void addRule(Page& page, qreal centreX, qreal y, qreal length)
{
    page.lines.append({QLineF(centreX - length / 2, y, centreX + length / 2, y), pt(0.6)});
}

HeaderColumns headingColumns(const DocumentHeading& heading, const FontBook& fonts, qreal bodyWidth)
{
    // Each column as wide as its widest line, the spare width shared between them. Where both do not
    // fit on one line each, the national title takes the smaller allowed size (12), and then the
    // issuing body wraps.
    const qreal gutter = mm(3);
    const qreal leftNeed = std::max({fonts.advance(regular(kHeaderSize), heading.superiorBody.toUpper()),
                                     fonts.advance(bold(kHeaderSize), heading.issuingBody.toUpper()),
                                     fonts.advance(regular(kHeaderSize), heading.numberLine)}) +
                           gutter;
    HeaderColumns columns;
    auto rightNeed = [&] {
        return std::max({fonts.advance(bold(columns.nationalSize), wording::nationalTitle()),
                         fonts.advance(bold(kMottoSize), wording::motto()),
                         fonts.advance(italic(kBodySize), heading.placeAndDate)}) +
               gutter;
    };
    if (leftNeed + rightNeed() > bodyWidth)
        columns.nationalSize = 12;
    const qreal spare = bodyWidth - leftNeed - rightNeed();
    const qreal rightWidth = spare >= 0 ? rightNeed() + spare / 2 : std::min(rightNeed(), bodyWidth - mm(55));
    columns.leftWidth = bodyWidth - rightWidth;
    return columns;
}

void placeHeading(PageFlow& flow, const FontBook& fonts, const DocumentHeading& heading)
{
    const QRectF body = flow.body();
    const HeaderColumns columns = headingColumns(heading, fonts, body.width());
    const qreal leftWidth = columns.leftWidth;
    const qreal rightWidth = body.width() - leftWidth;
    const qreal leftX = body.left();
    const qreal rightX = body.left() + leftWidth;
    const qreal top = flow.y();
    Page& page = flow.page();

    // Left: superior body, issuing body with a short rule (1/3 to 1/2 of its line).
    const auto superiorLines =
        breakLines(fonts, heading.superiorBody.toUpper(), regular(kHeaderSize), centred(), leftWidth);
    const auto issuingLines =
        breakLines(fonts, heading.issuingBody.toUpper(), bold(kHeaderSize), centred(), leftWidth);
    qreal leftY = placeLines(page, superiorLines, leftX, top);
    leftY = placeLines(page, issuingLines, leftX, leftY);
    const qreal leftRuleY = leftY - issuingLines.last().height + issuingLines.last().ascent +
                            issuingLines.last().descent + kRuleGap;
    addRule(page, leftX + leftWidth / 2, leftRuleY, std::max(mm(18), widestLine(issuingLines) * 0.4));

    // Right: national title, motto with a rule as long as the text.
    const auto nationalLines =
        breakLines(fonts, wording::nationalTitle(), bold(columns.nationalSize), centred(), rightWidth);
    const auto mottoLines = breakLines(fonts, wording::motto(), bold(kMottoSize), centred(), rightWidth);
    qreal rightY = placeLines(page, nationalLines, rightX, top);
    rightY = placeLines(page, mottoLines, rightX, rightY);
    const qreal rightRuleY =
        rightY - mottoLines.last().height + mottoLines.last().ascent + mottoLines.last().descent + kRuleGap;
    addRule(page, rightX + rightWidth / 2, rightRuleY, widestLine(mottoLines));

    // Row 3: number left, place and date right, on one baseline.
    const auto numberLines =
        breakLines(fonts, heading.numberLine, regular(kHeaderSize), centred(), leftWidth);
    const auto dateLines = breakLines(fonts, heading.placeAndDate, italic(kBodySize), centred(), rightWidth);
    const qreal rowTop = std::max(leftRuleY, rightRuleY) + pt(9);
    const qreal baseline = rowTop + std::max(numberLines.first().ascent, dateLines.first().ascent);
    const qreal numberBottom = placeLines(page, numberLines, leftX, baseline - numberLines.first().ascent);
    const qreal dateBottom = placeLines(page, dateLines, rightX, baseline - dateLines.first().ascent);
    flow.setY(std::max(numberBottom, dateBottom) + pt(18));
}

} // namespace sangkien
