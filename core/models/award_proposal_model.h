#pragma once

#include "awards/allocator.h"
#include "common/result.h"
#include "domain/campaign.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <optional>

namespace sangkien {

class Database;

// The ranking of a campaign with, beside each entry, the award form the allocator proposes and the one
// stored: what the awards view shows. Ties at a quota boundary are marked; the quota use is that of the
// proposal while one waits to be applied, otherwise that of the stored awards.
class AwardProposalModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        RankColumn,
        CodeColumn,
        TitleColumn,
        NomineeColumn,
        KindColumn,
        ScoreColumn,
        FlagsColumn,
        VoteColumn, // the council's latest recognition vote
        ProposedColumn,
        AwardedColumn,
        ColumnCount
    };
    static constexpr int EntryIdRole = Qt::UserRole + 1;
    static constexpr int TiedRole = Qt::UserRole + 2;         // bool: tied at a quota boundary
    static constexpr int AwardFormIdRole = Qt::UserRole + 3;  // the stored award's form id (0: none)
    static constexpr int ProposedFormRole = Qt::UserRole + 4; // the proposed form's code
    static constexpr int VotePassesRole = Qt::UserRole + 5;   // bool, or invalid when not voted
    static constexpr int NotProposedRole = Qt::UserRole + 6;  // the reason's code, or empty

    explicit AwardProposalModel(QObject* parent = nullptr);

    // Reads the ranking, the forms with their quota rules and the stored awards; keeps a proposal.
    Status load(Database& db);
    // Re-reads only the stored awards (after a move or an apply).
    Status reloadAwards(Database& db);

    void setProposal(const AwardProposal& proposal);
    void clearProposal();
    const std::optional<AwardProposal>& proposal() const { return m_proposal; }
    // A proposal is pending while it has not been applied nor overtaken by a manual change.
    bool isProposalPending() const { return m_proposal.has_value() && m_pending; }
    void setProposalPending(bool pending);

    const QuotaValidator& validator() const { return m_validator; }
    const QList<AwardSlot>& awards() const { return m_awards; }
    const QList<AllocationCandidate>& ranking() const { return m_ranking; }

    // The quota use shown: the pending proposal's, or the stored awards'.
    QList<QuotaUsage> quotaUsage() const;
    // "Bằng khen …: collectives and individuals together" without the limit (the meter shows it).
    QString ruleLabel(const QuotaRule& rule) const;
    // Awards per form as shown (the pending proposal's, or the stored awards'), in ranking order.
    QList<qint64> shownEntries(qint64 awardFormId) const;
    QList<AwardProposal::Tie> ties() const;
    // How the campaign recognises entries, as read by load().
    Recognition recognition() const { return m_recognition; }
    // How the ranking's scores were aggregated (the campaign's setting), as read by load().
    AggregationMethod aggregation() const { return m_aggregation; }
    // Why the proposal gives the entry nothing (nullptr without a proposal, or when it is proposed/tied).
    const AwardProposal::NotProposed* notProposedOf(qint64 entryId) const;
    // "voted down", "no room": the reason in two words, for the Proposed column.
    static QString shortReason(AwardProposal::Reason reason);

    int rowForEntry(qint64 entryId) const;
    qint64 entryIdAt(int row) const;
    qint64 awardedFormOf(qint64 entryId) const;
    QString formName(qint64 awardFormId) const;
    QString formNameByCode(const QString& code) const;
    // "Bằng khen", "Giấy khen": what the ranking's narrow columns say (the full name is the tooltip).
    QString shortFormName(const QString& code) const;
    const AllocationCandidate* candidate(qint64 entryId) const;
    static QString flagText(const QString& flag);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const AwardProposal::Tie* tieOf(qint64 entryId) const;
    QString proposedCodeOf(qint64 entryId) const;

    QList<AllocationCandidate> m_ranking;
    QuotaValidator m_validator{{}, {}};
    QList<AwardSlot> m_awards;
    QHash<qint64, qint64> m_awardedForm; // entry → form
    std::optional<AwardProposal> m_proposal;
    bool m_pending = false;
    Recognition m_recognition = Recognition::Vote;
    AggregationMethod m_aggregation = AggregationMethod::Mean;
};

} // namespace sangkien
