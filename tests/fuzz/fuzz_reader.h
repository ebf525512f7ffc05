#pragma once
// Shared body of the reader fuzz targets: the input becomes a file (readers read paths), every sheet is
// read to its end, and the merged ranges asked for. Errors are fine; crashes, leaks and hangs are not.
#include "import/sheet_reader.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>
#include <unistd.h>

namespace sangkien::fuzz {

template <typename Reader>
int readAll(const uint8_t* data, size_t size, const char* suffix)
{
    // One file per process, rewritten for each input: no temporary-file churn in the hot loop.
    static const QString path =
        QDir::tempPath() + QStringLiteral("/sangkien-fuzz-%1.%2").arg(::getpid()).arg(QLatin1String(suffix));
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        f.write(reinterpret_cast<const char*>(data), qint64(size));
    }
    Reader reader;
    if (!reader.open(path))
        return 0;
    const auto sheets = reader.sheets();
    for (const SheetInfo& sheet : sheets) {
        if (!reader.selectSheet(sheet.name))
            continue;
        SheetRow row;
        for (int guard = 0; guard < 2'000'000; ++guard) {
            auto next = reader.nextRow(row);
            if (!next || !*next)
                break;
        }
        reader.mergedRanges();
    }
    return 0;
}

} // namespace sangkien::fuzz
