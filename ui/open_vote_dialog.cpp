#include "open_vote_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sangkien {
namespace {

constexpr int kNoVote = -1;

} // namespace

OpenVoteDialog::OpenVoteDialog(const QString& entryTitle, const QList<OpenVoter>& voters, QWidget* parent)
    : QDialog(parent)
    , m_list(voters)
{
    setWindowTitle(tr("Open Vote"));
    auto* title = new QLabel(entryTitle, this);
    title->setWordWrap(true);
    m_voters = new QTableWidget(int(voters.size()), 2, this);
    m_voters->setObjectName(QStringLiteral("voters"));
    m_voters->setHorizontalHeaderLabels({tr("Member present"), tr("Choice")});
    m_voters->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_voters->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_voters->verticalHeader()->hide();
    for (int row = 0; row < voters.size(); ++row) {
        const OpenVoter& v = voters[row];
        auto* name = new QTableWidgetItem(
            v.conflict.isEmpty() ? v.name : tr("%1 (conflict of interest: %2)").arg(v.name, v.conflict));
        name->setFlags(Qt::ItemIsEnabled);
        m_voters->setItem(row, 0, name);
        auto* choice = new QComboBox(m_voters);
        choice->addItem(tr("Agree"), int(Ballot::Agree));
        choice->addItem(tr("Disagree"), int(Ballot::Disagree));
        choice->addItem(tr("Abstain"), int(Ballot::Abstain));
        choice->addItem(tr("Does not vote"), kNoVote);
        choice->setCurrentIndex(v.conflict.isEmpty() ? 0 : 3);
        choice->setEnabled(v.conflict.isEmpty());
        m_voters->setCellWidget(row, 1, choice);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Record"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_voters, 1);
    layout->addWidget(buttons);
    resize(560, 420);
}

QComboBox* OpenVoteDialog::choiceOf(qint64 memberId) const
{
    for (int row = 0; row < m_list.size(); ++row) {
        if (m_list[row].memberId == memberId)
            return qobject_cast<QComboBox*>(m_voters->cellWidget(row, 1));
    }
    return nullptr;
}

bool OpenVoteDialog::setBallot(qint64 memberId, std::optional<Ballot> ballot)
{
    QComboBox* choice = choiceOf(memberId);
    if (!choice || !choice->isEnabled())
        return false;
    choice->setCurrentIndex(choice->findData(ballot ? int(*ballot) : kNoVote));
    return true;
}

QHash<qint64, Ballot> OpenVoteDialog::ballots() const
{
    QHash<qint64, Ballot> out;
    for (int row = 0; row < m_list.size(); ++row) {
        const auto* choice = qobject_cast<QComboBox*>(m_voters->cellWidget(row, 1));
        const int value = choice->currentData().toInt();
        if (choice->isEnabled() && value != kNoVote)
            out.insert(m_list[row].memberId, Ballot(value));
    }
    return out;
}

} // namespace sangkien
