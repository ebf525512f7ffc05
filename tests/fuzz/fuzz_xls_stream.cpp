// libFuzzer target: XlsReader on an arbitrary helper stream. The helper is replaced by
// fake_xls_helper.sh, which prints the input file from byte 513 on; the input becomes an OLE2 header
// (so the reader's own checks pass) followed by "SKXLS1\n" and the fuzzed bytes. What FreeXL may write
// after it overwrote its own memory, the reader must refuse with an Error, within flat memory.
#include "import/xls_reader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <unistd.h>

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace sangkien;
    static const QString path =
        QDir::tempPath() + QStringLiteral("/sangkien-fuzz-stream-%1.xls").arg(::getpid());
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        QByteArray head("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
        head.resize(512, '\0');
        f.write(head);
        f.write("SKXLS1\n");
        f.write(reinterpret_cast<const char*>(data), qint64(size));
    }
    ReaderLimits small; // small limits, so the limit checks are reached too
    small.maxRows = 5000;
    small.maxColumns = 300;
    small.maxCellTextLength = 1000;
    XlsReader reader(small);
    XlsReader::HelperLimits limits;
    limits.program = QStringLiteral(SANGKIEN_FAKE_XLS_HELPER);
    limits.stallSeconds = 10;
    reader.setHelperLimits(limits);
    if (!reader.open(path))
        return 0;
    for (const SheetInfo& sheet : reader.sheets()) {
        if (!reader.selectSheet(sheet.name))
            return 0;
        SheetRow row;
        for (int guard = 0; guard < 2'000'000; ++guard) {
            auto next = reader.nextRow(row);
            if (!next || !*next)
                break;
        }
    }
    return 0;
}
