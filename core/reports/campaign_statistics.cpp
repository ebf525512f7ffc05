#include "campaign_statistics.h"

#include "report_wording.h"
#include "review/ranking.h"
#include "services/campaign_history.h"
#include "storage/award_repository.h"
#include "storage/campaign_files_reader.h"
#include "storage/campaign_repository.h"
#include "storage/catalog_repository.h"
#include "storage/database.h"
#include "storage/entry_repository.h"
#include "storage/report_query.h"
#include "storage/rules_repository.h"
#include "text/vietnamese_text.h"

#include <QFileInfo>
#include <QHash>
#include <QMap>
#include <QSet>
#include <algorithm>

namespace sangkien {
namespace {

// Districts in Vietnamese order, the group without a district last.
void sortDistricts(QList<CountRow>& rows)
{
    std::stable_sort(rows.begin(), rows.end(), [](const CountRow& a, const CountRow& b) {
        if (a.code.isEmpty() != b.code.isEmpty())
            return b.code.isEmpty();
        return text::compareVietnamese(a.label, b.label) < 0;
    });
}

QString binLabel(double from, double to, bool last)
{
    auto n = [](double v) { return QString::number(v, 'g', 6); };
    if (from <= 0)
        return QStringLiteral("Dưới %1").arg(n(to));
    return last ? QStringLiteral("Từ %1 đến %2").arg(n(from), n(to))
                : QStringLiteral("Từ %1 đến dưới %2").arg(n(from), n(to));
}

} // namespace

bool StatisticsPeriod::contains(const QDate& received) const
{
    if (isAll())
        return true;
    if (!received.isValid())
        return false;
    return (!from.isValid() || received >= from) && (!to.isValid() || received <= to);
}

QString StatisticsPeriod::wording() const
{
    const QString format = QStringLiteral("dd/MM/yyyy");
    if (from.isValid() && to.isValid())
        return QStringLiteral("từ ngày %1 đến ngày %2").arg(from.toString(format), to.toString(format));
    if (from.isValid())
        return QStringLiteral("từ ngày %1").arg(from.toString(format));
    if (to.isValid())
        return QStringLiteral("đến ngày %1").arg(to.toString(format));
    return {};
}

QString CampaignStatistics::noDistrictLabel()
{
    return wording::noDistrict();
}

Result<CampaignStatistics> computeStatistics(Database& db, const StatisticsPeriod& period)
{
    CampaignStatistics s;
    s.period = period;
    const auto campaign = CampaignRepository(db).load();
    if (!campaign)
        return campaign.error();
    s.year = campaign->year;
    s.campaignName = campaign->name;

    const CatalogRepository catalog(db);
    const auto categories = catalog.categories();
    if (!categories)
        return categories.error();
    const auto unitKinds = catalog.unitKinds();
    if (!unitKinds)
        return unitKinds.error();
    const auto units = catalog.units();
    if (!units)
        return units.error();
    const auto forms = RulesRepository(db).awardForms();
    if (!forms)
        return forms.error();
    const auto criteria = RulesRepository(db).criteria();
    if (!criteria)
        return criteria.error();

    // One read of every entry's groups and facts (the folder's other years are read this way too).
    const auto entries = ReportQuery(db).statisticsRows();
    if (!entries)
        return entries.error();
    const auto awards = AwardRepository(db).stored();
    if (!awards)
        return awards.error();
    const auto scores = Ranking::scores(db);
    if (!scores)
        return scores.error();

    QHash<qint64, const Unit*> unitById;
    for (const Unit& u : *units)
        unitById.insert(u.id, &u);
    QHash<qint64, QString> unitKindName;
    for (const UnitKind& k : *unitKinds)
        unitKindName.insert(k.id, k.name);

    // The areas: a district kind's units make them districts; otherwise they are the office's areas.
    bool hasDistrictUnits = false;
    for (const Unit& u : *units) {
        s.hasAreas = s.hasAreas || !u.district.isEmpty();
        for (const UnitKind& k : *unitKinds)
            hasDistrictUnits = hasDistrictUnits || (k.id == u.kindId && k.code == QLatin1String("district"));
    }
    s.areaHeading = hasDistrictUnits ? QStringLiteral("Huyện, thành phố") : QStringLiteral("Khu vực");

    // Entries by group, those of the period only.
    // Counted by id where the catalog has ids (the folder's every year passes here: no string hashing).
    QHash<qint64, int> category, unitKind; // by category id, unit kind id (0: none)
    QHash<QString, int> district, kind, status;
    QHash<qint64, qint64> categoryOfEntry; // the entries of the period: entry id → category id
    QSet<qint64> sendingUnits;
    for (const StatisticsEntryRow& e : *entries) {
        if (!period.contains(e.receivedOn))
            continue;
        s.hasAreas = s.hasAreas || !e.district.isEmpty();
        ++category[e.categoryId];
        ++kind[e.kind];
        ++unitKind[e.unitKindId];
        ++district[e.district];
        ++status[e.status];
        (e.nomineeKind == QLatin1String("collective") ? s.collectives : s.individuals)++;
        categoryOfEntry.insert(e.entryId, e.categoryId);
        if (e.unitId)
            sendingUnits.insert(e.unitId);
        if (e.economicBenefit) {
            s.economicBenefit += *e.economicBenefit;
            ++s.entriesWithBenefit;
        }
    }
    s.entries = int(categoryOfEntry.size());
    for (const ContentCategory& c : *categories)
        s.byCategory.append({c.code, c.title, category.value(c.id)});
    if (const int none = category.value(0))
        s.byCategory.append({QString(), QStringLiteral("Chưa xếp lĩnh vực"), none});
    for (EntryKind k : {EntryKind::Initiative, EntryKind::TechnicalImprovement, EntryKind::UsefulSolution})
        s.byKind.append({entryKindCode(k), catalog.initiativeKindName(k), kind.value(entryKindCode(k))});
    for (const UnitKind& k : *unitKinds)
        s.byUnitKind.append({k.code, k.name, unitKind.value(k.id)});
    if (const int none = unitKind.value(0))
        s.byUnitKind.append({QString(), QStringLiteral("Không rõ đơn vị"), none});
    for (auto it = district.cbegin(); it != district.cend(); ++it)
        s.byDistrict.append({it.key(), it.key().isEmpty() ? wording::noDistrict() : it.key(), it.value()});
    sortDistricts(s.byDistrict);
    for (EntryStatus st :
         {EntryStatus::Received, EntryStatus::Complete, EntryStatus::Returned, EntryStatus::UnderReview,
          EntryStatus::Scored, EntryStatus::Proposed, EntryStatus::Awarded, EntryStatus::NotAwarded})
        s.byStatus.append({entryStatusCode(st), wording::statusName(st), status.value(entryStatusCode(st))});

    // Scores: the ranking's aggregate of each scored entry.
    double maxTotal = 0;
    for (const Criterion& c : *criteria)
        maxTotal += c.maxPoints;
    QList<double> edges = CampaignStatistics::binEdges();
    while (!edges.isEmpty() && edges.last() >= maxTotal)
        edges.removeLast();
    for (qsizetype i = 0; i < edges.size(); ++i) {
        const bool last = i + 1 == edges.size();
        const double to = last ? maxTotal : edges[i + 1];
        s.scoreBins.append({edges[i], to, binLabel(edges[i], to, last), 0});
    }
    QHash<qint64, QList<double>> scoresByCategory; // by category id
    double sum = 0;
    for (const EntryScore& r : *scores) {
        const auto categoryOf = categoryOfEntry.constFind(r.entryId);
        if (!r.score || categoryOf == categoryOfEntry.constEnd())
            continue;
        const double score = *r.score;
        ++s.scored;
        sum += score;
        s.minScore = s.minScore ? std::min(*s.minScore, score) : score;
        s.maxScore = s.maxScore ? std::max(*s.maxScore, score) : score;
        scoresByCategory[*categoryOf].append(score);
        for (qsizetype i = s.scoreBins.size() - 1; i >= 0; --i) {
            if (score >= s.scoreBins[i].from || i == 0) {
                ++s.scoreBins[i].count;
                break;
            }
        }
    }
    if (s.scored)
        s.meanScore = sum / s.scored;
    for (const ContentCategory& c : *categories) {
        const QList<double> list = scoresByCategory.value(c.id);
        CategoryScore cs{c.code, c.title, int(list.size()), std::nullopt};
        if (!list.isEmpty()) {
            double total = 0;
            for (double v : list)
                total += v;
            cs.mean = total / double(list.size());
        }
        s.meanByCategory.append(cs);
    }

    // Awards by form, unit and district.
    QHash<qint64, int> formIndex;
    for (const AwardForm& f : *forms) {
        formIndex.insert(f.id, int(s.awardsByForm.size()));
        s.awardsByForm.append({f.code, f.name, 0});
    }
    QMap<qint64, AwardCountRow> byUnit;
    QHash<QString, AwardCountRow> byDistrict;
    const QList<int> zeros(s.awardsByForm.size(), 0);
    for (const AwardRow& a : *awards) {
        const int index = formIndex.value(a.awardFormId, -1);
        if (index < 0 || !categoryOfEntry.contains(a.entryId))
            continue;
        ++s.awards;
        ++s.awardsByForm[index].count;
        const Unit* unit = unitById.value(a.nomineeUnitId);
        const QString unitName = unit ? unit->name : QString();
        const QString districtName = unit ? unit->district : QString();
        AwardCountRow& u = byUnit[a.nomineeUnitId];
        if (u.byForm.isEmpty()) {
            u.label = unitName.isEmpty() ? QStringLiteral("Không rõ đơn vị") : unitName;
            u.district = districtName;
            u.byForm = zeros;
        }
        ++u.byForm[index];
        ++u.total;
        AwardCountRow& d = byDistrict[districtName];
        if (d.byForm.isEmpty()) {
            d.label = districtName.isEmpty() ? wording::noDistrict() : districtName;
            d.byForm = zeros;
        }
        ++d.byForm[index];
        ++d.total;
    }
    s.awardsByUnit = byUnit.values();
    std::stable_sort(s.awardsByUnit.begin(), s.awardsByUnit.end(),
                     [](const AwardCountRow& a, const AwardCountRow& b) {
                         return text::compareVietnamese(a.label, b.label) < 0;
                     });
    for (auto it = byDistrict.cbegin(); it != byDistrict.cend(); ++it)
        s.awardsByDistrict.append(it.value());
    std::stable_sort(s.awardsByDistrict.begin(), s.awardsByDistrict.end(),
                     [](const AwardCountRow& a, const AwardCountRow& b) {
                         const bool aNone = a.label == wording::noDistrict();
                         const bool bNone = b.label == wording::noDistrict();
                         if (aNone != bNone)
                             return bNone;
                         return text::compareVietnamese(a.label, b.label) < 0;
                     });

    // Units that sent nothing: by kind in the plan's order, then by name.
    s.unitsWithEntries = int(sendingUnits.size());
    for (const UnitKind& k : *unitKinds) {
        QList<SilentUnit> ofKind;
        for (const Unit& u : *units)
            if (u.kindId == k.id && !sendingUnits.contains(u.id))
                ofKind.append({u.name, k.name, u.district});
        std::stable_sort(ofKind.begin(), ofKind.end(), [](const SilentUnit& a, const SilentUnit& b) {
            return text::compareVietnamese(a.name, b.name) < 0;
        });
        s.silentUnits += ofKind;
    }
    return s;
}

QList<YearFigures> compareYears(const QList<CampaignStatistics>& campaigns)
{
    QList<YearFigures> years;
    QSet<int> seen;
    for (const CampaignStatistics& s : campaigns) {
        if (seen.contains(s.year))
            continue;
        seen.insert(s.year);
        YearFigures y;
        y.year = s.year;
        y.entries = s.entries;
        y.collectives = s.collectives;
        y.individuals = s.individuals;
        y.scored = s.scored;
        y.meanScore = s.meanScore;
        y.awards = s.awards;
        y.awardsByForm = s.awardsByForm;
        y.economicBenefit = s.economicBenefit;
        y.unitsWithEntries = s.unitsWithEntries;
        y.silentUnits = int(s.silentUnits.size());
        years.append(y);
    }
    std::stable_sort(years.begin(), years.end(),
                     [](const YearFigures& a, const YearFigures& b) { return a.year < b.year; });
    return years;
}

Result<QList<YearFigures>> compareYears(const QList<Database*>& campaigns)
{
    QList<CampaignStatistics> all;
    for (Database* db : campaigns) {
        auto s = computeStatistics(*db);
        if (!s)
            return s.error();
        all.append(std::move(*s));
    }
    return compareYears(all);
}

namespace {

struct YearRead
{
    std::optional<CampaignStatistics> statistics;
    std::optional<Error> error;
};

// The folder's campaigns other than the one at currentPath, their statistics computed one per core.
QFuture<YearRead> startReadingOtherYears(const QString& currentPath, const QString& folder)
{
    const QString canonical = QFileInfo(currentPath).canonicalFilePath();
    QStringList others;
    for (const QString& path : CampaignHistory::campaignFiles(folder))
        if (QFileInfo(path).canonicalFilePath() != canonical)
            others << path;
    return startReadingCampaignFiles<YearRead>(others, [](const QString& path) {
        YearRead read;
        auto db = Database::open(path, Database::Mode::ReadOnly);
        if (!db) {
            read.error = db.error();
            return read;
        }
        auto s = computeStatistics(**db);
        if (s)
            read.statistics = std::move(*s);
        else
            read.error = s.error();
        return read;
    });
}

FolderComparison compareWithOtherYears(const CampaignStatistics& current, QFuture<YearRead>& others)
{
    FolderComparison result;
    QList<CampaignStatistics> all{current};
    for (const YearRead& read : others.results()) {
        if (read.statistics)
            all.append(*read.statistics);
        else
            result.unreadable << *read.error;
    }
    result.years = compareYears(all);
    return result;
}

} // namespace

Result<FolderComparison> compareYearsInFolder(Database& current, const QString& folder)
{
    // The other years are read by the pool while this thread computes the open campaign's figures.
    QFuture<YearRead> others = startReadingOtherYears(current.path(), folder);
    const auto here = computeStatistics(current);
    if (!here) {
        others.waitForFinished();
        return here.error();
    }
    return compareWithOtherYears(*here, others);
}

FolderComparison compareYearsInFolder(const CampaignStatistics& current, const QString& currentPath,
                                      const QString& folder)
{
    QFuture<YearRead> others = startReadingOtherYears(currentPath, folder);
    return compareWithOtherYears(current, others);
}

} // namespace sangkien
