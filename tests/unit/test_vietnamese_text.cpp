#include "text/vietnamese_text.h"

#include <QDate>
#include <QLocale>
#include <QStringList>
#include <algorithm>
#include <atomic>
#include <catch2/catch.hpp>
#include <limits>
#include <thread>
#include <vector>

using namespace sangkien::text;

namespace {

// The obvious, slow way to fold: what searchKey() must agree with.
QString referenceKey(const QString& s)
{
    QString decomposed = s.normalized(QString::NormalizationForm_D).toLower();
    decomposed = decomposed.normalized(QString::NormalizationForm_D); // lower-casing can add marks (İ)
    QString out;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        out += (c.unicode() == 0x0110 || c.unicode() == 0x0111) ? QChar(u'd') : c;
    }
    return out.simplified();
}

// Sorts with compareVietnamese, so a failure prints the whole order.
QStringList sortedVietnamese(QStringList list)
{
    std::sort(list.begin(), list.end(),
              [](const QString& a, const QString& b) { return compareVietnamese(a, b) < 0; });
    return list;
}

// Restores the application's default locale after a test changes it.
struct DefaultLocaleGuard
{
    QLocale saved;
    explicit DefaultLocaleGuard(const QLocale& temporary) { QLocale::setDefault(temporary); }
    ~DefaultLocaleGuard() { QLocale::setDefault(saved); }
};

const QString kDecomposedNguyen = QString::fromUtf8("Nguye\u0302\u0303n"); // e + circumflex + tilde
const QString kComposedNguyen = QString::fromUtf8("Nguyễn");

} // namespace

TEST_CASE("toNfc composes decomposed Vietnamese text", "[text][nfc]")
{
    REQUIRE(kDecomposedNguyen != kComposedNguyen);
    REQUIRE(kDecomposedNguyen.size() == 8);
    REQUIRE(kComposedNguyen.size() == 6);

    CHECK(toNfc(kDecomposedNguyen) == kComposedNguyen);
    CHECK(toNfc(kComposedNguyen) == kComposedNguyen);
    CHECK(toNfc(QString()).isEmpty());
    // A precomposed ê followed by a dot below still becomes one ệ: NFC reorders the marks first.
    CHECK(toNfc(QString::fromUtf8("Vi\u00EA\u0323t")) == QString::fromUtf8("Việt"));
}

TEST_CASE("clean normalizes and collapses whitespace", "[text][nfc]")
{
    CHECK(clean(QStringLiteral("  Trần \t Thị\n\nHằng  ")) == QStringLiteral("Trần Thị Hằng"));
    CHECK(clean(QString::fromUtf8("Nguy\u00A0\u00A0Văn")) == QStringLiteral("Nguy Văn")); // no-break spaces
    CHECK(clean(QStringLiteral("   ")).isEmpty());
    CHECK(clean(kDecomposedNguyen + QStringLiteral("  Văn ")) == kComposedNguyen + QStringLiteral(" Văn"));
}

TEST_CASE("searchKey folds case, diacritics and đ", "[text][search]")
{
    CHECK(searchKey(QStringLiteral("Nguyễn Văn Đức")) == QStringLiteral("nguyen van duc"));
    CHECK(searchKey(QStringLiteral("ĐẶNG")) == QStringLiteral("dang"));
    CHECK(searchKey(QStringLiteral("Đặng")) == QStringLiteral("dang"));
    CHECK(searchKey(QStringLiteral("Sở Khoa học và Công nghệ")) ==
          QStringLiteral("so khoa hoc va cong nghe"));
    CHECK(searchKey(QStringLiteral("Trương Thị Ưng Ơn")) == QStringLiteral("truong thi ung on"));
    CHECK(searchKey(QStringLiteral("SK-2024/001 (Đợt 1)")) == QStringLiteral("sk-2024/001 (dot 1)"));

    const QString lowerVowels = QStringLiteral("aàáảãạ ăằắẳẵặ âầấẩẫậ eèéẻẽẹ êềếểễệ iìíỉĩị oòóỏõọ ôồốổỗộ "
                                               "ơờớởỡợ uùúủũụ ưừứửữự yỳýỷỹỵ dđ");
    const QString expected = QStringLiteral("aaaaaa aaaaaa aaaaaa eeeeee eeeeee iiiiii oooooo oooooo "
                                            "oooooo uuuuuu uuuuuu yyyyyy dd");
    CHECK(searchKey(lowerVowels) == expected);
    CHECK(searchKey(lowerVowels.toUpper()) == expected);
}

TEST_CASE("searchKey gives the same key for NFC and NFD input", "[text][search][nfc]")
{
    CHECK(searchKey(kDecomposedNguyen) == QStringLiteral("nguyen"));
    CHECK(searchKey(kDecomposedNguyen) == searchKey(kComposedNguyen));

    const QString composed = QStringLiteral("Trần Thị Thu Hằng, Đỗ Mạnh Cường, Phạm Ngọc Ánh");
    const QString decomposed = composed.normalized(QString::NormalizationForm_D);
    REQUIRE(decomposed != composed);
    CHECK(searchKey(decomposed) == searchKey(composed));
    CHECK(searchKey(decomposed) == QStringLiteral("tran thi thu hang, do manh cuong, pham ngoc anh"));
}

TEST_CASE("appendSearchKey appends exactly searchKey's text after what is already there", "[text][search]")
{
    const QStringList texts{QStringLiteral("  Nguyễn   Văn\tĐức  "),
                            QStringLiteral(""),
                            QStringLiteral("   "),
                            QStringLiteral("ĐẶNG THỊ Ẩn"),
                            QStringLiteral("ﬁ ligature ① ²"),
                            QString::fromUcs4(U"x \U0001D400 y")};
    for (const QString& prefix : {QString(), QStringLiteral("sk-1\x1f")}) {
        for (const QString& t : texts) {
            INFO(t.toStdString());
            QString out = prefix;
            appendSearchKey(out, t);
            CHECK(out == prefix + searchKey(t));
        }
    }
}

TEST_CASE("searchKey collapses and trims whitespace", "[text][search]")
{
    CHECK(searchKey(QStringLiteral("  Trần\t\tThị \n Hằng  ")) == QStringLiteral("tran thi hang"));
    CHECK(searchKey(QString::fromUtf8("Lê\u00A0Văn\u2003An\u3000")) == QStringLiteral("le van an"));
    CHECK(searchKey(QStringLiteral(" \t\r\n ")).isEmpty());
    CHECK(searchKey(QString()).isEmpty());
    // A lone combining mark between spaces disappears without leaving a double space.
    CHECK(searchKey(QString::fromUtf8("a \u0301 b")) == QStringLiteral("a b"));
}

TEST_CASE("searchKey leaves other scripts readable", "[text][search]")
{
    CHECK(searchKey(QStringLiteral("ΑΒΓ Straße")) == QStringLiteral("αβγ straße"));
    CHECK(searchKey(QStringLiteral("Hội nghị 😀 ĐẦU NĂM")) == QStringLiteral("hoi nghi 😀 dau nam"));
    CHECK(searchKey(QStringLiteral("𝐀")) == QStringLiteral("𝐀")); // outside the BMP, no lower case
    CHECK(searchKey(QStringLiteral("𐐀")) == QStringLiteral("𐐨")); // Deseret capital → small
}

TEST_CASE("searchKey agrees with the straightforward definition", "[text][search]")
{
    // Every BMP character on its own, between letters, covers the table and the slow path alike.
    int mismatches = 0;
    for (char32_t cp = 1; cp < 0x10000; ++cp) {
        if (cp >= 0xD800 && cp <= 0xDFFF)
            continue;
        const QString s = QStringLiteral("X") + QString::fromUcs4(&cp, 1) + QStringLiteral("y");
        const QString key = searchKey(s);
        const QString expected = referenceKey(s);
        // Report only the first few: 65,000 assertions would swamp the output.
        if (key != expected && ++mismatches <= 5) {
            INFO("U+" << QString::number(uint(cp), 16).toUpper().toStdString());
            CHECK(key.toStdString() == expected.toStdString());
        }
    }
    CHECK(mismatches == 0);
}

TEST_CASE("matchesSearch ignores case and diacritics", "[text][search]")
{
    CHECK(matchesSearch(QStringLiteral("Nguyễn Văn Đức"), QStringLiteral("nguyen van duc")));
    CHECK(matchesSearch(QStringLiteral("Đặng Thị Lan"), QStringLiteral("DANG")));
    CHECK(matchesSearch(QStringLiteral("Nguyễn Văn Đức"), QStringLiteral("NGUYỄN")));
    CHECK(matchesSearch(kDecomposedNguyen + QStringLiteral(" Văn An"), kComposedNguyen));
    CHECK(matchesSearch(QStringLiteral("Nguyễn Văn Đức"), QStringLiteral("nguy")));
}

TEST_CASE("matchesSearch does not care about word order", "[text][search]")
{
    const QString name = QStringLiteral("Nguyễn Văn Đức");
    CHECK(matchesSearch(name, QStringLiteral("duc nguyen")));
    CHECK(matchesSearch(name, QStringLiteral("Đức Văn Nguyễn")));
    CHECK(matchesSearch(name, QStringLiteral("  van   DUC ")));
    CHECK(matchesSearch(QStringLiteral("Sáng kiến cải tiến quy trình một cửa"),
                        QStringLiteral("mot cua cai tien")));
}

TEST_CASE("matchesSearch rejects texts that lack a word", "[text][search]")
{
    CHECK_FALSE(matchesSearch(QStringLiteral("Dũng"), QStringLiteral("duc")));
    CHECK_FALSE(matchesSearch(QStringLiteral("Nguyễn Văn Dũng"), QStringLiteral("nguyen duc")));
    CHECK_FALSE(matchesSearch(QStringLiteral("Trần Thị Hằng"), QStringLiteral("tran thi hanh")));
    CHECK_FALSE(matchesSearch(QStringLiteral("Lê Văn An"), QStringLiteral("le van an binh")));
    CHECK_FALSE(matchesSearch(QString(), QStringLiteral("a")));
}

TEST_CASE("an empty query matches everything", "[text][search]")
{
    CHECK(matchesSearch(QStringLiteral("Nguyễn Văn Đức"), QString()));
    CHECK(matchesSearch(QStringLiteral("Nguyễn Văn Đức"), QStringLiteral("   ")));
    CHECK(matchesSearch(QString(), QString()));
}

TEST_CASE("keyMatches works on precomputed keys", "[text][search]")
{
    const QString textKey = searchKey(QStringLiteral("Phạm Thị Ngọc Ánh"));
    CHECK(keyMatches(textKey, searchKey(QStringLiteral("ngoc anh"))));
    CHECK(keyMatches(textKey, searchKey(QStringLiteral("ÁNH PHẠM"))));
    CHECK_FALSE(keyMatches(textKey, searchKey(QStringLiteral("ngoc an binh"))));
    CHECK(keyMatches(textKey, QString()));
}

TEST_CASE("compareVietnamese orders letters the Vietnamese way", "[text][collation]")
{
    // đ is a letter of its own after d, not d with a mark.
    CHECK(compareVietnamese(QStringLiteral("Dũng"), QStringLiteral("Đức")) < 0);
    CHECK(compareVietnamese(QStringLiteral("Đức"), QStringLiteral("Em")) < 0);
    CHECK(compareVietnamese(QStringLiteral("Dương"), QStringLiteral("Đào")) < 0);
    // ă and â are letters after a, so "Ân" comes after every a-word, "Anh" included.
    CHECK(compareVietnamese(QStringLiteral("Anh"), QStringLiteral("Ân")) < 0);
    CHECK(compareVietnamese(QStringLiteral("an"), QStringLiteral("Anh")) < 0);
    CHECK(compareVietnamese(QStringLiteral("Anh"), QStringLiteral("ăn")) < 0);
    CHECK(compareVietnamese(QStringLiteral("ăn"), QStringLiteral("ân")) < 0);
    CHECK(compareVietnamese(QStringLiteral("Em"), QStringLiteral("Ê")) < 0);
    CHECK(compareVietnamese(QStringLiteral("ôm"), QStringLiteral("ơn")) < 0);
    CHECK(compareVietnamese(QStringLiteral("uy"), QStringLiteral("ưa")) < 0);

    CHECK(sortedVietnamese({QStringLiteral("ư"), QStringLiteral("ơ"), QStringLiteral("ô"),
                            QStringLiteral("o"), QStringLiteral("u"), QStringLiteral("ê"),
                            QStringLiteral("e"), QStringLiteral("đ"), QStringLiteral("d"),
                            QStringLiteral("â"), QStringLiteral("ă"), QStringLiteral("a")}) ==
          QStringList{QStringLiteral("a"), QStringLiteral("ă"), QStringLiteral("â"), QStringLiteral("d"),
                      QStringLiteral("đ"), QStringLiteral("e"), QStringLiteral("ê"), QStringLiteral("o"),
                      QStringLiteral("ô"), QStringLiteral("ơ"), QStringLiteral("u"), QStringLiteral("ư")});
}

TEST_CASE("compareVietnamese orders tones after letters", "[text][collation]")
{
    const QStringList tones = {QStringLiteral("ma"), QStringLiteral("mà"), QStringLiteral("mả"),
                               QStringLiteral("mã"), QStringLiteral("má"), QStringLiteral("mạ")};
    for (qsizetype i = 0; i + 1 < tones.size(); ++i) {
        INFO(tones.at(i).toStdString() << " < " << tones.at(i + 1).toStdString());
        CHECK(compareVietnamese(tones.at(i), tones.at(i + 1)) < 0);
    }
    QStringList reversed = tones;
    std::reverse(reversed.begin(), reversed.end());
    CHECK(sortedVietnamese(reversed) == tones);

    // Letters first: "ha" < "hai" decides before the tone of the a is looked at.
    CHECK(compareVietnamese(QStringLiteral("Hà"), QStringLiteral("Hải")) < 0);
    CHECK(compareVietnamese(QStringLiteral("Hạ"), QStringLiteral("Hai")) < 0);
    CHECK(compareVietnamese(QStringLiteral("má"), QStringLiteral("mai")) < 0);
}

TEST_CASE("compareVietnamese is case-insensitive at the first level", "[text][collation]")
{
    CHECK(compareVietnamese(QStringLiteral("an"), QStringLiteral("Anh")) < 0);
    CHECK(compareVietnamese(QStringLiteral("An"), QStringLiteral("anh")) < 0);
    CHECK(compareVietnamese(QStringLiteral("AN"), QStringLiteral("ăn")) < 0);
    CHECK(compareVietnamese(QStringLiteral("binh"), QStringLiteral("Cường")) < 0);
    CHECK(compareVietnamese(QStringLiteral("Bình"), QStringLiteral("cường")) < 0);
    // Case still breaks a tie, so the order is total and stable between runs.
    CHECK(compareVietnamese(QStringLiteral("an"), QStringLiteral("An")) != 0);
    CHECK(compareVietnamese(QStringLiteral("An"), QStringLiteral("An")) == 0);
}

TEST_CASE("compareVietnamese treats NFC and NFD as equal", "[text][collation][nfc]")
{
    CHECK(compareVietnamese(kDecomposedNguyen, kComposedNguyen) == 0);
    CHECK(compareVietnamese(kDecomposedNguyen, QStringLiteral("Nguyên")) > 0);
    CHECK(compareVietnamese(kDecomposedNguyen, QStringLiteral("Nguyệt")) < 0);
}

TEST_CASE("compareVietnamese sorts a list of words", "[text][collation]")
{
    const QStringList expected = {QStringLiteral("an"),   QStringLiteral("Anh"),  QStringLiteral("ăn"),
                                  QStringLiteral("Ân"),   QStringLiteral("Bình"), QStringLiteral("Dũng"),
                                  QStringLiteral("Đức"),  QStringLiteral("Em"),   QStringLiteral("Hà"),
                                  QStringLiteral("Hải"),  QStringLiteral("Ông"),  QStringLiteral("Ơn"),
                                  QStringLiteral("Uyên"), QStringLiteral("Ưng")};
    QStringList shuffled = expected;
    std::reverse(shuffled.begin(), shuffled.end());
    std::rotate(shuffled.begin(), shuffled.begin() + 5, shuffled.end());
    CHECK(sortedVietnamese(shuffled) == expected);
}

TEST_CASE("compareVietnamese works from several threads", "[text][collation]")
{
    std::atomic<int> failures{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&failures] {
            for (int i = 0; i < 500; ++i) {
                if (compareVietnamese(QStringLiteral("Dũng"), QStringLiteral("Đức")) >= 0 ||
                    compareVietnamese(QStringLiteral("mả"), QStringLiteral("mã")) >= 0)
                    ++failures;
            }
        });
    }
    for (std::thread& thread : threads)
        thread.join();
    CHECK(failures == 0);
}

TEST_CASE("documentDate follows Decree 30/2020", "[text][date]")
{
    CHECK(documentDate(QDate(2024, 3, 6)) == QStringLiteral("ngày 06 tháng 3 năm 2024"));
    CHECK(documentDate(QDate(2025, 2, 5)) == QStringLiteral("ngày 05 tháng 02 năm 2025"));
    CHECK(documentDate(QDate(2024, 10, 15)) == QStringLiteral("ngày 15 tháng 10 năm 2024"));
    CHECK(documentDate(QDate(2025, 1, 1)) == QStringLiteral("ngày 01 tháng 01 năm 2025"));
    CHECK(documentDate(QDate(2024, 12, 31)) == QStringLiteral("ngày 31 tháng 12 năm 2024"));
    CHECK(documentDate(QDate(2024, 9, 10)) == QStringLiteral("ngày 10 tháng 9 năm 2024"));
    CHECK(documentDate(QDate(2024, 2, 29)) == QStringLiteral("ngày 29 tháng 02 năm 2024"));
}

TEST_CASE("documentDate is empty for an invalid date", "[text][date]")
{
    CHECK(documentDate(QDate()).isEmpty());
    CHECK(documentDate(QDate(2025, 2, 30)).isEmpty());
}

TEST_CASE("shortDate is dd/MM/yyyy", "[text][date]")
{
    CHECK(shortDate(QDate(2025, 2, 5)) == QStringLiteral("05/02/2025"));
    CHECK(shortDate(QDate(2024, 10, 15)) == QStringLiteral("15/10/2024"));
    CHECK(shortDate(QDate(2024, 12, 31)) == QStringLiteral("31/12/2024"));
    CHECK(shortDate(QDate()).isEmpty());
    CHECK(shortDate(QDate(2023, 2, 29)).isEmpty());
}

TEST_CASE("money groups thousands with dots", "[text][money]")
{
    CHECK(money(1250000000) == QStringLiteral("1.250.000.000 đ"));
    CHECK(money(0) == QStringLiteral("0 đ"));
    CHECK(money(-1000) == QStringLiteral("-1.000 đ"));
    CHECK(money(999) == QStringLiteral("999 đ"));
    CHECK(money(1000) == QStringLiteral("1.000 đ"));
    CHECK(money(12345) == QStringLiteral("12.345 đ"));
    CHECK(money(-999) == QStringLiteral("-999 đ"));
    CHECK(money(std::numeric_limits<qint64>::max()) == QStringLiteral("9.223.372.036.854.775.807 đ"));
    CHECK(money(std::numeric_limits<qint64>::min()) == QStringLiteral("-9.223.372.036.854.775.808 đ"));
}

TEST_CASE("dates and money do not depend on the default locale", "[text][date][money]")
{
    for (const QLocale& locale : {QLocale(QLocale::English, QLocale::UnitedStates), QLocale(QLocale::Arabic),
                                  QLocale(QLocale::German), QLocale::c()}) {
        DefaultLocaleGuard guard(locale);
        INFO(locale.name().toStdString());
        CHECK(money(1250000000) == QStringLiteral("1.250.000.000 đ"));
        CHECK(documentDate(QDate(2025, 2, 5)) == QStringLiteral("ngày 05 tháng 02 năm 2025"));
        CHECK(shortDate(QDate(2025, 2, 5)) == QStringLiteral("05/02/2025"));
        CHECK(compareVietnamese(QStringLiteral("Dũng"), QStringLiteral("Đức")) < 0);
    }
}
