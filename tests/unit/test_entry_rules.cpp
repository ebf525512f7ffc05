// The rules an entry obeys without any widget: validation, the shares rule, the status workflow,
// duplicates, and the JSON the audit trail keeps.
#include "domain/entry_json.h"
#include "domain/entry_validator.h"
#include "domain/entry_workflow.h"
#include "text/similarity.h"

#include <catch2/catch.hpp>

using namespace sangkien;

namespace {

const QDate kToday(2024, 11, 20);

Entry validEntry()
{
    Entry e;
    e.code = QStringLiteral("SK-2024-0007");
    e.title = QStringLiteral("Số hóa hồ sơ đất đai tại UBND huyện Văn Lâm");
    e.categoryId = 4;
    e.receivedOn = QDate(2024, 5, 2);
    e.firstAppliedOn = QDate(2023, 9, 1);
    e.economicBenefit = 1250000000;
    e.nominee.kind = NomineeKind::Individual;
    e.nominee.name = QStringLiteral("Nguyễn Văn Đức");
    e.nominee.birthYear = 1982;
    e.nominee.unitId = 3;
    e.authors = {{QStringLiteral("Nguyễn Văn Đức"), QStringLiteral("Phó phòng"), 3, 70},
                 {QStringLiteral("Lê Thị Bình"), QStringLiteral("Chuyên viên"), 3, 30}};
    return e;
}

bool hasProblem(const QList<FieldProblem>& problems, const QString& field)
{
    return std::any_of(problems.begin(), problems.end(),
                       [&](const FieldProblem& p) { return p.field == field; });
}

} // namespace

TEST_CASE("A complete entry is valid", "[validator]")
{
    CHECK(EntryValidator::validate(validEntry(), kToday).isEmpty());
}

TEST_CASE("Each missing or wrong field is named", "[validator]")
{
    Entry e = validEntry();
    e.title = QStringLiteral("  ");
    e.categoryId = 0;
    e.receivedOn = kToday.addDays(1);
    e.nominee.name = QStringLiteral("Đức");
    e.nominee.birthYear = 2020;
    e.nominee.unitId = 0;
    const auto problems = EntryValidator::validate(e, kToday);
    for (const char* field :
         {"title", "category", "receivedOn", "nominee.name", "nominee.birthYear", "nominee.unit"})
        CHECK(hasProblem(problems, QString::fromLatin1(field)));
    for (const FieldProblem& p : problems)
        CHECK_FALSE(p.message.isEmpty());
}

TEST_CASE("A collective needs a name or a unit, not a birth year", "[validator]")
{
    Entry e = validEntry();
    e.nominee = {};
    e.nominee.kind = NomineeKind::Collective;
    CHECK(hasProblem(EntryValidator::validate(e, kToday), QStringLiteral("nominee.name")));
    e.nominee.name = QStringLiteral("Phòng Kinh tế - UBND huyện Văn Lâm");
    CHECK(EntryValidator::validate(e, kToday).isEmpty());
}

TEST_CASE("Co-authors' shares must add up to 100%", "[validator][shares]")
{
    QList<Author> authors{{QStringLiteral("Trần Văn An"), {}, 0, 60},
                          {QStringLiteral("Lê Thị Bình"), {}, 0, 30}};
    auto problems = EntryValidator::validateShares(authors);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].field == QStringLiteral("authors"));
    CHECK(problems[0].message.contains(QStringLiteral("90")));

    authors[1].sharePercent = 40;
    CHECK(EntryValidator::validateShares(authors).isEmpty());

    authors = {{QStringLiteral("A B"), {}, 0, 33.33},
               {QStringLiteral("C D"), {}, 0, 33.33},
               {QStringLiteral("E F"), {}, 0, 33.34}};
    CHECK(EntryValidator::validateShares(authors).isEmpty());

    authors = {{QStringLiteral("Trần Văn An"), {}, 0, 100}, {QStringLiteral("Lê Thị Bình"), {}, 0, 0}};
    CHECK(hasProblem(EntryValidator::validateShares(authors), QStringLiteral("authors.2.share")));

    Entry e = validEntry();
    e.authors[0].sharePercent = 80;
    CHECK(hasProblem(EntryValidator::validate(e, kToday), QStringLiteral("authors")));
}

TEST_CASE("The status workflow allows the plan's path and refuses the rest", "[workflow]")
{
    using S = EntryStatus;
    CHECK(EntryWorkflow::canChange(S::Received, S::Complete));
    CHECK(EntryWorkflow::canChange(S::Received, S::Returned));
    CHECK(EntryWorkflow::canChange(S::Returned, S::Received));
    CHECK(EntryWorkflow::canChange(S::Complete, S::UnderReview));
    CHECK(EntryWorkflow::canChange(S::UnderReview, S::Scored));
    CHECK(EntryWorkflow::canChange(S::Scored, S::Proposed));
    CHECK(EntryWorkflow::canChange(S::Proposed, S::Awarded));
    CHECK(EntryWorkflow::canChange(S::Proposed, S::NotAwarded));

    CHECK_FALSE(EntryWorkflow::canChange(S::Received, S::Awarded));
    CHECK_FALSE(EntryWorkflow::canChange(S::Returned, S::Scored));
    CHECK_FALSE(EntryWorkflow::canChange(S::Received, S::Received));
    CHECK_FALSE(EntryWorkflow::refusal(S::Received, S::Awarded).isEmpty());
    CHECK(EntryWorkflow::refusal(S::Received, S::Complete).isEmpty());
    CHECK(EntryWorkflow::needsReason(S::Returned));

    // Every status can be left, and every status but "received" can be reached.
    for (int i = 0; i <= int(S::NotAwarded); ++i) {
        CHECK_FALSE(EntryWorkflow::nextStatuses(S(i)).isEmpty());
        CHECK_FALSE(EntryWorkflow::displayName(S(i)).isEmpty());
    }
}

TEST_CASE("An entry survives the JSON the audit trail keeps", "[json]")
{
    Entry e = validEntry();
    e.id = 42;
    e.nominee.id = 17;
    e.status = EntryStatus::Returned;
    e.returnReason = QStringLiteral("Thiếu giấy xác nhận áp dụng");
    CHECK(entryFromJson(entryToJson(e)) == e);
    Entry noBenefit = validEntry();
    noBenefit.economicBenefit.reset();
    noBenefit.receivedOn = {};
    CHECK(entryFromJson(entryToJson(noBenefit)) == noBenefit);
}

TEST_CASE("Titles compare without diacritics, case or word order", "[duplicates][text]")
{
    CHECK(text::wordSimilarity(QStringLiteral("Ứng dụng AI trong một cửa"),
                               QStringLiteral("ung dung ai trong mot cua")) == Approx(1.0));
    CHECK(text::wordSimilarity(QStringLiteral("Số hóa hồ sơ một cửa"),
                               QStringLiteral("một cửa: số hóa hồ sơ")) == Approx(1.0));
    CHECK(text::wordSimilarity(QStringLiteral("Mô hình trồng nhãn lồng"),
                               QStringLiteral("Số hóa hồ sơ đất đai")) < 0.2);
}
