#include "models/quota_rules_model.h"

#include "storage/database.h"
#include "storage/rules_repository.h"

#include <algorithm>

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
    if (Status s = db.transaction([&] { return write(db); }); !s)
        return s;
    return load(db);
}

Status QuotaRulesModel::write(Database& db) const
{
    return RulesRepository(db).saveQuotaRules(m_rules);
}

bool QuotaRulesModel::hasRule(qint64 awardFormId, const std::optional<NomineeKind>& kind, int exceptRow) const
{
    for (qsizetype i = 0; i < m_rules.size(); ++i)
        if (i != exceptRow && m_rules.at(i).awardFormId == awardFormId && m_rules.at(i).nomineeKind == kind)
            return true;
    return false;
}

bool QuotaRulesModel::insertRows(int row, int count, const QModelIndex& parent)
{
    if (parent.isValid() || row < 0 || row > rowCount() || count < 1)
        return false;
    const std::optional<NomineeKind> kinds[] = {std::nullopt, NomineeKind::Collective,
                                                NomineeKind::Individual};
    QList<QuotaRule> added;
    for (int n = 0; n < count; ++n) {
        bool found = false;
        for (const AwardForm& form : std::as_const(m_forms)) {
            for (const auto& kind : kinds) {
                const bool taken = hasRule(form.id, kind) ||
                                   std::any_of(added.cbegin(), added.cend(), [&](const QuotaRule& r) {
                                       return r.awardFormId == form.id && r.nomineeKind == kind;
                                   });
                if (!taken) {
                    QuotaRule r;
                    r.awardFormId = form.id;
                    r.nomineeKind = kind;
                    added << r;
                    found = true;
                    break;
                }
            }
            if (found)
                break;
        }
        if (!found)
            return refuse(tr("Every award form already has a rule for collectives, for individuals and for "
                             "both together; change one of them instead."));
    }
    beginInsertRows({}, row, row + count - 1);
    for (int n = 0; n < count; ++n)
        m_rules.insert(row + n, added.at(n));
    endInsertRows();
    m_modified = true;
    m_lastError.clear();
    return true;
}

bool QuotaRulesModel::removeRows(int row, int count, const QModelIndex& parent)
{
    if (parent.isValid() || row < 0 || count < 1 || row + count > rowCount())
        return false;
    beginRemoveRows({}, row, row + count - 1);
    m_rules.remove(row, count);
    endRemoveRows();
    m_modified = true;
    m_lastError.clear();
    return true;
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
        if (role == Qt::EditRole || role == AwardFormIdRole)
            return r.awardFormId;
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
    if (index.isValid())
        f |= Qt::ItemIsEditable;
    return f;
}

bool QuotaRulesModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if ((role != Qt::EditRole && role != KindCodeRole && role != AwardFormIdRole) ||
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
        if (hasRule(r.awardFormId, kind, index.row()))
            return refuse(tr("This award form already has a rule for %1.").arg(nomineeKindName(kind)));
        r.nomineeKind = kind;
    } else if (index.column() == AwardFormColumn) {
        bool ok = false;
        const qint64 formId = value.toLongLong(&ok);
        if (!ok || awardFormName(formId).isEmpty())
            return refuse(tr("Unknown award form: %1.").arg(value.toString()));
        if (formId == r.awardFormId)
            return true;
        if (hasRule(formId, r.nomineeKind, index.row()))
            return refuse(tr("%1 already has a rule for %2.")
                              .arg(awardFormName(formId), nomineeKindName(r.nomineeKind)));
        r.awardFormId = formId;
    } else {
        return false;
    }
    m_modified = true;
    m_lastError.clear();
    emit dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole});
    return true;
}

} // namespace sangkien
