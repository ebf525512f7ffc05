#include "models/criteria_model.h"

#include "storage/database.h"
#include "storage/rules_repository.h"
#include "text/vietnamese_text.h"

#include <algorithm>
#include <optional>

namespace sangkien {

namespace {

// A number the user typed or a spin box gave; nullopt when it is not one.
std::optional<double> toNumber(const QVariant& value)
{
    bool ok = false;
    const double d = value.toDouble(&ok);
    if (!ok || !qIsFinite(d))
        return std::nullopt;
    return d;
}

} // namespace

CriteriaModel::CriteriaModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

Status CriteriaModel::load(Database& db)
{
    RulesRepository rules(db);
    auto list = rules.criteria();
    if (!list)
        return list.error();
    beginResetModel();
    m_criteria = std::move(list.value());
    m_locked = rules.criteriaLocked();
    m_modified = false;
    m_lastError.clear();
    endResetModel();
    emit totalsChanged(totalMaxPoints());
    return {};
}

Status CriteriaModel::save(Database& db)
{
    if (RulesRepository(db).criteriaLocked())
        return Error{tr("The criteria are locked: scores have already been entered."), tr("Criteria"),
                     ErrorKind::Refused};
    if (Status s = db.transaction([&] { return write(db); }); !s)
        return s;
    return load(db);
}

Status CriteriaModel::write(Database& db) const
{
    return RulesRepository(db).saveCriteria(m_criteria);
}

bool CriteriaModel::moveRows(const QModelIndex& sourceParent, int sourceRow, int count,
                             const QModelIndex& destinationParent, int destinationChild)
{
    if (sourceParent.isValid() || destinationParent.isValid() || count < 1 || sourceRow < 0 ||
        sourceRow + count > rowCount() || destinationChild < 0 || destinationChild > rowCount())
        return false;
    if (m_locked)
        return refuse(tr("The criteria are locked: scores have already been entered."));
    // Moving onto itself, or just past its own end, changes nothing (and beginMoveRows refuses it).
    if (destinationChild >= sourceRow && destinationChild <= sourceRow + count)
        return false;
    if (!beginMoveRows({}, sourceRow, sourceRow + count - 1, {}, destinationChild))
        return false;
    const QList<Criterion> moved = m_criteria.mid(sourceRow, count);
    m_criteria.remove(sourceRow, count);
    const int at = destinationChild > sourceRow ? destinationChild - count : destinationChild;
    for (int i = 0; i < count; ++i)
        m_criteria.insert(at + i, moved.at(i));
    endMoveRows();
    m_modified = true;
    m_lastError.clear();
    return true;
}

double CriteriaModel::totalMaxPoints() const
{
    double sum = 0;
    for (const Criterion& c : m_criteria)
        sum += c.maxPoints;
    return sum;
}

double CriteriaModel::totalMinPoints() const
{
    double sum = 0;
    for (const Criterion& c : m_criteria)
        sum += c.minPoints;
    return sum;
}

bool CriteriaModel::refuse(const QString& why)
{
    m_lastError = why;
    return false;
}

int CriteriaModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_criteria.size());
}

int CriteriaModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CriteriaModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Criterion& c = m_criteria.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case CodeColumn:
            return c.code;
        case NameColumn:
            return c.name;
        case MaxPointsColumn:
            return c.maxPoints;
        case MinPointsColumn:
            return c.minPoints;
        }
    } else if (role == Qt::TextAlignmentRole) {
        if (index.column() == MaxPointsColumn || index.column() == MinPointsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    } else if (role == Qt::ToolTipRole && m_locked) {
        return tr("The criteria are locked: scores have already been entered.");
    }
    return {};
}

QVariant CriteriaModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CodeColumn:
        return tr("Code");
    case NameColumn:
        return tr("Criterion");
    case MaxPointsColumn:
        return tr("Max points");
    case MinPointsColumn:
        return tr("Min points");
    }
    return {};
}

Qt::ItemFlags CriteriaModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && !m_locked)
        f |= Qt::ItemIsEditable;
    return f;
}

bool CriteriaModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    if (m_locked)
        return refuse(tr("The criteria are locked: scores have already been entered."));
    Criterion& c = m_criteria[index.row()];
    switch (index.column()) {
    case CodeColumn: {
        const QString code = text::clean(value.toString());
        if (code.isEmpty())
            return refuse(tr("A criterion needs a code."));
        for (qsizetype i = 0; i < m_criteria.size(); ++i) {
            if (i != index.row() && m_criteria.at(i).code == code)
                return refuse(tr("Another criterion already has the code %1.").arg(code));
        }
        if (code == c.code)
            return true;
        c.code = code;
        break;
    }
    case NameColumn: {
        const QString name = text::clean(value.toString());
        if (name.isEmpty())
            return refuse(tr("A criterion needs a name."));
        if (name == c.name)
            return true;
        c.name = name;
        break;
    }
    case MaxPointsColumn: {
        const auto max = toNumber(value);
        if (!max || *max <= 0)
            return refuse(tr("The maximum must be a number greater than zero."));
        if (*max < c.minPoints)
            return refuse(tr("The maximum cannot be below the minimum (%1).").arg(c.minPoints));
        if (*max == c.maxPoints)
            return true;
        c.maxPoints = *max;
        break;
    }
    case MinPointsColumn: {
        const auto min = toNumber(value);
        if (!min || *min < 0)
            return refuse(tr("The minimum must be a number of zero or more."));
        if (*min > c.maxPoints)
            return refuse(tr("The minimum cannot exceed the maximum (%1).").arg(c.maxPoints));
        if (*min == c.minPoints)
            return true;
        c.minPoints = *min;
        break;
    }
    default:
        return false;
    }
    m_modified = true;
    m_lastError.clear();
    emit dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole});
    if (index.column() == MaxPointsColumn)
        emit totalsChanged(totalMaxPoints());
    return true;
}

QString CriteriaModel::freeCode() const
{
    for (int n = static_cast<int>(m_criteria.size()) + 1;; ++n) {
        const QString code = QStringLiteral("criterion_%1").arg(n);
        const bool taken = std::any_of(m_criteria.cbegin(), m_criteria.cend(),
                                       [&](const Criterion& c) { return c.code == code; });
        if (!taken)
            return code;
    }
}

bool CriteriaModel::insertRows(int row, int count, const QModelIndex& parent)
{
    if (parent.isValid() || row < 0 || row > rowCount() || count <= 0)
        return false;
    if (m_locked)
        return refuse(tr("The criteria are locked: scores have already been entered."));
    beginInsertRows(parent, row, row + count - 1);
    for (int i = 0; i < count; ++i) {
        Criterion c;
        c.code = freeCode();
        c.name = tr("New criterion");
        c.maxPoints = 10; // a valid placeholder the user then edits
        m_criteria.insert(row + i, c);
    }
    endInsertRows();
    m_modified = true;
    emit totalsChanged(totalMaxPoints());
    return true;
}

bool CriteriaModel::removeRows(int row, int count, const QModelIndex& parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > rowCount())
        return false;
    if (m_locked)
        return refuse(tr("The criteria are locked: scores have already been entered."));
    beginRemoveRows(parent, row, row + count - 1);
    m_criteria.remove(row, count);
    endRemoveRows();
    m_modified = true;
    emit totalsChanged(totalMaxPoints());
    return true;
}

} // namespace sangkien
