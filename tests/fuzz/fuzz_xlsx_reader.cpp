// libFuzzer target: XlsxReader on arbitrary bytes.
#include "fuzz_reader.h"
#include "import/xlsx_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    return sangkien::fuzz::readAll<sangkien::XlsxReader>(data, size, "xlsx");
}
