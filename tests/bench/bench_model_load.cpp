// Loads a campaign into the GUI's entries model and filter, as the main window does, and prints figures:
//   bench_model_load FILE [SEARCH]
// Lines are key=value so tests/bench/run.sh and the README can pick them up.
#include "models/entries_filter_model.h"
#include "models/entries_model.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>
#include <cstdio>

namespace {

// Peak resident memory in MiB from the kernel's own bookkeeping (VmHWM); -1 where /proc is missing.
double peakRssMib()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray& line : lines) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    QTextStream out(stdout);
    if (args.size() < 2) {
        QTextStream(stderr) << "usage: bench_model_load FILE [SEARCH]\n";
        return 2;
    }
    const QString search = args.size() > 2 ? args.at(2) : QStringLiteral("nguyen van");

    QElapsedTimer timer;
    timer.start();
    // Read-write, as the window opens it (an older file is migrated first).
    auto db = sangkien::Database::open(args.at(1));
    if (!db) {
        QTextStream(stderr) << db.error().text() << '\n';
        return 1;
    }
    const qint64 openMs = timer.restart();

    sangkien::EntriesModel model;
    sangkien::EntriesFilterModel filter;
    filter.setSourceModel(&model);
    if (auto loaded = model.reload(*db.value()); !loaded) {
        QTextStream(stderr) << loaded.error().text() << '\n';
        return 1;
    }
    const qint64 loadMs = timer.restart();

    // The window shows the table sorted by code; sorting by nominee is the costly column.
    filter.sort(sangkien::EntriesModel::CodeColumn, Qt::AscendingOrder);
    const qint64 sortCodeMs = timer.restart();

    // rowCount() inside the timing: the proxy may defer its work until a view asks, as the table does.
    filter.setSearchText(search);
    const int matches = filter.rowCount();
    const qint64 filterMs = timer.restart();

    // Typing one more letter narrows the search: the case the search field meets on every key press.
    filter.setSearchText(search + QStringLiteral(" a"));
    const int refined = filter.rowCount();
    const qint64 refineMs = timer.restart();

    filter.setSearchText(QString());
    const int cleared = filter.rowCount();
    const qint64 clearMs = timer.restart();

    filter.sort(sangkien::EntriesModel::NomineeColumn, Qt::AscendingOrder);
    filter.rowCount();
    const qint64 sortNomineeMs = timer.restart();

    // Searching again in a table sorted by a collated column.
    filter.setSearchText(search);
    filter.rowCount();
    const qint64 filterSortedMs = timer.restart();
    filter.setSearchText(QString());
    filter.rowCount();
    const qint64 clearSortedMs = timer.restart();

    filter.sort(sangkien::EntriesModel::TitleColumn, Qt::AscendingOrder);
    filter.rowCount();
    const qint64 sortTitleMs = timer.restart();

    if (cleared != model.rowCount()) {
        QTextStream(stderr) << "clearing the search showed " << cleared << " of " << model.rowCount()
                            << " rows\n";
        return 1;
    }
    out << "entries=" << model.rowCount() << '\n'
        << "open_ms=" << openMs << '\n'
        << "model_load_ms=" << loadMs << '\n'
        << "sort_code_ms=" << sortCodeMs << '\n'
        << "search=" << search << '\n'
        << "search_matches=" << matches << '\n'
        << "filter_ms=" << filterMs << '\n'
        << "search_refined_matches=" << refined << '\n'
        << "filter_refine_ms=" << refineMs << '\n'
        << "filter_clear_ms=" << clearMs << '\n'
        << "sort_nominee_ms=" << sortNomineeMs << '\n'
        << "filter_sorted_by_nominee_ms=" << filterSortedMs << '\n'
        << "filter_clear_sorted_by_nominee_ms=" << clearSortedMs << '\n'
        << "sort_title_ms=" << sortTitleMs << '\n'
        << "peak_rss_mib=" << QString::number(peakRssMib(), 'f', 1) << '\n';
    return 0;
}
