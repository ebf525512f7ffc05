#include "importer.h"

#include "common/support_log.h"
#include "import/row_prefetcher.h"
#include "import/sheet_pass.h"
#include "storage/audit_log.h"
#include "storage/backup_manager.h"
#include "storage/campaign_repository.h"
#include "storage/catalog_repository.h"
#include "storage/database.h"
#include "storage/entry_repository.h"
#include "storage/import_row_repository.h"
#include "storage/page_cache_scope.h"
#include "text/vietnamese_text.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QFuture>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QtConcurrent/QtConcurrentRun>

namespace sangkien {
namespace {

Error cancelled(const QString& place)
{
    return Error{Importer::tr("The import was cancelled; nothing was written."), place, ErrorKind::Refused};
}

// Writes accepted rows as entries inside the caller's transaction: codes numbered on from the year's
// last one (asked once, an index seek), units the clerk chose to create made as they are first needed,
// each row's key recorded so the same file imported again imports nothing. One repository for the batch:
// it prepares its statements once.
class RowWriter
{
public:
    RowWriter(Database& db, const ImportCatalog& catalog, QString path, QString sheet, QString fileName,
              QString fileSha256)
        : m_db(db)
        , m_catalog(catalog)
        , m_path(std::move(path))
        , m_sheet(std::move(sheet))
        , m_fileName(std::move(fileName))
        , m_fileSha256(std::move(fileSha256))
        , m_entries(db)
        , m_keys(db)
        , m_now(QDateTime::currentDateTimeUtc().toString(Qt::ISODate))
        , m_place(SheetReader::place(m_path, m_sheet))
    {}

    Status prepare()
    {
        m_year = CampaignRepository(m_db).year();
        m_lastNumber = m_entries.lastCodeNumber(m_year);
        return {};
    }

    // Writes the entry of sheet row number; its code joins codes().
    Status write(int number, Entry entry)
    {
        entry.code = EntryRepository::formatCode(m_year, ++m_lastNumber);
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
        auto id = m_entries.insert(entry, {m_fileName, number});
        if (!id)
            return Error{id.error().message, SheetReader::place(m_path, m_sheet, number), id.error().kind};
        if (Status s = m_keys.record(m_fileSha256, m_sheet, number, *id, m_fileName, m_now, m_place); !s)
            return s;
        m_codes.append(entry.code);
        return {};
    }

    // One trail row for the whole import (action "import"): the entry codes, the file, its hash and
    // sheet, rather than thousands of "create" rows for one action of the clerk.
    Status recordAudit()
    {
        return AuditLog(m_db).record(
            AuditLog::currentUser(), QStringLiteral("import"), QStringLiteral("entry"), 0, m_fileName, {},
            QJsonObject{{QStringLiteral("file"), m_fileName},
                        {QStringLiteral("sha256"), m_fileSha256},
                        {QStringLiteral("sheet"), m_sheet},
                        {QStringLiteral("entries"), QJsonArray::fromStringList(m_codes)}});
    }

    const QStringList& codes() const { return m_codes; }

private:
    Result<qint64> resolveUnit(qint64 id)
    {
        if (id >= 0)
            return id;
        if (const auto it = m_unitIds.constFind(id); it != m_unitIds.cend())
            return *it;
        // The kind the clerk chose for the new unit, else the first kind there is.
        const auto kinds = CatalogRepository(m_db).unitKinds();
        if (!kinds)
            return kinds.error().at(m_place);
        const QString kindCode = m_catalog.pendingUnitKinds.value(id, QStringLiteral("department"));
        qint64 kindId = 0;
        for (const UnitKind& k : *kinds) {
            if (k.code == kindCode) {
                kindId = k.id;
                break;
            }
            if (!kindId || k.id < kindId)
                kindId = k.id;
        }
        Unit unit;
        unit.kindId = kindId;
        unit.name = m_catalog.unitName(id);
        auto inserted = CatalogRepository(m_db).insertUnit(unit);
        if (!inserted)
            return inserted.error();
        m_unitIds.insert(id, *inserted);
        return *inserted;
    }

    Database& m_db;
    const ImportCatalog& m_catalog;
    QString m_path;
    QString m_sheet;
    QString m_fileName;
    QString m_fileSha256;
    EntryRepository m_entries;
    ImportRowRepository m_keys;
    QString m_now;
    QString m_place; // the file and sheet, for errors: made once, not for each row
    int m_year = 0;
    int m_lastNumber = 0;
    QHash<qint64, qint64> m_unitIds; // units created by this import, by their pending (negative) id
    QStringList m_codes;
};

// Opens the sheet, reads ahead and finds the mapping: what plan() and importAll() share.
Status startPass(SheetPass& pass, const QString& path, const ImportOptions& options, ColumnMapping& mapping,
                 QString* mappingProblem)
{
    if (Status s = pass.open(path, options.sheet, options.limits); !s)
        return s;
    if (Status s = pass.start(); !s)
        return s;
    const QList<QStringList> first = pass.firstRows();
    auto found = options.mapping ? options.mapping->applyTo(first) : ColumnMapping::detect(first);
    if (found)
        mapping = *found;
    else if (options.allowUnmapped && mappingProblem)
        *mappingProblem = found.error().message;
    else
        return Error{found.error().message, SheetReader::place(path, pass.sheet()), found.error().kind};
    return {};
}

} // namespace

int ImportPlan::read() const
{
    return int(rows.size()) - count(RowStatus::Footer);
}

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
    QList<ImportRowData> first;
    for (qsizetype i = 0; i < sheetRows.size() && sheetRows.number(i) <= ColumnMapping::kHeaderSearchRows;
         ++i)
        first.append(sheetRows.at(i));
    return SheetPass::firstRowsOf(first);
}

QList<UnknownUnit> ImportPlan::unknownUnits() const
{
    QList<UnknownUnit> out;
    QHash<QString, qsizetype> byKey;
    for (const PlannedRow& r : rows) {
        if (r.status != RowStatus::Rejected || r.unknownUnit.isEmpty())
            continue;
        const QString key = text::searchKey(r.unknownUnit);
        auto it = byKey.constFind(key);
        if (it == byKey.cend()) {
            it = byKey.insert(key, out.size());
            out.append(UnknownUnit{r.unknownUnit, r.unitSuggestion, {}});
        }
        out[*it].rows.append(r.number);
    }
    return out;
}

int ImportPlan::columnCount() const
{
    int n = 0;
    for (const MappedColumn& c : mapping.columns())
        n = std::max(n, c.index + 1);
    for (const PlannedRow& r : rows)
        n = std::max(n, sheetRows.lastColumn(r.index) + 1);
    return n;
}

QList<int> Importer::rowsOf(const QList<RowError>& errors)
{
    QList<int> rows;
    QSet<int> seen;
    for (const RowError& e : errors) {
        if (!seen.contains(e.row)) {
            seen.insert(e.row);
            rows.append(e.row);
        }
    }
    std::sort(rows.begin(), rows.end());
    return rows;
}

QString Importer::rowList(const QList<RowError>& errors)
{
    const QList<int> rows = rowsOf(errors);
    QStringList listed;
    for (int i = 0; i < rows.size() && i < kListedRows; ++i)
        listed << QString::number(rows[i]);
    QString text = listed.join(QStringLiteral(", "));
    if (rows.size() > kListedRows)
        text = tr("%1 and %n more", nullptr, int(rows.size() - kListedRows)).arg(text);
    return text;
}

Entry Importer::entryOf(const ImportPlan& plan, const PlannedRow& row)
{
    if (row.entry)
        return *row.entry;
    // The footer's rows and rows imported before were never read as entries.
    if (row.status == RowStatus::Footer || row.status == RowStatus::AlreadyImported || row.index < 0 ||
        row.index >= plan.sheetRows.size())
        return {};
    return RowValidator(plan.mapping, plan.catalog, plan.sheet, plan.today)
        .validate(plan.sheetRows[row.index])
        .entry;
}

Result<QString> Importer::fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("The file cannot be read: %1").arg(file.errorString()), SheetReader::place(path),
                     ErrorKind::Refused};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return Error{tr("The file cannot be read: %1").arg(file.errorString()), SheetReader::place(path),
                     ErrorKind::Refused};
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

    if (progress)
        progress->setMaximum(0);
    SheetPass pass;
    if (Status s = startPass(pass, path, options, plan.mapping, &plan.mappingProblem); !s)
        return s.error();
    plan.sheets = pass.sheets();
    plan.sheet = pass.sheet();
    ImportRowData row;
    while (true) {
        auto next = pass.next(row);
        if (!next)
            return next.error();
        if (!*next)
            break;
        plan.sheetRows.append(row);
        if (plan.sheetRows.size() % 256 == 0 && progress) {
            progress->setValue(int(plan.sheetRows.size()));
            if (progress->isCancelled())
                return cancelled(filePlace);
        }
    }
    plan.sheetRows.squeeze();

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
    RowClassifier classifier(m_db, plan.mapping, plan.catalog, plan.sheet, plan.today);
    if (Status s = classifier.loadCampaign(plan.fileSha256); !s)
        return s;
    plan.rows.clear();
    plan.rows.reserve(plan.sheetRows.size()); // grown by doubling, a big list would be copied and overshoot
    if (progress)
        progress->setMaximum(int(plan.sheetRows.size()));
    ImportRowData data;
    for (int i = 0; i < plan.sheetRows.size(); ++i) {
        if (progress && i % 256 == 0) {
            progress->setValue(i);
            if (progress->isCancelled())
                return cancelled(SheetReader::place(plan.path, plan.sheet));
        }
        plan.sheetRows.read(i, data);
        auto rows = classifier.feed(data, i);
        if (!rows)
            return rows.error();
        for (PlannedRow& r : *rows) {
            r.entry.reset(); // made again at commit (entryOf): the preview holds the cells only
            plan.rows.append(std::move(r));
        }
    }
    plan.rows.append(classifier.finish());
    if (progress)
        progress->setValue(int(plan.sheetRows.size()));
    return {};
}

Status Importer::createUnit(ImportPlan& plan, const QString& name)
{
    if (text::clean(name).isEmpty())
        return Error{tr("A unit needs a name."), plan.fileName, ErrorKind::Refused};
    plan.catalog.addPendingUnit(name);
    return revalidate(plan);
}

Result<int> Importer::replaceUnit(ImportPlan& plan, const QString& unknown, const QString& unitName)
{
    const int column = plan.mapping.columnOf(ImportField::Unit);
    if (column < 0)
        return Error{tr("No column holds the unit."), plan.fileName, ErrorKind::Refused};
    const auto unit = plan.catalog.findUnit(unitName);
    if (!unit)
        return Error{tr("\u201c%1\u201d is not a unit of the campaign: choose one from the list, or create "
                        "the unit.")
                         .arg(unitName),
                     plan.fileName, ErrorKind::Refused};
    const QString name = plan.catalog.unitName(*unit);
    const QString key = text::searchKey(unknown);
    int changed = 0;
    for (qsizetype i = 0; i < plan.sheetRows.size(); ++i) {
        if (plan.sheetRows.number(i) > plan.mapping.headerRow() &&
            text::searchKey(plan.sheetRows.text(i, column)) == key) {
            plan.sheetRows.setText(i, column, name);
            ++changed;
        }
    }
    if (changed == 0)
        return 0;
    if (Status s = revalidate(plan); !s)
        return s.error();
    return changed;
}

Status Importer::editCell(ImportPlan& plan, int sheetRowIndex, int column, const QString& text)
{
    if (sheetRowIndex < 0 || sheetRowIndex >= plan.sheetRows.size() || column < 0)
        return Error{tr("There is no such cell."), plan.fileName, ErrorKind::Refused};
    plan.sheetRows.setText(sheetRowIndex, column, text);
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
        case RowStatus::Footer:
            ++summary.footer;
            break;
        }
    }
    // All rows or none: one rejected row not left out stops the whole import.
    if (!summary.rejected.isEmpty())
        return Error{tr("%n row(s) are rejected; nothing was imported. Fix or skip them first.", nullptr,
                        int(rowsOf(summary.rejected).size())) +
                         QLatin1Char(' ') + tr("Rows: %1.").arg(rowList(summary.rejected)),
                     place, ErrorKind::Refused};
    if (chosen.isEmpty())
        return summary;

    // The file may have changed since it was read: its rows would be recorded under the wrong key.
    auto hash = fileHash(plan.path);
    if (!hash)
        return hash.error();
    if (*hash != plan.fileSha256)
        return Error{tr("The file changed after it was read; read it again before importing."), place,
                     ErrorKind::Conflict};

    auto backup = BackupManager(m_db).backupNow(QStringLiteral("import"));
    if (!backup)
        return backup.error();
    summary.backupPath = backup->path;

    if (progress)
        progress->setMaximum(int(chosen.size()));
    PageCacheScope cache(m_db);
    RowWriter writer(m_db, plan.catalog, plan.path, plan.sheet, plan.fileName, plan.fileSha256);
    Status written = m_db.transaction([&]() -> Status {
        if (Status s = writer.prepare(); !s)
            return s;
        const RowValidator validator(plan.mapping, plan.catalog, plan.sheet, plan.today);
        ImportRowData data;
        for (int i = 0; i < chosen.size(); ++i) {
            const PlannedRow& r = *chosen[i];
            plan.sheetRows.read(r.index, data);
            if (Status s = writer.write(r.number, validator.validate(data).entry); !s)
                return s;
            if (progress) {
                progress->setValue(i + 1);
                if (progress->isCancelled())
                    return cancelled(place);
            }
        }
        return writer.recordAudit();
    });
    if (!written)
        return written.error();
    summary.imported = int(chosen.size());
    summary.codes = writer.codes();
    return summary;
}

Result<ImportSummary> Importer::importAll(const QString& path, const ImportOptions& options, bool dryRun,
                                          ImportProgress* progress)
{
    const QString fileName = QFileInfo(path).fileName();
    // The file's hash is computed on another core while the sheet is opened and its first rows read.
    QFuture<Result<QString>> hashing = QtConcurrent::run(&Importer::fileHash, path);

    if (progress)
        progress->setMaximum(0);
    SheetPass pass;
    ColumnMapping mapping;
    const Status started = startPass(pass, path, options, mapping, nullptr);
    auto hash = hashing.result();
    if (!hash)
        return hash.error();
    if (!started)
        return started.error();
    const QString place = SheetReader::place(path, pass.sheet());
    auto catalog = ImportCatalog::load(m_db);
    if (!catalog)
        return catalog.error();
    RowClassifier classifier(m_db, mapping, *catalog, pass.sheet(), options.today);
    if (Status s = classifier.loadCampaign(*hash); !s)
        return s.error();

    ImportSummary summary;
    int accepted = 0;
    RowWriter writer(m_db, *catalog, path, pass.sheet(), fileName, *hash);
    // Counts one row; writes it when accepted while no row has been rejected (a dry run never writes).
    auto take = [&](PlannedRow& row) -> Status {
        ++summary.read;
        switch (row.status) {
        case RowStatus::Accepted:
            ++accepted;
            if (!dryRun && summary.rejected.isEmpty()) {
                if (Status s = writer.write(row.number, std::move(*row.entry)); !s)
                    return s;
            }
            break;
        case RowStatus::Rejected:
            summary.rejected.append(row.errors);
            break;
        case RowStatus::Duplicate:
        case RowStatus::AlreadyImported:
            ++summary.duplicates;
            break;
        case RowStatus::Footer:
            --summary.read;
            break;
        }
        return {};
    };
    // Reads every row; writes the accepted ones while no row has been rejected (a dry run never writes).
    auto run = [&]() -> Status {
        if (!dryRun) {
            if (Status s = writer.prepare(); !s)
                return s;
        }
        // The sheet is read on a thread of its own while this one classifies and writes.
        RowPrefetcher rows(pass);
        ImportRowData data;
        for (int index = 0;; ++index) {
            auto next = rows.next(data);
            if (!next)
                return next.error();
            if (!*next)
                break;
            if (progress && index % 256 == 0) {
                progress->setValue(index);
                if (progress->isCancelled())
                    return cancelled(place);
            }
            auto planned = classifier.feed(data, index);
            if (!planned)
                return planned.error();
            for (PlannedRow& row : *planned) {
                if (Status s = take(row); !s)
                    return s;
            }
        }
        // The rows still held are the sheet's footer: neither read nor imported.
        summary.footer = int(classifier.finish().size());
        return {};
    };

    if (dryRun) {
        if (Status s = run(); !s)
            return s.error();
        summary.imported = summary.rejected.isEmpty() ? accepted : 0;
        return summary;
    }

    bool rejected = false;
    PageCacheScope cache(m_db);
    Status written = m_db.transaction([&]() -> Status {
        if (Status s = run(); !s)
            return s;
        if (!summary.rejected.isEmpty()) {
            rejected = true; // all rows or none: roll back what the accepted rows wrote
            return Error{tr("Rows are rejected; nothing was imported."), place, ErrorKind::Refused};
        }
        if (accepted == 0)
            return {};
        // The file may have changed while it was read: its rows would be recorded under the wrong key.
        auto after = fileHash(path);
        if (!after)
            return after.error();
        if (*after != *hash)
            return Error{tr("The file changed while it was read; import it again."), place,
                         ErrorKind::Conflict};
        // The backup is the campaign before this import: a second connection sees it so while this
        // transaction is open (the campaign is in WAL mode).
        auto before = Database::open(m_db.path(), Database::Mode::ReadOnly);
        if (!before)
            return before.error();
        auto backup = BackupManager(**before, BackupManager::defaultBackupDir(m_db.path()))
                          .backupNow(QStringLiteral("import"));
        if (!backup)
            return backup.error();
        summary.backupPath = backup->path;
        return writer.recordAudit();
    });
    if (rejected)
        return summary;
    if (!written)
        return written.error();
    summary.imported = accepted;
    summary.codes = writer.codes();
    SupportLog::event(QStringLiteral("import"),
                      QStringLiteral("%1 rows=%2").arg(SupportLog::fileKind(path)).arg(accepted));
    return summary;
}

} // namespace sangkien
