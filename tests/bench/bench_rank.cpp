// Times Ranking::compute on a campaign of 5,000 entries and 15 council members (the target: under
// 1 s). Usage: bench_rank [CAMPAIGN_FILE] [--entries N] [--members M]; without a file a demo campaign is
// made in a temporary folder. Prints key=value lines: demo_ms, rank_ms (first run), rank_best_ms (of 5).
#include "demo/demo_generator.h"
#include "review/ranking.h"
#include "storage/campaign_template.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <cstdio>

using namespace sangkien;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    int entries = 5000;
    int members = 15;
    QString path;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--entries") && i + 1 < args.size())
            entries = args[++i].toInt();
        else if (args[i] == QLatin1String("--members") && i + 1 < args.size())
            members = args[++i].toInt();
        else
            path = args[i];
    }

    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    if (path.isEmpty()) {
        path = dir.filePath(QStringLiteral("bench.sangkien"));
        QElapsedTimer timer;
        timer.start();
        auto created = createCampaign(path, QString::fromLatin1(CampaignTemplate::kDefaultId));
        if (!created) {
            std::fprintf(stderr, "bench_rank: %s\n", qPrintable(created.error().text()));
            return 1;
        }
        DemoGenerator::Options options;
        options.entries = entries;
        options.members = members;
        options.seed = 2024;
        if (const Status filled = DemoGenerator(options).fill(**created); !filled) {
            std::fprintf(stderr, "bench_rank: %s\n", qPrintable(filled.error().text()));
            return 1;
        }
        std::printf("demo_ms=%lld\n", static_cast<long long>(timer.elapsed()));
        db = std::move(created.value());
    } else {
        auto opened = Database::open(path, Database::Mode::ReadOnly);
        if (!opened) {
            std::fprintf(stderr, "bench_rank: %s\n", qPrintable(opened.error().text()));
            return 1;
        }
        db = std::move(opened.value());
    }

    qint64 first = -1;
    qint64 best = -1;
    int ranked = 0;
    int total = 0;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer timer;
        timer.start();
        const auto ranking = Ranking::compute(*db);
        const qint64 ms = timer.elapsed();
        if (!ranking) {
            std::fprintf(stderr, "bench_rank: %s\n", qPrintable(ranking.error().text()));
            return 1;
        }
        if (run == 0) {
            first = ms;
            total = int(ranking->entries.size());
            for (const RankedEntry& e : ranking->entries)
                ranked += e.rank ? 1 : 0;
        }
        best = best < 0 ? ms : std::min(best, ms);
    }
    std::printf("entries=%d members=%d ranking_rows=%d ranked=%d\n", entries, members, total, ranked);
    std::printf("rank_ms=%lld\n", static_cast<long long>(first));
    std::printf("rank_best_ms=%lld\n", static_cast<long long>(best));
    return first < 1000 ? 0 : 2;
}
