#pragma once

#include "common/result.h"
#include "document_layout.h"

#include <QCoreApplication>
#include <QString>

class QPagedPaintDevice;
class QPainter;

namespace sangkien {

// Draws laid-out pages. The device is set to A4 portrait with no margins of its own (the layout holds
// the Decree 30 margins); a QPrinter should be in full-page mode so its origin is the paper's corner.
class DocumentPainter
{
    Q_DECLARE_TR_FUNCTIONS(DocumentPainter)

public:
    static void paint(const PagedDocument& document, QPagedPaintDevice& device);
    // One page onto an open painter whose coordinates are twips from the page's top-left corner.
    static void paintPage(const Page& page, QPainter& painter, const FontBook& fonts);

    // Writes the pages as a PDF through a temporary file renamed at the end: a failure leaves no
    // half-written file behind.
    static Status writePdf(const PagedDocument& document, const QString& path);
};

} // namespace sangkien
