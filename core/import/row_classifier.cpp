#include "row_classifier.h"

#include "storage/database.h"
#include "storage/duplicate_finder.h"
#include "storage/entry_repository.h"
#include "storage/import_row_repository.h"
#include "text/vietnamese_text.h"

#include <QRegularExpression>
#include <array>

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

// Any cell with text at all.
bool hasText(const ImportRowData& row)
{
    for (const ImportCell& c : row.cells) {
        if (!c.text.trimmed().isEmpty())
            return true;
    }
    return false;
}

// The row's STT holds a number: "7", "7.", "(7)", or a number cell.
bool hasNumber(const ImportRowData& row, const ColumnMapping& mapping)
{
    const int column = mapping.columnOf(ImportField::Number);
    if (column < 0)
        return false;
    const ImportCell* c = row.cell(column);
    if (!c)
        return false;
    if (c->value.typeId() == QMetaType::Double || c->value.typeId() == QMetaType::Int ||
        c->value.typeId() == QMetaType::LongLong)
        return true;
    static const QRegularExpression number(QStringLiteral("^\\(?\\d{1,7}[.)]?\\)?$"));
    return number.match(c->text.trimmed()).hasMatch();
}

bool hasTitle(const ImportRowData& row, const ColumnMapping& mapping)
{
    const int column = mapping.columnOf(ImportField::Title);
    return column >= 0 && !row.text(column).trimmed().isEmpty();
}

// The folded title and nominee, kept for every row of the sheet as 16 bytes: two differently seeded
// hashes of the text (two different rows collide about once in 10^27 for a million rows), a quarter of
// the memory of the text itself.
QByteArray duplicateKey(const Entry& e)
{
    const QByteArray text =
        (text::searchKey(e.title) + QLatin1Char('|') + text::searchKey(e.nominee.name)).toUtf8();
    const std::array<quint64, 2> hashes{quint64(qHash(QByteArrayView(text), size_t(0x53616e67))),
                                        quint64(qHash(QByteArrayView(text), size_t(0x4b69656e)))};
    return QByteArray(reinterpret_cast<const char*>(hashes.data()), qsizetype(sizeof(hashes)));
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

bool RowClassifier::looksLikeFooter(const ImportRowData& row)
{
    // Folded (no case, no diacritics): "Văn Lâm, ngày 15 tháng 3 năm 2024" → "van lam, ngay 15 thang 3 nam
    // 2024".
    static const QRegularExpression line(
        QStringLiteral("^(tm|t/m|kt|k/t|tl|t/l|tuq|q)[.:]\\s|^(tm|kt|tl|tuq)\\.|"
                       "^(nguoi lap|nguoi ky|nguoi duyet|nguoi tong hop|lap bieu|tong cong|cong:|tong so|"
                       "ghi chu|luu y|noi nhan|xac nhan|thu truong|lanh dao|chu tich|pho chu tich|"
                       "giam doc|pho giam doc|truong phong|truong ban|ke toan|van thu|"
                       "\\(ky|\\(da ky|ky ten|ky, ghi ro|danh sach (nay )?(co|gom))"));
    static const QRegularExpression date(
        QStringLiteral("(^|[,\\s])ngay\\b.{0,12}\\bthang\\b.{0,12}\\bnam\\b"));
    for (const ImportCell& c : row.cells) {
        const QString key = text::searchKey(c.text);
        if (key.isEmpty())
            continue;
        if (line.match(key).hasMatch() || date.match(key).hasMatch())
            return true;
    }
    return false;
}

Result<QList<PlannedRow>> RowClassifier::feed(const ImportRowData& data, int index)
{
    QList<PlannedRow> out;
    const bool gap = m_lastFedNumber > 0 && data.number > m_lastFedNumber + 1;
    m_lastFedNumber = data.number;
    const bool inTable = m_seenEntry && data.number > m_mapping.headerRow();
    if (inTable && gap)
        m_blankAfterEntry = true;
    const bool mapped = hasMappedContent(data, m_mapping);
    if (inTable) {
        if (!hasText(data)) {
            m_blankAfterEntry = true;
            return out;
        }
        bool footer = false;
        // Folding every cell for the footer's words is needed only for a row that may be a footer: an
        // entry row with its number in STT is not looked at.
        std::optional<bool> word;
        auto looksLikeFooterLine = [&]() {
            if (!word)
                word = looksLikeFooter(data);
            return *word;
        };
        if (!mapped) {
            footer = true; // text only in unmapped columns: a signature standing to the right, perhaps
        } else if (!hasNumber(data, m_mapping)) {
            const bool title = hasTitle(data, m_mapping);
            footer =
                !title || looksLikeFooterLine() || m_footerWord || (m_blankAfterEntry && m_entriesNumbered);
        }
        if (footer) {
            m_footerWord = m_footerWord || looksLikeFooterLine();
            m_held.append(Held{data, index, mapped});
            return out;
        }
    }
    // An entry row: what was held is part of the table after all.
    for (const Held& h : std::as_const(m_held)) {
        if (!h.mapped)
            continue;
        auto row = classify(h.data, h.index);
        if (!row)
            return row.error();
        if (*row)
            out.append(std::move(**row));
    }
    m_held.clear();
    m_footerWord = false;
    auto row = classify(data, index);
    if (!row)
        return row.error();
    if (*row) {
        out.append(std::move(**row));
        m_seenEntry = true;
        m_blankAfterEntry = false;
        m_entriesNumbered = hasNumber(data, m_mapping);
    }
    return out;
}

QList<PlannedRow> RowClassifier::finish()
{
    QList<PlannedRow> out;
    for (const Held& h : std::as_const(m_held)) {
        PlannedRow row;
        row.index = h.index;
        row.number = h.data.number;
        row.status = RowStatus::Footer;
        out.append(std::move(row));
    }
    m_held.clear();
    m_footerWord = false;
    return out;
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
    row.entry = std::make_shared<Entry>(std::move(outcome.entry));
    row.errors = std::move(outcome.errors);
    row.unknownUnit = std::move(outcome.unknownUnit);
    row.unitSuggestion = std::move(outcome.unitSuggestion);
    if (!row.errors.isEmpty()) {
        row.status = RowStatus::Rejected;
        return std::optional<PlannedRow>(std::move(row));
    }
    const QByteArray key = duplicateKey(*row.entry);
    if (const auto earlier = m_seen.constFind(key); earlier != m_seen.cend()) {
        row.status = RowStatus::Duplicate;
        row.duplicateOf = QCoreApplication::translate("Importer", "row %1").arg(*earlier);
        return std::optional<PlannedRow>(std::move(row));
    }
    m_seen.insert(key, row.number);
    if (m_campaignHasEntries) {
        auto found = DuplicateFinder::find(m_db, *row.entry, {}, m_lastExistingId);
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
