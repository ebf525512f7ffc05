#pragma once

#include <QString>

namespace sangkien {

// One lettered item of the plan's Section II, e.g. code "2.d", "Chuyển đổi số; …".
struct ContentCategory
{
    qint64 id = 0;
    QString code;
    int groupNumber = 0;
    QString groupTitle;
    QString title;

    bool operator==(const ContentCategory&) const = default;
};

} // namespace sangkien
