#pragma once

#include "common/result.h"
#include "domain/content_category.h"
#include "domain/entry.h"
#include "domain/unit.h"
#include "import/column_mapping.h"
#include "text/legacy_encoding.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QVariant>
#include <optional>

namespace sangkien {

class Database;

// Why one spreadsheet row cannot become an entry, placed as the spreadsheet program shows it.
struct RowError
{
    QString sheet;
    int row = 0;    // 1-based sheet row (for CSV the record number)
    QString column; // "C"; empty when the problem belongs to no single column
    QString reason;
    QString field; // the ImportField id or EntryValidator field, so the wizard can offer a fix

    // "Sheet “Danh sách”, row 7, column C: …"
    QString text() const;
    bool operator==(const RowError&) const = default;
};

// One non-empty cell as the importer keeps it: repaired text, and the typed value where the text is not
// enough (dates, numbers). Kept small: a plan holds every row of the sheet.
struct ImportCell
{
    int column = 0;
    QString text;   // repaired, NFC
    QVariant value; // QDate/QDateTime/double/bool for typed cells; null for strings
    text::LegacyEncoding convertedFrom = text::LegacyEncoding::None;
    bool normalized = false; // NFD text composed to NFC
    bool edited = false;     // changed by the clerk in the preview

    bool converted() const { return convertedFrom != text::LegacyEncoding::None || normalized; }
    bool operator==(const ImportCell&) const = default;
};

// A data row of the sheet, cells by ascending column.
struct ImportRowData
{
    int number = 0;
    QList<ImportCell> cells;

    const ImportCell* cell(int column) const;
    QString text(int column) const;
    // Sets (or, with empty text, removes) a cell's text as the clerk typed it.
    void setText(int column, const QString& text);
    bool operator==(const ImportRowData&) const = default;
};

// The campaign's reference lists, loaded once per import, with the units the clerk chose to create.
class ImportCatalog
{
    Q_DECLARE_TR_FUNCTIONS(ImportCatalog)

public:
    static Result<ImportCatalog> load(Database& db);

    QList<ContentCategory> categories;
    QList<Unit> units; // units still to create have a negative id
    QHash<int, QString> kindNames;
    QHash<qint64, QString> pendingUnitKinds; // unit kind code ("district", …) of each unit to create

    // A category written as "2.d", "2d", "2 d", "II.2.d", its wording, or the folded start of its wording.
    std::optional<qint64> findCategory(const QString& text) const;
    std::optional<EntryKind> findKind(const QString& text) const;
    // A unit by its name, ignoring case, diacritics and spacing.
    std::optional<qint64> findUnit(const QString& name) const;
    // The closest unit by folded words, for "did you mean"; empty when none is close.
    QString suggestUnit(const QString& name) const;
    // A unit the import will create (negative id until commit); its kind guessed from its name.
    qint64 addPendingUnit(const QString& name);
    QString unitName(qint64 id) const;

private:
    QHash<QString, qint64> m_unitByKey;
    qint64 m_nextPendingId = -1;
};

// Turns one mapped row into an Entry, or into the reasons it cannot be one. Text is already repaired
// (see Importer): this class only reads values. The rules of EntryValidator apply on top of its own
// reading rules, each problem placed on the column it comes from.
class RowValidator
{
    Q_DECLARE_TR_FUNCTIONS(RowValidator)

public:
    RowValidator(const ColumnMapping& mapping, const ImportCatalog& catalog, QString sheet,
                 QDate today = QDate::currentDate());

    struct Outcome
    {
        Entry entry;
        QList<RowError> errors;
        QString unknownUnit;    // the unit name that matched no unit (the wizard offers to create it)
        QString unitSuggestion; // the closest known unit to it
    };
    Outcome validate(const ImportRowData& row) const;

    // Reading helpers, public for tests.
    static std::optional<QDate> parseDate(const ImportCell& cell);
    // "60%", "60", "0,6", "0.6" (a fraction), a number cell 0.6 → 60.
    static std::optional<double> parseShare(const QString& text, const QVariant& value = {});
    // Names in one cell separated by ";", "," or line breaks; a name may carry its share: "Lê Văn B (40%)".
    struct NamedShare
    {
        QString name;
        std::optional<double> share;
    };
    static QList<NamedShare> splitAuthors(const QString& cell);
    static std::optional<Gender> parseGender(const QString& text);
    static std::optional<NomineeKind> parseNomineeKind(const QString& text);

private:
    RowError errorAt(int row, ImportField field, const QString& reason) const;
    RowError errorAtColumn(int row, int column, const QString& field, const QString& reason) const;

    ColumnMapping m_mapping;
    const ImportCatalog& m_catalog;
    QString m_sheet;
    QDate m_today;
};

} // namespace sangkien
