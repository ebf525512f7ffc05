#include "award_proposal_model.h"

#include "awards/award_service.h"
#include "review/ranking.h"
#include "storage/database.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

namespace sangkien {

AwardProposalModel::AwardProposalModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

Status AwardProposalModel::load(Database& db)
{
    AwardService service(db, QString());
    auto validator = service.validator();
    if (!validator)
        return validator.error();
    auto ranking = service.candidates();
    if (!ranking)
        return ranking.error();
    auto stored = service.stored();
    if (!stored)
        return stored.error();
    auto recognition = service.recognition();
    if (!recognition)
        return recognition.error();
    const auto options = Ranking::campaignOptions(db);
    if (!options)
        return options.error();
    beginResetModel();
    m_recognition = *recognition;
    m_aggregation = options->method;
    m_validator = *validator;
    m_ranking = *ranking;
    m_awards = *stored;
    m_awardedForm.clear();
    for (const AwardSlot& s : m_awards)
        m_awardedForm.insert(s.entryId, s.awardFormId);
    endResetModel();
    return {};
}

Status AwardProposalModel::reloadAwards(Database& db)
{
    auto stored = AwardService(db, QString()).stored();
    if (!stored)
        return stored.error();
    m_awards = *stored;
    m_awardedForm.clear();
    for (const AwardSlot& s : m_awards)
        m_awardedForm.insert(s.entryId, s.awardFormId);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    return {};
}

void AwardProposalModel::setProposal(const AwardProposal& proposal)
{
    m_proposal = proposal;
    m_pending = true;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void AwardProposalModel::clearProposal()
{
    m_proposal.reset();
    m_pending = false;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void AwardProposalModel::setProposalPending(bool pending)
{
    m_pending = pending && m_proposal.has_value();
}

QList<QuotaUsage> AwardProposalModel::quotaUsage() const
{
    return isProposalPending() ? m_validator.usage(m_proposal->awardSlots()) : m_validator.usage(m_awards);
}

QString AwardProposalModel::ruleLabel(const QuotaRule& rule) const
{
    const QString form = formName(rule.awardFormId);
    if (!rule.nomineeKind)
        return tr("%1: collectives and individuals together").arg(form);
    return *rule.nomineeKind == NomineeKind::Collective ? tr("%1: collectives").arg(form)
                                                        : tr("%1: individuals").arg(form);
}

QList<qint64> AwardProposalModel::shownEntries(qint64 awardFormId) const
{
    QList<qint64> list;
    if (isProposalPending()) {
        for (const AwardProposal::Award& a : m_proposal->awards)
            if (a.slot.awardFormId == awardFormId)
                list.append(a.slot.entryId);
        return list;
    }
    // Stored awards in ranking order; an awarded entry no longer ranked comes last.
    for (const AllocationCandidate& c : m_ranking)
        if (m_awardedForm.value(c.ranked.entryId) == awardFormId)
            list.append(c.ranked.entryId);
    for (const AwardSlot& s : m_awards)
        if (s.awardFormId == awardFormId && !list.contains(s.entryId))
            list.append(s.entryId);
    return list;
}

QList<AwardProposal::Tie> AwardProposalModel::ties() const
{
    return m_proposal ? m_proposal->ties : QList<AwardProposal::Tie>();
}

const AwardProposal::NotProposed* AwardProposalModel::notProposedOf(qint64 entryId) const
{
    return m_proposal ? m_proposal->notProposedOf(entryId) : nullptr;
}

QString AwardProposalModel::shortReason(AwardProposal::Reason reason)
{
    using R = AwardProposal::Reason;
    switch (reason) {
    case R::NotScored:
        return tr("not scored");
    case R::BelowMinimum:
        return tr("below minimum");
    case R::NoVote:
        return tr("not voted");
    case R::VotedDown:
        return tr("voted down");
    case R::NomineeAwarded:
        return tr("nominee awarded");
    case R::QuotaFull:
        break;
    }
    return tr("no room");
}

int AwardProposalModel::rowForEntry(qint64 entryId) const
{
    for (int row = 0; row < m_ranking.size(); ++row)
        if (m_ranking[row].ranked.entryId == entryId)
            return row;
    return -1;
}

qint64 AwardProposalModel::entryIdAt(int row) const
{
    return row >= 0 && row < m_ranking.size() ? m_ranking[row].ranked.entryId : 0;
}

qint64 AwardProposalModel::awardedFormOf(qint64 entryId) const
{
    return m_awardedForm.value(entryId);
}

QString AwardProposalModel::formName(qint64 awardFormId) const
{
    const AwardForm* f = m_validator.form(awardFormId);
    return f ? f->name : QString();
}

QString AwardProposalModel::formNameByCode(const QString& code) const
{
    for (const AwardForm& f : m_validator.forms())
        if (f.code == code)
            return f.name;
    return code;
}

QString AwardProposalModel::shortFormName(const QString& code) const
{
    if (code == QLatin1String("chairman"))
        return tr("Chairman's certificate");
    if (code == QLatin1String("director"))
        return tr("Director's certificate");
    return formNameByCode(code);
}

const AllocationCandidate* AwardProposalModel::candidate(qint64 entryId) const
{
    const int row = rowForEntry(entryId);
    return row < 0 ? nullptr : &m_ranking[row];
}

QString AwardProposalModel::flagText(const QString& flag)
{
    if (flag == RankedEntry::kIncomplete)
        return tr("incomplete sheets");
    if (flag == RankedEntry::kBelowMinimum)
        return tr("below a criterion's minimum");
    if (flag == RankedEntry::kDisagree)
        return tr("members disagree");
    return flag;
}

const AwardProposal::Tie* AwardProposalModel::tieOf(qint64 entryId) const
{
    if (!m_proposal)
        return nullptr;
    for (const AwardProposal::Tie& t : m_proposal->ties)
        if (t.entryId == entryId)
            return &t;
    return nullptr;
}

QString AwardProposalModel::proposedCodeOf(qint64 entryId) const
{
    if (!m_proposal)
        return {};
    for (const AwardProposal::Award& a : m_proposal->awards)
        if (a.slot.entryId == entryId)
            return a.formCode;
    return {};
}

int AwardProposalModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_ranking.size());
}

int AwardProposalModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AwardProposalModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_ranking.size())
        return {};
    const AllocationCandidate& candidate = m_ranking[index.row()];
    const RankedEntry& r = candidate.ranked;
    const AwardProposal::Tie* tie = tieOf(r.entryId);
    const AwardProposal::NotProposed* held = notProposedOf(r.entryId);
    // Entries whose score speaks for itself are not explained again in the Proposed column.
    const bool explained = held && held->reason != AwardProposal::Reason::NotScored &&
                           held->reason != AwardProposal::Reason::BelowMinimum;
    switch (role) {
    case EntryIdRole:
        return r.entryId;
    case TiedRole:
        return tie != nullptr;
    case AwardFormIdRole:
        return m_awardedForm.value(r.entryId);
    case ProposedFormRole:
        return proposedCodeOf(r.entryId);
    case VotePassesRole:
        return candidate.vote ? QVariant(candidate.vote->passes) : QVariant();
    case NotProposedRole:
        return held ? Allocator::reasonCode(held->reason) : QString();
    case Qt::TextAlignmentRole:
        if (index.column() == RankColumn || index.column() == ScoreColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::BackgroundRole:
        if (tie)
            return QBrush(QColor(0xff, 0xf0, 0xb3)); // a tie waits for the office: pale amber
        return {};
    case Qt::ForegroundRole:
        if (index.column() == VoteColumn && candidate.vote && !candidate.vote->passes)
            return QBrush(QColor(0xb7, 0x1c, 0x1c));
        if (index.column() == ProposedColumn && explained)
            return QBrush(QColor(0x80, 0x80, 0x80));
        return {};
    case Qt::FontRole:
        if (index.column() == AwardedColumn && m_awardedForm.contains(r.entryId)) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == VoteColumn) {
            if (!candidate.vote)
                return m_recognition == Recognition::Vote
                           ? tr("The council has not voted on its recognition at a meeting with quorum.")
                           : tr("Not voted; the campaign recognises entries by their score alone.");
            return tr("Recognition vote at the meeting of %1: %2 agree, %3 disagree, %4 blank of %5 "
                      "members; %6 needed.")
                .arg(candidate.vote->meetingDate.toString(QStringLiteral("dd/MM/yyyy")))
                .arg(candidate.vote->agree)
                .arg(candidate.vote->disagree)
                .arg(candidate.vote->blank)
                .arg(candidate.vote->members)
                .arg(candidate.vote->needed);
        }
        if (index.column() == ProposedColumn && held)
            return Allocator::reasonText(*held, candidate.vote);
        if (index.column() == ProposedColumn && !tie && !proposedCodeOf(r.entryId).isEmpty())
            return formNameByCode(proposedCodeOf(r.entryId));
        if (index.column() == AwardedColumn && m_awardedForm.contains(r.entryId))
            return formName(m_awardedForm.value(r.entryId));
        if (index.column() == TitleColumn)
            return r.title;
        if (tie)
            return tr("Tied at the boundary of %1: room for %n of the tied entries; the office decides.",
                      nullptr, tie->places)
                .arg(formNameByCode(tie->formCode));
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    const QLocale locale;
    switch (index.column()) {
    case RankColumn:
        if (!r.rank)
            return QStringLiteral("–");
        return r.tied ? QStringLiteral("%1=").arg(r.rank) : QString::number(r.rank);
    case CodeColumn:
        return r.code;
    case TitleColumn:
        return r.title;
    case NomineeColumn:
        return r.nominee;
    case KindColumn:
        return r.nomineeKind == NomineeKind::Collective ? tr("Collective") : tr("Individual");
    case ScoreColumn:
        return r.score ? locale.toString(*r.score, 'f', 2) : QString();
    case FlagsColumn: {
        QStringList flags;
        if (tie)
            flags << tr("tie at the boundary (%n place(s))", nullptr, tie->places);
        for (const QString& f : r.flags)
            flags << flagText(f);
        return flags.join(QStringLiteral("; "));
    }
    case VoteColumn:
        return Allocator::voteText(candidate.vote);
    case ProposedColumn:
        if (tie)
            return tr("Tie: %1?").arg(shortFormName(tie->formCode));
        if (explained)
            return tr("– %1").arg(shortReason(held->reason));
        return proposedCodeOf(r.entryId).isEmpty() ? QString() : shortFormName(proposedCodeOf(r.entryId));
    case AwardedColumn: {
        const AwardForm* f = m_validator.form(m_awardedForm.value(r.entryId));
        return f ? shortFormName(f->code) : QString();
    }
    default:
        return {};
    }
}

QVariant AwardProposalModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RankColumn:
        return tr("Rank");
    case CodeColumn:
        return tr("Code");
    case TitleColumn:
        return tr("Title");
    case NomineeColumn:
        return tr("Nominee");
    case KindColumn:
        return tr("Kind");
    case ScoreColumn:
        return tr("Score");
    case FlagsColumn:
        return tr("Flags");
    case VoteColumn:
        return tr("Vote");
    case ProposedColumn:
        return tr("Proposed");
    case AwardedColumn:
        return tr("Awarded");
    default:
        return {};
    }
}

} // namespace sangkien
