#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace sangkien {

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

    bool operator==(const Campaign&) const = default;
};

} // namespace sangkien
