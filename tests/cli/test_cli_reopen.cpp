// `sangkien-cli reopen`: a submitted score sheet becomes a draft again only with a reason and, once the
// campaign has roles, only for the secretary signed in with a password; each reopening leaves a trail row.
#include "cli_test_helpers.h"
#include "storage/user_accounts.h"

#include <QDir>

using namespace sangkien;
using namespace sangkien::testing;

namespace {

struct Scored
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("hoi-dong.sangkien"));
    QString code;
    qint64 member = 0;
    Scored()
    {
        REQUIRE(runCli({QStringLiteral("demo"), path, QStringLiteral("--entries"), QStringLiteral("20"),
                        QStringLiteral("--members"), QStringLiteral("3")})
                    .exitCode == 0);
        member = scalar(path, QStringLiteral("SELECT member_id FROM score_sheet WHERE status = 'submitted' "
                                             "ORDER BY id LIMIT 1"));
        auto db = Database::open(path, Database::Mode::ReadOnly);
        REQUIRE(db);
        QSqlQuery q((*db)->connection());
        q.prepare(QStringLiteral("SELECT e.code FROM score_sheet s JOIN entry e ON e.id = s.entry_id "
                                 "WHERE s.member_id = ? AND s.status = 'submitted' ORDER BY s.id LIMIT 1"));
        q.addBindValue(member);
        REQUIRE(q.exec());
        REQUIRE(q.next());
        code = q.value(0).toString();
    }
    QString status() const
    {
        auto db = Database::open(path, Database::Mode::ReadOnly);
        REQUIRE(db);
        QSqlQuery q((*db)->connection());
        q.prepare(QStringLiteral("SELECT s.status FROM score_sheet s JOIN entry e ON e.id = s.entry_id "
                                 "WHERE s.member_id = ? AND e.code = ?"));
        q.addBindValue(member);
        q.addBindValue(code);
        REQUIRE(q.exec());
        REQUIRE(q.next());
        return q.value(0).toString();
    }
    qint64 reopenRows() const
    {
        return scalar(path, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'reopen'"));
    }
    CliResult reopen(const QStringList& extra = {}, const QByteArray& input = {}) const
    {
        return runCli(QStringList{QStringLiteral("reopen"), path, QStringLiteral("--member"),
                                  QString::number(member), QStringLiteral("--entry"), code,
                                  QStringLiteral("--lang=en")} +
                          extra,
                      input);
    }
};

const QStringList kReason{QStringLiteral("--reason"), QStringLiteral("Ủy viên ghi nhầm điểm tiêu chí 2")};

} // namespace

TEST_CASE("cli reopen: without roles, a submitted sheet becomes a draft with a trail row naming the reason",
          "[cli][reopen]")
{
    Scored s;
    REQUIRE(s.status() == QStringLiteral("submitted"));
    CHECK(s.reopen().exitCode == 1); // the reason is required
    CHECK(s.status() == QStringLiteral("submitted"));

    const auto r = s.reopen(kReason);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(s.status() == QStringLiteral("draft"));
    CHECK(s.reopenRows() == 1);
    CHECK(scalar(s.path, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'reopen' AND "
                                        "after_json LIKE '%ghi nhầm điểm%'")) == 1);
    // A draft cannot be reopened again; nothing more is written.
    const auto again = s.reopen(kReason);
    CHECK(again.exitCode == 2);
    CHECK(again.err.contains("not submitted"));
    CHECK(s.reopenRows() == 1);
}

TEST_CASE("cli reopen: with roles on, only the secretary signed in may reopen", "[cli][reopen][roles]")
{
    Scored s;
    {
        auto db = Database::open(s.path);
        REQUIRE(db);
        UserAccounts accounts(**db);
        REQUIRE(accounts.enableRoles(QStringLiteral("quantri"), QStringLiteral("Quản trị"),
                                     QStringLiteral("mat-khau-quan-tri")));
        auto admin = accounts.signIn(QStringLiteral("quantri"), QStringLiteral("mat-khau-quan-tri"));
        REQUIRE(admin);
        REQUIRE(accounts.addUser(*admin, QStringLiteral("vanthu"), QStringLiteral("Nguyễn Thị Lan"),
                                 UserRole::Clerk, QStringLiteral("mat-khau-van-thu")));
        REQUIRE(accounts.addUser(*admin, QStringLiteral("thuky"), QStringLiteral("Trần Văn Hải"),
                                 UserRole::Secretary, QStringLiteral("mat-khau-thu-ky")));
    }
    const QByteArray before = fileHash(s.path);

    SECTION("no user named")
    {
        const auto r = s.reopen(kReason);
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains("--user"));
    }
    SECTION("the clerk, with the right password")
    {
        const auto r = s.reopen(kReason + QStringList{QStringLiteral("--user"), QStringLiteral("vanthu")},
                                "mat-khau-van-thu\n");
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains("Only the council's secretary"));
    }
    SECTION("the secretary, with a wrong password")
    {
        const auto r =
            s.reopen(kReason + QStringList{QStringLiteral("--user"), QStringLiteral("thuky")}, "doan-mo\n");
        CHECK(r.exitCode == 2);
    }
    CHECK(s.status() == QStringLiteral("submitted"));
    CHECK(s.reopenRows() == 0);
    CHECK(fileHash(s.path) == before);

    SECTION("the secretary, signed in")
    {
        const auto r = s.reopen(kReason + QStringList{QStringLiteral("--user"), QStringLiteral("thuky")},
                                "mat-khau-thu-ky\n");
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 0);
        CHECK(s.status() == QStringLiteral("draft"));
        CHECK(s.reopenRows() == 1);
        CHECK(scalar(s.path, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'reopen' AND "
                                            "user_name = 'thuky'")) == 1);
    }
}
