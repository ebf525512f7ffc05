#include "support_log.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace sangkien {
namespace {

QString& programName()
{
    static QString name;
    return name;
}

QString kindCode(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::Usage:
        return QStringLiteral("usage");
    case ErrorKind::Refused:
        return QStringLiteral("refused");
    case ErrorKind::Quota:
        return QStringLiteral("quota");
    case ErrorKind::Conflict:
        return QStringLiteral("conflict");
    case ErrorKind::NotFound:
        return QStringLiteral("not_found");
    case ErrorKind::Locked:
        return QStringLiteral("locked");
    case ErrorKind::ReadOnly:
        return QStringLiteral("read_only");
    case ErrorKind::DiskFull:
        return QStringLiteral("disk_full");
    case ErrorKind::Damaged:
        return QStringLiteral("damaged");
    case ErrorKind::Storage:
        return QStringLiteral("storage");
    }
    return QStringLiteral("storage");
}

// Moves sangkien.log to .1, .1 to .2, … once it is over the limit; the oldest goes.
void rotate(const QString& file)
{
    if (QFileInfo(file).size() < SupportLog::kMaxBytes)
        return;
    QFile::remove(file + QStringLiteral(".%1").arg(SupportLog::kKeep));
    for (int i = SupportLog::kKeep - 1; i >= 1; --i)
        QFile::rename(file + QStringLiteral(".%1").arg(i), file + QStringLiteral(".%1").arg(i + 1));
    QFile::rename(file, file + QStringLiteral(".1"));
}

void append(const QString& line)
{
    const QString file = SupportLog::path();
    if (file.isEmpty())
        return;
    QDir().mkpath(QFileInfo(file).absolutePath());
    rotate(file);
    QFile out(file);
    // The log must never stop the work: a log that cannot be written is skipped.
    if (!out.open(QIODevice::Append | QIODevice::Text))
        return;
    out.write((QDateTime::currentDateTimeUtc().toString(Qt::ISODate) + QLatin1Char(' ') +
               (programName().isEmpty() ? QStringLiteral("sangkien") : programName()) +
               QStringLiteral(" pid=%1 ").arg(QCoreApplication::applicationPid()) + line + QLatin1Char('\n'))
                  .toUtf8());
}

} // namespace

QString SupportLog::path()
{
    const QString forced = qEnvironmentVariable("SANGKIEN_LOG_FILE");
    if (!forced.isEmpty())
        return forced;
    const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return data.isEmpty() ? QString() : QDir(data).filePath(QStringLiteral("logs/sangkien.log"));
}

void SupportLog::setProgram(const QString& program)
{
    programName() = program;
}

void SupportLog::event(const QString& what, const QString& detail)
{
    append(detail.isEmpty() ? what : what + QLatin1Char(' ') + detail);
}

void SupportLog::error(const Error& error, const QString& context)
{
    append(QStringLiteral("error kind=%1 in=%2").arg(kindCode(error.kind), context));
}

QString SupportLog::fileKind(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix.isEmpty() ? QStringLiteral("file") : QLatin1Char('.') + suffix;
}

} // namespace sangkien
