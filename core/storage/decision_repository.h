#pragma once

#include "common/result.h"
#include "documents/award_decision_data.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace sangkien {

class Database;

// What the clerk is asked before printing: the decision's number, its date and who signs it.
struct DecisionDetails
{
    QString number; // "125"; the symbol ("QĐ-SKHCN") is the document kind's
    QDate date;
    Signer signer;

    bool operator==(const DecisionDetails&) const = default;
};

// The province's decision on an issued proposal for the chairman's certificate, as the office records it.
struct ProvinceDecision
{
    int proposalVersion = 0;
    QString number; // as the province wrote it, e.g. "1234/QĐ-UBND"
    QDate date;
    QDateTime recordedAt;
    QString recordedBy;
    bool operator==(const ProvinceDecision&) const = default;
};

// One stored version of a decision (or of the proposal to the chairman). A version is a draft until it
// is printed or exported; then it is frozen with the document as it went out, and is never changed.
struct DecisionVersion
{
    qint64 id = 0;
    DocumentKind kind = DocumentKind::DirectorDecision;
    int version = 0;
    DecisionDetails details;
    QDateTime createdAt;
    QDateTime frozenAt;                       // invalid while a draft
    std::optional<AwardDecisionData> content; // the printed document, once frozen

    bool frozen() const { return frozenAt.isValid(); }
    bool operator==(const DecisionVersion&) const = default;
};

// The decisions and proposals of a campaign, by kind, in versions. Every write is one transaction with
// its audit row. A frozen version is kept as printed (the schema refuses to change it), so a decision
// that went out stays readable after the awards change; printing again over changed awards makes the
// next version.
class DecisionRepository
{
    Q_DECLARE_TR_FUNCTIONS(DecisionRepository)

public:
    DecisionRepository(Database& db, QString user);

    static QString kindCode(DocumentKind kind); // "director", "chairman"

    // Oldest first.
    Result<QList<DecisionVersion>> versions(DocumentKind kind) const;
    Result<std::optional<DecisionVersion>> latest(DocumentKind kind) const;
    Result<DecisionVersion> version(DocumentKind kind, int number) const;

    // The details to offer before printing: the latest version's, or a blank number, today and no signer.
    Result<DecisionDetails> suggestedDetails(DocumentKind kind) const;

    // The document as it would print now, from the campaign's awards and the details.
    Result<AwardDecisionData> compose(DocumentKind kind, const DecisionDetails& details) const;

    // Stores the details on the working version: the latest draft is updated, and when the latest version
    // is frozen with other details a new draft version is made. Nothing is written when nothing changed.
    Result<DecisionVersion> saveDetails(DocumentKind kind, const DecisionDetails& details);

    // Freezes the document as printed. Printing the same document again keeps the frozen version; a
    // document that differs from the latest frozen one (the awards or the details changed) becomes the
    // next version. A draft with the same details is frozen in place.
    Result<DecisionVersion> freeze(const AwardDecisionData& printed);

    // Whether printing the document now would make a new version: the latest version is frozen and the
    // document as composed now differs from it.
    Result<bool> changedSincePrinted(DocumentKind kind, const DecisionDetails& details) const;

    // Records the province's decision against an issued version of the proposal to the chairman, with its
    // audit row, in the caller's transaction. Refuses a version that is not issued, an empty number, no
    // date, and a second decision for the same version.
    Status recordProvinceDecision(int proposalVersion, const QString& number, const QDate& date);
    // The province's decision recorded against the proposal version, if any.
    Result<std::optional<ProvinceDecision>> provinceDecision(int proposalVersion) const;

    // The document's text as stored with a frozen version (every field, so it paints the same pages).
    static QJsonObject toJson(const AwardDecisionData& data);
    static Result<AwardDecisionData> fromJson(const QJsonObject& json);

private:
    Result<DecisionVersion> insertVersion(DocumentKind kind, int number, const DecisionDetails& details,
                                          const AwardDecisionData* frozenContent);

    Database& m_db;
    QString m_user;
};

} // namespace sangkien
