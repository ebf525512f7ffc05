#include "import/xlsx_reader.h"

#include "import/reader_xml.h"
#include "import/zip_xml_stream.h"

#include <QFileInfo>
#include <QHash>
#include <QUrl>
#include <algorithm>

namespace sangkien {

using reader::attribute;
using reader::DateKind;

namespace {

struct Relationship
{
    QString id;
    QString type;
    QString target; // resolved zip entry name
};

bool typeIs(const QString& type, QLatin1String suffix)
{
    return type.endsWith(suffix, Qt::CaseInsensitive);
}

// The folder of a part, with its trailing slash ("xl/" for "xl/workbook.xml").
QString folderOf(const QString& part)
{
    const qsizetype slash = part.lastIndexOf(u'/');
    return slash < 0 ? QString() : part.left(slash + 1);
}

// A relationship target as a zip entry name: absolute targets start at the package root, relative
// ones at the source part's folder; "." and ".." segments and percent escapes are resolved.
QString resolveTarget(const QString& sourcePart, const QString& target)
{
    QString path = QUrl::fromPercentEncoding(target.toUtf8());
    path.replace(u'\\', u'/');
    if (!path.startsWith(u'/'))
        path = folderOf(sourcePart) + path;
    QStringList out;
    for (const QString& segment : path.split(u'/', Qt::SkipEmptyParts)) {
        if (segment == u".")
            continue;
        if (segment == u"..") {
            if (!out.isEmpty())
                out.removeLast();
            continue;
        }
        out << segment;
    }
    return out.join(u'/');
}

QString relsPartFor(const QString& part)
{
    const qsizetype slash = part.lastIndexOf(u'/');
    return folderOf(part) + QStringLiteral("_rels/") + part.mid(slash + 1) + QStringLiteral(".rels");
}

} // namespace

XlsxReader::XlsxReader(ReaderLimits limits)
    : SheetReader(limits)
{}

XlsxReader::~XlsxReader() = default;

Error XlsxReader::streamError(int row, int column) const
{
    return error(m_stream ? m_stream->failureText() : tr("The sheet cannot be read."), row, column);
}

Status XlsxReader::open(const QString& path)
{
    m_path = path;
    m_sheets.clear();
    m_current = -1;
    m_date1904 = false;
    m_strings.clear();
    m_styles.clear();
    m_fonts.clear();
    m_stream.reset();
    m_merged.clear();

    const QFileInfo info(path);
    if (!info.exists() || !info.isReadable())
        return fileError(tr("The file does not exist or cannot be read."));
    if (info.size() == 0)
        return fileError(tr("The file is empty."));
    if (Status s = readWorkbook(); !s)
        return s;
    if (m_sheets.isEmpty())
        return fileError(tr("The workbook has no worksheets."));
    const auto visible =
        std::find_if(m_sheets.cbegin(), m_sheets.cend(), [](const Sheet& s) { return !s.info.hidden; });
    m_current = visible == m_sheets.cend() ? 0 : static_cast<int>(visible - m_sheets.cbegin());
    return startSheet();
}

Status XlsxReader::readWorkbook()
{
    const ZipDirectory dir = ZipDirectory::read(m_path);
    if (!dir.failure.isEmpty())
        return fileError(tr("This is not a readable .xlsx workbook: %1").arg(dir.failure));

    // The relationships of a part, each target resolved to the entry name stored in the zip.
    auto readRels = [&](const QString& part, QList<Relationship>& out) -> Status {
        const QString relsPart = dir.find(relsPartFor(part));
        if (relsPart.isEmpty())
            return {};
        ZipXmlStream stream;
        stream.open(m_path, relsPart, m_limits.maxStringsBytes);
        for (auto t = stream.readNext(); t != QXmlStreamReader::EndDocument; t = stream.readNext()) {
            if (t == QXmlStreamReader::Invalid)
                return fileError(stream.failureText());
            if (t != QXmlStreamReader::StartElement || stream.xml().name() != u"Relationship")
                continue;
            const auto attrs = stream.xml().attributes();
            if (attribute(attrs, u"TargetMode").compare(u"External", Qt::CaseInsensitive) == 0)
                continue;
            const QString resolved = resolveTarget(part, attribute(attrs, u"Target").toString());
            const QString stored = dir.find(resolved);
            out << Relationship{attribute(attrs, u"Id").toString(), attribute(attrs, u"Type").toString(),
                                stored.isEmpty() ? resolved : stored};
        }
        return {};
    };

    QList<Relationship> packageRels;
    if (Status s = readRels(QString(), packageRels); !s)
        return s;
    QString workbook;
    for (const Relationship& r : packageRels) {
        if (typeIs(r.type, QLatin1String("/officeDocument")))
            workbook = r.target;
    }
    if (workbook.isEmpty() || dir.find(workbook).isEmpty())
        workbook = dir.find(QStringLiteral("xl/workbook.xml"));
    if (workbook.isEmpty()) {
        if (!dir.find(QStringLiteral("content.xml")).isEmpty())
            return fileError(tr("This is an OpenDocument spreadsheet, not an .xlsx workbook."));
        return fileError(tr("This zip file is not an .xlsx workbook: it has no workbook part."));
    }

    QList<Relationship> workbookRels;
    if (Status s = readRels(workbook, workbookRels); !s)
        return s;

    ZipXmlStream stream;
    stream.open(m_path, workbook, m_limits.maxStringsBytes);
    for (auto t = stream.readNext(); t != QXmlStreamReader::EndDocument; t = stream.readNext()) {
        if (t == QXmlStreamReader::Invalid)
            return fileError(stream.failureText());
        if (t != QXmlStreamReader::StartElement)
            continue;
        const QXmlStreamReader& xml = stream.xml();
        const auto attrs = xml.attributes();
        if (xml.name() == u"workbookPr") {
            // Extensions repeat <workbookPr> (x15:workbookPr) without the attribute: keep what was read.
            const QStringView v = attribute(attrs, u"date1904");
            if (!v.isEmpty())
                m_date1904 = v == u"1" || v.compare(u"true", Qt::CaseInsensitive) == 0;
        } else if (xml.name() == u"sheet") {
            const QStringView id = attribute(attrs, u"id");
            const auto rel = std::find_if(workbookRels.cbegin(), workbookRels.cend(),
                                          [&](const Relationship& r) { return r.id == id; });
            // Chart, dialog and macro sheets hold no rows of data.
            if (rel == workbookRels.cend() || !typeIs(rel->type, QLatin1String("/worksheet")))
                continue;
            const QStringView state = attribute(attrs, u"state");
            m_sheets << Sheet{
                SheetInfo{attribute(attrs, u"name").toString(), state == u"hidden" || state == u"veryHidden"},
                rel->target};
        }
    }

    for (const Relationship& r : workbookRels) {
        if (dir.find(r.target).isEmpty())
            continue;
        if (typeIs(r.type, QLatin1String("/sharedStrings"))) {
            if (Status s = readSharedStrings(r.target); !s)
                return s;
        } else if (typeIs(r.type, QLatin1String("/styles"))) {
            if (Status s = readStyles(r.target); !s)
                return s;
        }
    }
    return {};
}

bool XlsxReader::readRichText(ZipXmlStream& stream, RichText& out)
{
    // At the start of <si> or <is>: direct <t> text, or <r> runs with <rPr><rFont val=…>; <rPh>
    // phonetic guides are pronunciation hints, not part of the text.
    bool hasRuns = false;
    for (;;) {
        const auto t = stream.readNext();
        if (t == QXmlStreamReader::Invalid || t == QXmlStreamReader::EndDocument)
            return false;
        if (t == QXmlStreamReader::EndElement)
            break;
        if (t != QXmlStreamReader::StartElement)
            continue;
        const QStringView name = stream.xml().name();
        if (name == u"t") {
            QString text;
            if (!stream.readText(text))
                return false;
            text = reader::decodeXString(text);
            if (hasRuns)
                out.runs << CellRun{text, QString()};
            out.text += text;
        } else if (name == u"r") {
            // Plain text is kept without runs (a shared-strings table holds hundreds of thousands);
            // text before the first run becomes a run of its own once there are runs.
            if (!hasRuns && !out.text.isEmpty())
                out.runs << CellRun{out.text, QString()};
            CellRun run;
            for (;;) {
                const auto rt = stream.readNext();
                if (rt == QXmlStreamReader::Invalid || rt == QXmlStreamReader::EndDocument)
                    return false;
                if (rt == QXmlStreamReader::EndElement && stream.xml().name() == u"r")
                    break;
                if (rt != QXmlStreamReader::StartElement)
                    continue;
                const QStringView runName = stream.xml().name();
                if (runName == u"rFont") {
                    run.font = attribute(stream.xml().attributes(), u"val").toString();
                } else if (runName == u"t") {
                    QString text;
                    if (!stream.readText(text))
                        return false;
                    run.text += reader::decodeXString(text);
                }
            }
            hasRuns = true;
            out.text += run.text;
            out.runs << run;
        } else if (!stream.skipElement()) {
            return false;
        }
    }
    return true;
}

Status XlsxReader::readSharedStrings(const QString& part)
{
    ZipXmlStream stream;
    stream.open(m_path, part, m_limits.maxStringsBytes);
    for (auto t = stream.readNext(); t != QXmlStreamReader::EndDocument; t = stream.readNext()) {
        if (t == QXmlStreamReader::Invalid)
            return fileError(stream.failureText());
        if (t != QXmlStreamReader::StartElement || stream.xml().name() != u"si")
            continue;
        RichText s;
        if (!readRichText(stream, s))
            return fileError(stream.failureText());
        m_strings << std::move(s);
    }
    return {};
}

Status XlsxReader::readStyles(const QString& part)
{
    ZipXmlStream stream;
    stream.open(m_path, part, m_limits.maxStringsBytes);
    QHash<int, DateKind> customFormats;
    QList<std::pair<int, int>> xfs; // numFmtId, fontId
    QString section;                // the list being read: numFmts, fonts or cellXfs
    int depth = 0;
    int sectionDepth = -1;
    for (auto t = stream.readNext(); t != QXmlStreamReader::EndDocument; t = stream.readNext()) {
        if (t == QXmlStreamReader::Invalid)
            return fileError(stream.failureText());
        if (t == QXmlStreamReader::EndElement) {
            if (--depth < sectionDepth) {
                section.clear();
                sectionDepth = -1;
            }
            continue;
        }
        if (t != QXmlStreamReader::StartElement)
            continue;
        ++depth;
        const QXmlStreamReader& xml = stream.xml();
        const QStringView name = xml.name();
        const auto attrs = xml.attributes();
        if (section.isEmpty()) {
            if (name == u"numFmts" || name == u"fonts" || name == u"cellXfs") {
                section = name.toString();
                sectionDepth = depth;
            }
        } else if (section == u"numFmts" && name == u"numFmt") {
            customFormats.insert(attribute(attrs, u"numFmtId").toInt(),
                                 reader::classifyNumberFormat(attribute(attrs, u"formatCode")));
        } else if (section == u"fonts" && name == u"font" && depth == sectionDepth + 1) {
            m_fonts << QString();
        } else if (section == u"fonts" && name == u"name" && !m_fonts.isEmpty()) {
            m_fonts.last() = attribute(attrs, u"val").toString();
        } else if (section == u"cellXfs" && name == u"xf" && depth == sectionDepth + 1) {
            const QStringView font = attribute(attrs, u"fontId");
            xfs << std::pair{attribute(attrs, u"numFmtId").toInt(), font.isEmpty() ? -1 : font.toInt()};
        }
    }
    for (const auto& [numFmt, font] : xfs) {
        const auto custom = customFormats.constFind(numFmt);
        m_styles << CellStyle{font, custom != customFormats.cend() ? *custom
                                                                   : reader::classifyBuiltinFormat(numFmt)};
    }
    return {};
}

QList<SheetInfo> XlsxReader::sheets() const
{
    QList<SheetInfo> out;
    for (const Sheet& s : m_sheets)
        out << s.info;
    return out;
}

Status XlsxReader::selectSheet(const QString& name)
{
    for (int i = 0; i < m_sheets.size(); ++i) {
        if (m_sheets[i].info.name == name) {
            m_current = i;
            return startSheet();
        }
    }
    return fileError(tr("The workbook has no sheet named “%1”.").arg(name));
}

Status XlsxReader::startSheet()
{
    m_merged.clear();
    m_atEnd = false;
    m_lastRow = 0;
    m_stream = std::make_unique<ZipXmlStream>();
    if (!m_stream->open(m_path, m_sheets[m_current].part, m_limits.maxEntryBytes))
        return streamError();
    return {};
}

Result<bool> XlsxReader::readCell(SheetRow& row, int rowNumber, int& nextColumn)
{
    const auto attrs = m_stream->xml().attributes();
    const QStringView ref = attribute(attrs, u"r");
    int column = nextColumn;
    if (!ref.isEmpty()) {
        column = columnFromRef(ref);
        if (column < 0)
            return error(tr("The cell reference “%1” is not valid.").arg(ref.toString()), rowNumber);
    }
    if (column >= m_limits.maxColumns)
        return error(tr("The row has more than %1 columns.").arg(m_limits.maxColumns), rowNumber);
    nextColumn = column + 1;
    const QString type = attribute(attrs, u"t").toString();
    const QStringView styleText = attribute(attrs, u"s");
    const int styleIndex = styleText.isEmpty() ? 0 : styleText.toInt();
    const CellStyle style =
        styleIndex >= 0 && styleIndex < m_styles.size() ? m_styles[styleIndex] : CellStyle{};

    QString v;
    RichText inlineText;
    bool hasInline = false;
    for (;;) {
        const auto t = m_stream->readNext();
        if (t == QXmlStreamReader::Invalid || t == QXmlStreamReader::EndDocument)
            return streamError(rowNumber, column);
        if (t == QXmlStreamReader::EndElement)
            break; // </c>
        if (t != QXmlStreamReader::StartElement)
            continue;
        const QStringView name = m_stream->xml().name();
        bool ok = true;
        if (name == u"v") {
            ok = m_stream->readText(v);
        } else if (name == u"is") {
            hasInline = true;
            ok = readRichText(*m_stream, inlineText);
        } else {
            ok = m_stream->skipElement(); // <f>: the formula's cached <v> is the value
        }
        if (!ok)
            return streamError(rowNumber, column);
    }

    Cell cell;
    cell.column = column;
    if (style.font >= 0 && style.font < m_fonts.size())
        cell.font = m_fonts[style.font];
    auto setText = [&](const QString& text, const QList<CellRun>& runs) {
        cell.value = text;
        cell.text = text;
        cell.runs = runs;
        for (CellRun& r : cell.runs) {
            if (r.font.isEmpty())
                r.font = cell.font;
        }
    };
    const QString trimmed = v.trimmed();
    if (type == u"s") {
        if (trimmed.isEmpty())
            return true;
        bool ok = false;
        const int index = trimmed.toInt(&ok);
        if (!ok || index < 0 || index >= m_strings.size())
            return error(tr("The cell refers to shared string %1, which does not exist.").arg(trimmed),
                         rowNumber, column);
        setText(m_strings[index].text, m_strings[index].runs);
    } else if (type == u"inlineStr") {
        if (hasInline)
            setText(inlineText.text, inlineText.runs);
        else
            setText(reader::decodeXString(v), {});
    } else if (type == u"str" || type == u"e") {
        setText(reader::decodeXString(v), {}); // formula text, or an error such as #DIV/0!
    } else if (type == u"b") {
        if (trimmed.isEmpty())
            return true;
        cell.value = trimmed != u"0" && trimmed.compare(u"false", Qt::CaseInsensitive) != 0;
        cell.text = reader::displayText(cell.value);
    } else if (type == u"d") {
        if (trimmed.isEmpty())
            return true;
        if (trimmed.contains(u'T')) {
            const QDateTime dt = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
            // The wall-clock value, as the sheet shows it, whatever zone suffix it carries.
            cell.value = dt.isValid() ? QVariant(QDateTime(dt.date(), dt.time())) : QVariant(trimmed);
        } else if (trimmed.contains(u':')) {
            const QTime time = QTime::fromString(trimmed, Qt::ISODateWithMs);
            cell.value = time.isValid() ? QVariant(time) : QVariant(trimmed);
        } else {
            const QDate date = QDate::fromString(trimmed, Qt::ISODate);
            cell.value = date.isValid() ? QVariant(date) : QVariant(trimmed);
        }
        cell.text = reader::displayText(cell.value);
    } else {
        if (trimmed.isEmpty())
            return true;
        bool ok = false;
        const double d = trimmed.toDouble(&ok);
        if (!ok) {
            setText(trimmed, {});
        } else {
            const QVariant date = style.dateKind == DateKind::None
                                      ? QVariant()
                                      : reader::serialToDate(d, m_date1904, style.dateKind);
            cell.value = date.isValid() ? date : QVariant(d);
            cell.text = style.dateKind == DateKind::Duration ? reader::durationText(d)
                                                             : reader::displayText(cell.value);
        }
    }
    if (cell.text.isEmpty())
        return true;
    if (cell.text.size() > m_limits.maxCellTextLength)
        return error(tr("The cell holds more than %1 characters.").arg(m_limits.maxCellTextLength), rowNumber,
                     column);
    row.cells << std::move(cell);
    return true;
}

Result<bool> XlsxReader::nextRow(SheetRow& row)
{
    row = SheetRow{};
    if (m_atEnd || !m_stream)
        return false;
    for (;;) {
        const auto t = m_stream->readNext();
        if (t == QXmlStreamReader::Invalid)
            return streamError(m_lastRow + 1);
        if (t == QXmlStreamReader::EndDocument) {
            m_atEnd = true;
            m_stream.reset();
            return false;
        }
        if (t != QXmlStreamReader::StartElement)
            continue;
        const QStringView name = m_stream->xml().name();
        if (name == u"mergeCell") {
            if (const auto range = CellRange::fromA1(attribute(m_stream->xml().attributes(), u"ref")))
                m_merged << *range;
            continue;
        }
        if (name != u"row")
            continue;
        const QStringView r = attribute(m_stream->xml().attributes(), u"r");
        const int number = r.isEmpty() ? m_lastRow + 1 : r.toInt();
        if (number < 1)
            return error(tr("The row number “%1” is not valid.").arg(r.toString()), m_lastRow + 1);
        if (number > m_limits.maxRows)
            return error(tr("The sheet has more than %1 rows.").arg(m_limits.maxRows), number);
        m_lastRow = number;
        row.number = number;
        int nextColumn = 0;
        for (;;) {
            const auto ct = m_stream->readNext();
            if (ct == QXmlStreamReader::Invalid || ct == QXmlStreamReader::EndDocument)
                return streamError(number);
            if (ct == QXmlStreamReader::EndElement)
                break; // </row>
            if (ct != QXmlStreamReader::StartElement)
                continue;
            if (m_stream->xml().name() == u"c") {
                if (Result<bool> ok = readCell(row, number, nextColumn); !ok)
                    return ok.error();
            } else if (!m_stream->skipElement()) {
                return streamError(number);
            }
        }
        if (row.cells.isEmpty())
            continue;
        std::stable_sort(row.cells.begin(), row.cells.end(),
                         [](const Cell& a, const Cell& b) { return a.column < b.column; });
        return true;
    }
}

QList<CellRange> XlsxReader::mergedRanges()
{
    if (m_atEnd || m_current < 0)
        return m_merged;
    // <mergeCells> follows the rows: find it with a separate pass that keeps nothing but the ranges.
    QList<CellRange> out;
    ZipXmlStream stream;
    stream.open(m_path, m_sheets[m_current].part, m_limits.maxEntryBytes);
    for (auto t = stream.readNext(); t != QXmlStreamReader::EndDocument && t != QXmlStreamReader::Invalid;
         t = stream.readNext()) {
        if (t == QXmlStreamReader::StartElement && stream.xml().name() == u"mergeCell") {
            if (const auto range = CellRange::fromA1(attribute(stream.xml().attributes(), u"ref")))
                out << *range;
        }
    }
    return out;
}

} // namespace sangkien
