#pragma once

#include "common/result.h"
#include "document_layout.h"
#include "domain/criterion.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace sangkien {

class Database;

// The papers the office prints for the council before its meeting: a blank score sheet (Phiếu chấm điểm
// sáng kiến) for each member and each entry assigned to them, and the summary of scores (Bảng tổng hợp kết
// quả chấm điểm). Built from the database once, then laid out without queries, so tests can make one by
// hand.
struct CouncilPapersData
{
    struct PaperEntry
    {
        QString code;
        QString title;
        QString nominee;
        bool operator==(const PaperEntry&) const = default;
    };
    struct Member
    {
        qint64 id = 0;
        QString name;
        QString role;              // "Chủ tịch Hội đồng", "Ủy viên", …
        QList<PaperEntry> entries; // assigned to the member and not excluded by a conflict, by code
        bool operator==(const Member&) const = default;
    };
    struct SummaryRow
    {
        QString code;
        QString title;
        QList<std::optional<double>> totals; // one per member of `members`, empty when not submitted
        std::optional<double> score;
        int rank = 0;
        QStringList flags; // the ranking's codes, worded by the layout
        bool operator==(const SummaryRow&) const = default;
    };

    QString issuingBody;
    QString councilName; // "Hội đồng xét công nhận sáng kiến"
    QString city;
    QDate date;
    QString campaignName;
    int campaignYear = 0;
    QList<Criterion> criteria;
    QList<Member> members; // the roster's order
    QString method;        // how the aggregate was computed, worded: "trung bình cộng", …
    QList<SummaryRow> summary;

    // Every member, or only memberId (0: all); refuses an unknown member.
    static Result<CouncilPapersData> fromDatabase(Database& db, qint64 memberId = 0);

    bool operator==(const CouncilPapersData&) const = default;
};

// One blank score sheet per member and assigned entry, each on a page of its own.
PagedDocument layoutScoreSheets(const CouncilPapersData& data);
// The summary table: each member's total, the aggregate, the rank and the flags, one row per entry.
PagedDocument layoutScoreSummary(const CouncilPapersData& data);

// As PDF, or as ODT when the path ends in .odt; written through a temporary file renamed at the end;
// refuses papers with nothing to print.
Status writeScoreSheets(const CouncilPapersData& data, const QString& path);
// Why there is nothing to print, shared by the files and the window's preview (path: where it was going).
Status checkScoreSheets(const CouncilPapersData& data, const QString& path = {});
Status checkScoreSummary(const CouncilPapersData& data, const QString& path = {});
Status writeScoreSummary(const CouncilPapersData& data, const QString& path);

} // namespace sangkien
