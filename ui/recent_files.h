#pragma once

#include <QStringList>

namespace sangkien {

class AppSettings;

// The "Open Recent" list: newest first, at most kMax files, no duplicates, missing files pruned.
class RecentFiles
{
public:
    static constexpr int kMax = 10;

    explicit RecentFiles(AppSettings& settings)
        : m_settings(settings)
    {}

    // The files that still exist; the stored list is pruned of the others.
    QStringList files();
    void add(const QString& path);
    void remove(const QString& path);
    void clear();

    // The form paths are kept in, so one file is never listed twice under two spellings.
    static QString normalized(const QString& path);

private:
    AppSettings& m_settings;
};

} // namespace sangkien
