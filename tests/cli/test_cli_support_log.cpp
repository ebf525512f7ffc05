// The support log: what a real sangkien-cli run writes there (start, open, backup, import, errors with their
// kind), with no names, titles or paths of the office's data; and the file rotated when it grows.
#include "common/support_log.h"
#include "storage/database.h"
#include "temp_campaign.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace sangkien;
using namespace sangkien::testing;

namespace {

QString readLog(const QString& path)
{
    QString all;
    for (const QString& name : {path + QStringLiteral(".1"), path}) {
        QFile f(name);
        if (f.open(QIODevice::ReadOnly))
            all += QString::fromUtf8(f.readAll());
    }
    return all;
}

} // namespace

TEST_CASE("The support log records an import and an error by kind, with no names, titles or paths",
          "[cli][log]")
{
    TempCampaign campaign;
    campaign.close();
    QTemporaryDir logDir;
    const QString log = logDir.filePath(QStringLiteral("sangkien.log"));
    const QStringList env{QStringLiteral("SANGKIEN_LOG_FILE=") + log};
    const QString list =
        QStringLiteral(SANGKIEN_TEST_DATA_DIR) + QStringLiteral("/spreadsheets/vn_import.xlsx");
    const auto imported = runCli({QStringLiteral("import"), campaign.path(), list}, {}, env);
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    const auto missing =
        runCli({QStringLiteral("list"), QDir(campaign.dir()).filePath(QStringLiteral("khong-co.sangkien"))},
               {}, env);
    REQUIRE(missing.exitCode == 3);

    const QString text = readLog(log);
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("sangkien-cli")));
    CHECK(text.contains(QStringLiteral("start command=import")));
    CHECK(text.contains(QStringLiteral("backup reason=import")));
    CHECK(text.contains(QStringLiteral("import .xlsx rows=6")));
    CHECK(text.contains(QStringLiteral("start command=list")));
    CHECK(text.contains(QStringLiteral("error kind=not_found in=cli")));
    CHECK(text.contains(QStringLiteral("exit code=3")));

    // Nothing of the office's data: no file names or folders, no nominee, author or title.
    CHECK_FALSE(text.contains(campaign.dir()));
    CHECK_FALSE(text.contains(QStringLiteral("khong-co")));
    CHECK_FALSE(text.contains(QStringLiteral("vn_import")));
    auto db = Database::open(campaign.path(), Database::Mode::ReadOnly);
    REQUIRE(db);
    QSqlQuery q((*db)->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT e.title, n.name FROM entry e JOIN nominee n ON n.id = e.nominee_id "
                                  "UNION SELECT full_name, '' FROM entry_author")));
    int checked = 0;
    while (q.next()) {
        for (int i = 0; i < 2; ++i)
            if (const QString value = q.value(i).toString(); value.size() > 3) {
                INFO(value.toStdString());
                CHECK_FALSE(text.contains(value));
                ++checked;
            }
    }
    CHECK(checked >= 12);
}

TEST_CASE("The support log rotates beyond its size and keeps three old files", "[log]")
{
    QTemporaryDir dir;
    const QString log = dir.filePath(QStringLiteral("sangkien.log"));
    qputenv("SANGKIEN_LOG_FILE", log.toUtf8());
    const QString filler(2000, QLatin1Char('x'));
    const int lines = int(SupportLog::kMaxBytes / 2000) * 5;
    for (int i = 0; i < lines; ++i)
        SupportLog::event(QStringLiteral("test"), filler);
    qunsetenv("SANGKIEN_LOG_FILE");
    for (int i = 1; i <= SupportLog::kKeep; ++i)
        CHECK(QFile::exists(log + QStringLiteral(".%1").arg(i)));
    CHECK_FALSE(QFile::exists(log + QStringLiteral(".%1").arg(SupportLog::kKeep + 1)));
    for (const QString& name : QDir(dir.path()).entryList(QDir::Files))
        CHECK(QFileInfo(dir.filePath(name)).size() <= SupportLog::kMaxBytes + 4096);
    CHECK(SupportLog::fileKind(QStringLiteral("/home/van-thu/Phong trào 2024.sangkien")) ==
          QStringLiteral(".sangkien"));
    CHECK(SupportLog::fileKind(QStringLiteral("/tmp/noext")) == QStringLiteral("file"));
}
