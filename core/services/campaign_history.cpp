#include "campaign_history.h"

#include "review/ranking.h"
#include "storage/campaign_files_reader.h"
#include "storage/campaign_repository.h"
#include "storage/campaign_template.h"
#include "storage/database.h"
#include "text/vietnamese_text.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <algorithm>

namespace sangkien {
namespace {

QStringList words(const QString& s)
{
    return text::searchKey(s).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

struct CampaignRead
{
    QString path;
    QString file;
    int year = 0;
    QList<HistoryNameRow> names; // what is matched; the matched entries are read whole afterwards
    QHash<qint64, std::pair<std::optional<double>, int>> scores;
};

// The successions the program ships (the province's reorganisation), as (from, to) pairs.
QList<std::pair<QString, QString>> shippedSuccessions()
{
    QList<std::pair<QString, QString>> pairs;
    for (const QJsonValue& v : CampaignTemplate::shippedList(QStringLiteral("successions"))) {
        const QJsonObject s = v.toObject();
        for (const QJsonValue& to : s.value(QStringLiteral("to")).toArray())
            pairs.append({s.value(QStringLiteral("from")).toString(), to.toString()});
    }
    return pairs;
}

} // namespace

namespace {

// Every wanted word is a word of the name (the query folded once, by the caller).
bool hasWords(const QString& name, const QStringList& wanted)
{
    if (wanted.isEmpty())
        return false;
    const QStringList have = words(name);
    return std::all_of(wanted.begin(), wanted.end(), [&](const QString& w) { return have.contains(w); });
}

} // namespace

bool CampaignHistory::wordsMatch(const QString& name, const QString& query)
{
    return hasWords(name, words(query));
}

QStringList CampaignHistory::campaignFiles(const QString& folder)
{
    QStringList files;
    for (const QFileInfo& info :
         QDir(folder).entryInfoList({QStringLiteral("*.") + QLatin1String(Database::kFileSuffix)},
                                    QDir::Files | QDir::Readable, QDir::Name))
        files << info.absoluteFilePath();
    return files;
}

Result<HistoryResult> CampaignHistory::search(const QString& folder, HistorySubject subject,
                                              const QString& query)
{
    if (words(query).isEmpty())
        return Error{tr("Type a name to look for."), QStringLiteral("query"), ErrorKind::Usage};
    if (!QFileInfo(folder).isDir())
        return Error{tr("The folder does not exist."), folder, ErrorKind::NotFound};

    HistoryResult result;
    QList<CampaignRead> campaigns;
    QList<std::pair<QString, QString>> successions = shippedSuccessions();
    // First pass, a file per core: each year's names (not the titles), successions and scores.
    struct Read
    {
        std::optional<CampaignRead> campaign;
        QList<std::pair<QString, QString>> successions;
        std::optional<Error> error;
    };
    const bool withAuthors = subject == HistorySubject::Person;
    const QList<Read> reads =
        readCampaignFiles<Read>(campaignFiles(folder), [withAuthors](const QString& path) {
            Read out;
            auto db = Database::open(path, Database::Mode::ReadOnly);
            if (!db) {
                out.error = db.error();
                return out;
            }
            CampaignRead read;
            read.path = path;
            read.file = QFileInfo(path).fileName();
            read.year = CampaignRepository(**db).year();
            auto names = HistoryQuery(**db).names(withAuthors);
            auto kept = HistoryQuery(**db).successions();
            auto scores = Ranking::scores(**db);
            if (!names || !kept || !scores) {
                out.error = !names ? names.error() : !kept ? kept.error() : scores.error();
                return out;
            }
            read.names = std::move(*names);
            for (const EntryScore& r : *scores)
                read.scores.insert(r.entryId, {r.score, r.rank});
            out.successions = std::move(*kept);
            out.campaign = std::move(read);
            return out;
        });
    for (const Read& read : reads) {
        if (!read.campaign) {
            result.unreadable << *read.error;
            continue;
        }
        successions << read.successions;
        result.campaigns.append({read.campaign->file, read.campaign->year});
        campaigns.append(*read.campaign);
    }

    // A unit: the units whose name matches, then every unit that became one of them, step by step. The
    // query is folded once; each distinct unit name once (a folder's years hold a few hundred units).
    const QStringList wanted = words(query);
    QHash<QString, QString> successorOf; // a predecessor → the matched unit it leads to
    QSet<QString> matchedUnits;
    if (subject == HistorySubject::Unit) {
        QSet<QString> seen;
        for (const CampaignRead& c : campaigns)
            for (const HistoryNameRow& e : c.names)
                if (!seen.contains(e.unit)) {
                    seen.insert(e.unit);
                    if (hasWords(e.unit, wanted))
                        matchedUnits.insert(e.unit);
                }
        for (const auto& [from, to] : successions)
            if (hasWords(to, wanted))
                matchedUnits.insert(to);
        bool grew = true;
        while (grew) {
            grew = false;
            for (const auto& [from, to] : successions) {
                if (matchedUnits.contains(from) || successorOf.contains(from))
                    continue;
                if (matchedUnits.contains(to) || successorOf.contains(to)) {
                    successorOf.insert(from, matchedUnits.contains(to) ? to : successorOf.value(to));
                    grew = true;
                }
            }
        }
    }

    // The entries that matched, and why, by file.
    struct Matched
    {
        const CampaignRead* campaign = nullptr;
        QHash<qint64, QString> via; // entry id → the record's via
    };
    QList<Matched> matched;
    // A person's name recurs across entries and years: each distinct name is folded and matched once.
    QHash<QString, bool> personMatches;
    const auto personMatch = [&](const QString& name) {
        auto it = personMatches.constFind(name);
        if (it == personMatches.constEnd())
            it = personMatches.insert(name, hasWords(name, wanted));
        return *it;
    };
    for (const CampaignRead& c : campaigns) {
        Matched m{&c, {}};
        for (const HistoryNameRow& e : c.names) {
            if (subject == HistorySubject::Unit) {
                if (matchedUnits.contains(e.unit))
                    m.via.insert(e.entryId, QString());
                else if (successorOf.contains(e.unit))
                    m.via.insert(e.entryId, successorOf.value(e.unit));
            } else if (e.nomineeKind == QLatin1String("individual") && personMatch(e.nominee)) {
                m.via.insert(e.entryId, QStringLiteral("nominee"));
            } else if (std::any_of(e.authors.begin(), e.authors.end(), personMatch)) {
                m.via.insert(e.entryId, QStringLiteral("author"));
            }
        }
        if (!m.via.isEmpty())
            matched.append(m);
    }

    // Second pass: only the matched entries, read whole.
    struct Records
    {
        QList<HistoryRecord> records;
        std::optional<Error> error;
    };
    QStringList paths;
    QHash<QString, const Matched*> byPath;
    for (const Matched& m : matched) {
        paths << m.campaign->path;
        byPath.insert(m.campaign->path, &m);
    }
    const QList<Records> found = readCampaignFiles<Records>(paths, [&byPath](const QString& path) {
        Records out;
        const Matched& m = *byPath.value(path);
        auto db = Database::open(path, Database::Mode::ReadOnly);
        if (!db) {
            out.error = db.error();
            return out;
        }
        const auto entries = HistoryQuery(**db).entries(m.via.keys());
        if (!entries) {
            out.error = entries.error();
            return out;
        }
        for (const HistoryEntryRow& e : *entries) {
            HistoryRecord r;
            r.year = m.campaign->year;
            r.file = m.campaign->file;
            r.entry = e;
            r.via = m.via.value(e.entryId);
            const auto score = m.campaign->scores.value(e.entryId);
            r.score = score.first;
            r.rank = score.second;
            out.records.append(r);
        }
        return out;
    });
    for (const Records& f : found) {
        if (f.error)
            result.unreadable << *f.error;
        result.records << f.records;
    }
    std::stable_sort(result.records.begin(), result.records.end(),
                     [](const HistoryRecord& a, const HistoryRecord& b) {
                         return a.year != b.year ? a.year < b.year : a.entry.code < b.entry.code;
                     });
    return result;
}

} // namespace sangkien
