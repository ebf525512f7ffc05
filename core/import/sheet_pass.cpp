#include "sheet_pass.h"

#include "import/column_mapping.h"
#include "text/vietnamese_text.h"

namespace sangkien {
namespace {

using text::LegacyEncoding;

// A font that makes repairCell convert from a guessed encoding.
QString fontFor(LegacyEncoding encoding)
{
    return encoding == LegacyEncoding::Tcvn3 ? QStringLiteral(".VnTime") : QStringLiteral("VNI-Times");
}

bool hasNonAscii(const QString& s)
{
    for (QChar c : s) {
        if (c.unicode() > 0x7F)
            return true;
    }
    return false;
}

// A text cell nothing has converted, whose non-ASCII letters are not Vietnamese: legacy text, perhaps.
bool isCandidate(const ImportCell& c)
{
    return c.value.isNull() && c.convertedFrom == LegacyEncoding::None && hasNonAscii(c.text) &&
           !text::hasUnicodeVietnamese(c.text);
}

} // namespace

Status SheetPass::open(const QString& path, const QString& sheet, const ReaderLimits& limits)
{
    m_reader = SheetReader::forFile(path, limits);
    if (!m_reader)
        return Error{tr("This is not a spreadsheet the program can read (.xlsx, .ods, .xls or .csv)."),
                     SheetReader::place(path), ErrorKind::Refused};
    if (Status s = m_reader->open(path); !s)
        return s;
    m_sheets = m_reader->sheets();
    if (!sheet.isEmpty()) {
        if (Status s = m_reader->selectSheet(sheet); !s)
            return s;
    }
    m_sheet = m_reader->currentSheet();
    return {};
}

Result<bool> SheetPass::readRow(ImportRowData& row)
{
    if (!m_reader)
        return false;
    auto next = m_reader->nextRow(m_row);
    if (!next)
        return next.error();
    if (!*next) {
        // The reader's tables (an .xlsx's shared strings) are no longer needed.
        m_reader.reset();
        return false;
    }
    row.number = m_row.number;
    row.cells.clear();
    row.cells.reserve(m_row.cells.size());
    for (const Cell& c : m_row.cells)
        row.cells.append(toImportCell(c));
    ++m_rowsRead;
    return true;
}

Status SheetPass::start()
{
    m_ahead.clear();
    m_aheadAt = 0;
    while (m_ahead.size() < kGuessRows) {
        ImportRowData row;
        auto read = readRow(row);
        if (!read)
            return read.error();
        if (!*read)
            break;
        m_ahead.append(std::move(row));
    }
    m_columns = guessColumns(m_ahead);
    for (ImportRowData& row : m_ahead)
        repairRow(row, m_columns);
    return {};
}

Result<bool> SheetPass::next(ImportRowData& row)
{
    if (m_aheadAt < m_ahead.size()) {
        row = std::move(m_ahead[m_aheadAt++]);
        if (m_aheadAt == m_ahead.size())
            m_ahead.clear();
        return true;
    }
    auto read = readRow(row);
    if (!read || !*read)
        return read;
    repairRow(row, m_columns);
    return true;
}

QList<QStringList> SheetPass::firstRowsOf(const QList<ImportRowData>& rows)
{
    QList<QStringList> out(ColumnMapping::kHeaderSearchRows);
    for (const ImportRowData& row : rows) {
        if (row.number < 1 || row.number > ColumnMapping::kHeaderSearchRows)
            continue;
        QStringList& texts = out[row.number - 1];
        for (const ImportCell& c : row.cells) {
            if (c.column >= 1024)
                break; // headers beyond this are noise, and a huge list would waste memory
            while (texts.size() <= c.column)
                texts.append(QString());
            texts[c.column] = c.text;
        }
    }
    return out;
}

ImportCell SheetPass::toImportCell(const Cell& cell)
{
    ImportCell out;
    out.column = cell.column;
    if (!cell.isString()) {
        out.text = cell.text;
        out.value = cell.value;
        return out;
    }
    // Rich text: each run by its own font, so one .VnTime word in a Unicode cell is still repaired.
    if (!cell.runs.isEmpty()) {
        for (const CellRun& run : cell.runs) {
            const auto repaired = text::repairCell(run.text, run.font.isEmpty() ? cell.font : run.font, true);
            out.text += repaired.text;
            if (repaired.from != LegacyEncoding::None)
                out.convertedFrom = repaired.from;
            out.normalized = out.normalized || repaired.normalized;
        }
        return out;
    }
    const auto repaired = text::repairCell(cell.text, cell.font, true);
    out.text = repaired.text;
    out.convertedFrom = repaired.from;
    out.normalized = repaired.normalized;
    return out;
}

QHash<int, LegacyEncoding> SheetPass::guessColumns(const QList<ImportRowData>& rows)
{
    QHash<int, QString> joined;
    for (const ImportRowData& row : rows) {
        for (const ImportCell& c : row.cells) {
            if (isCandidate(c))
                joined[c.column] += c.text + QLatin1Char('\n');
        }
    }
    QHash<int, LegacyEncoding> guessed;
    for (auto it = joined.cbegin(); it != joined.cend(); ++it) {
        const LegacyEncoding e = text::guessEncoding(it.value());
        if (e != LegacyEncoding::None)
            guessed.insert(it.key(), e);
    }
    return guessed;
}

void SheetPass::repairRow(ImportRowData& row, const QHash<int, LegacyEncoding>& columns)
{
    // Either guess is kept only when it yields Vietnamese letters, so French or German names stay.
    auto convert = [](ImportCell& c, LegacyEncoding e) {
        const auto repaired = text::repairCell(c.text, fontFor(e), false);
        if (repaired.text != c.text && text::hasUnicodeVietnamese(repaired.text)) {
            c.text = repaired.text;
            c.convertedFrom = e;
        }
    };
    LegacyEncoding rowEncoding = LegacyEncoding::None;
    for (const ImportCell& c : row.cells) {
        if (c.convertedFrom != LegacyEncoding::None)
            rowEncoding = c.convertedFrom;
    }
    for (ImportCell& c : row.cells) {
        if (!isCandidate(c))
            continue;
        if (const auto g = columns.constFind(c.column); g != columns.cend())
            convert(c, *g);
        if (isCandidate(c) && rowEncoding != LegacyEncoding::None)
            convert(c, rowEncoding);
    }
}

} // namespace sangkien
