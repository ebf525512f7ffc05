#include "entry.h"

#include <array>
#include <utility>

namespace sangkien {
namespace {

template <typename E, std::size_t N>
QString codeOf(const std::array<std::pair<E, const char*>, N>& table, E value)
{
    for (const auto& [v, code] : table)
        if (v == value)
            return QString::fromLatin1(code);
    return {};
}

template <typename E, std::size_t N>
std::optional<E> valueOf(const std::array<std::pair<E, const char*>, N>& table, const QString& code)
{
    for (const auto& [v, c] : table)
        if (code == QLatin1String(c))
            return v;
    return std::nullopt;
}

constexpr std::array kKinds{
    std::pair{EntryKind::Initiative, "initiative"},
    std::pair{EntryKind::TechnicalImprovement, "technical_improvement"},
    std::pair{EntryKind::UsefulSolution, "useful_solution"},
};
constexpr std::array kNomineeKinds{
    std::pair{NomineeKind::Collective, "collective"},
    std::pair{NomineeKind::Individual, "individual"},
};
constexpr std::array kStatuses{
    std::pair{EntryStatus::Received, "received"}, std::pair{EntryStatus::Complete, "complete"},
    std::pair{EntryStatus::Returned, "returned"}, std::pair{EntryStatus::UnderReview, "under_review"},
    std::pair{EntryStatus::Scored, "scored"},     std::pair{EntryStatus::Proposed, "proposed"},
    std::pair{EntryStatus::Awarded, "awarded"},   std::pair{EntryStatus::NotAwarded, "not_awarded"},
};
constexpr std::array kGenders{
    std::pair{Gender::Unknown, ""},
    std::pair{Gender::Male, "male"},
    std::pair{Gender::Female, "female"},
};

} // namespace

QString entryKindCode(EntryKind kind)
{
    return codeOf(kKinds, kind);
}
std::optional<EntryKind> entryKindFromCode(const QString& code)
{
    return valueOf(kKinds, code);
}
QString nomineeKindCode(NomineeKind kind)
{
    return codeOf(kNomineeKinds, kind);
}
std::optional<NomineeKind> nomineeKindFromCode(const QString& code)
{
    return valueOf(kNomineeKinds, code);
}
QString entryStatusCode(EntryStatus status)
{
    return codeOf(kStatuses, status);
}
std::optional<EntryStatus> entryStatusFromCode(const QString& code)
{
    return valueOf(kStatuses, code);
}
QString genderCode(Gender gender)
{
    return codeOf(kGenders, gender);
}
Gender genderFromCode(const QString& code)
{
    return valueOf(kGenders, code).value_or(Gender::Unknown);
}

} // namespace sangkien
