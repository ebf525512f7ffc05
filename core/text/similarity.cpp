#include "similarity.h"

#include "vietnamese_text.h"

#include <QSet>

namespace sangkien::text {

QStringList foldedWords(const QString& s)
{
    QStringList words;
    QString word;
    for (QChar c : searchKey(s)) {
        if (c.isLetterOrNumber()) {
            word += c;
        } else if (!word.isEmpty()) {
            words << word;
            word.clear();
        }
    }
    if (!word.isEmpty())
        words << word;
    words.removeIf([](const QString& w) { return w.size() < 2 && !w.front().isDigit(); });
    return words;
}

double wordSimilarity(const QString& a, const QString& b)
{
    const QStringList wa = foldedWords(a);
    const QStringList wb = foldedWords(b);
    const QSet<QString> sa(wa.begin(), wa.end());
    const QSet<QString> sb(wb.begin(), wb.end());
    if (sa.isEmpty() && sb.isEmpty())
        return 0;
    const qsizetype shared = QSet<QString>(sa).intersect(sb).size();
    return 2.0 * double(shared) / double(sa.size() + sb.size());
}

} // namespace sangkien::text
