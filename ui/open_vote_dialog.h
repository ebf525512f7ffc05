#pragma once

#include "storage/meeting_repository.h"

#include <QDialog>
#include <QHash>
#include <QList>

class QComboBox;
class QTableWidget;

namespace sangkien {

// One member as the open vote lists them: present at the meeting, and whether a conflict of interest
// keeps them from voting on the entry (then the reason is shown and no choice can be made).
struct OpenVoter
{
    qint64 memberId = 0;
    QString name;
    QString conflict; // empty: may vote
};

// An open vote (show of hands) on one entry: each present member's choice, agree, disagree or abstain,
// or "does not vote". Members a conflict of interest excludes are listed greyed with the reason.
class OpenVoteDialog : public QDialog
{
    Q_OBJECT

public:
    OpenVoteDialog(const QString& entryTitle, const QList<OpenVoter>& voters, QWidget* parent = nullptr);

    // Sets a member's choice; nullopt: does not vote. False for an unknown or excluded member.
    bool setBallot(qint64 memberId, std::optional<Ballot> ballot);
    // The choices made, by member; members who do not vote are left out.
    QHash<qint64, Ballot> ballots() const;

private:
    QComboBox* choiceOf(qint64 memberId) const;

    QList<OpenVoter> m_list;
    QTableWidget* m_voters;
};

} // namespace sangkien
