#include "council_vote.h"

#include <cmath>

namespace sangkien {

int CouncilVote::needed(int members, double ratio)
{
    // A tolerance keeps 2/3 × 9 = 6.0000000001 from asking for 7.
    return int(std::ceil(members * ratio - 1e-9));
}

bool CouncilVote::quorumMet(int present, int members, double quorumRatio)
{
    return members > 0 && present >= needed(members, quorumRatio);
}

bool CouncilVote::passes(int agree, int members, double passRatio)
{
    return members > 0 && agree >= needed(members, passRatio);
}

Result<bool> CouncilVote::decide(int present, int agree, int disagree, int members, double passRatio,
                                 double quorumRatio)
{
    if (present > members || agree < 0 || disagree < 0 || agree + disagree > present)
        return Error{tr("The votes do not add up: %1 agree and %2 disagree of %3 present (%4 members).")
                         .arg(agree)
                         .arg(disagree)
                         .arg(present)
                         .arg(members),
                     {},
                     ErrorKind::Refused};
    if (!quorumMet(present, members, quorumRatio))
        return Error{tr("The meeting has no quorum: %1 of %2 members present, at least %3 needed.")
                         .arg(present)
                         .arg(members)
                         .arg(needed(members, quorumRatio)),
                     {},
                     ErrorKind::Refused};
    return passes(agree, members, passRatio);
}

} // namespace sangkien
