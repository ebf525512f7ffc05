#include "import/sheet_reader.h"

#include "import/csv_reader.h"
#include "import/ods_reader.h"
#include "import/xls_reader.h"
#include "import/xlsx_reader.h"
#include "import/zip_xml_stream.h"

#include <QFile>
#include <QFileInfo>

namespace sangkien {

bool Cell::isDate() const
{
    const int type = value.typeId();
    return type == QMetaType::QDate || type == QMetaType::QDateTime;
}

bool Cell::isString() const
{
    return value.typeId() == QMetaType::QString;
}

bool Cell::isNumber() const
{
    return value.typeId() == QMetaType::Double;
}

const Cell* SheetRow::cell(int column) const
{
    for (const Cell& c : cells) {
        if (c.column == column)
            return &c;
        if (c.column > column)
            break;
    }
    return nullptr;
}

QString CellRange::toA1() const
{
    return SheetReader::columnName(firstColumn) + QString::number(firstRow) + u':' +
           SheetReader::columnName(lastColumn) + QString::number(lastRow);
}

std::optional<CellRange> CellRange::fromA1(QStringView ref)
{
    const qsizetype colon = ref.indexOf(u':');
    const QStringView first = colon < 0 ? ref : ref.left(colon);
    const QStringView last = colon < 0 ? ref : ref.mid(colon + 1);
    CellRange range;
    range.firstColumn = SheetReader::columnFromRef(first, &range.firstRow);
    range.lastColumn = SheetReader::columnFromRef(last, &range.lastRow);
    if (range.firstColumn < 0 || range.lastColumn < 0 || range.firstRow < 1 || range.lastRow < 1)
        return std::nullopt;
    return range;
}

SheetReader::~SheetReader() = default;

QString SheetReader::columnName(int column)
{
    QString name;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        name.prepend(QChar(u'A' + (n - 1) % 26));
    return name;
}

int SheetReader::columnFromRef(QStringView ref, int* rowOut)
{
    qsizetype i = 0;
    int column = 0;
    if (i < ref.size() && ref[i] == u'$')
        ++i;
    const qsizetype start = i;
    for (; i < ref.size(); ++i) {
        const char16_t c = ref[i].toUpper().unicode();
        if (c < u'A' || c > u'Z')
            break;
        if (i - start >= 4) // beyond any real column: refuse rather than overflow
            return -1;
        column = column * 26 + (c - u'A' + 1);
    }
    if (i == start)
        return -1;
    if (rowOut) {
        if (i < ref.size() && ref[i] == u'$')
            ++i;
        bool ok = false;
        const int row = ref.mid(i).toInt(&ok);
        *rowOut = ok ? row : 0;
    }
    return column - 1;
}

QString SheetReader::place(const QString& path, const QString& sheet, int row, int column)
{
    QString text = QFileInfo(path).fileName();
    if (!sheet.isEmpty())
        text += tr(", sheet “%1”").arg(sheet);
    if (row > 0 && column >= 0)
        text += tr(", cell %1%2").arg(columnName(column)).arg(row);
    else if (row > 0)
        text += tr(", row %1").arg(row);
    else if (column >= 0)
        text += tr(", column %1").arg(columnName(column));
    return text;
}

std::unique_ptr<SheetReader> SheetReader::forFile(const QString& path, const ReaderLimits& limits)
{
    QByteArray head;
    {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            head = file.read(4096);
    }
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (head.startsWith("PK\x03\x04")) {
        // Both formats are zip packages: an OOXML one has [Content_Types].xml, an ODF one content.xml.
        const ZipDirectory dir = ZipDirectory::read(path);
        const bool ooxml = !dir.find(QStringLiteral("[Content_Types].xml")).isEmpty();
        if (!ooxml && !dir.find(QStringLiteral("content.xml")).isEmpty())
            return std::make_unique<OdsReader>(limits);
        if (!ooxml && suffix == u"ods")
            return std::make_unique<OdsReader>(limits);
        return std::make_unique<XlsxReader>(limits);
    }
    if (head.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        return std::make_unique<XlsReader>(limits);
    if (suffix == u"xlsx" || suffix == u"xlsm")
        return std::make_unique<XlsxReader>(limits);
    if (suffix == u"ods")
        return std::make_unique<OdsReader>(limits);
    if (suffix == u"xls") {
        // Web systems often export tab-separated text named .xls: read it as the text it is. An HTML
        // page named .xls goes to the xls reader, which refuses it with a clear message.
        const QByteArray trimmed = head.trimmed();
        if (!head.isEmpty() && !head.contains('\0') && !trimmed.startsWith('<') &&
            !trimmed.startsWith("\xEF\xBB\xBF<"))
            return std::make_unique<CsvReader>(limits);
        return std::make_unique<XlsReader>(limits);
    }
    if (suffix == u"csv" || suffix == u"tsv" || suffix == u"txt")
        return std::make_unique<CsvReader>(limits);
    return nullptr;
}

} // namespace sangkien
