// DecisionIssuer: the one place a decision is checked, composed, written and frozen, for the window and
// the CLI alike. It refuses awards that break any rule, naming the entries (a second award to one
// nominee names both), writes nothing and stores nothing then; issuing writes the file and freezes the
// version with its trail row. The demo campaign keeps every rule the issuer checks, whatever its seed
// and size.
#include "awards/award_service.h"
#include "demo/demo_generator.h"
#include "services/decision_issuer.h"
#include "storage/audit_log.h"
#include "temp_campaign.h"

#include <QFile>
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

TEST_CASE("Issuing writes the file and freezes the version with a trail row; the same document keeps it",
          "[documents][issuer]")
{
    TempCampaign c;
    fillDemo(c.db(), 80, 11);
    DecisionIssuer issuer(c.db(), QStringLiteral("clerk"));
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("qd.pdf"));
    const qint64 audit = AuditLog(c.db()).count();
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
    CHECK(AuditLog(c.db()).count() == audit + 2); // the details, then the freezing

    // The same again: the same version, nothing more stored; an ODT of it too.
    auto again = issuer.issue(DocumentKind::DirectorDecision, kDetails,
                              dir.filePath(QStringLiteral("qd.odt")), DocumentFormat::Odt);
    REQUIRE(again);
    CHECK(again->version.version == 1);
    CHECK(AuditLog(c.db()).count() == audit + 2);
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
