#pragma once

#include <QColor>
#include <QImage>
#include <QList>
#include <QPair>
#include <QRectF>
#include <QSize>
#include <QString>

class QPainter;

// Charts of the campaign's figures painted with QPainter onto any paint device: a QImage for the
// dashboard's PNG export, the PDF writer or the print preview for the reports. Core only (QtGui, never
// Widgets), so `sangkien-cli report` needs no window. Deterministic: the same data, size and style paint
// the same pixels. Numbers are written as the office writes them: dots between thousands ("1.250"),
// a decimal comma ("85,50").

namespace sangkien {

// One series of values: a bar per point. Several series are drawn as groups of bars side by side (a
// year beside another), with a legend.
struct ChartSeries
{
    QString label;                        // the legend's text ("Năm 2024"); unused with one series
    QList<QPair<QString, double>> points; // category label ("2.d", "Sở, ban, ngành") and value

    bool operator==(const ChartSeries&) const = default;
};

struct ChartData
{
    QString title;             // drawn above the chart, bold; none when empty
    QString valueLabel;        // the value axis' caption ("Số sáng kiến"); none when empty
    QList<ChartSeries> series; // the categories are the first series' labels, in its order
    int decimals = 0;          // digits after the decimal comma in value labels and ticks

    bool operator==(const ChartData&) const = default;
};

struct ChartStyle
{
    QString fontFamily;     // empty: the documents' serif (Times New Roman, else Liberation Serif)
    qreal textSize = 0;     // the labels' font size in the painter's units; 0: the rect's height / 24
    qreal lineWidth = 0;    // axis and outlines, painter's units; 0: textSize / 14
    QList<QColor> fills;    // one per series, cycled; empty: the default palette
    bool showValues = true; // each bar's value above it

    // Colours for the screen and PNG export.
    static QList<QColor> screenPalette();
    // Greys that print on the office's black and white printers (documents are black, Decree 30).
    static QList<QColor> printPalette();
};

// Paints a bar chart inside rect (title, value axis with ticks, bars, category labels wrapped under
// their group, legend when there are several series). The painter's state is restored afterwards.
void paintBarChart(QPainter& painter, const QRectF& rect, const ChartData& data,
                   const ChartStyle& style = {});

// The chart on a white image of the given size (pixels), e.g. for a PNG.
QImage renderChart(const ChartData& data, QSize size, const ChartStyle& style = {});

// A "nice" step for the value axis: 1, 2 or 5 times a power of ten, giving about `ticks` ticks to max.
double niceStep(double max, int ticks);
// A value as the chart labels it: grouped thousands, a decimal comma.
QString chartNumber(double value, int decimals);

} // namespace sangkien
