// The window chooses its words by the error's kind: a campaign in a read-only folder is offered read-only
// and, refused, is said to be read-only; a campaign whose name is too long for its backups opens and says
// why no backup was made. Neither is ever called damaged.
#include "common/file_error.h"
#include "error_wording.h"
#include "main_window.h"
#include "read_only_mount.h"
#include "storage/database.h"

#include <QFile>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <cerrno>

using namespace sangkien;
using sangkien::testing::ReadOnlyMount;

namespace {

struct Window
{
    QTemporaryDir settingsDir;
    std::unique_ptr<MainWindow> window;
    Window()
    {
        window = std::make_unique<MainWindow>(settingsDir.filePath(QStringLiteral("s.ini")));
        window->setInteractive(false);
    }
    MainWindow* operator->() { return window.get(); }
};

QString closedCampaign(const QString& path)
{
    auto created = Database::create(path);
    REQUIRE(created);
    return path;
}

} // namespace

TEST_CASE("The window says a read-only folder is read-only and offers to look", "[ui][errors][readonly]")
{
    QTemporaryDir dir;
    REQUIRE(QDir(dir.path()).mkdir(QStringLiteral("stick")));
    const QString path = closedCampaign(dir.filePath(QStringLiteral("stick/c.sangkien")));
    ReadOnlyMount readOnly(dir.filePath(QStringLiteral("stick")));
    REQUIRE(readOnly.ok());

    Window w;
    QString asked;
    SECTION("declined: refused with the read-only words")
    {
        w->setAnswer([&](const QString& question) {
            asked = question;
            return false;
        });
        CHECK_FALSE(w->openCampaign(path));
        CHECK(asked.contains(QStringLiteral("read-only")));
        const QString said = w->lastError();
        INFO(said.toStdString());
        CHECK(said.contains(ErrorWording::explanation(ErrorKind::ReadOnly)));
        CHECK_FALSE(said.contains(ErrorWording::explanation(ErrorKind::Damaged)));
        CHECK_FALSE(said.contains(QStringLiteral("damaged")));
    }
    SECTION("accepted: opened read-only")
    {
        w->setAnswer([](const QString&) { return true; });
        CHECK(w->openCampaign(path));
        CHECK(w->isReadOnly());
    }
}

TEST_CASE("The window says a campaign's name is too long for its backups", "[ui][errors][longname]")
{
    QTemporaryDir dir;
    const QString name = QString(241, QLatin1Char('c')) + QStringLiteral(".sangkien");
    REQUIRE(QFile::encodeName(name).size() == 250);
    const QString path = dir.filePath(name);
    REQUIRE(QFile::rename(closedCampaign(dir.filePath(QStringLiteral("c.sangkien"))), path));

    Window w;
    REQUIRE(w->openCampaign(path)); // the work goes on; only the backup could not be made
    const QString said = w->lastError();
    INFO(said.toStdString());
    CHECK(said.contains(FileError::causeOf(ENAMETOOLONG)));
    CHECK_FALSE(said.contains(ErrorWording::explanation(ErrorKind::Damaged)));
    CHECK_FALSE(said.contains(QStringLiteral("damaged")));
}
