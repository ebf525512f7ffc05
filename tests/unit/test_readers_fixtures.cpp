// The readers on our own Vietnamese fixtures (tests/data/make_spreadsheets.py: openpyxl, and LibreOffice
// conversions of the same list), broken files that must be refused with a message, and the helpers.
#include "import/csv_reader.h"
#include "import/ods_reader.h"
#include "import/reader_values.h"
#include "import/reader_windows1258.h"
#include "import/sheet_reader.h"
#include "import/xls_reader.h"
#include "import/xlsx_reader.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace sangkien;

namespace {

QString fixture(const QString& name)
{
    return QStringLiteral(SANGKIEN_TEST_DATA_DIR "/spreadsheets/") + name;
}

const QStringList kHeader{QStringLiteral("STT"),           QStringLiteral("Họ và tên"),
                          QStringLiteral("Tên sáng kiến"), QStringLiteral("Đơn vị"),
                          QStringLiteral("Chức vụ"),       QStringLiteral("Đồng tác giả"),
                          QStringLiteral("Lĩnh vực"),      QStringLiteral("Ngày nộp")};

struct Sheet
{
    QList<SheetRow> rows;
    std::optional<Error> error;

    const Cell* cell(int rowNumber, int column) const
    {
        for (const SheetRow& r : rows) {
            if (r.number == rowNumber)
                return r.cell(column);
        }
        return nullptr;
    }
    QString text(int rowNumber, int column) const
    {
        const Cell* c = cell(rowNumber, column);
        return c ? c->text : QString();
    }
    QStringList texts(int rowNumber) const
    {
        QStringList out;
        for (const SheetRow& r : rows) {
            if (r.number == rowNumber) {
                for (const Cell& c : r.cells)
                    out << c.text;
            }
        }
        return out;
    }
};

Sheet readSheet(SheetReader& reader)
{
    Sheet sheet;
    SheetRow row;
    for (;;) {
        Result<bool> more = reader.nextRow(row);
        if (!more) {
            sheet.error = more.error();
            return sheet;
        }
        if (!*more)
            return sheet;
        sheet.rows << row;
    }
}

std::unique_ptr<SheetReader> openOk(const QString& path, const ReaderLimits& limits = {})
{
    auto reader = SheetReader::forFile(path, limits);
    REQUIRE(reader);
    const Status s = reader->open(path);
    INFO((s ? std::string("ok") : s.error().text().toStdString()));
    REQUIRE(s);
    return reader;
}

// The error of opening and reading every row of the first sheet, or nullopt when all went well.
std::optional<Error> failure(const QString& path, const ReaderLimits& limits = {})
{
    auto reader = SheetReader::forFile(path, limits);
    if (!reader)
        return Error{QStringLiteral("no reader"), path};
    if (Status s = reader->open(path); !s)
        return s.error();
    return readSheet(*reader).error;
}

} // namespace

TEST_CASE("xlsx by openpyxl: a Vietnamese list under a merged title block, dates, legacy fonts, hidden sheet",
          "[readers]")
{
    auto reader = openOk(fixture(QStringLiteral("vn_list.xlsx")));
    CHECK(dynamic_cast<XlsxReader*>(reader.get()));
    CHECK(reader->sheets() == QList<SheetInfo>{{QStringLiteral("Danh sách"), false},
                                               {QStringLiteral("Ghi chú"), false},
                                               {QStringLiteral("Ẩn"), true}});
    CHECK(reader->currentSheet() == u"Danh sách");
    const Sheet sheet = readSheet(*reader);
    REQUIRE_FALSE(sheet.error);
    CHECK(sheet.rows.first().number == 1);
    CHECK(sheet.texts(3) == kHeader);
    CHECK(sheet.cell(3, 1)->font == u"Times New Roman");
    CHECK(sheet.text(4, 1) == u"Nguyễn Văn An");
    CHECK(sheet.cell(4, 0)->value == QVariant(1.0));
    CHECK(sheet.cell(4, 7)->value == QVariant(QDate(2024, 3, 15)));
    CHECK(sheet.cell(4, 7)->text == u"15/03/2024");
    CHECK(sheet.cell(5, 5) == nullptr); // an empty co-author cell is not listed
    CHECK(reader->mergedRanges() ==
          QList<CellRange>{*CellRange::fromA1(u"A1:H1"), *CellRange::fromA1(u"A2:H2")});
    // Legacy-font cells keep their bytes-as-1252 text; the font tells the text repair what they are.
    CHECK(sheet.text(8, 1) == u"Hµ Néi");
    CHECK(sheet.cell(8, 1)->font == u".VnTime");
    CHECK(sheet.text(9, 1) == u"Haø Noäi");
    CHECK(sheet.cell(9, 1)->font == u"VNI-Times");
    CHECK(sheet.cell(8, 2)->value == QVariant(0.5));
    CHECK(sheet.cell(8, 3)->value == QVariant(true));
    CHECK(sheet.cell(8, 4)->value == QVariant(QDateTime(QDate(2024, 6, 1), QTime(14, 30))));
    CHECK(sheet.cell(8, 5) == nullptr); // a formula without a cached value shows nothing

    REQUIRE(reader->selectSheet(QStringLiteral("Ẩn")));
    CHECK(readSheet(*reader).text(1, 0) == u"Dữ liệu ẩn");
    CHECK_FALSE(reader->selectSheet(QStringLiteral("Không có")));
}

TEST_CASE("the same list written by LibreOffice as .xlsx, .ods and .xls", "[readers]")
{
    for (const QString& name : {QStringLiteral("vn_list_lo.xlsx"), QStringLiteral("vn_list_lo.ods"),
                                QStringLiteral("vn_list_lo.xls")}) {
        INFO(name.toStdString());
        auto reader = openOk(fixture(name));
        CHECK(reader->currentSheet() == u"Danh sách");
        CHECK(reader->sheets().size() == 3);
        const Sheet sheet = readSheet(*reader);
        REQUIRE_FALSE(sheet.error);
        CHECK(sheet.text(1, 0) == u"DANH SÁCH SÁNG KIẾN ĐỀ NGHỊ CÔNG NHẬN NĂM 2024");
        CHECK(sheet.texts(3) == kHeader);
        CHECK(sheet.text(6, 5) == u"Đỗ Minh Tuấn; Hoàng Thị Lan");
        CHECK(sheet.cell(6, 0)->value == QVariant(3.0));
        CHECK(sheet.cell(6, 7)->value == QVariant(QDate(2024, 5, 20)));
        CHECK(sheet.text(8, 1) == u"Hµ Néi");
        CHECK(sheet.cell(8, 4)->value == QVariant(QDateTime(QDate(2024, 6, 1), QTime(14, 30))));
        if (name.endsWith(u".xls")) {
            CHECK(dynamic_cast<XlsReader*>(reader.get()));
            CHECK(sheet.cell(8, 1)->font.isEmpty()); // FreeXL reports no fonts
        } else {
            CHECK(sheet.cell(8, 1)->font == u".VnTime");
            CHECK(sheet.cell(9, 1)->font == u"VNI-Times");
            CHECK(sheet.cell(3, 1)->font == u"Times New Roman");
            CHECK(reader->mergedRanges().contains(*CellRange::fromA1(u"A1:H1")));
            CHECK(reader->sheets().last() == SheetInfo{QStringLiteral("Ẩn"), true});
        }
        if (name.endsWith(u".ods"))
            CHECK(dynamic_cast<OdsReader*>(reader.get()));
    }
}

TEST_CASE("csv: UTF-8 with BOM, UTF-16 LE, Windows-1258 and semicolons", "[readers]")
{
    struct Case
    {
        QString file;
        CsvReader::Encoding encoding;
        QChar delimiter;
    };
    for (const Case& c : {Case{QStringLiteral("vn_list_utf8_bom.csv"), CsvReader::Encoding::Utf8, u','},
                          Case{QStringLiteral("vn_list_utf16le.txt"), CsvReader::Encoding::Utf16LE, u'\t'},
                          Case{QStringLiteral("vn_list_cp1258.csv"), CsvReader::Encoding::Windows1258, u','},
                          Case{QStringLiteral("vn_list_semicolon.csv"), CsvReader::Encoding::Utf8, u';'}}) {
        INFO(c.file.toStdString());
        auto reader = openOk(fixture(c.file));
        auto* csv = dynamic_cast<CsvReader*>(reader.get());
        REQUIRE(csv);
        CHECK(csv->encoding() == c.encoding);
        CHECK(csv->delimiter() == c.delimiter);
        CHECK(reader->sheets() == QList<SheetInfo>{{c.file.section(u'.', 0, 0), false}});
        const Sheet sheet = readSheet(*reader);
        REQUIRE_FALSE(sheet.error);
        CHECK(sheet.texts(1) == kHeader); // NFC, whatever the encoding stored
        CHECK(sheet.text(3, 4) == u"Điều dưỡng trưởng");
        CHECK(sheet.text(4, 5) == u"Đỗ Minh Tuấn; Hoàng Thị Lan");
        CHECK(sheet.cell(2, 0)->value == QVariant(QStringLiteral("1")));
    }
    const Sheet semicolon = readSheet(*openOk(fixture(QStringLiteral("vn_list_semicolon.csv"))));
    CHECK(semicolon.text(5, 1) == u"Võ Thị \"Út\"");
    CHECK(semicolon.text(5, 2) == u"Dòng một\nDòng hai");
    CHECK(semicolon.text(5, 7) == u"2,5");
    CHECK(semicolon.cell(5, 5) == nullptr);
}

TEST_CASE("csv: record numbers, blank lines, quotes and line ends written by hand", "[readers]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("danh_sach.csv"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("a,b,c\r\n\r\n\"x,1\",\"say \"\"hi\"\"\",\"two\r\nlines\"\rlast,,z");
    file.close();
    auto reader = openOk(path);
    const Sheet sheet = readSheet(*reader);
    REQUIRE_FALSE(sheet.error);
    REQUIRE(sheet.rows.size() == 3);
    CHECK(sheet.rows[1].number == 3); // the blank record 2 counts but is not given out
    CHECK(sheet.text(3, 0) == u"x,1");
    CHECK(sheet.text(3, 1) == u"say \"hi\"");
    CHECK(sheet.text(3, 2) == u"two\r\nlines");
    CHECK(sheet.rows[2].number == 4);
    CHECK(sheet.cell(4, 1) == nullptr);
    CHECK(sheet.text(4, 2) == u"z");
    // Rewinding by selecting the sheet again gives the same rows.
    REQUIRE(reader->selectSheet(QStringLiteral("danh_sach")));
    CHECK(readSheet(*reader).rows == sheet.rows);
}

TEST_CASE("LibreOffice's .xlsx and .ods: merged title, empty-row runs, entities, _x000D_, cached formulas, "
          "hidden sheet",
          "[readers]")
{
    for (const QString& name : {QStringLiteral("edge_cases_lo.xlsx"), QStringLiteral("edge_cases_lo.ods")}) {
        INFO(name.toStdString());
        const bool ods = name.endsWith(u".ods");
        auto reader = openOk(fixture(name));
        CHECK(reader->sheets() ==
              QList<SheetInfo>{{QStringLiteral("Danh sách"), false}, {QStringLiteral("Ẩn"), true}});
        CHECK(reader->currentSheet() == u"Danh sách");
        const Sheet sheet = readSheet(*reader);
        REQUIRE_FALSE(sheet.error);
        // The title merged over A1:E1 is one cell with its range.
        CHECK(reader->mergedRanges().contains(*CellRange::fromA1(u"A1:E1")));
        CHECK(sheet.text(1, 0) == u"DANH SÁCH SÁNG KIẾN NĂM 2024");
        // Four equal rows, then 20 empty ones (the .ods stores them as one row repeated 20 times, and
        // a million more after the last): numbered as the program shows them, the empty ones not given.
        QList<int> numbers;
        for (const SheetRow& r : sheet.rows)
            numbers << r.number;
        CHECK(numbers == QList<int>{1, 2, 3, 4, 5, 6, 7, 8, 9, 30});
        for (int r = 3; r <= 6; ++r)
            CHECK(sheet.texts(r) == QStringList{QStringLiteral("0"), QStringLiteral("Chưa đặt tên"),
                                                QStringLiteral("Dự phòng")});
        CHECK(sheet.text(30, 1) == u"Hết danh sách");
        // &amp; &lt; &gt; &quot; in the shared strings (xlsx) and the content (ods).
        CHECK(sheet.text(7, 1) == u"Nghiên cứu & phát triển <R&D> \"Sở\"");
        // Excel's _x000D_ escape is a carriage return; ODS has two paragraphs.
        CHECK(sheet.text(8, 1) == (ods ? u"Dòng một\nDòng hai" : u"Dòng một\r\nDòng hai"));
        // Formulas give the value LibreOffice cached when it saved.
        REQUIRE(sheet.cell(9, 4));
        CHECK(sheet.cell(9, 4)->value == QVariant(89.0));
        CHECK(sheet.text(9, 2) == u"Sở Y tế");

        REQUIRE(reader->selectSheet(QStringLiteral("Ẩn")));
        CHECK(readSheet(*reader).text(1, 0) == u"Dữ liệu ẩn");
    }
    // The same workbook as openpyxl wrote it caches no formula value: those cells read as empty.
    const Sheet raw = readSheet(*openOk(fixture(QStringLiteral("edge_cases.xlsx"))));
    CHECK(raw.cell(9, 4) == nullptr);
    CHECK(raw.text(8, 1) == u"Dòng một\r\nDòng hai");
}

TEST_CASE("xlsx in the 1904 date system: the same serial is read as the date Excel for Mac shows",
          "[readers]")
{
    auto reader = openOk(fixture(QStringLiteral("edge_1904.xlsx")));
    const Sheet sheet = readSheet(*reader);
    REQUIRE_FALSE(sheet.error);
    REQUIRE(sheet.cell(2, 0));
    CHECK(sheet.cell(2, 0)->isDate());
    CHECK(sheet.cell(2, 0)->value == QVariant(QDate(2024, 3, 15))); // read as 1900 it would be 2020-03-14
    CHECK(sheet.cell(2, 0)->text == u"15/03/2024");
    CHECK(sheet.cell(3, 0)->value == QVariant(QDateTime(QDate(2024, 6, 1), QTime(14, 30))));
    CHECK(sheet.cell(2, 1)->value == QVariant(45000.0)); // a plain number beside it stays a number
}

TEST_CASE("csv: UTF-8 with a BOM and records ended by CR alone", "[readers]")
{
    auto reader = openOk(fixture(QStringLiteral("edge_bom_cr.csv")));
    auto* csv = dynamic_cast<CsvReader*>(reader.get());
    REQUIRE(csv);
    CHECK(csv->encoding() == CsvReader::Encoding::Utf8);
    CHECK(csv->delimiter() == u',');
    const Sheet sheet = readSheet(*reader);
    REQUIRE_FALSE(sheet.error);
    REQUIRE(sheet.rows.size() == 4);
    CHECK(sheet.texts(1) == QStringList{QStringLiteral("STT"), QStringLiteral("Họ và tên"),
                                        QStringLiteral("Đơn vị")}); // no BOM in front of STT
    CHECK(sheet.texts(2) ==
          QStringList{QStringLiteral("1"), QStringLiteral("Nguyễn Văn An"), QStringLiteral("Sở Tư pháp")});
    CHECK(sheet.text(3, 1) == u"Lê Thị\rHồng Nhung"); // a quoted CR stays inside its field
    CHECK(sheet.text(4, 2) == u"Sở Nội vụ");
}

TEST_CASE("Windows-1258 decoding composes tone marks, and agrees with ICU when Qt has it", "[readers]")
{
    const QByteArray bytes("Ho\xF2 va\xCC t\xEAn \xD0\xF4\xF2 H\xF4\xECng \xFE");
    const QString decoded = reader::decodeWindows1258(bytes).normalized(QString::NormalizationForm_C);
    CHECK(decoded == u"Họ và tên Độ Hống ₫");
    QStringDecoder icu("windows-1258");
    if (icu.isValid()) {
        const QString viaIcu = icu.decode(bytes);
        CHECK(viaIcu.normalized(QString::NormalizationForm_C) == decoded);
    }
}

TEST_CASE("Broken files are refused with a message naming the file", "[readers]")
{
    struct Case
    {
        QString file;
        QString words; // part of the message
    };
    for (const Case& c : {Case{QStringLiteral("truncated.xlsx"), QStringLiteral("zip")},
                          Case{QStringLiteral("random_bytes.xlsx"), QStringLiteral("zip")},
                          Case{QStringLiteral("empty.xlsx"), QStringLiteral("empty")},
                          Case{QStringLiteral("empty.csv"), QStringLiteral("empty")},
                          Case{QStringLiteral("web_page.xls"), QStringLiteral("web page")},
                          Case{QStringLiteral("encrypted.ods"), QStringLiteral("password")},
                          Case{QStringLiteral("does_not_exist.xlsx"), QStringLiteral("not exist")}}) {
        INFO(c.file.toStdString());
        const std::optional<Error> e = failure(fixture(c.file));
        REQUIRE(e);
        CHECK(e->place.startsWith(c.file));
        CHECK(e->message.contains(c.words));
    }
}

TEST_CASE("A password-protected .xlsx (an OLE2 file holding EncryptedPackage) is refused as such",
          "[readers]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bao_mat.xlsx"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    QByteArray bytes("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
    bytes += QByteArray(1024, '\0');
    for (const char c : QByteArray("EncryptedPackage"))
        bytes += QByteArray(1, c) + '\0';
    bytes += QByteArray(1024, '\0');
    file.write(bytes);
    file.close();
    auto reader = SheetReader::forFile(path);
    CHECK(dynamic_cast<XlsReader*>(reader.get()));
    const std::optional<Error> e = failure(path);
    REQUIRE(e);
    CHECK(e->place == u"bao_mat.xlsx");
    CHECK(e->message.contains(QStringLiteral("password")));
}

TEST_CASE("A zip bomb stops at the size limit, a long sheet at the row limit", "[readers]")
{
    const QString bomb = fixture(QStringLiteral("bomb.xlsx"));
    CHECK(QFileInfo(bomb).size() < 100 * 1024); // about 20 MB unzipped

    ReaderLimits small;
    small.maxEntryBytes = 2 * 1024 * 1024;
    const std::optional<Error> tooBig = failure(bomb, small);
    REQUIRE(tooBig);
    CHECK(tooBig->message.contains(QStringLiteral("refused")));
    CHECK(tooBig->place.startsWith(QStringLiteral("bomb.xlsx, sheet “Bomb”, row ")));

    ReaderLimits fewRows;
    fewRows.maxRows = 1000;
    const std::optional<Error> tooLong = failure(bomb, fewRows);
    REQUIRE(tooLong);
    CHECK(tooLong->message.contains(QStringLiteral("1000 rows")));
    CHECK(tooLong->place == u"bomb.xlsx, sheet “Bomb”, row 1001");

    ReaderLimits narrow;
    narrow.maxCellTextLength = 10;
    const std::optional<Error> tooWide = failure(fixture(QStringLiteral("vn_list.xlsx")), narrow);
    REQUIRE(tooWide);
    CHECK(tooWide->place == u"vn_list.xlsx, sheet “Danh sách”, cell A1");
}

TEST_CASE("forFile picks the reader by content first, then by extension", "[readers]")
{
    CHECK(dynamic_cast<XlsxReader*>(SheetReader::forFile(fixture(QStringLiteral("vn_list.xlsx"))).get()));
    CHECK(dynamic_cast<OdsReader*>(SheetReader::forFile(fixture(QStringLiteral("vn_list_lo.ods"))).get()));
    CHECK(dynamic_cast<XlsReader*>(SheetReader::forFile(fixture(QStringLiteral("vn_list_lo.xls"))).get()));
    CHECK(
        dynamic_cast<CsvReader*>(SheetReader::forFile(fixture(QStringLiteral("vn_list_cp1258.csv"))).get()));

    QTemporaryDir dir;
    // An .xlsx saved under a wrong name is still read as what it is.
    const QString renamed = dir.filePath(QStringLiteral("danh_sach.ods"));
    REQUIRE(QFile::copy(fixture(QStringLiteral("vn_list.xlsx")), renamed));
    auto reader = SheetReader::forFile(renamed);
    CHECK(dynamic_cast<XlsxReader*>(reader.get()));
    CHECK(reader->open(renamed));
    // Tab-separated text named .xls, as web systems export it.
    const QString textXls = dir.filePath(QStringLiteral("export.xls"));
    const QString semicolonCsv = fixture(QStringLiteral("vn_list_semicolon.csv"));
    REQUIRE(QFile::copy(semicolonCsv, textXls));
    auto text = SheetReader::forFile(textXls);
    CHECK(dynamic_cast<CsvReader*>(text.get()));
    CHECK(SheetReader::forFile(dir.filePath(QStringLiteral("notes.pdf"))) == nullptr);
}

TEST_CASE("Column letters, cell references and number formats", "[readers]")
{
    CHECK(SheetReader::columnName(0) == u"A");
    CHECK(SheetReader::columnName(25) == u"Z");
    CHECK(SheetReader::columnName(26) == u"AA");
    CHECK(SheetReader::columnName(16383) == u"XFD");
    int row = 0;
    CHECK(SheetReader::columnFromRef(u"XFD1048576", &row) == 16383);
    CHECK(row == 1048576);
    CHECK(SheetReader::columnFromRef(u"$B$7", &row) == 1);
    CHECK(row == 7);
    CHECK(SheetReader::columnFromRef(u"ZZZZZ1") == -1);
    CHECK(SheetReader::columnFromRef(u"12") == -1);
    CHECK(CellRange::fromA1(u"B2:C4")->toA1() == u"B2:C4");
    CHECK_FALSE(CellRange::fromA1(u"nonsense"));

    using reader::classifyNumberFormat;
    using reader::DateKind;
    CHECK(classifyNumberFormat(u"dd/mm/yyyy") == DateKind::Date);
    CHECK(classifyNumberFormat(u"mmm-yy") == DateKind::Date);
    CHECK(classifyNumberFormat(u"h:mm") == DateKind::Time);
    CHECK(classifyNumberFormat(u"dd/mm/yyyy hh:mm") == DateKind::DateTime);
    CHECK(classifyNumberFormat(u"[h]:mm:ss") == DateKind::Duration);
    CHECK(classifyNumberFormat(u"General") == DateKind::None);
    CHECK(classifyNumberFormat(u"#,##0 \"đồng\"") == DateKind::None);
    CHECK(classifyNumberFormat(u"[Red]0.00;[Blue]-0.00") == DateKind::None);
    CHECK(classifyNumberFormat(u"0.00%") == DateKind::None);
    CHECK(classifyNumberFormat(u"[$-42A]dd/mm/yyyy") == DateKind::Date);
    CHECK(reader::classifyBuiltinFormat(14) == DateKind::Date);
    CHECK(reader::classifyBuiltinFormat(22) == DateKind::DateTime);
    CHECK(reader::classifyBuiltinFormat(2) == DateKind::None);

    CHECK(reader::serialToDate(1, false, DateKind::Date) == QVariant(QDate(1900, 1, 1)));
    CHECK(reader::serialToDate(59, false, DateKind::Date) == QVariant(QDate(1900, 2, 28)));
    CHECK(reader::serialToDate(61, false, DateKind::Date) == QVariant(QDate(1900, 3, 1)));
    CHECK(reader::serialToDate(45366, false, DateKind::Date) == QVariant(QDate(2024, 3, 15)));
    CHECK(reader::serialToDate(45366 - 1462, true, DateKind::Date) == QVariant(QDate(2024, 3, 15)));
    CHECK(reader::serialToDate(0.5, false, DateKind::Time) == QVariant(QTime(12, 0)));
    CHECK_FALSE(reader::serialToDate(-1, false, DateKind::Date).isValid());
    CHECK_FALSE(reader::serialToDate(1e12, false, DateKind::Date).isValid());
    CHECK(reader::decodeXString(QStringLiteral("a_x000D_b_x005F_x")) == u"a\rb_x");
}

namespace {

// Sets an environment variable for the scope: the helper process inherits it.
struct ScopedEnv
{
    QByteArray name;
    std::optional<QByteArray> before;
    ScopedEnv(const char* n, const QByteArray& value)
        : name(n)
    {
        if (qEnvironmentVariableIsSet(n))
            before = qgetenv(n);
        qputenv(n, value);
    }
    ~ScopedEnv()
    {
        if (before)
            qputenv(name.constData(), *before);
        else
            qunsetenv(name.constData());
    }
};

} // namespace

TEST_CASE("xls: FreeXL runs in the helper process, and each sheet reads again after another",
          "[readers][xls]")
{
    XlsReader reader;
    CHECK(QFileInfo(reader.helperProgram()).isExecutable());
    REQUIRE(reader.open(fixture(QStringLiteral("vn_list_lo.xls"))));
    const QList<SheetInfo> sheets = reader.sheets();
    REQUIRE(sheets.size() == 3);
    const Sheet first = readSheet(reader);
    REQUIRE_FALSE(first.error);
    for (const SheetInfo& info : sheets) {
        REQUIRE(reader.selectSheet(info.name));
        CHECK(reader.currentSheet() == info.name);
        CHECK_FALSE(readSheet(reader).error);
    }
    // Back to the first sheet, halfway through it, and again: the same rows each time.
    REQUIRE(reader.selectSheet(sheets[0].name));
    SheetRow row;
    REQUIRE(reader.nextRow(row).value());
    REQUIRE(reader.selectSheet(sheets[0].name));
    const Sheet again = readSheet(reader);
    REQUIRE_FALSE(again.error);
    CHECK(again.rows == first.rows);
    CHECK(
        reader.selectSheet(QStringLiteral("Không có")).error().message.contains(QStringLiteral("no sheet")));

    XlsReader imports;
    REQUIRE(imports.open(fixture(QStringLiteral("vn_import_lo.xls"))));
    const Sheet list = readSheet(imports);
    REQUIRE_FALSE(list.error);
    CHECK(list.rows.size() > 5);
}

TEST_CASE("xls: a crash, a hang or a runaway allocation in the helper is an Error naming the file",
          "[readers][xls]")
{
    const QString path = fixture(QStringLiteral("vn_list_lo.xls"));
    SECTION("FreeXL crashes while opening the workbook")
    {
        ScopedEnv crash("SANGKIEN_XLS_HELPER_TEST", "crash-open");
        const std::optional<Error> e = failure(path);
        REQUIRE(e);
        CHECK(e->place == u"vn_list_lo.xls");
        CHECK(e->message.contains(QStringLiteral("damaged")));
        CHECK(e->message.contains(QStringLiteral("stopped abruptly (signal 6)")));
    }
    SECTION("FreeXL crashes after the first row: the rows before it came, the error names the row")
    {
        ScopedEnv crash("SANGKIEN_XLS_HELPER_TEST", "crash-rows");
        XlsReader reader;
        REQUIRE(reader.open(path));
        const Sheet sheet = readSheet(reader);
        REQUIRE(sheet.rows.size() == 1);
        REQUIRE(sheet.error);
        CHECK(sheet.error->place == u"vn_list_lo.xls, sheet “Danh sách”, row 1");
        CHECK(sheet.error->message.contains(QStringLiteral("stopped abruptly")));
        // Past the error the reader is at its end, not stuck.
        SheetRow row;
        CHECK_FALSE(reader.nextRow(row).value());
    }
    SECTION("FreeXL hangs: stopped after the time without progress")
    {
        ScopedEnv hang("SANGKIEN_XLS_HELPER_TEST", "hang");
        XlsReader reader;
        XlsReader::HelperLimits limits;
        limits.stallSeconds = 1;
        reader.setHelperLimits(limits);
        QElapsedTimer timer;
        timer.start();
        const Status s = reader.open(path);
        CHECK(timer.elapsed() < 10000);
        REQUIRE_FALSE(s);
        CHECK(s.error().place == u"vn_list_lo.xls");
        CHECK(s.error().message.contains(QStringLiteral("no progress for 1 seconds")));
    }
    SECTION("FreeXL allocates without end: the memory limit stops it")
    {
        if (XlsReader::underAddressSanitizer())
            return; // no address-space limit for a helper built with AddressSanitizer
        ScopedEnv allocate("SANGKIEN_XLS_HELPER_TEST", "allocate");
        XlsReader reader;
        XlsReader::HelperLimits limits;
        limits.memoryBytes = 128LL << 20;
        reader.setHelperLimits(limits);
        const Status s = reader.open(path);
        REQUIRE_FALSE(s);
        CHECK(s.error().place == u"vn_list_lo.xls");
        CHECK(s.error().message.contains(QStringLiteral("memory")));
    }
    // The program goes on: the same file reads once the helper behaves.
    XlsReader reader;
    REQUIRE(reader.open(path));
    CHECK(readSheet(reader).rows.size() > 5);
}

TEST_CASE("xls: a file that crashes FreeXL is refused with a message, the program survives", "[readers][xls]")
{
    // Found by fuzzing (tests/fuzz/fuzz_xls_reader); FreeXL 1.0.6 crashes on it inside iconv.
    const std::optional<Error> e = failure(fixture(QStringLiteral("freexl_crash.xls")));
    REQUIRE(e);
    CHECK(e->place.startsWith(QStringLiteral("freexl_crash.xls")));
    CHECK(e->message.contains(QStringLiteral("damaged")));
}

TEST_CASE("xls: a missing helper program is a clear error", "[readers][xls]")
{
    const QString path = fixture(QStringLiteral("vn_list_lo.xls"));
    XlsReader reader;
    XlsReader::HelperLimits limits;
    limits.program = QStringLiteral("/nonexistent/sangkien-xls");
    reader.setHelperLimits(limits);
    const Status s = reader.open(path);
    REQUIRE_FALSE(s);
    CHECK(s.error().place == u"vn_list_lo.xls");
    CHECK(s.error().message.contains(QStringLiteral("helper program")));
    CHECK(s.error().message.contains(QStringLiteral("/nonexistent/sangkien-xls")));
    CHECK(reader.sheets().isEmpty());

    ScopedEnv missing("SANGKIEN_XLS_HELPER", "/nonexistent/sangkien-xls");
    const std::optional<Error> e = failure(path);
    REQUIRE(e);
    CHECK(e->message.contains(QStringLiteral("helper program")));
}
