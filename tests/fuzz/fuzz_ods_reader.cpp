// libFuzzer target: OdsReader on arbitrary bytes.
#include "fuzz_reader.h"
#include "import/ods_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    return sangkien::fuzz::readAll<sangkien::OdsReader>(data, size, "ods");
}
