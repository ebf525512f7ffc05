// Roles in the window: an administrator turns them on, adds users; from then on the window asks who is
// working, refuses a wrong password and stamps the trail with the signed-in user.
#include "main_window.h"
#include "scripted_prompts.h"
#include "storage/user_accounts.h"
#include "temp_campaign.h"
#include "test_context.h"
#include "users_dialog.h"
#include "widget_lookup.h"

#include <QLineEdit>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <catch2/catch.hpp>

using namespace sangkien;
using sangkien::testing::child;
using sangkien::testing::prompts;
using sangkien::testing::TempCampaign;

namespace {

// Types the login and password into the sign-in dialog and presses OK.
std::function<bool(QDialog&)> signInAs(const QString& login, const QString& password)
{
    return [=](QDialog& dialog) {
        auto* loginField = dialog.findChild<QLineEdit*>(QStringLiteral("login"));
        auto* passwordField = dialog.findChild<QLineEdit*>(QStringLiteral("password"));
        REQUIRE(loginField);
        REQUIRE(passwordField);
        loginField->setText(login);
        passwordField->setText(password);
        return true;
    };
}

} // namespace

TEST_CASE("Roles are turned on with a first administrator, who then adds users", "[ui][roles]")
{
    TempCampaign campaign;
    UsersDialog dialog(testing::contextFor(campaign.db()));
    CHECK_FALSE(dialog.rolesEnabled());
    CHECK_FALSE(dialog.enableRoles(QStringLiteral("quantri"), QStringLiteral("Phạm Quản Trị"),
                                   QStringLiteral("mat-khau-1"), QStringLiteral("mat-khau-2")));
    CHECK(dialog.message().contains(QStringLiteral("differ")));
    CHECK_FALSE(dialog.rolesEnabled());
    CHECK_FALSE(dialog.enableRoles(QStringLiteral("quantri"), QStringLiteral("Phạm Quản Trị"),
                                   QStringLiteral("ngan"), QStringLiteral("ngan")));
    CHECK(dialog.message().contains(QStringLiteral("at least")));

    REQUIRE(dialog.enableRoles(QStringLiteral("quantri"), QStringLiteral("Phạm Quản Trị"),
                               QStringLiteral("mat-khau-quan-tri"), QStringLiteral("mat-khau-quan-tri")));
    CHECK(dialog.rolesEnabled());
    REQUIRE(dialog.signedIn());
    CHECK(dialog.signedIn()->role == UserRole::Administrator);
    REQUIRE(dialog.addUser(QStringLiteral("thuky"), QStringLiteral("Trần Văn Hải"), UserRole::Secretary,
                           QStringLiteral("mat-khau-thu-ky")));
    CHECK(child<QTreeWidget>(dialog, "users")->topLevelItemCount() == 2);

    // A clerk cannot add users.
    auto clerkId =
        UserAccounts(campaign.db())
            .addUser(*dialog.signedIn(), QStringLiteral("vanthu"), QStringLiteral("Nguyễn Thị Lan"),
                     UserRole::Clerk, QStringLiteral("mat-khau-van-thu"));
    REQUIRE(clerkId);
    auto clerk =
        UserAccounts(campaign.db()).signIn(QStringLiteral("vanthu"), QStringLiteral("mat-khau-van-thu"));
    REQUIRE(clerk);
    UsersDialog asClerk(testing::contextFor(campaign.db(), clerk->login, *clerk));
    CHECK_FALSE(asClerk.addUser(QStringLiteral("khac"), QStringLiteral("Người khác"), UserRole::Clerk,
                                QStringLiteral("mat-khau-khac")));
    CHECK(asClerk.message().contains(QStringLiteral("administrator")));
}

TEST_CASE("A campaign with roles opens only for someone signed in", "[ui][roles]")
{
    TempCampaign campaign;
    {
        UserAccounts accounts(campaign.db());
        REQUIRE(accounts.enableRoles(QStringLiteral("quantri"), QStringLiteral("Phạm Quản Trị"),
                                     QStringLiteral("mat-khau-quan-tri")));
        auto admin = accounts.signIn(QStringLiteral("quantri"), QStringLiteral("mat-khau-quan-tri"));
        REQUIRE(admin);
        REQUIRE(accounts.addUser(*admin, QStringLiteral("vanthu"), QStringLiteral("Nguyễn Thị Lan"),
                                 UserRole::Clerk, QStringLiteral("mat-khau-van-thu")));
    }
    campaign.close();
    QTemporaryDir settings;
    MainWindow w(settings.filePath(QStringLiteral("s.ini")));

    prompts().answerDialog([](QDialog&) { return false; }); // the sign-in cancelled
    CHECK_FALSE(w.openCampaign(campaign.path()));           // nobody signed in
    CHECK_FALSE(w.hasCampaign());
    prompts().answerDialog(signInAs(QStringLiteral("vanthu"), QStringLiteral("sai-mat-khau")));
    CHECK_FALSE(w.openCampaign(campaign.path()));
    CHECK(w.lastError().contains(QStringLiteral("wrong")));
    CHECK_FALSE(w.hasCampaign());

    prompts().answerDialog(signInAs(QStringLiteral("vanthu"), QStringLiteral("mat-khau-van-thu")));
    REQUIRE(w.openCampaign(campaign.path()));
    REQUIRE(w.signedInUser());
    CHECK(w.signedInUser()->role == UserRole::Clerk);
    CHECK(w.userName() == QStringLiteral("vanthu"));
    CHECK(w.windowTitle().contains(QStringLiteral("Nguyễn Thị Lan")));
    w.closeCampaign();
    CHECK_FALSE(w.signedInUser());
}
