// RowPrefetcher: a sheet's rows read on a thread of their own come in the sheet's order, exactly as
// SheetPass gives them, with the pass's error where it fails, and stopping early does not wait for the
// rest of the sheet.
#include "import/row_prefetcher.h"
#include "import/sheet_pass.h"

#include <QFile>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace sangkien;

namespace {

// A list of rows as a unit's CSV: a header, then numbered rows with Vietnamese text.
QString writeCsv(const QTemporaryDir& dir, int rows)
{
    const QString path = dir.filePath(QStringLiteral("danh-sach.csv"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    QByteArray text = "STT,Tên sáng kiến,Tác giả\n";
    for (int i = 1; i <= rows; ++i)
        text += QByteArray::number(i) + ",Sáng kiến số " + QByteArray::number(i) + ",Nguyễn Văn " +
                QByteArray::number(i % 97) + "\n";
    f.write(text);
    return path;
}

void startPass(SheetPass& pass, const QString& path, const ReaderLimits& limits = {})
{
    REQUIRE(pass.open(path, QString(), limits));
    REQUIRE(pass.start());
}

} // namespace

TEST_CASE("Rows read ahead on their own thread come exactly as the pass gives them", "[import]")
{
    QTemporaryDir dir;
    const QString path = writeCsv(dir, 5000); // past the pass's guess rows and many batches
    SheetPass direct;
    startPass(direct, path);
    SheetPass ahead;
    startPass(ahead, path);
    RowPrefetcher prefetcher(ahead);
    int rows = 0;
    for (;;) {
        ImportRowData expected, got;
        auto a = direct.next(expected);
        auto b = prefetcher.next(got);
        REQUIRE(a);
        REQUIRE(b);
        REQUIRE(*a == *b);
        if (!*a)
            break;
        REQUIRE(got == expected);
        ++rows;
    }
    CHECK(rows == 5001); // the header and the 5,000 rows
    ImportRowData after;
    auto end = prefetcher.next(after);
    REQUIRE(end);
    CHECK_FALSE(*end); // the end stays the end
}

TEST_CASE("The pass's error reaches the caller after the rows before it", "[import]")
{
    QTemporaryDir dir;
    const QString path = writeCsv(dir, 5000);
    ReaderLimits limits;
    limits.maxRows = 3000;
    SheetPass direct;
    startPass(direct, path, limits);
    SheetPass ahead;
    startPass(ahead, path, limits);
    RowPrefetcher prefetcher(ahead);
    int directRows = 0, aheadRows = 0;
    ImportRowData row;
    Result<bool> a = true, b = true;
    while ((a = direct.next(row)) && *a)
        ++directRows;
    while ((b = prefetcher.next(row)) && *b)
        ++aheadRows;
    REQUIRE_FALSE(a);
    REQUIRE_FALSE(b);
    CHECK(aheadRows == directRows);
    CHECK(directRows > 2000);
    CHECK(b.error() == a.error());
}

TEST_CASE("A caller that stops early does not wait for the rest of the sheet", "[import]")
{
    QTemporaryDir dir;
    const QString path = writeCsv(dir, 20000);
    SheetPass pass;
    startPass(pass, path);
    {
        RowPrefetcher prefetcher(pass);
        ImportRowData row;
        for (int i = 0; i < 10; ++i) {
            auto more = prefetcher.next(row);
            REQUIRE(more);
            REQUIRE(*more);
        }
    } // the reading thread stops at its next batch and is joined here
    // What it read ahead is gone with it; the pass can still be read on from where the thread left it.
    ImportRowData row;
    auto more = pass.next(row);
    REQUIRE(more);
    CHECK(*more);
    CHECK(row.number > 10);
}
