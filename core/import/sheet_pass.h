#pragma once

#include "common/result.h"
#include "import/import_row.h"
#include "import/sheet_reader.h"
#include "text/legacy_encoding.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>

namespace sangkien {

// One pass over a sheet, giving its rows as the importer keeps them: text repaired cell by cell
// (legacy fonts, NFC), then column by column (legacy_encoding.h): a column whose unconverted cells
// together look TCVN3 or VNI is converted as a whole, judged on the first kGuessRows rows. Those rows are
// read ahead and held until the guess is made; the rest stream through one at a time, so what the pass
// holds does not grow with the sheet. The wizard keeps every row it is given; the CLI keeps none.
class SheetPass
{
    Q_DECLARE_TR_FUNCTIONS(SheetPass)

public:
    static constexpr int kGuessRows = 2000;

    // Opens the file and selects the sheet (empty: the first visible one).
    Status open(const QString& path, const QString& sheet, const ReaderLimits& limits);
    QList<SheetInfo> sheets() const { return m_sheets; }
    QString sheet() const { return m_sheet; }

    // Reads the first kGuessRows rows (or the whole sheet when shorter) and settles the columns' encodings.
    Status start();
    // The first ColumnMapping::kHeaderSearchRows rows, repaired, where the header is looked for.
    QList<QStringList> firstRows() const { return firstRowsOf(m_ahead); }
    // The next repaired row; false at the end of the sheet. Frees the reader's tables at the end.
    Result<bool> next(ImportRowData& row);
    int rowsRead() const { return m_rowsRead; }

    // The first kHeaderSearchRows rows of rows as text, indexed by row - 1 and column.
    static QList<QStringList> firstRowsOf(const QList<ImportRowData>& rows);
    // A cell as read, repaired on its own (its font or a guess from its own text).
    static ImportCell toImportCell(const Cell& cell);
    // The encoding of each column whose unconverted cells, joined, look legacy-encoded.
    static QHash<int, text::LegacyEncoding> guessColumns(const QList<ImportRowData>& rows);
    // Converts a row's unconverted cells by their column's guess, then by the encoding of the row's
    // converted cells (a short name typed with the same keyboard as its row's title).
    static void repairRow(ImportRowData& row, const QHash<int, text::LegacyEncoding>& columns);

private:
    Result<bool> readRow(ImportRowData& row);

    std::unique_ptr<SheetReader> m_reader;
    QList<SheetInfo> m_sheets;
    QString m_sheet;
    SheetRow m_row;
    QList<ImportRowData> m_ahead;
    qsizetype m_aheadAt = 0;
    QHash<int, text::LegacyEncoding> m_columns;
    int m_rowsRead = 0;
};

} // namespace sangkien
