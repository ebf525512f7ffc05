#include "duplicate_finder.h"

#include "database.h"
#include "text/similarity.h"
#include "text/vietnamese_text.h"

#include <QSqlQuery>
#include <algorithm>
#include <limits>

namespace sangkien {

bool DuplicateFinder::looksLikeDuplicate(double titleSimilarity, double nomineeSimilarity)
{
    return titleSimilarity >= kSameTitleThreshold ||
           (titleSimilarity >= kTitleThreshold && nomineeSimilarity >= kNomineeThreshold);
}

Result<QList<PossibleDuplicate>> DuplicateFinder::find(Database& db, const Entry& candidate,
                                                       const QString& source, std::optional<qint64> lastId)
{
    QList<PossibleDuplicate> found;
    const QStringList titleWords = text::foldedWords(candidate.title);
    if (titleWords.isEmpty())
        return found;

    // Only entries that share the title's longest word can reach the threshold: let SQLite narrow them.
    const QString anchor =
        *std::max_element(titleWords.begin(), titleWords.end(),
                          [](const QString& a, const QString& b) { return a.size() < b.size(); });
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT e.id, e.code, e.title, n.name FROM entry e JOIN nominee n ON n.id = e.nominee_id "
        "WHERE instr(e.search_key, ?) > 0 AND e.id <= ?"));
    q.addBindValue(anchor);
    q.addBindValue(lastId.value_or(std::numeric_limits<qint64>::max()));
    if (!q.exec())
        return sqlError(q, source.isEmpty() ? db.path() : source);
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (source.isEmpty() && id == candidate.id)
            continue;
        const QString title = q.value(2).toString();
        const QString nominee = q.value(3).toString();
        const double titleSim = text::wordSimilarity(candidate.title, title);
        const double nomineeSim = text::wordSimilarity(candidate.nominee.name, nominee);
        if (looksLikeDuplicate(titleSim, nomineeSim))
            found.append({source, id, q.value(1).toString(), title, nominee, titleSim, nomineeSim});
    }
    std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) {
        return a.titleSimilarity + a.nomineeSimilarity > b.titleSimilarity + b.nomineeSimilarity;
    });
    return found;
}

} // namespace sangkien
