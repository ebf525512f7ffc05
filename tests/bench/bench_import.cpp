// Benchmark: imports a generated 10,000-row .xlsx (written at run time by Debian's python3-openpyxl) into a
// fresh campaign and prints import_10000_rows_ms=… (read, validate and commit) and the peak resident
// memory (VmHWM). Usage: bench_import [ROWS] [XLSX]   (an existing XLSX is used as given)
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

const char* kScript = R"PY(
import datetime, sys, openpyxl
rows, path = int(sys.argv[1]), sys.argv[2]
units = ["Sở Tư pháp", "Sở Y tế", "Sở Nội vụ", "UBND huyện Văn Lâm", "Sở Tài chính", "Sở Công Thương"]
categories = ["1.a", "2.b", "2.d", "3.c", "4.a", "4.b"]
wb = openpyxl.Workbook(write_only=True)
ws = wb.create_sheet("Danh sách")
ws.append(["DANH SÁCH SÁNG KIẾN NĂM 2024"])
ws.append(["STT", "Tên sáng kiến", "Lĩnh vực", "Họ và tên", "Năm sinh", "Đơn vị", "Đồng tác giả",
           "Tỷ lệ đóng góp", "Ngày nộp"])
for i in range(1, rows + 1):
    ws.append([i, f"Sáng kiến cải tiến quy trình nghiệp vụ số {i} tại đơn vị {i % 97}", categories[i % 6],
               f"Nguyễn Văn Người{i}", 1970 + i % 30, units[i % 6], f"Trần Thị Phụ{i}", "60%; 40%",
               datetime.date(2024, 1 + i % 12, 1 + i % 28)])
wb.save(path)
)PY";

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
        python.start(QStringLiteral("/usr/bin/python3"),
                     {QStringLiteral("-c"), QString::fromUtf8(kScript), QString::number(rows), xlsx});
        if (!python.waitForFinished(600000) || python.exitCode() != 0) {
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
    auto summary = importer.commit(*plan);
    if (!summary) {
        std::fprintf(stderr, "bench_import: %s\n", qPrintable(summary.error().text()));
        return 1;
    }
    const qint64 totalMs = timer.elapsed();
    std::printf("rows=%d read=%d imported=%d rejected=%d\n", rows, plan->read(), summary->imported,
                int(plan->count(RowStatus::Rejected)));
    std::printf("read_and_validate_ms=%lld\n", static_cast<long long>(readMs));
    std::printf("import_%d_rows_ms=%lld\n", rows, static_cast<long long>(totalMs));
    std::printf("peak_rss_kb=%lld\n", static_cast<long long>(peakKb()));
    return summary->imported == rows ? 0 : 2;
}
