#pragma once

#include "storage/database.h"

#include <QString>
#include <QTemporaryDir>
#include <memory>

namespace sangkien::testing {

// A real campaign file on disk, made from the 2024 template in a temporary folder that is removed
// when the test ends.
class TempCampaign
{
public:
    explicit TempCampaign(const QString& templateId = QStringLiteral("hungyen-2024"));

    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }
    Database& db() { return *m_db; }
    // Closes the connection so another process (the CLI) or a reopen sees a quiet file.
    void close() { m_db.reset(); }
    Database& reopen();

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
};

// The path of sangkien-cli built with the tests (from the SANGKIEN_CLI environment variable that
// CTest sets), and a runner for it as a child process.
QString cliPath();

struct CliResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};
CliResult runCli(const QStringList& args, const QByteArray& stdinData = {}, const QStringList& extraEnv = {});

} // namespace sangkien::testing
