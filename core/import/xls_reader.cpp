#include "import/xls_reader.h"

#include "import/reader_values.h"

#include <QFile>
#include <freexl.h>

namespace sangkien {

XlsReader::XlsReader(ReaderLimits limits)
    : SheetReader(limits)
{}

XlsReader::~XlsReader()
{
    close();
}

void XlsReader::close()
{
    if (m_handle)
        freexl_close(m_handle);
    m_handle = nullptr;
}

QString XlsReader::freexlError(int code) const
{
    switch (code) {
    case FREEXL_FILE_NOT_FOUND:
        return tr("The file does not exist or cannot be read.");
    case FREEXL_INSUFFICIENT_MEMORY:
        return tr("There is not enough memory to read this .xls file.");
    case FREEXL_BIFF_OBFUSCATED:
        return tr(
            "The .xls file is password-protected; remove the password in the spreadsheet program first.");
    case FREEXL_UNSUPPORTED_CHARSET:
    case FREEXL_INVALID_CHARACTER:
        return tr("The .xls file's text uses a character set that cannot be converted.");
    default:
        return tr("The .xls file is damaged or not an Excel 97–2003 workbook (FreeXL error %1).").arg(code);
    }
}

Status XlsReader::open(const QString& path)
{
    close();
    m_path = path;
    m_sheets.clear();
    m_current = -1;

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fileError(tr("The file does not exist or cannot be read."));
    const QByteArray head = file.read(512);
    file.close();
    if (head.isEmpty())
        return fileError(tr("The file is empty."));
    if (!head.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) {
        // Web systems often save an HTML page or an XML Spreadsheet 2003 with an .xls name.
        const QByteArray lower = head.toLower();
        if (lower.contains("<html") || lower.contains("<table") || lower.contains("<!doctype"))
            return fileError(
                tr("This is a web page saved with an .xls name, not an Excel workbook; open it in a "
                   "spreadsheet program and save it as .xlsx."));
        if (lower.contains("<?xml"))
            return fileError(
                tr("This is an XML spreadsheet saved with an .xls name, not an Excel workbook; open "
                   "it in a spreadsheet program and save it as .xlsx."));
        return fileError(tr("This is not an Excel 97–2003 (.xls) workbook."));
    }

    // A password-protected .xlsx is an OLE2 file too, holding an "EncryptedPackage" stream.
    if (file.open(QIODevice::ReadOnly)) {
        const QByteArray start = file.read(4 * 1024 * 1024);
        file.close();
        if (start.contains(QByteArray("E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0", 32)))
            return fileError(
                tr("The workbook is protected by a password; open it in the spreadsheet program, "
                   "remove the password and save it again."));
    }

    const QByteArray local = QFile::encodeName(path);
    int rc = freexl_open(local.constData(), &m_handle);
    if (rc != FREEXL_OK) {
        const QString message = freexlError(rc);
        close();
        return fileError(message);
    }
    if (!m_handle) // FreeXL says OK yet gives no workbook for some Excel 5.0/95 files
        return fileError(
            tr("This .xls file cannot be read (an Excel 5.0/95 workbook FreeXL does not handle, or a "
               "damaged one); open it in a spreadsheet program and save it as .xlsx."));
    unsigned int value = 0;
    if (freexl_get_info(m_handle, FREEXL_BIFF_PASSWORD, &value) == FREEXL_OK &&
        value == FREEXL_BIFF_OBFUSCATED) {
        close();
        return fileError(freexlError(FREEXL_BIFF_OBFUSCATED));
    }
    unsigned int count = 0;
    if (freexl_get_info(m_handle, FREEXL_BIFF_SHEET_COUNT, &count) != FREEXL_OK || count == 0) {
        close();
        return fileError(tr("The workbook has no worksheets."));
    }
    for (unsigned int i = 0; i < count && i < 65535; ++i) {
        const char* name = nullptr;
        rc = freexl_get_worksheet_name(m_handle, static_cast<unsigned short>(i), &name);
        m_sheets << SheetInfo{rc == FREEXL_OK && name ? QString::fromUtf8(name) : tr("Sheet %1").arg(i + 1),
                              false};
    }
    m_current = 0;
    return startSheet();
}

Status XlsReader::selectSheet(const QString& name)
{
    for (int i = 0; i < m_sheets.size(); ++i) {
        if (m_sheets[i].name == name) {
            m_current = i;
            return startSheet();
        }
    }
    return fileError(tr("The workbook has no sheet named “%1”.").arg(name));
}

Status XlsReader::startSheet()
{
    m_rows = 0;
    m_columns = 0;
    m_nextRow = 0;
    if (!m_handle)
        return fileError(tr("The file is not open."));
    int rc = freexl_select_active_worksheet(m_handle, static_cast<unsigned short>(m_current));
    if (rc == FREEXL_OK)
        rc = freexl_worksheet_dimensions(m_handle, &m_rows, &m_columns);
    if (rc != FREEXL_OK)
        return error(freexlError(rc));
    if (m_rows > static_cast<unsigned int>(m_limits.maxRows))
        return error(tr("The sheet has more than %1 rows.").arg(m_limits.maxRows), m_limits.maxRows + 1);
    if (m_columns > m_limits.maxColumns)
        return error(tr("The row has more than %1 columns.").arg(m_limits.maxColumns), 0,
                     m_limits.maxColumns);
    return {};
}

Result<bool> XlsReader::nextRow(SheetRow& row)
{
    row = SheetRow{};
    if (!m_handle)
        return false;
    for (; m_nextRow < m_rows; ++m_nextRow) {
        const int number = static_cast<int>(m_nextRow) + 1;
        for (unsigned short c = 0; c < m_columns; ++c) {
            FreeXL_CellValue value;
            const int rc = freexl_get_cell_value(m_handle, m_nextRow, c, &value);
            if (rc != FREEXL_OK)
                return error(freexlError(rc), number, c);
            const char* chars = value.value.text_value ? value.value.text_value : "";
            Cell cell;
            cell.column = c;
            switch (value.type) {
            case FREEXL_CELL_INT:
                cell.value = static_cast<double>(value.value.int_value);
                break;
            case FREEXL_CELL_DOUBLE:
                cell.value = value.value.double_value;
                break;
            case FREEXL_CELL_TEXT:
            case FREEXL_CELL_SST_TEXT:
                cell.value = QString::fromUtf8(chars);
                break;
            case FREEXL_CELL_DATE: {
                const QDate date = QDate::fromString(QString::fromLatin1(chars), Qt::ISODate);
                cell.value = date.isValid() ? QVariant(date) : QVariant(QString::fromLatin1(chars));
                break;
            }
            case FREEXL_CELL_DATETIME: {
                const QDateTime dt =
                    QDateTime::fromString(QString::fromLatin1(chars), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
                cell.value = dt.isValid() ? QVariant(dt) : QVariant(QString::fromLatin1(chars));
                break;
            }
            case FREEXL_CELL_TIME: {
                const QTime time = QTime::fromString(QString::fromLatin1(chars), QStringLiteral("HH:mm:ss"));
                cell.value = time.isValid() ? QVariant(time) : QVariant(QString::fromLatin1(chars));
                break;
            }
            default:
                continue;
            }
            cell.text = reader::displayText(cell.value);
            if (cell.text.isEmpty())
                continue;
            if (cell.text.size() > m_limits.maxCellTextLength)
                return error(tr("The cell holds more than %1 characters.").arg(m_limits.maxCellTextLength),
                             number, c);
            row.cells << std::move(cell);
        }
        if (!row.cells.isEmpty()) {
            row.number = number;
            ++m_nextRow;
            return true;
        }
    }
    return false;
}

} // namespace sangkien
