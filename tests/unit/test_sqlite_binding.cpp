// SqliteStatement binds text as UTF-8 written into buffers it keeps per parameter and reuses from row to
// row (SQLite does not copy them): every row still stores its own text, whatever the lengths before it,
// and a string QString cannot write as UTF-8 losslessly is stored as QString::toUtf8 writes it.
#include "storage/database.h"
#include "storage/sqlite_statement.h"
#include "temp_campaign.h"

#include <catch2/catch.hpp>

using namespace sangkien;
using sangkien::testing::TempCampaign;

TEST_CASE("Text bound row after row through reused buffers is stored exactly", "[storage][sqlite]")
{
    TempCampaign campaign;
    Database& db = campaign.db();
    REQUIRE(SqliteStatement::available(db));
    REQUIRE(db.execScript(QStringLiteral("CREATE TEMP TABLE bound (n INTEGER, a TEXT, b TEXT)")));
    const QStringList texts{
        QStringLiteral("Sáng kiến cải tiến quy trình nghiệp vụ số 1 tại đơn vị Sở Tư pháp tỉnh Hưng Yên"),
        QStringLiteral("Đỗ"),
        QString(),
        QStringLiteral("😀 chữ Hán 漢 và ASCII"),
        QString(3000, QChar(0x1EA1)),
        QStringLiteral("x"),
        QString(QChar(0xD800)) + QStringLiteral("lẻ"), // a lone surrogate
        QStringLiteral(""),
    };
    {
        SqliteStatement insert(db, "INSERT INTO bound (n, a, b) VALUES (?, ?, ?)");
        REQUIRE(insert.prepared());
        for (int i = 0; i < texts.size(); ++i) {
            // The same parameter bound twice before the row runs: the second value counts.
            insert.bind(2, QStringLiteral("bound first, then replaced"));
            insert.bind(1, i).bind(2, texts[i]).bind(3, texts[texts.size() - 1 - i]);
            REQUIRE(insert.exec());
        }
    }
    SqliteStatement read(db, "SELECT n, a, b, typeof(a) FROM bound ORDER BY n");
    int rows = 0;
    while (read.nextRow()) {
        const int i = int(read.int64(0));
        INFO("row " << i);
        CHECK(read.string(3) == QStringLiteral("text")); // an empty string is text, never NULL
        CHECK(read.utf8(1) == texts[i].toUtf8());
        CHECK(read.utf8(2) == texts[texts.size() - 1 - i].toUtf8());
        ++rows;
    }
    CHECK_FALSE(read.stepFailed());
    CHECK(rows == texts.size());
}
