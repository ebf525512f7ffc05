// DecisionIssuer: the one place a decision is checked, composed, written and frozen, for the window and
// the CLI alike. It refuses awards that break any rule, naming the entries (a second award to one
// nominee names both), writes nothing and stores nothing then; issuing writes the file and freezes the
// version with its trail row. The demo campaign keeps every rule the issuer checks, whatever its seed
// and size.
#include "awards/award_service.h"
#include "demo/demo_generator.h"
#include "services/decision_issuer.h"
#include "services/entry_service.h"
#include "storage/audit_log.h"
#include "temp_campaign.h"

#include <QFile>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace sangkien;
using sangkien::testing::TempCampaign;

namespace {

void fillDemo(Database& db, int entries, std::uint64_t seed)
{
    DemoGenerator::Options o;
    o.entries = entries;
    o.seed = seed;
    REQUIRE(DemoGenerator(o).fill(db));
}

qint64 scalar(Database& db, const QString& sql, const QVariantList& values = {})
{
    QSqlQuery q(db.connection());
    q.prepare(sql);
    for (const QVariant& v : values)
        q.addBindValue(v);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

QString text(Database& db, const QString& sql, const QVariantList& values = {})
{
    QSqlQuery q(db.connection());
    q.prepare(sql);
    for (const QVariant& v : values)
        q.addBindValue(v);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0).toString();
}

const DecisionDetails kDetails{QStringLiteral("125"), QDate(2025, 2, 5),
                               Signer{QStringLiteral("Trần Tùng Chuẩn"), false}};

} // namespace

TEST_CASE("DecisionIssuer refuses a second award to one nominee, naming both entries, and stores nothing",
          "[documents][issuer]")
{
    TempCampaign c;
    fillDemo(c.db(), 120, 5);
    DecisionIssuer issuer(c.db(), QStringLiteral("clerk"));
    auto clean = issuer.violations();
    REQUIRE(clean);
    REQUIRE(clean->isEmpty());

    // A director's awardee, and an entry the council recognised that has no award.
    const qint64 awarded =
        scalar(c.db(), QStringLiteral("SELECT a.entry_id FROM award a JOIN award_form f "
                                      "ON f.id = a.award_form_id WHERE f.code = 'director' "
                                      "ORDER BY a.entry_id LIMIT 1"));
    const qint64 other =
        scalar(c.db(), QStringLiteral("SELECT v.entry_id FROM meeting_vote v WHERE v.passes = 1 "
                                      "AND v.entry_id NOT IN (SELECT entry_id FROM award) "
                                      "ORDER BY v.entry_id LIMIT 1"));
    const QString awardedCode =
        text(c.db(), QStringLiteral("SELECT code FROM entry WHERE id = ?"), {awarded});
    const QString otherCode = text(c.db(), QStringLiteral("SELECT code FROM entry WHERE id = ?"), {other});
    // The second entry's nominee becomes the same person: the same unit and kind, the name in capitals
    // (folded, it is the same name).
    QSqlQuery q(c.db().connection());
    q.prepare(QStringLiteral(
        "UPDATE nominee SET kind = (SELECT n.kind FROM nominee n JOIN entry e ON e.nominee_id = n.id WHERE "
        "e.id = ?), "
        "name = upper((SELECT n.name FROM nominee n JOIN entry e ON e.nominee_id = n.id WHERE e.id = ?)), "
        "unit_id = (SELECT n.unit_id FROM nominee n JOIN entry e ON e.nominee_id = n.id WHERE e.id = ?) "
        "WHERE id = (SELECT nominee_id FROM entry WHERE id = ?)"));
    for (const qint64 id : {awarded, awarded, awarded, other})
        q.addBindValue(id);
    REQUIRE(q.exec());
    q.prepare(QStringLiteral("INSERT INTO award (entry_id, award_form_id, decided_at) VALUES "
                             "(?, (SELECT id FROM award_form WHERE code = 'director'), '2024-12-20')"));
    q.addBindValue(other);
    REQUIRE(q.exec());

    auto broken = issuer.violations();
    REQUIRE(broken);
    // One violation names both entries (a quota the extra award overfills may be named too).
    int naming = 0;
    for (const Error& e : *broken)
        if (e.message.contains(awardedCode) && e.message.contains(otherCode) && e.kind == ErrorKind::Refused)
            ++naming;
    CHECK(naming == 1);

    // Nothing is composed, written or stored.
    const qint64 audit = AuditLog(c.db()).count();
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("qd.pdf"));
    auto refused = issuer.issue(DocumentKind::DirectorDecision, kDetails, pdf, DocumentFormat::Pdf);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().kind == ErrorKind::Quota);
    CHECK(refused.error().message.contains(awardedCode));
    CHECK(refused.error().message.contains(otherCode));
    CHECK_FALSE(QFile::exists(pdf));
    CHECK(scalar(c.db(), QStringLiteral("SELECT count(*) FROM award_decision")) == 0);
    CHECK(AuditLog(c.db()).count() == audit);

    // The allocator knows the nominee by the same identity: it never proposes both.
    auto proposal = AwardService(c.db(), QStringLiteral("clerk")).propose();
    REQUIRE(proposal);
    int both = 0;
    for (const AwardProposal::Award& a : proposal->awards)
        if (a.slot.entryId == awarded || a.slot.entryId == other)
            ++both;
    CHECK(both <= 1);
}

TEST_CASE("Issuing writes the file and freezes the version with a trail row, the same document keeps it",
          "[documents][issuer]")
{
    TempCampaign c;
    fillDemo(c.db(), 80, 11);
    DecisionIssuer issuer(c.db(), QStringLiteral("clerk"));
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("qd.pdf"));
    const auto otherRows = [&] {
        return scalar(c.db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action <> 'status'"));
    };
    const qint64 audit = otherRows();
    auto issued = issuer.issue(DocumentKind::DirectorDecision, kDetails, pdf, DocumentFormat::Pdf);
    REQUIRE(issued);
    CHECK(QFile(pdf).size() > 1000);
    CHECK(issued->version.version == 1);
    CHECK(issued->version.frozen());
    CHECK(issued->version.content == issued->document);
    auto trail = AuditLog(c.db()).forRecord(QStringLiteral("award_decision"), issued->version.id);
    REQUIRE(trail);
    REQUIRE(!trail->isEmpty());
    CHECK(trail->last().action == QLatin1String("print"));
    // The details, then the freezing (besides the statuses the decision moves, tested below).
    CHECK(otherRows() == audit + 2);
    const qint64 all = AuditLog(c.db()).count();

    // The same again: the same version, nothing more stored; an ODT of it too.
    auto again = issuer.issue(DocumentKind::DirectorDecision, kDetails,
                              dir.filePath(QStringLiteral("qd.odt")), DocumentFormat::Odt);
    REQUIRE(again);
    CHECK(again->version.version == 1);
    CHECK(AuditLog(c.db()).count() == all);
    // Never over the campaign itself.
    auto over = issuer.issue(DocumentKind::DirectorDecision, kDetails, c.path(), DocumentFormat::Pdf);
    CHECK_FALSE(over);
    // A version never issued does not reprint.
    CHECK_FALSE(issuer.reprint(DocumentKind::DirectorDecision, 2, dir.filePath(QStringLiteral("v2.pdf")),
                               DocumentFormat::Pdf));
    CHECK(issuer.reprint(DocumentKind::DirectorDecision, 1, dir.filePath(QStringLiteral("v1.pdf")),
                         DocumentFormat::Pdf));
}

TEST_CASE("The demo campaign keeps every rule a decision is issued under, whatever its seed and size",
          "[demo][issuer]")
{
    for (const auto& [entries, seed] :
         {std::pair{40, 1}, std::pair{120, 2}, std::pair{300, 3}, std::pair{600, 7}, std::pair{1500, 42}}) {
        INFO("entries " << entries << ", seed " << seed);
        TempCampaign c;
        fillDemo(c.db(), entries, std::uint64_t(seed));
        auto broken = DecisionIssuer(c.db(), QStringLiteral("clerk")).violations();
        REQUIRE(broken);
        for (const Error& e : *broken)
            FAIL_CHECK(e.text().toStdString());
        // Votes consistent with awards: every award went to an entry that passed the council's vote at a
        // meeting with quorum, and every entry that passed has a score at or above a form's minimum.
        CHECK(scalar(c.db(), QStringLiteral("SELECT count(*) FROM award a WHERE NOT EXISTS (SELECT 1 FROM "
                                            "meeting_vote v JOIN meeting m ON m.id = v.meeting_id WHERE "
                                            "v.entry_id = a.entry_id AND v.passes = 1 AND m.quorum = 1)")) ==
              0);
        if (entries >= 120) {
            CHECK(scalar(c.db(), QStringLiteral("SELECT count(*) FROM award")) > 0);
            CHECK(scalar(c.db(), QStringLiteral("SELECT count(*) FROM meeting_vote WHERE passes = 0")) > 0);
        }
        // The allocator proposes within the same rules on the demo's ranking.
        AwardService service(c.db(), QStringLiteral("clerk"));
        auto proposal = service.propose();
        REQUIRE(proposal);
        REQUIRE(service.apply(*proposal));
        broken = DecisionIssuer(c.db(), QStringLiteral("clerk")).violations();
        REQUIRE(broken);
        CHECK(broken->isEmpty());
    }
}

TEST_CASE(
    "Statuses follow the awards and the director's decision, each change with a trail row and its reason",
    "[documents][issuer][status]")
{
    TempCampaign c;
    fillDemo(c.db(), 400, 21);
    Database& db = c.db();
    AwardService awards(db, QStringLiteral("clerk"));
    EntryService entries(db, QStringLiteral("clerk"));
    const auto statusOf = [&](qint64 id) {
        return text(db, QStringLiteral("SELECT status FROM entry WHERE id = ?"), {id});
    };
    const auto statusRows = [&]() {
        return scalar(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'status'"));
    };

    // A recognised entry without an award, its nominee without one either, and a director's awardee of
    // the same kind to make room.
    auto candidates = awards.candidates();
    REQUIRE(candidates);
    auto stored = awards.stored();
    REQUIRE(stored);
    QSet<QString> awardedNominees;
    QSet<qint64> awardedIds;
    for (const AwardSlot& s : *stored) {
        awardedNominees.insert(s.nomineeKey);
        awardedIds.insert(s.entryId);
    }
    const AllocationCandidate* fresh = nullptr;
    for (const AllocationCandidate& cand : *candidates)
        if (!fresh && cand.recognised && cand.ranked.rank && !awardedIds.contains(cand.ranked.entryId) &&
            !awardedNominees.contains(cand.nomineeKey) &&
            statusOf(cand.ranked.entryId) == QLatin1String("scored"))
            fresh = &cand;
    REQUIRE(fresh);
    const qint64 director = scalar(db, QStringLiteral("SELECT id FROM award_form WHERE code = 'director'"));
    qint64 makeRoom = 0;
    for (const AwardSlot& s : *stored)
        if (s.awardFormId == director && s.nomineeKind == fresh->ranked.nomineeKind)
            makeRoom = s.entryId;
    REQUIRE(makeRoom);
    CHECK(statusOf(makeRoom) == QLatin1String("awarded")); // the demo issued its director's certificates

    // An award taken from an awarded entry leaves it awarded until the next decision says otherwise.
    qint64 rows = statusRows();
    REQUIRE(awards.move(makeRoom, 0));
    CHECK(statusOf(makeRoom) == QLatin1String("awarded"));
    CHECK(statusRows() == rows);
    // An award given: proposed, one trail row, the reason in the history.
    REQUIRE(awards.move(fresh->ranked.entryId, director));
    CHECK(statusOf(fresh->ranked.entryId) == QLatin1String("proposed"));
    CHECK(statusRows() == rows + 1);
    auto history = entries.statusHistory(fresh->ranked.entryId);
    REQUIRE(history);
    REQUIRE(!history->isEmpty());
    CHECK(history->last().to == EntryStatus::Proposed);
    CHECK_FALSE(history->last().reason.isEmpty());

    // The director's decision issued: the new awardee awarded, the one no longer named back to scored,
    // ranked entries without an award not awarded.
    QTemporaryDir dir;
    DecisionIssuer issuer(db, QStringLiteral("clerk"));
    rows = statusRows();
    auto issued = issuer.issue(DocumentKind::DirectorDecision, kDetails,
                               dir.filePath(QStringLiteral("v1.pdf")), DocumentFormat::Pdf);
    REQUIRE(issued);
    CHECK(statusOf(fresh->ranked.entryId) == QLatin1String("awarded"));
    history = entries.statusHistory(fresh->ranked.entryId);
    REQUIRE(history);
    CHECK(history->last().reason.contains(QStringLiteral("125/QĐ-SKHCN")));
    // The entry the office took the award from is not named: no longer awarded (two rows).
    CHECK(statusOf(makeRoom) == QLatin1String("not_awarded"));
    const qint64 notAwarded =
        scalar(db, QStringLiteral("SELECT count(*) FROM entry WHERE status = 'not_awarded'"));
    CHECK(scalar(db,
                 QStringLiteral("SELECT count(*) FROM entry e WHERE e.status = 'scored' AND e.id NOT IN "
                                "(SELECT entry_id FROM award) AND EXISTS (SELECT 1 FROM score_sheet s WHERE "
                                "s.entry_id = e.id)")) == 0);
    CHECK(statusRows() > rows);
    // Every status row the decision wrote is one change of one entry.
    CHECK(scalar(db, QStringLiteral(
                         "SELECT count(*) FROM audit_log WHERE action = 'status' AND user_name = 'clerk'")) ==
          scalar(db, QStringLiteral("SELECT count(*) FROM entry_status_change WHERE changed_by = 'clerk'")));

    // Version 2 after the new awardee loses its award: back to proposed, then not awarded (two rows).
    REQUIRE(awards.move(fresh->ranked.entryId, 0));
    CHECK(statusOf(fresh->ranked.entryId) == QLatin1String("awarded"));
    rows = statusRows();
    issued = issuer.issue(DocumentKind::DirectorDecision, kDetails, dir.filePath(QStringLiteral("v2.pdf")),
                          DocumentFormat::Pdf);
    REQUIRE(issued);
    CHECK(issued->version.version == 2);
    CHECK(statusOf(fresh->ranked.entryId) == QLatin1String("not_awarded"));
    CHECK(statusRows() == rows + 2);
    history = entries.statusHistory(fresh->ranked.entryId);
    REQUIRE(history);
    REQUIRE(history->size() >= 2);
    CHECK(history->at(history->size() - 2).to == EntryStatus::Proposed);
    CHECK(history->last().to == EntryStatus::NotAwarded);
    CHECK(history->last().reason.contains(QStringLiteral("2")));
    // The same document again moves nothing.
    rows = statusRows();
    REQUIRE(issuer.issue(DocumentKind::DirectorDecision, kDetails, dir.filePath(QStringLiteral("v2b.pdf")),
                         DocumentFormat::Pdf));
    CHECK(statusRows() == rows);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM entry WHERE status = 'not_awarded'")) >=
          notAwarded);
}

TEST_CASE("The province's decision on the chairman's proposal makes the entries it names awarded",
          "[documents][issuer][status]")
{
    TempCampaign c;
    fillDemo(c.db(), 150, 8);
    Database& db = c.db();
    DecisionIssuer issuer(db, QStringLiteral("clerk"));
    // Nothing issued yet: refused, nothing written.
    const qint64 audit = AuditLog(db).count();
    CHECK_FALSE(issuer.recordProvinceDecision(0, QStringLiteral("1234/QĐ-UBND"), QDate(2025, 3, 1)));
    CHECK(AuditLog(db).count() == audit);

    QTemporaryDir dir;
    auto issued = issuer.issue(DocumentKind::ChairmanProposal, kDetails,
                               dir.filePath(QStringLiteral("tt.pdf")), DocumentFormat::Pdf);
    REQUIRE(issued);
    QStringList codes;
    for (const Awardee& a : issued->document.collectives + issued->document.individuals)
        codes << a.entryCode;
    REQUIRE(!codes.isEmpty());
    // The proposal alone awards nobody: its entries stay proposed.
    for (const QString& code : codes)
        CHECK(text(db, QStringLiteral("SELECT status FROM entry WHERE code = ?"), {code}) ==
              QLatin1String("proposed"));

    // Refused without a number or a date.
    CHECK_FALSE(issuer.recordProvinceDecision(0, QStringLiteral("  "), QDate(2025, 3, 1)));
    CHECK_FALSE(issuer.recordProvinceDecision(0, QStringLiteral("1234/QĐ-UBND"), QDate()));
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM province_decision")) == 0);

    auto recorded = issuer.recordProvinceDecision(0, QStringLiteral("1234/QĐ-UBND"), QDate(2025, 3, 1));
    REQUIRE(recorded);
    CHECK(recorded->proposalVersion == 1);
    CHECK(recorded->number == QStringLiteral("1234/QĐ-UBND"));
    for (const QString& code : codes) {
        INFO(code.toStdString());
        CHECK(text(db, QStringLiteral("SELECT status FROM entry WHERE code = ?"), {code}) ==
              QLatin1String("awarded"));
        CHECK(text(db,
                   QStringLiteral(
                       "SELECT reason FROM entry_status_change WHERE entry_id = (SELECT id FROM entry "
                       "WHERE code = ?) ORDER BY id DESC LIMIT 1"),
                   {code})
                  .contains(QStringLiteral("1234/QĐ-UBND")));
    }
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'province_decision'")) ==
          1);
    // Once only, and never changed.
    const qint64 after = AuditLog(db).count();
    CHECK_FALSE(issuer.recordProvinceDecision(1, QStringLiteral("999/QĐ-UBND"), QDate(2025, 3, 2)));
    CHECK(AuditLog(db).count() == after);
    QSqlQuery q(db.connection());
    CHECK_FALSE(q.exec(QStringLiteral("UPDATE province_decision SET number = 'x'")));
    CHECK_FALSE(q.exec(QStringLiteral("DELETE FROM province_decision")));
}
