#include "text/legacy_encoding.h"

#include <QStringList>
#include <catch2/catch.hpp>

using namespace sangkien::text;

namespace {

// Every Vietnamese vowel with every tone, and đ, in one case: 12 × 6 + 1 = 73 letters (the 67 that are
// not plain ASCII, and a e i o u y).
QStringList vietnameseLetters(bool upper)
{
    const QString bases[] = {QStringLiteral("a"), QStringLiteral("a\u0306"), QStringLiteral("a\u0302"),
                             QStringLiteral("e"), QStringLiteral("e\u0302"), QStringLiteral("i"),
                             QStringLiteral("o"), QStringLiteral("o\u0302"), QStringLiteral("o\u031B"),
                             QStringLiteral("u"), QStringLiteral("u\u031B"), QStringLiteral("y")};
    const QString tones[] = {QString(),
                             QStringLiteral("\u0300"),
                             QStringLiteral("\u0309"),
                             QStringLiteral("\u0303"),
                             QStringLiteral("\u0301"),
                             QStringLiteral("\u0323")};
    QStringList letters;
    for (const QString& base : bases) {
        for (const QString& tone : tones) {
            const QString letter = (base + tone).normalized(QString::NormalizationForm_C);
            letters << (upper ? letter.toUpper() : letter);
        }
    }
    letters << (upper ? QStringLiteral("Đ") : QStringLiteral("đ"));
    return letters;
}

QString soft(const char16_t* s)
{
    // Soft hyphens are invisible in source code; spell them as '~' in literals.
    return QString::fromUtf16(s).replace(u'~', QChar(0x00AD));
}

} // namespace

TEST_CASE("the letter lists cover all 134 Vietnamese letters beyond ASCII", "[legacy]")
{
    int nonAscii = 0;
    for (const bool upper : {false, true}) {
        for (const QString& letter : vietnameseLetters(upper)) {
            REQUIRE(letter.size() == 1);
            nonAscii += letter.at(0).unicode() >= 0x80 ? 1 : 0;
        }
    }
    CHECK(nonAscii == 134);
}

TEST_CASE("fonts name their encoding", "[legacy]")
{
    CHECK(encodingForFont(QStringLiteral(".VnTime")) == LegacyEncoding::Tcvn3);
    CHECK(encodingForFont(QStringLiteral(".VnArial")) == LegacyEncoding::Tcvn3);
    CHECK(encodingForFont(QStringLiteral(".VnTimeH")) == LegacyEncoding::Tcvn3);
    CHECK(encodingForFont(QStringLiteral(" .VnCentury Schoolbook ")) == LegacyEncoding::Tcvn3);
    CHECK(encodingForFont(QStringLiteral(".VNTIME")) == LegacyEncoding::Tcvn3);
    CHECK(encodingForFont(QStringLiteral("VNI-Times")) == LegacyEncoding::Vni);
    CHECK(encodingForFont(QStringLiteral("VNI-Helve")) == LegacyEncoding::Vni);
    CHECK(encodingForFont(QStringLiteral("vni-times")) == LegacyEncoding::Vni);
    CHECK(encodingForFont(QStringLiteral("Times New Roman")) == LegacyEncoding::None);
    CHECK(encodingForFont(QStringLiteral("Calibri")) == LegacyEncoding::None);
    CHECK(encodingForFont(QStringLiteral("VnTime")) == LegacyEncoding::None); // no dot: not an ABC name
    CHECK(encodingForFont(QString()) == LegacyEncoding::None);

    CHECK(isCapitalsFont(QStringLiteral(".VnTimeH")));
    CHECK(isCapitalsFont(QStringLiteral(".VnArial NarrowH")));
    CHECK_FALSE(isCapitalsFont(QStringLiteral(".VnTime")));
    CHECK_FALSE(isCapitalsFont(QStringLiteral("VNI-Helve"))); // VNI has real capitals
    CHECK_FALSE(isCapitalsFont(QStringLiteral("Arial Black H")));
}

TEST_CASE("TCVN3 examples of the reference decode", "[legacy]")
{
    CHECK(decodeTcvn3(QStringLiteral("Hµ Néi")) == QStringLiteral("Hà Nội"));
    CHECK(decodeTcvn3(QStringLiteral("TØnh")) == QStringLiteral("Tỉnh"));
    CHECK(decodeTcvn3(QStringLiteral("§ång b»ng s«ng Hång")) == QStringLiteral("Đồng bằng sông Hồng"));
    CHECK(decodeTcvn3(QStringLiteral("Ng©n hµng TMCP Qu©n §éi")) ==
          QStringLiteral("Ngân hàng TMCP Quân Đội"));
    CHECK(decodeTcvn3(QStringLiteral("ViÖt Nam")) == QStringLiteral("Việt Nam"));
}

TEST_CASE("TCVN3 keeps the soft hyphen: it is ư", "[legacy]")
{
    const QString text = soft(u"§Êt N~íc");
    REQUIRE(text.contains(QChar(0x00AD)));
    CHECK(decodeTcvn3(text) == QStringLiteral("Đất Nước"));
    CHECK(decodeTcvn3(soft(u"Tr~êng §¹i häc")) == QStringLiteral("Trường Đại học"));
}

TEST_CASE("TCVN3 full sentences", "[legacy]")
{
    CHECK(decodeTcvn3(QStringLiteral("Céng hoµ x· héi chñ nghÜa ViÖt Nam")) ==
          QStringLiteral("Cộng hoà xã hội chủ nghĩa Việt Nam"));
    CHECK(decodeTcvn3(soft(u"§éc lËp - Tù do - H¹nh phóc")) == QStringLiteral("Độc lập - Tự do - Hạnh phúc"));
    CHECK(decodeTcvn3(soft(u"¸p dông quy tr×nh míi gióp gi¶m 30% chi phÝ vËn hµnh")) ==
          QStringLiteral("áp dụng quy trình mới giúp giảm 30% chi phí vận hành"));
    CHECK(decodeTcvn3(soft(u"Së Khoa häc vµ C«ng nghÖ tØnh Qu¶ng Ninh")) ==
          QStringLiteral("Sở Khoa học và Công nghệ tỉnh Quảng Ninh"));
}

TEST_CASE("TCVN3 capitals fonts decode then upper-case", "[legacy]")
{
    CHECK(decodeTcvn3(QStringLiteral("hµ néi"), true) == QStringLiteral("HÀ NỘI"));
    CHECK(decodeTcvn3(QStringLiteral("céng hoµ x· héi chñ nghÜa viÖt nam"), true) ==
          QStringLiteral("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
    // Letters typed as capitals under an H font stay capitals.
    CHECK(decodeTcvn3(QStringLiteral("DANH S¸CH"), true) == QStringLiteral("DANH SÁCH"));
}

TEST_CASE("TCVN3 VN1 capitals decode, real punctuation stays", "[legacy]")
{
    // HỌC, VỀ, MỘT: VN1 capitals at 0x96 (–), 0x8C (Œ), 0x97 (—) inside words.
    CHECK(decodeTcvn3(QStringLiteral("H\u2013C")) == QStringLiteral("HỌC"));
    CHECK(decodeTcvn3(QStringLiteral("V\u0152")) == QStringLiteral("VỆ"));
    CHECK(decodeTcvn3(QStringLiteral("M\u2014T")) == QStringLiteral("MỘT"));
    // Quotes, dashes and ellipses around words are what they look like.
    CHECK(decodeTcvn3(QStringLiteral("\u201CHµ Néi\u201D \u2013 2024\u2026")) ==
          QStringLiteral("\u201CHà Nội\u201D \u2013 2024\u2026"));
    CHECK(decodeTcvn3(QStringLiteral("2020\u20132025")) == QStringLiteral("2020\u20132025"));
}

TEST_CASE("TCVN3 leaves characters outside Windows-1252 alone", "[legacy]")
{
    CHECK(decodeTcvn3(QStringLiteral("Hµ Néi ★ 汉")) == QStringLiteral("Hà Nội ★ 汉"));
    CHECK(decodeTcvn3(QString()).isEmpty());
    CHECK(decodeTcvn3(QStringLiteral("ABC 123")) == QStringLiteral("ABC 123"));
}

TEST_CASE("TCVN3 round-trips every Vietnamese letter", "[legacy]")
{
    for (const QString& letter : vietnameseLetters(false)) {
        const QString encoded = encodeTcvn3(letter);
        INFO(letter.toStdString());
        for (const QChar c : encoded)
            CHECK(c.unicode() < 0x100); // Latin-1 only: lowercase letters all have VN3 codes
        CHECK(decodeTcvn3(encoded) == letter);
        CHECK(decodeTcvn3(QStringLiteral("x") + encoded + QStringLiteral("x")) ==
              QStringLiteral("x") + letter + QStringLiteral("x"));
    }
    // Capitals the way the offices typed them: in an H font.
    for (const QString& letter : vietnameseLetters(true)) {
        INFO(letter.toStdString());
        CHECK(decodeTcvn3(encodeTcvn3(letter, true), true) == letter);
    }
    // The bare capitals and the VN1 capitals also round-trip without an H font, inside a word.
    int vn1 = 0;
    for (const QString& letter : vietnameseLetters(true)) {
        const QString encoded = encodeTcvn3(letter);
        if (encoded == letter && letter.at(0).unicode() >= 0x80)
            continue; // no code outside the H fonts
        ++vn1;
        INFO(letter.toStdString());
        CHECK(decodeTcvn3(QStringLiteral("X") + encoded + QStringLiteral("X")) ==
              QStringLiteral("X") + letter + QStringLiteral("X"));
    }
    CHECK(vn1 == 6 + 7 + 44); // A E I O U Y, the bare capitals, VN1
    // A whole sentence.
    const QString sentence =
        QStringLiteral("Giải pháp nâng cao hiệu quả quản lý hồ sơ đất đai ở huyện Ứng Hòa");
    CHECK(decodeTcvn3(encodeTcvn3(sentence)) == sentence);
}

TEST_CASE("VNI examples of the reference decode", "[legacy]")
{
    CHECK(decodeVni(QStringLiteral("Vieät Nam")) == QStringLiteral("Việt Nam"));
    CHECK(decodeVni(QStringLiteral("Haø Noäi")) == QStringLiteral("Hà Nội"));
    CHECK(decodeVni(QStringLiteral("Ñoàng Nai")) == QStringLiteral("Đồng Nai"));
    CHECK(decodeVni(QStringLiteral("tröôøng")) == QStringLiteral("trường"));
    CHECK(decodeVni(QStringLiteral("Thaønh phoá Hoà Chí Minh")) == QStringLiteral("Thành phố Hồ Chí Minh"));
}

TEST_CASE("VNI context: ô alone is ơ, after o it is ô", "[legacy]")
{
    CHECK(decodeVni(QStringLiteral("ô")) == QStringLiteral("ơ"));
    CHECK(decodeVni(QStringLiteral("oâ")) == QStringLiteral("ô"));
    CHECK(decodeVni(QStringLiteral("ôù")) == QStringLiteral("ớ"));
    CHECK(decodeVni(QStringLiteral("öø")) == QStringLiteral("ừ"));
    CHECK(decodeVni(QStringLiteral("aê")) == QStringLiteral("ă"));
    CHECK(decodeVni(QStringLiteral("thuôû")) == QStringLiteral("thuở"));
    CHECK(decodeVni(QStringLiteral("muoán")) == QStringLiteral("muốn"));
    // A mark with no vowel to sit on stays what it is.
    CHECK(decodeVni(QStringLiteral("ù")) == QStringLiteral("ù"));
    CHECK(decodeVni(QStringLiteral("bâ")) == QStringLiteral("bâ"));
    // A tone after a bare shape mark is taken too.
    CHECK(decodeVni(QStringLiteral("oâù")) == QStringLiteral("ố"));
}

TEST_CASE("VNI capitals and full sentences", "[legacy]")
{
    CHECK(decodeVni(QStringLiteral("VIEÄT NAM")) == QStringLiteral("VIỆT NAM"));
    CHECK(decodeVni(QStringLiteral("ÑOÀNG BAÈNG SOÂNG CÖÛU LONG")) ==
          QStringLiteral("ĐỒNG BẰNG SÔNG CỬU LONG"));
    CHECK(decodeVni(QStringLiteral("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam")) ==
          QStringLiteral("Cộng hòa xã hội chủ nghĩa Việt Nam"));
    CHECK(decodeVni(QStringLiteral("Ñoäc laäp - Töï do - Haïnh phuùc")) ==
          QStringLiteral("Độc lập - Tự do - Hạnh phúc"));
    CHECK(decodeVni(QStringLiteral("Nguyeãn Thò Thuûy, Tröôûng phoøng Kyõ thuaät")) ==
          QStringLiteral("Nguyễn Thị Thủy, Trưởng phòng Kỹ thuật"));
}

TEST_CASE("VNI round-trips every Vietnamese letter", "[legacy]")
{
    for (const bool upper : {false, true}) {
        for (const QString& letter : vietnameseLetters(upper)) {
            const QString encoded = encodeVni(letter);
            INFO(letter.toStdString() << " as " << encoded.toStdString());
            for (const QChar c : encoded)
                CHECK(c.unicode() < 0x100);
            CHECK(decodeVni(encoded) == letter);
            // And inside words, next to other letters.
            const QString word = QStringLiteral("ng") + letter + QStringLiteral("n");
            CHECK(decodeVni(encodeVni(word)) == word);
        }
    }
    const QString sentence =
        QStringLiteral("Ứng dụng phần mềm quản lý hồ sơ tại Ủy ban nhân dân xã Ỷ Lan, ẵm giải");
    CHECK(decodeVni(encodeVni(sentence)) == sentence);
}

TEST_CASE("VNI encoding spells the reference's bytes", "[legacy]")
{
    CHECK(encodeVni(QStringLiteral("Việt Nam")) == QStringLiteral("Vieät Nam"));
    CHECK(encodeVni(QStringLiteral("trường")) == QStringLiteral("tröôøng"));
    CHECK(encodeVni(QStringLiteral("Đồng Nai")) == QStringLiteral("Ñoàng Nai"));
    CHECK(encodeVni(QStringLiteral("ỉ ĩ ị ỵ")) == QStringLiteral("æ ó ò î"));
}

TEST_CASE("guessing finds TCVN3 and VNI", "[legacy]")
{
    CHECK(guessEncoding(QStringLiteral("Hµ Néi")) == LegacyEncoding::Tcvn3);
    CHECK(guessEncoding(QStringLiteral("TØnh")) == LegacyEncoding::Tcvn3);
    CHECK(guessEncoding(QStringLiteral("§ång b»ng s«ng Hång")) == LegacyEncoding::Tcvn3);
    CHECK(guessEncoding(QStringLiteral("Ng©n hµng TMCP Qu©n §éi")) == LegacyEncoding::Tcvn3);
    CHECK(guessEncoding(soft(u"§Êt N~íc")) == LegacyEncoding::Tcvn3);
    CHECK(guessEncoding(QStringLiteral("Céng hoµ x· héi chñ nghÜa ViÖt Nam")) == LegacyEncoding::Tcvn3);

    CHECK(guessEncoding(QStringLiteral("Vieät Nam")) == LegacyEncoding::Vni);
    CHECK(guessEncoding(QStringLiteral("Haø Noäi")) == LegacyEncoding::Vni);
    CHECK(guessEncoding(QStringLiteral("Ñoàng Nai")) == LegacyEncoding::Vni);
    CHECK(guessEncoding(QStringLiteral("tröôøng")) == LegacyEncoding::Vni);
    CHECK(guessEncoding(QStringLiteral("Thaønh phoá Hoà Chí Minh")) == LegacyEncoding::Vni);
    CHECK(guessEncoding(QStringLiteral("Thuûy")) == LegacyEncoding::Vni);

    // One short cell may carry a single sign; a whole column carries many.
    CHECK(guessEncoding(QStringLiteral("Hoµng")) == LegacyEncoding::None);
    CHECK(guessEncoding(QStringLiteral("Hoµng\nPh¹m\nBïi")) == LegacyEncoding::Tcvn3);
    QStringList column;
    for (const char16_t* name : {u"Nguyễn Văn An", u"Phạm Thị Hoa", u"Đỗ Quang Vinh"})
        column << encodeTcvn3(QString::fromUtf16(name));
    CHECK(guessEncoding(column.join(u'\n')) == LegacyEncoding::Tcvn3);
}

TEST_CASE("guessing leaves ordinary text alone", "[legacy]")
{
    const char16_t* samples[] = {
        u"Café crème",
        u"Straße",
        u"Nguyễn Văn Đức",
        u"Hà Nội",
        u"Sở Khoa học và Công nghệ",
        u"Müller, Größe, schön",
        u"Le maïs a du goût, où est l'aéroport ?",
        u"São Paulo, João, saúde, Raúl",
        u"Coût, août, croûte, ouïe, Loïc",
        u"Ærøskøbing, Øystein Ågesen, Göteborg och Malmö",
        u"¡Hola señor! ¿Qué tal?",
        u"«Bonjour» et « au revoir »",
        u"Microsoft® Office™ © 2024",
        u"Độ dày 5 µm, nhiệt độ 25°C",
        u"5 µm, 20 µg, ±2 %, 1ª",
        u"Raphaël à l'hôtel, crème brûlée",
        u"Col·legi de l'Hospitalet",
        u"Björn Ørsted, Ærø",
        u"Plain English text with no accents",
        u"SK-2024-0001",
        u"",
    };
    for (const char16_t* s : samples) {
        const QString text = QString::fromUtf16(s);
        INFO(text.toStdString());
        CHECK(guessEncoding(text) == LegacyEncoding::None);
    }
}

TEST_CASE("repairCell: the font decides, guessing only when allowed", "[legacy]")
{
    const RepairedText byFont = repairCell(QStringLiteral("Hµ Néi"), QStringLiteral(".VnTime"), false);
    CHECK(byFont.text == QStringLiteral("Hà Nội"));
    CHECK(byFont.from == LegacyEncoding::Tcvn3);
    CHECK_FALSE(byFont.normalized);

    const RepairedText caps = repairCell(QStringLiteral("hµ néi"), QStringLiteral(".VnTimeH"), false);
    CHECK(caps.text == QStringLiteral("HÀ NỘI"));
    CHECK(caps.from == LegacyEncoding::Tcvn3);

    const RepairedText vni = repairCell(QStringLiteral("Haø Noäi"), QStringLiteral("VNI-Times"), false);
    CHECK(vni.text == QStringLiteral("Hà Nội"));
    CHECK(vni.from == LegacyEncoding::Vni);

    // No legacy font and no guessing: left as it is.
    const RepairedText noGuess = repairCell(QStringLiteral("Hµ Néi"), QStringLiteral("Arial"), false);
    CHECK(noGuess.text == QStringLiteral("Hµ Néi"));
    CHECK(noGuess.from == LegacyEncoding::None);

    const RepairedText guessed = repairCell(QStringLiteral("Hµ Néi"), QString(), true);
    CHECK(guessed.text == QStringLiteral("Hà Nội"));
    CHECK(guessed.from == LegacyEncoding::Tcvn3);

    const RepairedText french = repairCell(QStringLiteral("Café crème"), QString(), true);
    CHECK(french.text == QStringLiteral("Café crème"));
    CHECK(french.from == LegacyEncoding::None);

    // Retyped Unicode under a stale legacy font is not converted again.
    const RepairedText stale = repairCell(QStringLiteral("Nguyễn Văn Đức"), QStringLiteral(".VnTime"), true);
    CHECK(stale.text == QStringLiteral("Nguyễn Văn Đức"));
    CHECK(stale.from == LegacyEncoding::None);

    // ASCII under a legacy font is unchanged and not marked.
    const RepairedText ascii = repairCell(QStringLiteral("TMCP 2024"), QStringLiteral(".VnTime"), false);
    CHECK(ascii.text == QStringLiteral("TMCP 2024"));
    CHECK(ascii.from == LegacyEncoding::None);
}

TEST_CASE("repairCell composes decomposed text", "[legacy]")
{
    const QString nfd = QStringLiteral("Nguyễn Văn Đức").normalized(QString::NormalizationForm_D);
    REQUIRE(nfd != QStringLiteral("Nguyễn Văn Đức"));
    const RepairedText r = repairCell(nfd, QString(), true);
    CHECK(r.text == QStringLiteral("Nguyễn Văn Đức"));
    CHECK(r.normalized);
    CHECK(r.from == LegacyEncoding::None);

    const RepairedText already = repairCell(QStringLiteral("Nguyễn Văn Đức"), QString(), true);
    CHECK_FALSE(already.normalized);
    CHECK(already.from == LegacyEncoding::None);
}
