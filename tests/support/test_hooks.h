// What a test program wants done before each run of a test case (each leaf section, each generated value)
// (the UI tests empty their scripted prompts): registered from a static initializer, run by the one test
// main's listener.
#pragma once

#include <functional>
#include <vector>

namespace sangkien::testing {

std::vector<std::function<void()>>& testCaseStartHooks();

// Registers hook at static initialisation: `static const bool registered = onTestCaseStart(...);`
inline bool onTestCaseStart(std::function<void()> hook)
{
    testCaseStartHooks().push_back(std::move(hook));
    return true;
}

} // namespace sangkien::testing
