// libFuzzer target: XlsReader on arbitrary bytes.
#include "fuzz_reader.h"
#include "import/xls_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    return sangkien::fuzz::readAll<sangkien::XlsReader>(data, size, "xls");
}
