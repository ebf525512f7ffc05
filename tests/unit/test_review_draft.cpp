// The member's draft on the laptop: sealed with the package's key, incomplete sheets allowed (unlike a
// final return), read back only for the same package, and itself a score return the clerk could verify.
#include "demo/demo_generator.h"
#include "review/review_draft.h"
#include "review/review_package.h"
#include "temp_campaign.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace sangkien;

namespace {

const QString kPin = QStringLiteral("8642");

OpenedPackage demoPackage(sangkien::testing::TempCampaign& campaign)
{
    DemoGenerator::Options o;
    o.entries = 30;
    o.members = 5;
    o.seed = 3;
    REQUIRE(DemoGenerator(o).fill(campaign.db()));
    auto content = ReviewPackage::build(campaign.db(), 1);
    REQUIRE(content);
    REQUIRE(content->entries.size() >= 2);
    auto key = SealKey::derive(kPin, SealKey::newSalt());
    REQUIRE(key);
    return OpenedPackage{*content, *key};
}

} // namespace

TEST_CASE("A draft keeps incomplete sheets, sealed, and comes back for the same package only",
          "[review-package][draft]")
{
    sangkien::testing::TempCampaign campaign;
    const OpenedPackage package = demoPackage(campaign);
    const ReviewPackageContent& p = package.content;
    QTemporaryDir dir;
    const ReviewDraft draft(dir.filePath(QStringLiteral("drafts")));
    CHECK(draft.pathFor(p.packageId).endsWith(p.packageId + QStringLiteral(".skscores")));

    auto none = draft.read(package);
    REQUIRE(none);
    CHECK_FALSE(none->has_value());

    // One criterion of the first entry only: a final return refuses it, the draft takes it.
    const ReviewEntry& first = p.entries.first();
    const ReviewCriterion& criterion = p.criteria.first();
    const QList<ReturnSheet> sheets{
        {first.id, first.code, {{criterion.code, 7.5}}, QStringLiteral("Còn thiếu")}};
    CHECK_FALSE(ReviewPackage::sealReturn(package, ReviewPackage::makeReturn(p, sheets, 5)));
    REQUIRE(draft.write(package, sheets, 5, true));
    QFile file(draft.pathFor(p.packageId));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.startsWith(ReviewPackage::kReturnMagic));
    CHECK_FALSE(bytes.contains(first.code.toUtf8())); // sealed: nothing readable
    CHECK((file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther)) == 0);

    auto read = draft.read(package);
    REQUIRE(read);
    REQUIRE(read->has_value());
    CHECK((*read)->unreturned);
    CHECK((*read)->scores.revision == 5);
    CHECK((*read)->scores.sheets == sheets);

    // It is a score return as the clerk reads one: the PIN opens it.
    const auto verified = ReviewPackage::verifyReturn(bytes, kPin);
    REQUIRE(verified);
    CHECK(verified->scores.sheets == sheets);
    CHECK(verified->scores.packageId == p.packageId);

    SECTION("applied: the draft's points and comments replace the package's own")
    {
        const ReviewPackageContent restored = ReviewDraft::applied(p, (*read)->scores);
        REQUIRE(restored.entries.size() == p.entries.size());
        CHECK(restored.entries.first().ownPoints == QMap<QString, double>{{criterion.code, 7.5}});
        CHECK(restored.entries.first().ownComment == QStringLiteral("Còn thiếu"));
        // An entry the draft does not name was emptied when the draft was written.
        for (qsizetype i = 1; i < restored.entries.size(); ++i) {
            CHECK(restored.entries.at(i).ownPoints.isEmpty());
            CHECK(restored.entries.at(i).ownComment.isEmpty());
        }
        CHECK(restored.criteria == p.criteria);
    }
    SECTION("a later write replaces it; unreturned is kept as written")
    {
        REQUIRE(draft.write(package, {}, 6, false));
        auto again = draft.read(package);
        REQUIRE(again);
        REQUIRE(again->has_value());
        CHECK_FALSE((*again)->unreturned);
        CHECK((*again)->scores.sheets.isEmpty());
    }
    SECTION("another key, a changed byte or another package's draft is refused")
    {
        auto otherKey = SealKey::derive(QStringLiteral("1357"), package.key.salt());
        REQUIRE(otherKey);
        CHECK_FALSE(draft.read(OpenedPackage{p, *otherKey}));

        QByteArray changed = bytes;
        changed[changed.size() - 3] = char(changed[changed.size() - 3] ^ 0x20);
        QFile out(draft.pathFor(p.packageId));
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(changed);
        out.close();
        const auto refused = draft.read(package);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().message.contains(QStringLiteral("wrong PIN or the file was changed")));

        // The same bytes under another package's name: the identity inside does not match.
        ReviewPackageContent other = p;
        other.packageId = QStringLiteral("0123456789abcdef0123456789abcdef");
        REQUIRE(draft.write(package, sheets, 7, true));
        REQUIRE(QFile::copy(draft.pathFor(p.packageId), draft.pathFor(other.packageId)));
        CHECK_FALSE(draft.read(OpenedPackage{other, package.key}));
    }
    SECTION("remove")
    {
        CHECK(draft.remove(p.packageId));
        auto gone = draft.read(package);
        REQUIRE(gone);
        CHECK_FALSE(gone->has_value());
    }
}

TEST_CASE("A draft refuses what no return could hold: points out of bounds, unknown entries or criteria",
          "[review-package][draft]")
{
    sangkien::testing::TempCampaign campaign;
    const OpenedPackage package = demoPackage(campaign);
    const ReviewPackageContent& p = package.content;
    QTemporaryDir dir;
    const ReviewDraft draft(dir.path());
    const ReviewEntry& e = p.entries.first();
    const ReviewCriterion& c = p.criteria.first();

    CHECK_FALSE(draft.write(package, {{e.id, e.code, {{c.code, c.maxPoints + 1}}, {}}}, 1, true));
    CHECK_FALSE(draft.write(package, {{e.id, e.code, {{c.code, -1}}, {}}}, 1, true));
    CHECK_FALSE(draft.write(package, {{e.id, e.code, {{QStringLiteral("nope"), 1}}, {}}}, 1, true));
    CHECK_FALSE(draft.write(package, {{e.id + 100000, e.code, {{c.code, 1}}, {}}}, 1, true));
    CHECK_FALSE(QFile::exists(draft.pathFor(p.packageId)));
    CHECK(draft.write(package, {{e.id, e.code, {{c.code, c.maxPoints}}, {}}}, 1, true));
}

TEST_CASE("Draft revisions only grow", "[review-package][draft]")
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    CHECK(ReviewDraft::nextRevision(0) >= now);
    CHECK(ReviewDraft::nextRevision(now + 1000000) == now + 1000001);
    const qint64 a = ReviewDraft::nextRevision(0);
    CHECK(ReviewDraft::nextRevision(a) > a);
}
