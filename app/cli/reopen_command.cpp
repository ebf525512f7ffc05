// `reopen FILE --member ID --entry CODE --reason TEXT [--user LOGIN]`: the council's secretary turns a
// submitted score sheet back into a draft, with a trail row. When the campaign has roles on, the secretary
// signs in: --user names them and the password is read from the first line of standard input (never from
// the command line, where other users of the machine could see it).
#include "commands.h"
#include "storage/audit_log.h"
#include "storage/database.h"
#include "storage/entry_repository.h"
#include "storage/score_sheet_repository.h"
#include "storage/user_accounts.h"

#include <QTextStream>
#include <cstdio>
#include <limits>

namespace sangkien::cli {

CommandSpec reopenSpec()
{
    return {QStringLiteral("reopen"),
            QStringLiteral("reopen FILE --member ID --entry CODE --reason TEXT [--user LOGIN]"),
            1,
            {QStringLiteral("--member"), QStringLiteral("--entry"), QStringLiteral("--reason"),
             QStringLiteral("--user")},
            {},
            {QStringLiteral("--member"), QStringLiteral("--entry"), QStringLiteral("--reason")}};
}

int runReopen(const QStringList& arguments)
{
    const QString command = QStringLiteral("reopen");
    auto args = parseArgs(arguments, reopenSpec());
    if (!args)
        return usageError(args.error().message, args.error().place);
    const auto member =
        integerOption(*args, QStringLiteral("--member"), 0, 1, std::numeric_limits<qint64>::max());
    if (!member)
        return usageError(member.error().message, command);
    const QString path = args->positionals.at(0);
    const QString code = args->value(QStringLiteral("--entry"));
    auto opened = openForWriting(path, command);
    if (!opened)
        return fail(opened.error());
    Database& db = **opened;

    QString actingUser = AuditLog::currentUser();
    std::optional<UserRole> role;
    UserAccounts accounts(db);
    if (accounts.rolesEnabled()) {
        const QString login = args->value(QStringLiteral("--user"));
        if (login.isEmpty())
            return fail(
                Error{Cli::tr("Roles are on in this campaign: name the secretary with --user and give "
                              "the password on standard input."),
                      path, ErrorKind::Refused});
        QTextStream in(stdin);
        const QString password = in.readLine();
        auto user = accounts.signIn(login, password);
        if (!user)
            return fail(user.error(), Stage::Writing);
        role = user->role;
        actingUser = user->login;
    }
    const auto found = EntryRepository(db).idOf(code);
    if (!found)
        return fail(found.error());
    if (!*found)
        return fail(Error{Cli::tr("No entry has the code %1.").arg(code), path, ErrorKind::Refused});
    const qint64 entryId = **found;
    ScoreSheetRepository sheets(db, actingUser);
    if (auto name = sheets.memberName(*member); !name)
        return fail(name.error());
    if (Status s = sheets.reopen(*member, entryId, args->value(QStringLiteral("--reason")), role); !s)
        return failWrite(s.error(), path);
    writeOut(Cli::tr("The score sheet of member %1 for %2 is a draft again.").arg(*member).arg(code) +
             QLatin1Char('\n'));
    return Ok;
}

} // namespace sangkien::cli
