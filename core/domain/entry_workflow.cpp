#include "entry_workflow.h"

namespace sangkien {

QList<EntryStatus> EntryWorkflow::nextStatuses(EntryStatus from)
{
    using S = EntryStatus;
    switch (from) {
    case S::Received:
        return {S::Complete, S::Returned};
    case S::Returned:
        return {S::Received};
    case S::Complete:
        return {S::UnderReview, S::Returned};
    case S::UnderReview:
        return {S::Scored, S::Complete};
    case S::Scored:
        return {S::Proposed, S::NotAwarded, S::UnderReview};
    case S::Proposed:
        return {S::Awarded, S::NotAwarded, S::Scored};
    case S::Awarded:
        return {S::Proposed}; // revoking goes back to the proposal
    case S::NotAwarded:
        return {S::Proposed, S::Scored};
    }
    return {};
}

bool EntryWorkflow::canChange(EntryStatus from, EntryStatus to)
{
    return nextStatuses(from).contains(to);
}

QString EntryWorkflow::displayName(EntryStatus status)
{
    switch (status) {
    case EntryStatus::Received:
        return tr("Received");
    case EntryStatus::Complete:
        return tr("Complete");
    case EntryStatus::Returned:
        return tr("Returned");
    case EntryStatus::UnderReview:
        return tr("Under review");
    case EntryStatus::Scored:
        return tr("Scored");
    case EntryStatus::Proposed:
        return tr("Proposed");
    case EntryStatus::Awarded:
        return tr("Awarded");
    case EntryStatus::NotAwarded:
        return tr("Not awarded");
    }
    return {};
}

QString EntryWorkflow::refusal(EntryStatus from, EntryStatus to)
{
    if (from == to)
        return tr("The entry is already \"%1\".").arg(displayName(to));
    if (canChange(from, to))
        return {};
    QStringList allowed;
    for (EntryStatus s : nextStatuses(from))
        allowed << QStringLiteral("\"%1\"").arg(displayName(s));
    return tr("An entry that is \"%1\" cannot become \"%2\"; it can become %3.")
        .arg(displayName(from), displayName(to), allowed.join(QStringLiteral(", ")));
}

} // namespace sangkien
