// Writes a director's decision with a 1,000-row attached list as PDF (and as ODT), and prints figures:
//   bench_decision [ROWS] [OUT_DIR]
// Lines are key=value for tests/bench/run.sh and README.md. Where LibreOffice Writer is installed, the
// same run also times it converting the ODT to PDF, for comparison.
#include "../unit/sample_decisions.h"
#include "documents/decision_document.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

namespace {

// Runs a tool for the comparison; a tool that fails is reported in the figures, not fatal.
QString runTool(const QString& program, const QStringList& args, int* exitCode = nullptr)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForStarted(10000) || !p.waitForFinished(180000)) {
        if (exitCode)
            *exitCode = -1;
        return {};
    }
    if (exitCode)
        *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

int main(int argc, char** argv)
{
    // Fonts need a GUI application; no display is needed to lay out and write a PDF.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const int rows = args.size() > 1 ? args.at(1).toInt() : 1000;
    QTemporaryDir tmp;
    const QString dir = args.size() > 2 ? args.at(2) : tmp.path();
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (rows <= 0) {
        err << "usage: bench_decision [ROWS] [OUT_DIR]\n";
        return 2;
    }

    using namespace sangkien;
    const AwardDecisionData data =
        testing::sampleData(DocumentKind::DirectorDecision, rows / 20, rows - rows / 20);
    const QString pdf = dir + QStringLiteral("/decision.pdf");
    const QString odt = dir + QStringLiteral("/decision.odt");

    QElapsedTimer timer;
    timer.start();
    const int pages = pageCount(data);
    const qint64 layoutMs = timer.restart();
    if (const Status s = writePdf(data, pdf); !s) {
        err << s.error().text() << '\n';
        return 1;
    }
    const qint64 pdfMs = timer.restart();
    if (const Status s = writeOdt(data, odt); !s) {
        err << s.error().text() << '\n';
        return 1;
    }
    const qint64 odtMs = timer.restart();

    out << "rows=" << rows << '\n';
    out << "pages=" << pages << '\n';
    out << "decision_layout_ms=" << layoutMs << '\n';
    out << "decision_pdf_ms=" << pdfMs << '\n';
    out << "decision_pdf_bytes=" << QFileInfo(pdf).size() << '\n';
    out << "decision_odt_ms=" << odtMs << '\n';

    // LibreOffice converting the same ODT, when its Writer module is there.
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (!soffice.isEmpty() &&
        QFileInfo::exists(QFileInfo(soffice).canonicalPath() + QStringLiteral("/libswlo.so"))) {
        const QString loDir = dir + QStringLiteral("/libreoffice");
        timer.restart();
        int code = -1;
        runTool(soffice,
                {QStringLiteral("-env:UserInstallation=file://") + dir + QStringLiteral("/lo-profile"),
                 QStringLiteral("--headless"), QStringLiteral("--convert-to"), QStringLiteral("pdf"),
                 QStringLiteral("--outdir"), loDir, odt},
                &code);
        const qint64 loMs = timer.elapsed();
        const QString loPdf = loDir + QStringLiteral("/decision.pdf");
        if (code == 0 && QFileInfo::exists(loPdf)) {
            out << "libreoffice_odt_to_pdf_ms=" << loMs << '\n';
            const QString info = runTool(QStringLiteral("pdfinfo"), {loPdf});
            for (const QString& line : info.split(QLatin1Char('\n')))
                if (line.startsWith(QStringLiteral("Pages:")))
                    out << "libreoffice_pages=" << line.mid(6).trimmed() << '\n';
        } else {
            out << "libreoffice_odt_to_pdf_ms=failed\n";
        }
    } else {
        out << "libreoffice_odt_to_pdf_ms=unavailable\n";
    }
    return 0;
}
