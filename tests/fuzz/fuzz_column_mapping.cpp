// libFuzzer target: a saved column mapping (JSON) read, written back, and applied to a sheet whose header
// rows are made of the same bytes.
#include "import/column_mapping.h"

#include <QJsonDocument>
#include <QJsonObject>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace sangkien;
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    if (!doc.isObject())
        return 0;
    auto mapping = ColumnMapping::fromJson(doc.object());
    if (!mapping)
        return 0;
    // What is written must read back the same.
    auto again = ColumnMapping::fromJson(mapping->toJson());
    if (!again || !(*again == *mapping))
        __builtin_trap();
    QList<QStringList> rows;
    for (const QByteArray& line : bytes.split('\n').mid(0, ColumnMapping::kHeaderSearchRows))
        rows << QString::fromUtf8(line).split(QLatin1Char(','));
    for (const MappedColumn& c : mapping->columns()) {
        if (rows.isEmpty())
            rows << QStringList();
        if (c.index < 64) {
            while (rows.first().size() <= c.index)
                rows.first() << QString();
            rows.first()[c.index] = c.header;
        }
    }
    (void)mapping->applyTo(rows);
    (void)ColumnMapping::detect(rows);
    return 0;
}
