// Review packages and score returns: the seal (Argon2id + XChaCha20-Poly1305) refuses a wrong PIN, every
// changed byte and a cut-off file; a package carries the member's eligible entries and nothing of others.
#include "demo/demo_generator.h"
#include "review/conflicts.h"
#include "review/review_package.h"
#include "review/sealed_file.h"
#include "storage/rules_repository.h"
#include "temp_campaign.h"

#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace sangkien;

namespace {

const QByteArray kMagic = QByteArrayLiteral("SKREVIEW");
const QString kPin = QStringLiteral("4711");

QByteArray id16()
{
    return QByteArray::fromHex("00112233445566778899aabbccddeeff");
}

void fillDemo(Database& db, int entries = 40, int members = 5)
{
    DemoGenerator::Options o;
    o.entries = entries;
    o.members = members;
    o.seed = 11;
    REQUIRE(DemoGenerator(o).fill(db));
}

} // namespace

TEST_CASE("A sealed file opens with its PIN and with nothing else", "[review-package]")
{
    const auto key = SealKey::derive(kPin, SealKey::newSalt());
    REQUIRE(key);
    const QByteArray plain = QByteArrayLiteral("{\"scores\":[12.5, 20]} Điểm của hội đồng");
    const auto sealed = SealedFile::seal(kMagic, id16(), *key, plain);
    REQUIRE(sealed);
    CHECK(sealed->startsWith(kMagic));
    CHECK(!sealed->contains(QByteArrayLiteral("scores"))); // the content is not readable in the file

    const auto opened = SealedFile::open(*sealed, kMagic, kPin);
    REQUIRE(opened);
    CHECK(*opened == plain);

    const auto header = SealedFile::peek(*sealed, kMagic);
    REQUIRE(header);
    CHECK(header->id == id16());
    CHECK(header->salt == key->salt());
    CHECK(header->version == SealedFile::kFormatVersion);

    SECTION("a wrong PIN is refused with a clear message")
    {
        const auto wrong = SealedFile::open(*sealed, kMagic, QStringLiteral("4712"));
        REQUIRE_FALSE(wrong);
        CHECK(wrong.error().message.contains(QStringLiteral("wrong PIN or the file was changed")));
    }
    SECTION("the same PIN with another salt gives another key")
    {
        const auto other = SealKey::derive(kPin, SealKey::newSalt());
        REQUIRE(other);
        CHECK_FALSE(SealedFile::open(*sealed, kMagic, *other));
    }
    SECTION("the PIN is read as the person typed it: composed or decomposed, same key")
    {
        const auto vn = SealKey::derive(QStringLiteral("Hội đồng 2024"), key->salt());
        const auto decomposed = SealKey::derive(
            QStringLiteral("Hội đồng 2024").normalized(QString::NormalizationForm_D), key->salt());
        REQUIRE(vn);
        REQUIRE(decomposed);
        const auto s = SealedFile::seal(kMagic, id16(), *vn, plain);
        REQUIRE(s);
        CHECK(SealedFile::open(*s, kMagic, *decomposed));
    }
    SECTION("too short a PIN is refused")
    {
        CHECK_FALSE(SealKey::derive(QStringLiteral("12"), key->salt()));
    }
    SECTION("the other kind of file is refused")
    {
        CHECK_FALSE(SealedFile::open(*sealed, QByteArrayLiteral("SKSCORES"), *key));
    }
}

TEST_CASE("Every changed byte and every cut-off length of a sealed file is refused", "[review-package]")
{
    const auto key = SealKey::derive(kPin, SealKey::newSalt());
    REQUIRE(key);
    const auto sealed =
        SealedFile::seal(kMagic, id16(), *key, QByteArrayLiteral("{\"entry\":\"SK-2024-0001\"}"));
    REQUIRE(sealed);
    REQUIRE(SealedFile::open(*sealed, kMagic, *key));

    // Every position, each with two different flips (the low bit and the whole byte).
    int refused = 0;
    for (qsizetype i = 0; i < sealed->size(); ++i)
        for (const char mask : {char(0x01), char(0xff)}) {
            QByteArray changed = *sealed;
            changed[i] = char(changed[i] ^ mask);
            const auto opened = SealedFile::open(changed, kMagic, *key);
            INFO("position " << i);
            CHECK_FALSE(opened);
            refused += opened ? 0 : 1;
        }
    CHECK(refused == 2 * sealed->size());

    for (qsizetype length = 0; length < sealed->size(); ++length)
        CHECK_FALSE(SealedFile::open(sealed->left(length), kMagic, *key));
    CHECK_FALSE(SealedFile::open(*sealed + QByteArrayLiteral("x"), kMagic, *key));

    // Through the PIN as well: a changed salt derives another key, a changed nonce or id fails the tag.
    for (const qsizetype at : {qsizetype(3), qsizetype(9), qsizetype(10 + 5), qsizetype(26 + 7),
                               qsizetype(50 + 2), qsizetype(SealedHeader::kSize + 1)}) {
        QByteArray changed = *sealed;
        changed[at] = char(changed[at] ^ 0x20);
        const auto opened = SealedFile::open(changed, kMagic, kPin);
        INFO("position " << at);
        CHECK_FALSE(opened);
    }
}

TEST_CASE("A review package holds the member's eligible entries and none of the others' scores",
          "[review-package]")
{
    testing::TempCampaign campaign;
    Database& db = campaign.db();
    fillDemo(db);

    // The member's own sheets stay out of this test's way: take member 2's sheets off, so whatever points
    // the package carries could only be someone else's.
    REQUIRE(db.execScript(QStringLiteral("DELETE FROM score_sheet WHERE member_id = 2;")));
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT min(e.id) FROM entry e JOIN score_sheet s ON s.entry_id = e.id")));
    REQUIRE(q.next());
    const qint64 scoredEntry = q.value(0).toLongLong();
    REQUIRE(setConflictOverride(db, 2, scoredEntry, true, QStringLiteral("relative of the author"),
                                QStringLiteral("test")));

    const auto content = ReviewPackage::build(db, 2);
    REQUIRE(content);
    CHECK(content->memberId == 2);
    CHECK(content->packageId.size() == 32);
    CHECK(!content->campaignUid.isEmpty());
    const auto criteria = RulesRepository(db).criteria();
    REQUIRE(criteria);
    CHECK(content->criteria.size() == criteria->size());
    CHECK(content->criteriaVersion == ReviewPackage::criteriaVersion(*criteria));

    const auto conflicts = ConflictTable::load(db);
    REQUIRE(conflicts);
    REQUIRE(!content->entries.isEmpty());
    for (const ReviewEntry& e : content->entries) {
        INFO(e.code.toStdString());
        CHECK(conflicts->eligibleMembers(e.id).contains(2));
        CHECK(e.ownPoints.isEmpty());
        CHECK(!e.title.isEmpty());
        CHECK(!e.authors.isEmpty());
    }
    CHECK(std::none_of(content->entries.cbegin(), content->entries.cend(),
                       [&](const ReviewEntry& e) { return e.id == scoredEntry; }));
    const QByteArray json = content->toJson();
    CHECK(!json.contains("member_totals"));
    CHECK(!json.contains("\"score\""));

    // Sealed and opened again, the content is the same.
    const auto key = SealKey::derive(kPin, SealKey::newSalt());
    REQUIRE(key);
    const auto sealed = ReviewPackage::seal(*content, *key);
    REQUIRE(sealed);
    const auto opened = ReviewPackage::open(*sealed, kPin);
    REQUIRE(opened);
    CHECK(opened->content.toJson() == json);
    CHECK_FALSE(ReviewPackage::open(*sealed, QStringLiteral("0000")));
}

TEST_CASE("A score return is sealed under the package's key and checked against it", "[review-package]")
{
    testing::TempCampaign campaign;
    fillDemo(campaign.db(), 20, 3);
    auto content = ReviewPackage::build(campaign.db(), 1);
    REQUIRE(content);
    const auto key = SealKey::derive(kPin, SealKey::newSalt());
    REQUIRE(key);
    const auto sealedPackage = ReviewPackage::seal(*content, *key);
    REQUIRE(sealedPackage);
    const auto package = ReviewPackage::open(*sealedPackage, kPin);
    REQUIRE(package);

    const ReviewEntry& entry = package->content.entries.first();
    ReturnSheet sheet{entry.id, entry.code, {}, QStringLiteral("Đề xuất nhân rộng")};
    for (const ReviewCriterion& c : package->content.criteria)
        sheet.points.insert(c.code, c.maxPoints / 2);
    const ScoreReturn scores = ReviewPackage::makeReturn(package->content, {sheet}, 7);
    const auto sealed = ReviewPackage::sealReturn(*package, scores);
    REQUIRE(sealed);
    CHECK(sealed->startsWith(ReviewPackage::kReturnMagic));
    // Same salt as the package: the clerk's PIN opens it.
    CHECK(SealedFile::peek(*sealed, ReviewPackage::kReturnMagic)->salt == key->salt());

    const auto verified = ReviewPackage::verifyReturn(*sealed, kPin);
    REQUIRE(verified);
    CHECK(verified->scores.sheets == scores.sheets);
    CHECK(verified->scores.revision == 7);
    CHECK(verified->scores.packageId == package->content.packageId);
    CHECK(verified->contentHash.size() == 64);
    CHECK_FALSE(ReviewPackage::verifyReturn(*sealed, QStringLiteral("1234")));

    SECTION("points above a criterion's maximum are refused")
    {
        ReturnSheet over = sheet;
        over.points[package->content.criteria.first().code] = package->content.criteria.first().maxPoints + 1;
        CHECK_FALSE(
            ReviewPackage::sealReturn(*package, ReviewPackage::makeReturn(package->content, {over}, 8)));
    }
    SECTION("an incomplete sheet is refused")
    {
        ReturnSheet part = sheet;
        part.points.remove(package->content.criteria.last().code);
        CHECK_FALSE(
            ReviewPackage::sealReturn(*package, ReviewPackage::makeReturn(package->content, {part}, 8)));
    }
    SECTION("an entry that is not in the package is refused")
    {
        ReturnSheet stranger = sheet;
        stranger.entryId = 999999;
        stranger.entryCode = QStringLiteral("SK-2024-9999");
        CHECK_FALSE(
            ReviewPackage::sealReturn(*package, ReviewPackage::makeReturn(package->content, {stranger}, 8)));
    }
}

TEST_CASE("A score return whose points are not numbers is refused, not read as NaN", "[review-package]")
{
    // Found by fuzz_review_json: text where a number belongs became NaN, which passes every bounds check.
    const QByteArray good = QByteArrayLiteral(
        R"({"format":1,"kind":"score_return","package":"p1","campaign":"c1","member":3,"criteria_version":"v1",)"
        R"("revision":2,"written_at":"2025-01-20T08:00:00Z","sheets":[{"entry":1,"code":"SK-2024-0001",)"
        R"("points":{"TC1":20.5,"TC2":12},"comment":"Điểm của ủy viên"}]})");
    auto read = ScoreReturn::fromJson(good);
    REQUIRE(read);
    CHECK(read->sheets.first().points.value(QStringLiteral("TC1")) == Approx(20.5));
    auto again = ScoreReturn::fromJson(read->toJson());
    REQUIRE(again);
    CHECK(*again == *read);
    for (const char* bad : {R"("TC1":"hai mươi")", R"("TC1":null)", R"("TC1":[20])"}) {
        QByteArray json = good;
        json.replace(QByteArrayLiteral(R"("TC1":20.5)"), QByteArray(bad));
        INFO(bad);
        auto refused = ScoreReturn::fromJson(json);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().message.contains(QStringLiteral("not numbers")));
    }
    // A number too large for a double is no score either (Qt's parser already refuses the document).
    QByteArray huge = good;
    huge.replace(QByteArrayLiteral(R"("TC1":20.5)"), QByteArrayLiteral(R"("TC1":1e999)"));
    CHECK_FALSE(ScoreReturn::fromJson(huge));
}
