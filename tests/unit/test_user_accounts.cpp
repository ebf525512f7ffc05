// Roles: off in a new campaign, on by an administrator, passwords as Argon2id hashes.
#include "storage/audit_log.h"
#include "storage/user_accounts.h"
#include "temp_campaign.h"

#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace sangkien;

TEST_CASE("Roles are off in a new campaign and turned on by an administrator", "[safety][roles]")
{
    testing::TempCampaign campaign;
    UserAccounts accounts(campaign.db());
    CHECK_FALSE(accounts.rolesEnabled());
    CHECK_FALSE(
        accounts.enableRoles(QStringLiteral("quantri"), QStringLiteral("Quản trị"), QStringLiteral("ngan"))
            .ok());
    CHECK_FALSE(accounts.rolesEnabled());

    REQUIRE(accounts
                .enableRoles(QStringLiteral("quantri"), QStringLiteral("Nguyễn Quản Trị"),
                             QStringLiteral("mật-khẩu-dài-1"))
                .ok());
    CHECK(accounts.rolesEnabled());
    CHECK_FALSE(accounts.enableRoles(QStringLiteral("khac"), {}, QStringLiteral("12345678")).ok());

    auto admin = accounts.signIn(QStringLiteral("QuanTri"), QStringLiteral("mật-khẩu-dài-1"));
    REQUIRE(admin.ok());
    CHECK(admin->role == UserRole::Administrator);

    // The password is stored as an Argon2id hash, never as itself.
    QSqlQuery q(campaign.db().connection());
    REQUIRE(q.exec(QStringLiteral("SELECT password_hash FROM app_user")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString().startsWith(QStringLiteral("$argon2id$")));
    CHECK_FALSE(q.value(0).toString().contains(QStringLiteral("mật-khẩu")));

    SECTION("wrong passwords and unknown logins get the same refusal")
    {
        auto wrong = accounts.signIn(QStringLiteral("quantri"), QStringLiteral("sai-mat-khau"));
        auto unknown = accounts.signIn(QStringLiteral("khongco"), QStringLiteral("sai-mat-khau"));
        REQUIRE_FALSE(wrong.ok());
        REQUIRE_FALSE(unknown.ok());
        CHECK(wrong.error().message == unknown.error().message);
    }

    SECTION("only an administrator adds users, and each addition leaves a trail row")
    {
        const int before = AuditLog(campaign.db()).count();
        auto clerkId = accounts.addUser(*admin, QStringLiteral("vanthu"), QStringLiteral("Lê Thị Văn Thư"),
                                        UserRole::Clerk, QStringLiteral("vanthu-2024"));
        REQUIRE(clerkId.ok());
        CHECK(AuditLog(campaign.db()).count() == before + 1);
        auto clerk = accounts.signIn(QStringLiteral("vanthu"), QStringLiteral("vanthu-2024"));
        REQUIRE(clerk.ok());
        CHECK(clerk->role == UserRole::Clerk);
        CHECK_FALSE(
            accounts
                .addUser(*clerk, QStringLiteral("x"), {}, UserRole::Administrator, QStringLiteral("12345678"))
                .ok());
        CHECK_FALSE(Permissions::canReopenSubmittedSheet(UserRole::Clerk));
        CHECK(Permissions::canReopenSubmittedSheet(UserRole::Secretary));
        CHECK_FALSE(Permissions::canReopenSubmittedSheet(UserRole::Administrator));
    }
}
