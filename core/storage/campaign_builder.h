#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QString>
#include <functional>

namespace sangkien {

class CampaignTemplate;
class Database;

// Makes a new campaign file whole before it has its name: the file is built (schema, template, and what
// `fill` adds, such as the demo's entries) under a hidden temporary name in the same folder, closed, and
// only then linked to its name if that name is still free. A run killed at any moment leaves no file
// under the campaign's name, only a hidden temporary one that the next run in that folder removes.
class CampaignBuilder
{
    Q_DECLARE_TR_FUNCTIONS(CampaignBuilder)

public:
    using Fill = std::function<Status(Database&)>;

    // Refuses an empty path, an existing file and a missing folder before writing anything.
    static Status build(const QString& path, const QString& templateId, const Fill& fill = {});
    // The same from a template made in memory (an earlier campaign's plan).
    static Status build(const QString& path, const CampaignTemplate& plan, const Fill& fill = {});
    // The temporary name's pattern for path ("2024.sangkien" → ".2024.sangkien.*.creating").
    static QString temporaryPattern(const QString& path);
    // Temporary files of earlier runs killed while building path, left long enough ago that no run is
    // still writing them.
    static void removeLeftovers(const QString& path);

    static constexpr int kLeftoverAgeSeconds = 60;
};

} // namespace sangkien
