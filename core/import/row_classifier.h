#pragma once

#include "common/result.h"
#include "import/column_mapping.h"
#include "import/import_row.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <optional>

namespace sangkien {

class Database;

enum class RowStatus
{
    Accepted,
    Rejected,        // errors: the import writes nothing until the row is fixed or skipped
    Duplicate,       // looks like an existing entry, or an earlier row of this sheet: skipped by default
    AlreadyImported, // this very row of this very file (by content) was imported before: always skipped
};

// One data row of the sheet with what the importer makes of it.
struct PlannedRow
{
    int index = 0; // into ImportPlan::sheetRows (the wizard's plan); the count of rows before it otherwise
    int number = 0;
    RowStatus status = RowStatus::Accepted;
    Entry entry;
    QList<RowError> errors;
    QString duplicateOf; // the entry code it duplicates, or "row N" of this sheet
    QString unknownUnit;
    QString unitSuggestion;
};

// Decides what each row of a sheet is to the import, given in sheet order: no data (headers, the
// numbering row under them, nothing in a mapped column), imported before, rejected with its errors, a
// duplicate of an existing entry or of an earlier row, or accepted with its entry. The wizard's plan and
// the CLI's one-pass import both go through it, so they agree row by row.
class RowClassifier
{
public:
    RowClassifier(Database& db, const ColumnMapping& mapping, const ImportCatalog& catalog,
                  const QString& sheet, QDate today);

    // What the campaign already holds: the rows of this file (by content hash) imported before, and the
    // entries an imported row could duplicate. Entries written after this call (by a one-pass import
    // itself) are not looked at: rows of one sheet are compared by their own key.
    Status loadCampaign(const QString& fileSha256);
    // The row's verdict, or nothing when it holds no data. index is kept in PlannedRow::index.
    Result<std::optional<PlannedRow>> classify(const ImportRowData& row, int index);

private:
    Database& m_db;
    ColumnMapping m_mapping;
    QString m_sheet;
    RowValidator m_validator;
    QSet<int> m_importedBefore;
    bool m_campaignHasEntries = true;
    qint64 m_lastExistingId = 0;
    QHash<QByteArray, int> m_seen; // duplicate key → the first row holding it
    std::optional<int> m_previousNumber;
};

} // namespace sangkien
