#include "paged_odt.h"

#include "document_painter.h"
#include "odt_package.h"

#include <QBuffer>
#include <QFileInfo>
#include <QHash>
#include <QImage>
#include <QPainter>
#include <QXmlStreamWriter>

namespace sangkien {

namespace {

QString mmText(qreal twips)
{
    return QString::number(toMm(twips), 'f', 2) + QStringLiteral("mm");
}

// Writer draws a frame's text with its own metrics: room on the right keeps every run on one line (the
// frames are transparent and let each other through, so the room costs nothing).
constexpr qreal kWidthSlack = 1.15;
const qreal kExtraWidth = mm(3);

// ODF collapses runs of spaces in text: the spaces after the first are written as <text:s/>, as the
// blank left for the number in "Số:      /BB-HĐSK".
void writeKeepingSpaces(QXmlStreamWriter& x, const QString& text)
{
    qsizetype i = 0;
    while (i < text.size()) {
        qsizetype j = text.indexOf(QStringLiteral("  "), i);
        if (j < 0) {
            x.writeCharacters(text.mid(i));
            return;
        }
        x.writeCharacters(text.mid(i, j + 1 - i));
        qsizetype k = j + 1;
        while (k < text.size() && text.at(k) == QLatin1Char(' '))
            ++k;
        x.writeEmptyElement(QStringLiteral("text:s"));
        x.writeAttribute(QStringLiteral("text:c"), QString::number(k - j - 1));
        i = k;
    }
}

class PagedContent
{
public:
    explicit PagedContent(const PagedDocument& document)
        : m_document(document)
    {
        for (const Page& page : document.pages) {
            for (const PlacedText& run : page.texts)
                if (!m_textStyles.contains(run.style))
                    m_textStyles.insert(run.style, int(m_textStyles.size()) + 1);
            for (const PlacedLine& line : page.lines)
                if (!m_lineStyles.contains(line.width))
                    m_lineStyles.insert(line.width, int(m_lineStyles.size()) + 1);
        }
    }

    QByteArray content()
    {
        QByteArray out;
        QXmlStreamWriter x(&out);
        x.writeStartDocument();
        x.writeStartElement(QStringLiteral("office:document-content"));
        odt::writeNamespaces(x);
        writeAutomaticStyles(x);
        x.writeStartElement(QStringLiteral("office:body"));
        x.writeStartElement(QStringLiteral("office:text"));
        int z = 0;
        for (int p = 0; p < m_document.pages.size(); ++p)
            writePage(x, m_document.pages.at(p), p + 1, z);
        // One empty paragraph per page gives Writer its pages; the frames are anchored to them by number.
        for (int p = 0; p < m_document.pages.size(); ++p) {
            x.writeEmptyElement(QStringLiteral("text:p"));
            x.writeAttribute(QStringLiteral("text:style-name"),
                             p == 0 ? QStringLiteral("SkPage") : QStringLiteral("SkNextPage"));
        }
        x.writeEndElement();
        x.writeEndElement();
        x.writeEndElement();
        x.writeEndDocument();
        return out;
    }

    QByteArray styles() const
    {
        const PageGeometry& g = m_document.geometry;
        QByteArray out;
        QXmlStreamWriter x(&out);
        x.writeStartDocument();
        x.writeStartElement(QStringLiteral("office:document-styles"));
        odt::writeNamespaces(x);
        x.writeStartElement(QStringLiteral("office:font-face-decls"));
        x.writeEmptyElement(QStringLiteral("style:font-face"));
        x.writeAttribute(QStringLiteral("style:name"), FontBook::family());
        x.writeAttribute(QStringLiteral("svg:font-family"), QStringLiteral("'%1'").arg(FontBook::family()));
        x.writeEndElement();
        x.writeStartElement(QStringLiteral("office:automatic-styles"));
        x.writeStartElement(QStringLiteral("style:page-layout"));
        x.writeAttribute(QStringLiteral("style:name"), QStringLiteral("SkPaper"));
        x.writeEmptyElement(QStringLiteral("style:page-layout-properties"));
        // No margins of Writer's own: the layout's frames are placed from the paper's corner.
        x.writeAttribute(QStringLiteral("fo:page-width"), mmText(g.size.width()));
        x.writeAttribute(QStringLiteral("fo:page-height"), mmText(g.size.height()));
        x.writeAttribute(QStringLiteral("style:print-orientation"), g.size.width() > g.size.height()
                                                                        ? QStringLiteral("landscape")
                                                                        : QStringLiteral("portrait"));
        for (const char* side : {"fo:margin-top", "fo:margin-bottom", "fo:margin-left", "fo:margin-right"})
            x.writeAttribute(QString::fromLatin1(side), QStringLiteral("0mm"));
        x.writeEndElement();
        x.writeEndElement();
        x.writeStartElement(QStringLiteral("office:master-styles"));
        x.writeEmptyElement(QStringLiteral("style:master-page"));
        x.writeAttribute(QStringLiteral("style:name"), QStringLiteral("Standard"));
        x.writeAttribute(QStringLiteral("style:page-layout-name"), QStringLiteral("SkPaper"));
        x.writeEndElement();
        x.writeEndElement();
        x.writeEndDocument();
        return out;
    }

private:
    void writeAutomaticStyles(QXmlStreamWriter& x)
    {
        x.writeStartElement(QStringLiteral("office:automatic-styles"));
        // The frames: no border, no padding, nothing pushed aside, placed from the paper's corner.
        x.writeStartElement(QStringLiteral("style:style"));
        x.writeAttribute(QStringLiteral("style:name"), QStringLiteral("SkFrame"));
        x.writeAttribute(QStringLiteral("style:family"), QStringLiteral("graphic"));
        x.writeEmptyElement(QStringLiteral("style:graphic-properties"));
        x.writeAttribute(QStringLiteral("style:wrap"), QStringLiteral("run-through"));
        x.writeAttribute(QStringLiteral("style:run-through"), QStringLiteral("foreground"));
        x.writeAttribute(QStringLiteral("fo:padding"), QStringLiteral("0mm"));
        x.writeAttribute(QStringLiteral("fo:border"), QStringLiteral("none"));
        x.writeAttribute(QStringLiteral("draw:stroke"), QStringLiteral("none"));
        x.writeAttribute(QStringLiteral("draw:fill"), QStringLiteral("none"));
        x.writeAttribute(QStringLiteral("draw:auto-grow-height"), QStringLiteral("true"));
        x.writeAttribute(QStringLiteral("style:shadow"), QStringLiteral("none"));
        x.writeAttribute(QStringLiteral("style:vertical-pos"), QStringLiteral("from-top"));
        x.writeAttribute(QStringLiteral("style:vertical-rel"), QStringLiteral("page"));
        x.writeAttribute(QStringLiteral("style:horizontal-pos"), QStringLiteral("from-left"));
        x.writeAttribute(QStringLiteral("style:horizontal-rel"), QStringLiteral("page"));
        x.writeEndElement();
        for (auto it = m_lineStyles.cbegin(); it != m_lineStyles.cend(); ++it) {
            x.writeStartElement(QStringLiteral("style:style"));
            x.writeAttribute(QStringLiteral("style:name"), QStringLiteral("SkRule%1").arg(it.value()));
            x.writeAttribute(QStringLiteral("style:family"), QStringLiteral("graphic"));
            x.writeEmptyElement(QStringLiteral("style:graphic-properties"));
            x.writeAttribute(QStringLiteral("draw:stroke"), QStringLiteral("solid"));
            x.writeAttribute(QStringLiteral("svg:stroke-width"), mmText(it.key()));
            x.writeAttribute(QStringLiteral("svg:stroke-color"), QStringLiteral("#000000"));
            x.writeAttribute(QStringLiteral("style:wrap"), QStringLiteral("run-through"));
            x.writeAttribute(QStringLiteral("style:run-through"), QStringLiteral("foreground"));
            x.writeEndElement();
        }
        for (auto it = m_textStyles.cbegin(); it != m_textStyles.cend(); ++it) {
            const TextStyle& s = it.key();
            x.writeStartElement(QStringLiteral("style:style"));
            x.writeAttribute(QStringLiteral("style:name"), QStringLiteral("SkText%1").arg(it.value()));
            x.writeAttribute(QStringLiteral("style:family"), QStringLiteral("paragraph"));
            x.writeEmptyElement(QStringLiteral("style:paragraph-properties"));
            x.writeAttribute(QStringLiteral("fo:margin-top"), QStringLiteral("0mm"));
            x.writeAttribute(QStringLiteral("fo:margin-bottom"), QStringLiteral("0mm"));
            x.writeAttribute(QStringLiteral("fo:line-height"), QStringLiteral("100%"));
            odt::writeTextProperties(x, FontBook::family(), s.size, s.bold, s.italic);
            x.writeEndElement();
        }
        for (const bool next : {false, true}) {
            x.writeStartElement(QStringLiteral("style:style"));
            x.writeAttribute(QStringLiteral("style:name"),
                             next ? QStringLiteral("SkNextPage") : QStringLiteral("SkPage"));
            x.writeAttribute(QStringLiteral("style:family"), QStringLiteral("paragraph"));
            x.writeEmptyElement(QStringLiteral("style:paragraph-properties"));
            if (next)
                x.writeAttribute(QStringLiteral("fo:break-before"), QStringLiteral("page"));
            x.writeEmptyElement(QStringLiteral("style:text-properties"));
            x.writeAttribute(QStringLiteral("fo:font-size"), QStringLiteral("1pt"));
            x.writeEndElement();
        }
        x.writeEndElement();
    }

    void anchor(QXmlStreamWriter& x, int pageNumber, int& z)
    {
        x.writeAttribute(QStringLiteral("text:anchor-type"), QStringLiteral("page"));
        x.writeAttribute(QStringLiteral("text:anchor-page-number"), QString::number(pageNumber));
        x.writeAttribute(QStringLiteral("draw:z-index"), QString::number(z++));
    }

    void writePage(QXmlStreamWriter& x, const Page& page, int pageNumber, int& z)
    {
        for (const PlacedText& run : page.texts) {
            if (run.text.trimmed().isEmpty())
                continue;
            const qreal ascent = m_fonts.ascent(run.style);
            const qreal height = (ascent + m_fonts.descent(run.style)) * 1.2;
            const qreal width =
                std::max(run.width, m_fonts.advance(run.style, run.text)) * kWidthSlack + kExtraWidth;
            x.writeStartElement(QStringLiteral("draw:frame"));
            x.writeAttribute(QStringLiteral("draw:style-name"), QStringLiteral("SkFrame"));
            anchor(x, pageNumber, z);
            x.writeAttribute(QStringLiteral("svg:x"), mmText(run.origin.x()));
            x.writeAttribute(QStringLiteral("svg:y"), mmText(run.origin.y() - ascent));
            x.writeAttribute(QStringLiteral("svg:width"), mmText(width));
            x.writeStartElement(QStringLiteral("draw:text-box"));
            x.writeAttribute(QStringLiteral("fo:min-height"), mmText(height));
            x.writeStartElement(QStringLiteral("text:p"));
            x.writeAttribute(QStringLiteral("text:style-name"),
                             QStringLiteral("SkText%1").arg(m_textStyles.value(run.style)));
            writeKeepingSpaces(x, run.text);
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndElement();
        }
        for (const PlacedLine& rule : page.lines) {
            x.writeEmptyElement(QStringLiteral("draw:line"));
            x.writeAttribute(QStringLiteral("draw:style-name"),
                             QStringLiteral("SkRule%1").arg(m_lineStyles.value(rule.width)));
            anchor(x, pageNumber, z);
            x.writeAttribute(QStringLiteral("svg:x1"), mmText(rule.line.x1()));
            x.writeAttribute(QStringLiteral("svg:y1"), mmText(rule.line.y1()));
            x.writeAttribute(QStringLiteral("svg:x2"), mmText(rule.line.x2()));
            x.writeAttribute(QStringLiteral("svg:y2"), mmText(rule.line.y2()));
        }
        for (const PlacedGraphic& graphic : page.graphics)
            if (graphic.paint)
                writeGraphic(x, graphic, pageNumber, z);
    }

    // A graphic as a PNG at 300 dpi, framed where the PDF paints it.
    void writeGraphic(QXmlStreamWriter& x, const PlacedGraphic& graphic, int pageNumber, int& z)
    {
        constexpr qreal kDpi = 300;
        const qreal perTwip = kDpi / kTwipsPerInch;
        const QSize size(qMax(1, qRound(graphic.rect.width() * perTwip)),
                         qMax(1, qRound(graphic.rect.height() * perTwip)));
        QImage image(size, QImage::Format_RGB32);
        image.fill(Qt::white);
        image.setDotsPerMeterX(qRound(kDpi / 0.0254));
        image.setDotsPerMeterY(qRound(kDpi / 0.0254));
        {
            QPainter painter(&image);
            painter.scale(perTwip, perTwip);
            painter.translate(-graphic.rect.topLeft());
            graphic.paint(painter, graphic.rect);
        }
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        const QString name = QStringLiteral("Pictures/graphic%1.png").arg(m_pictures.size() + 1);
        m_pictures.append({name, png});
        x.writeStartElement(QStringLiteral("draw:frame"));
        x.writeAttribute(QStringLiteral("draw:style-name"), QStringLiteral("SkFrame"));
        anchor(x, pageNumber, z);
        x.writeAttribute(QStringLiteral("svg:x"), mmText(graphic.rect.x()));
        x.writeAttribute(QStringLiteral("svg:y"), mmText(graphic.rect.y()));
        x.writeAttribute(QStringLiteral("svg:width"), mmText(graphic.rect.width()));
        x.writeAttribute(QStringLiteral("svg:height"), mmText(graphic.rect.height()));
        x.writeEmptyElement(QStringLiteral("draw:image"));
        x.writeAttribute(QStringLiteral("xlink:href"), name);
        x.writeAttribute(QStringLiteral("xlink:type"), QStringLiteral("simple"));
        x.writeAttribute(QStringLiteral("xlink:show"), QStringLiteral("embed"));
        x.writeAttribute(QStringLiteral("xlink:actuate"), QStringLiteral("onLoad"));
        x.writeEndElement();
    }

public:
    const QList<std::pair<QString, QByteArray>>& pictures() const { return m_pictures; }

private:
    const PagedDocument& m_document;
    QList<std::pair<QString, QByteArray>> m_pictures;
    FontBook m_fonts;
    QHash<TextStyle, int> m_textStyles;
    QHash<qreal, int> m_lineStyles;
};

} // namespace

Status writePagedOdt(const PagedDocument& document, const QString& path)
{
    if (document.pages.isEmpty())
        return Error{DocumentPainter::tr("There is nothing to print."), path, ErrorKind::Refused};
    PagedContent content(document);
    const QByteArray body = content.content();
    return odt::writePackage(path, body, content.styles(), odt::metaXml(document.title), content.pictures());
}

bool isOdtPath(const QString& path)
{
    return QFileInfo(path).suffix().compare(QLatin1String("odt"), Qt::CaseInsensitive) == 0;
}

Status writePagedDocument(const PagedDocument& document, const QString& path)
{
    return isOdtPath(path) ? writePagedOdt(document, path) : DocumentPainter::writePdf(document, path);
}

} // namespace sangkien
