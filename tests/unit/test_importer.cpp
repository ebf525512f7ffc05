// The importer on real files: the LibreOffice twins of one list give the same entries, legacy text is
// converted, rejections name their place, all rows or none, cancel and re-import leave the file as it was.
#include "campaign_content.h"
#include "import/csv_reader.h"
#include "import/importer.h"
#include "import/sheet_reader.h"
#include "import_fixtures.h"
#include "model_tester.h"
#include "models/import_preview_model.h"
#include "storage/catalog_repository.h"
#include "storage/database.h"
#include "storage/entry_repository.h"
#include "temp_campaign.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace sangkien;
using sangkien::testing::contentHash;
using sangkien::testing::kCsvHeader;
using sangkien::testing::listWithBadLastRow;
using sangkien::testing::numberedLines;
using sangkien::testing::TempCampaign;
using sangkien::testing::writeCsv;
const auto fixture = sangkien::testing::spreadsheetFixture;

namespace {

const QDate kToday(2024, 12, 1);

ImportPlan planOf(Database& db, const QString& path, ImportOptions options = {})
{
    options.today = kToday;
    auto plan = Importer(db).plan(path, options);
    if (!plan)
        FAIL(plan.error().text().toStdString());
    return *plan;
}

// Stops after a number of rows, as the Cancel button of the wizard would.
class CancelAfter : public ImportProgress
{
public:
    explicit CancelAfter(int rows)
        : m_rows(rows)
    {}
    void setMaximum(int) override {}
    void setValue(int value) override { m_value = value; }
    bool isCancelled() const override { return m_value >= m_rows; }

private:
    int m_rows;
    int m_value = 0;
};

struct Flat
{
    QString title, nominee, unit, received;
    qint64 category = 0;
    EntryKind kind = EntryKind::Initiative;
    NomineeKind nomineeKind = NomineeKind::Individual;
    int birthYear = 0;
    QStringList authors;
    bool operator==(const Flat&) const = default;
};

QList<Flat> flatten(const ImportPlan& plan)
{
    QList<Flat> out;
    for (const PlannedRow& r : plan.rows) {
        const Entry e = Importer::entryOf(plan, r);
        Flat f{e.title,
               e.nominee.name,
               plan.catalog.unitName(e.nominee.unitId),
               e.receivedOn.toString(Qt::ISODate),
               e.categoryId,
               e.kind,
               e.nominee.kind,
               e.nominee.birthYear,
               {}};
        for (const Author& a : e.authors)
            f.authors << QStringLiteral("%1=%2").arg(a.fullName).arg(a.sharePercent);
        out << f;
    }
    return out;
}

} // namespace

TEST_CASE("vn_import.xlsx and its LibreOffice .ods, .xls and .csv twins give the same entries", "[import]")
{
    TempCampaign campaign;
    const ImportPlan xlsx = planOf(campaign.db(), fixture(QStringLiteral("vn_import.xlsx")));
    CHECK(xlsx.sheet == QStringLiteral("Danh sách"));
    CHECK(xlsx.mapping.headerRow() == 3);
    REQUIRE(xlsx.read() == 6);
    CHECK(xlsx.count(RowStatus::Accepted) == 6);
    CHECK(xlsx.errors().isEmpty());
    CHECK(xlsx.rows.first().number == 4);

    const QList<Flat> expected = flatten(xlsx);
    CHECK(expected[0].authors ==
          QStringList{QStringLiteral("Nguyễn Văn An=60"), QStringLiteral("Trần Thị Bình=40")});
    CHECK(expected[1].kind == EntryKind::TechnicalImprovement);
    CHECK(expected[1].received == QStringLiteral("2024-04-01")); // text dd/mm/yyyy
    CHECK(expected[0].received == QStringLiteral("2024-03-15")); // a date cell
    CHECK(expected[2].kind == EntryKind::UsefulSolution);        // "giai phap huu ich"
    CHECK(expected[2].authors.size() == 3);                      // names on separate lines
    CHECK(expected[3].title == QStringLiteral("Xây dựng mô hình tưới tiết kiệm nước cho cây ăn quả"));
    CHECK(expected[3].nominee == QStringLiteral("Hoàng Văn Hải"));
    CHECK(expected[4].title == QStringLiteral("Giải pháp giảm thời gian chờ khám bệnh ngoại trú"));
    CHECK(expected[4].authors ==
          QStringList{QStringLiteral("Phạm Thị Thu=70"), QStringLiteral("Lê Văn Cường=30")});
    CHECK(expected[5].nomineeKind == NomineeKind::Collective);
    CHECK(expected[5].nominee == QStringLiteral("Sở Tài chính"));
    CHECK(expected[5].authors ==
          QStringList{QStringLiteral("Vũ Văn Hùng=70"), QStringLiteral("Ngô Thị Mai=30")});

    // The legacy cells are marked as converted, by their font in xlsx.
    const ImportRowData& tcvn = xlsx.sheetRows[xlsx.rows[3].index];
    CHECK(tcvn.cell(1)->convertedFrom == text::LegacyEncoding::Tcvn3);
    const ImportRowData& vni = xlsx.sheetRows[xlsx.rows[4].index];
    CHECK(vni.cell(1)->convertedFrom == text::LegacyEncoding::Vni);

    for (const QString& twin : {QStringLiteral("vn_import_lo.ods"), QStringLiteral("vn_import_lo.xls"),
                                QStringLiteral("vn_import_lo.csv")}) {
        INFO(twin.toStdString());
        const ImportPlan other = planOf(campaign.db(), fixture(twin));
        CHECK(other.mapping.headerRow() == 3);
        CHECK(other.errors().isEmpty());
        CHECK(flatten(other) == expected);
        // Without fonts (xls, csv) the legacy text is recognised by guessing, and still marked.
        CHECK(other.sheetRows[other.rows[3].index].cell(1)->convertedFrom == text::LegacyEncoding::Tcvn3);
        CHECK(other.sheetRows[other.rows[4].index].cell(1)->convertedFrom == text::LegacyEncoding::Vni);
    }
}

TEST_CASE("Categories, kinds, shares and dates are read the ways units write them", "[import]")
{
    TempCampaign campaign;
    auto catalog = ImportCatalog::load(campaign.db());
    REQUIRE(catalog);
    const auto code2d = catalog->findCategory(QStringLiteral("2.d"));
    REQUIRE(code2d);
    for (const char* written : {"2d", "2 d", "II.2.d", "2.D", "2.d - Chuyển đổi số", "Chuyển đổi số",
                                "chuyen doi so; xay dung chinh phu so"})
        CHECK(catalog->findCategory(QString::fromUtf8(written)) == code2d);
    CHECK_FALSE(catalog->findCategory(QStringLiteral("9.z")));
    CHECK_FALSE(catalog->findCategory(QStringLiteral("Y tế")));
    CHECK(catalog->findKind(QStringLiteral("Cải tiến kỹ thuật")) == EntryKind::TechnicalImprovement);
    CHECK(catalog->findKind(QStringLiteral("CAI TIEN KY THUAT")) == EntryKind::TechnicalImprovement);
    CHECK(catalog->findKind(QStringLiteral("giải pháp hữu ích")) == EntryKind::UsefulSolution);
    CHECK_FALSE(catalog->findKind(QStringLiteral("đề tài")));
    CHECK(catalog->findUnit(QStringLiteral("so tu phap")));
    CHECK(catalog->suggestUnit(QStringLiteral("Sở Tư pháp tỉnh")) == QStringLiteral("Sở Tư pháp"));

    CHECK(RowValidator::parseShare(QStringLiteral("60%")) == 60.0);
    CHECK(RowValidator::parseShare(QStringLiteral("60")) == 60.0);
    CHECK(RowValidator::parseShare(QStringLiteral("0,6")) == Approx(60.0));
    CHECK(RowValidator::parseShare(QStringLiteral("60%"), 0.6) == Approx(60.0));
    CHECK_FALSE(RowValidator::parseShare(QStringLiteral("sáu mươi")));
    const auto names = RowValidator::splitAuthors(QStringLiteral("Lê Văn B (40,5%); Trần C, Đỗ D\nHà E"));
    REQUIRE(names.size() == 4);
    CHECK(names[0].name == QStringLiteral("Lê Văn B"));
    CHECK(names[0].share == Approx(40.5));
    CHECK(names[3].name == QStringLiteral("Hà E"));

    ImportCell text;
    text.text = QStringLiteral("05/02/2024");
    CHECK(RowValidator::parseDate(text) == QDate(2024, 2, 5));
    text.text = QStringLiteral("2024-02-05");
    CHECK(RowValidator::parseDate(text) == QDate(2024, 2, 5));
    text.text = QStringLiteral("31/02/2024");
    CHECK_FALSE(RowValidator::parseDate(text));
}

TEST_CASE("A rejected row names its sheet, row and column, and stops the whole import", "[import]")
{
    TempCampaign campaign;
    QTemporaryDir dir;
    // Row 1 is the header; the bad rows are 3 (unknown category, unknown unit), 4 (shares), 5 (birth year).
    const QString path = writeCsv(
        dir, QStringLiteral("bad.csv"),
        kCsvHeader +
            QStringLiteral("1,Ứng dụng phần mềm quản lý văn bản điện tử,2.b,Nguyễn Văn An,1985,Sở Tư pháp,,\n"
                           "2,Số hoá hồ sơ địa chính toàn huyện,9.z,Trần Văn Bình,1980,Sở Tư pháp tỉnh,,\n"
                           "3,Cải tiến lò sấy nông sản tiết kiệm điện,3.c,Lê Văn Cường,1975,Sở Công Thương,"
                           "Đỗ Thị Dung,60%; 30%\n"
                           "4,Mô hình nuôi cá lồng trên sông Hồng,4.a,Phạm Văn Đông,1890,Sở Nông nghiệp và "
                           "Phát triển nông thôn,,\n"));
    const QByteArray before = contentHash(campaign.db());
    Importer importer(campaign.db());
    ImportOptions options;
    options.today = kToday;
    auto plan = importer.plan(path, options);
    REQUIRE(plan);
    CHECK(plan->read() == 4);
    CHECK(plan->count(RowStatus::Accepted) == 1);
    CHECK(plan->count(RowStatus::Rejected) == 3);

    auto has = [&](int row, const QString& column, const QString& words) {
        for (const RowError& e : plan->errors()) {
            if (e.row == row && e.column == column && e.reason.contains(words) &&
                e.sheet == QStringLiteral("bad"))
                return true;
        }
        return false;
    };
    CHECK(has(3, QStringLiteral("C"), QStringLiteral("9.z")));
    CHECK(has(3, QStringLiteral("F"), QStringLiteral("Sở Tư pháp"))); // the suggestion
    CHECK(plan->rows[1].unknownUnit == QStringLiteral("Sở Tư pháp tỉnh"));
    CHECK(has(4, QStringLiteral("H"), QStringLiteral("90")));
    CHECK(has(5, QStringLiteral("E"), QStringLiteral("1890")));

    auto refused = importer.commit(*plan);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().place.contains(QStringLiteral("bad.csv")));
    CHECK(contentHash(campaign.db()) == before);

    // Skipping the bad rows lets the good one in.
    auto done = importer.commit(*plan, ImportDecisions{{3, 4, 5}, {}});
    REQUIRE(done);
    CHECK(done->imported == 1);
    CHECK(done->skipped == 3);
}

TEST_CASE("A failure on the last row leaves the campaign unchanged, fixing it in the plan imports all",
          "[import]")
{
    TempCampaign campaign;
    QTemporaryDir dir;
    const QString path = writeCsv(dir, QStringLiteral("last.csv"), listWithBadLastRow(30));
    const QByteArray before = contentHash(campaign.db());
    Importer importer(campaign.db());
    ImportPlan plan = planOf(campaign.db(), path);
    CHECK(plan.count(RowStatus::Rejected) == 1);
    REQUIRE_FALSE(importer.commit(plan));
    CHECK(contentHash(campaign.db()) == before);

    // The clerk creates the unit (the wizard's "create the unit"): the row becomes acceptable.
    REQUIRE(importer.createUnit(plan, QStringLiteral("Sở Không Có")));
    CHECK(plan.count(RowStatus::Accepted) == 31);
    auto done = importer.commit(plan);
    REQUIRE(done);
    CHECK(done->imported == 31);
    CHECK(ImportCatalog::load(campaign.db())->findUnit(QStringLiteral("Sở Không Có")));
}

TEST_CASE("A cancelled import leaves every table as it was", "[import]")
{
    TempCampaign campaign;
    const QByteArray before = contentHash(campaign.db());
    Importer importer(campaign.db());
    ImportPlan plan = planOf(campaign.db(), fixture(QStringLiteral("vn_import.xlsx")));
    CancelAfter cancel(3);
    auto result = importer.commit(plan, {}, &cancel);
    REQUIRE_FALSE(result);
    CHECK_FALSE(result.error().message.isEmpty());
    CHECK(contentHash(campaign.db()) == before);
    campaign.reopen();
    CHECK(contentHash(campaign.db()) == before);
}

TEST_CASE("The same file twice imports nothing the second time, entries remember file and row", "[import]")
{
    TempCampaign campaign;
    Importer importer(campaign.db());
    ImportPlan first = planOf(campaign.db(), fixture(QStringLiteral("vn_import.xlsx")));
    auto done = importer.commit(first);
    REQUIRE(done);
    CHECK(done->imported == 6);
    CHECK(QFile::exists(done->backupPath));

    QSqlQuery q(campaign.db().connection());
    REQUIRE(q.exec(QStringLiteral("SELECT source_file, source_row FROM entry ORDER BY source_row")));
    QList<int> sourceRows;
    while (q.next()) {
        CHECK(q.value(0).toString() == QStringLiteral("vn_import.xlsx"));
        sourceRows << q.value(1).toInt();
    }
    CHECK(sourceRows == QList<int>{4, 5, 6, 7, 8, 9});
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'import'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 1);

    const QByteArray afterFirst = contentHash(campaign.db());
    ImportPlan second = planOf(campaign.db(), fixture(QStringLiteral("vn_import.xlsx")));
    CHECK(second.count(RowStatus::AlreadyImported) == 6);
    auto again = importer.commit(second);
    REQUIRE(again);
    CHECK(again->imported == 0);
    CHECK(again->duplicates == 6);
    CHECK(contentHash(campaign.db()) == afterFirst);

    // The same rows in another file are caught as duplicates of the entries, not imported twice.
    ImportPlan twin = planOf(campaign.db(), fixture(QStringLiteral("vn_import_lo.ods")));
    CHECK(twin.count(RowStatus::Duplicate) == 6);
    CHECK(twin.rows.first().duplicateOf.startsWith(QStringLiteral("SK-")));
}

TEST_CASE("An import numbers on from the campaign's highest code, each entry with its authors and source",
          "[import]")
{
    TempCampaign campaign;
    Database& db = campaign.db();
    auto units = CatalogRepository(db).units();
    REQUIRE(units.ok());
    REQUIRE(db.transaction([&]() -> Status {
        EntryRepository repo(db);
        for (const char* code : {"SK-2024-0009", "SK-2024-0010", "SK-2023-0500"}) {
            Entry e;
            e.code = QString::fromLatin1(code);
            e.title = QStringLiteral("Hồ sơ cũ %1").arg(e.code);
            e.nominee.name = QStringLiteral("Phạm Văn Cũ");
            e.nominee.unitId = units->first().id;
            if (auto id = repo.insert(e); !id)
                return id.error();
        }
        return {};
    }));

    ImportPlan plan = planOf(db, fixture(QStringLiteral("vn_import.xlsx")));
    REQUIRE(plan.count(RowStatus::Accepted) == 6);
    auto done = Importer(db).commit(plan);
    REQUIRE(done);
    CHECK(done->codes == QStringList{QStringLiteral("SK-2024-0011"), QStringLiteral("SK-2024-0012"),
                                     QStringLiteral("SK-2024-0013"), QStringLiteral("SK-2024-0014"),
                                     QStringLiteral("SK-2024-0015"), QStringLiteral("SK-2024-0016")});

    // Each imported entry: its planned title, nominee and authors, its row of the file.
    QSqlQuery q(db.connection());
    for (int i = 0; i < plan.rows.size(); ++i) {
        const Entry planned = Importer::entryOf(plan, plan.rows[i]);
        q.prepare(QStringLiteral("SELECT id, title, source_file, source_row FROM entry WHERE code = ?"));
        q.addBindValue(done->codes[i]);
        REQUIRE(q.exec());
        REQUIRE(q.next());
        CHECK(q.value(1).toString() == planned.title);
        CHECK(q.value(2).toString() == QStringLiteral("vn_import.xlsx"));
        CHECK(q.value(3).toInt() == plan.rows[i].number);
        auto loaded = EntryRepository(db).load(q.value(0).toLongLong());
        REQUIRE(loaded);
        CHECK(loaded->nominee.name == planned.nominee.name);
        QStringList authors, plannedAuthors;
        for (const Author& a : loaded->authors)
            authors << QStringLiteral("%1=%2").arg(a.fullName).arg(a.sharePercent);
        for (const Author& a : planned.authors)
            plannedAuthors << QStringLiteral("%1=%2").arg(a.fullName).arg(a.sharePercent);
        CHECK(authors == plannedAuthors);
    }
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM import_row")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 6);
    REQUIRE(q.exec(QStringLiteral("SELECT after_json FROM audit_log WHERE action = 'import'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString().contains(QStringLiteral("SK-2024-0016")));
    CHECK(EntryRepository(db).nextCode(2024) == QStringLiteral("SK-2024-0017"));
}

TEST_CASE("Sheets without a title column are refused with the file and sheet named", "[import]")
{
    TempCampaign campaign;
    QTemporaryDir dir;
    const QString path =
        writeCsv(dir, QStringLiteral("numbers.csv"), QStringLiteral("a,b,c\n1,2,3\n4,5,6\n"));
    auto plan = Importer(campaign.db()).plan(path);
    REQUIRE_FALSE(plan);
    CHECK(plan.error().place.contains(QStringLiteral("numbers.csv")));
    ImportOptions lenient;
    lenient.allowUnmapped = true;
    auto unmapped = Importer(campaign.db()).plan(path, lenient);
    REQUIRE(unmapped);
    CHECK_FALSE(unmapped->mappingProblem.isEmpty());
}

TEST_CASE("The preview model marks problems and converted cells, and passes the model tester", "[import]")
{
    TempCampaign campaign;
    Importer importer(campaign.db());
    ImportPlan plan = planOf(campaign.db(), fixture(QStringLiteral("vn_list.xlsx")));
    ImportPreviewModel model(importer);
    testing::CheckedModelTester tester(&model);
    model.setPlan(&plan);
    // Rows 8 and 9 stand below a blank row under the numbered list: the sheet's footer, still shown.
    REQUIRE(model.rowCount() == plan.rows.size());
    CHECK(plan.read() == 3);
    CHECK(plan.count(RowStatus::Footer) == 2);
    const int tcvnRow = model.modelRowOf(8);
    REQUIRE(tcvnRow >= 0);
    const QModelIndex name = model.index(tcvnRow, ImportPreviewModel::FixedColumns + 1);
    CHECK(name.data().toString() == QStringLiteral("Hà Nội"));
    CHECK(name.data(ImportPreviewModel::ConvertedRole).toBool());
    CHECK(name.data(Qt::BackgroundRole).isValid());
    const int row4 = model.modelRowOf(4);
    const QModelIndex category = model.index(row4, ImportPreviewModel::FixedColumns + 6);
    CHECK_FALSE(category.data(ImportPreviewModel::ProblemsRole).toStringList().isEmpty());

    // Fixing the category in the preview revalidates the row.
    REQUIRE(model.setData(category, QStringLiteral("2.a")));
    CHECK(model.index(model.modelRowOf(4), ImportPreviewModel::FixedColumns + 6)
              .data(ImportPreviewModel::ProblemsRole)
              .toStringList()
              .isEmpty());
    model.setImported(5, false);
    CHECK(model.decisions().skipRows.contains(5));
    CHECK(tester.failures().isEmpty());
}

TEST_CASE("A million-row CSV streams in flat memory, a million empty rows read as none", "[import][readers]")
{
    auto residentKb = [] {
        QFile status(QStringLiteral("/proc/self/status"));
        if (!status.open(QIODevice::ReadOnly))
            return qint64(0);
        for (const QByteArray& line : status.readAll().split('\n')) {
            if (line.startsWith("VmRSS:"))
                return line.mid(6).trimmed().split(' ').first().toLongLong();
        }
        return qint64(0);
    };
    QTemporaryDir dir;
    for (const bool empty : {false, true}) {
        const QString path =
            dir.filePath(empty ? QStringLiteral("empty_rows.csv") : QStringLiteral("rows.csv"));
        {
            QFile f(path);
            REQUIRE(f.open(QIODevice::WriteOnly));
            QByteArray chunk;
            for (int i = 0; i < 1000; ++i)
                chunk += empty ? QByteArray(",,,\n") : QByteArray("1,Nguyễn Văn An,Sở Y tế,x\n");
            for (int i = 0; i < 1000; ++i)
                f.write(chunk);
        }
        auto reader = SheetReader::forFile(path);
        REQUIRE(reader);
        REQUIRE(reader->open(path));
        const qint64 startKb = residentKb();
        SheetRow row;
        int rows = 0;
        int lastNumber = 0;
        std::optional<Error> error;
        while (true) {
            auto next = reader->nextRow(row);
            if (!next) {
                error = next.error();
                break;
            }
            if (!*next)
                break;
            ++rows;
            lastNumber = row.number;
        }
        const qint64 grownKb = residentKb() - startKb;
        INFO("grew by " << grownKb << " KB");
        if (error) {
            CHECK(error->text().contains(QStringLiteral(".csv"))); // refused, with the file named
        } else {
            CHECK(rows == (empty ? 0 : 1000000));
            if (!empty)
                CHECK(lastNumber == 1000000);
        }
#if defined(__SANITIZE_ADDRESS__)
        // AddressSanitizer keeps freed memory in quarantine, so resident size says nothing here.
        (void)grownKb;
#else
        CHECK(grownKb < 64 * 1024);
#endif
    }
}
