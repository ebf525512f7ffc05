#pragma once

// The document tests' sample decisions, and runners for the poppler tools that read the PDFs back.

#include "sample_decisions.h"

#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <catch2/catch.hpp>

namespace sangkien::testing {

// Runs a tool and returns its standard output. A tool that does not start (poppler-utils, LibreOffice:
// packaging/dev.sh installs them) fails the test: no check passes for want of the tool.
inline QString runTool(const QString& program, const QStringList& args, int* exitCode = nullptr)
{
    QProcess p;
    p.start(program, args);
    const bool started = p.waitForStarted(10000);
    INFO("cannot start " << program.toStdString() << ": " << p.errorString().toStdString());
    REQUIRE(started);
    p.waitForFinished(180000);
    if (exitCode)
        *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return QString::fromUtf8(p.readAllStandardOutput());
}

// Occurrences of a phrase not glued to other letters ("Nguyễn Văn An" is not in "Nguyễn Văn Anh").
inline int countPhrase(const QString& text, const QString& phrase)
{
    const QRegularExpression re(QStringLiteral("(?<![\\p{L}\\p{N}])") + QRegularExpression::escape(phrase) +
                                QStringLiteral("(?![\\p{L}\\p{N}])"));
    int n = 0;
    for (auto it = re.globalMatch(text); it.hasNext(); it.next())
        ++n;
    return n;
}

} // namespace sangkien::testing
