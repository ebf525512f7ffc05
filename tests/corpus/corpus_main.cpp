// The main of sangkien_corpus_tests: without the external corpus the program says so in one line and
// exits with kSkipCode, which ctest reports as skipped (tests/CMakeLists.txt sets SKIP_RETURN_CODE).
#include "corpus_dir.h"
#include "test_session.h"

#include <QFileInfo>
#include <cstdio>
#include <cstring>

namespace {

constexpr int kSkipCode = 77;

// ctest's discovery lists the cases at build time; listing needs no corpus.
bool isListing(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strncmp(argv[i], "--list", 6) == 0 || std::strcmp(argv[i], "-l") == 0)
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char** argv)
{
    const QString dir = sangkien::testing::corpusSpreadsheets();
    if (!isListing(argc, argv) && !QFileInfo(dir).isDir()) {
        std::printf("skipped: no spreadsheet corpus at %s (set SANGKIEN_CORPUS_DIR to run these tests)\n",
                    qPrintable(dir));
        return kSkipCode;
    }
    return sangkien::testing::runTestSession(argc, argv);
}
