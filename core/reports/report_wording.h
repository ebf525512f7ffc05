#pragma once

// The Vietnamese wording of the reports and workbooks the office sends to the province. Like
// documents/document_wording.h, this is the documents' content, not the program's UI: not translated.

#include "domain/entry.h"
#include "review/ranking.h"

#include <QString>

namespace sangkien::wording {

inline QString statusName(EntryStatus status)
{
    switch (status) {
    case EntryStatus::Received:
        return QStringLiteral("Đã tiếp nhận");
    case EntryStatus::Complete:
        return QStringLiteral("Đủ hồ sơ");
    case EntryStatus::Returned:
        return QStringLiteral("Bị trả lại");
    case EntryStatus::UnderReview:
        return QStringLiteral("Đang thẩm định");
    case EntryStatus::Scored:
        return QStringLiteral("Đã chấm điểm");
    case EntryStatus::Proposed:
        return QStringLiteral("Đã đề nghị");
    case EntryStatus::Awarded:
        return QStringLiteral("Được khen thưởng");
    case EntryStatus::NotAwarded:
        return QStringLiteral("Không khen thưởng");
    }
    return {};
}

inline QString nomineeKindName(NomineeKind kind)
{
    return kind == NomineeKind::Collective ? QStringLiteral("Tập thể") : QStringLiteral("Cá nhân");
}

inline QString noDistrict()
{
    return QStringLiteral("Không thuộc huyện (cấp tỉnh)");
}

// A ranking flag as the summary of scores and the ranking workbook write it.
inline QString rankingFlagName(const QString& code)
{
    if (code == RankedEntry::kIncomplete)
        return QStringLiteral("chưa đủ phiếu");
    if (code == RankedEntry::kBelowMinimum)
        return QStringLiteral("dưới điểm sàn");
    if (code == RankedEntry::kDisagree)
        return QStringLiteral("chênh lệch lớn");
    return code;
}

} // namespace sangkien::wording
