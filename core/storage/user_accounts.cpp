#include "user_accounts.h"

#include "audit_log.h"
#include "campaign_repository.h"
#include "database.h"
#include "text/vietnamese_text.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlQuery>
#include <sodium.h>

namespace sangkien {
namespace {

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

} // namespace

QString userRoleCode(UserRole role)
{
    switch (role) {
    case UserRole::Clerk:
        return QStringLiteral("clerk");
    case UserRole::Secretary:
        return QStringLiteral("secretary");
    case UserRole::Administrator:
        return QStringLiteral("administrator");
    }
    return {};
}

std::optional<UserRole> userRoleFromCode(const QString& code)
{
    for (auto r : {UserRole::Clerk, UserRole::Secretary, UserRole::Administrator})
        if (userRoleCode(r) == code)
            return r;
    return std::nullopt;
}

bool UserAccounts::rolesEnabled() const
{
    return CampaignRepository(m_db).rolesEnabled();
}

Status UserAccounts::insertUser(const QString& login, const QString& fullName, UserRole role,
                                const QString& password, const QString& actingLogin, qint64* id)
{
    const QString cleanLogin = text::clean(login);
    if (cleanLogin.isEmpty())
        return Error{tr("The login name is empty."), login, ErrorKind::Refused};
    if (password.size() < kMinPasswordLength)
        return Error{tr("The password must have at least %1 characters.").arg(kMinPasswordLength), cleanLogin,
                     ErrorKind::Refused};
    if (!sodiumReady())
        return Error{tr("The cryptography library cannot start."), cleanLogin, ErrorKind::Storage};
    char hash[crypto_pwhash_STRBYTES];
    const QByteArray pw = password.toUtf8();
    if (crypto_pwhash_str_alg(hash, pw.constData(), quint64(pw.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                              crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13) != 0)
        return Error{tr("Not enough memory to protect the password."), cleanLogin, ErrorKind::Storage};
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO app_user (login, full_name, role, password_hash, created_at) "
                             "VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(cleanLogin);
    q.addBindValue(text::clean(fullName).isNull() ? QString(QLatin1String("")) : text::clean(fullName));
    q.addBindValue(userRoleCode(role));
    q.addBindValue(QString::fromLatin1(hash));
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!q.exec())
        return Error{tr("The user cannot be added (is the login taken?): %1").arg(sqlError(q).message),
                     cleanLogin, sqlError(q).kind};
    if (id)
        *id = q.lastInsertId().toLongLong();
    // The hash never goes into the trail.
    return AuditLog(m_db).record(
        actingLogin, QStringLiteral("user"), QStringLiteral("app_user"), q.lastInsertId().toLongLong(),
        cleanLogin, {},
        {{QStringLiteral("login"), cleanLogin}, {QStringLiteral("role"), userRoleCode(role)}});
}

Status UserAccounts::enableRoles(const QString& adminLogin, const QString& adminName, const QString& password)
{
    if (rolesEnabled())
        return Error{tr("Roles are already on for this campaign."), m_db.path(), ErrorKind::Conflict};
    return m_db.transaction([&]() -> Status {
        if (auto s = insertUser(adminLogin, adminName, UserRole::Administrator, password,
                                AuditLog::currentUser(), nullptr);
            !s)
            return s;
        if (Status s = CampaignRepository(m_db).enableRoles(); !s)
            return s;
        return AuditLog(m_db).record(text::clean(adminLogin), QStringLiteral("roles"),
                                     QStringLiteral("campaign"), 1, QStringLiteral("roles"),
                                     {{QStringLiteral("roles_enabled"), false}},
                                     {{QStringLiteral("roles_enabled"), true}});
    });
}

Result<qint64> UserAccounts::addUser(const AppUser& acting, const QString& login, const QString& fullName,
                                     UserRole role, const QString& password)
{
    if (!Permissions::canManageUsers(acting.role))
        return Error{tr("Only an administrator can add users."), acting.login, ErrorKind::Refused};
    qint64 id = 0;
    auto done =
        m_db.transaction([&] { return insertUser(login, fullName, role, password, acting.login, &id); });
    if (!done)
        return done.error();
    return id;
}

Result<AppUser> UserAccounts::signIn(const QString& login, const QString& password) const
{
    const Error refused{tr("The login name or the password is wrong."), text::clean(login),
                        ErrorKind::Refused};
    if (!sodiumReady())
        return refused;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT id, login, full_name, role, password_hash FROM app_user WHERE login = ? AND disabled = 0"));
    q.addBindValue(text::clean(login));
    if (!q.exec() || !q.next())
        return refused;
    const QByteArray hash = q.value(4).toString().toLatin1();
    const QByteArray pw = password.toUtf8();
    if (crypto_pwhash_str_verify(hash.constData(), pw.constData(), quint64(pw.size())) != 0)
        return refused;
    return AppUser{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                   userRoleFromCode(q.value(3).toString()).value_or(UserRole::Clerk)};
}

Result<QList<AppUser>> UserAccounts::users() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral(
            "SELECT id, login, full_name, role FROM app_user WHERE disabled = 0 ORDER BY login")))
        return sqlError(q, QStringLiteral("app_user"));
    QList<AppUser> list;
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                     userRoleFromCode(q.value(3).toString()).value_or(UserRole::Clerk)});
    return list;
}

} // namespace sangkien
