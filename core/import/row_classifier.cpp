#include "row_classifier.h"

#include "storage/database.h"
#include "storage/duplicate_finder.h"
#include "storage/entry_repository.h"
#include "storage/import_row_repository.h"
#include "text/vietnamese_text.h"

#include <QRegularExpression>

namespace sangkien {
namespace {

// Forms often number their columns on the row under the headers: "(1) (2) (3)" or "1 2 3".
bool isNumberingRow(const ImportRowData& row)
{
    static const QRegularExpression number(QStringLiteral("^\\(?\\d{1,2}\\)?$"));
    if (row.cells.size() < 2)
        return false;
    for (const ImportCell& c : row.cells) {
        if (!number.match(c.text.trimmed()).hasMatch())
            return false;
    }
    return true;
}

// A data row holds something in a mapped column other than the list's own numbering (STT).
bool hasMappedContent(const ImportRowData& row, const ColumnMapping& mapping)
{
    for (const ImportCell& c : row.cells) {
        const ImportField f = mapping.field(c.column);
        if (f != ImportField::Ignore && f != ImportField::Number && !c.text.trimmed().isEmpty())
            return true;
    }
    return false;
}

// Folded text is mostly ASCII: as UTF-8 the keys of a 100,000-row sheet take half the memory.
QByteArray duplicateKey(const Entry& e)
{
    return (text::searchKey(e.title) + QLatin1Char('|') + text::searchKey(e.nominee.name)).toUtf8();
}

} // namespace

RowClassifier::RowClassifier(Database& db, const ColumnMapping& mapping, const ImportCatalog& catalog,
                             const QString& sheet, QDate today)
    : m_db(db)
    , m_mapping(mapping)
    , m_sheet(sheet)
    , m_validator(mapping, catalog, sheet, today)
{}

Status RowClassifier::loadCampaign(const QString& fileSha256)
{
    m_importedBefore.clear();
    // A campaign opened read-only (a dry run) may predate the import_row table: nothing imported then.
    auto importedBefore = ImportRowRepository(m_db).importedRows(fileSha256, m_sheet);
    if (!importedBefore)
        return importedBefore.error();
    m_importedBefore = *importedBefore;
    // An empty campaign has nothing to look like: the finder's query per row would find nothing.
    const auto lastId = EntryRepository(m_db).lastId();
    if (!lastId)
        return lastId.error();
    m_campaignHasEntries = *lastId > 0;
    m_lastExistingId = *lastId;
    return {};
}

Result<std::optional<PlannedRow>> RowClassifier::classify(const ImportRowData& data, int index)
{
    const bool underHeader = m_previousNumber && *m_previousNumber <= m_mapping.headerRow();
    m_previousNumber = data.number;
    if (data.number <= m_mapping.headerRow() || !hasMappedContent(data, m_mapping) ||
        (underHeader && isNumberingRow(data)))
        return std::optional<PlannedRow>();
    PlannedRow row;
    row.index = index;
    row.number = data.number;
    if (m_importedBefore.contains(data.number)) {
        row.status = RowStatus::AlreadyImported;
        return std::optional<PlannedRow>(std::move(row));
    }
    RowValidator::Outcome outcome = m_validator.validate(data);
    row.entry = std::move(outcome.entry);
    row.errors = std::move(outcome.errors);
    row.unknownUnit = std::move(outcome.unknownUnit);
    row.unitSuggestion = std::move(outcome.unitSuggestion);
    if (!row.errors.isEmpty()) {
        row.status = RowStatus::Rejected;
        return std::optional<PlannedRow>(std::move(row));
    }
    const QByteArray key = duplicateKey(row.entry);
    if (const auto earlier = m_seen.constFind(key); earlier != m_seen.cend()) {
        row.status = RowStatus::Duplicate;
        row.duplicateOf = QCoreApplication::translate("Importer", "row %1").arg(*earlier);
        return std::optional<PlannedRow>(std::move(row));
    }
    m_seen.insert(key, row.number);
    if (m_campaignHasEntries) {
        auto found = DuplicateFinder::find(m_db, row.entry, {}, m_lastExistingId);
        if (!found)
            return found.error();
        if (!found->isEmpty()) {
            row.status = RowStatus::Duplicate;
            row.duplicateOf = found->first().code;
        }
    }
    return std::optional<PlannedRow>(std::move(row));
}

} // namespace sangkien
