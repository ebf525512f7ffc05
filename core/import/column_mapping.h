#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace sangkien {

// What a spreadsheet column can hold for one imported entry.
enum class ImportField
{
    Ignore,
    Number, // STT: the row's number in the unit's list, not stored
    Code,
    Title,
    Kind, // Sáng kiến / Cải tiến kỹ thuật / Giải pháp hữu ích
    Category,
    Summary,
    NomineeKind, // Tập thể / Cá nhân
    NomineeName,
    Gender,
    BirthYear,
    Position,
    Unit,
    District,
    CoAuthors,
    Shares,
    ReceivedOn,
    FirstAppliedOn,
    Scope,
    EconomicBenefit,
    Note
};

// Every field, Ignore first, in the order the wizard lists them.
QList<ImportField> allImportFields();
// Stable ids used in mapping files: "ignore", "number", "title", "nominee_name", "first_applied_on", …
QString importFieldId(ImportField field);
std::optional<ImportField> importFieldFromId(const QString& id);
// The name the wizard shows ("Initiative title" → "Tên sáng kiến").
QString importFieldName(ImportField field);

// One column of the sheet: where it is, what its header says, and what it holds.
struct MappedColumn
{
    int index = 0; // 0-based: A = 0
    QString header;
    ImportField field = ImportField::Ignore;

    bool operator==(const MappedColumn&) const = default;
};

// Which column of a sheet holds which field, and the row the headers are on. Detected from the sheet,
// corrected by the clerk in the wizard, and saved as a named mapping to reuse on next year's files and
// with `sangkien-cli import --mapping MAP.json`.
//
// Mapping file format (UTF-8 JSON):
//   {
//     "format": "sangkien-column-mapping",   // required when present: anything else is refused
//     "version": 1,                          // newer versions are refused
//     "name": "Mẫu các huyện 2024",          // optional
//     "header_row": 4,                       // 1-based row of the headers; 0: the sheet has none
//     "columns": [                           // every column with a header, ignored ones included
//       {"letter": "A", "header": "STT", "field": "number"},
//       {"letter": "B", "header": "Tên sáng kiến", "field": "title"},
//       {"letter": "F", "header": "Ghi chú", "field": "ignore"}
//     ]
//   }
// A column needs its letter and a field id of importFieldId(); the header may be empty. Applied to
// another file (applyTo), a column is found by its header text (compared without case, diacritics or
// punctuation), so moved columns still map; the letter serves only when the saved header is empty.
class ColumnMapping
{
    Q_DECLARE_TR_FUNCTIONS(ColumnMapping)

public:
    static constexpr int kHeaderSearchRows = 10;

    QString name() const { return m_name; }
    void setName(const QString& name) { m_name = name; }

    // 1-based; data starts on the next row. 0 when the sheet has no header row.
    int headerRow() const { return m_headerRow; }
    void setHeaderRow(int row) { m_headerRow = row; }

    // All known columns, ignored ones included, ordered by index.
    QList<MappedColumn> columns() const { return m_columns; }
    ImportField field(int column) const;
    QString header(int column) const;
    // The column holding field, or -1.
    int columnOf(ImportField field) const;
    bool hasField(ImportField field) const { return columnOf(field) >= 0; }

    // Maps a column. A field sits in one column only: the column that held it before becomes Ignore.
    void setField(int column, ImportField field);
    void setColumn(int column, const QString& header, ImportField field);

    // The text of field in a data row, empty when unmapped or the row is short.
    QString value(const QStringList& row, ImportField field) const;

    // Usable for an import: a column holds the title.
    bool isValid() const { return validate().ok(); }
    Status validate() const;

    // The field a header names ("Họ và tên", "HO VA TEN", "Tên sáng kiến,\ngiải pháp" …), or Ignore.
    static ImportField recognizeHeader(const QString& header);

    // Finds the header row among the first kHeaderSearchRows rows (headers over two rows included) and
    // maps the columns it recognises. Fails when no row has a title-like column.
    static Result<ColumnMapping> detect(const QList<QStringList>& firstRows);

    // This saved mapping on another sheet: finds the header row holding the saved headers and maps each
    // by its header text wherever it moved; new, unknown headers are recognised as detect() would.
    // Fails when the title column is not found.
    Result<ColumnMapping> applyTo(const QList<QStringList>& firstRows) const;

    QJsonObject toJson() const;
    // Errors name the column at fault; their place is empty (loadFromFile puts the file there).
    static Result<ColumnMapping> fromJson(const QJsonObject& json);
    Status saveToFile(const QString& path) const;
    static Result<ColumnMapping> loadFromFile(const QString& path);

    // 0 → "A", 25 → "Z", 26 → "AA"; empty for a negative index.
    static QString columnLetter(int index);
    // "A" → 0, "aa" → 26; -1 when letters is not a column name.
    static int columnIndex(const QString& letters);

    bool operator==(const ColumnMapping&) const = default;

private:
    QString m_name;
    int m_headerRow = 0;
    QList<MappedColumn> m_columns; // sorted by index, one entry per index
};

} // namespace sangkien
