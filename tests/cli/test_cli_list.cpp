// `list`: formats, filters and the diacritics-insensitive search.
#include "cli_test_helpers.h"
#include "storage/entry_repository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

using namespace sangkien;
using namespace sangkien::testing;

namespace {

Entry makeEntry(const QString& title, NomineeKind kind, const QString& nominee, const QList<Author>& authors,
                EntryStatus status = EntryStatus::Received)
{
    Entry e;
    e.title = title;
    e.status = status;
    e.receivedOn = QDate(2024, 5, 2);
    e.nominee.kind = kind;
    e.nominee.name = nominee;
    e.nominee.gender = kind == NomineeKind::Individual ? Gender::Male : Gender::Unknown;
    e.authors = authors;
    return e;
}

// A campaign with four entries whose names the search must find, closed for the CLI.
struct SearchCampaign
{
    TempCampaign campaign;
    QString path;

    SearchCampaign()
    {
        EntryRepository repo(campaign.db());
        const Status stored = campaign.db().transaction([&]() -> Status {
            QList<Entry> entries{
                makeEntry(QStringLiteral("Số hóa hồ sơ hộ tịch tại UBND huyện Văn Lâm"),
                          NomineeKind::Individual, QStringLiteral("Nguyễn Văn Đức"),
                          {{QStringLiteral("Nguyễn Văn Đức"), {}, 0, 100}}),
                makeEntry(QStringLiteral("Cải tiến quy trình một cửa, \"liên thông\""),
                          NomineeKind::Collective, QStringLiteral("Phòng Nội vụ - UBND huyện Kim Động"),
                          {{QStringLiteral("Trần Thị Hoa"), {}, 0, 60},
                           {QStringLiteral("Nguyễn Văn Đức"), {}, 0, 40}},
                          EntryStatus::Complete),
                makeEntry(QStringLiteral("Mô hình trồng nhãn lồng Hưng Yên theo tiêu chuẩn VietGAP"),
                          NomineeKind::Individual, QStringLiteral("Đặng Thị Hạnh"),
                          {{QStringLiteral("Đặng Thị Hạnh"), {}, 0, 100}}),
                makeEntry(QStringLiteral("Ứng dụng phần mềm quản lý văn bản"), NomineeKind::Individual,
                          QStringLiteral("Trần Văn An"), {{QStringLiteral("Trần Văn An"), {}, 0, 100}}),
            };
            for (Entry& e : entries)
                if (auto r = repo.insert(e); !r)
                    return r.error();
            return {};
        });
        if (!stored)
            throw std::runtime_error(stored.error().text().toStdString());
        campaign.close();
        path = campaign.path();
    }
};

QStringList codesOf(const QByteArray& json)
{
    QStringList codes;
    for (const QJsonValue& v : parseJson(json).value(QStringLiteral("entries")).toArray())
        codes << v.toObject().value(QStringLiteral("code")).toString();
    return codes;
}

QStringList search(const QString& path, const QString& text)
{
    const auto r = runCli({QStringLiteral("list"), path, QStringLiteral("--search"), text,
                           QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(r.exitCode == 0);
    return codesOf(r.out);
}

} // namespace

TEST_CASE("cli list: --search ignores case and Vietnamese diacritics", "[cli]")
{
    SearchCampaign c;
    // Nominee in the first entry, co-author in the second.
    CHECK(search(c.path, QStringLiteral("nguyen van duc")) ==
          QStringList{QStringLiteral("SK-2024-0001"), QStringLiteral("SK-2024-0002")});
    CHECK(search(c.path, QStringLiteral("DANG")) == QStringList{QStringLiteral("SK-2024-0003")});
    CHECK(search(c.path, QStringLiteral("Đặng Thị Hạnh")) == QStringList{QStringLiteral("SK-2024-0003")});
    CHECK(search(c.path, QStringLiteral("duc NGUYEN")) ==
          QStringList{QStringLiteral("SK-2024-0001"), QStringLiteral("SK-2024-0002")});
    CHECK(search(c.path, QStringLiteral("so hoa ho tich")) == QStringList{QStringLiteral("SK-2024-0001")});
    CHECK(search(c.path, QStringLiteral("khong co")).isEmpty());
}

TEST_CASE("cli list: --status and --category filter", "[cli]")
{
    SearchCampaign c;
    const auto r = runCli({QStringLiteral("list"), c.path, QStringLiteral("--status"),
                           QStringLiteral("complete"), QStringLiteral("--format"), QStringLiteral("json")});
    CHECK(r.exitCode == 0);
    CHECK(codesOf(r.out) == QStringList{QStringLiteral("SK-2024-0002")});
    const auto cat = runCli({QStringLiteral("list"), c.path, QStringLiteral("--category"),
                             QStringLiteral("2.d"), QStringLiteral("--format=json")});
    CHECK(cat.exitCode == 0);
    CHECK(codesOf(cat.out).isEmpty()); // these entries have no category
}

TEST_CASE("cli list --format json has every key of the contract", "[cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.sangkien"));
    REQUIRE(
        runCli({QStringLiteral("demo"), path, QStringLiteral("--entries"), QStringLiteral("80")}).exitCode ==
        0);
    const auto r = runCli({QStringLiteral("list"), path, QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(r.exitCode == 0);
    CHECK(r.err.isEmpty());
    const QJsonArray entries = parseJson(r.out).value(QStringLiteral("entries")).toArray();
    REQUIRE(entries.size() == 80);
    int scored = 0, awarded = 0;
    for (const QJsonValue& v : entries) {
        const QJsonObject e = v.toObject();
        for (const char* key : {"code", "title", "kind", "category", "nominee_kind", "nominee", "unit",
                                "authors", "status", "score", "award"})
            CHECK(e.contains(QLatin1String(key)));
        CHECK(e.value(QStringLiteral("code")).toString().startsWith(QStringLiteral("SK-2024-")));
        CHECK(QStringList{QStringLiteral("initiative"), QStringLiteral("technical_improvement"),
                          QStringLiteral("useful_solution")}
                  .contains(e.value(QStringLiteral("kind")).toString()));
        CHECK(QStringList{QStringLiteral("collective"), QStringLiteral("individual")}.contains(
            e.value(QStringLiteral("nominee_kind")).toString()));
        CHECK((e.value(QStringLiteral("score")).isNull() || e.value(QStringLiteral("score")).isDouble()));
        const QJsonValue award = e.value(QStringLiteral("award"));
        CHECK((award.isNull() || award.toString() == QLatin1String("chairman") ||
               award.toString() == QLatin1String("director")));
        scored += e.value(QStringLiteral("score")).isDouble();
        awarded += !award.isNull();
        const QJsonArray authors = e.value(QStringLiteral("authors")).toArray();
        CHECK_FALSE(authors.isEmpty());
        for (const QJsonValue& a : authors) {
            CHECK(a.toObject().value(QStringLiteral("name")).isString());
            CHECK(a.toObject().value(QStringLiteral("share")).isDouble());
        }
    }
    CHECK(scored > 0);
    CHECK(awarded > 0);
}

TEST_CASE("cli list --format json writes exactly the bytes of QJsonDocument's compact form", "[cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.sangkien"));
    REQUIRE(
        runCli({QStringLiteral("demo"), path, QStringLiteral("--entries"), QStringLiteral("80")}).exitCode ==
        0);
    // Every character the writer escapes or encodes: quotes, backslash, control characters, DEL, letters
    // of two and three UTF-8 bytes, a character beyond the BMP (a surrogate pair in UTF-16).
    tamper(path,
           QStringLiteral("UPDATE entry SET title = 'Q\"B\\' || char(1) || char(8) || char(9) || "
                          "char(10) || char(12) || char(13) || char(31) || char(127) || "
                          "' Đặng ₫ ' || char(128512) || ' end' WHERE id = (SELECT min(id) FROM entry)"));
    const auto r = runCli({QStringLiteral("list"), path, QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(r.exitCode == 0);
    const QJsonDocument parsed = QJsonDocument::fromJson(r.out);
    REQUIRE(parsed.isObject());
    CHECK(r.out == parsed.toJson(QJsonDocument::Compact) + '\n');
    CHECK(r.out.contains("\"title\":\"Q\\\"B\\\\\\u0001\\b\\t\\n\\f\\r\\u001f\x7f Đặng ₫ 😀 end\""));
}

TEST_CASE("cli list --format csv is RFC 4180 with a BOM", "[cli]")
{
    SearchCampaign c;
    const auto r =
        runCli({QStringLiteral("list"), c.path, QStringLiteral("--format"), QStringLiteral("csv")});
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.startsWith(
        "\xEF\xBB\xBF"
        "code,title,kind,category,nominee_kind,nominee,unit,authors,status,score,award\r\n"));
    CHECK(r.out.count("\r\n") == 5);
    // Commas and quotes inside a field: the field is quoted, its quotes doubled.
    CHECK(r.out.contains(QStringLiteral("\"Cải tiến quy trình một cửa, \"\"liên thông\"\"\"").toUtf8()));
    CHECK(r.out.contains(QStringLiteral("Trần Thị Hoa (60%); Nguyễn Văn Đức (40%)").toUtf8()));
}

TEST_CASE("cli list prints an aligned table by default", "[cli]")
{
    SearchCampaign c;
    const auto r = runCli({QStringLiteral("list"), c.path, QStringLiteral("--lang"), QStringLiteral("en")});
    REQUIRE(r.exitCode == 0);
    const QStringList lines = QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 7); // header, rule, four entries, count
    CHECK(lines[0].startsWith(QStringLiteral("Code")));
    CHECK(lines[0].contains(QStringLiteral("Title")));
    // Every column starts where the header's does.
    const qsizetype titleColumn = lines[0].indexOf(QStringLiteral("Title"));
    for (int i = 2; i < 6; ++i)
        CHECK(lines[i].mid(titleColumn - 2, 2) == QStringLiteral("  "));
    CHECK(lines[2].startsWith(QStringLiteral("SK-2024-0001")));
    CHECK(lines[6].contains(QStringLiteral("4")));
}

TEST_CASE("cli list --search: phrase first, then one field, then anywhere, the query's diacritics kept",
          "[cli][search]")
{
    TempCampaign campaign;
    EntryRepository repo(campaign.db());
    const Status stored = campaign.db().transaction([&]() -> Status {
        QList<Entry> entries{
            // SK-2024-0001: "nguyen" and "van" apart, in the nominee and the title.
            makeEntry(QStringLiteral("Ứng dụng phần mềm quản lý văn bản điện tử"), NomineeKind::Individual,
                      QStringLiteral("Nguyễn Thị Lan"), {{QStringLiteral("Nguyễn Thị Lan"), {}, 0, 100}}),
            // SK-2024-0002: both words in the nominee, not together.
            makeEntry(QStringLiteral("Cải tiến lò sấy nông sản"), NomineeKind::Individual,
                      QStringLiteral("Văn Thị Nguyên"), {{QStringLiteral("Văn Thị Nguyên"), {}, 0, 100}}),
            // SK-2024-0003: the phrase.
            makeEntry(QStringLiteral("Số hóa hồ sơ hộ tịch"), NomineeKind::Individual,
                      QStringLiteral("Nguyễn Văn Hùng"), {{QStringLiteral("Nguyễn Văn Hùng"), {}, 0, 100}}),
            // SK-2024-0004: "đẳng" in a college's name, not the family name Đặng.
            makeEntry(QStringLiteral("Đào tạo nghề điều dưỡng"), NomineeKind::Collective,
                      QStringLiteral("Trường Cao đẳng Y tế"), {{QStringLiteral("Lê Văn Tâm"), {}, 0, 100}}),
            // SK-2024-0005: the family name.
            makeEntry(QStringLiteral("Máy sấy nông sản"), NomineeKind::Individual,
                      QStringLiteral("Đặng Văn Lâm"), {{QStringLiteral("Đặng Văn Lâm"), {}, 0, 100}}),
        };
        for (Entry& e : entries)
            if (auto r = repo.insert(e); !r)
                return r.error();
        return {};
    });
    REQUIRE(stored);
    campaign.close();
    const QString path = campaign.path();

    CHECK(search(path, QStringLiteral("nguyen van")) == QStringList{QStringLiteral("SK-2024-0003"),
                                                                    QStringLiteral("SK-2024-0002"),
                                                                    QStringLiteral("SK-2024-0001")});
    CHECK(search(path, QStringLiteral("Đặng")) == QStringList{QStringLiteral("SK-2024-0005")});
    CHECK(search(path, QStringLiteral("dang")) ==
          QStringList{QStringLiteral("SK-2024-0004"), QStringLiteral("SK-2024-0005")});
    CHECK(search(path, QStringLiteral("đẳng")) == QStringList{QStringLiteral("SK-2024-0004")});
    CHECK(search(path, QStringLiteral("Văn")).size() == 5); // every "Văn", "văn bản" included
    // The text table lists the same rows in the same order.
    const auto table =
        runCli({QStringLiteral("list"), path, QStringLiteral("--search"), QStringLiteral("nguyen van")});
    REQUIRE(table.exitCode == 0);
    const QString out = QString::fromUtf8(table.out);
    CHECK(out.indexOf(QStringLiteral("SK-2024-0003")) < out.indexOf(QStringLiteral("SK-2024-0002")));
    CHECK(out.indexOf(QStringLiteral("SK-2024-0002")) < out.indexOf(QStringLiteral("SK-2024-0001")));
}
