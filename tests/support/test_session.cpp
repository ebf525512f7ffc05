// The set-up every test program shares: a QApplication (offscreen for UI tests) so widgets, models,
// QSqlDatabase and translations behave as in the programs, then Catch2's session.
#define CATCH_CONFIG_RUNNER
#include "test_session.h"

#include "test_hooks.h"

#include <QApplication>
#include <catch2/catch.hpp>

namespace sangkien::testing {

std::vector<std::function<void()>>& testCaseStartHooks()
{
    static std::vector<std::function<void()>> hooks;
    return hooks;
}

} // namespace sangkien::testing

namespace {

struct TestCaseStartListener : Catch::TestEventListenerBase
{
    using TestEventListenerBase::TestEventListenerBase;
    void testCaseStarting(const Catch::TestCaseInfo& info) override
    {
        TestEventListenerBase::testCaseStarting(info);
        m_testCase = info.name;
    }
    // A test case runs once per leaf section and generated value, each run entering its root section
    // (named as the test case): each run starts clean.
    void sectionStarting(const Catch::SectionInfo& info) override
    {
        TestEventListenerBase::sectionStarting(info);
        if (info.name == m_testCase)
            for (const auto& hook : sangkien::testing::testCaseStartHooks())
                hook();
    }

private:
    std::string m_testCase;
};
CATCH_REGISTER_LISTENER(TestCaseStartListener)

} // namespace

namespace sangkien::testing {

int runTestSession(int argc, char** argv)
{
    // The locale comes from LANG alone (see tests/CMakeLists.txt); make every category follow it.
    if (!qEnvironmentVariableIsEmpty("LANG"))
        qputenv("LC_ALL", qgetenv("LANG"));
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("SANGKIEN_CLI"))
        qputenv("SANGKIEN_CLI", SANGKIEN_CLI_PATH);
    // The .xls reader's helper lives beside sangkien and sangkien-cli, not beside the test programs.
    if (qEnvironmentVariableIsEmpty("SANGKIEN_XLS_HELPER"))
        qputenv("SANGKIEN_XLS_HELPER", SANGKIEN_XLS_HELPER_PATH);
    if (qEnvironmentVariableIsEmpty("SANGKIEN_XLSX_HELPER"))
        qputenv("SANGKIEN_XLSX_HELPER", SANGKIEN_XLSX_HELPER_PATH);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("SangKienTests"));
    QApplication::setApplicationName(QStringLiteral("sangkien-tests"));
    return Catch::Session().run(argc, argv);
}

} // namespace sangkien::testing
