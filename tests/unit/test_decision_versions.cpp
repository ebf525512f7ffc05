// Decisions in versions: the number, date and signer are stored before printing; printing freezes the
// version with the document as it went out; a change to the awards afterwards makes the next version
// and the printed one stays readable, word for word, and paints the same pages.
#include "awards/award_service.h"
#include "demo/demo_generator.h"
#include "documents/decision_document.h"
#include "storage/audit_log.h"
#include "storage/decision_repository.h"
#include "temp_campaign.h"

#include <QProcess>
#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace sangkien;
using sangkien::testing::TempCampaign;

namespace {

QString pdfText(const QString& pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(60000));
    return QString::fromUtf8(p.readAllStandardOutput());
}

void fillDemo(Database& db, int entries = 60)
{
    DemoGenerator::Options o;
    o.entries = entries;
    o.seed = 11;
    REQUIRE(DemoGenerator(o).fill(db));
}

const DecisionDetails kDetails{QStringLiteral("125"), QDate(2025, 2, 5),
                               Signer{QStringLiteral("Trần Tùng Chuẩn"), false}};

} // namespace

TEST_CASE("Decision details are stored on a draft version, with an audit row", "[documents][versions]")
{
    TempCampaign c;
    DecisionRepository repo(c.db(), QStringLiteral("clerk"));
    auto none = repo.latest(DocumentKind::DirectorDecision);
    REQUIRE(none);
    CHECK_FALSE(none->has_value());
    auto suggested = repo.suggestedDetails(DocumentKind::DirectorDecision);
    REQUIRE(suggested);
    CHECK(suggested->date == QDate::currentDate());

    const int audit = AuditLog(c.db()).count();
    auto saved = repo.saveDetails(DocumentKind::DirectorDecision, kDetails);
    REQUIRE(saved);
    CHECK(saved->version == 1);
    CHECK_FALSE(saved->frozen());
    CHECK(saved->details == kDetails);
    CHECK(AuditLog(c.db()).count() == audit + 1);

    // Saving the same details again writes nothing; other details update the draft in place.
    REQUIRE(repo.saveDetails(DocumentKind::DirectorDecision, kDetails));
    CHECK(AuditLog(c.db()).count() == audit + 1);
    DecisionDetails deputy = kDetails;
    deputy.signer = Signer{QStringLiteral("Nguyễn Văn Phó"), true};
    auto updated = repo.saveDetails(DocumentKind::DirectorDecision, deputy);
    REQUIRE(updated);
    CHECK(updated->version == 1);
    CHECK(updated->details == deputy);
    auto suggestedNow = repo.suggestedDetails(DocumentKind::DirectorDecision);
    REQUIRE(suggestedNow);
    CHECK(*suggestedNow == deputy);
    // The proposal to the chairman suggests the same signer for its first version.
    auto proposal = repo.suggestedDetails(DocumentKind::ChairmanProposal);
    REQUIRE(proposal);
    CHECK(proposal->signer == deputy.signer);
    CHECK(proposal->number.isEmpty());
}

TEST_CASE("The stored text of a document reads back equal", "[documents][versions]")
{
    TempCampaign c;
    fillDemo(c.db(), 40);
    DecisionRepository repo(c.db(), QStringLiteral("clerk"));
    for (DocumentKind kind : {DocumentKind::DirectorDecision, DocumentKind::ChairmanProposal}) {
        auto data = repo.compose(kind, kDetails);
        REQUIRE(data);
        auto back = DecisionRepository::fromJson(DecisionRepository::toJson(*data));
        REQUIRE(back);
        CHECK(*back == *data);
    }
    CHECK_FALSE(DecisionRepository::fromJson(QJsonObject{{QStringLiteral("format"), 99}}));
}

TEST_CASE("A printed decision is frozen, changed awards make a new version and the old stays readable",
          "[documents][versions]")
{
    TempCampaign c;
    fillDemo(c.db());
    AwardService awards(c.db(), QStringLiteral("clerk"));
    DecisionRepository repo(c.db(), QStringLiteral("clerk"));

    REQUIRE(repo.saveDetails(DocumentKind::DirectorDecision, kDetails));
    auto printed = repo.compose(DocumentKind::DirectorDecision, kDetails);
    REQUIRE(printed);
    REQUIRE(printed->validate());
    auto v1 = repo.freeze(*printed);
    REQUIRE(v1);
    CHECK(v1->version == 1);
    CHECK(v1->frozen());
    REQUIRE(v1->content);
    CHECK(*v1->content == *printed);

    // Printing the same document again keeps version 1.
    auto again = repo.freeze(*printed);
    REQUIRE(again);
    CHECK(again->version == 1);
    auto unchanged = repo.changedSincePrinted(DocumentKind::DirectorDecision, kDetails);
    REQUIRE(unchanged);
    CHECK_FALSE(*unchanged);

    // The schema itself refuses to change or remove the printed version.
    QSqlQuery q(c.db().connection());
    CHECK_FALSE(q.exec(QStringLiteral("UPDATE award_decision SET number = '999' WHERE version = 1")));
    CHECK_FALSE(q.exec(QStringLiteral("DELETE FROM award_decision WHERE version = 1")));

    // Take one director's award away: the decision as it prints now differs.
    REQUIRE(!printed->individuals.isEmpty());
    const Awardee removed = printed->individuals.first();
    q.prepare(QStringLiteral("SELECT id FROM entry WHERE code = ?"));
    q.addBindValue(removed.entryCode);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    REQUIRE(awards.move(q.value(0).toLongLong(), 0));
    auto changed = repo.changedSincePrinted(DocumentKind::DirectorDecision, kDetails);
    REQUIRE(changed);
    CHECK(*changed);

    // The same details keep the frozen version until the next print, which makes version 2.
    auto kept = repo.saveDetails(DocumentKind::DirectorDecision, kDetails);
    REQUIRE(kept);
    CHECK(kept->version == 1);
    auto now = repo.compose(DocumentKind::DirectorDecision, kDetails);
    REQUIRE(now);
    CHECK(now->awardeeCount() == printed->awardeeCount() - 1);
    auto v2 = repo.freeze(*now);
    REQUIRE(v2);
    CHECK(v2->version == 2);

    // Version 1 still reads as printed, with the awardee that version 2 no longer names.
    auto versions = repo.versions(DocumentKind::DirectorDecision);
    REQUIRE(versions);
    REQUIRE(versions->size() == 2);
    const DecisionVersion& first = versions->first();
    REQUIRE(first.content);
    CHECK(*first.content == *printed);
    CHECK(first.content->individuals.contains(removed));
    CHECK_FALSE(versions->last().content->individuals.contains(removed));

    // …and paints the same pages as it did: the PDF of version 1 names the awardee and the date.
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("v1.pdf"));
    REQUIRE(writePdf(*first.content, pdf));
    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("125/QĐ-SKHCN")));
    CHECK(text.contains(QStringLiteral("ngày 05 tháng 02 năm 2025")));
    CHECK(text.contains(removed.entryCode));

    // New details after printing make a new draft version, never touching the printed ones.
    DecisionDetails next = kDetails;
    next.number = QStringLiteral("126");
    auto draft = repo.saveDetails(DocumentKind::DirectorDecision, next);
    REQUIRE(draft);
    CHECK(draft->version == 3);
    CHECK_FALSE(draft->frozen());
    auto stillFirst = repo.version(DocumentKind::DirectorDecision, 1);
    REQUIRE(stillFirst);
    CHECK(stillFirst->details == kDetails);

    // The print left audit rows naming the versions.
    auto trail = AuditLog(c.db()).forRecord(QStringLiteral("award_decision"), v2->id);
    REQUIRE(trail);
    REQUIRE(!trail->isEmpty());
    CHECK(trail->last().action == QLatin1String("print"));
}

TEST_CASE("A printed version survives reopening the campaign file", "[documents][versions]")
{
    TempCampaign c;
    fillDemo(c.db(), 30);
    AwardDecisionData printed;
    {
        DecisionRepository repo(c.db(), QStringLiteral("clerk"));
        auto data = repo.compose(DocumentKind::ChairmanProposal, kDetails);
        REQUIRE(data);
        printed = *data;
        REQUIRE(repo.freeze(printed));
    }
    Database& db = c.reopen();
    DecisionRepository repo(db, QStringLiteral("clerk"));
    auto v = repo.version(DocumentKind::ChairmanProposal, 1);
    REQUIRE(v);
    REQUIRE(v->content);
    CHECK(*v->content == printed);
    CHECK(v->details == kDetails);
}
