#include "document_preview.h"

#include "documents/document_painter.h"

#include <QPageSize>
#include <algorithm>

namespace sangkien {

DocumentPreview::DocumentPreview(QPageLayout::Orientation orientation, std::function<void(QPrinter*)> paint,
                                 QWidget* parent)
    : detail::PrinterHolder()
    , QPrintPreviewDialog(&heldPrinter, parent)
{
    setObjectName(QStringLiteral("documentPreview"));
    heldPrinter.setPageSize(QPageSize(QPageSize::A4));
    heldPrinter.setPageOrientation(orientation);
    heldPrinter.setFullPage(true); // the layout holds Decree 30's margins; the printer adds none of its own
    connect(this, &QPrintPreviewDialog::paintRequested, this,
            [paint = std::move(paint)](QPrinter* printer) { paint(printer); });
    resize(980, 760);
}

DocumentPreview::DocumentPreview(const PagedDocument& document, const QString& title, QWidget* parent)
    : DocumentPreview(
          document.geometry.size.width() > document.geometry.size.height() ? QPageLayout::Landscape
                                                                           : QPageLayout::Portrait,
          [document](QPrinter* printer) { DocumentPainter::paint(document, *printer); }, parent)
{
    const QSizeF size = document.geometry.size;
    heldPrinter.setPageSize(QPageSize(
        QSizeF(toMm(std::min(size.width(), size.height())), toMm(std::max(size.width(), size.height()))),
        QPageSize::Millimeter));
    const QString name = title.isEmpty() ? document.title : title;
    heldPrinter.setDocName(name);
    setWindowTitle(name);
}

} // namespace sangkien
