#include "import/column_mapping.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace sangkien;

namespace {

QStringList row(std::initializer_list<const char16_t*> cells)
{
    QStringList r;
    for (const char16_t* c : cells)
        r.append(QString::fromUtf16(c));
    return r;
}

// A unit's list as offices lay it out: a title block, then the headers on row 4.
QList<QStringList> sheetWithTitleBlock()
{
    return {
        row({u"UBND HUYỆN ĐÔNG ANH", u"", u"", u"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"}),
        row({u"DANH SÁCH SÁNG KIẾN ĐỀ NGHỊ CÔNG NHẬN NĂM 2024"}),
        row({u""}),
        row({u"STT", u"Tên sáng kiến,\ngiải pháp", u"Họ và tên", u"Chức vụ", u"Đơn vị công tác", u"Tỷ lệ (%)",
             u"Lĩnh vực", u"Ghi chú"}),
        row({u"1", u"Số hóa hồ sơ một cửa", u"Nguyễn Văn An", u"Chuyên viên", u"UBND xã Uy Nỗ", u"100",
             u"Cải cách hành chính", u""}),
    };
}

} // namespace

TEST_CASE("column letters", "[mapping]")
{
    CHECK(ColumnMapping::columnLetter(0) == QStringLiteral("A"));
    CHECK(ColumnMapping::columnLetter(25) == QStringLiteral("Z"));
    CHECK(ColumnMapping::columnLetter(26) == QStringLiteral("AA"));
    CHECK(ColumnMapping::columnLetter(27) == QStringLiteral("AB"));
    CHECK(ColumnMapping::columnLetter(701) == QStringLiteral("ZZ"));
    CHECK(ColumnMapping::columnLetter(702) == QStringLiteral("AAA"));
    CHECK(ColumnMapping::columnLetter(16383) == QStringLiteral("XFD"));
    CHECK(ColumnMapping::columnLetter(-1).isEmpty());
    CHECK(ColumnMapping::columnIndex(QStringLiteral("A")) == 0);
    CHECK(ColumnMapping::columnIndex(QStringLiteral("z")) == 25);
    CHECK(ColumnMapping::columnIndex(QStringLiteral(" AA ")) == 26);
    CHECK(ColumnMapping::columnIndex(QStringLiteral("XFD")) == 16383);
    CHECK(ColumnMapping::columnIndex(QString()) == -1);
    CHECK(ColumnMapping::columnIndex(QStringLiteral("A1")) == -1);
    CHECK(ColumnMapping::columnIndex(QStringLiteral("Đ")) == -1);
    CHECK(ColumnMapping::columnIndex(QStringLiteral("ABCD")) == -1);
    for (int i = 0; i <= 18277; i += 7) // A … ZZZ
        REQUIRE(ColumnMapping::columnIndex(ColumnMapping::columnLetter(i)) == i);
}

TEST_CASE("field ids are stable and round-trip", "[mapping]")
{
    CHECK(importFieldId(ImportField::Title) == QStringLiteral("title"));
    CHECK(importFieldId(ImportField::NomineeName) == QStringLiteral("nominee_name"));
    CHECK(importFieldId(ImportField::FirstAppliedOn) == QStringLiteral("first_applied_on"));
    CHECK(importFieldId(ImportField::EconomicBenefit) == QStringLiteral("economic_benefit"));
    CHECK(allImportFields().size() == 21);
    for (const ImportField f : allImportFields()) {
        CHECK(importFieldFromId(importFieldId(f)) == f);
        CHECK_FALSE(importFieldName(f).isEmpty());
    }
    CHECK_FALSE(importFieldFromId(QStringLiteral("titel")).has_value());
}

TEST_CASE("usual Vietnamese headers are recognised", "[mapping]")
{
    struct Case
    {
        const char16_t* header;
        ImportField field;
    };
    const Case cases[] = {
        {u"STT", ImportField::Number},
        {u"TT", ImportField::Number},
        {u"Số TT", ImportField::Number},
        {u"Họ và tên", ImportField::NomineeName},
        {u"Họ tên", ImportField::NomineeName},
        {u"Tên tác giả", ImportField::NomineeName},
        {u"Tác giả", ImportField::NomineeName},
        {u"Tên sáng kiến", ImportField::Title},
        {u"Tên sáng kiến, giải pháp", ImportField::Title},
        {u"Tên đề tài/giải pháp", ImportField::Title},
        {u"Đơn vị", ImportField::Unit},
        {u"Đơn vị công tác", ImportField::Unit},
        {u"Cơ quan", ImportField::Unit},
        {u"Chức vụ", ImportField::Position},
        {u"Chức vụ, đơn vị", ImportField::Unit}, // alone it holds the unit; see the detect test
        {u"Đồng tác giả", ImportField::CoAuthors},
        {u"Tỷ lệ đóng góp", ImportField::Shares},
        {u"Tỷ lệ (%)", ImportField::Shares},
        {u"Tỉ lệ đóng góp (%)", ImportField::Shares},
        {u"Lĩnh vực", ImportField::Category},
        {u"Nội dung thi đua", ImportField::Category},
        {u"Loại", ImportField::Kind},
        {u"Sáng kiến/Cải tiến/Giải pháp", ImportField::Kind},
        {u"Tập thể/Cá nhân", ImportField::NomineeKind},
        {u"Giới tính", ImportField::Gender},
        {u"Nam/Nữ", ImportField::Gender},
        {u"Năm sinh", ImportField::BirthYear},
        {u"Ngày nhận", ImportField::ReceivedOn},
        {u"Ngày áp dụng", ImportField::FirstAppliedOn},
        {u"Thời gian áp dụng", ImportField::FirstAppliedOn},
        {u"Phạm vi áp dụng", ImportField::Scope},
        {u"Đơn vị áp dụng", ImportField::Scope},
        {u"Hiệu quả kinh tế", ImportField::EconomicBenefit},
        {u"Giá trị làm lợi (đồng)", ImportField::EconomicBenefit},
        {u"Tóm tắt", ImportField::Summary},
        {u"Mô tả", ImportField::Summary},
        {u"Nội dung sáng kiến", ImportField::Summary},
        {u"Ghi chú", ImportField::Note},
        {u"Mã số", ImportField::Code},
        // Without diacritics, any case, extra spaces and line breaks.
        {u"Ho va ten", ImportField::NomineeName},
        {u"TEN SANG KIEN", ImportField::Title},
        {u"  don   vi\ncong tac ", ImportField::Unit},
        {u"HỌ VÀ TÊN", ImportField::NomineeName},
        {u"Tên sáng kiến (*)", ImportField::Title},
        // Not headers of ours.
        {u"Số điện thoại", ImportField::Ignore},
        {u"DANH SÁCH SÁNG KIẾN ĐỀ NGHỊ CÔNG NHẬN", ImportField::Ignore},
        {u"(1)", ImportField::Ignore},
        {u"", ImportField::Ignore},
        {u"Tên", ImportField::Ignore},
    };
    for (const Case& c : cases) {
        const QString header = QString::fromUtf16(c.header);
        INFO(header.toStdString());
        CHECK(ColumnMapping::recognizeHeader(header) == c.field);
    }
}

TEST_CASE("detect: headers on row 1", "[mapping]")
{
    const QList<QStringList> rows = {
        row({u"STT", u"Tên sáng kiến", u"Tác giả", u"Đơn vị"}),
        row({u"1", u"Phần mềm quản lý kho", u"Lê Thị Bình", u"Sở Tài chính"}),
    };
    const Result<ColumnMapping> m = ColumnMapping::detect(rows);
    REQUIRE(m.ok());
    CHECK(m->headerRow() == 1);
    CHECK(m->columnOf(ImportField::Number) == 0);
    CHECK(m->columnOf(ImportField::Title) == 1);
    CHECK(m->columnOf(ImportField::NomineeName) == 2);
    CHECK(m->columnOf(ImportField::Unit) == 3);
    CHECK(m->isValid());
    CHECK(m->value(rows.at(1), ImportField::Title) == QStringLiteral("Phần mềm quản lý kho"));
    CHECK(m->value(rows.at(1), ImportField::Note).isEmpty());
}

TEST_CASE("detect: headers on row 4 under a title block", "[mapping]")
{
    const Result<ColumnMapping> m = ColumnMapping::detect(sheetWithTitleBlock());
    REQUIRE(m.ok());
    CHECK(m->headerRow() == 4);
    CHECK(m->columnOf(ImportField::Number) == 0);
    CHECK(m->columnOf(ImportField::Title) == 1);
    CHECK(m->header(1) == QStringLiteral("Tên sáng kiến, giải pháp")); // line break tidied
    CHECK(m->columnOf(ImportField::NomineeName) == 2);
    CHECK(m->columnOf(ImportField::Position) == 3);
    CHECK(m->columnOf(ImportField::Unit) == 4);
    CHECK(m->columnOf(ImportField::Shares) == 5);
    CHECK(m->columnOf(ImportField::Category) == 6);
    CHECK(m->columnOf(ImportField::Note) == 7);
}

TEST_CASE("detect: no diacritics, capitals, shuffled, unknown columns ignored", "[mapping]")
{
    const QList<QStringList> rows = {
        row({u"Danh sach sang kien nam 2024"}),
        row({u"GHI CHU", u"So dien thoai", u"TEN SANG KIEN", u"Ho va ten", u"Email", u"NAM SINH", u"stt"}),
        row({u"", u"0912345678", u"Giai phap tiet kiem dien", u"Tran Van Cuong", u"a@b.vn", u"1980", u"1"}),
    };
    const Result<ColumnMapping> m = ColumnMapping::detect(rows);
    REQUIRE(m.ok());
    CHECK(m->headerRow() == 2);
    CHECK(m->columnOf(ImportField::Note) == 0);
    CHECK(m->field(1) == ImportField::Ignore);
    CHECK(m->header(1) == QStringLiteral("So dien thoai")); // kept, so the wizard shows it
    CHECK(m->columnOf(ImportField::Title) == 2);
    CHECK(m->columnOf(ImportField::NomineeName) == 3);
    CHECK(m->field(4) == ImportField::Ignore);
    CHECK(m->columnOf(ImportField::BirthYear) == 5);
    CHECK(m->columnOf(ImportField::Number) == 6);
}

TEST_CASE("detect: a group header over sub-headers", "[mapping]")
{
    const QList<QStringList> rows = {
        row({u"STT", u"Tên sáng kiến", u"Tác giả", u"", u"", u"Lĩnh vực"}),
        row({u"", u"", u"Họ và tên", u"Chức vụ", u"Đơn vị", u""}),
        row({u"1", u"Quy trình mới", u"Phạm Thu Hà", u"Kế toán", u"Sở Y tế", u"Y tế"}),
    };
    const Result<ColumnMapping> m = ColumnMapping::detect(rows);
    REQUIRE(m.ok());
    CHECK(m->headerRow() == 2); // data starts on row 3
    CHECK(m->columnOf(ImportField::Number) == 0);
    CHECK(m->columnOf(ImportField::Title) == 1);
    CHECK(m->columnOf(ImportField::NomineeName) == 2);
    CHECK(m->columnOf(ImportField::Position) == 3);
    CHECK(m->columnOf(ImportField::Unit) == 4);
    CHECK(m->columnOf(ImportField::Category) == 5);
}

TEST_CASE("detect: a combined position and unit column", "[mapping]")
{
    SECTION("alone, it holds the unit")
    {
        const Result<ColumnMapping> m =
            ColumnMapping::detect({row({u"Tên sáng kiến", u"Họ và tên", u"Chức vụ, đơn vị công tác"})});
        REQUIRE(m.ok());
        CHECK(m->columnOf(ImportField::Unit) == 2);
        CHECK_FALSE(m->hasField(ImportField::Position));
    }
    SECTION("beside a unit column, it holds the position")
    {
        const Result<ColumnMapping> m =
            ColumnMapping::detect({row({u"Tên sáng kiến", u"Chức vụ, đơn vị", u"Cơ quan"})});
        REQUIRE(m.ok());
        CHECK(m->columnOf(ImportField::Position) == 1);
        CHECK(m->columnOf(ImportField::Unit) == 2);
    }
}

TEST_CASE("detect: the same field twice keeps the first column", "[mapping]")
{
    const Result<ColumnMapping> m =
        ColumnMapping::detect({row({u"Tên sáng kiến", u"Họ và tên", u"Tác giả"})});
    REQUIRE(m.ok());
    CHECK(m->columnOf(ImportField::NomineeName) == 1);
    CHECK(m->field(2) == ImportField::Ignore);
}

TEST_CASE("detect: no title column is not a header", "[mapping]")
{
    const QList<QStringList> rows = {
        row({u"STT", u"Họ và tên", u"Đơn vị", u"Ghi chú"}),
        row({u"1", u"Nguyễn Văn An", u"Sở Xây dựng", u""}),
    };
    const Result<ColumnMapping> m = ColumnMapping::detect(rows);
    REQUIRE_FALSE(m.ok());
    CHECK(m.error().message.contains(QStringLiteral("Tên sáng kiến")));

    CHECK_FALSE(ColumnMapping::detect({}).ok());

    // The header only on row 11 is too deep to look for.
    QList<QStringList> deep(10, row({u"x"}));
    deep.append(row({u"Tên sáng kiến"}));
    CHECK_FALSE(ColumnMapping::detect(deep).ok());

    ColumnMapping empty;
    CHECK_FALSE(empty.isValid());
    CHECK_FALSE(empty.validate().ok());
}

TEST_CASE("setField moves a field to its new column", "[mapping]")
{
    ColumnMapping m;
    m.setColumn(2, QStringLiteral("Tên"), ImportField::Title);
    m.setColumn(0, QStringLiteral("A"), ImportField::Ignore);
    m.setField(1, ImportField::Title);
    CHECK(m.columnOf(ImportField::Title) == 1);
    CHECK(m.field(2) == ImportField::Ignore);
    CHECK(m.header(2) == QStringLiteral("Tên"));
    QList<int> order;
    for (const MappedColumn& c : m.columns())
        order.append(c.index);
    CHECK(order == QList<int>{0, 1, 2});
}

TEST_CASE("JSON round trip", "[mapping]")
{
    Result<ColumnMapping> detected = ColumnMapping::detect(sheetWithTitleBlock());
    REQUIRE(detected.ok());
    ColumnMapping m = *detected;
    m.setName(QStringLiteral("Mẫu các huyện 2024"));

    const QJsonObject json = m.toJson();
    CHECK(json.value(QStringLiteral("header_row")).toInt() == 4);
    const QJsonObject second = json.value(QStringLiteral("columns")).toArray().at(1).toObject();
    CHECK(second.value(QStringLiteral("letter")).toString() == QStringLiteral("B"));
    CHECK(second.value(QStringLiteral("header")).toString() == QStringLiteral("Tên sáng kiến, giải pháp"));
    CHECK(second.value(QStringLiteral("field")).toString() == QStringLiteral("title"));

    const Result<ColumnMapping> back = ColumnMapping::fromJson(json);
    REQUIRE(back.ok());
    CHECK(*back == m);

    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("mẫu huyện.json"));
    REQUIRE(m.saveToFile(path).ok());
    const Result<ColumnMapping> loaded = ColumnMapping::loadFromFile(path);
    REQUIRE(loaded.ok());
    CHECK(*loaded == m);
    CHECK(loaded->name() == QStringLiteral("Mẫu các huyện 2024"));
}

TEST_CASE("a saved mapping follows columns that moved", "[mapping]")
{
    // Last year: the clerk fixed the mapping and ignored "Ghi chú" on purpose.
    Result<ColumnMapping> detected = ColumnMapping::detect(sheetWithTitleBlock());
    REQUIRE(detected.ok());
    ColumnMapping saved = *detected;
    saved.setField(7, ImportField::Ignore);
    saved.setField(6, ImportField::Summary); // this unit wrote summaries under "Lĩnh vực"

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("map.json"));
    REQUIRE(saved.saveToFile(path).ok());
    const Result<ColumnMapping> loaded = ColumnMapping::loadFromFile(path);
    REQUIRE(loaded.ok());

    // This year: headers on row 2, columns in another order, without diacritics, one new column.
    const QList<QStringList> nextYear = {
        row({u"DANH SÁCH NĂM 2025"}),
        row({u"Ghi chú", u"Họ và tên", u"Đơn vị công tác", u"TÊN SÁNG KIẾN, GIẢI PHÁP", u"STT", u"Linh vuc",
             u"Năm sinh", u"Tỷ lệ (%)", u"Chức vụ"}),
        row({u"", u"Hoàng Minh", u"Sở Nội vụ", u"Chữ ký số", u"1", u"Mô tả…", u"1975", u"100",
             u"Trưởng phòng"}),
    };
    const Result<ColumnMapping> applied = loaded->applyTo(nextYear);
    REQUIRE(applied.ok());
    const ColumnMapping& m = *applied;
    CHECK(m.headerRow() == 2);
    CHECK(m.field(0) == ImportField::Ignore); // still ignored, as the clerk chose
    CHECK(m.columnOf(ImportField::NomineeName) == 1);
    CHECK(m.columnOf(ImportField::Unit) == 2);
    CHECK(m.columnOf(ImportField::Title) == 3);
    CHECK(m.columnOf(ImportField::Number) == 4);
    CHECK(m.columnOf(ImportField::Summary) == 5); // the clerk's choice, found by its header
    CHECK_FALSE(m.hasField(ImportField::Category));
    CHECK(m.columnOf(ImportField::BirthYear) == 6); // new: recognised
    CHECK(m.columnOf(ImportField::Shares) == 7);
    CHECK(m.columnOf(ImportField::Position) == 8);
    CHECK(m.value(nextYear.at(2), ImportField::Title) == QStringLiteral("Chữ ký số"));

    // A sheet without the title column is refused, naming it.
    const Result<ColumnMapping> noTitle = loaded->applyTo({row({u"STT", u"Họ và tên", u"Ghi chú"})});
    REQUIRE_FALSE(noTitle.ok());
    CHECK(noTitle.error().message.contains(QStringLiteral("Tên sáng kiến, giải pháp")));
    CHECK_FALSE(loaded->applyTo({row({u"a", u"b"})}).ok());
}

TEST_CASE("broken mapping files are refused with the file name", "[mapping]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    auto write = [&](const QString& name, const QByteArray& content) {
        const QString path = dir.filePath(name);
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(content);
        return path;
    };

    const QString broken = write(QStringLiteral("broken.json"), "{\"header_row\": 1, \"columns\": [");
    Result<ColumnMapping> r = ColumnMapping::loadFromFile(broken);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().place == broken);
    CHECK(r.error().text().contains(QStringLiteral("broken.json")));

    const QString unknown =
        write(QStringLiteral("unknown.json"),
              R"({"header_row": 1, "columns": [{"letter": "B", "header": "Tên", "field": "titel"}]})");
    r = ColumnMapping::loadFromFile(unknown);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().place == unknown);
    CHECK(r.error().message.contains(QStringLiteral("titel")));

    const QString array = write(QStringLiteral("array.json"), "[1, 2]");
    r = ColumnMapping::loadFromFile(array);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().place == array);

    const QString missing = dir.filePath(QStringLiteral("missing.json"));
    r = ColumnMapping::loadFromFile(missing);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().place == missing);

    const auto refused = [](const char* json) {
        return !ColumnMapping::fromJson(QJsonDocument::fromJson(json).object()).ok();
    };
    CHECK(refused(R"({"format": "other", "columns": []})"));
    CHECK(refused(R"({"version": 2, "columns": []})"));
    CHECK(refused(R"({"header_row": -1, "columns": []})"));
    CHECK(refused(R"({"header_row": "4", "columns": []})"));
    CHECK(refused(R"({"header_row": 1})"));
    CHECK(refused(R"({"columns": [{"header": "Tên sáng kiến", "field": "title"}]})"));
    CHECK(refused(R"({"columns": [{"letter": "1", "field": "title"}]})"));
    CHECK(refused(R"({"columns": [{"letter": "A", "field": "title"}, {"letter": "a", "field": "note"}]})"));
    CHECK(refused(R"({"columns": [{"letter": "A", "field": "title"}, {"letter": "B", "field": "title"}]})"));
    CHECK_FALSE(refused(R"({"header_row": 0, "columns": [{"letter": "C", "field": "title"}]})"));
}

TEST_CASE("a mapping without headers maps by letter", "[mapping]")
{
    const Result<ColumnMapping> m = ColumnMapping::fromJson(
        QJsonDocument::fromJson(R"({"header_row": 0, "columns": [{"letter": "C", "field": "title"}]})")
            .object());
    REQUIRE(m.ok());
    const Result<ColumnMapping> applied = m->applyTo({row({u"1", u"x", u"Đề tài A"})});
    REQUIRE(applied.ok());
    CHECK(applied->columnOf(ImportField::Title) == 2);
    CHECK(applied->headerRow() == 0);
}
