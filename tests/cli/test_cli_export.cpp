// `export`: the office's Excel workbooks (issue 17, item 4), written by the real sangkien-cli from a demo
// campaign and read back by python3-openpyxl and by LibreOffice: numbers are number cells, dates are
// dates, the header row is frozen, the Vietnamese text is intact and every figure matches `list`, `rank`
// and `members`.
#include "cli_test_helpers.h"
#include "xlsx_read_back.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace sangkien;
using namespace sangkien::testing;

namespace {

struct Demo
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("demo-2024.sangkien"));
    QJsonArray entries; // list --format json
    QJsonObject rank;   // rank --format json
    QHash<QString, QJsonObject> entryByCode;

    Demo()
    {
        REQUIRE(runCli({QStringLiteral("demo"), path, QStringLiteral("--entries"), QStringLiteral("60"),
                        QStringLiteral("--seed"), QStringLiteral("7")})
                    .exitCode == 0);
        const CliResult list =
            runCli({QStringLiteral("list"), path, QStringLiteral("--format"), QStringLiteral("json")});
        REQUIRE(list.exitCode == 0);
        entries = parseJson(list.out).value(QStringLiteral("entries")).toArray();
        REQUIRE(entries.size() == 60);
        for (const QJsonValue& e : entries)
            entryByCode.insert(e.toObject().value(QStringLiteral("code")).toString(), e.toObject());
        const CliResult r =
            runCli({QStringLiteral("rank"), path, QStringLiteral("--format"), QStringLiteral("json")});
        REQUIRE(r.exitCode == 0);
        rank = parseJson(r.out);
    }

    QString exportTo(const QString& what)
    {
        const QString out = dir.filePath(what + QStringLiteral(".xlsx"));
        const CliResult r = runCli(
            {QStringLiteral("export"), path, QStringLiteral("--what"), what, QStringLiteral("--out"), out});
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        return out;
    }
};

// The rows under the header row, up to the first empty row.
QList<QJsonArray> dataRows(const QJsonObject& sheet, int headerRow)
{
    QList<QJsonArray> rows;
    const QJsonArray all = sheet.value(QStringLiteral("rows")).toArray();
    for (int i = headerRow + 1; i < all.size(); ++i)
        rows << all[i].toArray();
    return rows;
}

// The folder's files, without SQLite's companions of the campaign that any reader may leave.
QStringList filesIn(const QString& dir)
{
    QStringList files;
    for (const QString& f : QDir(dir).entryList(QDir::Files | QDir::Hidden))
        if (!f.endsWith(QStringLiteral("-wal")) && !f.endsWith(QStringLiteral("-shm")))
            files << f;
    return files;
}

QString frozenBelow(int headerRow)
{
    return QStringLiteral("A%1").arg(headerRow + 2); // Excel rows count from 1; the pane starts below
}

} // namespace

TEST_CASE("export entries: every entry with its authors' shares, dates as dates, scores as numbers",
          "[cli][export][xlsx]")
{
    Demo demo;
    const QJsonObject book = readXlsx(demo.exportTo(QStringLiteral("entries")));
    const QJsonObject sheet = sheetNamed(book, QStringLiteral("Hồ sơ"));
    const int header = headerRowOf(sheet, QStringLiteral("STT"));
    const QJsonArray all = sheet.value(QStringLiteral("rows")).toArray();
    CHECK(cellValue(all[0].toArray()[0]).toString() ==
          QStringLiteral("DANH SÁCH HỒ SƠ ĐỀ NGHỊ CÔNG NHẬN SÁNG KIẾN NĂM 2024"));
    CHECK(sheet.value(QStringLiteral("freeze")).toString() == frozenBelow(header));
    const QHash<QString, int> col = columnsOf(all[header].toArray());
    for (const QString& name :
         {QStringLiteral("Mã số"), QStringLiteral("Tên sáng kiến"),
          QStringLiteral("Tác giả (tỷ lệ đóng góp)"), QStringLiteral("Ngày nhận hồ sơ"),
          QStringLiteral("Điểm"), QStringLiteral("Xếp hạng"), QStringLiteral("Khen thưởng"),
          QStringLiteral("Đơn vị"), QStringLiteral("Trạng thái")})
        REQUIRE(col.contains(name));

    // The rank's scores by code.
    QHash<QString, QJsonObject> ranked;
    for (const QJsonValue& e : demo.rank.value(QStringLiteral("entries")).toArray())
        ranked.insert(e.toObject().value(QStringLiteral("code")).toString(), e.toObject());

    const QList<QJsonArray> rows = dataRows(sheet, header);
    REQUIRE(rows.size() == demo.entries.size());
    int dates = 0;
    int scores = 0;
    int awards = 0;
    for (int i = 0; i < rows.size(); ++i) {
        const QJsonArray& row = rows[i];
        const QJsonObject e = demo.entries[i].toObject();
        const QString code = e.value(QStringLiteral("code")).toString();
        INFO(code.toStdString());
        CHECK(cellType(row[0]) == QStringLiteral("n"));
        CHECK(cellValue(row[0]).toInt() == i + 1);
        CHECK(cellValue(row[col[QStringLiteral("Mã số")]]).toString() == code);
        CHECK(cellValue(row[col[QStringLiteral("Tên sáng kiến")]]).toString() ==
              e.value(QStringLiteral("title")).toString());
        CHECK(cellValue(row[col[QStringLiteral("Đơn vị")]]).toString() ==
              e.value(QStringLiteral("unit")).toString());
        // "Nguyễn Văn A (60%); Trần Thị B (40%)"
        QStringList authors;
        for (const QJsonValue& a : e.value(QStringLiteral("authors")).toArray())
            authors << QStringLiteral("%1 (%2%)")
                           .arg(a.toObject().value(QStringLiteral("name")).toString(),
                                QString::number(a.toObject().value(QStringLiteral("share")).toDouble()));
        CHECK(cellValue(row[col[QStringLiteral("Tác giả (tỷ lệ đóng góp)")]]).toString() ==
              authors.join(QStringLiteral("; ")));
        const QJsonValue received = row[col[QStringLiteral("Ngày nhận hồ sơ")]];
        if (!received.isNull()) {
            CHECK(cellType(received) == QStringLiteral("d"));
            CHECK(received.toObject().value(QStringLiteral("f")).toString() == QStringLiteral("dd/mm/yyyy"));
            ++dates;
        }
        const QJsonValue score = row[col[QStringLiteral("Điểm")]];
        const QJsonValue rankScore = ranked.value(code).value(QStringLiteral("score"));
        if (rankScore.isNull() || rankScore.isUndefined()) { // not ranked, or not under review yet
            CHECK(score.isNull());
        } else {
            CHECK(cellType(score) == QStringLiteral("n"));
            // rank prints two decimals; the cell holds the score itself.
            CHECK(cellValue(score).toDouble() == Approx(rankScore.toDouble()).margin(0.005));
            CHECK(cellValue(row[col[QStringLiteral("Xếp hạng")]]).toInt() ==
                  ranked.value(code).value(QStringLiteral("rank")).toInt());
            ++scores;
        }
        const bool awarded = !e.value(QStringLiteral("award")).isNull();
        CHECK(cellType(row[col[QStringLiteral("Khen thưởng")]]) ==
              (awarded ? QStringLiteral("s") : QString()));
        awards += awarded ? 1 : 0;
    }
    CHECK(dates == 60);
    CHECK(scores > 0);
    CHECK(awards > 0);

    // The received dates are the file's, day for day.
    auto db = Database::open(demo.path, Database::Mode::ReadOnly);
    REQUIRE(db);
    QSqlQuery q((*db)->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT code, received_on FROM entry ORDER BY code")));
    QHash<QString, QString> receivedOn;
    while (q.next())
        receivedOn.insert(q.value(0).toString(), q.value(1).toString());
    for (const QJsonArray& row : rows)
        CHECK(cellValue(row[col[QStringLiteral("Ngày nhận hồ sơ")]]).toString() ==
              receivedOn.value(cellValue(row[col[QStringLiteral("Mã số")]]).toString()));

    // Columns as wide as their content: the title's column wide but bounded, the number's narrow.
    const QJsonObject widths = sheet.value(QStringLiteral("widths")).toObject();
    CHECK(widths.value(QStringLiteral("A")).toDouble() < 10);
    CHECK(widths.value(QStringLiteral("C")).toDouble() >= 30);
    CHECK(widths.value(QStringLiteral("C")).toDouble() <= 61); // 60 characters and Excel's padding

    // One row per author with the share as a number; the shares of an entry add up to 100.
    const QJsonObject authors = sheetNamed(book, QStringLiteral("Tác giả"));
    const int authorsHeader = headerRowOf(authors, QStringLiteral("STT"));
    CHECK(authors.value(QStringLiteral("freeze")).toString() == frozenBelow(authorsHeader));
    QHash<QString, double> shares;
    int authorRows = 0;
    for (const QJsonArray& row : dataRows(authors, authorsHeader)) {
        CHECK(cellType(row[3]) == QStringLiteral("n"));
        shares[cellValue(row[1]).toString()] += cellValue(row[3]).toDouble();
        ++authorRows;
    }
    int expected = 0;
    for (const QJsonValue& e : demo.entries)
        expected += int(e.toObject().value(QStringLiteral("authors")).toArray().size());
    CHECK(authorRows == expected);
    for (auto it = shares.cbegin(); it != shares.cend(); ++it)
        CHECK(it.value() == Approx(100.0));
}

TEST_CASE("export ranking: each member's total and points per criterion, as rank says", "[cli][export][xlsx]")
{
    Demo demo;
    const CliResult members =
        runCli({QStringLiteral("members"), demo.path, QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(members.exitCode == 0);
    QHash<qint64, QString> memberName;
    for (const QJsonValue& m : parseJson(members.out).value(QStringLiteral("members")).toArray())
        memberName.insert(m.toObject().value(QStringLiteral("id")).toInteger(),
                          m.toObject().value(QStringLiteral("name")).toString());
    REQUIRE(memberName.size() == 7);

    const QJsonObject book = readXlsx(demo.exportTo(QStringLiteral("ranking")));
    const QJsonObject sheet = sheetNamed(book, QStringLiteral("Xếp hạng"));
    const int header = headerRowOf(sheet, QStringLiteral("Hạng"));
    CHECK(sheet.value(QStringLiteral("freeze")).toString() == frozenBelow(header));
    const QHash<QString, int> col =
        columnsOf(sheet.value(QStringLiteral("rows")).toArray()[header].toArray());
    for (const QString& name : memberName)
        REQUIRE(col.contains(name));
    const QJsonArray ranked = demo.rank.value(QStringLiteral("entries")).toArray();
    const QList<QJsonArray> rows = dataRows(sheet, header);
    REQUIRE(rows.size() == ranked.size());
    int totals = 0;
    for (int i = 0; i < rows.size(); ++i) {
        const QJsonObject e = ranked[i].toObject();
        const QJsonArray& row = rows[i];
        INFO(e.value(QStringLiteral("code")).toString().toStdString());
        CHECK(cellValue(row[col[QStringLiteral("Mã số")]]).toString() ==
              e.value(QStringLiteral("code")).toString());
        if (e.value(QStringLiteral("rank")).isNull()) {
            CHECK(row[0].isNull());
            CHECK(row[col[QStringLiteral("Điểm")]].isNull());
        } else {
            CHECK(cellType(row[0]) == QStringLiteral("n"));
            CHECK(cellValue(row[0]).toInt() == e.value(QStringLiteral("rank")).toInt());
            CHECK(cellType(row[col[QStringLiteral("Điểm")]]) == QStringLiteral("n"));
            CHECK(cellValue(row[col[QStringLiteral("Điểm")]]).toDouble() ==
                  Approx(e.value(QStringLiteral("score")).toDouble()).margin(0.005));
        }
        for (const QJsonValue& t : e.value(QStringLiteral("member_totals")).toArray()) {
            const QString name = memberName.value(t.toObject().value(QStringLiteral("member")).toInteger());
            const QJsonValue cell = row[col[name]];
            CHECK(cellType(cell) == QStringLiteral("n"));
            CHECK(cellValue(cell).toDouble() ==
                  Approx(t.toObject().value(QStringLiteral("total")).toDouble()));
            ++totals;
        }
    }
    REQUIRE(totals > 0);

    // Each member's points per criterion add up to the member's total.
    const QJsonObject detail = sheetNamed(book, QStringLiteral("Điểm theo tiêu chí"));
    const int detailHeader = headerRowOf(detail, QStringLiteral("Mã số"));
    CHECK(detail.value(QStringLiteral("freeze")).toString() == frozenBelow(detailHeader));
    const QJsonArray criteria = demo.rank.value(QStringLiteral("criteria")).toArray();
    const QList<QJsonArray> detailRows = dataRows(detail, detailHeader);
    CHECK(detailRows.size() == totals);
    for (const QJsonArray& row : detailRows) {
        double sum = 0;
        for (int c = 0; c < criteria.size(); ++c) {
            CHECK(cellType(row[2 + c]) == QStringLiteral("n"));
            sum += cellValue(row[2 + c]).toDouble();
        }
        CHECK(cellValue(row[2 + int(criteria.size())]).toDouble() == Approx(sum));
    }
}

TEST_CASE("export awards: one sheet per form laid out as the decision's list", "[cli][export][xlsx]")
{
    Demo demo;
    QHash<QString, QSet<QString>> codesByForm;
    for (const QJsonValue& e : demo.entries)
        if (const QJsonValue a = e.toObject().value(QStringLiteral("award")); !a.isNull())
            codesByForm[a.toString()].insert(e.toObject().value(QStringLiteral("code")).toString());
    REQUIRE(codesByForm.contains(QStringLiteral("director")));

    const QJsonObject book = readXlsx(demo.exportTo(QStringLiteral("awards")));
    const QHash<QString, QString> sheetOf{{QStringLiteral("chairman"), QStringLiteral("Bằng khen")},
                                          {QStringLiteral("director"), QStringLiteral("Giấy khen")}};
    for (auto it = codesByForm.cbegin(); it != codesByForm.cend(); ++it) {
        INFO(it.key().toStdString());
        const QJsonObject sheet = sheetNamed(book, sheetOf.value(it.key()));
        const QJsonArray all = sheet.value(QStringLiteral("rows")).toArray();
        CHECK(cellValue(all[0].toArray()[0]).toString() == QStringLiteral("DANH SÁCH"));
        const int header = headerRowOf(sheet, QStringLiteral("STT"));
        CHECK(sheet.value(QStringLiteral("freeze")).toString() == frozenBelow(header));
        const QHash<QString, int> col = columnsOf(all[header].toArray());
        REQUIRE(col.contains(QStringLiteral("Tên tập thể, cá nhân")));
        QSet<QString> codes;
        QStringList sections;
        int expectedNumber = 0;
        for (const QJsonArray& row : dataRows(sheet, header)) {
            if (cellType(row[0]) == QStringLiteral("s")) { // "I. TẬP THỂ", "II. CÁ NHÂN"
                sections << cellValue(row[0]).toString();
                expectedNumber = 0;
                continue;
            }
            CHECK(cellType(row[0]) == QStringLiteral("n"));
            CHECK(cellValue(row[0]).toInt() == ++expectedNumber); // numbered within each section
            const QString code = cellValue(row[col[QStringLiteral("Mã số")]]).toString();
            codes.insert(code);
            CHECK(cellValue(row[col[QStringLiteral("Tên tập thể, cá nhân")]]).toString() ==
                  demo.entryByCode.value(code).value(QStringLiteral("nominee")).toString());
            CHECK(cellValue(row[col[QStringLiteral("Tên sáng kiến")]]).toString() ==
                  demo.entryByCode.value(code).value(QStringLiteral("title")).toString());
        }
        CHECK(codes == it.value());
        REQUIRE_FALSE(sections.isEmpty());
        CHECK((sections.first() == QStringLiteral("I. TẬP THỂ") ||
               sections.first() == QStringLiteral("I. CÁ NHÂN")));
    }
}

TEST_CASE("export stats: the year's figures agree with list and rank", "[cli][export][xlsx]")
{
    Demo demo;
    const QJsonObject book = readXlsx(demo.exportTo(QStringLiteral("stats")));
    const QJsonObject summary = sheetNamed(book, QStringLiteral("Tổng hợp"));
    const int header = headerRowOf(summary, QStringLiteral("Chỉ tiêu"));
    CHECK(summary.value(QStringLiteral("freeze")).toString() == frozenBelow(header));
    QHash<QString, QJsonValue> figure;
    for (const QJsonArray& row : dataRows(summary, header))
        figure.insert(cellValue(row[0]).toString(), row[1]);
    int awards = 0;
    int collectives = 0;
    QHash<QString, int> statuses;
    for (const QJsonValue& e : demo.entries) {
        awards += e.toObject().value(QStringLiteral("award")).isNull() ? 0 : 1;
        collectives +=
            e.toObject().value(QStringLiteral("nominee_kind")).toString() == QStringLiteral("collective");
        ++statuses[e.toObject().value(QStringLiteral("status")).toString()];
    }
    int scored = 0;
    for (const QJsonValue& e : demo.rank.value(QStringLiteral("entries")).toArray())
        scored += e.toObject().value(QStringLiteral("score")).isNull() ? 0 : 1;
    CHECK(cellType(figure.value(QStringLiteral("Tổng số hồ sơ"))) == QStringLiteral("n"));
    CHECK(cellValue(figure.value(QStringLiteral("Tổng số hồ sơ"))).toInt() == 60);
    CHECK(cellValue(figure.value(QStringLiteral("Hồ sơ của tập thể"))).toInt() == collectives);
    CHECK(cellValue(figure.value(QStringLiteral("Hồ sơ của cá nhân"))).toInt() == 60 - collectives);
    CHECK(cellValue(figure.value(QStringLiteral("Hồ sơ đã có điểm"))).toInt() == scored);
    CHECK(cellValue(figure.value(QStringLiteral("Tổng số khen thưởng"))).toInt() == awards);
    CHECK(cellType(figure.value(QStringLiteral("Điểm trung bình"))) == QStringLiteral("n"));

    // By status: the workflow's Vietnamese names, counts as list has them, a total of 60.
    const QJsonObject byStatus = sheetNamed(book, QStringLiteral("Theo trạng thái"));
    const int statusHeader = headerRowOf(byStatus, QStringLiteral("Trạng thái"));
    const QHash<QString, QString> codeOf{
        {QStringLiteral("Đã tiếp nhận"), QStringLiteral("received")},
        {QStringLiteral("Đủ hồ sơ"), QStringLiteral("complete")},
        {QStringLiteral("Bị trả lại"), QStringLiteral("returned")},
        {QStringLiteral("Đang thẩm định"), QStringLiteral("under_review")},
        {QStringLiteral("Đã chấm điểm"), QStringLiteral("scored")},
        {QStringLiteral("Đã đề nghị"), QStringLiteral("proposed")},
        {QStringLiteral("Được khen thưởng"), QStringLiteral("awarded")},
        {QStringLiteral("Không khen thưởng"), QStringLiteral("not_awarded")}};
    int rows = 0;
    for (const QJsonArray& row : dataRows(byStatus, statusHeader)) {
        const QString label = cellValue(row[0]).toString();
        CHECK(cellType(row[1]) == QStringLiteral("n"));
        if (label == QStringLiteral("Tổng cộng")) {
            CHECK(cellValue(row[1]).toInt() == 60);
            continue;
        }
        REQUIRE(codeOf.contains(label));
        CHECK(cellValue(row[1]).toInt() == statuses.value(codeOf.value(label)));
        ++rows;
    }
    CHECK(rows == 8);
    for (const QString& name : {QStringLiteral("Theo lĩnh vực"), QStringLiteral("Theo loại"),
                                QStringLiteral("Theo loại đơn vị"), QStringLiteral("Theo huyện"),
                                QStringLiteral("Phân bố điểm"), QStringLiteral("Khen thưởng theo đơn vị"),
                                QStringLiteral("Khen thưởng theo huyện"), QStringLiteral("Đơn vị chưa gửi")})
        CHECK(sheetNamed(book, name).value(QStringLiteral("freeze")).toString().startsWith(QLatin1Char('A')));
}

TEST_CASE("export refuses the campaign as --out and bad options, and leaves nothing half-written",
          "[cli][export]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("c.sangkien"));
    REQUIRE(
        runCli({QStringLiteral("demo"), path, QStringLiteral("--entries"), QStringLiteral("8")}).exitCode ==
        0);
    const QByteArray before = fileHash(path);
    const QStringList filesBefore = filesIn(dir.path());

    // The campaign by another spelling, with an .xlsx name through a symbolic link.
    const QString link = dir.filePath(QStringLiteral("c.xlsx"));
    REQUIRE(QFile::link(path, link));
    CliResult r = runCli({QStringLiteral("export"), path, QStringLiteral("--what"), QStringLiteral("entries"),
                          QStringLiteral("--out"), link});
    CHECK(r.exitCode == 2);
    CHECK_FALSE(r.err.isEmpty());
    CHECK(fileHash(path) == before);
    QFile::remove(link);

    r = runCli({QStringLiteral("export"), path, QStringLiteral("--what"), QStringLiteral("everything"),
                QStringLiteral("--out"), dir.filePath(QStringLiteral("x.xlsx"))});
    CHECK(r.exitCode == 1);
    r = runCli({QStringLiteral("export"), path, QStringLiteral("--what"), QStringLiteral("entries"),
                QStringLiteral("--out"), dir.filePath(QStringLiteral("x.csv"))});
    CHECK(r.exitCode == 1);
    r = runCli(
        {QStringLiteral("export"), path, QStringLiteral("--out"), dir.filePath(QStringLiteral("x.xlsx"))});
    CHECK(r.exitCode == 1);
    // A folder that does not exist: refused, nothing anywhere.
    r = runCli({QStringLiteral("export"), path, QStringLiteral("--what"), QStringLiteral("stats"),
                QStringLiteral("--out"), dir.filePath(QStringLiteral("none/x.xlsx"))});
    CHECK(r.exitCode == 2);
    // A missing campaign cannot be opened.
    r = runCli({QStringLiteral("export"), dir.filePath(QStringLiteral("missing.sangkien")),
                QStringLiteral("--what"), QStringLiteral("stats"), QStringLiteral("--out"),
                dir.filePath(QStringLiteral("y.xlsx"))});
    CHECK(r.exitCode == 3);
    CHECK(filesIn(dir.path()) == filesBefore);
    CHECK(fileHash(path) == before);

    // An older workbook at --out is replaced whole, and no temporary file is left beside it.
    const QString out = dir.filePath(QStringLiteral("thong-ke.xlsx"));
    writeFile(out, "an older workbook");
    r = runCli({QStringLiteral("export"), path, QStringLiteral("--what"), QStringLiteral("stats"),
                QStringLiteral("--out"), out});
    REQUIRE(r.exitCode == 0);
    CHECK(fileHash(out) != QCryptographicHash::hash("an older workbook", QCryptographicHash::Sha256).toHex());
    QStringList left = filesIn(dir.path());
    left.removeAll(QStringLiteral("thong-ke.xlsx"));
    CHECK(left == filesBefore); // no temporary file left beside it
    CHECK(fileHash(path) == before);
}

TEST_CASE("export: LibreOffice reads the entries workbook with the same values",
          "[cli][export][xlsx][libreoffice]")
{
    // packaging/dev.sh installs LibreOffice Calc: without it this test fails, it never passes unchecked.
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    INFO("LibreOffice Calc is needed: apt-get install --no-install-recommends libreoffice-calc-nogui");
    REQUIRE_FALSE(soffice.isEmpty());
    Demo demo;
    const QString xlsx = demo.exportTo(QStringLiteral("entries"));
    const QString outDir = demo.dir.filePath(QStringLiteral("lo"));
    QProcess lo;
    // UTF-8 (76), comma-separated (44), quoted text (34): the first sheet as LibreOffice shows it.
    lo.start(soffice,
             {QStringLiteral("-env:UserInstallation=file://") + demo.dir.filePath(QStringLiteral("profile")),
              QStringLiteral("--headless"), QStringLiteral("--convert-to"),
              QStringLiteral("csv:Text - txt - csv (StarCalc):44,34,76,1"), QStringLiteral("--outdir"),
              outDir, xlsx});
    REQUIRE(lo.waitForFinished(300000));
    INFO(QString::fromUtf8(lo.readAllStandardError()).toStdString());
    REQUIRE(lo.exitCode() == 0);
    QFile csv(outDir + QStringLiteral("/entries.csv"));
    REQUIRE(csv.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(csv.readAll());

    // The same values through openpyxl, to compare cell by cell.
    const QJsonObject book = readXlsx(xlsx);
    const QJsonObject sheet = sheetNamed(book, QStringLiteral("Hồ sơ"));
    const int header = headerRowOf(sheet, QStringLiteral("STT"));
    const QHash<QString, int> col =
        columnsOf(sheet.value(QStringLiteral("rows")).toArray()[header].toArray());

    // A small CSV reader: fields quoted when they hold commas, quotes or line breaks.
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text[i];
        if (quoted) {
            if (ch == QLatin1Char('"') && i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                field += ch;
                ++i;
            } else if (ch == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += ch;
            }
        } else if (ch == QLatin1Char('"')) {
            quoted = true;
        } else if (ch == QLatin1Char(',')) {
            record << field;
            field.clear();
        } else if (ch == QLatin1Char('\n')) {
            record << field;
            records << record;
            record.clear();
            field.clear();
        } else if (ch != QLatin1Char('\r')) {
            field += ch;
        }
    }
    REQUIRE(records.size() > header + 60);
    CHECK(records[0][0] == QStringLiteral("DANH SÁCH HỒ SƠ ĐỀ NGHỊ CÔNG NHẬN SÁNG KIẾN NĂM 2024"));
    CHECK(records[header][col[QStringLiteral("Tên sáng kiến")]] == QStringLiteral("Tên sáng kiến"));
    const QList<QJsonArray> rows = dataRows(sheet, header);
    for (int i = 0; i < rows.size(); ++i) {
        const QStringList& r = records[header + 1 + i];
        const QJsonArray& x = rows[i];
        INFO(r.join(QLatin1Char('|')).toStdString());
        CHECK(r[0] == QString::number(i + 1));
        CHECK(r[col[QStringLiteral("Mã số")]] == cellValue(x[col[QStringLiteral("Mã số")]]).toString());
        CHECK(r[col[QStringLiteral("Tên sáng kiến")]] ==
              cellValue(x[col[QStringLiteral("Tên sáng kiến")]]).toString());
        CHECK(r[col[QStringLiteral("Tập thể, cá nhân được đề nghị")]] ==
              cellValue(x[col[QStringLiteral("Tập thể, cá nhân được đề nghị")]]).toString());
        // Dates shown dd/mm/yyyy, the same day openpyxl read.
        const QDate day =
            QDate::fromString(cellValue(x[col[QStringLiteral("Ngày nhận hồ sơ")]]).toString(), Qt::ISODate);
        CHECK(r[col[QStringLiteral("Ngày nhận hồ sơ")]] == day.toString(QStringLiteral("dd/MM/yyyy")));
        // Scores shown with two decimals, the same number.
        const QJsonValue score = x[col[QStringLiteral("Điểm")]];
        if (score.isNull())
            CHECK(r[col[QStringLiteral("Điểm")]].isEmpty());
        else
            // (LibreOffice writes the decimal separator of the locale it runs under: 49,50 in Vietnamese.)
            CHECK(QString(r[col[QStringLiteral("Điểm")]]).replace(QLatin1Char(','), QLatin1Char('.')) ==
                  QString::number(cellValue(score).toDouble(), 'f', 2));
    }
}

TEST_CASE("export stats: a period and the years of a campaign folder", "[cli][export][xlsx]")
{
    Demo demo;
    auto summaryOf = [](const QJsonObject& book) {
        const QJsonObject summary = sheetNamed(book, QStringLiteral("Tổng hợp"));
        QHash<QString, QJsonValue> figure;
        for (const QJsonArray& row : dataRows(summary, headerRowOf(summary, QStringLiteral("Chỉ tiêu"))))
            figure.insert(cellValue(row[0]).toString(), row[1]);
        return std::pair{summary, figure};
    };
    auto exportStats = [&](const QString& name, const QStringList& extra) {
        const QString out = demo.dir.filePath(name);
        const CliResult r = runCli(QStringList{QStringLiteral("export"), demo.path, QStringLiteral("--what"),
                                               QStringLiteral("stats"), QStringLiteral("--out"), out} +
                                   extra);
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        return readXlsx(out);
    };

    // A period holding every entry, and one holding none; the period is said under the title.
    const auto [all, allFigures] = summaryOf(
        exportStats(QStringLiteral("all.xlsx"), {QStringLiteral("--from"), QStringLiteral("2000-01-01"),
                                                 QStringLiteral("--to"), QStringLiteral("2100-12-31")}));
    CHECK(cellValue(allFigures.value(QStringLiteral("Tổng số hồ sơ"))).toInt() == 60);
    const QJsonArray allRows = all.value(QStringLiteral("rows")).toArray();
    CHECK(cellValue(allRows[1].toArray()[0])
              .toString()
              .endsWith(QStringLiteral("hồ sơ nhận từ ngày 01/01/2000 đến ngày 31/12/2100")));
    const auto [none, noneFigures] = summaryOf(
        exportStats(QStringLiteral("none.xlsx"), {QStringLiteral("--to"), QStringLiteral("1990-12-31")}));
    CHECK(cellValue(noneFigures.value(QStringLiteral("Tổng số hồ sơ"))).toInt() == 0);

    // The office's folder: next year's campaign started from this one, and the demo itself.
    QTemporaryDir folder;
    const QString next = folder.filePath(QStringLiteral("sang-kien-2025.sangkien"));
    REQUIRE(runCli({QStringLiteral("init"), next, QStringLiteral("--from"), demo.path,
                    QStringLiteral("--year"), QStringLiteral("2025")})
                .exitCode == 0);
    REQUIRE(QFile::copy(demo.path, folder.filePath(QStringLiteral("sang-kien-2024.sangkien"))));
    const QJsonObject book =
        exportStats(QStringLiteral("years.xlsx"), {QStringLiteral("--compare"), folder.path()});
    const QJsonObject years = sheetNamed(book, QStringLiteral("Qua các năm"));
    const int header = headerRowOf(years, QStringLiteral("Chỉ tiêu"));
    const QJsonArray headers = years.value(QStringLiteral("rows")).toArray()[header].toArray();
    REQUIRE(headers.size() == 3);
    CHECK(cellValue(headers[1]).toString() == QStringLiteral("Năm 2024"));
    CHECK(cellValue(headers[2]).toString() == QStringLiteral("Năm 2025"));
    const QList<QJsonArray> rows = dataRows(years, header);
    REQUIRE_FALSE(rows.isEmpty());
    CHECK(cellValue(rows[0][0]).toString() == QStringLiteral("Tổng số hồ sơ"));
    CHECK(cellType(rows[0][1]) == QStringLiteral("n"));
    CHECK(cellValue(rows[0][1]).toInt() == 60);
    CHECK(cellValue(rows[0][2]).toInt() == 0);

    // The options belong to the statistics; a folder that does not exist is named.
    CliResult r =
        runCli({QStringLiteral("export"), demo.path, QStringLiteral("--what"), QStringLiteral("entries"),
                QStringLiteral("--out"), demo.dir.filePath(QStringLiteral("e.xlsx")),
                QStringLiteral("--from"), QStringLiteral("2024-01-01")});
    CHECK(r.exitCode == 1);
    r = runCli({QStringLiteral("export"), demo.path, QStringLiteral("--what"), QStringLiteral("stats"),
                QStringLiteral("--out"), demo.dir.filePath(QStringLiteral("s.xlsx")),
                QStringLiteral("--from"), QStringLiteral("16/09/2024")});
    CHECK(r.exitCode == 1);
    r = runCli({QStringLiteral("export"), demo.path, QStringLiteral("--what"), QStringLiteral("stats"),
                QStringLiteral("--out"), demo.dir.filePath(QStringLiteral("s.xlsx")),
                QStringLiteral("--compare"), demo.dir.filePath(QStringLiteral("no-such-folder"))});
    CHECK(r.exitCode != 0);
    CHECK(r.err.contains("no-such-folder"));
    CHECK_FALSE(QFile::exists(demo.dir.filePath(QStringLiteral("s.xlsx"))));
}
