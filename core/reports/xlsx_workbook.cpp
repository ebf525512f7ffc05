#include "xlsx_workbook.h"

#include "common/file_error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryFile>
#include <cerrno>
#include <cstdio>

namespace sangkien {

QString XlsxWorkbook::helperProgram()
{
    const QString fromEnvironment = qEnvironmentVariable("SANGKIEN_XLSX_HELPER");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
#ifdef Q_OS_WIN
    const QString name = QStringLiteral("sangkien-xlsx.exe");
#else
    const QString name = QStringLiteral("sangkien-xlsx");
#endif
    if (QCoreApplication::instance())
        return QCoreApplication::applicationDirPath() + QLatin1Char('/') + name;
    return name;
}

Status XlsxWorkbook::write(const XlsxBook& book, const QString& path)
{
    const QFileInfo target(path);
    const QString place = QDir::toNativeSeparators(path);
    const QString failed = tr("The workbook cannot be written: %1");
    // The temporary file reserves a unique name in the target's folder (a rename within one file system
    // is atomic); the helper writes the whole workbook there.
    QTemporaryFile temp(
        target.absoluteDir().filePath(QStringLiteral(".") + target.fileName() + QStringLiteral(".XXXXXX")));
    if (!temp.open())
        return FileError::make(failed, place, errno, &temp);
    temp.close();
    // As a new file of the user's would be: readable by others, not only by its owner.
    temp.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                        QFileDevice::ReadOther);

    QProcess helper;
    helper.setProgram(helperProgram());
    helper.setArguments({temp.fileName()});
    helper.start();
    if (!helper.waitForStarted(30000))
        return Error{failed.arg(tr("the program that writes workbooks (%1) cannot be started")
                                    .arg(QDir::toNativeSeparators(helperProgram()))),
                     place, ErrorKind::Storage};
    helper.write(xlsx::encode(book));
    helper.closeWriteChannel();
    if (!helper.waitForFinished(600000)) {
        helper.kill();
        helper.waitForFinished(5000);
        return Error{failed.arg(tr("the program that writes workbooks did not finish")), place,
                     ErrorKind::Storage};
    }
    if (helper.exitStatus() != QProcess::NormalExit || helper.exitCode() != 0) {
        // The helper's first line is the system's error number (0 when none), then its words.
        const QString said = QString::fromUtf8(helper.readAllStandardError()).trimmed();
        const int newline = int(said.indexOf(QLatin1Char('\n')));
        bool isNumber = false;
        const int err = said.left(newline < 0 ? said.size() : newline).toInt(&isNumber);
        if (isNumber && err)
            return FileError::make(failed, place, err);
        const QString words = newline < 0 ? said : said.mid(newline + 1);
        return Error{failed.arg(words.isEmpty() ? tr("the program that writes workbooks stopped") : words),
                     place, ErrorKind::Storage};
    }

    // rename(2) replaces the old file in one step: readers see the old workbook or the new one.
    if (std::rename(QFile::encodeName(temp.fileName()).constData(), QFile::encodeName(path).constData()) != 0)
        return FileError::make(failed, place, errno);
    temp.setAutoRemove(false); // it has the target's name now
    return {};
}

} // namespace sangkien
