// `list FILE [--search TEXT] [--status S] [--category C] [--format csv|json]`: the entries.
#include "commands.h"
#include "json_writer.h"
#include "storage/catalog_repository.h"
#include "storage/database.h"
#include "storage/entry_repository.h"

#include <cmath>

namespace sangkien::cli {
namespace {

const QStringList kStatusCodes = {QStringLiteral("received"), QStringLiteral("complete"),
                                  QStringLiteral("returned"), QStringLiteral("under_review"),
                                  QStringLiteral("scored"),   QStringLiteral("proposed"),
                                  QStringLiteral("awarded"),  QStringLiteral("not_awarded")};

// Scores are means of totals: two decimals are all the council reads.
double rounded(double v)
{
    return std::round(v * 100.0) / 100.0;
}

QString scoreText(const std::optional<double>& score)
{
    return score ? QString::number(rounded(*score), 'g', 10) : QString();
}

QString shareText(double share)
{
    return QString::number(rounded(share), 'g', 6);
}

QString authorsText(const EntrySummary& e)
{
    QStringList parts;
    for (const auto& a : e.authors)
        parts << QStringLiteral("%1 (%2%)").arg(a.name, shareText(a.share));
    return parts.join(QStringLiteral("; "));
}

// Streamed into one buffer (QJsonObject's sorted key order, QJsonDocument's bytes): thousands of matches
// cost no tree of objects.
QByteArray asJson(const QList<EntrySummary>& rows)
{
    JsonWriter json(rows.size() * 512 + 64);
    json.beginObject();
    json.key("entries");
    json.beginArray();
    for (const EntrySummary& e : rows) {
        json.beginObject();
        json.key("authors");
        json.beginArray();
        for (const auto& a : e.authors) {
            json.beginObject();
            json.key("name");
            json.value(a.name);
            json.key("share");
            json.value(rounded(a.share));
            json.endObject();
        }
        json.endArray();
        json.key("award");
        if (e.awardCode.isEmpty())
            json.null();
        else
            json.value(e.awardCode);
        json.key("category");
        json.value(e.categoryCode);
        json.key("code");
        json.value(e.code);
        json.key("kind");
        json.value(entryKindCode(e.kind));
        json.key("nominee");
        json.value(e.nominee);
        json.key("nominee_kind");
        json.value(nomineeKindCode(e.nomineeKind));
        json.key("score");
        if (e.score)
            json.value(rounded(*e.score));
        else
            json.null();
        json.key("status");
        json.value(entryStatusCode(e.status));
        json.key("title");
        json.value(e.title);
        json.key("unit");
        json.value(e.unit);
        json.endObject();
    }
    json.endArray();
    json.endObject();
    json.bytes() += '\n';
    return std::move(json.bytes());
}

// RFC 4180: quote a field holding a comma, a quote or a line break; double the quotes inside.
QString csvField(const QString& s)
{
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) && !s.contains(QLatin1Char('\n')) &&
        !s.contains(QLatin1Char('\r')))
        return s;
    QString quoted = s;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QByteArray asCsv(const QList<EntrySummary>& rows)
{
    // The byte order mark makes Excel read the file as UTF-8, so Vietnamese letters survive.
    QString out = QStringLiteral(
        "\uFEFFcode,title,kind,category,nominee_kind,nominee,unit,authors,status,score,award\r\n");
    for (const EntrySummary& e : rows) {
        const QStringList fields{e.code,
                                 e.title,
                                 entryKindCode(e.kind),
                                 e.categoryCode,
                                 nomineeKindCode(e.nomineeKind),
                                 e.nominee,
                                 e.unit,
                                 authorsText(e),
                                 entryStatusCode(e.status),
                                 scoreText(e.score),
                                 e.awardCode};
        QStringList cells;
        for (const QString& f : fields)
            cells << csvField(f);
        out += cells.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return out.toUtf8();
}

QString statusLabel(EntryStatus status)
{
    switch (status) {
    case EntryStatus::Received:
        return Cli::tr("received");
    case EntryStatus::Complete:
        return Cli::tr("complete");
    case EntryStatus::Returned:
        return Cli::tr("returned");
    case EntryStatus::UnderReview:
        return Cli::tr("under review");
    case EntryStatus::Scored:
        return Cli::tr("scored");
    case EntryStatus::Proposed:
        return Cli::tr("proposed");
    case EntryStatus::Awarded:
        return Cli::tr("awarded");
    case EntryStatus::NotAwarded:
        return Cli::tr("not awarded");
    }
    return {};
}

QString awardLabel(const QString& code)
{
    if (code == QLatin1String("chairman"))
        return Cli::tr("Chairman's certificate");
    if (code == QLatin1String("director"))
        return Cli::tr("Director's certificate");
    return code;
}

// A readable table with aligned columns; long titles, names and units are clipped.
QByteArray asTable(const QList<EntrySummary>& rows, const CatalogRepository& catalog)
{
    const QStringList header{Cli::tr("Code"),     Cli::tr("Title"),   Cli::tr("Kind"),
                             Cli::tr("Category"), Cli::tr("Nominee"), Cli::tr("Unit"),
                             Cli::tr("Status"),   Cli::tr("Score"),   Cli::tr("Award")};
    QHash<int, QString> kindNames;
    for (EntryKind k : {EntryKind::Initiative, EntryKind::TechnicalImprovement, EntryKind::UsefulSolution})
        kindNames.insert(int(k), catalog.initiativeKindName(k).isEmpty() ? entryKindCode(k)
                                                                         : catalog.initiativeKindName(k));
    QList<QStringList> table;
    table.reserve(rows.size());
    for (const EntrySummary& e : rows)
        table << QStringList{e.code,
                             e.title,
                             kindNames.value(int(e.kind)),
                             e.categoryCode,
                             e.nominee,
                             e.unit,
                             statusLabel(e.status),
                             scoreText(e.score),
                             awardLabel(e.awardCode)};
    // The status column is wide enough for the longest status ("không khen thưởng"); scores align right.
    QString out = formatTable(header, std::move(table), {20, 60, 18, 8, 32, 32, 20, 6, 24}, {7});
    out += Cli::tr("%n entries", nullptr, int(rows.size())) + QLatin1Char('\n');
    return out.toUtf8();
}

} // namespace

CommandSpec listSpec()
{
    return {QStringLiteral("list"),
            QStringLiteral("list FILE [--search TEXT] [--status S] [--category C] [--format csv|json]"),
            1,
            {QStringLiteral("--search"), QStringLiteral("--status"), QStringLiteral("--category"),
             QStringLiteral("--format")},
            {}};
}

int runList(const QStringList& arguments)
{
    auto args = parseArgs(arguments, listSpec());
    if (!args)
        return usageError(args.error().message, args.error().place);
    const QString command = QStringLiteral("list");

    EntryFilter filter;
    filter.search = args->value(QStringLiteral("--search"));
    if (args->values.contains(QStringLiteral("--status"))) {
        filter.status = entryStatusFromCode(args->value(QStringLiteral("--status")));
        if (!filter.status)
            return usageError(
                Cli::tr("Unknown status \"%1\". Known statuses: %2.")
                    .arg(args->value(QStringLiteral("--status")), kStatusCodes.join(QStringLiteral(", "))),
                command);
    }
    const QString format = args->value(QStringLiteral("--format"), QStringLiteral("text"));
    if (format != QLatin1String("text") && format != QLatin1String("csv") && format != QLatin1String("json"))
        return usageError(Cli::tr("Unknown format \"%1\". Known formats: text, csv, json.").arg(format),
                          command);

    const QString path = args->positionals.at(0);
    auto opened = openCampaign(path, command, false);
    if (!opened)
        return fail(opened.error());
    Database& db = **opened;
    CatalogRepository catalog(db);

    filter.categoryCode = args->value(QStringLiteral("--category")).trimmed();
    if (!filter.categoryCode.isEmpty()) {
        const auto categories = catalog.categories();
        if (!categories)
            return fail(categories.error());
        QStringList codes;
        for (const ContentCategory& c : *categories)
            codes << c.code;
        if (!codes.contains(filter.categoryCode))
            return usageError(Cli::tr("Unknown content category \"%1\". Known categories: %2.")
                                  .arg(filter.categoryCode, codes.join(QStringLiteral(", "))),
                              command);
    }

    const auto rows = EntryRepository(db).list(filter);
    if (!rows)
        return fail(rows.error().at(path));

    if (format == QLatin1String("json"))
        writeOut(asJson(*rows));
    else if (format == QLatin1String("csv"))
        writeOut(asCsv(*rows));
    else
        writeOut(asTable(*rows, catalog));
    return Ok;
}

} // namespace sangkien::cli
