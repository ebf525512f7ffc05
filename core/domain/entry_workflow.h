#pragma once

#include "entry.h"

#include <QCoreApplication>
#include <QList>

namespace sangkien {

// The path an entry walks through the year:
// received → complete (documents checked) or returned (with the reason) → under review → scored →
// proposed → awarded or not awarded. A returned entry comes back as received once the unit resends it.
class EntryWorkflow
{
    Q_DECLARE_TR_FUNCTIONS(EntryWorkflow)

public:
    static bool canChange(EntryStatus from, EntryStatus to);
    static QList<EntryStatus> nextStatuses(EntryStatus from);
    // Returning an entry needs a reason the unit can act on.
    static bool needsReason(EntryStatus to) { return to == EntryStatus::Returned; }
    // The Vietnamese (translated) name users see: "Đã tiếp nhận", "Bị trả lại", …
    static QString displayName(EntryStatus status);
    // Why the change is refused, in words; empty when it is allowed.
    static QString refusal(EntryStatus from, EntryStatus to);
};

} // namespace sangkien
