// The sheet's footer (issue 15, item 1): signature lines, place and date, "TM."/"KT.", "Người lập biểu",
// totals and notes below the last entry are the footer, neither imported nor errors, in the wizard's plan
// and in the one-pass import alike; a row inside the table without a title is still an error by its row.
// Fixtures: tests/data/make_footer_lists.py (openpyxl, then saved again by LibreOffice as *_lo.xlsx).
#include "import/importer.h"
#include "import/row_classifier.h"
#include "import_fixtures.h"
#include "models/import_preview_model.h"
#include "storage/database.h"
#include "storage/entry_repository.h"
#include "temp_campaign.h"

#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace sangkien;
using sangkien::testing::kCsvHeader;
using sangkien::testing::numberedLines;
using sangkien::testing::TempCampaign;
using sangkien::testing::writeCsv;
const auto fixture = sangkien::testing::spreadsheetFixture;

namespace {

const QDate kToday(2024, 12, 1);

ImportPlan planOf(Database& db, const QString& path)
{
    ImportOptions options;
    options.today = kToday;
    auto plan = Importer(db).plan(path, options);
    if (!plan)
        FAIL(plan.error().text().toStdString());
    return *plan;
}

QList<int> footerRows(const ImportPlan& plan)
{
    QList<int> rows;
    for (const PlannedRow& r : plan.rows) {
        if (r.status == RowStatus::Footer)
            rows << r.number;
    }
    return rows;
}

ImportRowData rowOf(const QStringList& texts)
{
    ImportRowData row;
    row.number = 30;
    for (int i = 0; i < texts.size(); ++i) {
        if (!texts[i].isEmpty())
            row.cells.append(ImportCell{i, texts[i], {}, text::LegacyEncoding::None, false, false});
    }
    return row;
}

} // namespace

TEST_CASE("Footer lines are recognised by their words, entries are not", "[import][footer]")
{
    for (const char* line : {"Văn Lâm, ngày 15 tháng 3 năm 2024", "Hưng Yên, ngày … tháng … năm 2024",
                             "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "Người lập biểu", "NGƯỜI LẬP BIỂU",
                             "Tổng cộng", "Ghi chú: danh sách gồm 24 sáng kiến",
                             "Nơi nhận:", "(Ký, ghi rõ họ tên)", "GIÁM ĐỐC", "PHÓ CHỦ TỊCH"}) {
        INFO(line);
        CHECK(RowClassifier::looksLikeFooter(rowOf({QString(), QString(), QString::fromUtf8(line)})));
    }
    for (const char* line : {"Ứng dụng phần mềm quản lý văn bản", "Nguyễn Văn An", "Sở Tư pháp",
                             "Cải tiến quy trình tổng hợp ngày công", "Tăng cường kỹ thuật"}) {
        INFO(line);
        CHECK_FALSE(RowClassifier::looksLikeFooter(rowOf({QStringLiteral("1"), QString::fromUtf8(line)})));
    }
}

TEST_CASE("Each footer form is the sheet's footer: every entry imports, the footer is neither read nor an "
          "error",
          "[import][footer]")
{
    struct Form
    {
        const char* file;
        int entries;
        QList<int> footer; // sheet rows
    };
    // Entries start on row 4 under a merged title and the header on row 3.
    const QList<Form> forms = {
        {"footer_signer", 24, {29, 30, 33}},             // blank row 28, then the signer
        {"footer_place_date", 24, {29, 30, 31, 32, 36}}, // blank row 28, place and date, TM., KT., name
        {"footer_totals", 12, {16, 17}},       // at once: "Tổng cộng" in the title column, a note
        {"footer_note", 12, {16, 17, 18, 19}}, // at once: a note in STT, "Nơi nhận:" block
    };
    for (const Form& form : forms) {
        for (const char* suffix : {".xlsx", "_lo.xlsx"}) {
            const QString name = QString::fromUtf8(form.file) + QString::fromUtf8(suffix);
            INFO(name.toStdString());
            TempCampaign campaign;
            ImportPlan plan = planOf(campaign.db(), fixture(name));
            CHECK(plan.read() == form.entries);
            CHECK(plan.count(RowStatus::Accepted) == form.entries);
            CHECK(plan.count(RowStatus::Rejected) == 0);
            CHECK(plan.errors().isEmpty());
            CHECK(footerRows(plan) == form.footer);

            auto summary = Importer(campaign.db()).commit(plan);
            REQUIRE(summary);
            CHECK(summary->imported == form.entries);
            CHECK(summary->footer == form.footer.size());

            // The CLI's one pass agrees row for row.
            TempCampaign other;
            ImportOptions options;
            options.today = kToday;
            auto all = Importer(other.db()).importAll(fixture(name), options, false);
            REQUIRE(all);
            CHECK(all->read == form.entries);
            CHECK(all->imported == form.entries);
            CHECK(all->rejected.isEmpty());
            CHECK(all->footer == form.footer.size());
            CHECK(all->codes == summary->codes);
        }
    }
}

TEST_CASE("Two rows without a title inside the table are refused by their rows, the footer is not",
          "[import][footer]")
{
    for (const char* name : {"two_bad_rows.xlsx", "two_bad_rows_lo.xlsx"}) {
        INFO(name);
        TempCampaign campaign;
        ImportPlan plan = planOf(campaign.db(), fixture(QString::fromUtf8(name)));
        CHECK(plan.count(RowStatus::Rejected) == 2);
        CHECK(plan.count(RowStatus::Accepted) == 10);
        CHECK(Importer::rowsOf(plan.errors()) == QList<int>{7, 11});
        CHECK(footerRows(plan) == QList<int>{17, 18, 21});
        auto refused = Importer(campaign.db()).commit(plan);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().message.contains(QStringLiteral("7, 11")));

        ImportOptions options;
        options.today = kToday;
        auto all = Importer(campaign.db()).importAll(fixture(QString::fromUtf8(name)), options, false);
        REQUIRE(all);
        CHECK(all->imported == 0);
        CHECK(Importer::rowsOf(all->rejected) == QList<int>{7, 11});
        CHECK(EntryRepository(campaign.db()).lastId().value() == 0);
    }
}

TEST_CASE("Rows without a number and a title are held as the footer until an entry follows them",
          "[import][footer]")
{
    TempCampaign campaign;
    QTemporaryDir dir;
    const QString good = QStringLiteral(",2.d,Nguyễn Văn %1,1980,Sở Y tế,,");
    SECTION("a row without a title between entries is an error named by its row")
    {
        const QString path = writeCsv(
            dir, QStringLiteral("inside.csv"),
            kCsvHeader + numberedLines(3, QStringLiteral("%1,Sáng kiến cải tiến số %1 của đơn vị") + good) +
                QStringLiteral(",,2.d,Trần Văn Không Tên,1980,Sở Y tế,,\n") +
                QStringLiteral("5,Sáng kiến cuối cùng của đơn vị gửi về,2.d,Lê Văn Cuối,1980,Sở Y tế,,\n"));
        ImportPlan plan = planOf(campaign.db(), path);
        CHECK(plan.count(RowStatus::Rejected) == 1);
        CHECK(Importer::rowsOf(plan.errors()) == QList<int>{5});
        CHECK(plan.count(RowStatus::Footer) == 0);
        CHECK(plan.read() == 5);
    }
    SECTION("the same row last, after the entries, is the footer")
    {
        const QString path = writeCsv(
            dir, QStringLiteral("last.csv"),
            kCsvHeader + numberedLines(3, QStringLiteral("%1,Sáng kiến cải tiến số %1 của đơn vị") + good) +
                QStringLiteral(",,,Người lập biểu,,,,\n,,,,,,,\n,,,Nguyễn Thị Hoa,,,,\n"));
        ImportPlan plan = planOf(campaign.db(), path);
        CHECK(plan.count(RowStatus::Rejected) == 0);
        CHECK(plan.read() == 3);
        CHECK(footerRows(plan) == QList<int>{5, 7});
    }
    SECTION("a numbered row with no title at the end is an entry with an error, not a footer")
    {
        const QString path = writeCsv(
            dir, QStringLiteral("numbered.csv"),
            kCsvHeader + numberedLines(3, QStringLiteral("%1,Sáng kiến cải tiến số %1 của đơn vị") + good) +
                QStringLiteral("4,,2.d,Lê Văn Cuối,1980,Sở Y tế,,\n"));
        ImportPlan plan = planOf(campaign.db(), path);
        CHECK(Importer::rowsOf(plan.errors()) == QList<int>{5});
        CHECK(plan.count(RowStatus::Footer) == 0);
    }
}

TEST_CASE("The refusal lists the failing rows: the first 20, then how many more", "[import][footer]")
{
    QList<RowError> errors;
    for (int row = 30; row >= 5; --row) {
        errors << RowError{QStringLiteral("S"), row, QStringLiteral("B"), QStringLiteral("x"), {}};
        errors << RowError{QStringLiteral("S"), row, QStringLiteral("C"), QStringLiteral("y"), {}};
    }
    CHECK(Importer::rowsOf(errors).size() == 26);
    const QString text = Importer::rowList(errors);
    CHECK(text.startsWith(QStringLiteral("5, 6, 7")));
    CHECK(text.contains(QStringLiteral("24")));
    CHECK_FALSE(text.contains(QStringLiteral("25,")));
    CHECK(text.contains(QStringLiteral(" 6 "))); // "… 24 and 6 more" in every language
}

TEST_CASE("The preview shows the footer greyed, not ticked and not editable", "[import][footer]")
{
    TempCampaign campaign;
    ImportPlan plan = planOf(campaign.db(), fixture(QStringLiteral("footer_place_date_lo.xlsx")));
    Importer importer(campaign.db());
    ImportPreviewModel model(importer);
    model.setPlan(&plan);
    const int row = model.modelRowOf(30);
    REQUIRE(row >= 0);
    CHECK(model.data(model.index(row, 0), Qt::CheckStateRole).toInt() == Qt::Unchecked);
    CHECK_FALSE(model.flags(model.index(row, 0)).testFlag(Qt::ItemIsUserCheckable));
    CHECK_FALSE(
        model.flags(model.index(row, ImportPreviewModel::FixedColumns + 4)).testFlag(Qt::ItemIsEditable));
    CHECK(model.data(model.index(row, ImportPreviewModel::StatusColumn), ImportPreviewModel::StatusRole)
              .toInt() == int(RowStatus::Footer));
    CHECK(model.data(model.index(row, ImportPreviewModel::FixedColumns + 4)).toString() ==
          QStringLiteral("TM. ỦY BAN NHÂN DÂN"));
    CHECK(model.data(model.index(row, ImportPreviewModel::FixedColumns + 4), Qt::ForegroundRole).isValid());
    CHECK_FALSE(model.isImported(30));
    model.setImported(30, true);
    CHECK_FALSE(model.isImported(30));
    CHECK(model.decisions().skipRows.isEmpty());
}
