#pragma once

#include "common/result.h"
#include "import/column_mapping.h"
#include "import/import_row.h"
#include "import/import_rows.h"
#include "import/row_classifier.h"
#include "import/sheet_reader.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSet>
#include <QString>
#include <optional>

namespace sangkien {

class Database;

// How long work reports how far it got and learns that the user gave up. The wizard adapts it to a
// QProgressDialog, the CLI to a line on a terminal, tests to counters. May be called from a worker thread:
// implementations must be thread-safe for that use.
class ImportProgress
{
public:
    virtual ~ImportProgress() = default;
    virtual void setMaximum(int maximum) = 0; // 0 while the total is unknown (reading a sheet)
    virtual void setValue(int value) = 0;
    virtual bool isCancelled() const = 0;
};

struct ImportOptions
{
    QString sheet;                        // empty: the first visible sheet
    std::optional<ColumnMapping> mapping; // a saved mapping applied to the sheet; none: detected
    ReaderLimits limits;
    QDate today = QDate::currentDate();
    // The wizard lets the clerk map columns by hand: a sheet whose headers are not recognised still
    // reads, with an empty mapping and the reason in ImportPlan::mappingProblem. The CLI refuses it.
    bool allowUnmapped = false;
};

// A unit name of the sheet that names no unit of the campaign, with the rows naming it (folded: the same
// name typed without diacritics or in capitals is the same unknown unit).
struct UnknownUnit
{
    QString name;       // as the first row naming it writes it
    QString suggestion; // the closest unit of the campaign, or empty
    QList<int> rows;    // sheet row numbers
};

// Everything read from one sheet, row by row: accepted entries, rejected rows with their errors,
// duplicates. The wizard shows it and lets the clerk change the mapping or cells, then revalidates.
struct ImportPlan
{
    QString path;
    QString fileName;
    QString fileSha256; // hex; with the sheet and row, the key that makes a re-import import nothing
    QString sheet;
    QList<SheetInfo> sheets;
    ColumnMapping mapping;
    QString mappingProblem; // why no mapping was found (allowUnmapped); empty when one was
    ImportRows sheetRows;   // every non-empty row of the sheet, header rows included, kept compactly
    QList<PlannedRow> rows; // the data rows, below the header, then the footer's rows (Footer)
    ImportCatalog catalog;
    QDate today;

    int read() const; // data rows, the footer's rows not counted
    int count(RowStatus status) const;
    QList<RowError> errors() const;
    // The first ColumnMapping::kHeaderSearchRows rows as text, indexed by row - 1 and column.
    QList<QStringList> firstRows() const;
    int columnCount() const;
    // The unknown units of the rejected rows, in the order the sheet first names them.
    QList<UnknownUnit> unknownUnits() const;
};

// What the clerk decided, by sheet row number.
struct ImportDecisions
{
    QSet<int> skipRows;         // rows left out (rejected or not)
    QSet<int> importDuplicates; // duplicates imported anyway (never rows already imported)
};

struct ImportSummary
{
    int read = 0;
    int imported = 0;
    int duplicates = 0; // skipped as duplicates or as already imported
    int skipped = 0;    // left out by decision
    int footer = 0;     // rows of the sheet's footer (signatures, place and date, totals, notes)
    QList<RowError> rejected;
    QStringList codes; // of the imported entries, in row order
    QString backupPath;
};

// Reads a spreadsheet into an ImportPlan and writes its accepted rows as entries.
//
// Text cells are repaired as legacy_encoding.h recommends: the cell's font decides (".VnTime" → TCVN3,
// "VNI-Times" → VNI); without a legacy font a cell is guessed on its own, and then a column is guessed
// from its remaining cells joined together, so short names ("Hoµng") follow the column they stand in.
//
// commit() writes every chosen row in ONE transaction, after a backup ("import"); a failure or a cancel
// rolls everything back. Each entry records its source file name and row (entry.source_file/source_row),
// and import_row keeps (file SHA-256, sheet, row) so the same file imported again imports nothing.
// The audit trail gets one summary row per import (action "import"): the entry codes, the file, its hash
// and sheet, rather than thousands of "create" rows for one action of the clerk.
// The caller holds the campaign's writer lock (CampaignLock) around commit().
class Importer
{
    Q_DECLARE_TR_FUNCTIONS(Importer)

public:
    explicit Importer(Database& db)
        : m_db(db)
    {}

    Result<ImportPlan> plan(const QString& path, const ImportOptions& options = {},
                            ImportProgress* progress = nullptr);
    // After the clerk changed the mapping, a cell or the units to create.
    Status revalidate(ImportPlan& plan, ImportProgress* progress = nullptr);
    // A unit the import will create; every row naming it (folded) becomes acceptable.
    Status createUnit(ImportPlan& plan, const QString& name);
    // Every row whose unit cell names unknown (folded) is set to unitName, a unit of the campaign (or one
    // the import creates), then the plan is revalidated once. Gives how many rows changed.
    Result<int> replaceUnit(ImportPlan& plan, const QString& unknown, const QString& unitName);
    // Sets a cell as the clerk typed it and revalidates.
    Status editCell(ImportPlan& plan, int sheetRowIndex, int column, const QString& text);

    Result<ImportSummary> commit(const ImportPlan& plan, const ImportDecisions& decisions = {},
                                 ImportProgress* progress = nullptr);

    // plan() and commit() with no decisions in one pass that keeps no row: each accepted row is written
    // as it is read, inside one transaction that is rolled back unless every row is accepted, so memory
    // stays flat however long the sheet. The backup ("import") is taken at the end, from a second
    // connection that still sees the campaign as it was. With rejected rows nothing is written and the
    // summary lists them (imported 0); a dry run writes nothing and counts the rows it would import.
    // The CLI's import; same rows, codes and statuses as the wizard's plan and commit.
    Result<ImportSummary> importAll(const QString& path, const ImportOptions& options, bool dryRun,
                                    ImportProgress* progress = nullptr);

    // The sheet rows named by errors, each once, in order: "7, 12, 15"; beyond the first kListedRows,
    // their count: "7, 8, …, 40 and 13 more". The refusal of the wizard and of the CLI both say it.
    static constexpr int kListedRows = 20;
    static QString rowList(const QList<RowError>& errors);
    static QList<int> rowsOf(const QList<RowError>& errors);

    // The entry a row of the plan becomes, read again from its cells (the plan keeps no entries).
    static Entry entryOf(const ImportPlan& plan, const PlannedRow& row);

    // SHA-256 of a file's bytes, hex, read in blocks.
    static Result<QString> fileHash(const QString& path);

private:
    Database& m_db;
};

} // namespace sangkien
