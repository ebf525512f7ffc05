#include "document_layout.h"

#include <QFontDatabase>
#include <QHashFunctions>
#include <algorithm>

namespace sangkien {

size_t qHash(const TextStyle& style, size_t seed)
{
    return qHashMulti(seed, qRound(style.size * 100), style.bold, style.italic);
}

struct FontBook::Face
{
    QFont font;
    QFontMetricsF metrics;
    QHash<QString, qreal> advances;
};

FontBook::FontBook()
    : m_family(family())
{}

FontBook::~FontBook() = default;

QString FontBook::family()
{
    static const QString chosen = [] {
        const QStringList families = QFontDatabase::families();
        for (const QString& candidate :
             {QStringLiteral("Times New Roman"), QStringLiteral("Liberation Serif")})
            if (families.contains(candidate, Qt::CaseInsensitive))
                return candidate;
        return QStringLiteral("Liberation Serif"); // fontconfig substitutes its nearest serif
    }();
    return chosen;
}

const FontBook::Face& FontBook::face(const TextStyle& style) const
{
    auto it = m_faces.constFind(style);
    if (it != m_faces.constEnd())
        return **it;
    QFont f(m_family);
    f.setStyleHint(QFont::Serif, QFont::PreferOutline);
    // Pixels are twips here: whole numbers for every half point, and no hinting, so metrics scale
    // linearly to any device.
    f.setPixelSize(qRound(pt(style.size)));
    f.setBold(style.bold);
    f.setItalic(style.italic);
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setKerning(true);
    auto face = std::make_shared<Face>(Face{f, QFontMetricsF(f), {}});
    m_faces.insert(style, face);
    return *face;
}

QFont FontBook::font(const TextStyle& style) const
{
    return face(style).font;
}

qreal FontBook::advance(const TextStyle& style, const QString& text) const
{
    auto& f = const_cast<Face&>(face(style));
    auto it = f.advances.constFind(text);
    if (it != f.advances.constEnd())
        return *it;
    const qreal w = f.metrics.horizontalAdvance(text);
    if (text.size() < 64) // words and short runs repeat; long runs do not
        f.advances.insert(text, w);
    return w;
}

qreal FontBook::ascent(const TextStyle& style) const
{
    return face(style).metrics.ascent();
}
qreal FontBook::descent(const TextStyle& style) const
{
    return face(style).metrics.descent();
}
qreal FontBook::lineSpacing(const TextStyle& style) const
{
    return face(style).metrics.lineSpacing();
}

namespace {

struct Fragment
{
    QString text;
    TextStyle style;
};

struct Word
{
    QList<Fragment> parts;
    TextStyle spaceStyle; // style of the space before the word
    qreal width = 0;
};

bool isBreakingSpace(QChar c)
{
    return c.isSpace() && c != QChar(0x00A0) && c != QChar(0x202F);
}

QList<Word> tokenize(const FontBook& fonts, const QList<Span>& spans)
{
    QList<Word> words;
    Word current;
    TextStyle pendingSpace = spans.isEmpty() ? TextStyle{} : spans.first().style;
    auto finish = [&] {
        if (current.parts.isEmpty())
            return;
        for (const Fragment& f : std::as_const(current.parts))
            current.width += fonts.advance(f.style, f.text);
        words.append(current);
        current = Word{};
    };
    for (const Span& span : spans) {
        for (QChar c : span.text) {
            if (isBreakingSpace(c)) {
                finish();
                pendingSpace = span.style;
                continue;
            }
            if (current.parts.isEmpty())
                current.spaceStyle = pendingSpace;
            if (current.parts.isEmpty() || !(current.parts.last().style == span.style))
                current.parts.append({{}, span.style});
            current.parts.last().text.append(c);
        }
    }
    finish();
    return words;
}

// Cuts a word that cannot fit on a line: the longest head that fits (at least one letter).
std::pair<Word, Word> cutWord(const FontBook& fonts, const Word& word, qreal width)
{
    Word head, tail;
    head.spaceStyle = word.spaceStyle;
    tail.spaceStyle = word.spaceStyle;
    bool cut = false;
    for (const Fragment& f : word.parts) {
        if (cut) {
            tail.parts.append(f);
            continue;
        }
        int fit = 0;
        for (int n = 1; n <= f.text.size(); ++n) {
            if (head.width + fonts.advance(f.style, f.text.left(n)) > width)
                break;
            fit = n;
        }
        if (fit == f.text.size()) {
            head.parts.append(f);
            head.width += fonts.advance(f.style, f.text);
            continue;
        }
        if (fit == 0 && head.parts.isEmpty())
            fit = 1; // always make progress
        if (fit > 0) {
            head.parts.append({f.text.left(fit), f.style});
            head.width += fonts.advance(f.style, f.text.left(fit));
        }
        if (fit < f.text.size())
            tail.parts.append({f.text.mid(fit), f.style});
        cut = true;
    }
    for (const Fragment& f : std::as_const(tail.parts))
        tail.width += fonts.advance(f.style, f.text);
    return {head, tail};
}

TextLine makeLine(const FontBook& fonts, const QList<Word>& words, qreal indent, qreal available,
                  const ParagraphFormat& format, bool lastLine)
{
    TextLine line;
    qreal natural = 0;
    for (int i = 0; i < words.size(); ++i)
        natural += words[i].width + (i > 0 ? fonts.advance(words[i].spaceStyle, QStringLiteral(" ")) : 0);
    line.naturalWidth = natural;

    for (const Word& w : words)
        for (const Fragment& f : w.parts) {
            line.ascent = std::max(line.ascent, fonts.ascent(f.style));
            line.descent = std::max(line.descent, fonts.descent(f.style));
            line.height = std::max(line.height, fonts.lineSpacing(f.style) * format.lineSpacing);
        }

    const bool justify = format.align == Align::Justify && !lastLine && words.size() > 1;
    if (justify) {
        // Each word placed on its own, the slack shared between the gaps.
        qreal wordsWidth = 0;
        for (const Word& w : words)
            wordsWidth += w.width;
        const qreal gap = (available - wordsWidth) / qreal(words.size() - 1);
        qreal x = indent;
        for (const Word& w : words) {
            qreal fx = x;
            for (const Fragment& f : w.parts) {
                const QString text = QString(f.text).replace(QChar(0x00A0), QLatin1Char(' '));
                const qreal fw = fonts.advance(f.style, text);
                line.runs.append({text, f.style, QPointF(fx, 0), fw});
                fx += fw;
            }
            x += w.width + gap;
        }
        return line;
    }

    qreal x = indent;
    if (format.align == Align::Center)
        x += (available - natural) / 2;
    else if (format.align == Align::Right)
        x += available - natural;
    // Runs of one style merged with their spaces: fewer, longer text runs draw and extract better.
    for (int i = 0; i < words.size(); ++i) {
        const Word& w = words[i];
        if (i > 0) {
            if (!line.runs.isEmpty() && line.runs.last().style == w.spaceStyle)
                line.runs.last().text += QLatin1Char(' ');
            else
                line.runs.append({QStringLiteral(" "), w.spaceStyle, QPointF(0, 0), 0});
        }
        for (const Fragment& f : w.parts) {
            if (!line.runs.isEmpty() && line.runs.last().style == f.style)
                line.runs.last().text += f.text;
            else
                line.runs.append({f.text, f.style, QPointF(0, 0), 0});
        }
    }
    for (PlacedText& run : line.runs) {
        run.text.replace(QChar(0x00A0), QLatin1Char(' ')); // glue only for the line breaker
        run.width = fonts.advance(run.style, run.text);
        run.origin = QPointF(x, 0);
        x += run.width;
    }
    return line;
}

} // namespace

namespace {
QList<TextLine> greedyLines(const FontBook& fonts, const QList<Span>& spans, const ParagraphFormat& format,
                            qreal width);
} // namespace

QList<TextLine> breakLines(const FontBook& fonts, const QList<Span>& spans, const ParagraphFormat& format,
                           qreal width)
{
    QList<TextLine> lines = greedyLines(fonts, spans, format, width);
    if (!format.balance || format.align != Align::Center || lines.size() < 2)
        return lines;
    // The narrowest width that keeps the number of lines, found by bisection; the lines are then
    // centred in the full width again.
    qreal low = width / 2, high = width;
    QList<TextLine> best = lines;
    for (int i = 0; i < 12 && high - low > mm(0.5); ++i) {
        const qreal mid = (low + high) / 2;
        QList<TextLine> trial = greedyLines(fonts, spans, format, mid);
        if (trial.size() == lines.size()) {
            high = mid;
            best = std::move(trial);
        } else {
            low = mid;
        }
    }
    const qreal shift = (width - high) / 2;
    for (TextLine& line : best)
        for (PlacedText& run : line.runs)
            run.origin.rx() += shift;
    return best;
}

namespace {

QList<TextLine> greedyLines(const FontBook& fonts, const QList<Span>& spans, const ParagraphFormat& format,
                            qreal width)
{
    QList<Word> words = tokenize(fonts, spans);
    QList<TextLine> lines;
    if (words.isEmpty()) {
        // An empty paragraph still takes a line.
        const TextStyle style = spans.isEmpty() ? TextStyle{} : spans.first().style;
        TextLine empty;
        empty.ascent = fonts.ascent(style);
        empty.descent = fonts.descent(style);
        empty.height = fonts.lineSpacing(style) * format.lineSpacing;
        lines.append(empty);
        return lines;
    }

    QList<Word> current;
    qreal used = 0;
    auto indentOf = [&] { return lines.isEmpty() ? format.firstLineIndent : 0.0; };
    constexpr qreal kTolerance = 0.01;
    for (qsizetype i = 0; i < words.size(); ++i) {
        Word word = words[i];
        const qreal available = width - indentOf();
        const qreal space = current.isEmpty() ? 0 : fonts.advance(word.spaceStyle, QStringLiteral(" "));
        if (used + space + word.width <= available + kTolerance) {
            current.append(word);
            used += space + word.width;
            continue;
        }
        if (!current.isEmpty()) {
            lines.append(makeLine(fonts, current, indentOf(), available, format, false));
            current.clear();
            used = 0;
            --i; // the word starts the next line
            continue;
        }
        // A word wider than a whole line: cut it between letters.
        auto [head, tail] = cutWord(fonts, word, available);
        lines.append(makeLine(fonts, {head}, indentOf(), available, format, false));
        words[i] = tail;
        --i;
    }
    if (!current.isEmpty())
        lines.append(makeLine(fonts, current, indentOf(), width - indentOf(), format, true));
    return lines;
}

} // namespace

qreal linesHeight(const QList<TextLine>& lines)
{
    qreal h = 0;
    for (const TextLine& l : lines)
        h += l.height;
    return h;
}

qreal widestLine(const QList<TextLine>& lines)
{
    qreal w = 0;
    for (const TextLine& l : lines)
        w = std::max(w, l.naturalWidth);
    return w;
}

qreal placeLines(Page& page, const QList<TextLine>& lines, qreal left, qreal top)
{
    qreal y = top;
    for (const TextLine& line : lines) {
        const qreal baseline = y + line.ascent;
        for (const PlacedText& run : line.runs) {
            PlacedText placed = run;
            placed.origin += QPointF(left, baseline);
            page.texts.append(placed);
        }
        y += line.height;
    }
    return y;
}

PageFlow::PageFlow(PagedDocument& document, const FontBook& fonts)
    : m_document(document)
    , m_fonts(fonts)
    , m_body(document.geometry.body())
{}

void PageFlow::startPart()
{
    m_pageInPart = 0;
    newPage();
}

void PageFlow::newPage()
{
    m_document.pages.append(Page{});
    m_document.pages.last().number = m_pageInPart == 0 ? 0 : m_pageInPart + 1;
    ++m_pageInPart;
    m_y = m_body.top();
}

void PageFlow::addParagraph(const QList<Span>& spans, const ParagraphFormat& format)
{
    if (!atPageTop())
        m_y += format.spaceBefore;
    addLines(breakLines(m_fonts, spans, format, m_body.width()), m_body.left());
    m_y += format.spaceAfter;
}

void PageFlow::addLines(const QList<TextLine>& lines, qreal left)
{
    for (const TextLine& line : lines) {
        // A line's ink (ascent + descent) must stay above the bottom margin.
        if (m_y + line.ascent + line.descent > m_body.bottom() && !atPageTop())
            newPage();
        placeLines(page(), {line}, left, m_y);
        m_y += line.height;
    }
}

void PageFlow::keepTogether(qreal height)
{
    if (height > remaining() && !atPageTop())
        newPage();
}

void PageFlow::finish()
{
    // Arabic numbers, 13 pt upright, centred in the top margin (its text between 10 and 20 mm).
    const TextStyle style = regular(13);
    const qreal baseline = mm(11) + m_fonts.ascent(style);
    for (Page& p : m_document.pages) {
        if (p.number <= 0)
            continue;
        const QString text = QString::number(p.number);
        const qreal w = m_fonts.advance(style, text);
        p.texts.append({text, style, QPointF(m_body.center().x() - w / 2, baseline), w});
    }
}

} // namespace sangkien
