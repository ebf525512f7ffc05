#include "importer.h"

#include "storage/audit_log.h"
#include "storage/backup_manager.h"
#include "storage/catalog_repository.h"
#include "storage/database.h"
#include "storage/duplicate_finder.h"
#include "storage/entry_repository.h"
#include "text/vietnamese_text.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>

namespace sangkien {
namespace {

using text::LegacyEncoding;

// A font that makes repairCell convert from a guessed encoding.
QString fontFor(LegacyEncoding encoding)
{
    return encoding == LegacyEncoding::Tcvn3 ? QStringLiteral(".VnTime") : QStringLiteral("VNI-Times");
}

bool hasNonAscii(const QString& s)
{
    for (QChar c : s) {
        if (c.unicode() > 0x7F)
            return true;
    }
    return false;
}

ImportCell toImportCell(const Cell& cell)
{
    ImportCell out;
    out.column = cell.column;
    if (!cell.isString()) {
        out.text = cell.text;
        out.value = cell.value;
        return out;
    }
    // Rich text: each run by its own font, so one .VnTime word in a Unicode cell is still repaired.
    if (!cell.runs.isEmpty()) {
        for (const CellRun& run : cell.runs) {
            const auto repaired = text::repairCell(run.text, run.font.isEmpty() ? cell.font : run.font, true);
            out.text += repaired.text;
            if (repaired.from != LegacyEncoding::None)
                out.convertedFrom = repaired.from;
            out.normalized = out.normalized || repaired.normalized;
        }
        return out;
    }
    const auto repaired = text::repairCell(cell.text, cell.font, true);
    out.text = repaired.text;
    out.convertedFrom = repaired.from;
    out.normalized = repaired.normalized;
    return out;
}

// Columns whose unconverted cells together look legacy-encoded are converted as a whole.
void repairByColumn(QList<ImportRowData>& rows)
{
    QHash<int, QString> joined;
    for (const ImportRowData& row : rows) {
        for (const ImportCell& c : row.cells) {
            if (c.value.isNull() && c.convertedFrom == LegacyEncoding::None && hasNonAscii(c.text) &&
                !text::hasUnicodeVietnamese(c.text))
                joined[c.column] += c.text + QLatin1Char('\n');
        }
    }
    QHash<int, LegacyEncoding> guessed; // may stay empty: the row pass below still runs
    for (auto it = joined.cbegin(); it != joined.cend(); ++it) {
        const LegacyEncoding e = text::guessEncoding(it.value());
        if (e != LegacyEncoding::None)
            guessed.insert(it.key(), e);
    }
    // Then a row: a short name ("Phaïm Thò Thu") typed in the same keyboard as its row's converted title.
    // Either guess is kept only when it yields Vietnamese letters, so French or German names stay.
    auto convert = [](ImportCell& c, LegacyEncoding e) {
        const auto repaired = text::repairCell(c.text, fontFor(e), false);
        if (repaired.text != c.text && text::hasUnicodeVietnamese(repaired.text)) {
            c.text = repaired.text;
            c.convertedFrom = e;
        }
    };
    auto candidate = [](const ImportCell& c) {
        return c.value.isNull() && c.convertedFrom == LegacyEncoding::None && hasNonAscii(c.text) &&
               !text::hasUnicodeVietnamese(c.text);
    };
    for (ImportRowData& row : rows) {
        LegacyEncoding rowEncoding = LegacyEncoding::None;
        for (const ImportCell& c : row.cells) {
            if (c.convertedFrom != LegacyEncoding::None)
                rowEncoding = c.convertedFrom;
        }
        for (ImportCell& c : row.cells) {
            if (!candidate(c))
                continue;
            if (const auto g = guessed.constFind(c.column); g != guessed.cend())
                convert(c, *g);
            if (candidate(c) && rowEncoding != LegacyEncoding::None)
                convert(c, rowEncoding);
        }
    }
}

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

QString duplicateKey(const Entry& e)
{
    return text::searchKey(e.title) + QLatin1Char('|') + text::searchKey(e.nominee.name);
}

Error cancelled(const QString& place)
{
    return Error{Importer::tr("The import was cancelled; nothing was written."), place};
}

} // namespace

int ImportPlan::count(RowStatus status) const
{
    return int(
        std::count_if(rows.begin(), rows.end(), [&](const PlannedRow& r) { return r.status == status; }));
}

QList<RowError> ImportPlan::errors() const
{
    QList<RowError> out;
    for (const PlannedRow& r : rows)
        out.append(r.errors);
    return out;
}

QList<QStringList> ImportPlan::firstRows() const
{
    QList<QStringList> out(ColumnMapping::kHeaderSearchRows);
    for (const ImportRowData& row : sheetRows) {
        if (row.number < 1 || row.number > ColumnMapping::kHeaderSearchRows)
            continue;
        QStringList& texts = out[row.number - 1];
        for (const ImportCell& c : row.cells) {
            if (c.column >= 1024)
                break; // headers beyond this are noise, and a huge list would waste memory
            while (texts.size() <= c.column)
                texts.append(QString());
            texts[c.column] = c.text;
        }
    }
    return out;
}

int ImportPlan::columnCount() const
{
    int n = 0;
    for (const MappedColumn& c : mapping.columns())
        n = std::max(n, c.index + 1);
    for (const PlannedRow& r : rows) {
        const auto& cells = sheetRows[r.index].cells;
        if (!cells.isEmpty())
            n = std::max(n, cells.last().column + 1);
    }
    return n;
}

Result<QString> Importer::fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("The file cannot be read: %1").arg(file.errorString()), SheetReader::place(path)};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return Error{tr("The file cannot be read: %1").arg(file.errorString()), SheetReader::place(path)};
    return QString::fromLatin1(hash.result().toHex());
}

Result<ImportPlan> Importer::plan(const QString& path, const ImportOptions& options, ImportProgress* progress)
{
    ImportPlan plan;
    plan.path = path;
    plan.fileName = QFileInfo(path).fileName();
    plan.today = options.today;
    const QString filePlace = SheetReader::place(path);

    auto hash = fileHash(path);
    if (!hash)
        return hash.error();
    plan.fileSha256 = *hash;

    auto reader = SheetReader::forFile(path, options.limits);
    if (!reader)
        return Error{tr("This is not a spreadsheet the program can read (.xlsx, .ods, .xls or .csv)."),
                     filePlace};
    if (Status s = reader->open(path); !s)
        return s.error();
    plan.sheets = reader->sheets();
    if (!options.sheet.isEmpty()) {
        if (Status s = reader->selectSheet(options.sheet); !s)
            return s.error();
    }
    plan.sheet = reader->currentSheet();

    if (progress)
        progress->setMaximum(0);
    SheetRow row;
    int count = 0;
    while (true) {
        auto next = reader->nextRow(row);
        if (!next)
            return next.error();
        if (!*next)
            break;
        ImportRowData data;
        data.number = row.number;
        data.cells.reserve(row.cells.size());
        for (const Cell& c : row.cells)
            data.cells.append(toImportCell(c));
        plan.sheetRows.append(std::move(data));
        if (++count % 256 == 0 && progress) {
            progress->setValue(count);
            if (progress->isCancelled())
                return cancelled(filePlace);
        }
    }
    // The reader's tables (an .xlsx's shared strings) are no longer needed: free them before validating.
    reader.reset();
    plan.sheetRows.squeeze();
    repairByColumn(plan.sheetRows);

    const QList<QStringList> first = plan.firstRows();
    auto mapping = options.mapping ? options.mapping->applyTo(first) : ColumnMapping::detect(first);
    if (mapping)
        plan.mapping = *mapping;
    else if (options.allowUnmapped)
        plan.mappingProblem = mapping.error().message;
    else
        return Error{mapping.error().message, SheetReader::place(path, plan.sheet)};

    auto catalog = ImportCatalog::load(m_db);
    if (!catalog)
        return catalog.error();
    plan.catalog = *catalog;

    if (Status s = revalidate(plan, progress); !s)
        return s.error();
    return plan;
}

Status Importer::revalidate(ImportPlan& plan, ImportProgress* progress)
{
    // Rows of this file imported before: the key is the content hash, so a renamed copy counts too.
    QSet<int> importedBefore;
    // A campaign opened read-only (a dry run) may predate the import_row table: nothing imported then.
    QSqlQuery exists(m_db.connection());
    if (exists.exec(
            QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'import_row'")) &&
        exists.next()) {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT row FROM import_row WHERE file_sha256 = ? AND sheet = ?"));
        q.addBindValue(plan.fileSha256);
        q.addBindValue(plan.sheet);
        if (!q.exec())
            return sqlError(q, m_db.path());
        while (q.next())
            importedBefore.insert(q.value(0).toInt());
    }

    // An empty campaign has nothing to look like: the finder's query per row would find nothing.
    bool campaignHasEntries = true;
    {
        QSqlQuery q(m_db.connection());
        if (q.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM entry)")) && q.next())
            campaignHasEntries = q.value(0).toBool();
    }

    const RowValidator validator(plan.mapping, plan.catalog, plan.sheet, plan.today);
    QHash<QString, int> seen; // duplicate key → the first row holding it
    plan.rows.clear();
    plan.rows.reserve(plan.sheetRows.size()); // grown by doubling, a big list would be copied and overshoot
    if (progress)
        progress->setMaximum(int(plan.sheetRows.size()));
    for (int i = 0; i < plan.sheetRows.size(); ++i) {
        const ImportRowData& data = plan.sheetRows[i];
        if (progress && i % 256 == 0) {
            progress->setValue(i);
            if (progress->isCancelled())
                return cancelled(SheetReader::place(plan.path, plan.sheet));
        }
        if (data.number <= plan.mapping.headerRow() || !hasMappedContent(data, plan.mapping) ||
            (i > 0 && plan.sheetRows[i - 1].number <= plan.mapping.headerRow() && isNumberingRow(data)))
            continue;
        PlannedRow row;
        row.index = i;
        row.number = data.number;
        if (importedBefore.contains(data.number)) {
            row.status = RowStatus::AlreadyImported;
            plan.rows.append(row);
            continue;
        }
        RowValidator::Outcome outcome = validator.validate(data);
        row.entry = std::move(outcome.entry);
        row.errors = std::move(outcome.errors);
        row.unknownUnit = outcome.unknownUnit;
        row.unitSuggestion = outcome.unitSuggestion;
        if (!row.errors.isEmpty()) {
            row.status = RowStatus::Rejected;
        } else {
            const QString key = duplicateKey(row.entry);
            if (const auto earlier = seen.constFind(key); earlier != seen.cend()) {
                row.status = RowStatus::Duplicate;
                row.duplicateOf = tr("row %1").arg(*earlier);
            } else {
                seen.insert(key, row.number);
                if (campaignHasEntries) {
                    auto found = DuplicateFinder::find(m_db, row.entry);
                    if (!found)
                        return found.error();
                    if (!found->isEmpty()) {
                        row.status = RowStatus::Duplicate;
                        row.duplicateOf = found->first().code;
                    }
                }
            }
        }
        plan.rows.append(std::move(row));
    }
    if (progress)
        progress->setValue(int(plan.sheetRows.size()));
    return {};
}

Status Importer::createUnit(ImportPlan& plan, const QString& name)
{
    if (text::clean(name).isEmpty())
        return Error{tr("A unit needs a name."), plan.fileName};
    plan.catalog.addPendingUnit(name);
    return revalidate(plan);
}

Status Importer::editCell(ImportPlan& plan, int sheetRowIndex, int column, const QString& text)
{
    if (sheetRowIndex < 0 || sheetRowIndex >= plan.sheetRows.size() || column < 0)
        return Error{tr("There is no such cell."), plan.fileName};
    plan.sheetRows[sheetRowIndex].setText(column, text);
    return revalidate(plan);
}

Result<ImportSummary> Importer::commit(const ImportPlan& plan, const ImportDecisions& decisions,
                                       ImportProgress* progress)
{
    const QString place = SheetReader::place(plan.path, plan.sheet);
    ImportSummary summary;
    summary.read = plan.read();
    QList<const PlannedRow*> chosen;
    for (const PlannedRow& r : plan.rows) {
        if (decisions.skipRows.contains(r.number)) {
            ++summary.skipped;
            continue;
        }
        switch (r.status) {
        case RowStatus::Accepted:
            chosen.append(&r);
            break;
        case RowStatus::Rejected:
            summary.rejected.append(r.errors);
            break;
        case RowStatus::Duplicate:
            if (decisions.importDuplicates.contains(r.number))
                chosen.append(&r);
            else
                ++summary.duplicates;
            break;
        case RowStatus::AlreadyImported:
            ++summary.duplicates;
            break;
        }
    }
    // All rows or none: one rejected row not left out stops the whole import.
    if (!summary.rejected.isEmpty())
        return Error{tr("%n row(s) are rejected; nothing was imported. Fix or skip them first.", nullptr,
                        int(std::count_if(plan.rows.begin(), plan.rows.end(),
                                          [&](const PlannedRow& r) {
                                              return r.status == RowStatus::Rejected &&
                                                     !decisions.skipRows.contains(r.number);
                                          }))),
                     place};
    if (chosen.isEmpty())
        return summary;

    // The file may have changed since it was read: its rows would be recorded under the wrong key.
    auto hash = fileHash(plan.path);
    if (!hash)
        return hash.error();
    if (*hash != plan.fileSha256)
        return Error{tr("The file changed after it was read; read it again before importing."), place};

    auto backup = BackupManager(m_db).backupNow(QStringLiteral("import"));
    if (!backup)
        return backup.error();
    summary.backupPath = backup->path;

    if (progress)
        progress->setMaximum(int(chosen.size()));
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    QStringList codes;
    Status written = m_db.transaction([&]() -> Status {
        // Units the clerk chose to create, as they are first needed.
        QHash<qint64, qint64> unitIds;
        CatalogRepository catalog(m_db);
        auto resolveUnit = [&](qint64 id) -> Result<qint64> {
            if (id >= 0)
                return id;
            if (const auto it = unitIds.constFind(id); it != unitIds.cend())
                return *it;
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("SELECT id FROM unit_kind WHERE code = ? UNION ALL "
                                     "SELECT min(id) FROM unit_kind LIMIT 1"));
            q.addBindValue(plan.catalog.pendingUnitKinds.value(id, QStringLiteral("department")));
            if (!q.exec() || !q.next())
                return sqlError(q, place);
            Unit unit;
            unit.kindId = q.value(0).toLongLong();
            unit.name = plan.catalog.unitName(id);
            auto inserted = catalog.insertUnit(unit);
            if (!inserted)
                return inserted.error();
            unitIds.insert(id, *inserted);
            return *inserted;
        };

        // One repository for the batch: it prepares its statements once. The year's last code number is
        // asked once (an index seek) and counted on inside the transaction.
        EntryRepository entries(m_db);
        int year = QDate::currentDate().year();
        {
            QSqlQuery q(m_db.connection());
            if (q.exec(QStringLiteral("SELECT year FROM campaign WHERE id = 1")) && q.next())
                year = q.value(0).toInt();
        }
        int lastNumber = entries.lastCodeNumber(year);
        QSqlQuery key(m_db.connection());
        key.prepare(QStringLiteral("INSERT OR REPLACE INTO import_row (file_sha256, sheet, row, entry_id, "
                                   "file_name, imported_at) VALUES (?, ?, ?, ?, ?, ?)"));
        for (int i = 0; i < chosen.size(); ++i) {
            const PlannedRow& r = *chosen[i];
            Entry entry = r.entry;
            entry.code = EntryRepository::formatCode(year, ++lastNumber);
            auto unit = resolveUnit(entry.nominee.unitId);
            if (!unit)
                return unit.error();
            entry.nominee.unitId = *unit;
            for (Author& a : entry.authors) {
                auto authorUnit = resolveUnit(a.unitId);
                if (!authorUnit)
                    return authorUnit.error();
                a.unitId = *authorUnit;
            }
            auto id = entries.insert(entry, {plan.fileName, r.number});
            if (!id)
                return Error{id.error().message, SheetReader::place(plan.path, plan.sheet, r.number)};
            key.addBindValue(plan.fileSha256);
            key.addBindValue(plan.sheet);
            key.addBindValue(r.number);
            key.addBindValue(*id);
            key.addBindValue(plan.fileName);
            key.addBindValue(now);
            if (!key.exec())
                return sqlError(key, place);
            codes.append(entry.code);
            if (progress) {
                progress->setValue(i + 1);
                if (progress->isCancelled())
                    return cancelled(place);
            }
        }
        return AuditLog(m_db).record(
            AuditLog::currentUser(), QStringLiteral("import"), QStringLiteral("entry"), 0, plan.fileName, {},
            QJsonObject{{QStringLiteral("file"), plan.fileName},
                        {QStringLiteral("sha256"), plan.fileSha256},
                        {QStringLiteral("sheet"), plan.sheet},
                        {QStringLiteral("entries"), QJsonArray::fromStringList(codes)}});
    });
    if (!written)
        return written.error();
    summary.imported = int(chosen.size());
    summary.codes = codes;
    return summary;
}

} // namespace sangkien
