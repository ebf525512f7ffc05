#include "import/ods_reader.h"

#include "import/reader_values.h"
#include "import/zip_xml_stream.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <algorithm>
#include <cmath>
#include <limits>

namespace sangkien {

namespace {

const QString kOffice = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:office:1.0");
const QString kTable = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:table:1.0");
const QString kText = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:text:1.0");
const QString kStyle = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:style:1.0");
const QString kFo = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0");
const QString kSvg = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0");

bool is(const QXmlStreamReader& xml, const QString& ns, QStringView name)
{
    return xml.name() == name && xml.namespaceUri() == ns;
}

qint64 positiveCount(QStringView text)
{
    bool ok = false;
    const qint64 n = text.toLongLong(&ok);
    return ok && n > 0 ? n : 1;
}

int clampInt(qint64 n)
{
    return static_cast<int>(std::min<qint64>(n, std::numeric_limits<int>::max()));
}

QString unquote(QString family)
{
    family = family.trimmed();
    if (family.size() >= 2 && (family.front() == u'\'' || family.front() == u'"') &&
        family.back() == family.front())
        family = family.mid(1, family.size() - 2);
    return family;
}

// An xsd:duration such as "PT12H30M15S" as seconds; -1 when it is not one or is negative.
double durationSeconds(const QString& text)
{
    static const QRegularExpression re(QStringLiteral(
        R"(^(-)?P(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$)"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch() || !m.captured(1).isEmpty())
        return -1;
    return m.captured(2).toDouble() * 86400 + m.captured(3).toDouble() * 3600 +
           m.captured(4).toDouble() * 60 + m.captured(5).toDouble();
}

} // namespace

OdsReader::OdsReader(ReaderLimits limits)
    : SheetReader(limits)
{}

OdsReader::~OdsReader() = default;

Error OdsReader::streamError(qint64 row, qint64 column) const
{
    return error(m_stream ? m_stream->failureText() : tr("The sheet cannot be read."), clampInt(row),
                 column < 0 ? -1 : clampInt(column));
}

Status OdsReader::readStyles(ZipXmlStream& stream, bool inContent)
{
    // Font faces, cell and text styles, and the table styles that hide their sheet. In content.xml
    // this stops at <office:body>, leaving the stream there.
    Style* current = nullptr;
    QString currentTableStyle;
    bool currentIsDefault = false;
    for (auto t = stream.readNext(); t != QXmlStreamReader::EndDocument; t = stream.readNext()) {
        if (t == QXmlStreamReader::Invalid)
            return fileError(tr("This OpenDocument file cannot be read: %1").arg(stream.failureText()));
        const QXmlStreamReader& xml = stream.xml();
        if (t == QXmlStreamReader::EndElement) {
            if (is(xml, kStyle, u"style") || is(xml, kStyle, u"default-style")) {
                current = nullptr;
                currentTableStyle.clear();
                currentIsDefault = false;
            }
            continue;
        }
        if (t != QXmlStreamReader::StartElement)
            continue;
        if (inContent && is(xml, kOffice, u"body"))
            return {};
        const auto attrs = xml.attributes();
        if (is(xml, kStyle, u"font-face")) {
            m_fontFaces.insert(attrs.value(kStyle, QStringLiteral("name")).toString(),
                               unquote(attrs.value(kSvg, QStringLiteral("font-family")).toString()));
        } else if (is(xml, kStyle, u"style")) {
            const QStringView family = attrs.value(kStyle, QStringLiteral("family"));
            const QString name = attrs.value(kStyle, QStringLiteral("name")).toString();
            const Style style{attrs.value(kStyle, QStringLiteral("parent-style-name")).toString(), QString()};
            if (family == u"table-cell")
                current = &(m_cellStyles[name] = style);
            else if (family == u"text" || family == u"paragraph")
                current = &(m_textStyles[name] = style);
            else if (family == u"table")
                currentTableStyle = name;
        } else if (is(xml, kStyle, u"default-style")) {
            currentIsDefault = attrs.value(kStyle, QStringLiteral("family")) == u"table-cell";
        } else if (is(xml, kStyle, u"text-properties")) {
            QString font = attrs.value(kStyle, QStringLiteral("font-name")).toString();
            if (font.isEmpty())
                font = unquote(attrs.value(kFo, QStringLiteral("font-family")).toString());
            if (!font.isEmpty() && current)
                current->font = font;
            else if (!font.isEmpty() && currentIsDefault)
                m_defaultCellFont = font;
        } else if (is(xml, kStyle, u"table-properties") && !currentTableStyle.isEmpty()) {
            m_hiddenTableStyles.insert(currentTableStyle,
                                       attrs.value(kTable, QStringLiteral("display")) == u"false");
        }
    }
    return {};
}

QString OdsReader::cellFont(const QString& styleName) const
{
    const auto cached = m_fontCache.constFind(styleName);
    if (cached != m_fontCache.cend())
        return *cached;
    QString font;
    QString name = styleName.isEmpty() ? QStringLiteral("Default") : styleName;
    for (int depth = 0; depth < 16 && font.isEmpty(); ++depth) { // bounded: parent chains may loop
        const auto style = m_cellStyles.constFind(name);
        if (style == m_cellStyles.cend())
            break;
        font = style->font;
        name = style->parent.isEmpty() && name != u"Default" ? QStringLiteral("Default") : style->parent;
    }
    if (font.isEmpty())
        font = m_defaultCellFont;
    font = m_fontFaces.value(font, font);
    m_fontCache.insert(styleName, font);
    return font;
}

QString OdsReader::textFont(const QString& styleName) const
{
    QString name = styleName;
    for (int depth = 0; depth < 16; ++depth) {
        const auto style = m_textStyles.constFind(name);
        if (style == m_textStyles.cend())
            return {};
        if (!style->font.isEmpty())
            return m_fontFaces.value(style->font, style->font);
        name = style->parent;
    }
    return {};
}

Status OdsReader::open(const QString& path)
{
    m_path = path;
    m_sheets.clear();
    m_current = -1;
    m_fontFaces.clear();
    m_cellStyles.clear();
    m_textStyles.clear();
    m_defaultCellFont.clear();
    m_hiddenTableStyles.clear();
    m_fontCache.clear();
    m_stream.reset();

    const QFileInfo info(path);
    if (!info.exists() || !info.isReadable())
        return fileError(tr("The file does not exist or cannot be read."));
    if (info.size() == 0)
        return fileError(tr("The file is empty."));
    const ZipDirectory dir = ZipDirectory::read(path);
    if (!dir.failure.isEmpty())
        return fileError(tr("This is not a readable .ods spreadsheet: %1").arg(dir.failure));
    m_contentPart = dir.find(QStringLiteral("content.xml"));
    if (m_contentPart.isEmpty())
        return fileError(tr("This zip file is not an OpenDocument spreadsheet: it has no content.xml."));

    // An encrypted document keeps its parts unreadable; the manifest says so.
    if (const QString manifest = dir.find(QStringLiteral("META-INF/manifest.xml")); !manifest.isEmpty()) {
        ZipXmlStream stream;
        stream.open(path, manifest, m_limits.maxStringsBytes);
        for (auto t = stream.readNext(); t != QXmlStreamReader::EndDocument && t != QXmlStreamReader::Invalid;
             t = stream.readNext()) {
            if (t == QXmlStreamReader::StartElement && stream.xml().name() == u"encryption-data")
                return fileError(tr("The spreadsheet is protected by a password; open it in the spreadsheet "
                                    "program, remove the password and save it again."));
        }
    }

    const QString stylesPart = dir.find(QStringLiteral("styles.xml"));
    if (!stylesPart.isEmpty()) {
        ZipXmlStream styles;
        styles.open(path, stylesPart, m_limits.maxStringsBytes);
        if (Status s = readStyles(styles, false); !s)
            return s;
    }
    // One pass over content.xml lists the sheets; their rows are skipped, not kept.
    ZipXmlStream content;
    content.open(path, m_contentPart, m_limits.maxEntryBytes);
    if (Status s = readStyles(content, true); !s)
        return s;
    for (auto t = content.readNext(); t != QXmlStreamReader::EndDocument; t = content.readNext()) {
        if (t == QXmlStreamReader::Invalid)
            return fileError(tr("This OpenDocument file cannot be read: %1").arg(content.failureText()));
        if (t != QXmlStreamReader::StartElement || !is(content.xml(), kTable, u"table"))
            continue;
        const auto attrs = content.xml().attributes();
        m_sheets << SheetInfo{
            attrs.value(kTable, QStringLiteral("name")).toString(),
            m_hiddenTableStyles.value(attrs.value(kTable, QStringLiteral("style-name")).toString())};
        if (!content.skipElement())
            return fileError(tr("This OpenDocument file cannot be read: %1").arg(content.failureText()));
    }
    if (m_sheets.isEmpty())
        return fileError(tr("The document has no sheets; it is not a spreadsheet."));
    m_current = 0;
    for (int i = 0; i < m_sheets.size(); ++i) {
        if (!m_sheets[i].hidden) {
            m_current = i;
            break;
        }
    }
    return startSheet();
}

Status OdsReader::selectSheet(const QString& name)
{
    for (int i = 0; i < m_sheets.size(); ++i) {
        if (m_sheets[i].name == name) {
            m_current = i;
            return startSheet();
        }
    }
    return fileError(tr("The spreadsheet has no sheet named “%1”.").arg(name));
}

Status OdsReader::startSheet()
{
    m_columns.clear();
    m_columnCount = 0;
    m_rowNumber = 1;
    m_pendingLeft = 0;
    m_atEnd = false;
    m_merged.clear();
    m_stream = std::make_unique<ZipXmlStream>();
    if (!m_stream->open(m_path, m_contentPart, m_limits.maxEntryBytes))
        return streamError();
    int index = 0;
    for (auto t = m_stream->readNext(); t != QXmlStreamReader::EndDocument; t = m_stream->readNext()) {
        if (t == QXmlStreamReader::Invalid)
            return streamError();
        if (t != QXmlStreamReader::StartElement || !is(m_stream->xml(), kTable, u"table"))
            continue;
        if (index++ == m_current)
            return {};
        if (!m_stream->skipElement())
            return streamError();
    }
    return error(tr("The sheet cannot be found in content.xml."));
}

bool OdsReader::readParagraph(QString& text, QList<CellRun>& runs, const QString& font, bool& hasSpans)
{
    auto append = [&](const QString& piece) {
        if (piece.isEmpty())
            return;
        text += piece;
        if (!runs.isEmpty() && runs.last().font == font)
            runs.last().text += piece;
        else
            runs << CellRun{piece, font};
    };
    for (;;) {
        if (text.size() > m_limits.maxCellTextLength)
            return false;
        const auto t = m_stream->readNext();
        if (t == QXmlStreamReader::Invalid || t == QXmlStreamReader::EndDocument)
            return false;
        const QXmlStreamReader& xml = m_stream->xml();
        if (t == QXmlStreamReader::EndElement)
            return true;
        if (t == QXmlStreamReader::Characters) {
            // ODF collapses white space inside a paragraph; runs of spaces come as <text:s/>.
            QString piece;
            const QStringView raw = xml.text();
            piece.reserve(raw.size());
            bool lastSpace = !text.isEmpty() && text.back() == u' ';
            for (QChar c : raw) {
                if (c == u'\n' || c == u'\r' || c == u'\t')
                    c = u' ';
                if (c == u' ' && lastSpace)
                    continue;
                lastSpace = c == u' ';
                piece += c;
            }
            append(piece);
            continue;
        }
        if (t != QXmlStreamReader::StartElement)
            continue;
        if (xml.namespaceUri() != kText) {
            if (!m_stream->skipElement()) // annotations, frames: not the cell's text
                return false;
            continue;
        }
        const QStringView name = xml.name();
        if (name == u"s") {
            const qint64 count = positiveCount(xml.attributes().value(kText, QStringLiteral("c")));
            append(QString(static_cast<qsizetype>(std::min<qint64>(count, m_limits.maxCellTextLength + 1LL)),
                           u' '));
            if (!m_stream->skipElement())
                return false;
        } else if (name == u"tab" || name == u"line-break") {
            append(name == u"tab" ? QStringLiteral("\t") : QStringLiteral("\n"));
            if (!m_stream->skipElement())
                return false;
        } else if (name == u"span") {
            hasSpans = true;
            const QString spanFont =
                textFont(xml.attributes().value(kText, QStringLiteral("style-name")).toString());
            if (!readParagraph(text, runs, spanFont.isEmpty() ? font : spanFont, hasSpans))
                return false;
        } else if (name == u"note" || name.startsWith(u"bookmark") || name == u"soft-page-break") {
            if (!m_stream->skipElement())
                return false;
        } else if (!readParagraph(text, runs, font, hasSpans)) { // links and fields: keep their text
            return false;
        }
    }
}

bool OdsReader::readCellContent(QString& text, QList<CellRun>& runs, bool& hasSpans)
{
    bool first = true;
    for (;;) {
        const auto t = m_stream->readNext();
        if (t == QXmlStreamReader::Invalid || t == QXmlStreamReader::EndDocument)
            return false;
        if (t == QXmlStreamReader::EndElement)
            return true;
        if (t != QXmlStreamReader::StartElement)
            continue;
        const QXmlStreamReader& xml = m_stream->xml();
        if (is(xml, kText, u"p") || is(xml, kText, u"h")) {
            // Each paragraph is a line of the cell.
            if (!first) {
                text += u'\n';
                if (!runs.isEmpty())
                    runs.last().text += u'\n';
            }
            first = false;
            if (!readParagraph(text, runs, QString(), hasSpans))
                return false;
        } else if (!m_stream->skipElement()) { // office:annotation and drawings are not the value
            return false;
        }
    }
}

Result<bool> OdsReader::readRow(SheetRow& row, qint64 rowNumber)
{
    qint64 column = 0;
    const int shownRow = clampInt(rowNumber);
    for (;;) {
        const auto t = m_stream->readNext();
        if (t == QXmlStreamReader::Invalid || t == QXmlStreamReader::EndDocument)
            return streamError(shownRow);
        if (t == QXmlStreamReader::EndElement)
            return true; // </table:table-row>
        if (t != QXmlStreamReader::StartElement)
            continue;
        const QXmlStreamReader& xml = m_stream->xml();
        const bool covered = is(xml, kTable, u"covered-table-cell");
        if (!covered && !is(xml, kTable, u"table-cell")) {
            if (!m_stream->skipElement())
                return streamError(shownRow);
            continue;
        }
        const auto attrs = xml.attributes();
        const qint64 columnRepeat =
            positiveCount(attrs.value(kTable, QStringLiteral("number-columns-repeated")));
        const QString valueType = attrs.value(kOffice, QStringLiteral("value-type")).toString();
        const int shownColumn = clampInt(std::min<qint64>(column, m_limits.maxColumns));
        QString text;
        QList<CellRun> pieces;
        bool hasSpans = false;
        const bool read = readCellContent(text, pieces, hasSpans);
        if (text.size() > m_limits.maxCellTextLength)
            return error(tr("The cell holds more than %1 characters.").arg(m_limits.maxCellTextLength),
                         shownRow, shownColumn);
        if (!read)
            return streamError(shownRow, shownColumn);
        if (covered) { // hidden under a merged cell: the program shows nothing there
            column += columnRepeat;
            continue;
        }
        const qint64 columnSpan =
            positiveCount(attrs.value(kTable, QStringLiteral("number-columns-spanned")));
        const qint64 rowSpan = positiveCount(attrs.value(kTable, QStringLiteral("number-rows-spanned")));
        if ((columnSpan > 1 || rowSpan > 1) && column < m_limits.maxColumns &&
            rowNumber <= m_limits.maxRows) {
            m_merged << CellRange{
                shownRow, static_cast<int>(column),
                clampInt(std::min<qint64>(rowNumber + rowSpan - 1, m_limits.maxRows)),
                clampInt(std::min<qint64>(column + columnSpan - 1, m_limits.maxColumns - 1))};
        }

        Cell cell;
        if (valueType == u"float" || valueType == u"percentage" || valueType == u"currency") {
            bool ok = false;
            const double d = attrs.value(kOffice, QStringLiteral("value")).toDouble(&ok);
            cell.value = ok ? QVariant(d) : QVariant(text);
        } else if (valueType == u"date") {
            const QString iso = attrs.value(kOffice, QStringLiteral("date-value")).toString();
            if (iso.contains(u'T')) {
                const QDateTime dt = QDateTime::fromString(iso, Qt::ISODateWithMs);
                cell.value = dt.isValid() ? QVariant(QDateTime(dt.date(), dt.time())) : QVariant(text);
            } else {
                const QDate date = QDate::fromString(iso, Qt::ISODate);
                cell.value = date.isValid() ? QVariant(date) : QVariant(text);
            }
        } else if (valueType == u"time") {
            const double seconds =
                durationSeconds(attrs.value(kOffice, QStringLiteral("time-value")).toString());
            if (seconds >= 0 && seconds < 86400)
                cell.value = QTime(0, 0).addMSecs(static_cast<int>(std::llround(seconds * 1000)));
            else if (seconds >= 0)
                cell.value = seconds / 86400.0; // a day or more: a duration in days, as spreadsheets count
            else
                cell.value = text;
        } else if (valueType == u"boolean") {
            cell.value = attrs.value(kOffice, QStringLiteral("boolean-value")) == u"true";
        } else {
            if (text.isEmpty())
                text = attrs.value(kOffice, QStringLiteral("string-value")).toString();
            if (!text.isEmpty())
                cell.value = text;
        }
        if (!cell.value.isValid() ||
            (cell.value.typeId() == QMetaType::QString && cell.value.toString().isEmpty())) {
            column += columnRepeat;
            continue;
        }
        cell.text = text.isEmpty() ? reader::displayText(cell.value) : text;
        QString styleName = attrs.value(kTable, QStringLiteral("style-name")).toString();
        if (styleName.isEmpty()) {
            for (const ColumnStyle& c : m_columns) {
                if (column >= c.first && column <= c.last) {
                    styleName = c.style;
                    break;
                }
            }
        }
        cell.font = cellFont(styleName);
        if (hasSpans) {
            cell.runs = pieces;
            for (CellRun& r : cell.runs) {
                if (r.font.isEmpty())
                    r.font = cell.font;
            }
        }
        if (column + columnRepeat > m_limits.maxColumns)
            return error(tr("The row has more than %1 columns.").arg(m_limits.maxColumns), shownRow,
                         shownColumn);
        for (qint64 k = 0; k < columnRepeat; ++k) {
            cell.column = static_cast<int>(column + k);
            row.cells << cell;
        }
        column += columnRepeat;
    }
}

Result<bool> OdsReader::nextRow(SheetRow& row)
{
    row = SheetRow{};
    if (m_pendingLeft > 0) {
        row = m_pending;
        row.number = clampInt(m_rowNumber++);
        --m_pendingLeft;
        return true;
    }
    if (m_atEnd || !m_stream)
        return false;
    for (;;) {
        const auto t = m_stream->readNext();
        if (t == QXmlStreamReader::Invalid)
            return streamError(std::min<qint64>(m_rowNumber, m_limits.maxRows));
        const QXmlStreamReader& xml = m_stream->xml();
        if (t == QXmlStreamReader::EndDocument ||
            (t == QXmlStreamReader::EndElement && is(xml, kTable, u"table"))) {
            m_atEnd = true;
            m_stream.reset();
            return false;
        }
        if (t != QXmlStreamReader::StartElement)
            continue;
        if (xml.namespaceUri() == kTable) {
            const QStringView name = xml.name();
            if (name == u"table-row") {
                const qint64 repeat =
                    positiveCount(xml.attributes().value(kTable, QStringLiteral("number-rows-repeated")));
                if (Result<bool> ok = readRow(row, m_rowNumber); !ok)
                    return ok.error();
                if (row.cells.isEmpty()) {
                    m_rowNumber += repeat; // empty rows, however many, cost nothing
                    continue;
                }
                if (m_rowNumber + repeat - 1 > m_limits.maxRows)
                    return error(
                        tr("The sheet has more than %1 rows.").arg(m_limits.maxRows),
                        clampInt(std::min<qint64>(m_rowNumber + repeat - 1, m_limits.maxRows + 1LL)));
                row.number = clampInt(m_rowNumber++);
                if (repeat > 1) {
                    m_pending = row;
                    m_pendingLeft = repeat - 1;
                }
                return true;
            }
            if (name == u"table-column") {
                const auto attrs = xml.attributes();
                const qint64 repeat =
                    positiveCount(attrs.value(kTable, QStringLiteral("number-columns-repeated")));
                const QString style =
                    attrs.value(kTable, QStringLiteral("default-cell-style-name")).toString();
                if (!style.isEmpty() && m_columnCount < m_limits.maxColumns)
                    m_columns << ColumnStyle{m_columnCount, m_columnCount + repeat - 1, style};
                m_columnCount += repeat;
                if (!m_stream->skipElement())
                    return streamError();
                continue;
            }
            if (name == u"table-header-rows" || name == u"table-row-group" || name == u"table-rows" ||
                name == u"table-columns" || name == u"table-column-group" || name == u"table-header-columns")
                continue; // containers: their rows and columns follow
        }
        if (!m_stream->skipElement())
            return streamError(std::min<qint64>(m_rowNumber, m_limits.maxRows));
    }
}

QList<CellRange> OdsReader::mergedRanges()
{
    if (m_atEnd || m_current < 0)
        return m_merged;
    // Merges are attributes of the cells: read the sheet once more with a reader of our own.
    OdsReader other(m_limits);
    if (!other.open(m_path) || !other.selectSheet(currentSheet()))
        return m_merged;
    SheetRow row;
    for (;;) {
        const Result<bool> more = other.nextRow(row);
        if (!more || !*more)
            break;
    }
    return other.m_merged;
}

} // namespace sangkien
