#pragma once

#include "common/result.h"
#include "document_layout.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace sangkien {

class Database;

// One council member as the minutes name them.
struct MinutesMember
{
    QString name;
    QString role; // "Chủ tịch Hội đồng", "Ủy viên", …
    bool present = false;
    QString absenceReason;
    bool operator==(const MinutesMember&) const = default;
};

// One voted entry: its score from the ranking and the vote.
struct MinutesEntry
{
    QString code;
    QString title;
    QString nominee;
    std::optional<double> score;
    bool secret = true;
    int agree = 0;
    int disagree = 0;
    int blank = 0;
    bool passes = false;
    bool operator==(const MinutesEntry&) const = default;
};

// Everything the minutes of a council meeting (Biên bản họp Hội đồng) print, independent of the database,
// so tests can build one by hand and the layout never queries anything.
struct MeetingMinutesData
{
    Q_DECLARE_TR_FUNCTIONS(MeetingMinutesData)

public:
    QString issuingBody; // "Sở Khoa học và Công nghệ": the header's first line
    QString councilName; // "Hội đồng xét công nhận sáng kiến": the header's second line
    QString symbol;      // "BB-HĐSK"; the number is left blank for the office to fill in
    QString city;        // "Hưng Yên", before the date in the header
    QDate date;
    QString meetingPlace; // where the council met
    QString campaignName;
    int campaignYear = 0;
    QString chairName;
    QString secretaryName;
    QList<MinutesMember> members; // the roster's order
    int memberCount = 0;
    int presentCount = 0;
    double quorumRatio = 2.0 / 3.0;
    bool quorum = false;
    double passRatio = 2.0 / 3.0;
    QList<MinutesEntry> entries; // by code
    QString method;              // how the scores were aggregated, in the documents' wording ("trung vị")
    QString notes;

    // Refuses minutes without a date or without members.
    Status validate() const;

    // Reads the meeting, its attendance and votes, and each voted entry's score from the ranking.
    static Result<MeetingMinutesData> fromDatabase(Database& db, qint64 meetingId);

    bool operator==(const MeetingMinutesData&) const = default;
};

// "2/3", or a percentage for another ratio ("60%").
QString ratioText(double ratio);

PagedDocument layoutMinutes(const MeetingMinutesData& data);
// As PDF, or as ODT when the path ends in .odt. Refuses data that validate() rejects; writes through a
// temporary file renamed at the end.
Status writeMinutes(const MeetingMinutesData& data, const QString& path);

} // namespace sangkien
