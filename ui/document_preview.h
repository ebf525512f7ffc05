#pragma once

#include <QPageLayout>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <functional>

namespace sangkien {

struct PagedDocument;

namespace detail {
// The printer outlives the preview that paints on it: a base constructed before the dialog and destroyed
// after it.
struct PrinterHolder
{
    QPrinter heldPrinter{QPrinter::HighResolution};
};
} // namespace detail

// The print preview of the program's documents (the decision, the council's papers, the minutes): A4 in
// the document's orientation, full page (the layout holds the margins), its printer button prints.
class DocumentPreview : private detail::PrinterHolder, public QPrintPreviewDialog
{

public:
    // paint draws every page onto the printer or the preview's device.
    DocumentPreview(QPageLayout::Orientation orientation, std::function<void(QPrinter*)> paint,
                    QWidget* parent = nullptr);
    // A laid-out document on its own paper (A4, or a certificate blank's size), painted as the PDF is;
    // title names the window and the print job (the document's own title when empty).
    DocumentPreview(const PagedDocument& document, const QString& title, QWidget* parent = nullptr);
};

} // namespace sangkien
