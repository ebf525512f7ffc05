// Benchmark: imports a generated 10,000-row .xlsx (written at run time by LibreOffice from a CSV, by
// make_import_sheet.py next to this file) into a fresh campaign and prints import_10000_rows_ms=… (read,
// validate and commit, in this process), its parts and the peak resident memory (VmHWM), whole and before
// the commit, with the size of the block the wizard's plan keeps the rows in.
// Usage: bench_import [ROWS] [XLSX]   (an existing XLSX is used as given)
// tests/bench/run_import.sh times the whole `sangkien-cli import` beside LibreOffice on the same file.
#include "import/importer.h"
#include "storage/campaign_template.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <cstdio>

using namespace sangkien;

namespace {

qint64 peakKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int rows = argc > 1 ? std::atoi(argv[1]) : 10000;
    QTemporaryDir dir;
    QString xlsx = argc > 2 ? QString::fromLocal8Bit(argv[2]) : dir.filePath(QStringLiteral("bench.xlsx"));
    if (argc <= 2) {
        QProcess python;
        python.start(
            QStringLiteral("/usr/bin/python3"),
            {QStringLiteral(SANGKIEN_BENCH_DIR "/make_import_sheet.py"), QString::number(rows), xlsx});
        if (!python.waitForFinished(600000) || python.exitStatus() != QProcess::NormalExit ||
            python.exitCode() != 0) {
            std::fprintf(stderr, "bench_import: writing the workbook failed: %s\n",
                         python.readAllStandardError().constData());
            return 1;
        }
    }
    auto created =
        createCampaign(dir.filePath(QStringLiteral("bench.sangkien")), QStringLiteral("hungyen-2024"));
    if (!created) {
        std::fprintf(stderr, "bench_import: %s\n", qPrintable(created.error().text()));
        return 1;
    }
    Database& db = **created;

    QElapsedTimer timer;
    timer.start();
    Importer importer(db);
    auto plan = importer.plan(xlsx);
    if (!plan) {
        std::fprintf(stderr, "bench_import: %s\n", qPrintable(plan.error().text()));
        return 1;
    }
    const qint64 readMs = timer.elapsed();
    const qint64 planPeakKb = peakKb();
    auto summary = importer.commit(*plan);
    if (!summary) {
        std::fprintf(stderr, "bench_import: %s\n", qPrintable(summary.error().text()));
        return 1;
    }
    const qint64 totalMs = timer.elapsed();
    std::printf("rows=%d read=%d imported=%d rejected=%d\n", rows, plan->read(), summary->imported,
                int(plan->count(RowStatus::Rejected)));
    std::printf("read_and_validate_ms=%lld\n", static_cast<long long>(readMs));
    std::printf("commit_ms=%lld\n", static_cast<long long>(totalMs - readMs));
    std::printf("import_%d_rows_ms=%lld\n", rows, static_cast<long long>(totalMs));
    std::printf("peak_rss_kb=%lld\n", static_cast<long long>(peakKb()));
    // The preview's share: the peak before the commit, and the block the plan keeps the rows in.
    std::printf("plan_peak_rss_kb=%lld\n", static_cast<long long>(planPeakKb));
    std::printf("preview_rows_kb=%lld\n", static_cast<long long>(plan->sheetRows.byteSize() / 1024));
    return summary->imported == rows ? 0 : 2;
}
