#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace sangkien {

enum class EntryKind
{
    Initiative,
    TechnicalImprovement,
    UsefulSolution
};
enum class NomineeKind
{
    Collective,
    Individual
};
enum class EntryStatus
{
    Received,
    Complete,
    Returned,
    UnderReview,
    Scored,
    Proposed,
    Awarded,
    NotAwarded
};
enum class Gender
{
    Unknown,
    Male,
    Female
};

// Stable codes stored in the file and printed by the CLI ("technical_improvement", "under_review", …).
QString entryKindCode(EntryKind kind);
std::optional<EntryKind> entryKindFromCode(const QString& code);
QString nomineeKindCode(NomineeKind kind);
std::optional<NomineeKind> nomineeKindFromCode(const QString& code);
QString entryStatusCode(EntryStatus status);
std::optional<EntryStatus> entryStatusFromCode(const QString& code);
QString genderCode(Gender gender);
Gender genderFromCode(const QString& code);

// Who is proposed for an award: a collective (a unit, or a part of one) or a person.
struct Nominee
{
    qint64 id = 0;
    NomineeKind kind = NomineeKind::Individual;
    QString name; // the collective's name, or the person's full name
    Gender gender = Gender::Unknown;
    int birthYear = 0; // 0 when unknown
    QString position;  // "Phó Chánh Văn phòng"
    qint64 unitId = 0;

    bool operator==(const Nominee&) const = default;
};

// An author of the initiative with a share of contribution; shares of one entry add up to 100.
struct Author
{
    QString fullName;
    QString position;
    qint64 unitId = 0;
    double sharePercent = 0;

    bool operator==(const Author&) const = default;
};

// One submission (hồ sơ đề nghị) of an initiative.
struct Entry
{
    qint64 id = 0;
    QString code; // "SK-2024-0001"
    QString title;
    EntryKind kind = EntryKind::Initiative;
    qint64 categoryId = 0;
    QString summary;
    QDate receivedOn;
    EntryStatus status = EntryStatus::Received;
    QString returnReason;                  // why the office sent it back (status Returned)
    QDate firstAppliedOn;                  // date of first application or trial
    QString scope;                         // where it is applied ("toàn tỉnh", "trong đơn vị", …)
    std::optional<qint64> economicBenefit; // in đồng, when the unit states one
    Nominee nominee;
    QList<Author> authors;

    bool operator==(const Entry&) const = default;
};

} // namespace sangkien
