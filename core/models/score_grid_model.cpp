#include "models/score_grid_model.h"

#include "review/score_csv.h"
#include "storage/database.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>
#include <QRegularExpression>
#include <cmath>

namespace sangkien {

namespace {

QString pointsText(double points)
{
    // Whole points as "20", halves as "12,5" in Vietnamese.
    return QLocale()
        .toString(points, 'f', std::abs(points - std::round(points)) < 1e-9 ? 0 : 2)
        .remove(QRegularExpression(QStringLiteral("(?<=[,.]\\d)0$")));
}

} // namespace

ScoreGridModel::ScoreGridModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void ScoreGridModel::setGrid(QList<ReviewCriterion> criteria, QList<ScoreGridRow> rows)
{
    beginResetModel();
    m_criteria = std::move(criteria);
    m_rows = std::move(rows);
    m_modified = false;
    m_lastError.clear();
    endResetModel();
    emit totalsChanged();
}

Status ScoreGridModel::loadFromCampaign(Database& db, qint64 memberId)
{
    auto content = ReviewPackage::build(db, memberId);
    if (!content)
        return content.error();
    auto sheets = ScoreSheetRepository(db, {}).forMember(memberId);
    if (!sheets)
        return sheets.error();
    QHash<qint64, bool> submitted;
    for (const ScoreSheet& s : *sheets)
        submitted.insert(s.entryId, s.status == SheetStatus::Submitted);
    QList<ScoreGridRow> rows;
    for (const ReviewEntry& e : content->entries) {
        ScoreGridRow row{e.id, e.code, e.title, {}, e.ownComment, submitted.value(e.id)};
        for (auto it = e.ownPoints.cbegin(); it != e.ownPoints.cend(); ++it)
            row.points.insert(it.key(), it.value());
        rows << row;
    }
    setGrid(content->criteria, rows);
    return {};
}

void ScoreGridModel::loadFromPackage(const ReviewPackageContent& package)
{
    QList<ScoreGridRow> rows;
    for (const ReviewEntry& e : package.entries) {
        ScoreGridRow row{e.id, e.code, e.title, {}, e.ownComment, e.locked};
        for (auto it = e.ownPoints.cbegin(); it != e.ownPoints.cend(); ++it)
            row.points.insert(it.key(), it.value());
        rows << row;
    }
    setGrid(package.criteria, rows);
}

double ScoreGridModel::total(int row) const
{
    double sum = 0;
    for (double p : m_rows.at(row).points)
        sum += p;
    return sum;
}

bool ScoreGridModel::isComplete(int row) const
{
    const ScoreGridRow& r = m_rows.at(row);
    for (const ReviewCriterion& c : m_criteria)
        if (!r.points.contains(c.code))
            return false;
    return true;
}

int ScoreGridModel::completeCount() const
{
    int n = 0;
    for (int row = 0; row < m_rows.size(); ++row)
        n += isComplete(row) ? 1 : 0;
    return n;
}

bool ScoreGridModel::hasContent(const ScoreGridRow& row) const
{
    return !row.points.isEmpty() || !row.comment.trimmed().isEmpty();
}

Result<QList<SheetWrite>> ScoreGridModel::sheetWrites(Database& db) const
{
    auto ids = ScoreSheetRepository(db, {}).criterionIds();
    if (!ids)
        return ids.error();
    QList<SheetWrite> writes;
    for (const ScoreGridRow& row : m_rows) {
        if (row.locked || !hasContent(row))
            continue;
        SheetWrite w;
        w.entryId = row.entryId;
        w.entryCode = row.code;
        for (auto it = row.points.cbegin(); it != row.points.cend(); ++it)
            w.points.insert(ids->value(it.key()), it.value());
        w.comment = row.comment;
        writes << w;
    }
    return writes;
}

QList<ReturnSheet> ScoreGridModel::returnSheets() const
{
    QList<ReturnSheet> sheets;
    for (const ScoreGridRow& row : m_rows) {
        if (!hasContent(row))
            continue;
        ReturnSheet s;
        s.entryId = row.entryId;
        s.entryCode = row.code;
        for (auto it = row.points.cbegin(); it != row.points.cend(); ++it)
            s.points.insert(it.key(), it.value());
        s.comment = row.comment;
        sheets << s;
    }
    return sheets;
}

QList<ReturnSheet> ScoreGridModel::returnSheets(const ReviewPackageContent& package) const
{
    QHash<qint64, const ReviewEntry*> held;
    for (const ReviewEntry& e : package.entries)
        held.insert(e.id, &e);
    QList<ReturnSheet> changed;
    for (const ReturnSheet& s : returnSheets()) {
        const ReviewEntry* e = held.value(s.entryId);
        if (e && (e->locked || (e->ownPoints == s.points && e->ownComment == s.comment)))
            continue;
        changed << s;
    }
    return changed;
}

bool ScoreGridModel::refuse(const QString& why)
{
    m_lastError = why;
    return false;
}

bool ScoreGridModel::isCriterionColumn(int column) const
{
    return column >= FirstCriterionColumn && column < totalColumn();
}

int ScoreGridModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ScoreGridModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : commentColumn() + 1;
}

QVariant ScoreGridModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ScoreGridRow& row = m_rows.at(index.row());
    const int column = index.column();
    if (column == CodeColumn || column == TitleColumn) {
        if (role == Qt::DisplayRole)
            return column == CodeColumn ? row.code : row.title;
        if (role == Qt::ToolTipRole && column == TitleColumn)
            return row.title;
        return {};
    }
    if (isCriterionColumn(column)) {
        const ReviewCriterion& c = m_criteria.at(column - FirstCriterionColumn);
        const auto it = row.points.constFind(c.code);
        const bool filled = it != row.points.constEnd();
        const bool below = filled && *it < c.minPoints;
        switch (role) {
        case Qt::DisplayRole:
            return filled ? pointsText(*it) : QString();
        case Qt::EditRole:
            return filled ? QVariant(*it) : QVariant();
        case Qt::TextAlignmentRole:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        case BelowMinimumRole:
            return below;
        case Qt::BackgroundRole:
            if (row.locked)
                return QBrush(QColor(0xee, 0xee, 0xee));
            return below ? QVariant(QBrush(QColor(0xff, 0xe0, 0xb2))) : QVariant();
        case Qt::ToolTipRole:
            return tr("%1: from 0 to %2 points; below %3 the entry fails this criterion")
                .arg(c.name, pointsText(c.maxPoints), pointsText(c.minPoints));
        }
        return {};
    }
    if (column == totalColumn()) {
        if (role == Qt::DisplayRole)
            return row.points.isEmpty() ? QString() : pointsText(total(index.row()));
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        if (role == Qt::FontRole) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        if (role == Qt::ToolTipRole && !row.points.isEmpty() && !isComplete(index.row()))
            return tr("Not every criterion has points yet.");
        return {};
    }
    if (column == commentColumn()) {
        if (role == Qt::DisplayRole || role == Qt::EditRole || role == Qt::ToolTipRole)
            return row.comment;
        return {};
    }
    return {};
}

QVariant ScoreGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    if (section == CodeColumn)
        return role == Qt::DisplayRole ? QVariant(tr("Code")) : QVariant();
    if (section == TitleColumn)
        return role == Qt::DisplayRole ? QVariant(tr("Entry")) : QVariant();
    if (isCriterionColumn(section)) {
        const ReviewCriterion& c = m_criteria.at(section - FirstCriterionColumn);
        if (role == Qt::DisplayRole)
            return QStringLiteral("%1\n(%2)").arg(c.code, pointsText(c.maxPoints));
        if (role == Qt::ToolTipRole)
            return tr("%1 — at most %2 points, at least %3 to pass")
                .arg(c.name, pointsText(c.maxPoints), pointsText(c.minPoints));
        return {};
    }
    if (section == totalColumn())
        return role == Qt::DisplayRole ? QVariant(tr("Total")) : QVariant();
    if (section == commentColumn())
        return role == Qt::DisplayRole ? QVariant(tr("Comment")) : QVariant();
    return {};
}

Qt::ItemFlags ScoreGridModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid())
        return f;
    if (!m_rows.at(index.row()).locked &&
        (isCriterionColumn(index.column()) || index.column() == commentColumn()))
        f |= Qt::ItemIsEditable;
    return f;
}

bool ScoreGridModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    ScoreGridRow& row = m_rows[index.row()];
    if (row.locked)
        return refuse(
            tr("The sheet for %1 is submitted; only the council's secretary can reopen it.").arg(row.code));
    if (index.column() == commentColumn()) {
        const QString comment = value.toString().trimmed();
        if (comment == row.comment)
            return true;
        row.comment = comment;
    } else if (isCriterionColumn(index.column())) {
        const ReviewCriterion& c = m_criteria.at(index.column() - FirstCriterionColumn);
        const QString text = value.typeId() == QMetaType::Double ? QString() : value.toString().trimmed();
        if (value.typeId() != QMetaType::Double && text.isEmpty()) {
            if (!row.points.remove(c.code))
                return true;
        } else {
            const std::optional<double> points = value.typeId() == QMetaType::Double
                                                     ? std::optional<double>(value.toDouble())
                                                     : ScoreCsv::parsePoints(text);
            if (!points)
                return refuse(tr("%1, %2: \"%3\" is not a number of points.").arg(row.code, c.name, text));
            if (*points < 0 || *points > c.maxPoints + 1e-9)
                return refuse(
                    tr("%1, %2: points go from 0 to %3.").arg(row.code, c.name, pointsText(c.maxPoints)));
            if (row.points.value(c.code, -1) == *points)
                return true;
            row.points.insert(c.code, *points);
        }
        emit dataChanged(this->index(index.row(), totalColumn()), this->index(index.row(), totalColumn()));
        emit totalsChanged();
    } else {
        return false;
    }
    m_modified = true;
    m_lastError.clear();
    emit dataChanged(index, index);
    return true;
}

} // namespace sangkien
