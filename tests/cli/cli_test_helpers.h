#pragma once
// Small helpers shared by the CLI tests: files on disk, their hashes, JSON output.

#include "storage/database.h"
#include "temp_campaign.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <catch2/catch.hpp>
#include <stdexcept>

namespace sangkien::testing {

inline QByteArray fileHash(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

inline void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        throw std::runtime_error("cannot write test file");
}

// Changes a closed campaign file with raw SQL, as a person with a SQLite tool could.
inline void tamper(const QString& path, const QString& sql)
{
    auto db = Database::open(path);
    if (!db)
        throw std::runtime_error(db.error().text().toStdString());
    const Status done = (*db)->execScript(sql);
    if (!done)
        throw std::runtime_error(done.error().text().toStdString());
}

// A number read from a closed campaign file.
inline qint64 scalar(const QString& path, const QString& sql)
{
    auto db = Database::open(path, Database::Mode::ReadOnly);
    if (!db)
        throw std::runtime_error(db.error().text().toStdString());
    QSqlQuery q((*db)->connection());
    if (!q.exec(sql) || !q.next())
        throw std::runtime_error(("query failed: " + sql).toStdString());
    return q.value(0).toLongLong();
}

inline QJsonObject parseJson(const QByteArray& bytes)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    INFO(error.errorString().toStdString());
    REQUIRE(doc.isObject());
    return doc.object();
}

// The environment of a user whose system speaks English, and of one whose system speaks Vietnamese.
inline const QStringList kEnglishEnv{QStringLiteral("LC_ALL="), QStringLiteral("LC_MESSAGES="),
                                     QStringLiteral("LANG=en_US.UTF-8")};
inline const QStringList kVietnameseEnv{QStringLiteral("LC_ALL="), QStringLiteral("LC_MESSAGES="),
                                        QStringLiteral("LANG=vi_VN.UTF-8")};

// Every spreadsheet of dir (at least minimum of them) goes through `import --dry-run`: it imports
// (exit 0) or is refused with exit 2 and a message, never a crash, and the JSON always has its keys.
inline void checkEveryFileImportsOrIsRefused(const QString& dir, int minimum)
{
    TempCampaign campaign;
    campaign.close();
    QStringList files;
    for (const QFileInfo& f : QDir(dir).entryInfoList(QDir::Files, QDir::Name)) {
        if (f.suffix() != QLatin1String("md") && f.suffix() != QLatin1String("py"))
            files << f.absoluteFilePath();
    }
    REQUIRE(files.size() >= minimum);
    for (const QString& file : files) {
        INFO(file.toStdString());
        const CliResult r =
            runCli({QStringLiteral("import"), campaign.path(), file, QStringLiteral("--dry-run"),
                    QStringLiteral("--format"), QStringLiteral("json")});
        CHECK((r.exitCode == 0 || r.exitCode == 2));
        if (r.exitCode == 2)
            CHECK_FALSE(r.err.trimmed().isEmpty());
        if (!r.out.isEmpty())
            CHECK(parseJson(r.out).contains(QStringLiteral("read")));
    }
}

} // namespace sangkien::testing
