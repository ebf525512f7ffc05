// The main of the unit, CLI and UI test programs.
#include "test_session.h"

int main(int argc, char** argv)
{
    return sangkien::testing::runTestSession(argc, argv);
}
