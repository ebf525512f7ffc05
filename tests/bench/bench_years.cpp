// Times the statistics and the history across years (issue 17: under 500 ms for 10 campaign files of 10,000
// entries each, once the files are in the page cache), beside the time of only opening the files.
// Usage: bench_years [FOLDER] [--files N] [--entries N] [--runs N] [--only open|statistics|history]; in a
// folder without campaigns (a temporary one by default), N demo campaigns of successive years are made first.
// Prints key=value lines (milliseconds): make_ms, then for each of open (open every file read-only and close
// it), statistics (compareYearsInFolder: every file's CampaignStatistics), history_unit and history_person
// (CampaignHistory::search) the first run and the median of the runs.
#include "demo/demo_generator.h"
#include "reports/campaign_statistics.h"
#include "services/campaign_history.h"
#include "storage/campaign_template.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>

using namespace sangkien;

namespace {

int fail(const Error& e)
{
    std::fprintf(stderr, "bench_years: %s\n", qPrintable(e.text()));
    return 1;
}

struct Timing
{
    qint64 first = 0;
    qint64 median = 0;
    qint64 cpuMedian = 0; // the process's CPU time (every thread): the work, whatever else runs
};

Timing timeRuns(int runs, const std::function<bool()>& work)
{
    QList<qint64> times;
    QList<qint64> cpu;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        const std::clock_t cpuStart = std::clock();
        if (!work())
            std::exit(1);
        times << timer.elapsed();
        cpu << qint64((std::clock() - cpuStart) * 1000 / CLOCKS_PER_SEC);
    }
    Timing t;
    t.first = times.first();
    std::sort(times.begin(), times.end());
    t.median = times[times.size() / 2];
    std::sort(cpu.begin(), cpu.end());
    t.cpuMedian = cpu[cpu.size() / 2];
    return t;
}

void print(const char* name, const Timing& t)
{
    std::printf("%s_first_ms=%lld\n%s_median_ms=%lld\n%s_cpu_median_ms=%lld\n", name,
                static_cast<long long>(t.first), name, static_cast<long long>(t.median), name,
                static_cast<long long>(t.cpuMedian));
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    int files = 10;
    int entries = 10000;
    int runs = 5;
    QString only; // "open", "statistics", "history": that part alone (for a profile)
    QString folder;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--files") && i + 1 < args.size())
            files = args[++i].toInt();
        else if (args[i] == QLatin1String("--entries") && i + 1 < args.size())
            entries = args[++i].toInt();
        else if (args[i] == QLatin1String("--only") && i + 1 < args.size())
            only = args[++i];
        else if (args[i] == QLatin1String("--runs") && i + 1 < args.size())
            runs = std::max(1, args[++i].toInt());
        else
            folder = args[i];
    }

    QTemporaryDir dir;
    if (folder.isEmpty())
        folder = dir.path();
    if (CampaignHistory::campaignFiles(folder).isEmpty()) {
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < files; ++i) {
            const int year = 2024 - files + 1 + i;
            const QString path = QDir(folder).filePath(QStringLiteral("sang-kien-%1.sangkien").arg(year));
            auto created = createCampaign(path, QString::fromLatin1(CampaignTemplate::kDefaultId));
            if (!created)
                return fail(created.error());
            DemoGenerator::Options options;
            options.entries = entries;
            options.seed = quint64(year);
            if (const Status filled = DemoGenerator(options).fill(**created); !filled)
                return fail(filled.error());
            QSqlQuery q((*created)->connection());
            q.prepare(QStringLiteral("UPDATE campaign SET year = ?"));
            q.addBindValue(year);
            if (!q.exec()) {
                std::fprintf(stderr, "bench_years: cannot set the year\n");
                return 1;
            }
        }
        std::printf("make_ms=%lld\n", static_cast<long long>(timer.elapsed()));
    }
    const QStringList paths = CampaignHistory::campaignFiles(folder);
    std::printf("files=%lld\n", static_cast<long long>(paths.size()));
    if (paths.isEmpty())
        return fail(Error{QStringLiteral("no campaign file"), folder});

    // Reading every file once puts it in the page cache: the figures are of a warm cache.
    for (const QString& path : paths) {
        QFile f(path);
        if (f.open(QIODevice::ReadOnly))
            while (!f.read(1 << 20).isEmpty()) {
            }
    }

    auto wanted = [&](const char* part) { return only.isEmpty() || only == QLatin1String(part); };
    if (wanted("open"))
        print("open", timeRuns(runs, [&] {
                  for (const QString& path : paths) {
                      auto db = Database::open(path, Database::Mode::ReadOnly);
                      if (!db) {
                          fail(db.error());
                          return false;
                      }
                  }
                  return true;
              }));

    auto current = Database::open(paths.last(), Database::Mode::ReadOnly);
    if (!current)
        return fail(current.error());
    int years = 0;
    if (wanted("statistics"))
        print("statistics", timeRuns(runs, [&] {
                  const auto compared = compareYearsInFolder(**current, folder);
                  if (!compared) {
                      fail(compared.error());
                      return false;
                  }
                  years = int(compared->years.size());
                  return true;
              }));
    std::printf("years=%d\n", years);

    int unitRecords = 0;
    if (wanted("history"))
        print("history_unit", timeRuns(runs, [&] {
                  const auto found =
                      CampaignHistory::search(folder, HistorySubject::Unit, QStringLiteral("van lam"));
                  if (!found) {
                      fail(found.error());
                      return false;
                  }
                  unitRecords = int(found->records.size());
                  return true;
              }));
    std::printf("history_unit_records=%d\n", unitRecords);
    int personRecords = 0;
    if (wanted("history"))
        print("history_person", timeRuns(runs, [&] {
                  const auto found = CampaignHistory::search(folder, HistorySubject::Person,
                                                             QStringLiteral("nguyen van an"));
                  if (!found) {
                      fail(found.error());
                      return false;
                  }
                  personRecords = int(found->records.size());
                  return true;
              }));
    std::printf("history_person_records=%d\n", personRecords);
    return 0;
}
