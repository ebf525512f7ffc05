#include "models/quota_rules_model.h"

#include "storage/database.h"
#include "storage/rules_repository.h"

namespace sangkien {

namespace {

// "any" (kind left empty) stands for collectives and individuals counted together. False for an unknown code.
bool kindFromCode(const QString& code, std::optional<NomineeKind>& kind)
{
    if (code == QLatin1String("any")) {
        kind.reset();
        return true;
    }
    kind = nomineeKindFromCode(code);
    return kind.has_value();
}

} // namespace

QuotaRulesModel::QuotaRulesModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

Status QuotaRulesModel::load(Database& db)
{
    RulesRepository repo(db);
    auto forms = repo.awardForms();
    if (!forms)
        return forms.error();
    auto rules = repo.quotaRules();
    if (!rules)
        return rules.error();
    beginResetModel();
    m_forms = std::move(forms.value());
    m_rules = std::move(rules.value());
    m_modified = false;
    m_lastError.clear();
    endResetModel();
    return {};
}

Status QuotaRulesModel::save(Database& db)
{
    const QList<QuotaRule> rules = m_rules;
    if (Status s = db.transaction([&] { return RulesRepository(db).saveQuotaRules(rules); }); !s)
        return s;
    return load(db);
}

QString QuotaRulesModel::awardFormName(qint64 awardFormId) const
{
    for (const AwardForm& f : m_forms) {
        if (f.id == awardFormId)
            return f.name;
    }
    return {};
}

QString QuotaRulesModel::nomineeKindName(const std::optional<NomineeKind>& kind) const
{
    if (!kind)
        return tr("Collectives and individuals together");
    return *kind == NomineeKind::Collective ? tr("Collectives") : tr("Individuals");
}

bool QuotaRulesModel::refuse(const QString& why)
{
    m_lastError = why;
    return false;
}

int QuotaRulesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rules.size());
}

int QuotaRulesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QuotaRulesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QuotaRule& r = m_rules.at(index.row());
    switch (index.column()) {
    case AwardFormColumn:
        if (role == Qt::DisplayRole)
            return awardFormName(r.awardFormId);
        break;
    case NomineeKindColumn:
        if (role == Qt::DisplayRole)
            return nomineeKindName(r.nomineeKind);
        if (role == Qt::EditRole || role == KindCodeRole)
            return quotaKindCode(r.nomineeKind);
        break;
    case MaxCountColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return r.maxCount;
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    }
    return {};
}

QVariant QuotaRulesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case AwardFormColumn:
        return tr("Award form");
    case NomineeKindColumn:
        return tr("Nominees");
    case MaxCountColumn:
        return tr("Max count");
    }
    return {};
}

Qt::ItemFlags QuotaRulesModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() != AwardFormColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

bool QuotaRulesModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if ((role != Qt::EditRole && role != KindCodeRole) ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    QuotaRule& r = m_rules[index.row()];
    if (index.column() == MaxCountColumn) {
        bool ok = false;
        const int count = value.toInt(&ok);
        if (!ok || count < 0)
            return refuse(tr("The maximum count must be a whole number of zero or more."));
        if (count == r.maxCount)
            return true;
        r.maxCount = count;
    } else if (index.column() == NomineeKindColumn) {
        std::optional<NomineeKind> kind;
        if (!kindFromCode(value.toString(), kind))
            return refuse(tr("Unknown kind of nominee: %1.").arg(value.toString()));
        if (kind == r.nomineeKind)
            return true;
        // One rule per form and kind: a second one would leave it unclear which limit applies.
        for (qsizetype i = 0; i < m_rules.size(); ++i) {
            if (i != index.row() && m_rules.at(i).awardFormId == r.awardFormId &&
                m_rules.at(i).nomineeKind == kind)
                return refuse(tr("This award form already has a rule for %1.").arg(nomineeKindName(kind)));
        }
        r.nomineeKind = kind;
    } else {
        return false;
    }
    m_modified = true;
    m_lastError.clear();
    emit dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole});
    return true;
}

} // namespace sangkien
