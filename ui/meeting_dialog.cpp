#include "meeting_dialog.h"

#include "council_dialog.h"
#include "date_field.h"
#include "document_preview.h"
#include "documents/meeting_minutes.h"
#include "review/conflicts.h"
#include "review/council_vote.h"
#include "storage/campaign_repository.h"
#include "storage/database.h"
#include "storage/output_target.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sangkien {
namespace {

constexpr int kIdRole = Qt::UserRole;

QTableWidgetItem* readOnlyItem(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}

} // namespace

MeetingDialog::MeetingDialog(const CampaignContext& context, QWidget* parent)
    : QDialog(parent)
    , m_db(context.database())
    , m_user(context.user)
{
    m_prompts = context.prompts;
    setWindowTitle(tr("Council Meeting"));
    resize(1100, 760);

    auto* meetingBox = new QGroupBox(tr("The meeting"), this);
    auto* form = new QFormLayout;
    m_date = new DateField(meetingBox);
    m_date->setObjectName(QStringLiteral("date"));
    m_date->setDate(QDate::currentDate());
    m_place = new QLineEdit(meetingBox);
    m_place->setObjectName(QStringLiteral("place"));
    m_place->setPlaceholderText(tr("Meeting room of the Department"));
    m_notes = new QLineEdit(meetingBox);
    m_notes->setObjectName(QStringLiteral("notes"));
    form->addRow(tr("&Date:"), m_date);
    form->addRow(QString(), m_date->messageLabel());
    form->addRow(tr("&Place:"), m_place);
    form->addRow(tr("&Notes:"), m_notes);

    m_attendance = new QTableWidget(0, 3, meetingBox);
    m_attendance->setObjectName(QStringLiteral("attendance"));
    m_attendance->setHorizontalHeaderLabels({tr("Present"), tr("Role"), tr("Reason for absence")});
    m_attendance->horizontalHeader()->setSectionResizeMode(MemberColumn, QHeaderView::ResizeToContents);
    m_attendance->horizontalHeader()->setSectionResizeMode(RoleColumn, QHeaderView::ResizeToContents);
    m_attendance->horizontalHeader()->setStretchLastSection(true);
    m_attendance->verticalHeader()->hide();
    m_attendance->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_quorum = new QLabel(meetingBox);
    m_quorum->setObjectName(QStringLiteral("quorum"));
    m_recordMeeting = new QPushButton(tr("&Record the Meeting"), meetingBox);
    m_recordMeeting->setObjectName(QStringLiteral("recordMeeting"));
    m_newMeeting = new QPushButton(tr("&New Meeting"), meetingBox);
    m_quorum->setWordWrap(true);
    auto* meetingButtons = new QHBoxLayout;
    meetingButtons->addStretch(1);
    meetingButtons->addWidget(m_newMeeting);
    meetingButtons->addWidget(m_recordMeeting);
    // The meeting's facts and the quorum on the left, the roster to tick on the right.
    auto* facts = new QVBoxLayout;
    facts->addLayout(form);
    facts->addWidget(m_quorum);
    facts->addStretch(1);
    facts->addLayout(meetingButtons);
    m_attendance->setMinimumHeight(m_attendance->verticalHeader()->defaultSectionSize() * 8);
    auto* meetingLayout = new QHBoxLayout(meetingBox);
    meetingLayout->addLayout(facts, 2);
    meetingLayout->addWidget(m_attendance, 3);

    auto* votesBox = new QGroupBox(tr("Recognition votes"), this);
    m_votesTitle = new QLabel(votesBox);
    m_votesTitle->setWordWrap(true);
    m_votes = new QTableWidget(0, 8, votesBox);
    m_votes->setObjectName(QStringLiteral("votes"));
    m_votes->setHorizontalHeaderLabels({tr("Rank"), tr("Code"), tr("Title"), tr("Score"), tr("Agree"),
                                        tr("Disagree"), tr("Blank"), tr("Result")});
    for (int c : {RankColumn, CodeColumn, ScoreColumn, ResultColumn})
        m_votes->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    // The counts: one width, enough for the longest heading and three digits beside the arrows.
    int countWidth = 0;
    for (const QString& heading : {tr("Agree"), tr("Disagree"), tr("Blank")})
        countWidth = std::max(countWidth, fontMetrics().horizontalAdvance(heading) + 24);
    for (int c : {AgreeColumn, DisagreeColumn, BlankColumn}) {
        m_votes->horizontalHeader()->setSectionResizeMode(c, QHeaderView::Fixed);
        m_votes->horizontalHeader()->resizeSection(c, countWidth);
    }
    m_votes->horizontalHeader()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_votes->verticalHeader()->hide();
    m_votes->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_votes->setSelectionMode(QAbstractItemView::SingleSelection);
    m_mode = new QComboBox(votesBox);
    m_mode->setObjectName(QStringLiteral("ballot"));
    m_mode->addItem(tr("Secret ballot: the counts typed in the table"), false);
    m_mode->addItem(tr("Open vote: each member's choice"), true);
    auto* modeLabel = new QLabel(tr("&Ballot:"), votesBox);
    modeLabel->setBuddy(m_mode);
    m_recordVote = new QPushButton(tr("Record the &Vote"), votesBox);
    m_recordVote->setToolTip(tr("Records the counts of the selected entry (Ctrl+Enter)"));
    m_minutesPreview = new QPushButton(tr("&Print the Minutes…"), votesBox);
    m_minutesPreview->setObjectName(QStringLiteral("minutesPreviewButton"));
    m_minutesPreview->setToolTip(tr("The minutes in the print preview, from which they print (Ctrl+P)"));
    m_minutes = new QPushButton(tr("Save the &Minutes (PDF, ODT)…"), votesBox);
    m_minutes->setObjectName(QStringLiteral("minutesSaveButton"));
    auto* voteButtons = new QHBoxLayout;
    voteButtons->addWidget(modeLabel);
    voteButtons->addWidget(m_mode);
    voteButtons->addStretch(1);
    voteButtons->addWidget(m_recordVote);
    voteButtons->addWidget(m_minutesPreview);
    voteButtons->addWidget(m_minutes);
    auto* votesLayout = new QVBoxLayout(votesBox);
    votesLayout->addWidget(m_votesTitle);
    votesLayout->addWidget(m_votes, 1);
    votesLayout->addLayout(voteButtons);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    close->button(QDialogButtonBox::Close)->setText(tr("&Close"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(meetingBox, 0);
    layout->addWidget(votesBox, 1);
    layout->addWidget(m_message);
    layout->addWidget(close);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_recordMeeting, &QPushButton::clicked, this, [this] { recordMeeting(); });
    connect(m_newMeeting, &QPushButton::clicked, this, &MeetingDialog::startNewMeeting);
    connect(m_recordVote, &QPushButton::clicked, this, &MeetingDialog::recordVoteOfCurrentRow);
    connect(m_mode, &QComboBox::currentIndexChanged, this, [this] { loadVotes(); });
    connect(m_minutes, &QPushButton::clicked, this, &MeetingDialog::printMinutesInteractively);
    for (const QKeySequence& keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)})
        connect(new QShortcut(keys, m_votes), &QShortcut::activated, this,
                &MeetingDialog::recordVoteOfCurrentRow);
    connect(m_minutesPreview, &QPushButton::clicked, this, &MeetingDialog::previewMinutes);
    connect(new QShortcut(QKeySequence::Print, this), &QShortcut::activated, this,
            &MeetingDialog::previewMinutes);
    connect(m_attendance, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (!m_filling && item->column() == MemberColumn)
            updateQuorum();
    });

    if (const auto campaign = CampaignRepository(m_db).load(); campaign) {
        m_quorumRatio = campaign->quorumRatio;
        m_passRatio = campaign->passRatio;
    } else {
        report(campaign.error());
    }
    loadRoster();
    if (auto ranking = Ranking::compute(m_db); ranking) {
        for (const RankedEntry& e : ranking->entries) {
            if (e.rank > 0)
                m_ranked << e;
        }
    } else {
        report(ranking.error());
    }
    const auto latest = MeetingRepository(m_db, m_user).latestId();
    if (latest && *latest > 0)
        loadMeeting(*latest);
    else
        startNewMeeting();
}

QString MeetingDialog::messageText() const
{
    return m_message->text();
}

QString MeetingDialog::quorumText() const
{
    return m_quorum->text();
}

void MeetingDialog::report(const Status& status, const QString& done)
{
    m_message->setText(status ? done : status.error().text());
    m_message->setStyleSheet(status ? QString() : QStringLiteral("color: #b00020;"));
}

void MeetingDialog::loadRoster()
{
    auto roster = CouncilRoster::load(m_db);
    if (!roster) {
        report(roster.error());
        return;
    }
    m_roster = *roster;
    const QSignalBlocker block(m_attendance);
    m_attendance->setRowCount(int(m_roster.size()));
    for (int row = 0; row < m_roster.size(); ++row) {
        const CouncilMember& member = m_roster[row].member;
        auto* name = readOnlyItem(member.fullName);
        name->setData(kIdRole, member.id);
        name->setFlags(name->flags() | Qt::ItemIsUserCheckable);
        name->setCheckState(Qt::Checked);
        m_attendance->setItem(row, MemberColumn, name);
        m_attendance->setItem(row, RoleColumn, readOnlyItem(councilRoleName(member.role)));
        m_attendance->setItem(row, AbsenceColumn, new QTableWidgetItem());
    }
}

QList<qint64> MeetingDialog::presentMembers() const
{
    QList<qint64> present;
    for (int row = 0; row < m_attendance->rowCount(); ++row) {
        const QTableWidgetItem* item = m_attendance->item(row, MemberColumn);
        if (item->checkState() == Qt::Checked)
            present << item->data(kIdRole).toLongLong();
    }
    return present;
}

bool MeetingDialog::setPresent(qint64 memberId, bool present, const QString& absenceReason)
{
    for (int row = 0; row < m_attendance->rowCount(); ++row) {
        QTableWidgetItem* item = m_attendance->item(row, MemberColumn);
        if (item->data(kIdRole).toLongLong() != memberId)
            continue;
        item->setCheckState(present ? Qt::Checked : Qt::Unchecked);
        m_attendance->item(row, AbsenceColumn)->setText(present ? QString() : absenceReason);
        return true;
    }
    return false;
}

void MeetingDialog::updateQuorum()
{
    const int members = int(m_roster.size());
    const int present = int(presentMembers().size());
    const int needed = CouncilVote::needed(members, m_quorumRatio);
    const bool met = members > 0 && CouncilVote::quorumMet(present, members, m_quorumRatio);
    QString text = tr("%1 of %2 members present; the quorum is %3 (%4 of the council).")
                       .arg(present)
                       .arg(members)
                       .arg(needed)
                       .arg(ratioText(m_quorumRatio));
    text += QLatin1Char(' ') +
            (met ? tr("The meeting can vote.") : tr("Below the quorum: the meeting cannot vote."));
    m_quorum->setText(text);
    m_quorum->setStyleSheet(met ? QString() : QStringLiteral("color: #b00020;"));
    if (!m_meetingId)
        m_recordMeeting->setEnabled(met);
}

void MeetingDialog::startNewMeeting()
{
    m_meetingId = 0;
    m_date->setDate(QDate::currentDate());
    m_place->clear();
    m_notes->clear();
    for (QWidget* w : std::initializer_list<QWidget*>{m_date, m_place, m_notes})
        w->setEnabled(true);
    m_attendance->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_filling = true;
    for (const RosterMember& m : m_roster)
        setPresent(m.member.id, true);
    for (int row = 0; row < m_attendance->rowCount(); ++row)
        m_attendance->item(row, MemberColumn)
            ->setFlags(m_attendance->item(row, MemberColumn)->flags() | Qt::ItemIsUserCheckable);
    m_filling = false;
    m_newMeeting->setEnabled(false);
    m_votesTitle->setText(tr("Record the meeting first: who attended decides whether it can vote."));
    loadVotes();
    updateQuorum();
    if (m_roster.isEmpty())
        report(Error{tr("The council has no members yet: add them under Campaign › Council first."),
                     QString(), ErrorKind::Refused});
}

Result<qint64> MeetingDialog::recordMeeting()
{
    // The quorum is MeetingRepository's rule: below it, record() refuses and the refusal is shown.
    const QList<qint64> present = presentMembers();
    if (!m_date->isAcceptable()) {
        const Error refused{m_date->problem() + QLatin1Char(' ') + tr("Nothing was recorded."), m_db.path()};
        report(refused);
        return refused;
    }
    Meeting meeting;
    meeting.date = m_date->date();
    meeting.place = m_place->text().trimmed();
    meeting.notes = m_notes->text().trimmed();
    QHash<qint64, QString> reasons;
    for (int row = 0; row < m_attendance->rowCount(); ++row) {
        const QString reason = m_attendance->item(row, AbsenceColumn)->text().trimmed();
        if (!reason.isEmpty() && m_attendance->item(row, MemberColumn)->checkState() != Qt::Checked)
            reasons.insert(m_attendance->item(row, MemberColumn)->data(kIdRole).toLongLong(), reason);
    }
    auto id = MeetingRepository(m_db, m_user).record(meeting, present, reasons);
    if (!id) {
        report(id.error());
        return id.error();
    }
    m_changed = true;
    loadMeeting(*id);
    report({}, tr("Meeting of %1 recorded: %2 of %3 members present.")
                   .arg(QLocale().toString(meeting.date, QStringLiteral("dd/MM/yyyy")))
                   .arg(meeting.present)
                   .arg(meeting.members));
    return *id;
}

void MeetingDialog::loadMeeting(qint64 meetingId)
{
    auto meeting = MeetingRepository(m_db, m_user).load(meetingId);
    if (!meeting) {
        report(meeting.error());
        return;
    }
    m_meetingId = meetingId;
    m_date->setDate(meeting->date);
    m_place->setText(meeting->place);
    m_notes->setText(meeting->notes);
    for (QWidget* w : std::initializer_list<QWidget*>{m_date, m_place, m_notes})
        w->setEnabled(false);
    m_filling = true;
    for (const Attendance& a : meeting->attendance)
        setPresent(a.memberId, a.present, a.absenceReason);
    for (int row = 0; row < m_attendance->rowCount(); ++row)
        m_attendance->item(row, MemberColumn)
            ->setFlags(m_attendance->item(row, MemberColumn)->flags() & ~Qt::ItemIsUserCheckable);
    m_filling = false;
    m_attendance->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_recordMeeting->setEnabled(false);
    m_newMeeting->setEnabled(true);
    updateQuorum();
    m_votesTitle->setText(
        meeting->quorum
            ? tr("Meeting of %1. An entry is recognised with the agreement of at least %2 of all %3 members "
                 "(%4). Type the counts of the ballots and record each vote (Ctrl+Enter).")
                  .arg(QLocale().toString(meeting->date, QStringLiteral("dd/MM/yyyy")))
                  .arg(CouncilVote::needed(meeting->members, m_passRatio))
                  .arg(meeting->members)
                  .arg(ratioText(m_passRatio))
            : tr("This meeting had no quorum and cannot vote."));
    loadVotes();
}

QSpinBox* MeetingDialog::countBox(int row, int column) const
{
    return qobject_cast<QSpinBox*>(m_votes->cellWidget(row, column));
}

void MeetingDialog::loadVotes()
{
    QHash<qint64, VoteRecord> votes;
    bool canVote = false;
    if (m_meetingId) {
        if (auto meeting = MeetingRepository(m_db, m_user).load(m_meetingId); meeting)
            canVote = meeting->quorum;
        auto stored = MeetingRepository(m_db, m_user).votes(m_meetingId);
        if (stored) {
            for (const VoteRecord& v : *stored)
                votes.insert(v.entryId, v);
        } else {
            report(stored.error());
        }
    }
    m_votes->setRowCount(int(m_ranked.size()));
    for (int row = 0; row < m_ranked.size(); ++row) {
        const RankedEntry& e = m_ranked[row];
        auto* rank = readOnlyItem(QLocale().toString(e.rank));
        rank->setData(kIdRole, e.entryId);
        m_votes->setItem(row, RankColumn, rank);
        m_votes->setItem(row, CodeColumn, readOnlyItem(e.code));
        m_votes->setItem(row, TitleColumn, readOnlyItem(e.title));
        m_votes->setItem(row, ScoreColumn,
                         readOnlyItem(e.score ? QLocale().toString(*e.score, 'f', 2) : QString()));
        const auto stored = votes.constFind(e.entryId);
        const int counts[] = {stored != votes.cend() ? stored->agree : 0,
                              stored != votes.cend() ? stored->disagree : 0,
                              stored != votes.cend() ? stored->blank : 0};
        for (int c : {AgreeColumn, DisagreeColumn, BlankColumn}) {
            auto* box = countBox(row, c);
            if (!box) {
                box = new QSpinBox(m_votes);
                box->setRange(0, 999);
                box->setFrame(false);
                m_votes->setCellWidget(row, c, box);
            }
            box->setValue(counts[c - AgreeColumn]);
            box->setEnabled(canVote && !isOpenVoting()); // an open vote's counts come from the choices
        }
        QString result;
        if (stored != votes.cend())
            result = (stored->passes ? tr("Recognised: %1 of %2 agree (%3 needed)")
                                     : tr("Not recognised: %1 of %2 agree (%3 needed)"))
                         .arg(stored->agree)
                         .arg(stored->members)
                         .arg(stored->needed);
        m_votes->setItem(row, ResultColumn, readOnlyItem(result));
    }
    m_recordVote->setEnabled(canVote && !m_ranked.isEmpty());
    m_minutes->setEnabled(m_meetingId != 0);
    m_minutesPreview->setEnabled(m_meetingId != 0);
    if (m_ranked.isEmpty() && m_meetingId)
        m_votesTitle->setText(tr("No entry has a score yet: the council votes on ranked entries."));
}

int MeetingDialog::voteRow(qint64 entryId) const
{
    for (int row = 0; row < m_votes->rowCount(); ++row) {
        if (m_votes->item(row, RankColumn)->data(kIdRole).toLongLong() == entryId)
            return row;
    }
    return -1;
}

Result<VoteRecord> MeetingDialog::recordVote(qint64 entryId, int agree, int disagree, int blank)
{
    if (!m_meetingId) {
        const Error none{tr("Record the meeting first."), QString()};
        report(none);
        return none;
    }
    auto vote =
        MeetingRepository(m_db, m_user).recordSecretVote(m_meetingId, entryId, agree, disagree, blank);
    showVote(vote);
    return vote;
}

void MeetingDialog::showVote(const Result<VoteRecord>& vote)
{
    if (!vote) {
        report(vote.error());
        return;
    }
    m_changed = true;
    const int row = voteRow(vote->entryId);
    loadVotes();
    if (row >= 0)
        m_votes->selectRow(row);
    const QString done = vote->passes ? tr("%1 is recognised: %2 of %3 members agree.")
                                            .arg(vote->entryCode)
                                            .arg(vote->agree)
                                            .arg(vote->members)
                                      : tr("%1 is not recognised: %2 of %3 members agree, %4 needed.")
                                            .arg(vote->entryCode)
                                            .arg(vote->agree)
                                            .arg(vote->members)
                                            .arg(vote->needed);
    report({}, done);
}

void MeetingDialog::setOpenVoting(bool open)
{
    m_mode->setCurrentIndex(open ? 1 : 0);
}

bool MeetingDialog::isOpenVoting() const
{
    return m_mode->currentData().toBool();
}

QList<OpenVoter> MeetingDialog::openVoters(qint64 entryId) const
{
    QList<OpenVoter> voters;
    const auto meeting = MeetingRepository(m_db, m_user).load(m_meetingId);
    const auto conflicts = ConflictTable::load(m_db);
    if (!meeting || !conflicts)
        return voters;
    QHash<qint64, QString> names;
    for (const RosterMember& m : m_roster)
        names.insert(m.member.id, m.member.fullName);
    for (const Attendance& a : meeting->attendance) {
        if (!a.present)
            continue;
        OpenVoter v{a.memberId, names.value(a.memberId), {}};
        if (conflicts->excluded(a.memberId, entryId))
            v.conflict = conflicts->reason(a.memberId, entryId);
        voters << v;
    }
    return voters;
}

Result<VoteRecord> MeetingDialog::recordOpenVote(qint64 entryId, const QHash<qint64, Ballot>& ballots)
{
    if (!m_meetingId) {
        const Error none{tr("Record the meeting first."), QString()};
        report(none);
        return none;
    }
    auto vote = MeetingRepository(m_db, m_user).recordOpenVote(m_meetingId, entryId, ballots);
    showVote(vote);
    return vote;
}

void MeetingDialog::recordVoteOfCurrentRow()
{
    const int row = m_votes->currentRow();
    if (row < 0 || !m_recordVote->isEnabled())
        return;
    const qint64 entryId = m_votes->item(row, RankColumn)->data(kIdRole).toLongLong();
    if (!isOpenVoting()) {
        recordVote(entryId, countBox(row, AgreeColumn)->value(), countBox(row, DisagreeColumn)->value(),
                   countBox(row, BlankColumn)->value());
        return;
    }
    OpenVoteDialog dialog(m_votes->item(row, CodeColumn)->text() + QStringLiteral(": ") +
                              m_votes->item(row, TitleColumn)->text(),
                          openVoters(entryId), this);
    if (m_prompts->dialog(dialog))
        recordOpenVote(entryId, dialog.ballots());
}

Status MeetingDialog::writeMinutes(const QString& path)
{
    if (!m_meetingId)
        return Error{tr("Record the meeting first."), QString(), ErrorKind::Refused};
    if (Status target = OutputTarget::check(path, {m_db.path()}); !target)
        return target;
    auto data = MeetingMinutesData::fromDatabase(m_db, m_meetingId);
    if (!data)
        return data.error();
    return sangkien::writeMinutes(*data, path);
}

bool MeetingDialog::previewMinutes()
{
    if (!m_meetingId)
        return false;
    const auto data = MeetingMinutesData::fromDatabase(m_db, m_meetingId);
    if (!data) {
        report(data.error());
        return false;
    }
    if (const Status valid = data->validate(); !valid) {
        report(valid);
        return false;
    }
    DocumentPreview preview(layoutMinutes(*data), tr("Minutes of the council's meeting"), this);
    m_prompts->dialog(preview);
    return true;
}

void MeetingDialog::printMinutesInteractively()
{
    if (!m_meetingId)
        return;
    const QString suggested =
        QStringLiteral("bien-ban-hop-hoi-dong-%1.pdf").arg(m_date->date().toString(Qt::ISODate));
    const QString path = m_prompts->saveFile(this, tr("Save the Minutes"), suggested,
                                             tr("PDF (*.pdf);;OpenDocument text (*.odt)"));
    if (path.isEmpty())
        return;
    const Status written = writeMinutes(path);
    report(written, tr("The minutes were written to %1.").arg(path));
}

} // namespace sangkien
