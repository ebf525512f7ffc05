// Entries as stored: codes, NFC text, nominees, authors and the list query.
#include "storage/catalog_repository.h"
#include "storage/entry_repository.h"
#include "temp_campaign.h"

#include <QSqlDriver>
#include <QSqlQuery>
#include <catch2/catch.hpp>
#include <sqlite3.h>

using namespace sangkien;

namespace {

Entry individualEntry(const QString& title, const QString& person, qint64 unitId)
{
    Entry e;
    e.title = title;
    e.kind = EntryKind::UsefulSolution;
    e.receivedOn = QDate(2024, 5, 6);
    e.nominee.kind = NomineeKind::Individual;
    e.nominee.name = person;
    e.nominee.gender = Gender::Male;
    e.nominee.birthYear = 1980;
    e.nominee.unitId = unitId;
    e.authors = {{person, QStringLiteral("Chuyên viên"), unitId, 60},
                 {QStringLiteral("Lê Thị Bình"), QStringLiteral("Kế toán"), unitId, 40}};
    return e;
}

EntryFilter searchFor(const QString& text)
{
    EntryFilter f;
    f.search = text;
    return f;
}

// Inserts and fails the test with the repository's message when the insert is refused.
void insertOrFail(EntryRepository& repo, Entry& e)
{
    auto id = repo.insert(e);
    INFO((id.ok() ? QString() : id.error().text()).toStdString());
    REQUIRE(id.ok());
}

qint64 firstUnit(Database& db)
{
    auto units = CatalogRepository(db).units();
    REQUIRE(units.ok());
    REQUIRE_FALSE(units->isEmpty());
    return units->first().id;
}

// An entry given its code, written in one go (a batch of them is one transaction).
void insertWithCode(EntryRepository& repo, const QString& code, qint64 unit)
{
    Entry e = individualEntry(QStringLiteral("Sáng kiến %1").arg(code), QStringLiteral("Lê Văn Nam"), unit);
    e.code = code;
    insertOrFail(repo, e);
}

// Counts the virtual-machine steps of every statement SQLite runs while it is alive: how many rows a query
// really visits, whatever the machine's speed.
class StepCounter
{
public:
    explicit StepCounter(Database& db)
        : m_handle(*static_cast<sqlite3* const*>(db.connection().driver()->handle().data()))
    {
        sqlite3_trace_v2(m_handle, SQLITE_TRACE_PROFILE, &StepCounter::profiled, this);
    }
    ~StepCounter() { sqlite3_trace_v2(m_handle, 0, nullptr, nullptr); }
    StepCounter(const StepCounter&) = delete;
    StepCounter& operator=(const StepCounter&) = delete;

    long long steps() const { return m_steps; }

private:
    static int profiled(unsigned, void* self, void* stmt, void*)
    {
        // Read and reset: a statement kept prepared counts each run once.
        static_cast<StepCounter*>(self)->m_steps +=
            sqlite3_stmt_status(static_cast<sqlite3_stmt*>(stmt), SQLITE_STMTSTATUS_VM_STEP, 1);
        return 0;
    }

    sqlite3* m_handle;
    long long m_steps = 0;
};

} // namespace

TEST_CASE("Entries get consecutive codes of the campaign's year", "[entries]")
{
    testing::TempCampaign campaign;
    EntryRepository repo(campaign.db());
    const qint64 unit = firstUnit(campaign.db());
    Entry a = individualEntry(QStringLiteral("Số hóa hồ sơ"), QStringLiteral("Nguyễn Văn Đức"), unit);
    Entry b = individualEntry(QStringLiteral("Cải tiến quy trình"), QStringLiteral("Đặng Thu Hà"), unit);
    insertOrFail(repo, a);
    insertOrFail(repo, b);
    CHECK(a.code == QStringLiteral("SK-2024-0001"));
    CHECK(b.code == QStringLiteral("SK-2024-0002"));
    CHECK(repo.count() == 2);
}

TEST_CASE("The next code follows the year's highest number, past four digits, and ignores other years",
          "[entries]")
{
    testing::TempCampaign campaign;
    Database& db = campaign.db();
    const qint64 unit = firstUnit(db);
    EntryRepository repo(db);
    CHECK(repo.nextCode(2024) == QStringLiteral("SK-2024-0001"));
    REQUIRE(db.transaction([&]() -> Status {
        for (const char* code :
             {"SK-2024-0009", "SK-2024-0010", "SK-2023-0042", "SK-2025-0100", "SK-20241-0777"})
            insertWithCode(repo, QString::fromLatin1(code), unit);
        return {};
    }));
    CHECK(repo.lastCodeNumber(2024) == 10);
    CHECK(repo.nextCode(2024) == QStringLiteral("SK-2024-0011"));
    CHECK(repo.nextCode(2023) == QStringLiteral("SK-2023-0043"));
    CHECK(repo.nextCode(2025) == QStringLiteral("SK-2025-0101"));
    CHECK(repo.nextCode(2026) == QStringLiteral("SK-2026-0001"));

    // Past 9999 the codes grow a digit and sort before "SK-2024-9999" as text; numbering goes on by number.
    REQUIRE(db.transaction([&]() -> Status {
        for (const char* code : {"SK-2024-9998", "SK-2024-9999", "SK-2024-10000", "SK-2024-10001"})
            insertWithCode(repo, QString::fromLatin1(code), unit);
        return {};
    }));
    CHECK(repo.nextCode(2024) == QStringLiteral("SK-2024-10002"));
    Entry next = individualEntry(QStringLiteral("Cải tiến quy trình"), QStringLiteral("Đặng Thu Hà"), unit);
    insertOrFail(repo, next);
    CHECK(next.code == QStringLiteral("SK-2024-10002"));
    CHECK(EntryRepository(db).nextCode(2024) == QStringLiteral("SK-2024-10003"));
    CHECK(EntryRepository::formatCode(2024, 7) == QStringLiteral("SK-2024-0007"));
}

TEST_CASE("The next code is found in the code index, without visiting every entry", "[entries]")
{
    testing::TempCampaign campaign;
    Database& db = campaign.db();
    const qint64 unit = firstUnit(db);
    constexpr int kEntries = 2000;
    {
        EntryRepository repo(db);
        REQUIRE(db.transaction([&]() -> Status {
            for (int i = 1; i <= kEntries; ++i) {
                Entry e = individualEntry(QStringLiteral("Sáng kiến %1").arg(i), QStringLiteral("Lê Văn Nam"),
                                          unit);
                e.authors.clear();
                e.code = EntryRepository::formatCode(2024, i);
                if (auto id = repo.insert(e); !id)
                    return id.error();
            }
            return {};
        }));
    }
    EntryRepository repo(db); // statements prepared afresh, counted from their first run
    StepCounter counter(db);
    CHECK(repo.nextCode(2024) == QStringLiteral("SK-2024-2001"));
    // A scan of the entries takes several steps per entry; a few seeks take a few dozen in all.
    INFO("virtual machine steps: " << counter.steps());
    CHECK(counter.steps() > 0);
    CHECK(counter.steps() < 200);
}

TEST_CASE("One repository writes a batch of entries, each with its own nominee, authors and source",
          "[entries]")
{
    testing::TempCampaign campaign;
    Database& db = campaign.db();
    auto units = CatalogRepository(db).units();
    REQUIRE(units.ok());
    REQUIRE(units->size() >= 3);
    constexpr int kEntries = 60;
    QList<Entry> written;
    EntryRepository repo(db); // its statements serve every insert below
    REQUIRE(db.transaction([&]() -> Status {
        for (int i = 0; i < kEntries; ++i) {
            const Unit& unit = (*units)[i % 3];
            Entry e = individualEntry(QStringLiteral("Sáng kiến số %1").arg(i),
                                      QStringLiteral("Nguyễn Văn Người%1").arg(i), unit.id);
            // 0 to 3 authors, so a shorter list after a longer one must not keep the longer one's rows.
            e.authors.clear();
            for (int a = 0; a < i % 4; ++a)
                e.authors.append({QStringLiteral("Tác giả %1-%2").arg(i).arg(a),
                                  QStringLiteral("Chuyên viên"), (*units)[(i + a) % 3].id, 100.0 / (i % 4)});
            const EntrySource source =
                i % 2 ? EntrySource{QStringLiteral("don-vi.xlsx"), i + 3} : EntrySource{};
            if (auto id = repo.insert(e, source); !id)
                return id.error();
            written.append(e);
        }
        return {};
    }));
    REQUIRE(written.size() == kEntries);

    QSet<qint64> nominees;
    for (int i = 0; i < kEntries; ++i) {
        const Entry& e = written[i];
        CHECK(e.code == EntryRepository::formatCode(2024, i + 1));
        auto loaded = repo.load(e.id);
        REQUIRE(loaded.ok());
        CHECK(*loaded == e);
        CHECK(loaded->authors.size() == i % 4);
        nominees.insert(loaded->nominee.id);

        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("SELECT source_file, source_row, search_key FROM entry WHERE id = ?"));
        q.addBindValue(e.id);
        REQUIRE(q.exec());
        REQUIRE(q.next());
        if (i % 2) {
            CHECK(q.value(0).toString() == QStringLiteral("don-vi.xlsx"));
            CHECK(q.value(1).toInt() == i + 3);
        } else {
            CHECK(q.value(0).isNull());
            CHECK(q.value(1).isNull());
        }
        // The search key names the entry's own unit, read once per unit for the whole batch.
        CHECK(q.value(2).toString() == EntryRepository::makeSearchKey(e, (*units)[i % 3].name));
    }
    CHECK(nominees.size() == kEntries);
    QSqlQuery count(db.connection());
    REQUIRE(count.exec(QStringLiteral("SELECT count(*) FROM entry_author")));
    REQUIRE(count.next());
    CHECK(count.value(0).toInt() == (kEntries / 4) * (0 + 1 + 2 + 3));

    // An entry brought back with its id (undo of a delete) through the same repository gets its authors
    // again.
    Entry back = written[7];
    REQUIRE(db.transaction([&]() -> Status { return repo.remove(back.id); }));
    REQUIRE(db.transaction([&]() -> Status {
        auto id = repo.insert(back);
        return id ? Status{} : Status{id.error()};
    }));
    CHECK(back.id == written[7].id);
    auto loaded = repo.load(back.id);
    REQUIRE(loaded.ok());
    CHECK(loaded->authors == written[7].authors);
}

TEST_CASE("Text is stored in NFC whatever form it arrives in", "[entries][text]")
{
    testing::TempCampaign campaign;
    EntryRepository repo(campaign.db());
    // "Nguyễn" and "Ứng dụng" decomposed, as macOS and some PDFs produce them.
    const QString nfdName = QString::fromUtf8("Nguye\xcc\x82\xcc\x83n Va\xcc\x86n \xc4\x90u\xcc\x9b\xcc\x81"
                                              "c");
    const QString nfdTitle =
        QString::fromUtf8("U\xcc\x9b\xcc\x81ng du\xcc\xa3ng AI trong mo\xcc\x82\xcc\xa3t cu\xcc\x9b\xcc\x89"
                          "a");
    REQUIRE(nfdName != nfdName.normalized(QString::NormalizationForm_C));
    Entry e = individualEntry(nfdTitle, nfdName, firstUnit(campaign.db()));
    insertOrFail(repo, e);

    QSqlQuery q(campaign.db().connection());
    REQUIRE(q.exec(QStringLiteral(
        "SELECT e.title, n.name, a.full_name FROM entry e JOIN nominee n ON n.id = e.nominee_id "
        "JOIN entry_author a ON a.entry_id = e.id AND a.position = 1")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == nfdTitle.normalized(QString::NormalizationForm_C));
    CHECK(q.value(1).toString() == QStringLiteral("Nguyễn Văn Đức"));
    CHECK(q.value(2).toString() == QStringLiteral("Nguyễn Văn Đức"));
}

TEST_CASE("An entry reads back as it was written", "[entries]")
{
    testing::TempCampaign campaign;
    EntryRepository repo(campaign.db());
    Entry e = individualEntry(QStringLiteral("Số hóa hồ sơ  một cửa"), QStringLiteral("Trần Văn An"),
                              firstUnit(campaign.db()));
    insertOrFail(repo, e);
    auto loaded = repo.load(e.id);
    REQUIRE(loaded.ok());
    CHECK(loaded->title == QStringLiteral("Số hóa hồ sơ một cửa")); // whitespace collapsed
    CHECK(*loaded == e);
}

TEST_CASE("The list searches without case or diacritics and filters by status and category", "[entries]")
{
    testing::TempCampaign campaign;
    EntryRepository repo(campaign.db());
    const qint64 unit = firstUnit(campaign.db());
    auto categories = CatalogRepository(campaign.db()).categories();
    REQUIRE(categories.ok());
    Entry a =
        individualEntry(QStringLiteral("Ứng dụng AI trong một cửa"), QStringLiteral("Nguyễn Văn Đức"), unit);
    a.categoryId = (*categories)[5].id; // 2.d
    Entry b =
        individualEntry(QStringLiteral("Mô hình trồng nhãn lồng"), QStringLiteral("Đặng Thị Hoa"), unit);
    b.status = EntryStatus::Complete;
    insertOrFail(repo, a);
    insertOrFail(repo, b);

    auto found = repo.list(searchFor(QStringLiteral("nguyen van duc")));
    REQUIRE(found.ok());
    REQUIRE(found->size() == 1);
    CHECK(found->first().nominee == QStringLiteral("Nguyễn Văn Đức"));
    CHECK(found->first().categoryCode == QStringLiteral("2.d"));
    REQUIRE(found->first().authors.size() == 2);
    CHECK(found->first().authors[0].share == 60);

    auto dang = repo.list(searchFor(QStringLiteral("DANG")));
    REQUIRE(dang.ok());
    REQUIRE(dang->size() == 1);
    CHECK(dang->first().nominee == QStringLiteral("Đặng Thị Hoa"));

    EntryFilter byStatus;
    byStatus.status = EntryStatus::Complete;
    CHECK(repo.list(byStatus)->size() == 1);
    EntryFilter byCategory;
    byCategory.categoryCode = QStringLiteral("2.d");
    CHECK(repo.list(byCategory)->first().code == a.code);
    CHECK(repo.list(searchFor(QStringLiteral("khong co")))->isEmpty());
}

TEST_CASE("A refused entry does not leave its nominee behind", "[entries]")
{
    testing::TempCampaign campaign;
    EntryRepository repo(campaign.db());
    Entry bad =
        individualEntry(QStringLiteral("   "), QStringLiteral("Trần Văn An"), firstUnit(campaign.db()));
    auto status = campaign.db().transaction([&]() -> Status {
        auto id = repo.insert(bad);
        if (!id)
            return id.error();
        return {};
    });
    CHECK_FALSE(status.ok());
    QSqlQuery q(campaign.db().connection());
    REQUIRE(q.exec(QStringLiteral("SELECT (SELECT count(*) FROM nominee) + (SELECT count(*) FROM entry)")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0);
}
