// Exit codes of usage errors, --version, --help and the language of messages.
#include "cli_test_helpers.h"

#include <QRegularExpression>
#include <QTemporaryDir>

using namespace sangkien::testing;

TEST_CASE("cli: --version prints the program and its version", "[cli]")
{
    const auto r = runCli({QStringLiteral("--version")});
    CHECK(r.exitCode == 0);
    CHECK(QRegularExpression(QStringLiteral("^sangkien-cli \\d+\\.\\d+\\.\\d+\\n$"))
              .match(QString::fromUtf8(r.out))
              .hasMatch());
    CHECK(r.err.isEmpty());
}

TEST_CASE("cli: --help lists the commands and exits 0", "[cli]")
{
    const auto r = runCli({QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("en")});
    CHECK(r.exitCode == 0);
    for (const char* command : {"init", "demo", "list", "check"})
        CHECK(r.out.contains(command));
    const auto sub = runCli({QStringLiteral("list"), QStringLiteral("--help")});
    CHECK(sub.exitCode == 0);
    CHECK(sub.out.contains("--search"));
}

TEST_CASE("cli: usage errors exit 1", "[cli]")
{
    TempCampaign campaign;
    campaign.close();
    const QString file = campaign.path();
    const QString en = QStringLiteral("--lang=en");

    SECTION("no arguments")
    {
        const auto r = runCli({});
        CHECK(r.exitCode == 1);
        CHECK_FALSE(r.err.isEmpty());
        CHECK(r.out.isEmpty());
    }
    SECTION("unknown command")
    {
        const auto r = runCli({QStringLiteral("frobnicate"), file, en});
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains("Unknown command"));
        CHECK(r.err.contains("frobnicate"));
    }
    SECTION("unknown global option")
    {
        CHECK(runCli({QStringLiteral("--frobnicate")}).exitCode == 1);
    }
    SECTION("missing campaign file")
    {
        for (const char* command : {"init", "demo", "list", "check"}) {
            const auto r = runCli({QString::fromLatin1(command), en});
            INFO(command);
            CHECK(r.exitCode == 1);
            CHECK(r.err.contains("Missing argument"));
        }
    }
    SECTION("too many arguments")
    {
        CHECK(runCli({QStringLiteral("list"), file, file}).exitCode == 1);
    }
    SECTION("unknown option of a command")
    {
        const auto r = runCli({QStringLiteral("list"), file, QStringLiteral("--bogus"), en});
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains("--bogus"));
    }
    SECTION("option without its value")
    {
        const auto r = runCli({QStringLiteral("list"), file, QStringLiteral("--search"), en});
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains("--search"));
        CHECK(runCli({QStringLiteral("list"), file, QStringLiteral("--lang")}).exitCode == 1);
    }
    SECTION("bad option values")
    {
        CHECK(runCli({QStringLiteral("list"), file, QStringLiteral("--status"), QStringLiteral("nonsense")})
                  .exitCode == 1);
        CHECK(runCli({QStringLiteral("list"), file, QStringLiteral("--format"), QStringLiteral("xml")})
                  .exitCode == 1);
        CHECK(runCli({QStringLiteral("list"), file, QStringLiteral("--category"), QStringLiteral("9.z")})
                  .exitCode == 1);
        CHECK(
            runCli({QStringLiteral("list"), file, QStringLiteral("--lang"), QStringLiteral("fr")}).exitCode ==
            1);

        const QString fresh = campaign.dir() + QStringLiteral("/fresh.sangkien");
        for (const QStringList& bad : {QStringList{QStringLiteral("--entries"), QStringLiteral("abc")},
                                       QStringList{QStringLiteral("--entries"), QStringLiteral("-5")},
                                       QStringList{QStringLiteral("--members"), QStringLiteral("0")},
                                       QStringList{QStringLiteral("--seed"), QStringLiteral("x1")}}) {
            INFO(bad.join(QLatin1Char(' ')).toStdString());
            const auto r = runCli(QStringList{QStringLiteral("demo"), fresh, en} + bad);
            CHECK(r.exitCode == 1);
            CHECK(r.err.contains(bad.first().toUtf8()));
            CHECK_FALSE(QFile::exists(fresh)); // a usage error writes nothing
        }
    }
}

TEST_CASE("cli: errors are English with --lang en or LANG=en_*, Vietnamese by default", "[cli]")
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("missing.sangkien"));

    const auto english =
        runCli({QStringLiteral("list"), missing, QStringLiteral("--lang"), QStringLiteral("en")}, {},
               kVietnameseEnv);
    CHECK(english.exitCode == 3);
    CHECK(english.err.contains("does not exist"));
    CHECK(english.err.contains(missing.toUtf8())); // the error names its place

    const auto fromLang = runCli({QStringLiteral("list"), missing}, {}, kEnglishEnv);
    CHECK(fromLang.exitCode == 3);
    CHECK(fromLang.err == english.err);

    const auto vietnamese = runCli({QStringLiteral("list"), missing}, {}, kVietnameseEnv);
    CHECK(vietnamese.exitCode == 3);
    CHECK_FALSE(vietnamese.err.isEmpty());
    CHECK(vietnamese.err.contains(missing.toUtf8()));
    // The Vietnamese translation is filled in: the message is not the English one.
    CHECK(vietnamese.err != english.err);
    CHECK_FALSE(vietnamese.err.contains("does not exist"));

    const auto explicitVi = runCli(
        {QStringLiteral("--lang"), QStringLiteral("vi"), QStringLiteral("list"), missing}, {}, kEnglishEnv);
    CHECK(explicitVi.err == vietnamese.err);
}
