// `sangkien-cli import` over every spreadsheet of the external corpus: each imports or is refused with
// exit 2 and a message (the same check runs over tests/data in the CLI tests).
#include "../cli/cli_test_helpers.h"
#include "corpus_dir.h"

using namespace sangkien::testing;

TEST_CASE("Every corpus spreadsheet imports or is refused with exit 2 and a message", "[import][cli]")
{
    checkEveryFileImportsOrIsRefused(corpusSpreadsheets(), 30);
}
