// The workbook writer (core/reports/xlsx_workbook): the sheets travel to the sangkien-xlsx helper intact,
// a failing helper leaves the file that was there and no temporary file, a good one replaces it whole.
#include "reports/xlsx_workbook.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace sangkien;

namespace {

XlsxBook sampleBook()
{
    XlsxSheet s;
    s.name = QStringLiteral("Hồ sơ");
    s.title = QStringLiteral("DANH SÁCH HỒ SƠ");
    s.subtitles = {QStringLiteral("Phong trào năm 2024")};
    s.headers = {QStringLiteral("STT"), QStringLiteral("Tên sáng kiến"), QStringLiteral("Ngày nhận"),
                 QStringLiteral("Điểm")};
    s.formats = {XlsxFormat::Integer, XlsxFormat::Text, XlsxFormat::Date, XlsxFormat::Decimal};
    s.autoFilter = true;
    s.rows << XlsxRow{{1.0, QStringLiteral("Số hóa hồ sơ của Sở Y tế"), QDate(2024, 3, 7), 87.5}};
    XlsxRow section;
    section.section = true;
    section.cells << QStringLiteral("II. CÁ NHÂN");
    s.rows << section;
    XlsxRow total{{QStringLiteral("Tổng cộng"), XlsxValue(), XlsxValue(), 87.5}};
    total.total = true;
    total.formats.insert(3, XlsxFormat::Money);
    s.rows << total;
    return {QStringLiteral("DANH SÁCH HỒ SƠ"), {s}};
}

QByteArray contentOf(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

TEST_CASE("A workbook travels to the helper and back unchanged", "[reports][xlsx]")
{
    const XlsxBook book = sampleBook();
    const auto back = xlsx::decode(xlsx::encode(book));
    REQUIRE(back.has_value());
    CHECK(*back == book);
    CHECK_FALSE(xlsx::decode(QByteArray("not a workbook")).has_value());
    QByteArray cut = xlsx::encode(book);
    cut.chop(3);
    CHECK_FALSE(xlsx::decode(cut).has_value());
}

TEST_CASE("Column widths follow the content, wrapped text stops at the limit", "[reports][xlsx]")
{
    XlsxSheet s = sampleBook().sheets.first();
    CHECK(xlsx::columnWidth(s, 0) == Approx(std::ceil(9 * 1.1 + 2)));  // "Tổng cộng" on the totals line
    CHECK(xlsx::columnWidth(s, 2) == Approx(std::ceil(10 * 1.1 + 2))); // a date, dd/mm/yyyy
    XlsxSheet narrow;
    narrow.headers = {QStringLiteral("A")};
    CHECK(xlsx::columnWidth(narrow, 0) == Approx(xlsx::kMinWidth));
    CHECK(xlsx::columnWidth(s, 1) == Approx(std::ceil(24 * 1.1 + 2))); // the title's 24 characters
    s.rows.first().cells[1] = QString(200, QLatin1Char('x'));
    CHECK(xlsx::columnWidth(s, 1) == Approx(xlsx::kMaxWidth));
    CHECK(xlsx::wraps(s, 1));
    CHECK_FALSE(xlsx::wraps(s, 3)); // numbers never wrap
}

TEST_CASE("A failing writer leaves the old workbook and no temporary file", "[reports][xlsx]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("thong-ke.xlsx"));
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("the older workbook");
    }
    const QByteArray helper = qgetenv("SANGKIEN_XLSX_HELPER");
    qputenv("SANGKIEN_XLSX_HELPER", "/bin/false");
    const Status failed = XlsxWorkbook::write(sampleBook(), path);
    qputenv("SANGKIEN_XLSX_HELPER", helper);
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error().place == QDir::toNativeSeparators(path));
    CHECK(contentOf(path) == "the older workbook");
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden) ==
          QStringList{QStringLiteral("thong-ke.xlsx")});

    // The real helper replaces it whole.
    REQUIRE(XlsxWorkbook::write(sampleBook(), path).ok());
    CHECK(contentOf(path).startsWith("PK")); // a zip: the .xlsx package
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden) ==
          QStringList{QStringLiteral("thong-ke.xlsx")});
    CHECK(QFileInfo(path).permissions().testFlag(QFileDevice::ReadOther));
}
