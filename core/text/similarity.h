#pragma once

#include <QString>
#include <QStringList>

namespace sangkien::text {

// The words of a text as search folds them, short filler words dropped ("và", "của", "trong" stay:
// Vietnamese words are syllables, so only one-letter tokens are dropped).
QStringList foldedWords(const QString& s);

// How alike two texts are, ignoring case, diacritics and word order: the Dice coefficient of their
// folded word sets, 0 (nothing shared) to 1 (the same words).
// "Ứng dụng AI trong một cửa" vs "ung dung ai trong mot cua" → 1.
double wordSimilarity(const QString& a, const QString& b);

} // namespace sangkien::text
