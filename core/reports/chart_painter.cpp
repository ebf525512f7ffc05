#include "chart_painter.h"

#include "documents/document_layout.h"
#include "report_template.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

namespace sangkien {

namespace {

// Everything is drawn in a local frame where the text size is kUnit: whole pixel sizes for the fonts
// whatever the painter's units, and metrics that scale linearly (no hinting).
constexpr qreal kUnit = 100;

QFont chartFont(const ChartStyle& style, qreal size, bool bold)
{
    QFont f(style.fontFamily.isEmpty() ? FontBook::family() : style.fontFamily);
    f.setStyleHint(QFont::Serif, QFont::PreferOutline);
    f.setPixelSize(qRound(size));
    f.setBold(bold);
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

constexpr int kLabelFlags = Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap;

} // namespace

QList<QColor> ChartStyle::screenPalette()
{
    return {QColor(0x2f, 0x5d, 0x8c), QColor(0xd9, 0x8c, 0x2b), QColor(0x4c, 0x9a, 0x5b),
            QColor(0xa8, 0x3e, 0x3e), QColor(0x7a, 0x5c, 0x99)};
}

QList<QColor> ChartStyle::printPalette()
{
    return {QColor(0x59, 0x59, 0x59), QColor(0xb3, 0xb3, 0xb3), QColor(0x26, 0x26, 0x26),
            QColor(0xd9, 0xd9, 0xd9)};
}

double niceStep(double max, int ticks)
{
    if (!(max > 0) || ticks < 1)
        return 1;
    const double raw = max / ticks;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double m : {1.0, 2.0, 5.0, 10.0})
        if (m * magnitude >= raw)
            return m * magnitude;
    return 10 * magnitude;
}

QString chartNumber(double value, int decimals)
{
    if (decimals <= 0)
        return groupedNumber(qint64(std::llround(value)));
    const double scale = std::pow(10.0, decimals);
    const qint64 scaled = std::llround(std::abs(value) * scale);
    const qint64 whole = scaled / qint64(scale);
    const QString fraction =
        QString::number(scaled % qint64(scale)).rightJustified(decimals, QLatin1Char('0'));
    return (value < 0 && scaled != 0 ? QStringLiteral("-") : QString()) + groupedNumber(whole) +
           QLatin1Char(',') + fraction;
}

void paintBarChart(QPainter& painter, const QRectF& rect, const ChartData& data, const ChartStyle& style)
{
    if (rect.width() <= 0 || rect.height() <= 0)
        return;
    const qreal textSize = style.textSize > 0 ? style.textSize : rect.height() / 24;
    const qreal scale = textSize / kUnit;
    const qreal width = rect.width() / scale;
    const qreal height = rect.height() / scale;
    const qreal line = style.lineWidth > 0 ? style.lineWidth / scale : kUnit / 14;
    const QList<QColor> fills = style.fills.isEmpty() ? ChartStyle::screenPalette() : style.fills;

    painter.save();
    painter.translate(rect.topLeft());
    painter.scale(scale, scale);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);

    const QFont font = chartFont(style, kUnit, false);
    const QFont titleFont = chartFont(style, kUnit * 1.15, true);
    const QFontMetricsF metrics(font);
    const QFontMetricsF titleMetrics(titleFont);
    const qreal pad = kUnit * 0.4;

    qreal top = pad;
    if (!data.title.isEmpty()) {
        const QRectF box(pad, top, width - 2 * pad, height);
        const QRectF needed = titleMetrics.boundingRect(box, kLabelFlags, data.title);
        painter.setFont(titleFont);
        painter.setPen(Qt::black);
        painter.drawText(QRectF(box.left(), top, box.width(), needed.height()), kLabelFlags, data.title);
        top += needed.height() + pad;
    }

    const QList<ChartSeries>& series = data.series;
    const QList<QPair<QString, double>> categories =
        series.isEmpty() ? QList<QPair<QString, double>>() : series.first().points;
    double max = 0;
    for (const ChartSeries& s : series)
        for (const auto& p : s.points)
            max = std::max(max, p.second);
    const double step = niceStep(max, 5);
    const double axisTop = max > 0 ? std::ceil(max / step - 1e-9) * step : step * 5;

    // The value axis' labels on the left, its caption turned upright beside them.
    qreal labelWidth = 0;
    for (double v = 0; v <= axisTop + step / 2; v += step)
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(chartNumber(v, data.decimals)));
    const qreal captionWidth = data.valueLabel.isEmpty() ? 0 : metrics.height() + pad / 2;
    const qreal plotLeft = pad + captionWidth + labelWidth + pad / 2;
    const qreal plotRight = width - pad;
    const qreal plotWidth = std::max<qreal>(plotRight - plotLeft, 1);
    const qsizetype groups = std::max<qsizetype>(categories.size(), 1);
    const qreal groupWidth = plotWidth / groups;

    // Category labels wrapped under their group, at most three lines.
    qreal labelsHeight = metrics.height();
    for (const auto& c : categories) {
        const QRectF needed =
            metrics.boundingRect(QRectF(0, 0, groupWidth - pad / 4, height), kLabelFlags, c.first);
        labelsHeight = std::max(labelsHeight, std::min(needed.height(), metrics.lineSpacing() * 3));
    }
    const qreal legendHeight = series.size() > 1 ? metrics.height() + pad : 0;
    const qreal valueRoom = style.showValues ? metrics.height() : 0;
    const qreal plotTop = top + valueRoom + metrics.height() / 2;
    const qreal plotBottom = height - pad - legendHeight - labelsHeight - pad / 2;
    if (plotBottom <= plotTop) {
        painter.restore();
        return;
    }
    auto yOf = [&](double v) { return plotBottom - (plotBottom - plotTop) * (v / axisTop); };

    // Grid and ticks.
    QPen gridPen(QColor(0xc8, 0xc8, 0xc8));
    gridPen.setWidthF(line / 2);
    QPen axisPen(Qt::black);
    axisPen.setWidthF(line);
    axisPen.setCapStyle(Qt::FlatCap);
    painter.setFont(font);
    for (int i = 0; i * step <= axisTop + step / 2; ++i) {
        const double v = i * step;
        const qreal y = yOf(v);
        if (i > 0) {
            painter.setPen(gridPen);
            painter.drawLine(QPointF(plotLeft, y), QPointF(plotRight, y));
        }
        painter.setPen(Qt::black);
        const QString label = chartNumber(v, data.decimals);
        painter.drawText(QPointF(plotLeft - pad / 2 - metrics.horizontalAdvance(label),
                                 y + (metrics.ascent() - metrics.descent()) / 2),
                         label);
    }
    if (!data.valueLabel.isEmpty()) {
        painter.save();
        painter.translate(pad + metrics.ascent(), (plotTop + plotBottom) / 2);
        painter.rotate(-90);
        painter.setPen(Qt::black);
        painter.drawText(QPointF(-metrics.horizontalAdvance(data.valueLabel) / 2, 0), data.valueLabel);
        painter.restore();
    }

    // Bars, each series beside the others in its group.
    const qsizetype perGroup = std::max<qsizetype>(series.size(), 1);
    const qreal barsWidth = groupWidth * (perGroup > 1 ? 0.8 : 0.6);
    const qreal barWidth = barsWidth / perGroup;
    QPen outline(Qt::black);
    outline.setWidthF(line / 2);
    for (qsizetype s = 0; s < series.size(); ++s) {
        const QColor fill = fills.at(s % fills.size());
        for (qsizetype c = 0; c < categories.size() && c < series[s].points.size(); ++c) {
            const double v = std::max(0.0, series[s].points[c].second);
            const qreal x = plotLeft + c * groupWidth + (groupWidth - barsWidth) / 2 + s * barWidth;
            const QRectF bar(QPointF(x, yOf(v)), QPointF(x + barWidth, plotBottom));
            painter.setPen(outline);
            painter.setBrush(fill);
            if (v > 0)
                painter.drawRect(bar);
            if (style.showValues) {
                const QString label = chartNumber(v, data.decimals);
                painter.setPen(Qt::black);
                painter.drawText(QPointF(x + barWidth / 2 - metrics.horizontalAdvance(label) / 2,
                                         bar.top() - metrics.descent() - pad / 4),
                                 label);
            }
        }
    }
    painter.setBrush(Qt::NoBrush);
    painter.setPen(axisPen);
    painter.drawLine(QPointF(plotLeft, plotTop - metrics.height() / 2), QPointF(plotLeft, plotBottom));
    painter.drawLine(QPointF(plotLeft, plotBottom), QPointF(plotRight, plotBottom));

    // Category labels.
    painter.setPen(Qt::black);
    for (qsizetype c = 0; c < categories.size(); ++c) {
        const QRectF box(plotLeft + c * groupWidth + pad / 8, plotBottom + pad / 2, groupWidth - pad / 4,
                         labelsHeight);
        painter.save();
        painter.setClipRect(box.adjusted(-pad / 8, 0, pad / 8, 0));
        painter.drawText(box, kLabelFlags, categories[c].first);
        painter.restore();
    }

    // Legend: a swatch and the series' label each, centred on one line.
    if (series.size() > 1) {
        const qreal swatch = metrics.ascent() * 0.8;
        qreal total = 0;
        for (const ChartSeries& s : series)
            total += swatch + pad / 3 + metrics.horizontalAdvance(s.label) + pad;
        qreal x = std::max(pad, (width - total + pad) / 2);
        const qreal baseline = height - pad - metrics.descent();
        for (qsizetype s = 0; s < series.size(); ++s) {
            painter.setPen(outline);
            painter.setBrush(fills.at(s % fills.size()));
            painter.drawRect(QRectF(x, baseline - swatch, swatch, swatch));
            painter.setBrush(Qt::NoBrush);
            painter.setPen(Qt::black);
            x += swatch + pad / 3;
            painter.drawText(QPointF(x, baseline), series[s].label);
            x += metrics.horizontalAdvance(series[s].label) + pad;
        }
    }
    painter.restore();
}

QImage renderChart(const ChartData& data, QSize size, const ChartStyle& style)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    paintBarChart(painter, QRectF(QPointF(0, 0), QSizeF(size)), data, style);
    painter.end();
    return image;
}

} // namespace sangkien
