// The council meeting in the window: attendance with the quorum recomputed as members are ticked, a
// meeting below the quorum refused with nothing written, secret-ballot counts recorded per entry with the
// result against the pass ratio of all members (from the keyboard too), a count above those present
// refused, the minutes PDF read back, and the meeting shown again when the dialog reopens.
#include "common/translations.h"
#include "date_field.h"
#include "demo/demo_generator.h"
#include "main_window.h"
#include "meeting_dialog.h"
#include "open_vote_dialog.h"
#include "review/conflicts.h"
#include "scripted_prompts.h"
#include "storage/council_roster.h"
#include "temp_campaign.h"
#include "ui_test_helpers.h"

#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <catch2/catch.hpp>

using namespace sangkien;
using namespace sangkien::testing;

namespace {

// A demo campaign: 7 council members, complete score sheets, so the entries are ranked.
struct ScoredCampaign
{
    TempCampaign campaign;
    ScoredCampaign()
    {
        DemoGenerator::Options o;
        o.entries = 30;
        o.seed = 11;
        REQUIRE(DemoGenerator(o).fill(campaign.db()));
    }
    Database& db() { return campaign.db(); }
};

int count(Database& db, const QString& table)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table))); // sql-hygiene: reviewed
    REQUIRE(q.next());
    return q.value(0).toInt();
}

QString pdfText(const QString& pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(60000));
    return QString::fromUtf8(p.readAllStandardOutput());
}

int pdfPageCount(const QString& pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {pdf});
    REQUIRE(p.waitForFinished(60000));
    const QString info = QString::fromUtf8(p.readAllStandardOutput());
    const auto match = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    REQUIRE(match.hasMatch());
    return match.captured(1).toInt();
}

// The pages a print preview paints, generated as when it is shown.
int renderedPreviewPages(QPrintPreviewDialog& preview)
{
    auto* widget = preview.findChild<QPrintPreviewWidget*>();
    REQUIRE(widget);
    widget->updatePreview();
    return widget->pageCount();
}

qint64 rankedEntry(MeetingDialog& dialog, int row)
{
    return child<QTableWidget>(dialog, "votes")
        ->item(row, MeetingDialog::RankColumn)
        ->data(Qt::UserRole)
        .toLongLong();
}

} // namespace

TEST_CASE("The council meeting: attendance and quorum, secret-ballot votes, minutes", "[ui][meeting]")
{
    ScoredCampaign c;
    const auto roster = CouncilRoster::load(c.db());
    REQUIRE(roster);
    REQUIRE(roster->size() == 7);
    const int meetingsBefore = count(c.db(), QStringLiteral("meeting"));
    const int auditBefore = count(c.db(), QStringLiteral("audit_log"));

    MeetingDialog dialog(contextFor(c.db(), QStringLiteral("secretary")));
    if (dialog.meetingId())
        dialog.startNewMeeting();
    CHECK(child<QTableWidget>(dialog, "attendance")->rowCount() == 7);
    CHECK(dialog.quorumText().contains(QStringLiteral("7")));
    CHECK(child<QPushButton>(dialog, "recordMeeting")->isEnabled());

    // Three absent: 4 of 7 is below the quorum of 5 (2/3). Refused; nothing written.
    for (int i : {4, 5, 6})
        REQUIRE(dialog.setPresent(roster->at(i).member.id, false, QStringLiteral("Đi công tác")));
    CHECK_FALSE(child<QPushButton>(dialog, "recordMeeting")->isEnabled());
    CHECK(dialog.quorumText().contains(QStringLiteral("4")));
    CHECK_FALSE(dialog.recordMeeting());
    CHECK_FALSE(dialog.messageText().isEmpty());
    CHECK(count(c.db(), QStringLiteral("meeting")) == meetingsBefore);
    CHECK(count(c.db(), QStringLiteral("audit_log")) == auditBefore);

    // One comes back: 5 of 7 is the quorum. Recorded with the date, place and the absences' reason.
    REQUIRE(dialog.setPresent(roster->at(4).member.id, true));
    CHECK(child<QPushButton>(dialog, "recordMeeting")->isEnabled());
    child<DateField>(dialog, "date")->setDate(QDate(2025, 1, 20));
    child<QLineEdit>(dialog, "place")->setText(QStringLiteral("Phòng họp tầng 3, Sở Khoa học và Công nghệ"));
    const auto id = dialog.recordMeeting();
    REQUIRE(id);
    CHECK(dialog.meetingId() == *id);
    CHECK(count(c.db(), QStringLiteral("meeting")) == meetingsBefore + 1);
    CHECK(count(c.db(), QStringLiteral("audit_log")) > auditBefore);
    const auto meeting = MeetingRepository(c.db(), QStringLiteral("secretary")).load(*id);
    REQUIRE(meeting);
    CHECK(meeting->present == 5);
    CHECK(meeting->quorum);
    CHECK(meeting->place == QStringLiteral("Phòng họp tầng 3, Sở Khoa học và Công nghệ"));
    for (const Attendance& a : meeting->attendance) {
        if (!a.present)
            CHECK(a.absenceReason == QStringLiteral("Đi công tác"));
    }
    CHECK_FALSE(
        child<QPushButton>(dialog, "recordMeeting")->isEnabled()); // a recorded meeting is not changed

    // The ranked entries are listed best first; votes are measured against all 7 members: 5 needed.
    QTableWidget* votes = child<QTableWidget>(dialog, "votes");
    REQUIRE(votes->rowCount() >= 3);
    const qint64 first = rankedEntry(dialog, 0);
    const qint64 second = rankedEntry(dialog, 1);
    auto passed = dialog.recordVote(first, 5, 0, 0);
    REQUIRE(passed);
    CHECK(passed->passes);
    CHECK(passed->needed == 5);
    auto failed = dialog.recordVote(second, 4, 1, 0);
    REQUIRE(failed);
    CHECK_FALSE(failed->passes);
    CHECK(votes->item(1, MeetingDialog::ResultColumn)->text().contains(QStringLiteral("4")));

    // More ballots than members present: refused, the earlier vote kept.
    CHECK_FALSE(dialog.recordVote(second, 5, 1, 0));
    CHECK_FALSE(dialog.messageText().isEmpty());
    auto stored = MeetingRepository(c.db(), QStringLiteral("secretary")).votes(*id);
    REQUIRE(stored);
    CHECK(stored->size() == 2);

    // From the keyboard: the third entry's counts typed in its row, recorded with Ctrl+Enter.
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    votes->setFocus();
    votes->setCurrentCell(2, MeetingDialog::AgreeColumn);
    qobject_cast<QSpinBox*>(votes->cellWidget(2, MeetingDialog::AgreeColumn))->setValue(5);
    votes->setFocus();
    QTest::keyClick(votes, Qt::Key_Return, Qt::ControlModifier);
    stored = MeetingRepository(c.db(), QStringLiteral("secretary")).votes(*id);
    REQUIRE(stored);
    CHECK(stored->size() == 3);

    // The minutes name the meeting's members, its place and the entries voted on.
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("bien-ban.pdf"));
    REQUIRE(dialog.writeMinutes(pdf));
    const QString text = pdfText(pdf).simplified();
    CHECK(text.contains(roster->at(0).member.fullName));
    CHECK(text.contains(QStringLiteral("Phòng họp tầng 3")));
    CHECK(text.contains(votes->item(0, MeetingDialog::CodeColumn)->text()));

    // "Print the Minutes…" and Ctrl+P show the same pages in the print preview, from which they print.
    const int pdfPages = pdfPageCount(pdf);
    REQUIRE(pdfPages > 0);
    QString title;
    int previewPages = 0;
    prompts().answerDialog([&](QDialog& shown) {
        auto* preview = qobject_cast<QPrintPreviewDialog*>(&shown);
        REQUIRE(preview);
        title = preview->windowTitle();
        previewPages = renderedPreviewPages(*preview);
        return false;
    });
    auto* previewButton = dialog.findChild<QPushButton*>(QStringLiteral("minutesPreviewButton"));
    REQUIRE(previewButton);
    REQUIRE(previewButton->isEnabled());
    QTest::mouseClick(previewButton, Qt::LeftButton);
    CHECK(prompts().pending() == 0);
    CHECK(title.contains(QStringLiteral("Minutes")));
    CHECK(previewPages == pdfPages);
    previewPages = 0;
    prompts().answerDialog([&](QDialog& shown) {
        auto* preview = qobject_cast<QPrintPreviewDialog*>(&shown);
        REQUIRE(preview);
        previewPages = renderedPreviewPages(*preview);
        return false;
    });
    QTest::keyClick(&dialog, Qt::Key_P, Qt::ControlModifier);
    CHECK(prompts().pending() == 0);
    CHECK(previewPages == pdfPages);
    dialog.close();

    // Opened again, the dialog shows the meeting with its votes.
    MeetingDialog again(contextFor(c.db(), QStringLiteral("secretary")));
    CHECK(again.meetingId() == *id);
    CHECK(child<DateField>(again, "date")->date() == QDate(2025, 1, 20));
    const int row = again.voteRow(first);
    REQUIRE(row >= 0);
    CHECK(qobject_cast<QSpinBox*>(
              child<QTableWidget>(again, "votes")->cellWidget(row, MeetingDialog::AgreeColumn))
              ->value() == 5);
}

TEST_CASE("An open vote: each present member's choice, conflicted members left out", "[ui][meeting]")
{
    ScoredCampaign c;
    const auto roster = CouncilRoster::load(c.db());
    REQUIRE(roster);
    MeetingDialog dialog(contextFor(c.db(), QStringLiteral("secretary")));
    if (dialog.meetingId())
        dialog.startNewMeeting();
    const qint64 absent = roster->at(6).member.id;
    REQUIRE(dialog.setPresent(absent, false, QStringLiteral("Ốm")));
    REQUIRE(dialog.recordMeeting());

    // Open voting: the counts are not typed but come from the members' choices.
    dialog.setOpenVoting(true);
    CHECK(dialog.isOpenVoting());
    CHECK_FALSE(qobject_cast<QSpinBox*>(
                    child<QTableWidget>(dialog, "votes")->cellWidget(0, MeetingDialog::AgreeColumn))
                    ->isEnabled());

    // The first entry, with a conflict of interest the clerk recorded for one present member.
    const qint64 entry = rankedEntry(dialog, 0);
    const qint64 conflicted = roster->at(5).member.id;
    REQUIRE(setConflictOverride(c.db(), conflicted, entry, true, QStringLiteral("vợ của tác giả"),
                                QStringLiteral("clerk")));
    const QList<OpenVoter> voters = dialog.openVoters(entry);
    CHECK(voters.size() == 6); // the absent member is not listed
    CHECK(std::count_if(voters.begin(), voters.end(), [&](const OpenVoter& v) {
              return v.memberId == conflicted && v.conflict == QStringLiteral("vợ của tác giả");
          }) == 1);
    for (const OpenVoter& v : voters)
        CHECK(v.memberId != absent);

    OpenVoteDialog form(QStringLiteral("SK: một sáng kiến"), voters);
    int eligible = 0;
    for (const OpenVoter& v : voters) {
        if (!v.conflict.isEmpty()) {
            CHECK_FALSE(form.setBallot(v.memberId, Ballot::Agree)); // greyed: no choice can be made
            continue;
        }
        REQUIRE(form.setBallot(v.memberId, eligible == 0 ? Ballot::Disagree : Ballot::Agree));
        ++eligible;
    }
    const QHash<qint64, Ballot> ballots = form.ballots();
    CHECK(ballots.size() == eligible);
    auto vote = dialog.recordOpenVote(entry, ballots);
    REQUIRE(vote);
    CHECK(vote->mode == VoteMode::Open);
    CHECK(vote->agree == eligible - 1);
    CHECK(vote->disagree == 1);
    CHECK(vote->passes == (vote->agree >= 5));
    const int row = dialog.voteRow(entry);
    CHECK(qobject_cast<QSpinBox*>(
              child<QTableWidget>(dialog, "votes")->cellWidget(row, MeetingDialog::AgreeColumn))
              ->value() == eligible - 1);

    // The absent member cannot vote: refused with a message, the vote above kept.
    CHECK_FALSE(dialog.recordOpenVote(entry, {{absent, Ballot::Agree}}));
    CHECK_FALSE(dialog.messageText().isEmpty());
    const auto stored = MeetingRepository(c.db(), QStringLiteral("secretary")).votes(dialog.meetingId());
    REQUIRE(stored);
    REQUIRE(stored->size() == 1);
    CHECK(stored->first().ballots == ballots);
}

TEST_CASE("The window opens the council meeting from the Campaign menu", "[ui][meeting]")
{
    ScoredCampaign c;
    c.campaign.close();
    UiWindow w(c.campaign.path());
    backToWindow(w.get());
    QTest::keyClick(w.get(), Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(QTest::qWaitFor([&] { return w->meetingDialog() != nullptr; }));
    CHECK(child<QTableWidget>(w->meetingDialog(), "attendance")->rowCount() == 7);
    w->meetingDialog()->close();
}

TEST_CASE("Screenshot of the council meeting", "[.screenshot]")
{
    ScreenshotSession shots;
    ScoredCampaign c;
    const auto roster = CouncilRoster::load(c.db());
    REQUIRE(roster);
    MeetingDialog dialog(contextFor(c.db(), QStringLiteral("secretary")));
    if (dialog.meetingId())
        dialog.startNewMeeting();
    dialog.setPresent(roster->at(6).member.id, false, QStringLiteral("Đi công tác"));
    child<QLineEdit>(dialog, "place")->setText(QStringLiteral("Phòng họp tầng 3, Sở Khoa học và Công nghệ"));
    REQUIRE(dialog.recordMeeting());
    REQUIRE(dialog.recordVote(rankedEntry(dialog, 0), 6, 0, 0));
    REQUIRE(dialog.recordVote(rankedEntry(dialog, 1), 4, 2, 0));
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    QTest::qWait(300);
    shots.save(dialog, QStringLiteral("meeting.png"));

    const qint64 entry = rankedEntry(dialog, 2);
    OpenVoteDialog open(QStringLiteral("SK-2024: ") +
                            child<QTableWidget>(dialog, "votes")->item(2, MeetingDialog::TitleColumn)->text(),
                        dialog.openVoters(entry), &dialog);
    open.show();
    REQUIRE(QTest::qWaitForWindowExposed(&open));
    shots.save(open, QStringLiteral("open-vote.png"));
}
