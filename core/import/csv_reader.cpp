#include "import/csv_reader.h"

#include "import/reader_windows1258.h"

#include <QFileInfo>
#include <array>

namespace sangkien {

namespace {

constexpr qint64 kChunk = 64 * 1024;
constexpr int kSniffRecords = 20;

// Which of , ; and tab separates the fields: the one found outside quotes on the most of the first
// records, then the most often; a semicolon file with decimal commas still picks the semicolon.
QChar detectDelimiter(const QString& sample)
{
    const std::array<QChar, 3> candidates{u',', u';', u'\t'};
    std::array<int, 3> lines{};
    std::array<int, 3> totals{};
    std::array<int, 3> current{};
    bool quoted = false;
    int records = 0;
    auto endRecord = [&] {
        for (size_t i = 0; i < candidates.size(); ++i) {
            lines[i] += current[i] > 0 ? 1 : 0;
            totals[i] += current[i];
            current[i] = 0;
        }
        ++records;
    };
    for (const QChar c : sample) {
        if (records >= kSniffRecords)
            break;
        if (c == u'"') {
            quoted = !quoted;
        } else if (!quoted && (c == u'\n' || c == u'\r')) {
            endRecord();
        } else if (!quoted) {
            for (size_t i = 0; i < candidates.size(); ++i)
                current[i] += c == candidates[i] ? 1 : 0;
        }
    }
    endRecord();
    size_t best = 0;
    for (size_t i = 1; i < candidates.size(); ++i) {
        if (lines[i] > lines[best] || (lines[i] == lines[best] && totals[i] > totals[best]))
            best = i;
    }
    return candidates[best];
}

} // namespace

CsvReader::CsvReader(ReaderLimits limits)
    : SheetReader(limits)
{}

CsvReader::~CsvReader() = default;

QList<SheetInfo> CsvReader::sheets() const
{
    return {SheetInfo{m_sheetName, false}};
}

QString CsvReader::decode(QByteArrayView bytes)
{
    if (m_encoding == Encoding::Windows1258)
        return reader::decodeWindows1258(bytes);
    return m_decoder.decode(bytes);
}

Status CsvReader::open(const QString& path)
{
    m_file.close();
    m_path = path;
    m_sheetName = QFileInfo(path).completeBaseName();
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadOnly))
        return fileError(tr("The file does not exist or cannot be read."));
    if (m_file.size() == 0)
        return fileError(tr("The file is empty."));

    const QByteArray head = m_file.peek(4096);
    m_dataStart = 0;
    if (head.startsWith("\xEF\xBB\xBF")) {
        m_encoding = Encoding::Utf8;
        m_dataStart = 3;
    } else if (head.startsWith("\xFF\xFE")) {
        m_encoding = Encoding::Utf16LE;
        m_dataStart = 2;
    } else if (head.startsWith("\xFE\xFF")) {
        m_encoding = Encoding::Utf16BE;
        m_dataStart = 2;
    } else {
        // UTF-16 without a BOM shows as zero bytes in every other position.
        int evenZeros = 0;
        int oddZeros = 0;
        for (qsizetype i = 0; i + 1 < head.size(); i += 2) {
            evenZeros += head[i] == '\0' ? 1 : 0;
            oddZeros += head[i + 1] == '\0' ? 1 : 0;
        }
        const qsizetype pairs = head.size() / 2;
        if (pairs > 0 && oddZeros * 3 > pairs && evenZeros * 10 < pairs) {
            m_encoding = Encoding::Utf16LE;
        } else if (pairs > 0 && evenZeros * 3 > pairs && oddZeros * 10 < pairs) {
            m_encoding = Encoding::Utf16BE;
        } else {
            // Valid UTF-8 throughout (ASCII included) is UTF-8; anything else is the Windows code page.
            QStringDecoder probe(QStringDecoder::Utf8);
            while (!m_file.atEnd() && !probe.hasError()) {
                const QString ignored = probe.decode(m_file.read(1024 * 1024)); // decoding is lazy
                Q_UNUSED(ignored);
            }
            m_encoding = probe.hasError() ? Encoding::Windows1258 : Encoding::Utf8;
        }
    }
    if (Status s = rewind(); !s)
        return s;
    // The delimiter from a decoded sample of the first records.
    while (!m_eof && m_buffer.size() < 256 * 1024 &&
           m_buffer.count(u'\n') + m_buffer.count(u'\r') < kSniffRecords)
        fill();
    m_delimiter = detectDelimiter(m_buffer);
    return {};
}

Status CsvReader::rewind()
{
    switch (m_encoding) {
    case Encoding::Utf8:
        m_decoder = QStringDecoder(QStringDecoder::Utf8);
        break;
    case Encoding::Utf16LE:
        m_decoder = QStringDecoder(QStringDecoder::Utf16LE);
        break;
    case Encoding::Utf16BE:
        m_decoder = QStringDecoder(QStringDecoder::Utf16BE);
        break;
    case Encoding::Windows1258:
        break;
    }
    m_buffer.clear();
    m_pos = 0;
    m_eof = false;
    m_readFailed = false;
    m_record = 0;
    if (!m_file.isOpen() || !m_file.seek(m_dataStart))
        return fileError(tr("The file cannot be read."));
    return {};
}

Status CsvReader::selectSheet(const QString& name)
{
    if (name != m_sheetName)
        return fileError(
            tr("A CSV file has one sheet, “%1”; there is no sheet “%2”.").arg(m_sheetName, name));
    return rewind();
}

bool CsvReader::fill()
{
    if (m_eof)
        return false;
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    const QByteArray bytes = m_file.read(kChunk);
    if (bytes.isEmpty()) {
        m_eof = true;
        m_readFailed = m_file.error() != QFileDevice::NoError;
        return false;
    }
    m_buffer += decode(bytes);
    return true;
}

bool CsvReader::getChar(QChar& c)
{
    while (m_pos >= m_buffer.size()) {
        if (!fill())
            return false;
    }
    c = m_buffer[m_pos++];
    return true;
}

Result<bool> CsvReader::nextRow(SheetRow& row)
{
    enum class State
    {
        FieldStart,
        Unquoted,
        Quoted,
        AfterQuote
    };
    for (;;) {
        row = SheetRow{};
        QString field;
        State state = State::FieldStart;
        bool any = false;
        bool endOfRecord = false;
        int column = 0;
        const int number = m_record + 1;
        auto finishField = [&]() -> std::optional<Error> {
            if (!field.isEmpty()) {
                if (column >= m_limits.maxColumns)
                    return error(tr("The row has more than %1 columns.").arg(m_limits.maxColumns), number);
                Cell cell;
                cell.column = column;
                // Windows-1258 stores tone marks as combining characters: compose them.
                cell.text = m_encoding == Encoding::Windows1258
                                ? field.normalized(QString::NormalizationForm_C)
                                : field;
                cell.value = cell.text;
                row.cells << std::move(cell);
            }
            field.clear();
            ++column;
            return std::nullopt;
        };
        while (!endOfRecord) {
            QChar c;
            if (!getChar(c)) {
                if (m_readFailed)
                    return error(tr("The file cannot be read to its end."), number);
                if (!any)
                    return false;
                endOfRecord = true;
                break;
            }
            any = true;
            const bool lineEnd = c == u'\n' || c == u'\r';
            if (c == u'\r') {
                // CRLF is one record end; a lone CR (old Mac files) is one too.
                if (state != State::Quoted && (m_pos < m_buffer.size() || fill()) && m_buffer[m_pos] == u'\n')
                    ++m_pos;
            }
            switch (state) {
            case State::FieldStart:
                if (c == u'"') {
                    state = State::Quoted;
                } else if (c == m_delimiter) {
                    if (auto e = finishField())
                        return *e;
                } else if (lineEnd) {
                    endOfRecord = true;
                } else {
                    field += c;
                    state = State::Unquoted;
                }
                break;
            case State::Unquoted:
                if (c == m_delimiter) {
                    if (auto e = finishField())
                        return *e;
                    state = State::FieldStart;
                } else if (lineEnd) {
                    endOfRecord = true;
                } else {
                    field += c;
                }
                break;
            case State::Quoted:
                if (c == u'"')
                    state = State::AfterQuote;
                else
                    field += c; // line breaks inside quotes belong to the field
                break;
            case State::AfterQuote:
                if (c == u'"') {
                    field += c;
                    state = State::Quoted;
                } else if (c == m_delimiter) {
                    if (auto e = finishField())
                        return *e;
                    state = State::FieldStart;
                } else if (lineEnd) {
                    endOfRecord = true;
                } else {
                    field += c; // lenient, as spreadsheet programs are: "ab"c reads as abc
                    state = State::Unquoted;
                }
                break;
            }
            if (field.size() > m_limits.maxCellTextLength)
                return error(tr("The field holds more than %1 characters (is a closing quote missing?).")
                                 .arg(m_limits.maxCellTextLength),
                             number, column);
        }
        if (auto e = finishField())
            return *e;
        ++m_record;
        if (m_record > m_limits.maxRows)
            return error(tr("The file has more than %1 rows.").arg(m_limits.maxRows), m_record);
        if (row.cells.isEmpty())
            continue; // a blank line
        row.number = m_record;
        return true;
    }
}

} // namespace sangkien
