#include "certificate_layout.h"

#include "common/file_error.h"
#include "decision_document.h"
#include "document_painter.h"
#include "document_wording.h"
#include "text/vietnamese_text.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <cerrno>

namespace sangkien {

namespace {

QString alignCode(Align a)
{
    switch (a) {
    case Align::Left:
        return QStringLiteral("left");
    case Align::Right:
        return QStringLiteral("right");
    case Align::Justify:
        return QStringLiteral("justify");
    case Align::Center:
        break;
    }
    return QStringLiteral("center");
}

Align alignFromCode(const QString& code)
{
    if (code == QStringLiteral("left"))
        return Align::Left;
    if (code == QStringLiteral("right"))
        return Align::Right;
    if (code == QStringLiteral("justify"))
        return Align::Justify;
    return Align::Center;
}

PageGeometry paperGeometry(const CertificateLayout& layout)
{
    // No margins of our own: the blank's printed border is the frame, the boxes say where text goes.
    PageGeometry g;
    g.size = QSizeF(mm(layout.paperMm.width()), mm(layout.paperMm.height()));
    g.margins = QMarginsF();
    return g;
}

QRectF twips(const QRectF& boxMm)
{
    return QRectF(mm(boxMm.x()), mm(boxMm.y()), mm(boxMm.width()), mm(boxMm.height()));
}

void addBox(Page& page, const QRectF& r, qreal width)
{
    page.lines.append({QLineF(r.topLeft(), r.topRight()), width});
    page.lines.append({QLineF(r.topRight(), r.bottomRight()), width});
    page.lines.append({QLineF(r.bottomRight(), r.bottomLeft()), width});
    page.lines.append({QLineF(r.bottomLeft(), r.topLeft()), width});
}

// The field's text in its box: smaller until it fits (down to 10 pt), vertically centred.
void placeField(Page& page, const FontBook& fonts, const CertificateField& field, const QString& text)
{
    if (text.trimmed().isEmpty())
        return;
    const QRectF box = twips(field.boxMm);
    ParagraphFormat format;
    format.align = field.align;
    format.balance = field.align == Align::Center;
    QList<TextLine> lines;
    for (qreal size = field.size; size >= 10; size -= 0.5) {
        lines = breakLines(fonts, text, TextStyle{size, field.bold, field.italic}, format, box.width());
        if (linesHeight(lines) <= box.height())
            break;
    }
    placeLines(page, lines, box.left(), box.top() + std::max(0.0, (box.height() - linesHeight(lines)) / 2));
}

} // namespace

CertificateLayout CertificateLayout::defaults()
{
    CertificateLayout l;
    l.fields = {
        {QStringLiteral("name"), QRectF(50, 82, 197, 16), 22, true, false, Align::Center},
        {QStringLiteral("unit"), QRectF(45, 100, 207, 12), 15, false, false, Align::Center},
        {QStringLiteral("reason"), QRectF(40, 114, 217, 26), 15, false, true, Align::Center},
        {QStringLiteral("date"), QRectF(160, 146, 110, 9), 14, false, true, Align::Center},
        {QStringLiteral("decision"), QRectF(25, 180, 120, 8), 12, false, false, Align::Left},
    };
    return l;
}

QJsonObject CertificateLayout::toJson() const
{
    QJsonArray fieldArray;
    for (const CertificateField& f : fields)
        fieldArray.append(QJsonObject{{QStringLiteral("key"), f.key},
                                      {QStringLiteral("x_mm"), f.boxMm.x()},
                                      {QStringLiteral("y_mm"), f.boxMm.y()},
                                      {QStringLiteral("width_mm"), f.boxMm.width()},
                                      {QStringLiteral("height_mm"), f.boxMm.height()},
                                      {QStringLiteral("size_pt"), f.size},
                                      {QStringLiteral("bold"), f.bold},
                                      {QStringLiteral("italic"), f.italic},
                                      {QStringLiteral("align"), alignCode(f.align)}});
    return QJsonObject{{QStringLiteral("paper_width_mm"), paperMm.width()},
                       {QStringLiteral("paper_height_mm"), paperMm.height()},
                       {QStringLiteral("fields"), fieldArray}};
}

Result<CertificateLayout> CertificateLayout::fromJson(const QJsonObject& json)
{
    CertificateLayout l;
    l.paperMm = QSizeF(json.value(QStringLiteral("paper_width_mm")).toDouble(297),
                       json.value(QStringLiteral("paper_height_mm")).toDouble(210));
    if (l.paperMm.width() < 50 || l.paperMm.height() < 50 || l.paperMm.width() > 1000 ||
        l.paperMm.height() > 1000)
        return Error{tr("The certificate's paper size is not plausible."), QStringLiteral("paper"),
                     ErrorKind::Refused};
    const QRectF paper(QPointF(0, 0), l.paperMm);
    for (const QJsonValue& v : json.value(QStringLiteral("fields")).toArray()) {
        const QJsonObject o = v.toObject();
        CertificateField f;
        f.key = o.value(QStringLiteral("key")).toString();
        f.boxMm = QRectF(
            o.value(QStringLiteral("x_mm")).toDouble(), o.value(QStringLiteral("y_mm")).toDouble(),
            o.value(QStringLiteral("width_mm")).toDouble(), o.value(QStringLiteral("height_mm")).toDouble());
        f.size = o.value(QStringLiteral("size_pt")).toDouble(16);
        f.bold = o.value(QStringLiteral("bold")).toBool();
        f.italic = o.value(QStringLiteral("italic")).toBool();
        f.align = alignFromCode(o.value(QStringLiteral("align")).toString());
        if (f.key.isEmpty())
            return Error{tr("A certificate field has no name."), QStringLiteral("fields"),
                         ErrorKind::Refused};
        if (f.boxMm.width() <= 0 || f.boxMm.height() <= 0 || !paper.contains(f.boxMm))
            return Error{tr("The box of the field lies outside the paper."), f.key, ErrorKind::Refused};
        if (f.size < 6 || f.size > 72)
            return Error{tr("The field's font size must be between 6 and 72 points."), f.key,
                         ErrorKind::Refused};
        l.fields.append(f);
    }
    return l;
}

Status CertificateLayout::save(const QString& path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(toJson()).toJson()) < 0 ||
        !file.commit())
        return FileError::make(tr("Cannot write the file: %1"), path, errno, &file);
    return {};
}

Result<CertificateLayout> CertificateLayout::load(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return FileError::make(tr("Cannot read the file: %1"), path, errno, &file);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject())
        return Error{tr("The file is not a certificate layout: %1").arg(parseError.errorString()), path,
                     ErrorKind::Refused};
    return fromJson(doc.object());
}

QString certificateText(const AwardDecisionData& data, const Awardee& a, const QString& key)
{
    if (key == QStringLiteral("name"))
        return a.name;
    if (key == QStringLiteral("unit")) {
        QStringList parts;
        if (!a.position.trimmed().isEmpty())
            parts << a.position.trimmed();
        if (!a.unit.trimmed().isEmpty() && !a.name.contains(a.unit.trimmed(), Qt::CaseInsensitive))
            parts << a.unit.trimmed();
        return parts.join(QStringLiteral(", "));
    }
    if (key == QStringLiteral("reason")) {
        QString reason = data.reason.trimmed();
        if (!reason.isEmpty())
            reason[0] = reason[0].toUpper();
        return reason;
    }
    if (key == QStringLiteral("date"))
        return data.place + QStringLiteral(", ") + text::documentDate(data.date);
    if (key == QStringLiteral("decision"))
        return wording::certificateDecision(data.numberSymbol(), text::shortDate(data.date));
    if (key == QStringLiteral("initiative"))
        return a.initiativeTitle;
    if (key == QStringLiteral("code"))
        return a.entryCode;
    return {};
}

PagedDocument layoutCertificates(const AwardDecisionData& data, const CertificateLayout& layout)
{
    PagedDocument document;
    document.geometry = paperGeometry(layout);
    document.title = data.awardFormName;
    const FontBook fonts;
    for (const Awardee& a : data.collectives + data.individuals) {
        Page page;
        for (const CertificateField& f : layout.fields)
            placeField(page, fonts, f, certificateText(data, a, f.key));
        document.pages.append(page);
    }
    return document;
}

PagedDocument layoutCertificateTestPage(const CertificateLayout& layout)
{
    PagedDocument document;
    document.geometry = paperGeometry(layout);
    const FontBook fonts;
    Page page;
    const TextStyle label = regular(9);
    for (const CertificateField& f : layout.fields) {
        const QRectF box = twips(f.boxMm);
        addBox(page, box, pt(0.5));
        const QString text = QStringLiteral("%1 (%2, %3 mm; %4 × %5 mm)")
                                 .arg(wording::certificateFieldName(f.key))
                                 .arg(f.boxMm.x())
                                 .arg(f.boxMm.y())
                                 .arg(f.boxMm.width())
                                 .arg(f.boxMm.height());
        page.texts.append({text, label, QPointF(box.left() + mm(1), box.top() + mm(1) + fonts.ascent(label)),
                           fonts.advance(label, text)});
    }
    // Ticks every 10 mm along the top and left edges, to measure the blank against.
    const QSizeF paper = document.geometry.size;
    for (int x = 10; mm(x) < paper.width(); x += 10)
        page.lines.append({QLineF(mm(x), 0, mm(x), mm(x % 50 == 0 ? 6 : 3)), pt(0.4)});
    for (int y = 10; mm(y) < paper.height(); y += 10)
        page.lines.append({QLineF(0, mm(y), mm(y % 50 == 0 ? 6 : 3), mm(y)), pt(0.4)});
    document.pages.append(page);
    return document;
}

Status writeCertificatesPdf(const AwardDecisionData& data, const CertificateLayout& layout,
                            const QString& path)
{
    if (auto ok = data.validate(); !ok)
        return ok;
    return DocumentPainter::writePdf(layoutCertificates(data, layout), path);
}

} // namespace sangkien
