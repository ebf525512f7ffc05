// sangkien-xls: reads one legacy Excel workbook (.xls) with FreeXL and writes what it holds to stdout.
// FreeXL crashes on some damaged files; in a process of its own, a crash, a hang or a runaway allocation
// ends this helper, never the program that started it. XlsReader (core/import/xls_reader.cpp) starts
// it, sets its limits, reads the stream as it comes and turns every failure into a message.
//
// Usage: sangkien-xls [--] FILE [SHEET]      SHEET: the 0-based index of the sheet to read, default 0
//
// The stream, in native byte order (both ends run on one machine):
//   "SKXLS1\n"
//   'W' u32 count                      the workbook is open and has count sheets
//   'N' u32 length, bytes              one per sheet: its name in UTF-8 (length 0: FreeXL gave none)
//   'D' u32 rows, u16 columns          the selected sheet's dimensions
//   'C' u32 row, u16 column, u8 type, value
//                                      one cell that is not empty, rows and columns 0-based, row by row;
//                                      type is FreeXL's FREEXL_CELL_*; value by type: INT i32, DOUBLE
//                                      f64, TEXT/SST_TEXT/DATE/DATETIME/TIME u32 length and UTF-8 bytes
//                                      (dates and times as FreeXL writes them)
//   'R' u32 row                        the end of a row that had cells
//   'Z'                                the end of the sheet; the last record
//   'F' i32 code, u32 row, u16 column  FreeXL refused: a FREEXL_* code, 1 (no workbook: FreeXL said OK
//                                      but gave none) or FREEXL_BIFF_OBFUSCATED; the last record
// The exit status is 0 after 'Z' or 'F', 2 for wrong arguments, 3 when memory ran out.
#include "platform/system_calls.h"

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <freexl.h>
#include <new>
#include <thread>
#include <vector>

namespace {

constexpr int kNoWorkbook = 1;

template <typename T>
void put(T value)
{
    std::fwrite(&value, sizeof value, 1, stdout);
}

void putTag(char tag)
{
    std::fputc(tag, stdout);
}

void putBytes(const char* chars)
{
    const std::uint32_t length = chars ? static_cast<std::uint32_t>(std::strlen(chars)) : 0;
    put(length);
    if (length)
        std::fwrite(chars, 1, length, stdout);
}

int fail(int code, std::uint32_t row = 0, std::uint16_t column = 0)
{
    putTag('F');
    put(static_cast<std::int32_t>(code));
    put(row);
    put(column);
    std::fflush(stdout);
    return 0;
}

// Test hooks (SANGKIEN_XLS_HELPER_TEST): the unit tests make the helper fail in each way FreeXL can.
enum class TestFault
{
    None,
    CrashAtOpen,
    CrashInRows,
    Hang,
    Allocate
};

TestFault testFault()
{
    const char* v = std::getenv("SANGKIEN_XLS_HELPER_TEST");
    if (!v)
        return TestFault::None;
    if (!std::strcmp(v, "crash-open"))
        return TestFault::CrashAtOpen;
    if (!std::strcmp(v, "crash-rows"))
        return TestFault::CrashInRows;
    if (!std::strcmp(v, "hang"))
        return TestFault::Hang;
    if (!std::strcmp(v, "allocate"))
        return TestFault::Allocate;
    return TestFault::None;
}

[[noreturn]] void hang()
{
    for (;;)
        std::this_thread::sleep_for(std::chrono::seconds(1));
}

// Allocates and touches memory until the limit stops it (at most 1 GB, so a missing limit shows as a
// workbook that opened rather than as a machine out of memory).
int allocateUntilRefused()
{
    std::vector<char*> blocks;
    for (int i = 0; i < 64; ++i) {
        char* block = static_cast<char*>(std::malloc(16u << 20));
        if (!block)
            return fail(FREEXL_INSUFFICIENT_MEMORY);
        std::memset(block, 1, 16u << 20);
        blocks.push_back(block);
    }
    for (char* block : blocks)
        std::free(block);
    return -1;
}

int run(const char* path, unsigned sheet)
{
    const TestFault fault = testFault();
    std::fputs("SKXLS1\n", stdout);
    std::fflush(stdout);
    if (fault == TestFault::CrashAtOpen)
        std::abort();
    if (fault == TestFault::Hang)
        hang();
    if (fault == TestFault::Allocate && allocateUntilRefused() == 0)
        return 0;

    const void* handle = nullptr;
    int rc = freexl_open(path, &handle);
    // Closed on every way out, so a leak checker in a sanitizer build has nothing to report.
    struct Closer
    {
        const void*& handle;
        ~Closer()
        {
            if (handle)
                freexl_close(handle);
        }
    } closer{handle};
    if (rc != FREEXL_OK)
        return fail(rc);
    if (!handle)
        return fail(kNoWorkbook);
    unsigned int value = 0;
    if (freexl_get_info(handle, FREEXL_BIFF_PASSWORD, &value) == FREEXL_OK && value == FREEXL_BIFF_OBFUSCATED)
        return fail(FREEXL_BIFF_OBFUSCATED);
    unsigned int count = 0;
    if (freexl_get_info(handle, FREEXL_BIFF_SHEET_COUNT, &count) != FREEXL_OK)
        count = 0;
    if (count > 65535)
        count = 65535;
    putTag('W');
    put(static_cast<std::uint32_t>(count));
    for (unsigned int i = 0; i < count; ++i) {
        const char* name = nullptr;
        if (freexl_get_worksheet_name(handle, static_cast<unsigned short>(i), &name) != FREEXL_OK)
            name = nullptr;
        putTag('N');
        putBytes(name);
    }
    if (count == 0) {
        std::fflush(stdout);
        return 0;
    }

    unsigned int rows = 0;
    unsigned short columns = 0;
    rc = freexl_select_active_worksheet(handle, static_cast<unsigned short>(sheet));
    if (rc == FREEXL_OK)
        rc = freexl_worksheet_dimensions(handle, &rows, &columns);
    if (rc != FREEXL_OK)
        return fail(rc);
    putTag('D');
    put(static_cast<std::uint32_t>(rows));
    put(static_cast<std::uint16_t>(columns));
    std::fflush(stdout);

    for (unsigned int r = 0; r < rows; ++r) {
        bool any = false;
        for (unsigned short c = 0; c < columns; ++c) {
            FreeXL_CellValue cell;
            rc = freexl_get_cell_value(handle, r, c, &cell);
            if (rc != FREEXL_OK)
                return fail(rc, r, c);
            if (cell.type == FREEXL_CELL_NULL)
                continue;
            putTag('C');
            put(static_cast<std::uint32_t>(r));
            put(static_cast<std::uint16_t>(c));
            put(static_cast<std::uint8_t>(cell.type));
            switch (cell.type) {
            case FREEXL_CELL_INT:
                put(static_cast<std::int32_t>(cell.value.int_value));
                break;
            case FREEXL_CELL_DOUBLE:
                put(cell.value.double_value);
                break;
            default:
                putBytes(cell.value.text_value);
                break;
            }
            any = true;
        }
        if (any) {
            putTag('R');
            put(static_cast<std::uint32_t>(r));
            if (fault == TestFault::CrashInRows) {
                std::fflush(stdout);
                std::abort();
            }
        }
    }
    putTag('Z');
    std::fflush(stdout);
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    sangkien::sys::setBinaryStandardOutput();
    static char buffer[1 << 16];
    std::setvbuf(stdout, buffer, _IOFBF, sizeof buffer);
    int first = 1;
    if (argc > 1 && !std::strcmp(argv[1], "--"))
        first = 2;
    if (argc - first < 1 || argc - first > 2) {
        std::fputs("usage: sangkien-xls [--] FILE [SHEET]\n", stderr);
        return 2;
    }
    unsigned sheet = 0;
    if (argc - first == 2) {
        char* end = nullptr;
        const unsigned long n = std::strtoul(argv[first + 1], &end, 10);
        if (!end || *end || n > 65535) {
            std::fputs("sangkien-xls: SHEET is a number from 0 to 65535\n", stderr);
            return 2;
        }
        sheet = static_cast<unsigned>(n);
    }
    try {
        return run(argv[first], sheet);
    } catch (const std::bad_alloc&) {
        return 3;
    }
}
