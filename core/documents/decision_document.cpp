#include "decision_document.h"

#include "document_painter.h"
#include "document_signature.h"
#include "document_table.h"
#include "document_wording.h"
#include "text/vietnamese_text.h"

#include <QPagedPaintDevice>
#include <QRegularExpression>
#include <algorithm>

namespace sangkien {

namespace {

// Sizes (points) per documents.md.
constexpr qreal kHeaderSize = 13;
constexpr qreal kMottoSize = 14;
constexpr qreal kBodySize = 14;
constexpr qreal kTableSize = 13;

// Body paragraphs: justified, first line indented 1.27 cm, 6 pt after.
ParagraphFormat bodyFormat()
{
    ParagraphFormat f;
    f.align = Align::Justify;
    f.firstLineIndent = mm(12.7);
    f.spaceAfter = pt(6);
    return f;
}

bool isDecision(const AwardDecisionData& d)
{
    return d.kind == DocumentKind::DirectorDecision;
}

class DecisionLayout
{
public:
    DecisionLayout(const AwardDecisionData& data, PagedDocument& document)
        : m_data(data)
        , m_flow(document, m_fonts)
        , m_table(m_fonts, m_flow, kCellPadX, kCellPadY)
    {}

    void run()
    {
        m_flow.startPart();
        header();
        titleBlock();
        body();
        placeSignatureBlock(m_flow, m_fonts, signatureBlock());
        m_flow.startPart();
        attachedList();
        m_flow.finish();
    }

private:
    void header() { placeHeading(m_flow, m_fonts, headingOf(m_data)); }

    void titleBlock()
    {
        const QRectF body = m_flow.body();
        const QString title = isDecision(m_data) ? wording::decisionTitle() : wording::proposalTitle();
        m_flow.addParagraph(title, bold(kBodySize), centred());
        const auto summary =
            breakLines(m_fonts, summaryLine(m_data), bold(kBodySize), centred(), body.width());
        m_flow.addLines(summary, body.left());
        const qreal ruleY = m_flow.y() + kRuleGap;
        addRule(m_flow.page(), body.center().x(), ruleY, std::clamp(widestLine(summary) / 3, mm(30), mm(60)));
        m_flow.setY(ruleY + pt(15));
        if (isDecision(m_data)) {
            if (!m_data.authorityLine.isEmpty())
                m_flow.addParagraph(m_data.authorityLine, bold(kBodySize), centred(pt(12)));
        } else {
            m_flow.addParagraph(wording::addressedTo() + m_data.addressee, regular(kBodySize),
                                centred(pt(12)));
        }
    }

    void body()
    {
        for (const QString& basis : m_data.legalBasis)
            m_flow.addParagraph(basis, italic(kBodySize), bodyFormat());
        if (isDecision(m_data)) {
            if (!m_data.proposedBy.isEmpty())
                m_flow.addParagraph(m_data.proposedBy, italic(kBodySize), bodyFormat());
            ParagraphFormat decides = centred(pt(6));
            decides.spaceBefore = pt(6);
            m_flow.addParagraph(wording::decides(), bold(kBodySize), decides);
        }
        const QList<Article> all = articles(m_data);
        for (qsizetype i = 0; i < all.size(); ++i) {
            QList<Span> spans;
            if (!all[i].label.isEmpty())
                spans.append({all[i].label + QLatin1Char(' '), bold(kBodySize)});
            spans.append({all[i].text, regular(kBodySize)});
            if (i == all.size() - 1) {
                // The last paragraph goes with the signature: no page holds a signature alone.
                const auto lines = breakLines(m_fonts, spans, bodyFormat(), m_flow.body().width());
                const qreal together = linesHeight(lines) + pt(6 + kSignatureGap) +
                                       signatureBlockHeight(m_flow, m_fonts, signatureBlock());
                if (together <= m_flow.body().height())
                    m_flow.keepTogether(together);
            }
            m_flow.addParagraph(spans, bodyFormat());
        }
    }

    DocumentSignature signatureBlock() const
    {
        return {recipientLines(m_data), m_data.signerTitle, m_data.signerName};
    }

    // The attached list: title block, then a table whose header row repeats on every page and whose
    // rows never split.
    void attachedList()
    {
        const QRectF body = m_flow.body();
        m_flow.addParagraph(wording::listTitle(), bold(kBodySize), centred());
        m_flow.addParagraph(listSubject(m_data), bold(kBodySize), centred());
        // The reference breaks before "của", never inside the number or the date.
        QString reference = listReference(m_data);
        for (const QString& glued : {m_data.numberSymbol(), text::documentDate(m_data.date)})
            reference.replace(glued, unbreakable(glued));
        m_flow.addParagraph(reference, italic(kBodySize), centred());
        const qreal ruleY = m_flow.y() + kRuleGap;
        addRule(m_flow.page(), body.center().x(), ruleY, mm(35));
        m_flow.setY(ruleY + pt(12));

        setUpColumns();
        const Row header = headerRow();
        m_table.place(header);
        int section = 0;
        auto addSection = [&](const QString& name, const QList<Awardee>& awardees) {
            if (awardees.isEmpty())
                return;
            const Row title = sectionRow(wording::roman(++section) + QStringLiteral(". ") + name);
            QList<Row> rows;
            rows.reserve(awardees.size());
            for (qsizetype i = 0; i < awardees.size(); ++i)
                rows.append(awardeeRow(int(i + 1), awardees[i]));
            // A section title stays with its first row.
            m_table.ensureRoom(title.height + rows.first().height, header);
            m_table.place(title);
            for (const Row& r : std::as_const(rows)) {
                m_table.ensureRoom(r.height, header);
                m_table.place(r);
            }
        };
        addSection(wording::collectivesSection(), m_data.collectives);
        addSection(wording::individualsSection(), m_data.individuals);
    }

    using Cell = DocumentTable::Cell;
    using Row = DocumentTable::Row;

    static constexpr qreal kCellPadX = 1.5;      // mm
    static constexpr qreal kNumberColumn = 14.0; // mm: "STT" in bold with room to spare in Writer
    static constexpr qreal kCellPadY = 1.2;      // mm

    void setUpColumns()
    {
        const qreal width = m_flow.body().width();
        qreal codeWidth = m_fonts.advance(bold(kTableSize), wording::columnCode());
        for (const Awardee& a : m_data.collectives + m_data.individuals)
            codeWidth = std::max(codeWidth, m_fonts.advance(regular(kTableSize), a.entryCode));
        codeWidth = std::min(codeWidth + 2 * mm(kCellPadX) + pt(1), mm(34));
        const qreal numberWidth = mm(kNumberColumn);
        const qreal rest = width - numberWidth - codeWidth;
        m_table.setColumns({numberWidth, rest * 0.46, rest * 0.54, codeWidth});
    }

    Cell cell(const QList<Span>& spans, qreal width, Align align, bool centre = false) const
    {
        return m_table.cell(spans, width, align, centre);
    }
    Row finishRow(QList<Cell> cells) const { return m_table.row(std::move(cells)); }
    Row headerRow() const
    {
        const QStringList titles = {wording::columnNumber(), wording::columnName(), wording::columnTitle(),
                                    wording::columnCode()};
        QList<Cell> cells;
        for (int i = 0; i < 4; ++i)
            cells.append(cell({{titles[i], bold(kTableSize)}}, m_table.columns()[i], Align::Center, true));
        return finishRow(cells);
    }
    Row sectionRow(const QString& title) const
    {
        return finishRow({cell({{title, bold(kTableSize)}}, m_table.width(), Align::Left)});
    }
    Row awardeeRow(int number, const Awardee& a) const
    {
        QList<Cell> cells;
        cells.append(
            cell({{QString::number(number), regular(kTableSize)}}, m_table.columns()[0], Align::Center));
        // The name, and under it what tells the person or collective apart: position and unit.
        Cell name = cell({{a.name, bold(kTableSize)}}, m_table.columns()[1], Align::Left);
        QStringList details;
        if (!a.position.trimmed().isEmpty())
            details << a.position.trimmed();
        if (!a.unit.trimmed().isEmpty() && !a.name.contains(a.unit.trimmed(), Qt::CaseInsensitive))
            details << a.unit.trimmed();
        if (!details.isEmpty())
            name.lines += cell({{details.join(QStringLiteral(", ")), regular(kTableSize)}},
                               m_table.columns()[1], Align::Left)
                              .lines;
        cells.append(name);
        cells.append(cell({{a.initiativeTitle, regular(kTableSize)}}, m_table.columns()[2], Align::Left));
        cells.append(cell({{a.entryCode, regular(kTableSize)}}, m_table.columns()[3], Align::Center));
        return finishRow(cells);
    }

    const AwardDecisionData& m_data;
    FontBook m_fonts;
    PageFlow m_flow;
    DocumentTable m_table;
};

// "Như Điều 3;" or "- Như Điều 3" → "Như Điều 3": the layout adds the dash and the punctuation.
QString bareRecipient(QString line)
{
    line = line.trimmed();
    static const QRegularExpression lead(QStringLiteral("^[-–•]\\s*"));
    static const QRegularExpression trail(QStringLiteral("[;.,\\s]+$"));
    line.remove(lead);
    line.remove(trail);
    return line;
}

} // namespace

DocumentHeading headingOf(const AwardDecisionData& data)
{
    return {data.superiorBody, data.issuingBody, wording::numberPrefix() + data.numberSymbol(),
            data.place + QStringLiteral(", ") + text::documentDate(data.date)};
}

HeaderColumns headerColumns(const AwardDecisionData& data, const FontBook& fonts, qreal bodyWidth)
{
    return headingColumns(headingOf(data), fonts, bodyWidth);
}

QStringList recipientLines(const AwardDecisionData& data)
{
    QStringList bare;
    for (const QString& r : data.recipients)
        if (!bareRecipient(r).isEmpty())
            bare << bareRecipient(r);
    if (!bareRecipient(data.archiveLine).isEmpty())
        bare << bareRecipient(data.archiveLine);
    QStringList lines;
    for (qsizetype i = 0; i < bare.size(); ++i)
        lines << QStringLiteral("- ") + bare[i] +
                     (i == bare.size() - 1 ? QStringLiteral(".") : QStringLiteral(";"));
    return lines;
}

QString summaryLine(const AwardDecisionData& data)
{
    if (isDecision(data))
        return wording::decisionSummary(wording::directorCertificate(), data.campaignName, data.campaignYear);
    return wording::proposalSummary(data.awardFormName, data.campaignName, data.campaignYear);
}

QString listSubject(const AwardDecisionData& data)
{
    return isDecision(data) ? wording::decisionListSubject(data.awardFormName)
                            : wording::proposalListSubject(data.awardFormName);
}

QString listReference(const AwardDecisionData& data)
{
    // A decision is the director's; a proposal is the department's.
    const QString author =
        isDecision(data) ? wording::director() + QLatin1Char(' ') + data.issuingBody : data.issuingBody;
    return wording::listReference(isDecision(data) ? wording::decisionWord() : wording::proposalWord(),
                                  data.numberSymbol(), text::documentDate(data.date), author);
}

QList<Article> articles(const AwardDecisionData& data)
{
    const int collectives = int(data.collectives.size());
    const int individuals = int(data.individuals.size());
    QList<Article> list;
    if (!isDecision(data)) {
        list.append({{},
                     wording::proposalBody(data.issuingBody, data.addressee, data.awardFormName, collectives,
                                           individuals, data.reason)});
        list.append({{}, wording::proposalClosing(data.issuingBody, data.addressee)});
        return list;
    }
    int n = 0;
    list.append({wording::article(++n),
                 wording::awardArticle(data.awardFormName, collectives, individuals, data.reason)});
    if (!data.moneyArticle.trimmed().isEmpty())
        list.append({wording::article(++n), data.moneyArticle.trimmed()});
    QString execution = data.executionArticle.trimmed();
    if (!execution.isEmpty()) {
        if (!execution.endsWith(QStringLiteral("./.")))
            execution += execution.endsWith(QLatin1Char('.')) ? QStringLiteral("/.") : QStringLiteral("./.");
        list.append({wording::article(++n), execution});
    }
    return list;
}

PagedDocument layoutDecision(const AwardDecisionData& data)
{
    PagedDocument document;
    document.title = (isDecision(data) ? wording::decisionWord() : wording::proposalWord()) +
                     QStringLiteral(" số ") + data.numberSymbol();
    DecisionLayout(data, document).run();
    return document;
}

int pageCount(const AwardDecisionData& data)
{
    return int(layoutDecision(data).pages.size());
}

void paint(const AwardDecisionData& data, QPagedPaintDevice& device)
{
    DocumentPainter::paint(layoutDecision(data), device);
}

Status writePdf(const AwardDecisionData& data, const QString& path)
{
    if (auto ok = data.validate(); !ok)
        return ok;
    return DocumentPainter::writePdf(layoutDecision(data), path);
}

} // namespace sangkien
