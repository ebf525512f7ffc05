#include "temp_campaign.h"

#include "storage/campaign_template.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <stdexcept>

namespace sangkien::testing {

TempCampaign::TempCampaign(const QString& templateId)
    : m_path(m_dir.filePath(QStringLiteral("test.sangkien")))
{
    auto created = createCampaign(m_path, templateId);
    if (!created)
        throw std::runtime_error(created.error().text().toStdString());
    m_db = std::move(created.value());
}

Database& TempCampaign::reopen()
{
    m_db.reset();
    auto opened = Database::open(m_path);
    if (!opened)
        throw std::runtime_error(opened.error().text().toStdString());
    m_db = std::move(opened.value());
    return *m_db;
}

QString cliPath()
{
    const QString path = qEnvironmentVariable("SANGKIEN_CLI");
    if (path.isEmpty())
        throw std::runtime_error("SANGKIEN_CLI is not set; run the tests through ctest");
    return path;
}

CliResult runCli(const QStringList& args, const QByteArray& stdinData, const QStringList& extraEnv)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString& kv : extraEnv) {
        const auto eq = kv.indexOf(QLatin1Char('='));
        env.insert(kv.left(eq), kv.mid(eq + 1));
    }
    process.setProcessEnvironment(env);
    process.start(cliPath(), args);
    if (!process.waitForStarted(10000))
        throw std::runtime_error("sangkien-cli did not start");
    if (!stdinData.isEmpty())
        process.write(stdinData);
    process.closeWriteChannel();
    if (!process.waitForFinished(300000)) {
        process.kill();
        throw std::runtime_error("sangkien-cli did not finish in time");
    }
    CliResult r;
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    r.out = process.readAllStandardOutput();
    r.err = process.readAllStandardError();
    return r;
}

} // namespace sangkien::testing
