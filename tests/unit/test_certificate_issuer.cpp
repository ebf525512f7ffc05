// CertificateIssuer: the one place certificates are prepared for the window and the CLI. A layout is saved
// with the campaign only when it would load again (boxes on the paper), with one trail row per change; the
// director's certificates come from an issued decision; the chairman's only from a proposal the province
// decided, and only for the entries that decision awarded.
#include "demo/demo_generator.h"
#include "services/certificate_issuer.h"
#include "services/decision_issuer.h"
#include "sql_scalar.h"
#include "storage/certificate_layout_repository.h"
#include "temp_campaign.h"

#include <QDir>
#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace sangkien;
using sangkien::testing::scalar;
using sangkien::testing::TempCampaign;

namespace {

void fillDemo(Database& db)
{
    DemoGenerator::Options o;
    o.entries = 150;
    o.seed = 9;
    REQUIRE(DemoGenerator(o).fill(db));
}

} // namespace

TEST_CASE("A certificate layout is saved only when it loads again, one trail row per change",
          "[certificates][storage]")
{
    TempCampaign c;
    CertificateIssuer issuer(c.db(), QStringLiteral("clerk"));
    auto layout = issuer.layout(CertificateForm::Director);
    REQUIRE(layout);
    CHECK(*layout == CertificateLayout::defaults());

    CertificateLayout off = CertificateLayout::defaults();
    off.fields[0].boxMm = QRectF(200, 82, 197, 16); // beyond the paper's right edge
    CHECK_FALSE(issuer.saveLayout(CertificateForm::Director, off));
    CHECK(scalar(c.db(), QStringLiteral("SELECT count(*) FROM certificate_layout")) == 0);
    CHECK(scalar(c.db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = "
                                        "'certificate_layout'")) == 0);

    CertificateLayout moved = CertificateLayout::defaults();
    moved.fields[0].boxMm = QRectF(30, 70, 197, 16);
    REQUIRE(issuer.saveLayout(CertificateForm::Director, moved));
    REQUIRE(issuer.saveLayout(CertificateForm::Director, moved)); // unchanged: no second row
    CHECK(scalar(c.db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = "
                                        "'certificate_layout'")) == 1);
    moved.fields[1].size = 18;
    REQUIRE(issuer.saveLayout(CertificateForm::Director, moved));
    CHECK(scalar(c.db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = "
                                        "'certificate_layout' AND action = 'update'")) == 1);
    CHECK(*issuer.layout(CertificateForm::Director) == moved);
    CHECK(*issuer.layout(CertificateForm::Chairman) == CertificateLayout::defaults());
    CHECK_FALSE(
        CertificateLayoutRepository(c.db(), QStringLiteral("clerk")).save(QStringLiteral("mayor"), moved));
}

TEST_CASE("Certificates come from an issued version, the chairman's only once the province decided",
          "[certificates]")
{
    TempCampaign c;
    fillDemo(c.db());
    CertificateIssuer certificates(c.db(), QStringLiteral("clerk"));
    CHECK_FALSE(certificates.prepare(CertificateForm::Director));
    CHECK(certificates.printableVersions(CertificateForm::Director)->isEmpty());

    DecisionIssuer decisions(c.db(), QStringLiteral("clerk"));
    const DecisionDetails details{QStringLiteral("125"), QDate(2025, 2, 5), Signer{}};
    REQUIRE(decisions.issue(DocumentKind::DirectorDecision, details,
                            QDir(c.dir()).filePath(QStringLiteral("qd.pdf")), DocumentFormat::Pdf));
    auto director = certificates.prepare(CertificateForm::Director);
    REQUIRE(director);
    CHECK(director->version == 1);
    CHECK(director->data.numberSymbol() == QStringLiteral("125/QĐ-SKHCN"));
    CHECK(director->data.awardeeCount() ==
          scalar(c.db(), QStringLiteral("SELECT count(*) FROM award a JOIN award_form f ON f.id = "
                                        "a.award_form_id WHERE f.code = 'director'")));
    CHECK(director->pages().pages.size() == director->data.awardeeCount());
    const auto unknown = certificates.prepare(CertificateForm::Director, 4);
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().kind == ErrorKind::Refused);

    REQUIRE(decisions.issue(DocumentKind::ChairmanProposal,
                            {QStringLiteral("18"), QDate(2025, 2, 6), Signer{}},
                            QDir(c.dir()).filePath(QStringLiteral("tt.pdf")), DocumentFormat::Pdf));
    const auto waiting = certificates.prepare(CertificateForm::Chairman);
    REQUIRE_FALSE(waiting);
    CHECK(waiting.error().message.contains(QStringLiteral("province")));
    CHECK(certificates.printableVersions(CertificateForm::Chairman)->isEmpty());

    REQUIRE(decisions.recordProvinceDecision(0, QStringLiteral("1234/QĐ-UBND"), QDate(2025, 3, 1)));
    auto chairman = certificates.prepare(CertificateForm::Chairman);
    REQUIRE(chairman);
    CHECK(*certificates.printableVersions(CertificateForm::Chairman) == QList<int>{1});
    CHECK(chairman->data.numberSymbol() == QStringLiteral("1234/QĐ-UBND"));
    CHECK(chairman->data.date == QDate(2025, 3, 1));
    CHECK(chairman->data.awardeeCount() ==
          scalar(c.db(), QStringLiteral("SELECT count(*) FROM award a JOIN award_form f ON f.id = "
                                        "a.award_form_id JOIN entry e ON e.id = a.entry_id WHERE f.code = "
                                        "'chairman' AND e.status = 'awarded'")));
    CHECK(chairman->data.awardeeCount() > 0);
}
