// The readers on the real files of the external corpus (corpus_dir.h; see the corpus's MANIFEST.md):
// every file reads to the end or fails with a message naming it, and the special cases come out right.
// tests/unit/test_readers_fixtures.cpp checks the same edge cases on fixtures of our own.
#include "corpus_dir.h"
#include "import/sheet_reader.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <catch2/catch.hpp>

using namespace sangkien;

namespace {

struct SheetDump
{
    SheetInfo info;
    QList<SheetRow> rows;
    QList<CellRange> merged;
};

struct BookDump
{
    std::optional<Error> error;
    QList<SheetDump> sheets;

    const SheetDump* sheet(const QString& name) const
    {
        for (const SheetDump& s : sheets) {
            if (s.info.name == name)
                return &s;
        }
        return nullptr;
    }
};

QString corpus(const QString& name)
{
    return testing::corpusSpreadsheets() + QLatin1Char('/') + name;
}

// Every sheet of the file, read to its end, or the first error.
BookDump readAll(const QString& path, const ReaderLimits& limits = {})
{
    BookDump book;
    auto reader = SheetReader::forFile(path, limits);
    if (!reader) {
        book.error = Error{QStringLiteral("no reader"), path};
        return book;
    }
    if (Status s = reader->open(path); !s) {
        book.error = s.error();
        return book;
    }
    for (const SheetInfo& info : reader->sheets()) {
        if (Status s = reader->selectSheet(info.name); !s) {
            book.error = s.error();
            return book;
        }
        SheetDump dump{info, {}, {}};
        SheetRow row;
        for (;;) {
            Result<bool> more = reader->nextRow(row);
            if (!more) {
                book.error = more.error();
                return book;
            }
            if (!*more)
                break;
            dump.rows << row;
        }
        dump.merged = reader->mergedRanges();
        book.sheets << dump;
    }
    return book;
}

const Cell* cellAt(const SheetDump& sheet, int rowNumber, int column)
{
    for (const SheetRow& row : sheet.rows) {
        if (row.number == rowNumber)
            return row.cell(column);
    }
    return nullptr;
}

QVariant valueAt(const SheetDump& sheet, int rowNumber, int column)
{
    const Cell* c = cellAt(sheet, rowNumber, column);
    return c ? c->value : QVariant();
}

QString textAt(const SheetDump& sheet, int rowNumber, int column)
{
    const Cell* c = cellAt(sheet, rowNumber, column);
    return c ? c->text : QString();
}

QList<int> rowNumbers(const SheetDump& sheet)
{
    QList<int> out;
    for (const SheetRow& r : sheet.rows)
        out << r.number;
    return out;
}

BookDump readOk(const QString& name)
{
    BookDump book = readAll(corpus(name));
    INFO(name.toStdString() << ": " << (book.error ? book.error->text().toStdString() : std::string("ok")));
    REQUIRE_FALSE(book.error.has_value());
    REQUIRE_FALSE(book.sheets.isEmpty());
    return book;
}

} // namespace

TEST_CASE("Every corpus spreadsheet reads to the end or fails with a message naming it", "[readers]")
{
    const QDir dir(testing::corpusSpreadsheets());
    const QFileInfoList files = dir.entryInfoList(QDir::Files, QDir::Name);
    REQUIRE(files.size() >= 40);
    // FreeXL 1.0.6 gives no workbook for this Excel 5.0/95 file; everything else must read.
    const QStringList expectedFailures{QStringLiteral("calamine__biff5-rich-text-string.xls")};
    int read = 0;
    for (const QFileInfo& file : files) {
        if (file.fileName() == u"MANIFEST.md")
            continue;
        QElapsedTimer timer;
        timer.start();
        const BookDump book = readAll(file.filePath());
        INFO(file.fileName().toStdString()
             << ": " << (book.error ? book.error->text().toStdString() : std::string("ok")));
        CHECK(timer.elapsed() < 10000);
        if (book.error) {
            CHECK(book.error->place.startsWith(file.fileName()));
            CHECK_FALSE(book.error->message.isEmpty());
            CHECK(expectedFailures.contains(file.fileName()));
        } else {
            CHECK_FALSE(expectedFailures.contains(file.fileName()));
            ++read;
        }
    }
    CHECK(read == files.size() - 1 - expectedFailures.size());
}

TEST_CASE("xlsx: hidden and very hidden sheets are listed, chart sheets are not, the first visible is read",
          "[readers]")
{
    auto reader = SheetReader::forFile(corpus(QStringLiteral("calamine__any_sheets.xlsx")));
    REQUIRE(reader);
    REQUIRE(reader->open(corpus(QStringLiteral("calamine__any_sheets.xlsx"))));
    CHECK(reader->sheets() == QList<SheetInfo>{{QStringLiteral("Visible"), false},
                                               {QStringLiteral("Hidden"), true},
                                               {QStringLiteral("VeryHidden"), true}});
    CHECK(reader->currentSheet() == u"Visible");
    SheetRow row;
    REQUIRE(reader->nextRow(row).value());
    CHECK(row.number == 1);
    CHECK(row.cells.size() == 2);
    CHECK(row.cells[0].value == QVariant(1.0));
    CHECK(row.cells[1].value == QVariant(2.0));
}

TEST_CASE("xlsx: dates by number format, the 1904 system, ISO dates and durations", "[readers]")
{
    const BookDump date = readOk(QStringLiteral("calamine__date.xlsx"));
    const BookDump date1904 = readOk(QStringLiteral("calamine__date_1904.xlsx"));
    const SheetDump& a = date.sheets[0];
    const SheetDump& b = date1904.sheets[0];
    CHECK(valueAt(a, 1, 0) == QVariant(QDate(2021, 1, 1)));
    CHECK(valueAt(a, 2, 0) == QVariant(QDate(2021, 1, 2)));
    CHECK(cellAt(a, 1, 0)->isDate());
    // The same dates stored as different serials in the two systems.
    CHECK(valueAt(b, 1, 0) == valueAt(a, 1, 0));
    CHECK(valueAt(b, 2, 0) == valueAt(a, 2, 0));
    CHECK(valueAt(a, 1, 1) == QVariant(15.0)); // a plain number beside it stays a number
    // [hh]:mm:ss is elapsed time: a number of days shown as hours.
    CHECK(cellAt(a, 3, 0)->isNumber());
    CHECK(textAt(a, 3, 0) == u"255:10:10");

    const BookDump iso = readOk(QStringLiteral("calamine__date_iso.xlsx"));
    CHECK(valueAt(iso.sheets[0], 1, 0) == QVariant(QDate(2021, 1, 1)));
    CHECK(valueAt(iso.sheets[0], 2, 0) == QVariant(QDateTime(QDate(2021, 1, 1), QTime(10, 10, 10))));
    CHECK(valueAt(iso.sheets[0], 3, 0) == QVariant(QTime(10, 10, 10)));
}

TEST_CASE("xlsx: the 1900 and 1904 copies of one workbook agree with Excel's own TEXT() of each date",
          "[readers]")
{
    const BookDump b1900 = readOk(QStringLiteral("sheetjs__1904_1900.xlsx"));
    const BookDump b1904 = readOk(QStringLiteral("sheetjs__1904_1904.xlsx"));
    for (const BookDump* book : {&b1900, &b1904}) {
        const SheetDump& sheet = book->sheets[0];
        REQUIRE(sheet.rows.size() == 5);
        for (const SheetRow& row : sheet.rows) {
            REQUIRE(row.cell(1));
            REQUIRE(row.cell(2));
            CHECK(row.cell(1)->value.toDate().toString(Qt::ISODate) == row.cell(2)->text);
        }
    }
    // Same serials, four years and a day apart.
    CHECK(valueAt(b1900.sheets[0], 1, 1) == QVariant(QDate(1900, 1, 1)));
    CHECK(valueAt(b1904.sheets[0], 1, 1) == QVariant(QDate(1904, 1, 2)));
}

TEST_CASE("xlsx: shared strings with entities, _x000D_, empty entries, rich text and phonetics", "[readers]")
{
    const BookDump entities = readOk(QStringLiteral("calamine__encoded_entities.xlsx"));
    CHECK(textAt(entities.sheets[0], 1, 0) == u"&");
    CHECK(textAt(entities.sheets[0], 2, 0) == u"\n");

    const BookDump x000d = readOk(QStringLiteral("calamine__has_x000D_.xlsx"));
    CHECK(textAt(x000d.sheets[0], 1, 0) == u"ABC\r\nDEF");

    const BookDump empty = readOk(QStringLiteral("calamine__empty_shared_string.xlsx"));
    CHECK(textAt(empty.sheets[0], 1, 0) == u"abc");

    const BookDump rich = readOk(QStringLiteral("calamine__issue9.xlsx"));
    const Cell* cell = cellAt(rich.sheets[0], 2, 0);
    REQUIRE(cell);
    CHECK(cell->text == u"test2 other");
    REQUIRE(cell->runs.size() == 3);
    QString joined;
    for (const CellRun& r : cell->runs)
        joined += r.text;
    CHECK(joined == cell->text);

    const BookDump phonetic = readOk(QStringLiteral("calamine__rph.xlsx"));
    CHECK(textAt(phonetic.sheets[0], 1, 0) == u"課きく　毛こ"); // no カ or ケ from <rPh>

    const BookDump stress = readOk(QStringLiteral("sheetjs__rich_text_stress.xlsx"));
    for (const SheetRow& row : stress.sheets[0].rows) {
        for (const Cell& c : row.cells) {
            if (c.runs.isEmpty())
                continue;
            QString all;
            for (const CellRun& r : c.runs) {
                all += r.text;
                CHECK_FALSE(r.font.isEmpty());
            }
            CHECK(all == c.text);
        }
    }

    const BookDump sushi = readOk(QStringLiteral("sheetjs__sushi.xlsx"));
    const QString emoji = textAt(sushi.sheets[0], 1, 0);
    CHECK(emoji.size() == 2); // one surrogate pair
    CHECK(emoji.toUcs4() == QList<uint>{0x1F363});
}

TEST_CASE("xlsx: errors, booleans, formulas by cached value, line breaks", "[readers]")
{
    const BookDump errors = readOk(QStringLiteral("calamine__errors.xlsx"));
    CHECK(textAt(errors.sheets[0], 1, 0) == u"#DIV/0!");
    CHECK(textAt(errors.sheets[0], 2, 0) == u"#NAME?");
    CHECK(errors.sheets.size() == 3);

    const BookDump shared = readOk(QStringLiteral("calamine__shared_formula_simple.xlsx"));
    CHECK(valueAt(shared.sheets[0], 3, 1) == QVariant(6.0));

    const BookDump attendance = readOk(QStringLiteral("sheetjs__Attendance.xlsx"));
    CHECK(valueAt(attendance.sheets[0], 3, 1) == QVariant(false));
    CHECK(valueAt(attendance.sheets[0], 3, 2) == QVariant(true));
    CHECK(textAt(attendance.sheets[0], 2, 1) == u"Ben \nAshley");

    const BookDump crlf = readOk(QStringLiteral("sheetjs__crlf_crlf.xlsx"));
    CHECK(textAt(crlf.sheets[0], 1, 1) == u"abc\ndef");
    CHECK(textAt(crlf.sheets[0], 2, 1) == u"abc\r\ndef");

    const BookDump wps = readOk(QStringLiteral("sheetjs__wps_fn.xlsx"));
    CHECK(valueAt(wps.sheets[0], 2, 2) == QVariant(2.0));
}

TEST_CASE("xlsx: merged ranges, before and after reading the rows", "[readers]")
{
    const BookDump merged = readOk(QStringLiteral("calamine__merged_range.xlsx"));
    REQUIRE(merged.sheets.size() == 2);
    CHECK(merged.sheets[0].merged.size() + merged.sheets[1].merged.size() == 15);
    CHECK(merged.sheets[0].merged.contains(*CellRange::fromA1(u"C1:D2")));

    const QString path = corpus(QStringLiteral("sheetjs__issue.xlsx"));
    auto reader = SheetReader::forFile(path);
    REQUIRE(reader->open(path));
    const QList<CellRange> early = reader->mergedRanges(); // an extra pass finds them before the rows
    CHECK(early.size() == 30);
    SheetRow row;
    while (reader->nextRow(row).value()) {
    }
    CHECK(reader->mergedRanges() == early);
}

TEST_CASE("xlsx: strict OOXML, Gnumeric, Numbers, Google Sheets and WPS packages", "[readers]")
{
    const BookDump strict = readOk(QStringLiteral("calamine__strict_iso_paths.xlsx"));
    CHECK(strict.sheets[0].info.name == u"ml_out");
    CHECK(textAt(strict.sheets[0], 1, 0) == u"Item");
    CHECK(strict.sheets[0].rows.size() > 50);

    const BookDump gnumeric = readOk(QStringLiteral("calamine__issue_174.xlsx"));
    CHECK(textAt(gnumeric.sheets[0], 1, 1) == u"Contact Name");

    const BookDump numbers = readOk(QStringLiteral("sheetjs__minimal_112.xlsx"));
    CHECK(numbers.sheets[0].info.name == u"Sheet 1");
    CHECK(valueAt(numbers.sheets[0], 2, 1) == QVariant(1.23));

    const BookDump google = readOk(QStringLiteral("sheetjs__DataTypesFormats.xlsx"));
    CHECK(valueAt(google.sheets[0], 1, 1) == QVariant(QDate(2020, 7, 23)));
    CHECK(valueAt(google.sheets[0], 2, 1).typeId() == QMetaType::QDateTime);
    CHECK(valueAt(google.sheets[0], 4, 1) == QVariant(0.9876)); // a percentage stays a number

    const BookDump header = readOk(QStringLiteral("calamine__header-row.xlsx"));
    CHECK(rowNumbers(header.sheets[0]).first() == 3);
    CHECK(textAt(header.sheets[0], 9, 1) == u"Column A");
}

TEST_CASE("ods: repeated rows stay unexpanded, covered cells, paragraphs, spaces, annotations", "[readers]")
{
    QElapsedTimer timer;
    timer.start();
    const BookDump repeated = readOk(QStringLiteral("calamine__number_rows_repeated.ods"));
    CHECK(timer.elapsed() < 2000); // about 1,048,566 empty rows are skipped, not walked
    REQUIRE(repeated.sheets.size() == 3);
    CHECK(rowNumbers(repeated.sheets[0]) == QList<int>{1, 2, 3, 6, 8});
    CHECK(textAt(repeated.sheets[0], 8, 1) == u"D");

    const BookDump merged = readOk(QStringLiteral("calamine__merged_cells.ods"));
    CHECK(merged.sheets[0].merged.contains(*CellRange::fromA1(u"A2:A3")));
    CHECK(cellAt(merged.sheets[0], 3, 0) == nullptr); // covered: the program shows nothing there

    const BookDump special = readOk(QStringLiteral("calamine__special_cells.ods"));
    CHECK(textAt(special.sheets[0], 1, 0) == u"Split\nLine");
    CHECK(textAt(special.sheets[0], 3, 0) == u"Value   With 3 spaces");
    CHECK(textAt(special.sheets[0], 5, 0) == u"  Value   With 2 spaces before and after  ");

    const BookDump annotated = readOk(QStringLiteral("calamine__with-annotation.ods"));
    REQUIRE(annotated.sheets[0].rows.size() == 1);
    CHECK(annotated.sheets[0].rows[0].cells.size() == 1);
    CHECK(textAt(annotated.sheets[0], 1, 0) == u"cell a.1");

    const BookDump crlf = readOk(QStringLiteral("sheetjs__crlf_crlf.ods"));
    CHECK(textAt(crlf.sheets[0], 1, 1) == u"abc\nDef");

    const BookDump dates = readOk(QStringLiteral("calamine__date.ods"));
    CHECK(valueAt(dates.sheets[0], 1, 0) == QVariant(QDate(2021, 1, 1)));
    CHECK(valueAt(dates.sheets[0], 2, 0) == QVariant(QDateTime(QDate(2021, 1, 1), QTime(10, 10, 10))));
    CHECK(valueAt(dates.sheets[0], 3, 0) == QVariant(QTime(10, 10, 10)));

    const BookDump rich = readOk(QStringLiteral("calamine__richtext_issue.ods"));
    const Cell* abc = cellAt(rich.sheets[0], 1, 0);
    REQUIRE(abc);
    CHECK(abc->text == u"abc");
    CHECK_FALSE(abc->runs.isEmpty());
    CHECK(valueAt(*rich.sheet(QStringLiteral("issue6")), 4, 0) == QVariant(false));
}

TEST_CASE("csv: BOM, CR-only records, quoted line breaks", "[readers]")
{
    const BookDump crlf = readOk(QStringLiteral("sheetjs__crlf_crlf.csv"));
    CHECK(crlf.sheets[0].info.name == u"sheetjs__crlf_crlf");
    CHECK(textAt(crlf.sheets[0], 1, 0) == u"Normal"); // no BOM in front
    CHECK(textAt(crlf.sheets[0], 1, 1) == u"abc\ndef");
    CHECK(textAt(crlf.sheets[0], 2, 1) == u"abc\r\ndef");
    CHECK(rowNumbers(crlf.sheets[0]) == QList<int>{1, 2, 3});

    const BookDump cr = readOk(QStringLiteral("sheetjs__ErrorTypes.csv"));
    CHECK(cr.sheets[0].rows.size() == 14);
    CHECK(textAt(cr.sheets[0], 2, 0) == u"#NULL!");
    CHECK(textAt(cr.sheets[0], 8, 0) == u"#N/A");

    const BookDump attendance = readOk(QStringLiteral("sheetjs__Attendance.csv"));
    CHECK(textAt(attendance.sheets[0], 1, 1) == u"Ben \nAshley");
    CHECK(textAt(attendance.sheets[0], 2, 0) == u"10/1");
}

TEST_CASE("xls: a BIFF5 file FreeXL cannot read is refused with a message naming it", "[readers][xls]")
{
    const BookDump book = readAll(corpus(QStringLiteral("calamine__biff5-rich-text-string.xls")));
    REQUIRE(book.error.has_value());
    CHECK(book.error->place == u"calamine__biff5-rich-text-string.xls");
    // Not a generic "damaged" message: the format by name, and what to do.
    CHECK(book.error->message.contains(QStringLiteral("Excel 5.0/95 workbook")));
    CHECK(book.error->message.contains(QStringLiteral("save it as .xlsx")));
}
