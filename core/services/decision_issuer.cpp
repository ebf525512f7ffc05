#include "decision_issuer.h"

#include "awards/award_service.h"
#include "common/support_log.h"
#include "documents/decision_document.h"
#include "services/entry_service.h"
#include "storage/database.h"
#include "storage/entry_repository.h"
#include "storage/output_target.h"

#include <QSet>
#include <QStringList>
#include <optional>

namespace sangkien {

namespace {

Status writeDocument(const AwardDecisionData& document, const QString& path, DocumentFormat format)
{
    // Both writers go through a temporary file renamed at the end: all of the document or nothing.
    return format == DocumentFormat::Odt ? writeOdt(document, path) : writePdf(document, path);
}

} // namespace

DecisionIssuer::DecisionIssuer(Database& db, QString user)
    : m_db(db)
    , m_user(std::move(user))
{}

Result<QList<Error>> DecisionIssuer::violations() const
{
    return AwardService(m_db, m_user).violations();
}

Status DecisionIssuer::check() const
{
    const auto broken = violations();
    if (!broken)
        return broken.error();
    if (broken->isEmpty())
        return {};
    QStringList lines;
    for (const Error& e : *broken)
        lines << e.text();
    return Error{tr("The stored awards break the campaign's rules; nothing was issued. %1")
                     .arg(lines.join(QLatin1Char(' '))),
                 m_db.path(), ErrorKind::Quota};
}

Result<AwardDecisionData> DecisionIssuer::prepare(DocumentKind kind, const DecisionDetails& details)
{
    if (Status ok = check(); !ok)
        return ok.error();
    DecisionRepository repo(m_db, m_user);
    // The document is checked before anything is stored: a refused one leaves no draft behind.
    auto document = repo.compose(kind, details);
    if (!document)
        return document.error();
    if (Status valid = document->validate(); !valid)
        return valid.error();
    if (auto saved = repo.saveDetails(kind, details); !saved)
        return saved.error();
    return document;
}

Result<DecisionVersion> DecisionIssuer::issueToFile(const AwardDecisionData& document, const QString& path,
                                                    DocumentFormat format, bool* outputFailed)
{
    if (outputFailed)
        *outputFailed = true;
    // Never over the campaign (whatever its name), another campaign, a package or a journal's name.
    if (Status target = OutputTarget::check(path, {m_db.path()}); !target)
        return target.error();
    if (Status written = writeDocument(document, path, format); !written)
        return written.error();
    if (outputFailed)
        *outputFailed = false;
    return issuePrinted(document);
}

Result<DecisionVersion> DecisionIssuer::issuePrinted(const AwardDecisionData& document)
{
    Result<DecisionVersion> frozen = Error{};
    const Status done = m_db.transaction([&]() -> Status {
        DecisionRepository repo(m_db, m_user);
        // The latest issued version before this one: what the new version changes.
        std::optional<AwardDecisionData> previous;
        auto versions = repo.versions(document.kind);
        if (!versions)
            return versions.error();
        for (const DecisionVersion& v : *versions)
            if (v.frozen() && v.content)
                previous = v.content;
        frozen = repo.freeze(document);
        if (!frozen)
            return frozen.error();
        if (previous && *previous == document)
            return {}; // the same document printed again changes nothing
        // The director decides his own certificates: its decision moves the statuses. The chairman's
        // proposal waits for the province's decision.
        if (document.kind != DocumentKind::DirectorDecision)
            return {};
        return followDecision(document, previous, frozen->version);
    });
    if (!done)
        return done.error();
    SupportLog::event(QStringLiteral("print"), QStringLiteral("decision version=%1").arg(frozen->version));
    return frozen;
}

Status DecisionIssuer::followDecision(const AwardDecisionData& document,
                                      const std::optional<AwardDecisionData>& previous, int version)
{
    EntryRepository entries(m_db);
    EntryService service(m_db, m_user);
    const QString reason = tr("decision %1, version %2").arg(document.numberSymbol()).arg(version);
    const auto codesOf = [](const AwardDecisionData& d) {
        QStringList codes;
        for (const QList<Awardee>* list : {&d.collectives, &d.individuals})
            for (const Awardee& a : *list)
                codes << a.entryCode;
        codes.sort();
        return codes;
    };
    const QStringList named = codesOf(document);
    const QStringList before = previous ? codesOf(*previous) : QStringList();
    const auto move = [&](const QString& code, EntryStatus from, EntryStatus to) -> Status {
        const auto id = entries.idOf(code);
        if (!id)
            return id.error();
        if (!*id)
            return {};
        const auto entry = entries.load(**id);
        if (!entry)
            return entry.error();
        if (entry->status != from)
            return {};
        return service.changeStatus(**id, to, reason);
    };
    // Named in the decision: awarded.
    for (const QString& code : named)
        if (Status s = move(code, EntryStatus::Proposed, EntryStatus::Awarded); !s)
            return s;
    // Every other entry the previous version named or the ranking holds: one still holding an award (the
    // chairman's, proposed to the province) is proposed; one without an award is not awarded.
    AwardService awards(m_db, m_user);
    const auto stored = awards.stored();
    if (!stored)
        return stored.error();
    QSet<QString> awarded;
    for (const AwardSlot& a : *stored)
        awarded.insert(a.entryCode);
    const auto ranking = awards.candidates();
    if (!ranking)
        return ranking.error();
    const QSet<QString> namedSet(named.begin(), named.end());
    QSet<QString> seen(namedSet);
    QStringList others;
    for (const QString& code : before)
        if (!seen.contains(code)) {
            seen.insert(code);
            others << code;
        }
    for (const AllocationCandidate& c : *ranking)
        if (c.ranked.rank && !seen.contains(c.ranked.code)) {
            seen.insert(c.ranked.code);
            others << c.ranked.code;
        }
    for (const QString& code : std::as_const(others)) {
        if (Status s = move(code, EntryStatus::Awarded, EntryStatus::Proposed); !s)
            return s;
        if (awarded.contains(code))
            continue;
        for (const EntryStatus from : {EntryStatus::Proposed, EntryStatus::Scored})
            if (Status s = move(code, from, EntryStatus::NotAwarded); !s)
                return s;
    }
    return {};
}

Result<DecisionIssuer::Issued> DecisionIssuer::issue(DocumentKind kind, const DecisionDetails& details,
                                                     const QString& path, DocumentFormat format)
{
    auto document = prepare(kind, details);
    if (!document)
        return document.error();
    auto version = issueToFile(*document, path, format);
    if (!version)
        return version.error();
    return Issued{*document, *version};
}

Result<ProvinceDecision> DecisionIssuer::recordProvinceDecision(int proposalVersion, const QString& number,
                                                                const QDate& date)
{
    DecisionRepository repo(m_db, m_user);
    if (proposalVersion <= 0) {
        auto versions = repo.versions(DocumentKind::ChairmanProposal);
        if (!versions)
            return versions.error();
        for (const DecisionVersion& v : *versions)
            if (v.frozen())
                proposalVersion = v.version;
        if (proposalVersion <= 0)
            return Error{tr("No proposal for the chairman's certificate has been issued yet."), m_db.path(),
                         ErrorKind::Refused};
    }
    const Status done = m_db.transaction([&]() -> Status {
        if (Status s = repo.recordProvinceDecision(proposalVersion, number, date); !s)
            return s;
        auto proposal = repo.version(DocumentKind::ChairmanProposal, proposalVersion);
        if (!proposal)
            return proposal.error();
        if (!proposal->content)
            return {};
        EntryRepository entries(m_db);
        EntryService service(m_db, m_user);
        const QString reason = tr("province decision %1 of %2 on proposal version %3")
                                   .arg(number.trimmed(), date.toString(QStringLiteral("dd/MM/yyyy")))
                                   .arg(proposalVersion);
        for (const QList<Awardee>* list : {&proposal->content->collectives, &proposal->content->individuals})
            for (const Awardee& a : *list) {
                const auto id = entries.idOf(a.entryCode);
                if (!id)
                    return id.error();
                if (!*id)
                    continue;
                const auto entry = entries.load(**id);
                if (!entry)
                    return entry.error();
                if (entry->status == EntryStatus::Proposed)
                    if (Status s = service.changeStatus(**id, EntryStatus::Awarded, reason); !s)
                        return s;
            }
        return {};
    });
    if (!done)
        return done.error();
    auto recorded = repo.provinceDecision(proposalVersion);
    if (!recorded)
        return recorded.error();
    if (!*recorded)
        return Error{tr("The province's decision was not stored."), m_db.path(), ErrorKind::Storage};
    return **recorded;
}

Status DecisionIssuer::reprint(DocumentKind kind, int version, const QString& path,
                               DocumentFormat format) const
{
    auto stored = DecisionRepository(m_db, m_user).version(kind, version);
    if (!stored)
        return stored.error();
    if (!stored->frozen() || !stored->content)
        return Error{
            tr("Version %1 was never issued: only an issued version prints as it went out.").arg(version),
            m_db.path(), ErrorKind::Refused};
    if (Status target = OutputTarget::check(path, {m_db.path()}); !target)
        return target;
    return writeDocument(*stored->content, path, format);
}

} // namespace sangkien
