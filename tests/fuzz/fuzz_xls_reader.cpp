// libFuzzer target: XlsReader on arbitrary bytes, through the real helper process (sangkien-xls) as the
// programs run it. FreeXL's crashes, hangs and runaway allocations happen in the helper; this process
// must turn each into an Error and never crash, leak or hang itself. The coverage that guides libFuzzer
// is this process's (the reader's side of the stream); the helper is not instrumented.
// At exit it prints how the helpers ended, so a run shows how many FreeXL failures were contained.
#include "import/xls_reader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <cstdio>
#include <cstdlib>
#include <unistd.h>

namespace {

struct Tally
{
    long inputs = 0, read = 0, refused = 0, crashed = 0, stalled = 0, nonsense = 0, unfinished = 0;
    ~Tally()
    {
        std::fprintf(stderr,
                     "xls helper outcomes: %ld inputs, %ld read, %ld refused by FreeXL or the checks, %ld "
                     "helper crashes contained, %ld stalls, %ld nonsense streams, %ld unfinished\n",
                     inputs, read, refused, crashed, stalled, nonsense, unfinished);
    }
} tally;

void count(const sangkien::Error& e)
{
    if (e.message.contains(QStringLiteral("stopped abruptly")))
        ++tally.crashed;
    else if (e.message.contains(QStringLiteral("made no progress")))
        ++tally.stalled;
    else if (e.message.contains(QStringLiteral("makes no")))
        ++tally.nonsense;
    else if (e.message.contains(QStringLiteral("without finishing")) ||
             e.message.contains(QStringLiteral("memory")))
        ++tally.unfinished;
    else
        ++tally.refused;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    static QCoreApplication app(*argc, *argv);
    if (qEnvironmentVariableIsEmpty("SANGKIEN_XLS_HELPER"))
        qputenv("SANGKIEN_XLS_HELPER", SANGKIEN_XLS_HELPER_PATH);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace sangkien;
    static const QString path = QDir::tempPath() + QStringLiteral("/sangkien-fuzz-%1.xls").arg(::getpid());
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        f.write(reinterpret_cast<const char*>(data), qint64(size));
    }
    ++tally.inputs;
    XlsReader reader;
    XlsReader::HelperLimits limits;
    limits.stallSeconds = 10;         // within libFuzzer's -timeout=20
    limits.memoryBytes = 512LL << 20; // the helper is not instrumented: limit it as in the programs
    limits.limitMemory = true;
    reader.setHelperLimits(limits);
    if (Status s = reader.open(path); !s) {
        count(s.error());
        return 0;
    }
    for (const SheetInfo& sheet : reader.sheets()) {
        if (Status s = reader.selectSheet(sheet.name); !s) {
            count(s.error());
            return 0;
        }
        SheetRow row;
        for (;;) {
            auto next = reader.nextRow(row);
            if (!next) {
                count(next.error());
                return 0;
            }
            if (!*next)
                break;
        }
    }
    ++tally.read;
    return 0;
}
