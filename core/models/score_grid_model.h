#pragma once

#include "common/result.h"
#include "review/review_package.h"
#include "storage/score_sheet_repository.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QString>

namespace sangkien {

class Database;

// One row of a member's score grid: an entry, the points given per criterion code (a missing code is a
// cell not filled yet) and the member's comment. A locked row is a sheet already submitted.
struct ScoreGridRow
{
    qint64 entryId = 0;
    QString code;
    QString title;
    QHash<QString, double> points;
    QString comment;
    bool locked = false;

    bool operator==(const ScoreGridRow&) const = default;
};

// One member's score sheets as a grid: entries as rows, criteria as columns, then the total and a
// comment. Each cell takes points from 0 to the criterion's maximum (a comma or a point for decimals);
// anything else is refused with the reason, for the view to show. The same model serves the clerk typing
// in a paper sheet and the member scoring in review mode.
class ScoreGridModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int CodeColumn = 0;
    static constexpr int TitleColumn = 1;
    static constexpr int FirstCriterionColumn = 2;
    // True for cells below the criterion's minimum (the view marks them).
    static constexpr int BelowMinimumRole = Qt::UserRole + 1;

    explicit ScoreGridModel(QObject* parent = nullptr);

    void setGrid(QList<ReviewCriterion> criteria, QList<ScoreGridRow> rows);
    // The member's grid in the office: the entries the member may score (assignments and conflicts
    // applied), with the member's stored sheets; submitted ones locked.
    Status loadFromCampaign(Database& db, qint64 memberId);
    // The grid of a review package, opening where the member left it; sheets the office had submitted
    // are locked.
    void loadFromPackage(const ReviewPackageContent& package);

    const QList<ReviewCriterion>& criteria() const { return m_criteria; }
    const QList<ScoreGridRow>& rows() const { return m_rows; }
    int totalColumn() const { return FirstCriterionColumn + int(m_criteria.size()); }
    int commentColumn() const { return totalColumn() + 1; }
    double total(int row) const;
    bool isComplete(int row) const;
    int completeCount() const;
    bool isModified() const { return m_modified; }
    void setModified(bool modified) { m_modified = modified; }
    Q_INVOKABLE QString lastError() const { return m_lastError; }

    // The unlocked rows with at least one point or a comment, as sheets to write in the office.
    Result<QList<SheetWrite>> sheetWrites(Database& db) const;
    // Every row with at least one point or a comment (the member's draft on the laptop).
    QList<ReturnSheet> returnSheets() const;
    // What a score return to the package carries: the rows the member changed from what the package held;
    // untouched and read-only (submitted in the office) sheets are left to the office.
    QList<ReturnSheet> returnSheets(const ReviewPackageContent& package) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

signals:
    void totalsChanged();

private:
    bool refuse(const QString& why);
    bool isCriterionColumn(int column) const;
    bool hasContent(const ScoreGridRow& row) const;

    QList<ReviewCriterion> m_criteria;
    QList<ScoreGridRow> m_rows;
    bool m_modified = false;
    QString m_lastError;
};

} // namespace sangkien
