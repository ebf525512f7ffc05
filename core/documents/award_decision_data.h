#pragma once

#include "common/result.h"
#include "domain/entry.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace sangkien {

class Database;

// Which document: the director's decision (Giấy khen) or the proposal to the chairman (Bằng khen).
enum class DocumentKind
{
    DirectorDecision,
    ChairmanProposal
};

// One line of the attached list.
struct Awardee
{
    NomineeKind kind = NomineeKind::Individual;
    QString name;     // the collective's name, or the person's full name
    QString position; // "Phó Chánh Văn phòng" (individuals)
    QString unit;     // "UBND huyện Văn Lâm"
    QString initiativeTitle;
    QString entryCode; // "SK-2024-0001"

    bool operator==(const Awardee&) const = default;
};

// Who signs: the director, or a deputy signing on the director's behalf ("KT. GIÁM ĐỐC").
struct Signer
{
    QString name;
    bool deputy = false;

    bool operator==(const Signer&) const = default;
};

// Everything a decision or a proposal prints, independent of the database, so tests and the print
// preview can build one by hand and the layout never queries anything.
struct AwardDecisionData
{
    Q_DECLARE_TR_FUNCTIONS(AwardDecisionData)

public:
    DocumentKind kind = DocumentKind::DirectorDecision;
    QString number; // "125"
    QString symbol; // "QĐ-SKHCN", "TTr-SKHCN"
    QDate date;
    QString place;        // "Hưng Yên"
    QString superiorBody; // "UBND tỉnh Hưng Yên"
    QString issuingBody;  // "Sở Khoa học và Công nghệ"
    QString signerName;
    QStringList signerTitle; // {"GIÁM ĐỐC"} or {"KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"}
    QString authorityLine; // "GIÁM ĐỐC SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH HƯNG YÊN" (decision only)
    QStringList legalBasis; // "Căn cứ …;"
    QString proposedBy;     // "Theo đề nghị của Chánh Văn phòng Sở." (decision only)
    QString addressee;      // "Ủy ban nhân dân tỉnh Hưng Yên" (proposal only)
    QString campaignName;
    int campaignYear = 0;
    QString awardFormName; // "Giấy khen của Giám đốc Sở Khoa học và Công nghệ"
    QString reason; // "đã có thành tích xuất sắc trong phong trào thi đua “…” năm 2024"
    QString moneyArticle; // Điều 2 of a decision; left out when empty
    QString executionArticle;
    QStringList recipients; // "Như Điều 3", without the dash and the final punctuation
    QString archiveLine;    // "Lưu: VT, VP"
    QList<Awardee> collectives;
    QList<Awardee> individuals;

    // "125/QĐ-SKHCN"
    QString numberSymbol() const;
    int awardeeCount() const { return int(collectives.size() + individuals.size()); }

    // Collectives by Vietnamese collation, individuals by given name, family name, middle name (as
    // documents.md requires of every list); stable for equal names.
    void sortAwardees();

    // Refuses what the document cannot say: no awardee, no date, a proposal to the chairman of more
    // than kMaxChairmanProposal awardees (the plan's limit for the chairman's certificate).
    Status validate() const;
    static constexpr int kMaxChairmanProposal = 10;

    // Fills the campaign's facts and the document's wording defaults (no awardees).
    static AwardDecisionData defaults(DocumentKind kind, const QString& number, const QDate& date,
                                      const Signer& signer);

    // Reads the campaign and the awards of the kind's form (award_form 'director' for a decision,
    // 'chairman' for a proposal), sorted as lists print them.
    static Result<AwardDecisionData> fromCampaign(Database& db, DocumentKind kind, const QString& number,
                                                  const QDate& date, const Signer& signer);

    bool operator==(const AwardDecisionData&) const = default;
};

} // namespace sangkien
