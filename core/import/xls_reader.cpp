#include "import/xls_reader.h"

#include "import/reader_values.h"
#include "platform/system_calls.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <algorithm>
#include <cstdint>
#include <freexl.h>

namespace sangkien {

namespace {

#if defined(__SANITIZE_ADDRESS__)
constexpr bool kAddressSanitizer = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kAddressSanitizer = true;
#else
constexpr bool kAddressSanitizer = false;
#endif
#else
constexpr bool kAddressSanitizer = false;
#endif

// The helper's stream (app/xls_helper_main.cpp describes it).
constexpr char kMagic[] = "SKXLS1\n";
constexpr int kNoWorkbook = 1;  // FreeXL said OK but gave no workbook
constexpr int kOutOfMemory = 3; // the helper's exit status when an allocation failed
constexpr quint32 kMaxNameBytes = 4096;

} // namespace

bool XlsReader::underAddressSanitizer()
{
    return kAddressSanitizer;
}

XlsReader::XlsReader(ReaderLimits limits)
    : SheetReader(limits)
{}

XlsReader::~XlsReader()
{
    stop();
}

void XlsReader::stop()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
    m_process.reset();
}

QString XlsReader::helperProgram() const
{
    if (!m_helperLimits.program.isEmpty())
        return m_helperLimits.program;
    const QString fromEnvironment = qEnvironmentVariable("SANGKIEN_XLS_HELPER");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
#ifdef Q_OS_WIN
    const QString name = QStringLiteral("sangkien-xls.exe");
#else
    const QString name = QStringLiteral("sangkien-xls");
#endif
    if (QCoreApplication::instance())
        return QCoreApplication::applicationDirPath() + QLatin1Char('/') + name;
    return name;
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
    case kNoWorkbook:
        if (isBiff5())
            return tr("This is an Excel 5.0/95 workbook, an old format the program cannot read; open it in a "
                      "spreadsheet program and save it as .xlsx.");
        // FreeXL says OK yet gives no workbook for some Excel 5.0/95 files
        return tr("This .xls file cannot be read (an Excel 5.0/95 workbook FreeXL does not handle, or a "
                  "damaged one); open it in a spreadsheet program and save it as .xlsx.");
    default:
        return tr("The .xls file is damaged or not an Excel 97–2003 workbook (FreeXL error %1).").arg(code);
    }
}

// An Excel 5.0/95 workbook keeps its records in an OLE2 stream named "Book"; Excel 97 and later name it
// "Workbook". Directory entries are 128 bytes, their UTF-16 names at the start.
bool XlsReader::isBiff5() const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray start = file.read(4 * 1024 * 1024);
    const auto hasEntry = [&start](QByteArrayView name) {
        for (qsizetype at = start.indexOf(name); at >= 0; at = start.indexOf(name, at + 1)) {
            if (at % 128 == 0)
                return true;
        }
        return false;
    };
    return hasEntry(QByteArrayView("B\0o\0o\0k\0\0\0", 10)) &&
           !hasEntry(QByteArrayView("W\0o\0r\0k\0b\0o\0o\0k\0\0\0", 18));
}

Status XlsReader::open(const QString& path)
{
    stop();
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

    if (Status s = startHelper(0, true); !s) {
        m_sheets.clear();
        m_current = -1;
        return s;
    }
    return {};
}

Status XlsReader::selectSheet(const QString& name)
{
    for (int i = 0; i < m_sheets.size(); ++i) {
        if (m_sheets[i].name == name) {
            // The helper started for this sheet and not read from yet: nothing to start again.
            if (i == m_current && m_process && !m_started && !m_done)
                return {};
            m_current = i;
            return startHelper(i, false);
        }
    }
    return fileError(tr("The workbook has no sheet named “%1”.").arg(name));
}

Status XlsReader::startHelper(int sheet, bool listSheets)
{
    stop();
    m_rows = 0;
    m_columns = 0;
    m_lastRow = -1;
    m_started = false;
    m_done = false;
    m_stalled = false;

    const QString program = helperProgram();
    const QString missing =
        tr("The helper program that reads .xls files (%1) is missing or cannot be started; install "
           "Sáng kiến again.")
            .arg(QDir::toNativeSeparators(program));
    if ((program.contains(QLatin1Char('/')) || QFileInfo(program).isAbsolute()) &&
        !QFileInfo(program).isExecutable())
        return fileError(missing);

    m_process = std::make_unique<QProcess>();
    m_process->setProgram(program);
    m_process->setArguments({QStringLiteral("--"), QDir::toNativeSeparators(m_path), QString::number(sheet)});
    m_process->setStandardInputFile(QProcess::nullDevice());
    // FreeXL's and a sanitizer's complaints go where the program's own go.
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
#ifdef Q_OS_UNIX
    const qint64 memory = m_helperLimits.limitMemory ? m_helperLimits.memoryBytes : 0;
    // In the child between fork and exec: system calls only.
    m_process->setChildProcessModifier([memory] { sys::limitChildProcess(memory); });
#endif
    m_process->start(QIODevice::ReadOnly);
    if (!m_process->waitForStarted(30000)) {
        stop();
        return fileError(missing);
    }
    m_sinceProgress.start();
    Status s = readHead(listSheets);
    if (!s)
        stop();
    return s;
}

bool XlsReader::need(qint64 n)
{
    while (m_process->bytesAvailable() < n) {
        if (m_process->state() == QProcess::NotRunning)
            return false;
        const qint64 left = qint64(m_helperLimits.stallSeconds) * 1000 - m_sinceProgress.elapsed();
        if (left <= 0) {
            m_stalled = true;
            m_process->kill();
            m_process->waitForFinished(5000);
            return false;
        }
        if (m_process->waitForReadyRead(int(std::min<qint64>(left, 1000))))
            m_sinceProgress.restart();
    }
    return true;
}

template <typename T>
bool XlsReader::take(T& value)
{
    return need(sizeof value) &&
           m_process->read(reinterpret_cast<char*>(&value), sizeof value) == qint64(sizeof value);
}

Error XlsReader::failureAt(const QString& message, Stage stage) const
{
    if (stage == Stage::Opening)
        return fileError(message);
    return error(message, m_lastRow >= 0 ? int(m_lastRow) + 1 : 0);
}

// The helper ended, stalled or sent what it never sends: why, as the user should read it.
Error XlsReader::helperFailure(Stage stage)
{
    QString message;
    if (m_stalled) {
        message = tr("The .xls file is damaged: FreeXL, the library that reads it, made no progress for %1 "
                     "seconds and was stopped. Open the file in a spreadsheet program and save it as .xlsx.")
                      .arg(m_helperLimits.stallSeconds);
    } else if (m_process && m_process->state() != QProcess::NotRunning) {
        // Output the helper never writes: FreeXL overwrote something. Stop it before it says more.
        m_process->kill();
        m_process->waitForFinished(5000);
        message = tr("The .xls file is damaged: FreeXL, the library that reads it, sent output that makes no "
                     "sense. Open the file in a spreadsheet program and save it as .xlsx.");
    } else if (m_process && m_process->exitStatus() == QProcess::CrashExit) {
        message = tr("The .xls file is damaged: FreeXL, the library that reads it, stopped abruptly (signal "
                     "%1). Open the file in a spreadsheet program and save it as .xlsx.")
                      .arg(m_process->exitCode());
    } else if (m_process && m_process->exitCode() == kOutOfMemory) {
        message = tr("The .xls file is damaged or too large: FreeXL, the library that reads it, needed more "
                     "than %1 MB of memory. Open the file in a spreadsheet program and save it as .xlsx.")
                      .arg(m_helperLimits.memoryBytes >> 20);
    } else {
        message = tr("The .xls file is damaged: FreeXL, the library that reads it, stopped without finishing "
                     "(code %1). Open the file in a spreadsheet program and save it as .xlsx.")
                      .arg(m_process ? m_process->exitCode() : -1);
    }
    return failureAt(message, stage);
}

Status XlsReader::readHead(bool listSheets)
{
    const auto broken = [this] { return helperFailure(Stage::Opening); };
    const auto refused = [this](Stage stage) {
        qint32 code = 0;
        quint32 row = 0;
        quint16 column = 0;
        if (!take(code) || !take(row) || !take(column))
            return helperFailure(stage);
        return failureAt(freexlError(code), stage);
    };

    char magic[sizeof kMagic - 1];
    if (!need(sizeof magic) || m_process->read(magic, sizeof magic) != qint64(sizeof magic))
        return broken();
    if (!std::equal(magic, magic + sizeof magic, kMagic))
        return broken();

    char tag = 0;
    if (!take(tag))
        return broken();
    if (tag == 'F')
        return refused(Stage::Opening);
    quint32 count = 0;
    if (tag != 'W' || !take(count) || count > 65535)
        return broken();
    if (count == 0)
        return fileError(tr("The workbook has no worksheets."));
    QList<SheetInfo> sheets;
    for (quint32 i = 0; i < count; ++i) {
        quint32 length = 0;
        if (!take(tag) || tag != 'N' || !take(length) || length > kMaxNameBytes || !need(length))
            return broken();
        const QByteArray name = m_process->read(length);
        if (name.size() != qsizetype(length))
            return broken();
        sheets << SheetInfo{length ? QString::fromUtf8(name) : tr("Sheet %1").arg(i + 1), false};
    }
    if (listSheets) {
        m_sheets = sheets;
        m_current = 0;
    } else if (sheets != m_sheets) {
        return broken();
    }

    if (!take(tag))
        return broken();
    if (tag == 'F')
        return refused(Stage::Rows);
    quint32 rows = 0;
    quint16 columns = 0;
    if (tag != 'D' || !take(rows) || !take(columns))
        return broken();
    m_rows = rows;
    m_columns = columns;
    if (m_rows > static_cast<unsigned int>(m_limits.maxRows))
        return error(tr("The sheet has more than %1 rows.").arg(m_limits.maxRows), m_limits.maxRows + 1);
    if (m_columns > static_cast<unsigned int>(m_limits.maxColumns))
        return error(tr("The row has more than %1 columns.").arg(m_limits.maxColumns), 0,
                     m_limits.maxColumns);
    return {};
}

Result<bool> XlsReader::nextRow(SheetRow& row)
{
    row = SheetRow{};
    if (!m_process || m_done)
        return false;
    m_started = true;
    const auto fail = [this](Error e) {
        m_done = true;
        stop();
        return e;
    };
    const auto broken = [this, &fail] { return fail(helperFailure(Stage::Rows)); };

    qint64 current = -1; // the row whose cells are coming
    int lastColumn = -1;
    for (;;) {
        char tag = 0;
        if (!take(tag))
            return broken();
        switch (tag) {
        case 'C': {
            quint32 r = 0;
            quint16 c = 0;
            quint8 type = 0;
            if (!take(r) || !take(c) || !take(type))
                return broken();
            // Rows come in order, each row's cells by column, all within the sheet's dimensions.
            if (r >= m_rows || c >= m_columns || qint64(r) < m_lastRow || (current >= 0 && r != current) ||
                int(c) <= lastColumn)
                return broken();
            current = r;
            m_lastRow = r;
            lastColumn = c;
            const int number = int(r) + 1;
            Cell cell;
            cell.column = c;
            switch (type) {
            case FREEXL_CELL_INT: {
                qint32 v = 0;
                if (!take(v))
                    return broken();
                cell.value = static_cast<double>(v);
                break;
            }
            case FREEXL_CELL_DOUBLE: {
                double v = 0;
                if (!take(v))
                    return broken();
                cell.value = v;
                break;
            }
            case FREEXL_CELL_TEXT:
            case FREEXL_CELL_SST_TEXT:
            case FREEXL_CELL_DATE:
            case FREEXL_CELL_DATETIME:
            case FREEXL_CELL_TIME: {
                quint32 length = 0;
                if (!take(length))
                    return broken();
                // UTF-8 takes at most three bytes for each UTF-16 unit: longer is over the limit for
                // sure, and is refused before it is read.
                if (length > quint32(m_limits.maxCellTextLength) * 3u)
                    return fail(
                        error(tr("The cell holds more than %1 characters.").arg(m_limits.maxCellTextLength),
                              number, c));
                if (!need(length))
                    return broken();
                const QByteArray bytes = m_process->read(length);
                if (bytes.size() != qsizetype(length))
                    return broken();
                if (type == FREEXL_CELL_TEXT || type == FREEXL_CELL_SST_TEXT) {
                    cell.value = QString::fromUtf8(bytes);
                } else if (type == FREEXL_CELL_DATE) {
                    const QDate date = QDate::fromString(QString::fromLatin1(bytes), Qt::ISODate);
                    cell.value = date.isValid() ? QVariant(date) : QVariant(QString::fromLatin1(bytes));
                } else if (type == FREEXL_CELL_DATETIME) {
                    const QDateTime dt = QDateTime::fromString(QString::fromLatin1(bytes),
                                                               QStringLiteral("yyyy-MM-dd HH:mm:ss"));
                    cell.value = dt.isValid() ? QVariant(dt) : QVariant(QString::fromLatin1(bytes));
                } else {
                    const QTime time =
                        QTime::fromString(QString::fromLatin1(bytes), QStringLiteral("HH:mm:ss"));
                    cell.value = time.isValid() ? QVariant(time) : QVariant(QString::fromLatin1(bytes));
                }
                break;
            }
            default:
                return broken();
            }
            cell.text = reader::displayText(cell.value);
            if (cell.text.isEmpty())
                continue;
            if (cell.text.size() > m_limits.maxCellTextLength)
                return fail(
                    error(tr("The cell holds more than %1 characters.").arg(m_limits.maxCellTextLength),
                          number, c));
            row.cells << std::move(cell);
            break;
        }
        case 'R': {
            quint32 r = 0;
            if (!take(r) || r != current)
                return broken();
            current = -1;
            lastColumn = -1;
            if (!row.cells.isEmpty()) {
                row.number = int(r) + 1;
                return true;
            }
            break;
        }
        case 'Z':
            m_done = true;
            stop();
            return false;
        case 'F': {
            qint32 code = 0;
            quint32 r = 0;
            quint16 c = 0;
            if (!take(code) || !take(r) || !take(c))
                return broken();
            return fail(error(freexlError(code), int(std::min<quint32>(r, 1u << 30)) + 1, c));
        }
        default:
            return broken();
        }
    }
}

} // namespace sangkien
