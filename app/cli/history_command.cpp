// `history FOLDER --unit NAME | --person NAME [--format text|json]`: every entry, score and award of a unit
// (and the units that became it) or of a person, across the campaign files of a folder, read-only.
#include "commands.h"
#include "domain/entry_workflow.h"
#include "services/campaign_history.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sangkien::cli {

CommandSpec historySpec()
{
    return {QStringLiteral("history"),
            QStringLiteral("history FOLDER --unit NAME | --person NAME [--format text|json]"),
            1,
            {QStringLiteral("--unit"), QStringLiteral("--person"), QStringLiteral("--format")},
            {}};
}

namespace {

QString statusName(const QString& code)
{
    const auto status = entryStatusFromCode(code);
    return status ? EntryWorkflow::displayName(*status) : code;
}

QByteArray asJson(const QString& folder, const QString& key, const QString& query, const HistoryResult& r)
{
    QJsonArray campaigns;
    for (const auto& [file, year] : r.campaigns)
        campaigns.append(QJsonObject{{QStringLiteral("file"), file}, {QStringLiteral("year"), year}});
    QJsonArray unreadable;
    for (const Error& e : r.unreadable)
        unreadable.append(
            QJsonObject{{QStringLiteral("file"), e.place}, {QStringLiteral("message"), e.message}});
    QJsonArray records;
    for (const HistoryRecord& h : r.records) {
        records.append(QJsonObject{
            {QStringLiteral("year"), h.year},
            {QStringLiteral("file"), h.file},
            {QStringLiteral("code"), h.entry.code},
            {QStringLiteral("title"), h.entry.title},
            {QStringLiteral("nominee"), h.entry.nominee},
            {QStringLiteral("nominee_kind"), h.entry.nomineeKind},
            {QStringLiteral("unit"), h.entry.unit},
            {QStringLiteral("authors"), QJsonArray::fromStringList(h.entry.authors)},
            {QStringLiteral("status"), h.entry.status},
            {QStringLiteral("score"), h.score ? QJsonValue(*h.score) : QJsonValue()},
            {QStringLiteral("rank"), h.rank ? QJsonValue(h.rank) : QJsonValue()},
            {QStringLiteral("award"), h.entry.award.isEmpty() ? QJsonValue() : QJsonValue(h.entry.award)},
            {QStringLiteral("via"), h.via.isEmpty() ? QJsonValue() : QJsonValue(h.via)},
        });
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("folder"), folder},
                                     {QStringLiteral("query"), QJsonObject{{key, query}}},
                                     {QStringLiteral("campaigns"), campaigns},
                                     {QStringLiteral("unreadable"), unreadable},
                                     {QStringLiteral("records"), records}})
               .toJson(QJsonDocument::Compact) +
           '\n';
}

QString asText(const HistoryResult& r)
{
    QString out;
    for (const HistoryRecord& h : r.records) {
        out += QStringLiteral("%1  %2  %3\n").arg(h.year).arg(h.entry.code, h.entry.title);
        QString line = QStringLiteral("      %1 — %2").arg(h.entry.nominee, h.entry.unit);
        if (h.via == QLatin1String("author"))
            line += QStringLiteral(" (") + Cli::tr("author") + QLatin1Char(')');
        else if (!h.via.isEmpty() && h.via != QLatin1String("nominee"))
            line += QStringLiteral(" → ") + h.via;
        out += line + QLatin1Char('\n');
        out += QStringLiteral("      %1").arg(statusName(h.entry.status));
        if (h.score)
            out += QStringLiteral("; ") + Cli::tr("score %1, rank %2").arg(*h.score, 0, 'f', 2).arg(h.rank);
        if (!h.entry.award.isEmpty())
            out += QStringLiteral("; ") + h.entry.award;
        out += QLatin1Char('\n');
    }
    out += Cli::tr("%1 entries in %2 campaign files.").arg(r.records.size()).arg(r.campaigns.size()) +
           QLatin1Char('\n');
    for (const Error& e : r.unreadable)
        out += Cli::tr("Not read: %1: %2").arg(e.place, e.message) + QLatin1Char('\n');
    return out;
}

} // namespace

int runHistory(const QStringList& arguments)
{
    auto args = parseArgs(arguments, historySpec());
    if (!args)
        return usageError(args.error().message, args.error().place);
    const bool unit = args->values.contains(QStringLiteral("--unit"));
    const bool person = args->values.contains(QStringLiteral("--person"));
    if (unit == person)
        return usageError(Cli::tr("Give either --unit NAME or --person NAME."), QStringLiteral("history"));
    const QString format = args->value(QStringLiteral("--format"), QStringLiteral("text"));
    if (format != QLatin1String("text") && format != QLatin1String("json"))
        return usageError(Cli::tr("Unknown format \"%1\". Known formats: text, json.").arg(format),
                          QStringLiteral("history"));
    const QString key = unit ? QStringLiteral("unit") : QStringLiteral("person");
    const QString query = args->value(QStringLiteral("--") + key);
    const QString folder = args->positionals.at(0);
    auto found = CampaignHistory::search(folder, unit ? HistorySubject::Unit : HistorySubject::Person, query);
    if (!found)
        return fail(found.error(), Stage::OtherFile);
    writeOut(format == QLatin1String("json") ? asJson(folder, key, query, *found) : asText(*found).toUtf8());
    return Ok;
}

} // namespace sangkien::cli
