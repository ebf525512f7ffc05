#include "import_rows.h"

#include <QDataStream>
#include <QDate>
#include <QDateTime>
#include <QIODevice>
#include <QTime>
#include <cstring>
#include <string>

namespace sangkien {
namespace {

// A cell in the block: varint column, one byte of flags, varint length of the text in bytes, the text,
// then the value as its kind says. A row: varint count of cells, then its cells by ascending column.
enum ValueKind : quint8
{
    NoValue = 0,
    Double = 1,        // 8 bytes
    Bool = 2,          // 1 byte
    Date = 3,          // zigzag varint Julian day
    Time = 4,          // zigzag varint milliseconds since midnight, -1 invalid
    LocalDateTime = 5, // a Date, then a Time
    Streamed = 6,      // varint length, then the QVariant as QDataStream writes it
};
constexpr quint8 kKindMask = 0x07;
constexpr int kEncodingShift = 3; // two bits: text::LegacyEncoding
constexpr quint8 kNormalized = 0x20;
constexpr quint8 kEdited = 0x40;
constexpr quint8 kUtf16 = 0x80; // text kept as UTF-16 code units: it holds a lone surrogate

void putVarint(QByteArray& out, quint64 v)
{
    char buf[10];
    int n = 0;
    while (v >= 0x80) {
        buf[n++] = char(v | 0x80);
        v >>= 7;
    }
    buf[n++] = char(v);
    out.append(buf, n);
}

void putSigned(QByteArray& out, qint64 v)
{
    putVarint(out, (quint64(v) << 1) ^ quint64(v >> 63));
}

// UTF-16 to UTF-8 into out; false (out left partly written) on a lone surrogate.
bool toUtf8(const QString& s, std::string& out)
{
    out.clear();
    const char16_t* p = reinterpret_cast<const char16_t*>(s.constData());
    const char16_t* end = p + s.size();
    while (p < end) {
        const char32_t u = *p++;
        if (u < 0x80) {
            out += char(u);
        } else if (u < 0x800) {
            out += char(0xC0 | (u >> 6));
            out += char(0x80 | (u & 0x3F));
        } else if (u < 0xD800 || u > 0xDFFF) {
            out += char(0xE0 | (u >> 12));
            out += char(0x80 | ((u >> 6) & 0x3F));
            out += char(0x80 | (u & 0x3F));
        } else {
            if (u > 0xDBFF || p == end || *p < 0xDC00 || *p > 0xDFFF)
                return false;
            const char32_t c = 0x10000 + ((u - 0xD800) << 10) + (char32_t(*p++) - 0xDC00);
            out += char(0xF0 | (c >> 18));
            out += char(0x80 | ((c >> 12) & 0x3F));
            out += char(0x80 | ((c >> 6) & 0x3F));
            out += char(0x80 | (c & 0x3F));
        }
    }
    return true;
}

struct Reader
{
    const char* p;

    quint64 varint()
    {
        quint64 v = 0;
        int shift = 0;
        while (true) {
            const quint8 b = quint8(*p++);
            v |= quint64(b & 0x7F) << shift;
            if (!(b & 0x80))
                return v;
            shift += 7;
        }
    }
    qint64 signedVarint()
    {
        const quint64 v = varint();
        return qint64(v >> 1) ^ -qint64(v & 1);
    }
    QTime time()
    {
        const qint64 ms = signedVarint();
        return ms < 0 ? QTime() : QTime::fromMSecsSinceStartOfDay(int(ms));
    }

    // Decodes the cell at p into cell, or only steps over it when cell is null.
    void cell(int* column, ImportCell* cell)
    {
        *column = int(varint());
        const quint8 flags = quint8(*p++);
        const qsizetype length = qsizetype(varint());
        const char* text = p;
        p += length;
        const quint8 kind = flags & kKindMask;
        if (!cell) {
            switch (kind) {
            case Double:
                p += sizeof(double);
                break;
            case Bool:
                ++p;
                break;
            case Date:
            case Time:
                varint();
                break;
            case LocalDateTime:
                varint();
                varint();
                break;
            case Streamed:
                p += qsizetype(varint());
                break;
            default:
                break;
            }
            return;
        }
        cell->column = *column;
        cell->text = flags & kUtf16 ? QString(reinterpret_cast<const QChar*>(text), length / 2)
                                    : QString::fromUtf8(text, length);
        cell->convertedFrom = text::LegacyEncoding((flags >> kEncodingShift) & 0x03);
        cell->normalized = flags & kNormalized;
        cell->edited = flags & kEdited;
        switch (kind) {
        case Double: {
            double d;
            std::memcpy(&d, p, sizeof d);
            p += sizeof d;
            cell->value = d;
            break;
        }
        case Bool:
            cell->value = *p++ != 0;
            break;
        case Date:
            cell->value = QDate::fromJulianDay(signedVarint());
            break;
        case Time:
            cell->value = time();
            break;
        case LocalDateTime: {
            const QDate date = QDate::fromJulianDay(signedVarint());
            cell->value = QDateTime(date, time());
            break;
        }
        case Streamed: {
            const qsizetype size = qsizetype(varint());
            QDataStream in(QByteArray::fromRawData(p, size));
            in >> cell->value;
            p += size;
            break;
        }
        default:
            cell->value = QVariant();
            break;
        }
    }
};

void putCell(QByteArray& out, const ImportCell& c, std::string& utf8)
{
    putVarint(out, quint64(c.column));
    quint8 flags = quint8((quint8(c.convertedFrom) & 0x03) << kEncodingShift);
    if (c.normalized)
        flags |= kNormalized;
    if (c.edited)
        flags |= kEdited;
    quint8 kind = NoValue;
    switch (c.value.typeId()) {
    case QMetaType::UnknownType:
        break;
    case QMetaType::Double:
        kind = Double;
        break;
    case QMetaType::Bool:
        kind = Bool;
        break;
    case QMetaType::QDate:
        kind = Date;
        break;
    case QMetaType::QTime:
        kind = Time;
        break;
    case QMetaType::QDateTime:
        kind = c.value.toDateTime().timeSpec() == Qt::LocalTime ? LocalDateTime : Streamed;
        break;
    default:
        kind = Streamed;
        break;
    }
    flags |= kind;
    const bool utf16 = !toUtf8(c.text, utf8);
    if (utf16)
        flags |= kUtf16;
    out.append(char(flags));
    if (utf16) {
        putVarint(out, quint64(c.text.size()) * 2);
        out.append(reinterpret_cast<const char*>(c.text.constData()), c.text.size() * 2);
    } else {
        putVarint(out, utf8.size());
        out.append(utf8.data(), qsizetype(utf8.size()));
    }
    auto putTime = [&](const QTime& t) { putSigned(out, t.isValid() ? t.msecsSinceStartOfDay() : -1); };
    switch (kind) {
    case Double: {
        const double d = c.value.toDouble();
        out.append(reinterpret_cast<const char*>(&d), sizeof d);
        break;
    }
    case Bool:
        out.append(char(c.value.toBool() ? 1 : 0));
        break;
    case Date:
        putSigned(out, c.value.toDate().toJulianDay());
        break;
    case Time:
        putTime(c.value.toTime());
        break;
    case LocalDateTime: {
        const QDateTime dt = c.value.toDateTime();
        putSigned(out, dt.date().toJulianDay());
        putTime(dt.time());
        break;
    }
    case Streamed: {
        QByteArray bytes;
        QDataStream stream(&bytes, QIODevice::WriteOnly);
        stream << c.value;
        putVarint(out, quint64(bytes.size()));
        out.append(bytes);
        break;
    }
    default:
        break;
    }
}

} // namespace

void ImportRows::clear()
{
    m_bytes.clear();
    m_rows.clear();
    m_unused = 0;
}

void ImportRows::squeeze()
{
    m_bytes.squeeze();
    m_rows.squeeze();
}

ImportRows::Row ImportRows::encode(const ImportRowData& row)
{
    thread_local std::string utf8;
    Row r;
    r.offset = m_bytes.size();
    r.number = row.number;
    r.lastColumn = row.cells.isEmpty() ? -1 : row.cells.last().column;
    putVarint(m_bytes, quint64(row.cells.size()));
    for (const ImportCell& c : row.cells)
        putCell(m_bytes, c, utf8);
    return r;
}

void ImportRows::append(const ImportRowData& row)
{
    m_rows.append(encode(row));
}

void ImportRows::replace(qsizetype i, const ImportRowData& row)
{
    const qint64 from = m_rows[i].offset;
    // The bytes the row used: from its offset to the end of its last cell.
    Reader reader{m_bytes.constData() + from};
    const quint64 cells = reader.varint();
    int column = 0;
    for (quint64 c = 0; c < cells; ++c)
        reader.cell(&column, nullptr);
    m_unused += reader.p - (m_bytes.constData() + from);
    m_rows[i] = encode(row);
    compactIfWasteful();
}

void ImportRows::setText(qsizetype i, int column, const QString& text)
{
    ImportRowData row = at(i);
    row.setText(column, text);
    replace(i, row);
}

void ImportRows::compactIfWasteful()
{
    if (m_unused < 64 * 1024 || m_unused < m_bytes.size() / 2)
        return;
    ImportRows compact;
    compact.m_bytes.reserve(m_bytes.size() - m_unused);
    compact.m_rows.reserve(m_rows.size());
    ImportRowData row;
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        read(i, row);
        compact.append(row);
    }
    *this = std::move(compact);
}

void ImportRows::read(qsizetype i, ImportRowData& row) const
{
    const Row& r = m_rows[i];
    Reader reader{m_bytes.constData() + r.offset};
    const qsizetype count = qsizetype(reader.varint());
    row.number = r.number;
    row.cells.resize(count);
    int column = 0;
    for (ImportCell& c : row.cells)
        reader.cell(&column, &c);
}

ImportRowData ImportRows::at(qsizetype i) const
{
    ImportRowData row;
    read(i, row);
    return row;
}

std::optional<ImportCell> ImportRows::cell(qsizetype i, int column) const
{
    const Row& r = m_rows[i];
    if (column < 0 || column > r.lastColumn)
        return std::nullopt;
    Reader reader{m_bytes.constData() + r.offset};
    const quint64 count = reader.varint();
    for (quint64 k = 0; k < count; ++k) {
        const char* start = reader.p;
        int at = 0;
        reader.cell(&at, nullptr);
        if (at == column) {
            ImportCell cell;
            reader.p = start;
            reader.cell(&at, &cell);
            return cell;
        }
        if (at > column)
            break;
    }
    return std::nullopt;
}

QString ImportRows::text(qsizetype i, int column) const
{
    const auto c = cell(i, column);
    return c ? c->text : QString();
}

QList<ImportRowData> ImportRows::toList() const
{
    QList<ImportRowData> out;
    out.reserve(size());
    for (qsizetype i = 0; i < size(); ++i)
        out.append(at(i));
    return out;
}

bool ImportRows::operator==(const ImportRows& other) const
{
    if (size() != other.size())
        return false;
    for (qsizetype i = 0; i < size(); ++i) {
        if (at(i) != other.at(i))
            return false;
    }
    return true;
}

} // namespace sangkien
