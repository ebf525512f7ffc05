#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QString>

namespace sangkien {

// A campaign file with more than one name (hard links) is never written: SQLite names its journal after
// the path, so two names would be two journals, and a crash through one name would be lost through the
// other. Reading is fine. The command line refuses writers; the window opens such a file read-only.
class HardLinks
{
    Q_DECLARE_TR_FUNCTIONS(HardLinks)

public:
    static Status checkSingleName(const QString& path);
};

} // namespace sangkien
