// `members FILE [--format json]`: the council, with each member's id for scores-import and review-export.
#include "commands.h"
#include "storage/council_roster.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sangkien::cli {
namespace {

QString roleLabel(CouncilRole role)
{
    switch (role) {
    case CouncilRole::Chair:
        return Cli::tr("chair");
    case CouncilRole::ViceChair:
        return Cli::tr("vice-chair");
    case CouncilRole::Secretary:
        return Cli::tr("secretary");
    case CouncilRole::Member:
        return Cli::tr("member");
    }
    return {};
}

QByteArray asJson(const QList<RosterMember>& roster)
{
    QJsonArray members;
    for (const RosterMember& r : roster)
        members.append(QJsonObject{{QStringLiteral("id"), r.member.id},
                                   {QStringLiteral("name"), r.member.fullName},
                                   {QStringLiteral("role"), councilRoleCode(r.member.role)},
                                   {QStringLiteral("position"), r.member.position},
                                   {QStringLiteral("unit"), r.unitName}});
    return QJsonDocument(QJsonObject{{QStringLiteral("members"), members}}).toJson(QJsonDocument::Compact) +
           '\n';
}

QByteArray asTable(const QList<RosterMember>& roster)
{
    QList<QStringList> table;
    for (const RosterMember& r : roster)
        table << QStringList{QString::number(r.member.id), r.member.fullName, roleLabel(r.member.role),
                             r.member.position, r.unitName};
    QString out =
        formatTable({Cli::tr("Id"), Cli::tr("Name"), Cli::tr("Role"), Cli::tr("Position"), Cli::tr("Unit")},
                    std::move(table), {}, {0});
    out += Cli::tr("%n council member(s)", nullptr, int(roster.size())) + QLatin1Char('\n');
    return out.toUtf8();
}

} // namespace

CommandSpec membersSpec()
{
    return {QStringLiteral("members"),
            QStringLiteral("members FILE [--format json]"),
            1,
            {QStringLiteral("--format")},
            {}};
}

int runMembers(const QStringList& arguments)
{
    auto args = parseArgs(arguments, membersSpec());
    if (!args)
        return usageError(args.error().message, args.error().place);
    const QString format = args->value(QStringLiteral("--format"), QStringLiteral("text"));
    if (format != QLatin1String("text") && format != QLatin1String("json"))
        return usageError(Cli::tr("Unknown format \"%1\". Known formats: text, json.").arg(format),
                          QStringLiteral("members"));
    const QString path = args->positionals.at(0);
    auto opened = Database::open(path, Database::Mode::ReadOnly);
    if (!opened)
        return fail(opened.error());
    const auto roster = CouncilRoster::load(**opened);
    if (!roster)
        return fail(roster.error().at(path));
    writeOut(format == QLatin1String("json") ? asJson(*roster) : asTable(*roster));
    return Ok;
}

} // namespace sangkien::cli
