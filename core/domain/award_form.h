#pragma once

#include "entry.h"

#include <QString>
#include <optional>

namespace sangkien {

// A form of award: the chairman's certificate (Bằng khen) or the director's (Giấy khen).
struct AwardForm
{
    qint64 id = 0;
    QString code; // "chairman", "director"
    QString name; // "Bằng khen của Chủ tịch UBND tỉnh"
    double minScore = 0;
    int position = 0;

    bool operator==(const AwardForm&) const = default;
};

// "At most N of kind K for form F"; with no kind, "at most N together".
struct QuotaRule
{
    qint64 id = 0;
    qint64 awardFormId = 0;
    std::optional<NomineeKind> nomineeKind; // nullopt: collectives and individuals together
    int maxCount = 0;

    bool operator==(const QuotaRule&) const = default;
};

QString quotaKindCode(const std::optional<NomineeKind>& kind); // "collective", "individual", "any"

} // namespace sangkien
