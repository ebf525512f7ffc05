// libFuzzer target: CsvReader on arbitrary bytes.
#include "fuzz_reader.h"
#include "import/csv_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    return sangkien::fuzz::readAll<sangkien::CsvReader>(data, size, "csv");
}
