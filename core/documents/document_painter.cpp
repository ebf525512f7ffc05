#include "document_painter.h"

#include "common/file_error.h"

#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <algorithm>
#include <cerrno>

namespace sangkien {

void DocumentPainter::paintPage(const Page& page, QPainter& painter, const FontBook& fonts)
{
    QPen pen(Qt::black);
    pen.setCapStyle(Qt::FlatCap);
    for (const PlacedLine& l : page.lines) {
        pen.setWidthF(l.width);
        painter.setPen(pen);
        painter.drawLine(l.line);
    }
    painter.setPen(Qt::black);
    const TextStyle* current = nullptr;
    for (const PlacedText& t : page.texts) {
        if (!current || !(*current == t.style)) {
            painter.setFont(fonts.font(t.style));
            current = &t.style;
        }
        painter.drawText(t.origin, t.text);
    }
    for (const PlacedGraphic& g : page.graphics) {
        if (!g.paint)
            continue;
        painter.save();
        g.paint(painter, g.rect);
        painter.restore();
    }
}

void DocumentPainter::paint(const PagedDocument& document, QPagedPaintDevice& device)
{
    // The paper of the layout (A4 portrait for decisions, the blank's size for certificates).
    const QSizeF size = document.geometry.size;
    const bool landscape = size.width() > size.height();
    const QSizeF portraitMm(toMm(std::min(size.width(), size.height())),
                            toMm(std::max(size.width(), size.height())));
    const QPageSize pageSize(portraitMm, QPageSize::Millimeter, QString(), QPageSize::FuzzyMatch);
    device.setPageLayout(QPageLayout(pageSize, landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                                     QMarginsF(0, 0, 0, 0)));
    QPainter painter(&device);
    if (!painter.isActive())
        return;
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    // Twips to device pixels, whatever the device's resolution.
    painter.scale(device.logicalDpiX() / kTwipsPerInch, device.logicalDpiY() / kTwipsPerInch);
    const FontBook fonts;
    for (qsizetype i = 0; i < document.pages.size(); ++i) {
        if (i > 0)
            device.newPage();
        paintPage(document.pages[i], painter, fonts);
    }
    painter.end();
}

Status DocumentPainter::writePdf(const PagedDocument& document, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return FileError::make(tr("Cannot write the file: %1"), path, errno, &file);
    {
        QPdfWriter writer(&file);
        writer.setResolution(int(kTwipsPerInch)); // one device pixel per twip: no scaling at all
        writer.setTitle(document.title);
        writer.setCreator(QStringLiteral("Sáng kiến"));
        paint(document, writer);
    }
    if (file.error() != QFileDevice::NoError || !file.commit())
        return FileError::make(tr("Cannot write the file: %1"), path, errno, &file);
    return {};
}

} // namespace sangkien
