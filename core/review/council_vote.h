#pragma once

#include "common/result.h"

#include <QCoreApplication>

namespace sangkien {

// The council's arithmetic (Circular 18/2013/TT-BKHCN, Art. 8): a decision passes with at least the
// pass ratio of ALL council members agreeing; a meeting is valid with at least the quorum ratio present.
class CouncilVote
{
    Q_DECLARE_TR_FUNCTIONS(CouncilVote)

public:
    // The least whole number of members that reaches ratio × members (2/3 of 7 → 5; of 9 → 6).
    static int needed(int members, double ratio);
    static bool quorumMet(int present, int members, double quorumRatio);
    static bool passes(int agree, int members, double passRatio);
    // Refuses a vote when the meeting has no quorum or the counts do not add up.
    static Result<bool> decide(int present, int agree, int disagree, int members, double passRatio,
                               double quorumRatio);
};

} // namespace sangkien
