#pragma once

#include "document_layout.h"

#include <QString>
#include <QStringList>

namespace sangkien {

// The foot of an administrative document (Decree 30/2020, Appendix I): "Nơi nhận:" and its lines bottom
// left; bottom right the signer's title lines, the space for the signature and the seal, and the name.
struct DocumentSignature
{
    QStringList recipientLines; // each as printed: "- UBND tỉnh (để b/c);"
    QStringList signerTitle;    // "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"
    QString signerName;         // left blank when empty
};

// The space between the body and the block, in points.
constexpr qreal kSignatureGap = 6;

// The block's height on the flow's page width (to keep the last paragraph with it).
qreal signatureBlockHeight(const PageFlow& flow, const FontBook& fonts, const DocumentSignature& signature);
// Places the block below the body, on a new page when it does not fit whole; the flow continues below it.
void placeSignatureBlock(PageFlow& flow, const FontBook& fonts, const DocumentSignature& signature);

} // namespace sangkien
