// The decision as OpenDocument text, for the office to touch up wording in Word or Writer. The same
// content and the same page set-up as the PDF; Writer breaks the lines itself.

#include "decision_document.h"
#include "document_painter.h"
#include "document_wording.h"
#include "odt_package.h"
#include "text/vietnamese_text.h"

#include <QXmlStreamWriter>

namespace sangkien {

namespace {

constexpr const char* kFontName =
    "Times New Roman"; // the office's machines have it; Writer maps it to Liberation Serif

QString mmText(qreal millimetres)
{
    return QString::number(millimetres, 'f', 2) + QStringLiteral("mm");
}
QString ptText(qreal points)
{
    return QString::number(points, 'f', 1) + QStringLiteral("pt");
}

// Attributes given as name, value pairs.
void attrs(QXmlStreamWriter& x, std::initializer_list<std::pair<const char*, QString>> list)
{
    for (const auto& [name, value] : list)
        x.writeAttribute(QString::fromLatin1(name), value);
}

// A paragraph style: alignment, size, weight, slant, spacing, and optionally a first-line indent.
struct ParaStyle
{
    const char* name;
    const char* align; // start, center, end, justify
    qreal size;
    bool bold;
    bool italic;
    qreal spaceBefore; // pt
    qreal spaceAfter;  // pt
    qreal indentMm;
    bool keepWithNext;
};

const ParaStyle kParaStyles[] = {
    {"SkHeader", "center", 13, false, false, 0, 0, 0, false},
    {"SkHeaderBold", "center", 13, true, false, 0, 0, 0, false},
    {"SkNational12", "center", 12, true, false, 0, 0, 0, false},
    {"SkMotto", "center", 14, true, false, 0, 0, 0, false},
    {"SkNumber", "center", 13, false, false, 6, 0, 0, false},
    {"SkDate", "center", 14, false, true, 6, 0, 0, false},
    {"SkTitle", "center", 14, true, false, 18, 0, 0, true},
    {"SkSummary", "center", 14, true, false, 0, 0, 0, true},
    {"SkAuthority", "center", 14, true, false, 12, 12, 0, true},
    {"SkAddress", "center", 14, false, false, 12, 12, 0, true},
    {"SkBasis", "justify", 14, false, true, 0, 6, 12.7, false},
    {"SkDecides", "center", 14, true, false, 6, 6, 0, true},
    {"SkBody", "justify", 14, false, false, 0, 6, 12.7, false},
    {"SkBodyLast", "justify", 14, false, false, 0, 6, 12.7, true},
    {"SkRecipientsTitle", "start", 12, true, true, 0, 0, 0, false},
    {"SkRecipients", "start", 11, false, false, 0, 0, 0, false},
    {"SkSignTitle", "center", 14, true, false, 0, 0, 0, false},
    {"SkSigner", "center", 14, true, false, 0, 0, 0, false},
    {"SkListHeading", "center", 14, true, false, 0, 0, 0, true},
    {"SkListSubject", "center", 14, true, false, 0, 0, 0, true},
    {"SkListReference", "center", 14, false, true, 0, 0, 0, true},
    {"SkCell", "start", 13, false, false, 0, 0, 0, false},
    {"SkCellBold", "start", 13, true, false, 0, 0, 0, false},
    {"SkCellCentre", "center", 13, false, false, 0, 0, 0, false},
    {"SkCellHead", "center", 13, true, false, 0, 0, 0, false},
    {"SkPageNumber", "center", 13, false, false, 0, 0, 0, false},
};

void textProperties(QXmlStreamWriter& x, qreal size, bool bold, bool italic)
{
    odt::writeTextProperties(x, QString::fromLatin1(kFontName), size, bold, italic);
}

void pageLayout(QXmlStreamWriter& x, const char* name, bool withHeader)
{
    const PageGeometry g;
    x.writeStartElement(QStringLiteral("style:page-layout"));
    x.writeAttribute(QStringLiteral("style:name"), QString::fromLatin1(name));
    x.writeEmptyElement(QStringLiteral("style:page-layout-properties"));
    // With a header the page number sits in the top margin: the header starts at 10 mm and its height
    // plus spacing brings the body down to the same 20 mm as the first page.
    attrs(x, {{"fo:page-width", mmText(toMm(g.size.width()))},
              {"fo:page-height", mmText(toMm(g.size.height()))},
              {"style:print-orientation", QStringLiteral("portrait")},
              {"fo:margin-top", mmText(withHeader ? 10 : toMm(g.margins.top()))},
              {"fo:margin-bottom", mmText(toMm(g.margins.bottom()))},
              {"fo:margin-left", mmText(toMm(g.margins.left()))},
              {"fo:margin-right", mmText(toMm(g.margins.right()))}});
    if (withHeader) {
        x.writeStartElement(QStringLiteral("style:header-style"));
        x.writeEmptyElement(QStringLiteral("style:header-footer-properties"));
        attrs(x, {{"fo:min-height", mmText(10 - 4.5)},
                  {"fo:margin-bottom", mmText(4.5)},
                  {"fo:margin-left", QStringLiteral("0mm")},
                  {"fo:margin-right", QStringLiteral("0mm")},
                  {"style:dynamic-spacing", QStringLiteral("false")}});
        x.writeEndElement();
    }
    x.writeEndElement();
}

QByteArray stylesXml()
{
    QByteArray out;
    QXmlStreamWriter x(&out);
    x.writeStartDocument();
    x.writeStartElement(QStringLiteral("office:document-styles"));
    odt::writeNamespaces(x);

    x.writeStartElement(QStringLiteral("office:font-face-decls"));
    x.writeEmptyElement(QStringLiteral("style:font-face"));
    attrs(x, {{"style:name", QString::fromLatin1(kFontName)},
              {"svg:font-family", QStringLiteral("'%1'").arg(QString::fromLatin1(kFontName))},
              {"style:font-family-generic", QStringLiteral("roman")},
              {"style:font-pitch", QStringLiteral("variable")}});
    x.writeEndElement();

    x.writeStartElement(QStringLiteral("office:styles"));
    x.writeStartElement(QStringLiteral("style:default-style"));
    x.writeAttribute(QStringLiteral("style:family"), QStringLiteral("paragraph"));
    x.writeEmptyElement(QStringLiteral("style:paragraph-properties"));
    attrs(x, {{"fo:hyphenate", QStringLiteral("false")}});
    textProperties(x, 14, false, false);
    x.writeEndElement();
    x.writeStartElement(QStringLiteral("style:style"));
    attrs(x, {{"style:name", QStringLiteral("Standard")}, {"style:family", QStringLiteral("paragraph")}});
    x.writeEndElement();
    for (const ParaStyle& s : kParaStyles) {
        x.writeStartElement(QStringLiteral("style:style"));
        attrs(x, {{"style:name", QString::fromLatin1(s.name)},
                  {"style:family", QStringLiteral("paragraph")},
                  {"style:parent-style-name", QStringLiteral("Standard")}});
        x.writeEmptyElement(QStringLiteral("style:paragraph-properties"));
        attrs(x, {{"fo:text-align", QString::fromLatin1(s.align)},
                  {"fo:margin-top", ptText(s.spaceBefore)},
                  {"fo:margin-bottom", ptText(s.spaceAfter)},
                  {"fo:text-indent", mmText(s.indentMm)},
                  {"fo:line-height", QStringLiteral("100%")}});
        if (s.keepWithNext)
            x.writeAttribute(QStringLiteral("fo:keep-with-next"), QStringLiteral("always"));
        textProperties(x, s.size, s.bold, s.italic);
        x.writeEndElement();
    }
    x.writeStartElement(QStringLiteral("style:style"));
    attrs(x, {{"style:name", QStringLiteral("SkStrong")}, {"style:family", QStringLiteral("text")}});
    x.writeEmptyElement(QStringLiteral("style:text-properties"));
    x.writeAttribute(QStringLiteral("fo:font-weight"), QStringLiteral("bold"));
    x.writeEndElement();
    x.writeEndElement(); // office:styles

    x.writeStartElement(QStringLiteral("office:automatic-styles"));
    pageLayout(x, "SkFirstLayout", false);
    pageLayout(x, "SkNextLayout", true);
    x.writeEndElement();

    // A part's first page shows no number; the following ones show it centred in the top margin.
    x.writeStartElement(QStringLiteral("office:master-styles"));
    x.writeStartElement(QStringLiteral("style:master-page"));
    attrs(x, {{"style:name", QStringLiteral("Standard")},
              {"style:page-layout-name", QStringLiteral("SkNextLayout")}});
    x.writeStartElement(QStringLiteral("style:header"));
    x.writeStartElement(QStringLiteral("text:p"));
    x.writeAttribute(QStringLiteral("text:style-name"), QStringLiteral("SkPageNumber"));
    x.writeStartElement(QStringLiteral("text:page-number"));
    x.writeAttribute(QStringLiteral("text:select-page"), QStringLiteral("current"));
    x.writeCharacters(QStringLiteral("2"));
    x.writeEndElement();
    x.writeEndElement();
    x.writeEndElement();
    x.writeEndElement();
    x.writeEmptyElement(QStringLiteral("style:master-page"));
    attrs(x, {{"style:name", QStringLiteral("First_20_Page")},
              {"style:display-name", QStringLiteral("First Page")},
              {"style:page-layout-name", QStringLiteral("SkFirstLayout")},
              {"style:next-style-name", QStringLiteral("Standard")}});
    x.writeEndElement();

    x.writeEndElement();
    x.writeEndDocument();
    return out;
}

class ContentWriter
{
public:
    explicit ContentWriter(const AwardDecisionData& data)
        : m_data(data)
        , m_x(&m_out)
    {}

    QByteArray run()
    {
        m_x.writeStartDocument();
        m_x.writeStartElement(QStringLiteral("office:document-content"));
        odt::writeNamespaces(m_x);
        automaticStyles();
        m_x.writeStartElement(QStringLiteral("office:body"));
        m_x.writeStartElement(QStringLiteral("office:text"));
        header();
        titleAndBody();
        signature();
        attachedList();
        m_x.writeEndElement();
        m_x.writeEndElement();
        m_x.writeEndElement();
        m_x.writeEndDocument();
        return m_out;
    }

private:
    bool decision() const { return m_data.kind == DocumentKind::DirectorDecision; }
    qreal bodyWidthMm() const { return toMm(PageGeometry().body().width()); }
    // The same two columns as the PDF's header block.
    HeaderColumns columns() const { return headerColumns(m_data, m_fonts, PageGeometry().body().width()); }
    qreal headerLeftMm() const { return toMm(columns().leftWidth); }

    void tableStyle(const QString& name, qreal widthMm, bool firstPage, bool keepWithNext = false)
    {
        m_x.writeStartElement(QStringLiteral("style:style"));
        attrs(m_x, {{"style:name", name}, {"style:family", QStringLiteral("table")}});
        if (firstPage)
            m_x.writeAttribute(QStringLiteral("style:master-page-name"), QStringLiteral("First_20_Page"));
        m_x.writeEmptyElement(QStringLiteral("style:table-properties"));
        // The table may break between rows (a long list spans pages); a row itself never does.
        attrs(m_x, {{"style:width", mmText(widthMm)},
                    {"table:align", QStringLiteral("left")},
                    {"style:may-break-between-rows", QStringLiteral("true")}});
        if (keepWithNext)
            m_x.writeAttribute(QStringLiteral("fo:keep-with-next"), QStringLiteral("always"));
        m_x.writeEndElement();
    }
    void columnStyle(const QString& name, qreal widthMm)
    {
        m_x.writeStartElement(QStringLiteral("style:style"));
        attrs(m_x, {{"style:name", name}, {"style:family", QStringLiteral("table-column")}});
        m_x.writeEmptyElement(QStringLiteral("style:table-column-properties"));
        m_x.writeAttribute(QStringLiteral("style:column-width"), mmText(widthMm));
        m_x.writeEndElement();
    }
    // Borders drawn once: each cell draws its left and bottom sides, the last column its right side
    // too, header cells their top; Writer would otherwise draw shared sides twice as thick.
    enum Sides
    {
        NoBorder = 0,
        Top = 1,
        Right = 2
    };
    void cellStyle(const QString& name, bool border, const QString& verticalAlign, int sides = 0)
    {
        const QString line = QStringLiteral("0.5pt solid #000000");
        const QString none = QStringLiteral("none");
        m_x.writeStartElement(QStringLiteral("style:style"));
        attrs(m_x, {{"style:name", name}, {"style:family", QStringLiteral("table-cell")}});
        m_x.writeEmptyElement(QStringLiteral("style:table-cell-properties"));
        attrs(m_x, {{"fo:border-left", border ? line : none},
                    {"fo:border-bottom", border ? line : none},
                    {"fo:border-top", border && (sides & Top) ? line : none},
                    {"fo:border-right", border && (sides & Right) ? line : none},
                    {"fo:padding-left", mmText(border ? 1.5 : 0)},
                    {"fo:padding-right", mmText(border ? 1.5 : 0)},
                    {"fo:padding-top", mmText(border ? 1.2 : 0)},
                    {"fo:padding-bottom", mmText(border ? 1.2 : 0)},
                    {"style:vertical-align", verticalAlign}});
        m_x.writeEndElement();
    }
    // A rule: an empty, tiny paragraph with a top border, as long as its side margins leave it.
    void ruleStyle(const QString& name, qreal columnMm, qreal lengthMm, qreal spaceBeforePt)
    {
        const qreal side = std::max(0.0, (columnMm - lengthMm) / 2);
        m_x.writeStartElement(QStringLiteral("style:style"));
        attrs(m_x, {{"style:name", name},
                    {"style:family", QStringLiteral("paragraph")},
                    {"style:parent-style-name", QStringLiteral("Standard")}});
        m_x.writeEmptyElement(QStringLiteral("style:paragraph-properties"));
        attrs(m_x, {{"fo:margin-left", mmText(side)},
                    {"fo:margin-right", mmText(side)},
                    {"fo:margin-top", ptText(spaceBeforePt)},
                    {"fo:margin-bottom", ptText(0)},
                    {"fo:line-height", ptText(2)},
                    {"fo:border-top", QStringLiteral("0.6pt solid #000000")},
                    {"fo:padding", QStringLiteral("0mm")},
                    {"fo:keep-with-next", QStringLiteral("always")}});
        m_x.writeEmptyElement(QStringLiteral("style:text-properties"));
        m_x.writeAttribute(QStringLiteral("fo:font-size"), ptText(2));
        m_x.writeEndElement();
    }

    void automaticStyles()
    {
        const qreal body = bodyWidthMm();
        const qreal left = headerLeftMm();
        m_x.writeStartElement(QStringLiteral("office:automatic-styles"));
        tableStyle(QStringLiteral("SkHeaderTable"), body, true);
        columnStyle(QStringLiteral("SkHeaderTable.A"), left);
        columnStyle(QStringLiteral("SkHeaderTable.B"), body - left);
        cellStyle(QStringLiteral("SkPlainCell"), false, QStringLiteral("top"));
        const qreal issuingWidth = toMm(m_fonts.advance(bold(13), m_data.issuingBody.toUpper()));
        ruleStyle(QStringLiteral("SkIssuingRule"), left, std::clamp(issuingWidth * 0.4, 18.0, left / 2), 2);
        ruleStyle(QStringLiteral("SkMottoRule"), body - left,
                  toMm(m_fonts.advance(bold(14), wording::motto())), 2);
        const qreal summaryWidth = toMm(m_fonts.advance(bold(14), summaryLine(m_data)));
        ruleStyle(QStringLiteral("SkSummaryRule"), body, std::clamp(summaryWidth / 3, 30.0, 60.0), 3);
        ruleStyle(QStringLiteral("SkListRule"), body, 35, 3);

        tableStyle(QStringLiteral("SkSignTable"), body, false);
        columnStyle(QStringLiteral("SkSignTable.A"), body * 0.45);
        columnStyle(QStringLiteral("SkSignTable.B"), body * 0.55);
        m_x.writeStartElement(QStringLiteral("style:style"));
        attrs(m_x,
              {{"style:name", QStringLiteral("SkKeepRow")}, {"style:family", QStringLiteral("table-row")}});
        m_x.writeEmptyElement(QStringLiteral("style:table-row-properties"));
        m_x.writeAttribute(QStringLiteral("fo:keep-together"), QStringLiteral("always"));
        m_x.writeEndElement();
        // Room for the signature and the seal above the signer's name.
        m_x.writeStartElement(QStringLiteral("style:style"));
        attrs(m_x, {{"style:name", QStringLiteral("SkSignerName")},
                    {"style:family", QStringLiteral("paragraph")},
                    {"style:parent-style-name", QStringLiteral("SkSigner")}});
        m_x.writeEmptyElement(QStringLiteral("style:paragraph-properties"));
        m_x.writeAttribute(QStringLiteral("fo:margin-top"), mmText(28));
        m_x.writeEndElement();

        // The list starts a new part: first-page master again, numbers restart at 1.
        m_x.writeStartElement(QStringLiteral("style:style"));
        attrs(m_x, {{"style:name", QStringLiteral("SkListStart")},
                    {"style:family", QStringLiteral("paragraph")},
                    {"style:parent-style-name", QStringLiteral("SkListHeading")},
                    {"style:master-page-name", QStringLiteral("First_20_Page")}});
        m_x.writeEmptyElement(QStringLiteral("style:paragraph-properties"));
        m_x.writeAttribute(QStringLiteral("style:page-number"), QStringLiteral("1"));
        m_x.writeEndElement();

        tableStyle(QStringLiteral("SkListTable"), body, false);
        const QList<qreal> columns = listColumnsMm();
        for (int i = 0; i < columns.size(); ++i)
            columnStyle(QStringLiteral("SkListTable.") + QChar('A' + i), columns[i]);
        cellStyle(QStringLiteral("SkListCell"), true, QStringLiteral("top"));
        cellStyle(QStringLiteral("SkListCellLast"), true, QStringLiteral("top"), Right);
        cellStyle(QStringLiteral("SkListHeadCell"), true, QStringLiteral("middle"), Top);
        cellStyle(QStringLiteral("SkListHeadCellLast"), true, QStringLiteral("middle"), Top | Right);
        m_x.writeEndElement();
    }

    QList<qreal> listColumnsMm() const
    {
        qreal code = m_fonts.advance(bold(13), wording::columnCode());
        for (const Awardee& a : m_data.collectives + m_data.individuals)
            code = std::max(code, m_fonts.advance(regular(13), a.entryCode));
        const qreal codeMm = std::min(toMm(code) + 3 + 1, 34.0);
        const qreal rest = bodyWidthMm() - 14 - codeMm;
        return {14, rest * 0.46, rest * 0.54, codeMm};
    }

    void p(const char* style, const QString& text)
    {
        m_x.writeStartElement(QStringLiteral("text:p"));
        m_x.writeAttribute(QStringLiteral("text:style-name"), QString::fromLatin1(style));
        m_x.writeCharacters(text);
        m_x.writeEndElement();
    }
    void cell(const char* cellStyleName, const std::function<void()>& content, int span = 1)
    {
        m_x.writeStartElement(QStringLiteral("table:table-cell"));
        attrs(m_x, {{"table:style-name", QString::fromLatin1(cellStyleName)},
                    {"office:value-type", QStringLiteral("string")}});
        if (span > 1)
            m_x.writeAttribute(QStringLiteral("table:number-columns-spanned"), QString::number(span));
        content();
        m_x.writeEndElement();
        for (int i = 1; i < span; ++i)
            m_x.writeEmptyElement(QStringLiteral("table:covered-table-cell"));
    }
    void startTable(const QString& name, const QString& style, int columns)
    {
        m_x.writeStartElement(QStringLiteral("table:table"));
        attrs(m_x, {{"table:name", name}, {"table:style-name", style}});
        for (int i = 0; i < columns; ++i) {
            m_x.writeEmptyElement(QStringLiteral("table:table-column"));
            m_x.writeAttribute(QStringLiteral("table:style-name"), style + QLatin1Char('.') + QChar('A' + i));
        }
    }
    void startRow(bool keep)
    {
        m_x.writeStartElement(QStringLiteral("table:table-row"));
        if (keep)
            m_x.writeAttribute(QStringLiteral("table:style-name"), QStringLiteral("SkKeepRow"));
    }

    void header()
    {
        startTable(QStringLiteral("Header"), QStringLiteral("SkHeaderTable"), 2);
        startRow(false);
        cell("SkPlainCell", [&] { p("SkHeader", m_data.superiorBody.toUpper()); });
        cell("SkPlainCell", [&] {
            p(columns().nationalSize < 13 ? "SkNational12" : "SkHeaderBold", wording::nationalTitle());
        });
        m_x.writeEndElement();
        startRow(false);
        cell("SkPlainCell", [&] {
            p("SkHeaderBold", m_data.issuingBody.toUpper());
            p("SkIssuingRule", {});
        });
        cell("SkPlainCell", [&] {
            p("SkMotto", wording::motto());
            p("SkMottoRule", {});
        });
        m_x.writeEndElement();
        startRow(false);
        cell("SkPlainCell", [&] { p("SkNumber", wording::numberPrefix() + m_data.numberSymbol()); });
        cell("SkPlainCell",
             [&] { p("SkDate", m_data.place + QStringLiteral(", ") + text::documentDate(m_data.date)); });
        m_x.writeEndElement();
        m_x.writeEndElement();
    }

    void titleAndBody()
    {
        p("SkTitle", decision() ? wording::decisionTitle() : wording::proposalTitle());
        p("SkSummary", summaryLine(m_data));
        p("SkSummaryRule", {});
        if (decision()) {
            if (!m_data.authorityLine.isEmpty())
                p("SkAuthority", m_data.authorityLine);
        } else {
            p("SkAddress", wording::addressedTo() + m_data.addressee);
        }
        for (const QString& basis : m_data.legalBasis)
            p("SkBasis", basis);
        if (decision()) {
            if (!m_data.proposedBy.isEmpty())
                p("SkBasis", m_data.proposedBy);
            p("SkDecides", wording::decides());
        }
        const QList<Article> all = articles(m_data);
        for (qsizetype i = 0; i < all.size(); ++i) {
            m_x.writeStartElement(QStringLiteral("text:p"));
            m_x.writeAttribute(QStringLiteral("text:style-name"),
                               i == all.size() - 1 ? QStringLiteral("SkBodyLast") : QStringLiteral("SkBody"));
            if (!all[i].label.isEmpty()) {
                m_x.writeStartElement(QStringLiteral("text:span"));
                m_x.writeAttribute(QStringLiteral("text:style-name"), QStringLiteral("SkStrong"));
                m_x.writeCharacters(all[i].label);
                m_x.writeEndElement();
                m_x.writeCharacters(QStringLiteral(" "));
            }
            m_x.writeCharacters(all[i].text);
            m_x.writeEndElement();
        }
    }

    void signature()
    {
        startTable(QStringLiteral("Signature"), QStringLiteral("SkSignTable"), 2);
        startRow(true);
        cell("SkPlainCell", [&] {
            p("SkRecipientsTitle", wording::recipientsTitle());
            for (const QString& line : recipientLines(m_data))
                p("SkRecipients", line);
        });
        cell("SkPlainCell", [&] {
            for (const QString& t : m_data.signerTitle)
                p("SkSignTitle", t);
            p("SkSignerName", m_data.signerName);
        });
        m_x.writeEndElement();
        m_x.writeEndElement();
    }

    void attachedList()
    {
        p("SkListStart", wording::listTitle());
        p("SkListSubject", listSubject(m_data));
        p("SkListReference", listReference(m_data));
        p("SkListRule", {});
        startTable(QStringLiteral("DanhSach"), QStringLiteral("SkListTable"), 4);
        // Repeated at the top of every page by Writer and Word.
        m_x.writeStartElement(QStringLiteral("table:table-header-rows"));
        startRow(true);
        const QStringList titles = {wording::columnNumber(), wording::columnName(), wording::columnTitle(),
                                    wording::columnCode()};
        for (qsizetype i = 0; i < titles.size(); ++i)
            cell(i == titles.size() - 1 ? "SkListHeadCellLast" : "SkListHeadCell",
                 [&] { p("SkCellHead", titles[i]); });
        m_x.writeEndElement();
        m_x.writeEndElement();
        int section = 0;
        auto addSection = [&](const QString& name, const QList<Awardee>& awardees) {
            if (awardees.isEmpty())
                return;
            startRow(true);
            cell(
                "SkListCellLast",
                [&] { p("SkCellBold", wording::roman(++section) + QStringLiteral(". ") + name); }, 4);
            m_x.writeEndElement();
            for (qsizetype i = 0; i < awardees.size(); ++i) {
                const Awardee& a = awardees[i];
                startRow(true);
                cell("SkListCell", [&] { p("SkCellCentre", QString::number(i + 1)); });
                cell("SkListCell", [&] {
                    p("SkCellBold", a.name);
                    QStringList details;
                    if (!a.position.trimmed().isEmpty())
                        details << a.position.trimmed();
                    if (!a.unit.trimmed().isEmpty() &&
                        !a.name.contains(a.unit.trimmed(), Qt::CaseInsensitive))
                        details << a.unit.trimmed();
                    if (!details.isEmpty())
                        p("SkCell", details.join(QStringLiteral(", ")));
                });
                cell("SkListCell", [&] { p("SkCell", a.initiativeTitle); });
                cell("SkListCellLast", [&] { p("SkCellCentre", a.entryCode); });
                m_x.writeEndElement();
            }
        };
        addSection(wording::collectivesSection(), m_data.collectives);
        addSection(wording::individualsSection(), m_data.individuals);
        m_x.writeEndElement();
    }

    const AwardDecisionData& m_data;
    FontBook m_fonts;
    QByteArray m_out;
    QXmlStreamWriter m_x;
};

} // namespace

Status writeOdt(const AwardDecisionData& data, const QString& path)
{
    if (auto ok = data.validate(); !ok)
        return ok;
    const QString title =
        (data.kind == DocumentKind::DirectorDecision ? wording::decisionWord() : wording::proposalWord()) +
        QStringLiteral(" số ") + data.numberSymbol();
    return odt::writePackage(path, ContentWriter(data).run(), stylesXml(), odt::metaXml(title));
}

} // namespace sangkien
