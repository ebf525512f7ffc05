// The wizard's plan keeps a sheet's rows compactly (ImportRows): every cell comes back exactly as it went
// in (Vietnamese text, empty text, typed values, the repair flags), the clerk's edits and the rows' numbers
// survive, and the block holds the rows in about the size of their UTF-8 text.
#include "import/import_rows.h"
#include "import/importer.h"
#include "import_fixtures.h"
#include "models/import_preview_model.h"
#include "temp_campaign.h"

#include <QDate>
#include <QDateTime>
#include <QTemporaryDir>
#include <QTime>
#include <QTimeZone>
#include <catch2/catch.hpp>

using namespace sangkien;
using sangkien::testing::kCsvHeader;
using sangkien::testing::numberedLines;
using sangkien::testing::TempCampaign;
using sangkien::testing::writeCsv;

namespace {

ImportCell cellOf(int column, const QString& text, const QVariant& value = {},
                  text::LegacyEncoding from = text::LegacyEncoding::None, bool normalized = false,
                  bool edited = false)
{
    return ImportCell{column, text, value, from, normalized, edited};
}

// Rows with every kind of cell the readers give.
QList<ImportRowData> sampleRows()
{
    QList<ImportRowData> rows;
    rows.append({1, {cellOf(0, QStringLiteral("DANH SÁCH SÁNG KIẾN NĂM 2024"))}});
    rows.append(
        {3,
         {cellOf(0, QStringLiteral("1"), 1.0),
          cellOf(1, QStringLiteral("Ứng dụng phần mềm quản lý hồ sơ điện tử tại Sở Tư pháp"), {},
                 text::LegacyEncoding::Tcvn3),
          cellOf(2, QStringLiteral("Đặng Thị Hương"), {}, text::LegacyEncoding::Vni),
          cellOf(3, QStringLiteral("Nguyễn Văn Ngọc"), {}, text::LegacyEncoding::None, true),
          cellOf(4, QStringLiteral("60%"), 0.6), cellOf(5, QStringLiteral("15/03/2024"), QDate(2024, 3, 15)),
          cellOf(6, QStringLiteral("TRUE"), true), cellOf(7, QStringLiteral("08:30"), QTime(8, 30, 15, 250)),
          cellOf(8, QStringLiteral("15/03/2024 08:30"), QDateTime(QDate(2024, 3, 15), QTime(8, 30))),
          cellOf(9, QStringLiteral("utc"), QDateTime(QDate(2024, 3, 15), QTime(1, 30), QTimeZone::utc())),
          cellOf(10, QStringLiteral("Sửa tay"), {}, text::LegacyEncoding::None, false, true),
          cellOf(11, QString()), // an empty text (a typed cell the reader left blank)
          cellOf(16383, QStringLiteral("XFD: 😀 và chữ Hán 漢"))}});
    rows.append(ImportRowData{4, {}}); // a row of no cells
    // A lone surrogate (an .xls can hold one): kept as it is, not replaced.
    rows.append(
        {5,
         {cellOf(2, QString(QChar(0xD800)) + QStringLiteral("x")), cellOf(3, QStringLiteral("-1.5"), -1.5)}});
    rows.append({700000, {cellOf(1, QString(5000, QChar(0x1EA1)))}}); // a long cell, a far row
    return rows;
}

ImportRows store(const QList<ImportRowData>& rows)
{
    ImportRows out;
    for (const ImportRowData& r : rows)
        out.append(r);
    return out;
}

} // namespace

TEST_CASE("ImportRows gives back every cell as it was given: Vietnamese text, typed values and flags",
          "[import][rows]")
{
    const QList<ImportRowData> rows = sampleRows();
    ImportRows kept = store(rows);
    kept.squeeze();
    REQUIRE(kept.size() == rows.size());
    CHECK(kept.toList() == rows);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        INFO("row " << i);
        CHECK(kept.at(i) == rows[i]);
        CHECK(kept.number(i) == rows[i].number);
        CHECK(kept.lastColumn(i) == (rows[i].cells.isEmpty() ? -1 : rows[i].cells.last().column));
        for (const ImportCell& c : rows[i].cells) {
            const auto cell = kept.cell(i, c.column);
            REQUIRE(cell);
            CHECK(*cell == c);
            CHECK(cell->value.typeId() == c.value.typeId());
            CHECK(kept.text(i, c.column) == c.text);
        }
        CHECK_FALSE(kept.cell(i, 12));
        CHECK_FALSE(kept.cell(i, -1));
    }
    const ImportRowData typed = kept.at(1);
    CHECK(typed.cell(9)->value.toDateTime().timeZone() == QTimeZone::utc());
    CHECK(typed.cell(8)->value.toDateTime().timeSpec() == Qt::LocalTime);
    CHECK(kept.at(3).cells[0].text.at(0) == QChar(0xD800));

    // Iteration and the reusing read give the same rows.
    QList<ImportRowData> iterated;
    for (const ImportRowData& r : kept)
        iterated.append(r);
    CHECK(iterated == rows);
    ImportRowData reused;
    kept.read(1, reused);
    kept.read(0, reused); // a shorter row into a longer one
    CHECK(reused == rows[0]);
}

TEST_CASE("ImportRows holds a sheet in about the size of its UTF-8 text", "[import][rows]")
{
    ImportRows kept;
    qsizetype utf8 = 0;
    int cells = 0;
    for (int i = 1; i <= 2000; ++i) {
        ImportRowData row{i + 2,
                          {cellOf(0, QString::number(i), double(i)),
                           cellOf(1, QStringLiteral("Sáng kiến cải tiến quy trình nghiệp vụ số %1").arg(i)),
                           cellOf(2, QStringLiteral("2.d")),
                           cellOf(3, QStringLiteral("Nguyễn Văn Người%1").arg(i)),
                           cellOf(5, QStringLiteral("UBND huyện Văn Lâm")),
                           cellOf(8, QStringLiteral("15/03/2024"), QDate(2024, 3, 15))}};
        for (const ImportCell& c : row.cells)
            utf8 += c.text.toUtf8().size();
        cells += int(row.cells.size());
        kept.append(row);
    }
    // Column, flags and length take three bytes a cell, a number eight, a date three: nothing like the
    // 100 bytes and more a QString with a QVariant take per cell.
    CHECK(kept.byteSize() < utf8 + 6 * cells);
    CHECK(kept.text(1999, 3) == QStringLiteral("Nguyễn Văn Người2000"));
}

TEST_CASE("ImportRows keeps the clerk's edits, removes emptied cells and compacts what edits left behind",
          "[import][rows]")
{
    QList<ImportRowData> rows;
    for (int i = 0; i < 3000; ++i)
        rows.append({i + 3,
                     {cellOf(1, QStringLiteral("Sáng kiến số %1").arg(i)),
                      cellOf(5, QStringLiteral("Sở Tư pháp tỉnh Hưng Yên, phòng %1").arg(i))}});
    ImportRows kept = store(rows);
    const qsizetype before = kept.byteSize();

    kept.setText(0, 3, QStringLiteral("Lê Thị Hồng")); // a new cell between two
    rows[0].setText(3, QStringLiteral("Lê Thị Hồng"));
    kept.setText(1, 1, QStringLiteral("  ")); // emptied: the cell goes
    rows[1].setText(1, QStringLiteral("  "));
    kept.setText(2, 7, QStringLiteral("cột mới")); // past the last column
    rows[2].setText(7, QStringLiteral("cột mới"));
    // Decomposed letters typed are composed, as ImportRowData::setText does.
    const QString nfd = QStringLiteral("Nguye\u0302\u0303n");
    kept.setText(3, 1, nfd);
    rows[3].setText(1, nfd);
    CHECK(kept.text(3, 1) == QStringLiteral("Nguyễn"));
    CHECK(kept.toList() == rows);
    CHECK(kept.cell(0, 3)->edited);
    CHECK_FALSE(kept.cell(1, 1));
    CHECK(kept.lastColumn(2) == 7);
    CHECK(kept.number(2) == 5);

    // Every row edited five times over (a unit replaced everywhere, again and again): the block stays
    // within twice its size, and the rows are right.
    for (int round = 0; round < 5; ++round) {
        for (qsizetype i = 0; i < kept.size(); ++i) {
            const QString unit = QStringLiteral("Sở Y tế, lần %1").arg(round);
            kept.setText(i, 5, unit);
            rows[i].setText(5, unit);
        }
    }
    CHECK(kept.toList() == rows);
    CHECK(kept.byteSize() < 2 * before);
}

TEST_CASE("A plan keeps its rows compactly: cells edited in the preview are read, validated and imported",
          "[import][rows]")
{
    TempCampaign campaign;
    QTemporaryDir dir;
    const QString path =
        writeCsv(dir, QStringLiteral("list.csv"),
                 kCsvHeader +
                     numberedLines(3, QStringLiteral("%1,Sáng kiến số %1 về ứng dụng công nghệ thông "
                                                     "tin,2.d,Nguyễn Văn Người %1,1980,Sở Y tế,,")) +
                     QStringLiteral("4,,2.d,Trần Thị Bốn,1981,Sở Y tế,,\n"));
    Importer importer(campaign.db());
    ImportOptions options;
    options.today = QDate(2024, 12, 1);
    auto plan = importer.plan(path, options);
    REQUIRE(plan);
    REQUIRE(plan->count(RowStatus::Rejected) == 1);
    CHECK(plan->sheetRows.text(1, 3) == QStringLiteral("Nguyễn Văn Người 1"));

    ImportPreviewModel model(importer);
    model.setPlan(&*plan);
    const int titleColumn = ImportPreviewModel::FixedColumns + plan->mapping.columnOf(ImportField::Title);
    const QModelIndex title = model.index(3, titleColumn);
    CHECK(model.data(title).toString().isEmpty());
    REQUIRE(model.setData(title, QStringLiteral("Cải tiến quy trình tiếp nhận hồ sơ một cửa"), Qt::EditRole));
    CHECK(plan->count(RowStatus::Rejected) == 0);
    CHECK(model.data(title).toString() == QStringLiteral("Cải tiến quy trình tiếp nhận hồ sơ một cửa"));
    CHECK(model.data(title, Qt::BackgroundRole).isValid()); // marked as edited

    auto summary = importer.commit(*plan);
    REQUIRE(summary);
    CHECK(summary->imported == 4);
    CHECK(Importer::entryOf(*plan, plan->rows[3]).title ==
          QStringLiteral("Cải tiến quy trình tiếp nhận hồ sơ một cửa"));
}

TEST_CASE("A shares cell is split on semicolons and line breaks, or on commas when they count the authors",
          "[import][rows]")
{
    TempCampaign campaign;
    QTemporaryDir dir;
    const QString path = writeCsv(
        dir, QStringLiteral("shares.csv"),
        kCsvHeader + QStringLiteral(
                         "1,Sáng kiến số một về ứng dụng công nghệ,2.d,Lê Văn An,1980,Sở Y tế,Trần Thị Bình,"
                         "\"60%\n40%\"\n"
                         "2,Sáng kiến số hai về ứng dụng công nghệ,2.d,Lê Văn Ba,1980,Sở Y tế,Trần Thị Cúc,"
                         "\"70%;;\r\n30%\"\n"
                         "3,Sáng kiến số ba về ứng dụng công nghệ,2.d,Lê Văn Chín,1980,Sở Y tế,Trần Thị Dung,"
                         "\"55, 45\"\n"
                         "4,Sáng kiến số bốn về ứng dụng công nghệ,2.d,Lê Văn Đức,1980,Sở Y tế,,\"0,6\"\n"));
    Importer importer(campaign.db());
    ImportOptions options;
    options.today = QDate(2024, 12, 1);
    auto plan = importer.plan(path, options);
    REQUIRE(plan);
    REQUIRE(plan->rows.size() == 4);
    const QList<QList<double>> expected{{60, 40}, {70, 30}, {55, 45}, {60}};
    for (int i = 0; i < 4; ++i) {
        INFO("row " << i);
        const Entry e = Importer::entryOf(*plan, plan->rows[i]);
        QList<double> shares;
        for (const Author& a : e.authors)
            shares << a.sharePercent;
        CHECK(shares == expected[i]);
    }
}
