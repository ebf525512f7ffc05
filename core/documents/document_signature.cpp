#include "document_signature.h"

#include "document_heading.h"
#include "document_wording.h"

#include <algorithm>

namespace sangkien {
namespace {

constexpr qreal kRecipientsTitleSize = 12;
constexpr qreal kRecipientsSize = 11;
constexpr qreal kSignatureSpace = 28; // mm for the signature and the seal

qreal leftWidth(const PageFlow& flow)
{
    return flow.body().width() * 0.45;
}

QList<TextLine> titleLines(const FontBook& fonts, const DocumentSignature& signature, qreal width)
{
    QList<TextLine> lines;
    for (const QString& t : signature.signerTitle)
        lines += breakLines(fonts, t, bold(kBodySize), centred(), width);
    return lines;
}

QList<TextLine> recipientsLines(const FontBook& fonts, const DocumentSignature& signature, qreal width)
{
    QList<TextLine> lines = breakLines(fonts, wording::recipientsTitle(), boldItalic(kRecipientsTitleSize),
                                       ParagraphFormat{}, width);
    for (const QString& r : signature.recipientLines)
        lines += breakLines(fonts, r, regular(kRecipientsSize), ParagraphFormat{}, width);
    return lines;
}

} // namespace

qreal signatureBlockHeight(const PageFlow& flow, const FontBook& fonts, const DocumentSignature& signature)
{
    const qreal rightWidth = flow.body().width() - leftWidth(flow);
    const qreal right = linesHeight(titleLines(fonts, signature, rightWidth)) + mm(kSignatureSpace) +
                        fonts.lineSpacing(bold(kBodySize));
    return std::max(right, linesHeight(recipientsLines(fonts, signature, leftWidth(flow))));
}

void placeSignatureBlock(PageFlow& flow, const FontBook& fonts, const DocumentSignature& signature)
{
    const QRectF body = flow.body();
    flow.advance(pt(kSignatureGap));
    flow.keepTogether(signatureBlockHeight(flow, fonts, signature));
    const qreal top = flow.y();
    const qreal left = leftWidth(flow);
    const qreal rightWidth = body.width() - left;
    Page& page = flow.page();
    const qreal leftBottom = placeLines(page, recipientsLines(fonts, signature, left), body.left(), top);
    qreal rightY = placeLines(page, titleLines(fonts, signature, rightWidth), body.left() + left, top);
    rightY += mm(kSignatureSpace);
    if (!signature.signerName.trimmed().isEmpty())
        rightY =
            placeLines(page, breakLines(fonts, signature.signerName, bold(kBodySize), centred(), rightWidth),
                       body.left() + left, rightY);
    flow.setY(std::max(leftBottom, rightY));
}

} // namespace sangkien
