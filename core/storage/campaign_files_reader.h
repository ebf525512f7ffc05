#pragma once

#include <QList>
#include <QStringList>
#include <QtConcurrent/QtConcurrentMap>
#include <functional>

namespace sangkien {

// Reads several campaign files at once, one per core: the years of the office's folder (statistics,
// history). read(path) runs on a thread of Qt's pool and must open the file there and close it before it
// returns (a connection belongs to the thread that made it); the results come in the order of paths.
// T must be default-constructible and copyable.
template <class T>
QList<T> readCampaignFiles(const QStringList& paths, std::function<T(const QString&)> read)
{
    return QtConcurrent::blockingMapped<QList<T>>(paths, std::move(read));
}

// The same, started and not waited for: the caller works meanwhile (on the file it has open) and then
// collects the results, in the order of paths, with results().
template <class T>
QFuture<T> startReadingCampaignFiles(const QStringList& paths, std::function<T(const QString&)> read)
{
    return QtConcurrent::mapped(paths, std::move(read));
}

} // namespace sangkien
