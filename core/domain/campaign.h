#pragma once

#include "aggregation_method.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <optional>

namespace sangkien {

// How entries are recognised before they can be awarded: by the council's recognition vote (Circular
// 18/2013/TT-BKHCN, Art. 8; the default) or by their score alone.
enum class Recognition
{
    Vote,
    Score
};

inline QString recognitionCode(Recognition r)
{
    return r == Recognition::Score ? QStringLiteral("score") : QStringLiteral("vote");
}

inline std::optional<Recognition> recognitionFromCode(const QString& code)
{
    if (code == QLatin1String("vote"))
        return Recognition::Vote;
    if (code == QLatin1String("score"))
        return Recognition::Score;
    return std::nullopt;
}

// The campaign a file holds: the plan that launched it and the bodies that issue its documents.
struct Campaign
{
    QString name; // "Phát huy sáng kiến, cải tiến kỹ thuật, giải pháp hữu ích …"
    int year = 0;
    QString planNumber;     // "44/KH-UBND"
    QString issuingBody;    // "Sở Khoa học và Công nghệ"
    QString superiorBody;   // "UBND tỉnh Hưng Yên"
    QString place;          // "Hưng Yên", written before the date of documents
    QStringList legalBasis; // "Căn cứ …;" lines of the decision
    QDate opensOn;
    QDate closesOn;
    double passRatio = 2.0 / 3.0;
    double quorumRatio = 2.0 / 3.0;
    Recognition recognition = Recognition::Vote;
    AggregationMethod aggregation = AggregationMethod::Mean; // how members' totals become the score
    double disagreementSpread = 20; // members disagree when their totals lie further apart than this

    bool operator==(const Campaign&) const = default;
};

} // namespace sangkien
