#include "text/legacy_encoding.h"

#include <QChar>
#include <array>
#include <optional>
#include <vector>

namespace sangkien::text {
namespace {

// ---- Windows-1252 --------------------------------------------------------------------------------

// What Windows-1252 puts at 0x80–0x9F. The five undefined bytes decode to their C1 control, as readers
// that keep unknown bytes do.
constexpr std::array<char16_t, 32> kCp1252High = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

// The byte a character stands for in Windows-1252, or -1 when it has none (real Unicode text).
// U+0080–U+009F map to themselves too: some readers hand undefined or raw bytes over that way.
int cp1252Byte(QChar ch)
{
    const char16_t c = ch.unicode();
    if (c <= 0xFF)
        return c; // ASCII, C1 controls and Latin-1 (U+00AD soft hyphen included: it is byte 0xAD)
    for (std::size_t i = 0; i < kCp1252High.size(); ++i) {
        if (kCp1252High[i] == c)
            return int(0x80 + i);
    }
    return -1;
}

QChar cp1252Char(int byte)
{
    if (byte >= 0x80 && byte <= 0x9F)
        return QChar(kCp1252High[byte - 0x80]);
    return QChar(char16_t(byte));
}

// Every character's 1252 byte, -1 for those that have none.
std::vector<int> cp1252Bytes(const QString& text)
{
    std::vector<int> bytes;
    bytes.reserve(std::size_t(text.size()));
    for (const QChar c : text)
        bytes.push_back(cp1252Byte(c));
    return bytes;
}

bool isAsciiLetter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z');
}

// ---- TCVN3 ---------------------------------------------------------------------------------------

struct ByteLetter
{
    unsigned char byte;
    char16_t letter;
};

// VN3, as in legacy-encodings.md (TCVN 5712:1993).
constexpr ByteLetter kVn3[] = {
    {0xA1, u'Ă'}, {0xA2, u'Â'}, {0xA3, u'Ê'}, {0xA4, u'Ô'}, {0xA5, u'Ơ'}, {0xA6, u'Ư'}, {0xA7, u'Đ'},
    {0xA8, u'ă'}, {0xA9, u'â'}, {0xAA, u'ê'}, {0xAB, u'ô'}, {0xAC, u'ơ'}, {0xAD, u'ư'}, {0xAE, u'đ'},
    {0xB5, u'à'}, {0xB6, u'ả'}, {0xB7, u'ã'}, {0xB8, u'á'}, {0xB9, u'ạ'}, {0xBB, u'ằ'}, {0xBC, u'ẳ'},
    {0xBD, u'ẵ'}, {0xBE, u'ắ'}, {0xC6, u'ặ'}, {0xC7, u'ầ'}, {0xC8, u'ẩ'}, {0xC9, u'ẫ'}, {0xCA, u'ấ'},
    {0xCB, u'ậ'}, {0xCC, u'è'}, {0xCE, u'ẻ'}, {0xCF, u'ẽ'}, {0xD0, u'é'}, {0xD1, u'ẹ'}, {0xD2, u'ề'},
    {0xD3, u'ể'}, {0xD4, u'ễ'}, {0xD5, u'ế'}, {0xD6, u'ệ'}, {0xD7, u'ì'}, {0xD8, u'ỉ'}, {0xDC, u'ĩ'},
    {0xDD, u'í'}, {0xDE, u'ị'}, {0xDF, u'ò'}, {0xE1, u'ỏ'}, {0xE2, u'õ'}, {0xE3, u'ó'}, {0xE4, u'ọ'},
    {0xE5, u'ồ'}, {0xE6, u'ổ'}, {0xE7, u'ỗ'}, {0xE8, u'ố'}, {0xE9, u'ộ'}, {0xEA, u'ờ'}, {0xEB, u'ở'},
    {0xEC, u'ỡ'}, {0xED, u'ớ'}, {0xEE, u'ợ'}, {0xEF, u'ù'}, {0xF1, u'ủ'}, {0xF2, u'ũ'}, {0xF3, u'ú'},
    {0xF4, u'ụ'}, {0xF5, u'ừ'}, {0xF6, u'ử'}, {0xF7, u'ữ'}, {0xF8, u'ứ'}, {0xF9, u'ự'}, {0xFA, u'ỳ'},
    {0xFB, u'ỷ'}, {0xFC, u'ỹ'}, {0xFD, u'ý'}, {0xFE, u'ỵ'},
};

// The VN1 extras: toned capitals in 0x80–0x9F and in control slots (TCVN 5712 VN1; glibc's
// TCVN5712-1 agrees). VN1's other slots (0xAF, 0xB0–0xB4, 0xBA, 0xBF–0xC5, …) are left alone: there
// Windows-1252 has letters such as à or Á that also occur in Unicode Vietnamese typed under a stale font.
constexpr ByteLetter kVn1Capitals[] = {
    {0x01, u'Ú'}, {0x02, u'Ụ'}, {0x04, u'Ừ'}, {0x05, u'Ử'}, {0x06, u'Ữ'}, {0x11, u'Ứ'}, {0x12, u'Ự'},
    {0x13, u'Ỳ'}, {0x14, u'Ỷ'}, {0x15, u'Ỹ'}, {0x16, u'Ý'}, {0x17, u'Ỵ'}, {0x80, u'À'}, {0x81, u'Ả'},
    {0x82, u'Ã'}, {0x83, u'Á'}, {0x84, u'Ạ'}, {0x85, u'Ặ'}, {0x86, u'Ậ'}, {0x87, u'È'}, {0x88, u'Ẻ'},
    {0x89, u'Ẽ'}, {0x8A, u'É'}, {0x8B, u'Ẹ'}, {0x8C, u'Ệ'}, {0x8D, u'Ì'}, {0x8E, u'Ỉ'}, {0x8F, u'Ĩ'},
    {0x90, u'Í'}, {0x91, u'Ị'}, {0x92, u'Ò'}, {0x93, u'Ỏ'}, {0x94, u'Õ'}, {0x95, u'Ó'}, {0x96, u'Ọ'},
    {0x97, u'Ộ'}, {0x98, u'Ờ'}, {0x99, u'Ở'}, {0x9A, u'Ỡ'}, {0x9B, u'Ớ'}, {0x9C, u'Ợ'}, {0x9D, u'Ù'},
    {0x9E, u'Ủ'}, {0x9F, u'Ũ'},
};

struct Tcvn3Table
{
    std::array<char16_t, 256> letter{}; // 0: the byte is not a letter of its own

    Tcvn3Table()
    {
        for (const ByteLetter& e : kVn3)
            letter[e.byte] = e.letter;
        for (const ByteLetter& e : kVn1Capitals)
            letter[e.byte] = e.letter;
    }

    // The byte of a letter, or -1 (VN3 first: it is the encoding the fonts use).
    int byteOf(char16_t c) const
    {
        for (const ByteLetter& e : kVn3) {
            if (e.letter == c)
                return e.byte;
        }
        for (const ByteLetter& e : kVn1Capitals) {
            if (e.letter == c)
                return e.byte;
        }
        return -1;
    }
};

const Tcvn3Table& tcvn3()
{
    static const Tcvn3Table table;
    return table;
}

// VN1 capitals whose byte is everyday Windows-1252 punctuation (“ ” ‘ ’ – — … • ‰ ‚ „ ‹ ›): .VnTime text
// pasted from Word carries real quotes and dashes there, so they count as letters only inside a word.
bool isPunctuationSlot(int byte)
{
    switch (byte) {
    case 0x82:
    case 0x84:
    case 0x85:
    case 0x89:
    case 0x8B:
    case 0x91:
    case 0x92:
    case 0x93:
    case 0x94:
    case 0x95:
    case 0x96:
    case 0x97:
    case 0x9B:
        return true;
    default:
        return false;
    }
}

bool isTcvn3LetterAt(const QString& text, const std::vector<int>& bytes, qsizetype i)
{
    if (i < 0 || i >= text.size())
        return false;
    if (text.at(i).isLetter())
        return true;
    return bytes[std::size_t(i)] >= 0x80 && tcvn3().letter[std::size_t(bytes[std::size_t(i)])] != 0;
}

// ---- VNI-Windows ---------------------------------------------------------------------------------

enum class Shape
{
    None,
    Circumflex,
    Breve,
    Horn
};
enum class Tone
{
    None,
    Grave,
    Hook,
    Tilde,
    Acute,
    Dot
};

struct VniMark
{
    Shape shape;
    Tone tone;
};

// The mark a lowercase mark byte stands for; capitals use the byte 0x20 lower.
std::optional<VniMark> vniMarkLower(int byte)
{
    switch (byte) {
    case 0xF9: // ù
        return VniMark{Shape::None, Tone::Acute};
    case 0xF8: // ø
        return VniMark{Shape::None, Tone::Grave};
    case 0xFB: // û
        return VniMark{Shape::None, Tone::Hook};
    case 0xF5: // õ
        return VniMark{Shape::None, Tone::Tilde};
    case 0xEF: // ï
        return VniMark{Shape::None, Tone::Dot};
    case 0xE2: // â
        return VniMark{Shape::Circumflex, Tone::None};
    case 0xE1: // á
        return VniMark{Shape::Circumflex, Tone::Acute};
    case 0xE0: // à
        return VniMark{Shape::Circumflex, Tone::Grave};
    case 0xE5: // å
        return VniMark{Shape::Circumflex, Tone::Hook};
    case 0xE3: // ã
        return VniMark{Shape::Circumflex, Tone::Tilde};
    case 0xE4: // ä
        return VniMark{Shape::Circumflex, Tone::Dot};
    case 0xEA: // ê
        return VniMark{Shape::Breve, Tone::None};
    case 0xE9: // é
        return VniMark{Shape::Breve, Tone::Acute};
    case 0xE8: // è
        return VniMark{Shape::Breve, Tone::Grave};
    case 0xFA: // ú
        return VniMark{Shape::Breve, Tone::Hook};
    case 0xFC: // ü
        return VniMark{Shape::Breve, Tone::Tilde};
    case 0xEB: // ë
        return VniMark{Shape::Breve, Tone::Dot};
    default:
        return std::nullopt;
    }
}

std::optional<VniMark> vniMark(int byte)
{
    if (byte >= 0xC0 && byte <= 0xDF)
        return vniMarkLower(byte + 0x20);
    return vniMarkLower(byte);
}

int vniMarkByte(Shape shape, Tone tone)
{
    for (int b = 0xE0; b <= 0xFF; ++b) {
        const auto m = vniMarkLower(b);
        if (m && m->shape == shape && m->tone == tone)
            return b;
    }
    return -1;
}

// One vowel as VNI builds it: a base letter, then a shape and a tone.
struct Vowel
{
    char16_t base = 0; // a e i o u y
    bool upper = false;
    Shape shape = Shape::None;
    Tone tone = Tone::None;
};

// Single-byte VNI letters that are vowels (lowercase bytes; capitals 0x20 lower).
std::optional<Vowel> vniSingleVowelLower(int byte)
{
    switch (byte) {
    case 0xF4: // ô = ơ
        return Vowel{u'o', false, Shape::Horn, Tone::None};
    case 0xF6: // ö = ư
        return Vowel{u'u', false, Shape::Horn, Tone::None};
    case 0xED: // í
        return Vowel{u'i', false, Shape::None, Tone::Acute};
    case 0xEC: // ì
        return Vowel{u'i', false, Shape::None, Tone::Grave};
    case 0xE6: // æ = ỉ
        return Vowel{u'i', false, Shape::None, Tone::Hook};
    case 0xF3: // ó = ĩ
        return Vowel{u'i', false, Shape::None, Tone::Tilde};
    case 0xF2: // ò = ị
        return Vowel{u'i', false, Shape::None, Tone::Dot};
    case 0xEE: // î = ỵ
        return Vowel{u'y', false, Shape::None, Tone::Dot};
    default:
        return std::nullopt;
    }
}

std::optional<Vowel> vniSingleVowel(int byte)
{
    if (byte >= 0xC0 && byte <= 0xDF) {
        auto v = vniSingleVowelLower(byte + 0x20);
        if (v)
            v->upper = true;
        return v;
    }
    return vniSingleVowelLower(byte);
}

bool isAsciiVowel(char16_t c)
{
    switch (c) {
    case u'a':
    case u'e':
    case u'i':
    case u'o':
    case u'u':
    case u'y':
    case u'A':
    case u'E':
    case u'I':
    case u'O':
    case u'U':
    case u'Y':
        return true;
    default:
        return false;
    }
}

bool shapeFits(char16_t base, Shape shape)
{
    if (shape == Shape::Circumflex)
        return base == u'a' || base == u'e' || base == u'o';
    if (shape == Shape::Breve)
        return base == u'a';
    return false;
}

char16_t combiningShape(Shape s)
{
    switch (s) {
    case Shape::Circumflex:
        return 0x0302;
    case Shape::Breve:
        return 0x0306;
    case Shape::Horn:
        return 0x031B;
    case Shape::None:
        break;
    }
    return 0;
}

char16_t combiningTone(Tone t)
{
    switch (t) {
    case Tone::Grave:
        return 0x0300;
    case Tone::Hook:
        return 0x0309;
    case Tone::Tilde:
        return 0x0303;
    case Tone::Acute:
        return 0x0301;
    case Tone::Dot:
        return 0x0323;
    case Tone::None:
        break;
    }
    return 0;
}

// Appends the vowel decomposed (shape before tone, so NFC composes â then ấ).
void appendVowel(QString& out, const Vowel& v)
{
    out.append(v.upper ? QChar(v.base).toUpper() : QChar(v.base));
    if (v.shape != Shape::None)
        out.append(QChar(combiningShape(v.shape)));
    if (v.tone != Tone::None)
        out.append(QChar(combiningTone(v.tone)));
}

// Splits a Vietnamese vowel into its VNI parts; nullopt for anything else.
std::optional<Vowel> analyseVowel(QChar c)
{
    const QString d = QString(c).normalized(QString::NormalizationForm_D);
    if (d.isEmpty() || !isAsciiVowel(d.at(0).unicode()))
        return std::nullopt;
    Vowel v;
    v.upper = d.at(0).isUpper();
    v.base = d.at(0).toLower().unicode();
    for (qsizetype i = 1; i < d.size(); ++i) {
        switch (d.at(i).unicode()) {
        case 0x0302:
            v.shape = Shape::Circumflex;
            break;
        case 0x0306:
            v.shape = Shape::Breve;
            break;
        case 0x031B:
            v.shape = Shape::Horn;
            break;
        case 0x0300:
            v.tone = Tone::Grave;
            break;
        case 0x0309:
            v.tone = Tone::Hook;
            break;
        case 0x0303:
            v.tone = Tone::Tilde;
            break;
        case 0x0301:
            v.tone = Tone::Acute;
            break;
        case 0x0323:
            v.tone = Tone::Dot;
            break;
        default:
            return std::nullopt;
        }
    }
    const bool valid = v.shape == Shape::None || shapeFits(v.base, v.shape) ||
                       (v.shape == Shape::Horn && (v.base == u'o' || v.base == u'u'));
    return valid ? std::optional<Vowel>(v) : std::nullopt;
}

// Appends one VNI byte as its Windows-1252 character, capital bytes 0x20 lower.
void appendVniByte(QString& out, int lowerByte, bool upper)
{
    out.append(cp1252Char(upper ? lowerByte - 0x20 : lowerByte));
}

// ---- Guessing ------------------------------------------------------------------------------------

struct Evidence
{
    int strong = 0;
    int weak = 0;
};

Evidence tcvn3Evidence(const QString& text, const std::vector<int>& bytes)
{
    Evidence e;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const int b = bytes[std::size_t(i)];
        // 0x80–0x9F (VN1 capitals, or quotes and dashes) prove nothing either way.
        if (b < 0xA0 || tcvn3().letter[std::size_t(b)] == 0)
            continue;
        const QChar c = text.at(i);
        const bool prevLetter = i > 0 && text.at(i - 1).isLetter();
        const bool nextLetter = i + 1 < n && text.at(i + 1).isLetter();
        if (!prevLetter && !nextLetter)
            continue;
        if (b == 0xAD) { // the soft hyphen also marks hyphenation points in Western words
            ++e.weak;
            continue;
        }
        // Symbols in Windows-1252 (µ and ª count as letters in Unicode, not in any Western word).
        const bool symbol = (b >= 0xA1 && b <= 0xBF) || b == 0xD7 || b == 0xF7;
        if (symbol) {
            // A symbol that is a VN3 letter. Skip the places Western text puts these symbols.
            bool counts = true;
            switch (b) {
            case 0xB5: // µm, µg: a unit starts the word, while à follows a consonant
            case 0xAB: // «Bonjour: an opening guillemet
            case 0xA1: // ¡Hola
                counts = prevLetter;
                break;
            case 0xBB: // Bonjour»
            case 0xA9: // Brand©
            case 0xAE: // Brand®
                counts = nextLetter;
                break;
            case 0xB7: // Catalan l·l
                counts = !(i > 0 && i + 1 < n && text.at(i - 1).toLower() == u'l' &&
                           text.at(i + 1).toLower() == u'l');
                break;
            default:
                break;
            }
            if (counts)
                ++e.strong;
        } else if (c.isUpper() && i > 0 && isAsciiLetter(text.at(i - 1)) && i + 1 < n &&
                   isAsciiLetter(text.at(i + 1)) && text.at(i + 1).isLower()) {
            // An accented capital inside a lowercase word ("TØnh", "ViÖt"): no Western spelling does that.
            e.strong += 2;
        } else {
            ++e.weak; // "Néi", but also "Café": evidence only next to stronger signs
        }
    }
    return e;
}

Evidence vniEvidence(const QString& text, const std::vector<int>& bytes)
{
    Evidence e;
    const qsizetype n = text.size();
    auto byteAt = [&](qsizetype i) { return i >= 0 && i < n ? bytes[std::size_t(i)] : -1; };
    for (qsizetype i = 0; i + 1 < n; ++i) {
        const QChar c = text.at(i);
        const int next = byteAt(i + 1);
        if ((c == u'ñ' || c == u'Ñ') && (i == 0 || !text.at(i - 1).isLetter()) &&
            isAsciiLetter(text.at(i + 1))) {
            e.strong += 1; // đ starting a word; Spanish ñ sits inside words
            continue;
        }
        const auto single = vniSingleVowel(byteAt(i));
        if (single && single->shape == Shape::Horn) { // ơ ư
            const auto m = vniMark(next);
            if ((m && m->shape == Shape::None) || (single->base == u'u' && vniSingleVowel(next) &&
                                                   vniSingleVowel(next)->shape == Shape::Horn)) {
                e.strong += 1; // ôù = ớ, öø = ừ, öô = ươ
            }
            continue;
        }
        if (!isAsciiVowel(c.unicode()))
            continue;
        const auto m = vniMark(next);
        if (!m)
            continue;
        const char16_t base = c.toLower().unicode();
        const bool prevLetter = i > 0 && text.at(i - 1).isLetter();
        const bool afterLetter = i + 2 < n && text.at(i + 2).isLetter();
        const int lower = next >= 0xC0 && next <= 0xDF ? next + 0x20 : next;
        if (m->shape == Shape::None) {
            if (base == u'i') // Italian più; VNI writes toned i as one byte anyway
                continue;
            if (!prevLetter && !afterLetter) // French "où" standing alone
                continue;
            // Western words with these pairs: goût, août, eût; naïf, maïs, Loïc, ouïe.
            const bool western = (lower == 0xFB && (base == u'o' || base == u'e')) || lower == 0xEF;
            ++(western ? e.weak : e.strong);
        } else if (shapeFits(base, m->shape)) {
            // coágulo, João; aéroport, saúde, Raúl, Raphaël.
            const bool western = ((lower == 0xE1 || lower == 0xE3) && base == u'o') || lower == 0xE9 ||
                                 lower == 0xFA || lower == 0xFC || lower == 0xEB;
            ++(western ? e.weak : e.strong);
        }
    }
    return e;
}

} // namespace

QString legacyEncodingName(LegacyEncoding encoding)
{
    switch (encoding) {
    case LegacyEncoding::Tcvn3:
        return QStringLiteral("TCVN3 (ABC)");
    case LegacyEncoding::Vni:
        return QStringLiteral("VNI-Windows");
    case LegacyEncoding::None:
        break;
    }
    return {};
}

LegacyEncoding encodingForFont(const QString& fontName)
{
    const QString name = fontName.trimmed();
    if (name.startsWith(QLatin1String(".vn"), Qt::CaseInsensitive))
        return LegacyEncoding::Tcvn3;
    if (name.startsWith(QLatin1String("vni-"), Qt::CaseInsensitive) ||
        name.startsWith(QLatin1String("vni "), Qt::CaseInsensitive))
        return LegacyEncoding::Vni;
    return LegacyEncoding::None;
}

bool isCapitalsFont(const QString& fontName)
{
    // Only a capital H: the ABC names spell it so, and a lowercase h may end an ordinary word.
    const QString name = fontName.trimmed();
    return encodingForFont(name) == LegacyEncoding::Tcvn3 && name.endsWith(u'H');
}

QString decodeTcvn3(const QString& textAs1252, bool capitals)
{
    const Tcvn3Table& table = tcvn3();
    const std::vector<int> bytes = cp1252Bytes(textAs1252);
    QString out;
    out.reserve(textAs1252.size());
    for (qsizetype i = 0; i < textAs1252.size(); ++i) {
        const int b = bytes[std::size_t(i)];
        const char16_t letter = b >= 0 ? table.letter[std::size_t(b)] : 0;
        const bool decode =
            letter != 0 && (!isPunctuationSlot(b) || (isTcvn3LetterAt(textAs1252, bytes, i - 1) &&
                                                      isTcvn3LetterAt(textAs1252, bytes, i + 1)));
        out.append(decode ? QChar(letter) : textAs1252.at(i));
    }
    if (capitals)
        out = out.toUpper();
    return out.normalized(QString::NormalizationForm_C);
}

QString encodeTcvn3(const QString& text, bool capitals)
{
    const QString source = (capitals ? text.toLower() : text).normalized(QString::NormalizationForm_C);
    QString out;
    out.reserve(source.size());
    for (const QChar c : source) {
        const int b = c.unicode() < 0x80 ? -1 : tcvn3().byteOf(c.unicode());
        out.append(b >= 0 ? cp1252Char(b) : c);
    }
    return out;
}

QString decodeVni(const QString& textAs1252)
{
    const std::vector<int> bytes = cp1252Bytes(textAs1252);
    const qsizetype n = textAs1252.size();
    QString out;
    out.reserve(n);
    for (qsizetype i = 0; i < n; ++i) {
        const int b = bytes[std::size_t(i)];
        const QChar c = textAs1252.at(i);
        if (b == 0xF1 || b == 0xD1) { // ñ Ñ
            out.append(b == 0xF1 ? QChar(0x0111) : QChar(0x0110));
            continue;
        }
        std::optional<Vowel> vowel = vniSingleVowel(b);
        if (!vowel && isAsciiVowel(c.unicode()))
            vowel = Vowel{c.toLower().unicode(), c.isUpper(), Shape::None, Tone::None};
        if (!vowel) {
            out.append(c);
            continue;
        }
        qsizetype j = i + 1;
        // A shape mark (it may carry the tone): aâ, aá, aê, aé, eä, oà …
        if (vowel->shape == Shape::None && vowel->tone == Tone::None && j < n) {
            const auto m = vniMark(bytes[std::size_t(j)]);
            if (m && m->shape != Shape::None && shapeFits(vowel->base, m->shape)) {
                vowel->shape = m->shape;
                vowel->tone = m->tone;
                ++j;
            }
        }
        // Then a tone mark: aø, ôù, öø; also after a bare shape mark, which some typists produce.
        if (vowel->tone == Tone::None && j < n) {
            const auto m = vniMark(bytes[std::size_t(j)]);
            if (m && m->shape == Shape::None) {
                vowel->tone = m->tone;
                ++j;
            }
        }
        appendVowel(out, *vowel);
        i = j - 1;
    }
    return out.normalized(QString::NormalizationForm_C);
}

QString encodeVni(const QString& text)
{
    const QString source = text.normalized(QString::NormalizationForm_C);
    QString out;
    out.reserve(source.size() * 2);
    for (const QChar c : source) {
        if (c.unicode() == 0x0111 || c.unicode() == 0x0110) {
            appendVniByte(out, 0xF1, c.unicode() == 0x0110);
            continue;
        }
        const std::optional<Vowel> v = c.unicode() < 0x80 ? std::nullopt : analyseVowel(c);
        if (!v) {
            out.append(c);
            continue;
        }
        if (v->base == u'i') { // toned i is one byte of its own
            static constexpr int kIByTone[] = {0,    0xEC, 0xE6,
                                               0xF3, 0xED, 0xF2}; // none grave hook tilde acute dot
            if (v->tone == Tone::None)
                out.append(v->upper ? u'I' : u'i');
            else
                appendVniByte(out, kIByTone[int(v->tone)], v->upper);
            continue;
        }
        if (v->base == u'y' && v->tone == Tone::Dot) {
            appendVniByte(out, 0xEE, v->upper);
            continue;
        }
        if (v->shape == Shape::Horn) {
            appendVniByte(out, v->base == u'o' ? 0xF4 : 0xF6, v->upper);
            if (v->tone != Tone::None)
                appendVniByte(out, vniMarkByte(Shape::None, v->tone), v->upper);
            continue;
        }
        out.append(v->upper ? QChar(v->base).toUpper() : QChar(v->base));
        if (v->shape != Shape::None || v->tone != Tone::None)
            appendVniByte(out, vniMarkByte(v->shape, v->tone), v->upper);
    }
    return out;
}

bool hasUnicodeVietnamese(const QString& text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u >= 0x1EA0 && u <= 0x1EF9) || u == 0x0102 || u == 0x0103 || u == 0x0110 || u == 0x0111 ||
            u == 0x01A0 || u == 0x01A1 || u == 0x01AF || u == 0x01B0)
            return true;
    }
    return false;
}

LegacyEncoding guessEncoding(const QString& text)
{
    if (text.isEmpty() || hasUnicodeVietnamese(text))
        return LegacyEncoding::None;
    const std::vector<int> bytes = cp1252Bytes(text);
    const Evidence t = tcvn3Evidence(text, bytes);
    const Evidence v = vniEvidence(text, bytes);
    // TCVN3 needs two independent signs: two strong ones, or a strong one with a weak one; weak signs
    // alone are what French or German looks like. A strong VNI sign is a pair no Western spelling has,
    // so one is enough, while weak VNI pairs (goût, naïf, João) never decide alone: real VNI text has
    // strong pairs in nearly every word.
    const bool tcvn3Likely = t.strong >= 2 || (t.strong >= 1 && t.weak >= 1);
    const bool vniLikely = v.strong >= 1;
    if (tcvn3Likely && vniLikely) {
        const int ts = 2 * t.strong + t.weak;
        const int vs = 2 * v.strong + v.weak;
        return ts > vs ? LegacyEncoding::Tcvn3 : vs > ts ? LegacyEncoding::Vni : LegacyEncoding::None;
    }
    if (tcvn3Likely)
        return LegacyEncoding::Tcvn3;
    if (vniLikely)
        return LegacyEncoding::Vni;
    return LegacyEncoding::None;
}

RepairedText repairCell(const QString& text, const QString& fontName, bool allowGuess)
{
    RepairedText r;
    const QString nfc = text.normalized(QString::NormalizationForm_C);
    r.normalized = nfc != text;
    r.text = nfc;
    if (hasUnicodeVietnamese(nfc))
        return r;
    LegacyEncoding encoding = encodingForFont(fontName);
    if (encoding == LegacyEncoding::None && allowGuess)
        encoding = guessEncoding(nfc);
    if (encoding == LegacyEncoding::None)
        return r;
    const QString decoded =
        encoding == LegacyEncoding::Tcvn3 ? decodeTcvn3(text, isCapitalsFont(fontName)) : decodeVni(text);
    if (decoded != nfc) {
        r.text = decoded;
        r.from = encoding;
    }
    return r;
}

} // namespace sangkien::text
