// The real sangkien-cli takes its exit code from the error's kind (usage 1; refused, quota, conflict 2; not
// found, locked, read-only, damaged 3; a failed write 2), and says what stopped it: a read-only folder (for
// a user who may not write there, and on a read-only medium) and a file name too long for the file system
// each get their own message, never the damaged file's.
#include "cli_test_helpers.h"
#include "read_only_mount.h"
#include "storage/campaign_lock.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

using namespace sangkien;
using namespace sangkien::testing;

namespace {

const QString en = QStringLiteral("--lang=en");

// sangkien-cli run by the unprivileged user "nobody", who may read the test's files but not write them.
// The CLI where "nobody" can run it: a checkout may sit in a folder only its owner may enter (mktemp -d
// makes one with mode 0700), so the program is copied once into a folder everyone may enter.
QString cliForNobody()
{
    static QTemporaryDir shared;
    static const QString copy = [] {
        const auto rx = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                        QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther |
                        QFileDevice::ExeOther;
        const QString target = shared.filePath(QStringLiteral("sangkien-cli"));
        REQUIRE(QFile::copy(cliPath(), target));
        REQUIRE(QFile::setPermissions(shared.path(), rx));
        REQUIRE(QFile::setPermissions(target, rx));
        return target;
    }();
    return copy;
}

// The environment for "nobody": a sanitizer's suppressions file inside the checkout is copied beside the CLI,
// where nobody may read it.
QProcessEnvironment environmentForNobody()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QString folder = QFileInfo(cliForNobody()).absolutePath();
    for (const QString& name : {QStringLiteral("ASAN_OPTIONS"), QStringLiteral("LSAN_OPTIONS")}) {
        QStringList options = env.value(name).split(QLatin1Char(':'), Qt::SkipEmptyParts);
        for (QString& option : options) {
            if (!option.startsWith(QLatin1String("suppressions=")))
                continue;
            const QString original = option.mid(13);
            const QString copy = QDir(folder).filePath(name + QStringLiteral(".supp"));
            if (!QFile::exists(copy)) {
                REQUIRE(QFile::copy(original, copy));
                REQUIRE(QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::ReadGroup |
                                                        QFileDevice::ReadOther));
            }
            option = QStringLiteral("suppressions=") + copy;
        }
        if (!options.isEmpty())
            env.insert(name, options.join(QLatin1Char(':')));
    }
    return env;
}

CliResult runAsNobody(const QStringList& args)
{
    QProcess process;
    process.setProcessEnvironment(environmentForNobody());
    process.start(QStringLiteral("runuser"), QStringList{QStringLiteral("-u"), QStringLiteral("nobody"),
                                                         QStringLiteral("--"), cliForNobody()} +
                                                 args);
    if (!process.waitForStarted(10000) || !process.waitForFinished(60000))
        throw std::runtime_error("runuser did not run sangkien-cli");
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

// A folder "nobody" may enter and read, but not write: root's, mode 0755.
QString readableFolder(const QTemporaryDir& dir)
{
    const QString folder = dir.filePath(QStringLiteral("office"));
    REQUIRE(QDir(dir.path()).mkdir(QStringLiteral("office")));
    const auto rx = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                    QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther |
                    QFileDevice::ExeOther;
    REQUIRE(QFile::setPermissions(dir.path(), rx));
    REQUIRE(QFile::setPermissions(folder, rx));
    return folder;
}

QString demo(const QString& path)
{
    const auto r = runCli({QStringLiteral("demo"), path, QStringLiteral("--entries"), QStringLiteral("20"),
                           QStringLiteral("--seed"), QStringLiteral("5")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return path;
}

// What the CLI says of a damaged campaign, to tell the other messages from it.
QByteArray damagedMessage(const QTemporaryDir& dir)
{
    const QString path = dir.filePath(QStringLiteral("damaged.sangkien"));
    demo(path);
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadWrite));
    REQUIRE(f.resize(f.size() - 1000));
    f.close();
    const auto r = runCli({QStringLiteral("list"), path, en});
    REQUIRE(r.exitCode == 3);
    return QString::fromUtf8(r.err).trimmed().section(QStringLiteral(": "), -1).toUtf8();
}

} // namespace

TEST_CASE("cli: the exit code comes from the error's kind", "[cli][errors]")
{
    QTemporaryDir dir;
    const QString path = demo(dir.filePath(QStringLiteral("c.sangkien")));
    const QByteArray before = fileHash(path);
    // usage → 1
    CHECK(runCli({QStringLiteral("list"), path, QStringLiteral("--colour"), en}).exitCode == 1);
    CHECK(runCli({QStringLiteral("meeting"), path, en}).exitCode == 1);
    // refused → 2: an unknown entry code; below the quorum
    const auto unknown = runCli({QStringLiteral("vote"), path, QStringLiteral("--entry"),
                                 QStringLiteral("SK-0000-9999"), QStringLiteral("--agree"),
                                 QStringLiteral("1"), QStringLiteral("--disagree"), QStringLiteral("0"), en});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains("SK-0000-9999"));
    CHECK(runCli({QStringLiteral("meeting"), path, QStringLiteral("--date"), QStringLiteral("2025-01-20"),
                  QStringLiteral("--present"), QStringLiteral("1"), en})
              .exitCode == 2);
    // conflict → 2: a campaign never overwrites a file
    CHECK(runCli({QStringLiteral("init"), path, en}).exitCode == 2);
    // not found → 3
    CHECK(runCli({QStringLiteral("list"), dir.filePath(QStringLiteral("none.sangkien")), en}).exitCode == 3);
    // locked → 3
    {
        auto held = CampaignLock::acquire(path, QStringLiteral("sangkien"));
        REQUIRE(held);
        const auto locked =
            runCli({QStringLiteral("meeting"), path, QStringLiteral("--date"), QStringLiteral("2025-01-20"),
                    QStringLiteral("--present"), QStringLiteral("1,2,3,4,5,6,7"), en});
        CHECK(locked.exitCode == 3);
    }
    CHECK(fileHash(path) == before);
    // damaged → 3
    CHECK_FALSE(damagedMessage(dir).isEmpty());
}

TEST_CASE("cli: a folder the user may not write to is said so, exit 3, never damaged",
          "[cli][errors][readonly]")
{
    QTemporaryDir dir;
    const QByteArray damaged = damagedMessage(dir);
    const QString folder = readableFolder(dir);
    const QString path = demo(QDir(folder).filePath(QStringLiteral("c.sangkien")));
    const QByteArray before = fileHash(path);

    // Reading works: nothing needs writing.
    const auto list = runAsNobody({QStringLiteral("list"), path, en});
    INFO(list.err.toStdString());
    CHECK(list.exitCode == 0);

    const auto meeting =
        runAsNobody({QStringLiteral("meeting"), path, QStringLiteral("--date"), QStringLiteral("2025-01-20"),
                     QStringLiteral("--present"), QStringLiteral("1,2,3,4,5,6,7"), en});
    INFO(meeting.err.toStdString());
    CHECK(meeting.exitCode == 3);
    CHECK(meeting.err.contains("no permission to write"));
    CHECK_FALSE(meeting.err.contains(damaged));
    CHECK_FALSE(meeting.err.contains("damaged"));

    const auto init =
        runAsNobody({QStringLiteral("init"), QDir(folder).filePath(QStringLiteral("new.sangkien")), en});
    INFO(init.err.toStdString());
    CHECK(init.exitCode == 3);
    CHECK(init.err.contains("no permission to write"));
    CHECK_FALSE(QFileInfo::exists(QDir(folder).filePath(QStringLiteral("new.sangkien"))));
    CHECK(fileHash(path) == before);
}

TEST_CASE("cli: a folder on a read-only medium is said so, exit 3, never damaged", "[cli][errors][readonly]")
{
    QTemporaryDir dir;
    const QByteArray damaged = damagedMessage(dir);
    REQUIRE(QDir(dir.path()).mkdir(QStringLiteral("stick")));
    const QString folder = dir.filePath(QStringLiteral("stick"));
    const QString path = demo(QDir(folder).filePath(QStringLiteral("c.sangkien")));
    const QByteArray before = fileHash(path);
    ReadOnlyMount readOnly(folder);
    REQUIRE(readOnly.ok());

    CHECK(runCli({QStringLiteral("list"), path, en}).exitCode == 0);
    const auto meeting =
        runCli({QStringLiteral("meeting"), path, QStringLiteral("--date"), QStringLiteral("2025-01-20"),
                QStringLiteral("--present"), QStringLiteral("1,2,3,4,5,6,7"), en});
    INFO(meeting.err.toStdString());
    CHECK(meeting.exitCode == 3);
    CHECK(meeting.err.contains("read-only"));
    CHECK_FALSE(meeting.err.contains(damaged));
    CHECK_FALSE(meeting.err.contains("damaged"));
    const auto init =
        runCli({QStringLiteral("init"), QDir(folder).filePath(QStringLiteral("new.sangkien")), en});
    INFO(init.err.toStdString());
    CHECK(init.exitCode == 3);
    CHECK(init.err.contains("read-only"));
    CHECK(fileHash(path) == before);
}

TEST_CASE("cli: a campaign name too long for its companion files is said so, exit 2",
          "[cli][errors][longname]")
{
    QTemporaryDir dir;
    const QByteArray damaged = damagedMessage(dir);
    // 250 bytes fit the file system's 255; "-journal" and ".backups" do not.
    const QString name = QString(241, QLatin1Char('b')) + QStringLiteral(".sangkien");
    REQUIRE(QFile::encodeName(name).size() == 250);
    const QString path = dir.filePath(name);
    for (const QString& command : {QStringLiteral("init"), QStringLiteral("demo")}) {
        const auto r = runCli({command, path, en});
        INFO(command.toStdString() + ": " + r.err.toStdString());
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains("file name is too long"));
        CHECK_FALSE(r.err.contains(damaged));
        CHECK_FALSE(r.err.contains("damaged"));
        CHECK_FALSE(QFileInfo::exists(path));
    }
}
