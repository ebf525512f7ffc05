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
#include <memory>
#include <optional>

namespace sangkien {

class Database;

enum class RowStatus
{
    Accepted,
    Rejected,        // errors: the import writes nothing until the row is fixed or skipped
    Duplicate,       // looks like an existing entry, or an earlier row of this sheet: skipped by default
    AlreadyImported, // this very row of this very file (by content) was imported before: always skipped
    Footer,          // below the last entry: signatures, place and date, totals, notes; never imported
};

// One data row of the sheet with what the importer makes of it.
struct PlannedRow
{
    int index = 0; // into ImportPlan::sheetRows (the wizard's plan); the count of rows before it otherwise
    int number = 0;
    RowStatus status = RowStatus::Accepted;
    // The row's entry as it would be written. A wizard's plan keeps none (a 100,000-row preview would
    // hold every entry beside its cells): Importer::entryOf() reads it again from the row when needed.
    std::shared_ptr<Entry> entry;
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
    // Does not look at footers: feed() and finish() do.
    Result<std::optional<PlannedRow>> classify(const ImportRowData& row, int index);

    // The sheet's footer: after the last entry, a block of rows without a number in STT and without a
    // title, or starting with a signature line, a place and date, "TM.", "KT.", "Người lập biểu",
    // "Tổng cộng" or "Ghi chú", or (in a numbered list) any rows without a number below a blank row.
    // Such rows are held while they may be the footer: an entry row after them makes them ordinary rows
    // again (a row inside the table without a title is an error, named by its row).
    //
    // Gives the rows decided by this one, in sheet order: the rows held before it and the row itself,
    // or nothing while the row is held. Rows are given in sheet order, once each.
    Result<QList<PlannedRow>> feed(const ImportRowData& row, int index);
    // At the end of the sheet: the rows still held, each with status Footer.
    QList<PlannedRow> finish();

    // A row holding a signature line, a place and date, a total or a note (folded text of its cells).
    static bool looksLikeFooter(const ImportRowData& row);

private:
    struct Held
    {
        ImportRowData data;
        int index = 0;
        bool mapped = false; // content in a mapped column: an ordinary row if an entry follows
    };

    Database& m_db;
    ColumnMapping m_mapping;
    QString m_sheet;
    RowValidator m_validator;
    QSet<int> m_importedBefore;
    bool m_campaignHasEntries = true;
    qint64 m_lastExistingId = 0;
    QHash<QByteArray, int> m_seen; // duplicate key → the first row holding it
    std::optional<int> m_previousNumber;
    // Footer detection (feed/finish).
    bool m_seenEntry = false;       // a row of the table was classified
    bool m_entriesNumbered = false; // the last entry row had a number in STT
    bool m_blankAfterEntry = false; // a blank row came after the last entry row
    bool m_footerWord = false;      // a held row looked like a footer line
    int m_lastFedNumber = 0;
    QList<Held> m_held;
};

} // namespace sangkien
