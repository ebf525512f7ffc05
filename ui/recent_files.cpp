#include "recent_files.h"

#include "app_settings.h"

#include <QFileInfo>

namespace sangkien {

QString RecentFiles::normalized(const QString& path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath(); // empty when the file is gone
    return canonical.isEmpty() ? info.absoluteFilePath() : canonical;
}

QStringList RecentFiles::files()
{
    const QStringList stored = m_settings.recentFiles();
    QStringList kept;
    for (const QString& path : stored) {
        if (QFileInfo::exists(path) && !kept.contains(path) && kept.size() < kMax)
            kept << path;
    }
    if (kept != stored)
        m_settings.setRecentFiles(kept);
    return kept;
}

void RecentFiles::add(const QString& path)
{
    const QString p = normalized(path);
    QStringList list = files();
    list.removeAll(p);
    list.prepend(p);
    while (list.size() > kMax)
        list.removeLast();
    m_settings.setRecentFiles(list);
}

void RecentFiles::remove(const QString& path)
{
    QStringList list = m_settings.recentFiles();
    list.removeAll(normalized(path));
    list.removeAll(path);
    m_settings.setRecentFiles(list);
}

void RecentFiles::clear()
{
    m_settings.setRecentFiles({});
}

} // namespace sangkien
