#include "import_preview_model.h"

#include <QBrush>
#include <QColor>

namespace sangkien {

ImportPreviewModel::ImportPreviewModel(Importer& importer, QObject* parent)
    : QAbstractTableModel(parent)
    , m_importer(importer)
{}

void ImportPreviewModel::setPlan(ImportPlan* plan)
{
    beginResetModel();
    m_plan = plan;
    m_skipped.clear();
    m_duplicatesTaken.clear();
    m_columns = m_plan ? m_plan->columnCount() : 0;
    endResetModel();
}

void ImportPreviewModel::refresh()
{
    beginResetModel();
    m_columns = m_plan ? m_plan->columnCount() : 0;
    endResetModel();
}

int ImportPreviewModel::sheetColumn(int modelColumn) const
{
    return modelColumn >= FixedColumns ? modelColumn - FixedColumns : -1;
}

const PlannedRow* ImportPreviewModel::plannedRow(int modelRow) const
{
    if (!m_plan || modelRow < 0 || modelRow >= m_plan->rows.size())
        return nullptr;
    return &m_plan->rows[modelRow];
}

int ImportPreviewModel::modelRowOf(int sheetRow) const
{
    if (!m_plan)
        return -1;
    for (int i = 0; i < m_plan->rows.size(); ++i) {
        if (m_plan->rows[i].number == sheetRow)
            return i;
    }
    return -1;
}

void ImportPreviewModel::setImported(int sheetRow, bool import)
{
    const int row = modelRowOf(sheetRow);
    if (row < 0)
        return;
    const PlannedRow& r = m_plan->rows[row];
    if (r.status == RowStatus::AlreadyImported || r.status == RowStatus::Footer)
        return;
    if (r.status == RowStatus::Duplicate) {
        if (import)
            m_duplicatesTaken.insert(sheetRow);
        else
            m_duplicatesTaken.remove(sheetRow);
        m_skipped.remove(sheetRow);
    } else {
        if (import)
            m_skipped.remove(sheetRow);
        else
            m_skipped.insert(sheetRow);
    }
    emit dataChanged(index(row, 0), index(row, columnCount() - 1));
}

bool ImportPreviewModel::isImported(int sheetRow) const
{
    const int row = modelRowOf(sheetRow);
    if (row < 0)
        return false;
    switch (m_plan->rows[row].status) {
    case RowStatus::AlreadyImported:
    case RowStatus::Footer:
        return false;
    case RowStatus::Duplicate:
        return m_duplicatesTaken.contains(sheetRow);
    default:
        return !m_skipped.contains(sheetRow);
    }
}

ImportDecisions ImportPreviewModel::decisions() const
{
    return {m_skipped, m_duplicatesTaken};
}

Status ImportPreviewModel::editCell(int sheetRow, int column, const QString& text)
{
    if (!m_plan)
        return Error{tr("Nothing is read yet."), QString(), ErrorKind::Refused};
    int index = -1;
    for (int i = 0; i < m_plan->sheetRows.size() && index < 0; ++i) {
        if (m_plan->sheetRows.number(i) == sheetRow)
            index = i;
    }
    beginResetModel();
    Status s = m_importer.editCell(*m_plan, index, column, text);
    m_columns = m_plan->columnCount();
    endResetModel();
    if (!s)
        emit failed(s.error());
    return s;
}

Status ImportPreviewModel::createUnit(const QString& name)
{
    if (!m_plan)
        return Error{tr("Nothing is read yet."), QString(), ErrorKind::Refused};
    beginResetModel();
    Status s = m_importer.createUnit(*m_plan, name);
    endResetModel();
    if (!s)
        emit failed(s.error());
    return s;
}

Result<int> ImportPreviewModel::replaceUnit(const QString& unknown, const QString& unitName)
{
    if (!m_plan)
        return Error{tr("Nothing is read yet."), QString(), ErrorKind::Refused};
    beginResetModel();
    auto changed = m_importer.replaceUnit(*m_plan, unknown, unitName);
    endResetModel();
    if (!changed)
        emit failed(changed.error());
    return changed;
}

Status ImportPreviewModel::setMapping(const ColumnMapping& mapping)
{
    if (!m_plan)
        return Error{tr("Nothing is read yet."), QString(), ErrorKind::Refused};
    beginResetModel();
    m_plan->mapping = mapping;
    Status s = m_importer.revalidate(*m_plan);
    m_columns = m_plan->columnCount();
    endResetModel();
    if (!s)
        emit failed(s.error());
    return s;
}

int ImportPreviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_plan ? 0 : int(m_plan->rows.size());
}

int ImportPreviewModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_plan ? 0 : FixedColumns + m_columns;
}

QString ImportPreviewModel::statusText(const PlannedRow& row) const
{
    switch (row.status) {
    case RowStatus::Accepted:
        return tr("Ready");
    case RowStatus::Rejected:
        return tr("%n problem(s)", nullptr, int(row.errors.size()));
    case RowStatus::Duplicate:
        return tr("Duplicate of %1").arg(row.duplicateOf);
    case RowStatus::AlreadyImported:
        return tr("Already imported");
    case RowStatus::Footer:
        return tr("Footer (not imported)");
    }
    return {};
}

QStringList ImportPreviewModel::problemsAt(const PlannedRow& row, int sheetColumn) const
{
    QStringList out;
    const QString letter = ColumnMapping::columnLetter(sheetColumn);
    for (const RowError& e : row.errors) {
        if (sheetColumn < 0 || e.column == letter)
            out << (sheetColumn < 0 && !e.column.isEmpty() ? e.column + QStringLiteral(": ") + e.reason
                                                           : e.reason);
    }
    return out;
}

QVariant ImportPreviewModel::data(const QModelIndex& index, int role) const
{
    const PlannedRow* row = index.isValid() ? plannedRow(index.row()) : nullptr;
    if (!row)
        return {};
    const int column = sheetColumn(index.column());
    if (role == StatusRole)
        return int(row->status);
    if (role == SheetRowRole)
        return row->number;

    if (index.column() == ImportColumn) {
        if (role == Qt::CheckStateRole)
            return isImported(row->number) ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::DisplayRole)
            return row->number;
        return {};
    }
    if (index.column() == ProblemsColumn) {
        switch (role) {
        case Qt::DisplayRole:
        case Qt::ToolTipRole:
            return problemsAt(*row, -1).join(role == Qt::DisplayRole ? QStringLiteral("; ")
                                                                     : QStringLiteral("\n"));
        case ProblemsRole:
            return problemsAt(*row, -1);
        case Qt::ForegroundRole:
            if (row->status == RowStatus::Rejected)
                return QBrush(QColor(0x84, 0x20, 0x29));
            return {};
        default:
            return {};
        }
    }
    if (index.column() == StatusColumn) {
        switch (role) {
        case Qt::DisplayRole:
            return statusText(*row);
        case Qt::ToolTipRole:
        case ProblemsRole: {
            const QStringList problems = problemsAt(*row, -1);
            return role == ProblemsRole ? QVariant(problems) : QVariant(problems.join(QLatin1Char('\n')));
        }
        case Qt::ForegroundRole:
            if (row->status == RowStatus::Footer)
                return QBrush(QColor(0x6C, 0x75, 0x7D));
            return {};
        case Qt::BackgroundRole:
            if (row->status == RowStatus::Rejected)
                return QBrush(QColor(0xF8, 0xD7, 0xDA));
            if (row->status != RowStatus::Accepted)
                return QBrush(QColor(0xE2, 0xE3, 0xE5));
            return {};
        default:
            return {};
        }
    }

    // Decoded alone from the plan's compact rows: only the cells the view asks for become strings.
    const std::optional<ImportCell> cell = m_plan->sheetRows.cell(row->index, column);
    if (row->status == RowStatus::Footer) {
        // The sheet's footer, greyed: shown as it is, neither imported nor checked.
        if (role == Qt::ForegroundRole)
            return QBrush(QColor(0x6C, 0x75, 0x7D));
        if (role == Qt::BackgroundRole)
            return QBrush(QColor(0xF1, 0xF3, 0xF5));
        if (role == Qt::ToolTipRole)
            return tr("The sheet's footer (signatures, place and date, totals, notes): not imported.");
    }
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return cell ? cell->text : QString();
    case ProblemsRole:
        return problemsAt(*row, column);
    case ConvertedRole:
        return cell && cell->converted();
    case Qt::ToolTipRole: {
        QStringList tips = problemsAt(*row, column);
        if (cell && cell->convertedFrom != text::LegacyEncoding::None)
            tips << tr("Converted from %1.").arg(text::legacyEncodingName(cell->convertedFrom));
        else if (cell && cell->normalized)
            tips << tr("Decomposed letters composed (NFC).");
        return tips.isEmpty() ? QVariant() : QVariant(tips.join(QLatin1Char('\n')));
    }
    case Qt::BackgroundRole:
        if (!problemsAt(*row, column).isEmpty())
            return QBrush(QColor(0xF8, 0xD7, 0xDA));
        if (cell && cell->edited)
            return QBrush(QColor(0xD4, 0xED, 0xDA));
        if (cell && cell->converted())
            return QBrush(QColor(0xFF, 0xF3, 0xCD));
        return {};
    default:
        return {};
    }
}

bool ImportPreviewModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    const PlannedRow* row = index.isValid() ? plannedRow(index.row()) : nullptr;
    if (!row)
        return false;
    if (index.column() == ImportColumn && role == Qt::CheckStateRole) {
        setImported(row->number, value.toInt() == Qt::Checked);
        return true;
    }
    const int column = sheetColumn(index.column());
    if (column < 0 || role != Qt::EditRole)
        return false;
    return editCell(row->number, column, value.toString()).ok();
}

Qt::ItemFlags ImportPreviewModel::flags(const QModelIndex& index) const
{
    const PlannedRow* row = index.isValid() ? plannedRow(index.row()) : nullptr;
    if (!row)
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (row->status == RowStatus::Footer)
        return f;
    if (index.column() == ImportColumn && row->status != RowStatus::AlreadyImported)
        f |= Qt::ItemIsUserCheckable;
    if (index.column() >= FixedColumns && row->status != RowStatus::AlreadyImported)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || !m_plan)
        return {};
    if (orientation == Qt::Vertical)
        return {};
    if (section == ImportColumn)
        return tr("Row");
    if (section == StatusColumn)
        return tr("Status");
    if (section == ProblemsColumn)
        return tr("Problems");
    const int column = sheetColumn(section);
    const ImportField field = m_plan->mapping.field(column);
    const QString letter = ColumnMapping::columnLetter(column);
    return field == ImportField::Ignore ? letter
                                        : QStringLiteral("%1 \u2192 %2").arg(letter, importFieldName(field));
}

} // namespace sangkien
