#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace sangkien {

class Database;

enum class UserRole
{
    Clerk,
    Secretary,
    Administrator
};

QString userRoleCode(UserRole role); // "clerk", "secretary", "administrator"
std::optional<UserRole> userRoleFromCode(const QString& code);

struct AppUser
{
    qint64 id = 0;
    QString login;
    QString fullName;
    UserRole role = UserRole::Clerk;
};

// Who may do what once roles are on. The clerk enters and imports; only the secretary reopens a
// submitted score sheet; the administrator manages users and turns roles on.
class Permissions
{
public:
    static bool canReopenSubmittedSheet(UserRole role) { return role == UserRole::Secretary; }
    static bool canChangeSubmittedSheet(UserRole) { return false; } // reopen first, which leaves a trail row
    static bool canManageUsers(UserRole role) { return role == UserRole::Administrator; }
};

// The office's users of one campaign, with passwords stored as libsodium Argon2id hashes.
class UserAccounts
{
    Q_DECLARE_TR_FUNCTIONS(UserAccounts)

public:
    static constexpr int kMinPasswordLength = 8;

    explicit UserAccounts(Database& db)
        : m_db(db)
    {}

    bool rolesEnabled() const;
    // Turns roles on with a first administrator; one transaction with its audit row.
    Status enableRoles(const QString& adminLogin, const QString& adminName, const QString& password);
    // Adds a user; only an administrator (actingAs) may.
    Result<qint64> addUser(const AppUser& acting, const QString& login, const QString& fullName,
                           UserRole role, const QString& password);
    // The user whose login and password match; the same message for an unknown login and a wrong password.
    Result<AppUser> signIn(const QString& login, const QString& password) const;
    Result<QList<AppUser>> users() const;

private:
    Status insertUser(const QString& login, const QString& fullName, UserRole role, const QString& password,
                      const QString& actingLogin, qint64* id);

    Database& m_db;
};

} // namespace sangkien
