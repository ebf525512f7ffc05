#pragma once

#include <QFont>
#include <QFontMetricsF>
#include <QHash>
#include <QLineF>
#include <QList>
#include <QMarginsF>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <functional>
#include <memory>

class QPainter;

// The one layout engine of the printed documents: it breaks text into lines and places them on pages
// as positioned runs and rules, once; a painter then draws those pages onto any QPagedPaintDevice
// (QPdfWriter, QPrinter, the print preview), so every output shows the same pages.
//
// Layout unit: the twip (1/20 pt, 1/1440 inch). Fonts are sized in whole twips (14 pt = 280), so the
// line breaks do not depend on any device's resolution or on hinting.

namespace sangkien {

constexpr qreal kTwipsPerPoint = 20.0;
constexpr qreal kTwipsPerInch = 1440.0;
constexpr qreal kTwipsPerMm = kTwipsPerInch / 25.4;
constexpr qreal pt(qreal points)
{
    return points * kTwipsPerPoint;
}
constexpr qreal mm(qreal millimetres)
{
    return millimetres * kTwipsPerMm;
}
constexpr qreal toMm(qreal twips)
{
    return twips / kTwipsPerMm;
}

struct TextStyle
{
    qreal size = 14; // points
    bool bold = false;
    bool italic = false;

    bool operator==(const TextStyle&) const = default;
};
size_t qHash(const TextStyle& style, size_t seed = 0);

inline TextStyle regular(qreal size)
{
    return {size, false, false};
}
inline TextStyle bold(qreal size)
{
    return {size, true, false};
}
inline TextStyle italic(qreal size)
{
    return {size, false, true};
}
inline TextStyle boldItalic(qreal size)
{
    return {size, true, true};
}

// A run of text in one style, drawn from its baseline origin.
struct PlacedText
{
    QString text;
    TextStyle style;
    QPointF origin; // left end of the baseline
    qreal width = 0;

    bool operator==(const PlacedText&) const = default;
};

// A rule or a table border.
struct PlacedLine
{
    QLineF line;
    qreal width = pt(0.6);

    bool operator==(const PlacedLine&) const = default;
};

// A picture painted by a function (a chart) into a rectangle of the page, in twips: the PDF and the preview
// paint it as vectors, the ODT carries it as a PNG image.
struct PlacedGraphic
{
    QRectF rect;
    std::function<void(QPainter&, const QRectF&)> paint;
};

struct Page
{
    QList<PlacedText> texts;
    QList<PlacedLine> lines;
    QList<PlacedGraphic> graphics;
    int number = 0; // the printed page number; 0 on a part's first page, which shows none
};

// A4 portrait with the Decree 30 margins the office uses.
struct PageGeometry
{
    QSizeF size{mm(210), mm(297)};
    QMarginsF margins{mm(30), mm(20), mm(15), mm(20)}; // left, top, right, bottom
    QRectF body() const { return QRectF(QPointF(0, 0), size).marginsRemoved(margins); }
};

struct PagedDocument
{
    PageGeometry geometry;
    QList<Page> pages;
    QString title; // written into the PDF's metadata
};

// The serif face of the documents: Times New Roman where installed, else the metric-compatible
// Liberation Serif (Debian's fonts-liberation2), so the line breaks are the same.
class FontBook
{
public:
    FontBook();
    ~FontBook();
    FontBook(const FontBook&) = delete;
    FontBook& operator=(const FontBook&) = delete;

    static QString family();

    QFont font(const TextStyle& style) const;
    qreal advance(const TextStyle& style, const QString& text) const;
    qreal ascent(const TextStyle& style) const;
    qreal descent(const TextStyle& style) const;
    qreal lineSpacing(const TextStyle& style) const; // single line spacing

private:
    struct Face;
    const Face& face(const TextStyle& style) const;
    mutable QHash<TextStyle, std::shared_ptr<Face>> m_faces;
    QString m_family;
};

struct Span
{
    QString text;
    TextStyle style;
};

enum class Align
{
    Left,
    Center,
    Right,
    Justify
};

struct ParagraphFormat
{
    Align align = Align::Left;
    qreal firstLineIndent = 0;
    qreal spaceBefore = 0;
    qreal spaceAfter = 0;
    qreal lineSpacing = 1.0; // multiple of single spacing
    // Centred titles of several lines get lines of even length instead of a lone last word.
    bool balance = false;
};

// One line of a paragraph: runs with x relative to the paragraph's left edge and y relative to the
// line's baseline (always 0).
struct TextLine
{
    QList<PlacedText> runs;
    qreal ascent = 0;
    qreal descent = 0;
    qreal height = 0;
    qreal naturalWidth = 0; // width of the text without justification
};

// Breaks a paragraph of styled spans into lines of at most width (greedy, at spaces; a word longer
// than the line is cut between letters), aligned and justified as the format says. A no-break space
// (U+00A0) glues words and is drawn as a plain space.
QList<TextLine> breakLines(const FontBook& fonts, const QList<Span>& spans, const ParagraphFormat& format,
                           qreal width);
inline QList<TextLine> breakLines(const FontBook& fonts, const QString& text, const TextStyle& style,
                                  const ParagraphFormat& format, qreal width)
{
    return breakLines(fonts, QList<Span>{{text, style}}, format, width);
}
qreal linesHeight(const QList<TextLine>& lines);
// The text with its spaces made no-break spaces: a date or a number that must not be split.
inline QString unbreakable(QString text)
{
    return text.replace(QLatin1Char(' '), QChar(0x00A0));
}
qreal widestLine(const QList<TextLine>& lines);

// Copies the lines onto a page, the first line's top at top; returns the bottom of the last line.
qreal placeLines(Page& page, const QList<TextLine>& lines, qreal left, qreal top);

// Fills pages top to bottom inside the body area; paragraphs may break between lines, blocks kept
// together move whole to the next page.
class PageFlow
{
public:
    PageFlow(PagedDocument& document, const FontBook& fonts);

    // Starts a new part (the attached list): a new page whose number restarts and is not printed.
    void startPart();
    void newPage();

    Page& page() { return m_document.pages.last(); }
    qreal y() const { return m_y; }
    void setY(qreal y) { m_y = y; }
    void advance(qreal dy) { m_y += dy; }
    qreal remaining() const { return m_body.bottom() - m_y; }
    QRectF body() const { return m_body; }
    bool atPageTop() const { return m_y <= m_body.top(); }

    // A paragraph across the full body width; it breaks between lines at the bottom of a page.
    void addParagraph(const QList<Span>& spans, const ParagraphFormat& format);
    void addParagraph(const QString& text, const TextStyle& style, const ParagraphFormat& format)
    {
        addParagraph(QList<Span>{{text, style}}, format);
    }
    // Lines already broken, placed at x; they break between lines at the bottom of a page.
    void addLines(const QList<TextLine>& lines, qreal left);
    // Starts a new page unless height fits below the current position.
    void keepTogether(qreal height);

    // Writes the page numbers, centred in the top margin, from the second page of each part on.
    void finish();

private:
    PagedDocument& m_document;
    const FontBook& m_fonts;
    QRectF m_body;
    qreal m_y = 0;
    int m_pageInPart = 0;
};

} // namespace sangkien
