#pragma once

namespace sangkien::testing {

// Sets up the process as the programs are (locale, platform, helper paths, QApplication) and runs the
// Catch2 session over argv. Every test program's main ends here.
int runTestSession(int argc, char** argv);

} // namespace sangkien::testing
