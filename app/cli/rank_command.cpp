// `rank FILE [--method mean|trimmed|median] [--format json]`: the council's ranking: members' totals, the
// aggregate, rank and flags; --method overrides the campaign's aggregation for this one run.
#include "commands.h"
#include "review/ranking.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>

namespace sangkien::cli {
namespace {

// Scores are means of totals: two decimals are all the council reads.
double rounded(double v)
{
    return std::round(v * 100.0) / 100.0;
}

QString number(double v)
{
    return QString::number(rounded(v), 'f', 2);
}

QByteArray asJson(const RankingResult& ranking, AggregationMethod campaignMethod)
{
    QJsonArray criteria;
    for (const Criterion& c : ranking.criteria)
        criteria.append(QJsonObject{{QStringLiteral("code"), c.code},
                                    {QStringLiteral("name"), c.name},
                                    {QStringLiteral("max"), c.maxPoints},
                                    {QStringLiteral("min"), c.minPoints}});
    QJsonArray entries;
    for (const RankedEntry& e : ranking.entries) {
        QJsonArray totals;
        for (const MemberTotal& t : e.memberTotals)
            totals.append(QJsonObject{{QStringLiteral("member"), t.memberId},
                                      {QStringLiteral("total"), rounded(t.total)},
                                      {QStringLiteral("complete"), t.complete}});
        entries.append(QJsonObject{
            {QStringLiteral("code"), e.code},
            {QStringLiteral("rank"), e.rank ? QJsonValue(e.rank) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("score"), e.score ? QJsonValue(rounded(*e.score)) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("member_totals"), totals},
            {QStringLiteral("flags"), QJsonArray::fromStringList(e.flags)},
            {QStringLiteral("tied"), e.tied},
            {QStringLiteral("spread"), rounded(e.spread)},
            {QStringLiteral("eligible_members"), e.eligibleMembers},
            {QStringLiteral("title"), e.title},
            {QStringLiteral("nominee"), e.nominee},
            {QStringLiteral("nominee_kind"), nomineeKindCode(e.nomineeKind)},
        });
    }
    const QJsonObject root{{QStringLiteral("method"), aggregationCode(ranking.options.method)},
                           {QStringLiteral("campaign_method"), aggregationCode(campaignMethod)},
                           {QStringLiteral("disagreement_spread"), ranking.options.disagreementSpread},
                           {QStringLiteral("criteria"), criteria},
                           {QStringLiteral("entries"), entries}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact) + '\n';
}

QString flagLabel(const QString& flag)
{
    if (flag == RankedEntry::kIncomplete)
        return Cli::tr("incomplete");
    if (flag == RankedEntry::kBelowMinimum)
        return Cli::tr("below a criterion's minimum");
    if (flag == RankedEntry::kDisagree)
        return Cli::tr("members disagree");
    return flag;
}

// A readable table: ties read "3=", unranked entries "-".
QByteArray asTable(const RankingResult& ranking, AggregationMethod campaignMethod)
{
    const QStringList header{Cli::tr("Rank"),   Cli::tr("Code"),  Cli::tr("Score"), Cli::tr("Spread"),
                             Cli::tr("Sheets"), Cli::tr("Flags"), Cli::tr("Title")};
    QList<QStringList> table;
    for (const RankedEntry& e : ranking.entries) {
        QStringList flags;
        for (const QString& f : e.flags)
            flags << flagLabel(f);
        table << QStringList{e.rank ? QString::number(e.rank) + (e.tied ? QStringLiteral("=") : QString())
                                    : QStringLiteral("-"),
                             e.code,
                             e.score ? number(*e.score) : QStringLiteral("-"),
                             e.memberTotals.size() >= 2 ? number(e.spread) : QString(),
                             QStringLiteral("%1/%2").arg(e.memberTotals.size()).arg(e.eligibleMembers),
                             flags.join(QStringLiteral(", ")),
                             e.title};
    }
    QStringList criteria;
    for (const Criterion& c : ranking.criteria)
        criteria << QStringLiteral("%1 (%2)").arg(c.code, QString::number(c.maxPoints));
    QString out = Cli::tr("Criteria: %1").arg(criteria.join(QStringLiteral(", "))) + QLatin1Char('\n');
    out += (ranking.options.method == campaignMethod
                ? Cli::tr("Score: %1").arg(aggregationDisplayName(ranking.options.method))
                : Cli::tr("Score: %1 (--method; the campaign uses %2)")
                      .arg(aggregationDisplayName(ranking.options.method),
                           aggregationDisplayName(campaignMethod))) +
           QLatin1Char('\n');
    out += formatTable(header, std::move(table), {6, 20, 7, 7, 7, 40, 60}, {0, 2, 3, 4});
    int ranked = 0;
    for (const RankedEntry& e : ranking.entries)
        ranked += e.rank ? 1 : 0;
    out += Cli::tr("%n entries ranked", nullptr, ranked) + QStringLiteral(", ") +
           Cli::tr("%n without a score yet", nullptr, int(ranking.entries.size()) - ranked) +
           QLatin1Char('\n');
    return out.toUtf8();
}

} // namespace

CommandSpec rankSpec()
{
    return {QStringLiteral("rank"),
            QStringLiteral("rank FILE [--method mean|trimmed|median] [--format json]"),
            1,
            {QStringLiteral("--format"), QStringLiteral("--method")},
            {}};
}

int runRank(const QStringList& arguments)
{
    auto args = parseArgs(arguments, rankSpec());
    if (!args)
        return usageError(args.error().message, args.error().place);
    const QString format = args->value(QStringLiteral("--format"), QStringLiteral("text"));
    if (format != QLatin1String("text") && format != QLatin1String("json"))
        return usageError(Cli::tr("Unknown format \"%1\". Known formats: text, json.").arg(format),
                          QStringLiteral("rank"));
    std::optional<AggregationMethod> method;
    if (args->has(QStringLiteral("--method"))) {
        const QString name = args->value(QStringLiteral("--method"));
        method = aggregationFromName(name);
        if (!method)
            return usageError(
                Cli::tr("Unknown aggregation method \"%1\". Known methods: mean, trimmed, median.").arg(name),
                QStringLiteral("--method"));
    }

    const QString path = args->positionals.at(0);
    auto opened = Database::open(path, Database::Mode::ReadOnly);
    if (!opened)
        return fail(opened.error());
    const auto options = Ranking::campaignOptions(**opened);
    if (!options)
        return fail(options.error().at(path));
    RankingOptions chosen = *options;
    if (method)
        chosen.method = *method;
    const auto ranking = Ranking::compute(**opened, chosen);
    if (!ranking)
        return fail(ranking.error().at(path));
    writeOut(format == QLatin1String("json") ? asJson(*ranking, options->method)
                                             : asTable(*ranking, options->method));
    return Ok;
}

} // namespace sangkien::cli
