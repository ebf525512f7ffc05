#pragma once

#include "common/result.h"
#include "storage/decision_repository.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace sangkien {

class Database;

// The file a decision is written to.
enum class DocumentFormat
{
    Pdf,
    Odt
};

// Issuing a decision (or the proposal to the chairman), the same from the window and from sangkien-cli:
// the stored awards are checked against every rule (the quota rules, one award per nominee and, when the
// campaign recognises by vote, the council's recognition), each violation naming the entries concerned;
// the number, date and signer are stored on the working version; the document is composed, written
// through a temporary file renamed at the end, and the version is frozen with its trail row; a new version
// of the director's decision moves the statuses of the entries it changes. A version already frozen prints
// as it went out, without any of this.
class DecisionIssuer
{
    Q_DECLARE_TR_FUNCTIONS(DecisionIssuer)

public:
    DecisionIssuer(Database& db, QString user);

    // Every rule the stored awards break; empty when all hold.
    Result<QList<Error>> violations() const;
    // Refuses (ErrorKind::Quota) when a rule is broken, naming every violation.
    Status check() const;

    // Checks the awards, stores the details on the working version and composes the document as it will
    // print; refuses what the document cannot say (no awardee, no date, …).
    Result<AwardDecisionData> prepare(DocumentKind kind, const DecisionDetails& details);

    // Writes the prepared document to path (never over the campaign, another campaign or a journal) and
    // freezes it: the same document printed again keeps its version, a changed one makes the next.
    // outputFailed (if given) says whether a refusal concerns the output file (nothing was stored).
    Result<DecisionVersion> issueToFile(const AwardDecisionData& document, const QString& path,
                                        DocumentFormat format, bool* outputFailed = nullptr);
    // The prepared document went to the printer: freezes it as issueToFile does.
    Result<DecisionVersion> issuePrinted(const AwardDecisionData& document);

    // prepare() then issueToFile(): what sangkien-cli decision does.
    struct Issued
    {
        AwardDecisionData document;
        DecisionVersion version;
    };
    Result<Issued> issue(DocumentKind kind, const DecisionDetails& details, const QString& path,
                         DocumentFormat format);

    // A frozen version written as it was printed (nothing stored).
    Status reprint(DocumentKind kind, int version, const QString& path, DocumentFormat format) const;

private:
    // Statuses follow a new version of the director's decision, each change with its trail row: the
    // entries it names become awarded; those the previous version named and this one does not go back to
    // proposed (and on to not awarded without an award); ranked entries with no award become not awarded.
    Status followDecision(const AwardDecisionData& document, const std::optional<AwardDecisionData>& previous,
                          int version);

    Database& m_db;
    QString m_user;
};

} // namespace sangkien
