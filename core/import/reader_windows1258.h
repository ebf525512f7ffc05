#pragma once

#include <QByteArrayView>
#include <QString>

namespace sangkien::reader {

// Decodes Windows-1258 (Vietnamese ANSI) bytes. Tone marks come out as combining characters after
// their vowel, as the code page stores them; normalise to NFC afterwards. Qt has no such codec
// without ICU, and the table is small.
QString decodeWindows1258(QByteArrayView bytes);

} // namespace sangkien::reader
