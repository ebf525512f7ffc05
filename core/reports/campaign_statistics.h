#pragma once

#include "common/result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace sangkien {

class Database;

// One line of a breakdown: a group (a category, a kind, a status, …) and how many entries it has.
struct CountRow
{
    QString code;  // the group's stable code ("2.d", "initiative", "under_review", a district's name)
    QString label; // its Vietnamese name as the office writes it
    int count = 0;

    bool operator==(const CountRow&) const = default;
};

// Scores in [from, to); the last bin also holds `to` itself.
struct ScoreBin
{
    double from = 0;
    double to = 0;
    QString label; // "80 – dưới 90"
    int count = 0;

    bool operator==(const ScoreBin&) const = default;
};

// The mean score of one content category's scored entries.
struct CategoryScore
{
    QString code;
    QString label;
    int scored = 0;
    std::optional<double> mean; // none when no entry of the category has a score

    bool operator==(const CategoryScore&) const = default;
};

// Awards of one unit or one district: how many of each form (in the order of
// CampaignStatistics::awardsByForm) and together.
struct AwardCountRow
{
    QString label;    // the unit's or the district's name
    QString district; // the unit's district (empty for a district's own row)
    QList<int> byForm;
    int total = 0;

    bool operator==(const AwardCountRow&) const = default;
};

// A unit of the campaign's list that sent no entry.
struct SilentUnit
{
    QString name;
    QString kind; // the unit kind's name
    QString district;

    bool operator==(const SilentUnit&) const = default;
};

// The entries counted: those received from `from` to `to` (both included). An unset bound is no bound;
// with any bound set, an entry without a reception date is left out.
struct StatisticsPeriod
{
    QDate from;
    QDate to;

    bool isAll() const { return !from.isValid() && !to.isValid(); }
    bool contains(const QDate& received) const;
    // "từ ngày 01/03/2024 đến ngày 30/06/2024", "từ ngày 01/03/2024", "đến ngày …"; empty for no period.
    QString wording() const;

    bool operator==(const StatisticsPeriod&) const = default;
};

// The year's figures of one campaign, for the interim and final reports, the dashboard and the
// statistics workbook. Plain values: computing them reads the file, nothing here does.
struct CampaignStatistics
{
    int year = 0;
    QString campaignName;
    StatisticsPeriod period;

    // The units' areas: a 2024 campaign's districts ("Huyện, thành phố"), the areas the office gave units
    // after the 2025 reorganisation ("Khu vực"). hasAreas is false when no unit has one: the statistics
    // then have no grouping by area.
    bool hasAreas = false;
    QString areaHeading;

    int entries = 0;
    QList<CountRow> byCategory; // every category of the plan, in its order, zeros included
    QList<CountRow> byKind;     // the three kinds, in the plan's order
    QList<CountRow> byUnitKind; // every unit kind, in the plan's order, zeros included
    QList<CountRow> byDistrict; // districts (areas) that sent entries, in Vietnamese order; entries of units
                                // without one last, under kNoDistrictLabel
    QList<CountRow> byStatus;   // every status, in the workflow's order
    int collectives = 0;
    int individuals = 0;

    // The scores are the ranking's: each entry's aggregate by the campaign's method.
    int scored = 0;
    std::optional<double> meanScore;
    std::optional<double> minScore;
    std::optional<double> maxScore;
    QList<ScoreBin> scoreBins;
    QList<CategoryScore> meanByCategory; // every category, in the plan's order

    QList<CountRow> awardsByForm; // every award form, in the plan's order (code, name, count)
    int awards = 0;
    QList<AwardCountRow> awardsByUnit;     // units holding an award, in Vietnamese order
    QList<AwardCountRow> awardsByDistrict; // districts holding an award, as byDistrict

    qint64 economicBenefit = 0; // in đồng, the sum of what the units declared
    int entriesWithBenefit = 0;

    int unitsWithEntries = 0;
    QList<SilentUnit> silentUnits; // by unit kind in the plan's order, then name

    bool operator==(const CampaignStatistics&) const = default;

    // The district group of units that have none (departments, the province's own bodies).
    static QString noDistrictLabel();
    // The score bins' lower edges; the last bin ends at the criteria's total maximum.
    static QList<double> binEdges() { return {0, 50, 60, 70, 80, 90}; }
};

// The campaign's figures, read through the repositories (entries, units, awards) and the ranking; with a
// period, only the entries received in it (and their scores and awards).
Result<CampaignStatistics> computeStatistics(Database& db, const StatisticsPeriod& period = {});

// One campaign's year as the comparison across years shows it.
struct YearFigures
{
    int year = 0;
    int entries = 0;
    int collectives = 0;
    int individuals = 0;
    int scored = 0;
    std::optional<double> meanScore;
    int awards = 0;
    QList<CountRow> awardsByForm;
    qint64 economicBenefit = 0;
    int unitsWithEntries = 0;
    int silentUnits = 0;

    bool operator==(const YearFigures&) const = default;
};

// The figures of several years side by side, oldest first (a year given twice keeps its first campaign).
QList<YearFigures> compareYears(const QList<CampaignStatistics>& campaigns);
// The same from opened campaign files, one per year.
Result<QList<YearFigures>> compareYears(const QList<Database*>& campaigns);

// The comparison across the years of the office's campaign folder: the open campaign first (its year wins
// over another file of the same year), then every campaign file of the folder, each opened read-only.
struct FolderComparison
{
    QList<YearFigures> years;
    QList<Error> unreadable; // files of the folder that are not campaigns or cannot be read
};
Result<FolderComparison> compareYearsInFolder(Database& current, const QString& folder);
// The same with the open campaign's whole-year figures already computed (the window and the CLI have them).
FolderComparison compareYearsInFolder(const CampaignStatistics& current, const QString& currentPath,
                                      const QString& folder);

} // namespace sangkien
