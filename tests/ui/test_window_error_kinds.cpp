// The window chooses its words by the error's kind: a campaign in a read-only folder is offered read-only
// and, refused, is said to be read-only; a campaign whose name is too long for its backups opens and says
// why no backup was made. Neither is ever called damaged.
#include "common/file_error.h"
#include "error_wording.h"
#include "main_window.h"
#include "read_only_mount.h"
#include "scripted_prompts.h"
#include "storage/campaign_builder.h"

#include <QDir>
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
    Window() { window = std::make_unique<MainWindow>(settingsDir.filePath(QStringLiteral("s.ini"))); }
    MainWindow* operator->() { return window.get(); }
};

// A whole campaign (schema and campaign row), made and closed at path.
QString closedCampaign(const QString& path)
{
    const Status built = CampaignBuilder::build(path, QStringLiteral("hungyen-2024"));
    INFO((built ? QString() : built.error().text()).toStdString());
    REQUIRE(built.ok());
    return path;
}

} // namespace

TEST_CASE("The window opens a campaign in a read-only folder read-only, never calling it damaged",
          "[ui][errors][readonly]")
{
    QTemporaryDir dir;
    REQUIRE(QDir(dir.path()).mkdir(QStringLiteral("stick")));
    const QString path = closedCampaign(dir.filePath(QStringLiteral("stick/c.sangkien")));
    ReadOnlyMount readOnly(dir.filePath(QStringLiteral("stick")));
    REQUIRE(readOnly.ok());

    Window w;
    const bool opened = w->openCampaign(path);
    INFO(w->lastError().toStdString());
    REQUIRE(opened); // SQLite could not even read it there without writing its -shm
    CHECK(w->isReadOnly());
    CHECK_FALSE(w->lastError().contains(QStringLiteral("damaged")));
}

TEST_CASE("The window says a campaign's name is too long for its backups", "[ui][errors][longname]")
{
    QTemporaryDir dir;
    const QString name = QString(241, QLatin1Char('c')) + QStringLiteral(".sangkien");
    REQUIRE(QFile::encodeName(name).size() == 250);
    const QString path = dir.filePath(name);
    REQUIRE(QFile::rename(closedCampaign(dir.filePath(QStringLiteral("c.sangkien"))), path));

    Window w;
    const bool opened = w->openCampaign(path);
    INFO(w->lastError().toStdString());
    REQUIRE(opened); // the work goes on; only the backup could not be made
    const QString said = w->lastError();
    INFO(said.toStdString());
    CHECK(said.contains(FileError::causeOf(ENAMETOOLONG)));
    CHECK_FALSE(said.contains(ErrorWording::explanation(ErrorKind::Damaged)));
    CHECK_FALSE(said.contains(QStringLiteral("damaged")));
}
