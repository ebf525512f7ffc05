#pragma once

#include <QString>

// Vietnamese text typed with the pre-Unicode font encodings TCVN3 (ABC, the ".Vn…" fonts) and
// VNI-Windows (the "VNI-…" fonts). Spreadsheet readers hand such text over as if it were Windows-1252
// ("Hµ Néi" for Hà Nội, "Haø Noäi" in VNI); these functions turn it back into Unicode (NFC).
// TCVN3 follows TCVN 5712:1993 (VN3; GNU libiconv's TCVN table agrees): one byte a letter, toned capitals
// only from the ".Vn…H" fonts, which draw capitals at the lowercase codes (decode, then upper-case).
// VNI writes a base letter followed by mark bytes, so context decides ("ô" alone is ơ, "oâ" is ô).
// Byte 0xAD is ư in TCVN3 but a soft hyphen in Windows-1252: it must survive until the repair.
// The cell's font tells which encoding it is; without one, text full of TCVN3 look-alikes and no real
// Vietnamese letters is only a guess, which the user confirms.
namespace sangkien::text {

enum class LegacyEncoding
{
    None,
    Tcvn3,
    Vni
};

// "TCVN3 (ABC)", "VNI-Windows", or empty for None. Proper names: not translated.
QString legacyEncodingName(LegacyEncoding encoding);

// The encoding a font name implies: ".VnTime", ".VnArialH", … → Tcvn3; "VNI-Times", "VNI-Helve", … → Vni;
// anything else → None. Case and surrounding spaces are ignored.
LegacyEncoding encodingForFont(const QString& fontName);

// True for the TCVN3 capitals fonts (".VnTimeH", ".VnArial NarrowH"): they draw capital glyphs at the
// lowercase codes, so their text is decoded and then upper-cased.
bool isCapitalsFont(const QString& fontName);

// TCVN3 text read as Windows-1252 → Unicode NFC. Uses the VN3 table; the VN1 capitals in 0x80–0x9F and
// the control slots are decoded too, except that the 1252 punctuation there (“ ” ‘ ’ – — … •) stays
// punctuation unless it sits between two letters. Characters that are not Windows-1252 pass through.
// With capitals (an H font) the result is upper-cased.
QString decodeTcvn3(const QString& textAs1252, bool capitals = false);

// Unicode → TCVN3 as Windows-1252 characters (the inverse of decodeTcvn3, for tests and fixtures).
// Toned capitals have no VN3 code: with capitals the text is lower-cased first (as typed in an H font);
// without, those in the VN1 range 0x80–0x9F or the control slots use it and the rest pass through.
QString encodeTcvn3(const QString& text, bool capitals = false);

// VNI-Windows text read as Windows-1252 → Unicode NFC. A vowel is followed by mark bytes ("Vieät" = Việt,
// "Haø" = Hà, "tröôøng" = trường); ô ö ñ í ì æ ó ò î are letters of their own (ơ ư đ í ì ỉ ĩ ị ỵ).
// A mark byte that follows no vowel it can apply to stays as it is.
QString decodeVni(const QString& textAs1252);

// Unicode → VNI-Windows as Windows-1252 characters (the inverse of decodeVni).
QString encodeVni(const QString& text);

// True when text holds letters only Unicode has (ơ ư ă đ and U+1EA0–U+1EF9): such text was never in a
// legacy encoding, whatever its font says.
bool hasUnicodeVietnamese(const QString& text);

// Guesses the encoding of text with no font to tell. Deliberately cautious: returns Tcvn3 or Vni only
// on at least two independent signs, None otherwise (so "Café crème", "Straße", "5 µm" or real Unicode
// Vietnamese stay None). A guess is only a suggestion: the caller asks before converting.
//  - TCVN3: 1252 symbols that are VN3 letters (µ ¸ ¶ · ¹ © ª « ¬ ® § ¨ » × …) attached to ASCII
//    letters ("Hµ", "s«ng", "§ång"), and accented capitals inside a lowercase word ("TØnh", "ViÖt");
//    accented small letters ("Néi") count only once such a symbol was seen.
//  - VNI: one vowel followed by a mark byte ("Haø", "Vieät", "tröôøng") or "ñ"/"Ñ" starting a word.
//    Pairs that also occur in French, Spanish or Portuguese ("goût", "naïf", "aéroport", "João", "Raúl")
//    do not count, nor "où" standing alone.
// Short cells often carry one sign only ("Hoµng", "Phaïm") and stay None: to guess a column, pass its
// cells joined with newlines.
LegacyEncoding guessEncoding(const QString& text);

// One cell after repair: the text (NFC), the legacy encoding it was converted from (None when nothing
// was converted) and whether composing decomposed (NFD) text changed it.
struct RepairedText
{
    QString text;
    LegacyEncoding from = LegacyEncoding::None;
    bool normalized = false;

    bool operator==(const RepairedText&) const = default;
};

// Repairs one cell: the font decides the encoding; without a legacy font the text is guessed only when
// allowGuess. Text holding Unicode-only Vietnamese letters is never converted (a stale font on retyped
// text). Always ends in NFC.
RepairedText repairCell(const QString& text, const QString& fontName, bool allowGuess);

} // namespace sangkien::text
