#include "ranking_query.h"

#include "sql_rows.h"

#include <algorithm>

namespace sangkien {

Result<QList<SubmittedPoint>> RankingQuery::submittedPoints() const
{
    // A campaign's largest read (entries × members × criteria). Two scans in key order, joined here,
    // cost SQLite less than its join, which looks each sheet's points up in the score table's index.
    SqlRows sheets(m_db, "SELECT id, entry_id, member_id FROM score_sheet WHERE status = 'submitted' "
                         "ORDER BY entry_id, id");
    struct Sheet
    {
        qint64 id, entryId, memberId;
    };
    QList<Sheet> submitted;
    while (sheets.next())
        submitted.append({sheets.int64(0), sheets.int64(1), sheets.int64(2)});
    if (auto e = sheets.error(QStringLiteral("score_sheet")))
        return *e;

    struct Point
    {
        qint64 sheetId, criterionId;
        double points;
    };
    SqlRows scores(m_db, "SELECT sheet_id, criterion_id, points FROM score ORDER BY sheet_id, criterion_id");
    QList<Point> all;
    all.reserve(submitted.size() * 8); // a sheet has a point per criterion, a handful
    while (scores.next())
        all.append({scores.int64(0), scores.int64(1), scores.real(2)});
    if (auto e = scores.error(QStringLiteral("score")))
        return *e;

    QList<SubmittedPoint> list;
    list.reserve(all.size());
    for (const Sheet& sheet : std::as_const(submitted)) {
        auto it = std::lower_bound(all.cbegin(), all.cend(), sheet.id,
                                   [](const Point& p, qint64 id) { return p.sheetId < id; });
        for (; it != all.cend() && it->sheetId == sheet.id; ++it)
            list.append({sheet.entryId, sheet.id, sheet.memberId, it->criterionId, it->points});
    }
    return list;
}

Result<QList<RankingEntryRow>> RankingQuery::entries() const
{
    SqlRows rows(m_db, "SELECT e.id, e.code, e.title, n.name, n.kind, e.status FROM entry e "
                       "JOIN nominee n ON n.id = e.nominee_id ORDER BY e.code");
    QList<RankingEntryRow> list;
    while (rows.next())
        list.append({rows.int64(0), rows.string(1), rows.string(2), rows.string(3), rows.repeatedString(4),
                     rows.repeatedString(5)});
    if (auto e = rows.error(QStringLiteral("entry")))
        return *e;
    return list;
}

} // namespace sangkien
