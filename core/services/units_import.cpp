#include "units_import.h"

#include "import/sheet_reader.h"
#include "storage/catalog_repository.h"
#include "storage/database.h"
#include "storage/unit_repository.h"
#include "text/vietnamese_text.h"

#include <QSet>

namespace sangkien {
namespace {

struct Columns
{
    int name = 0;
    int kind = -1;
    int area = -1;
};

// The header's columns, when the row is one: a cell naming the unit column.
std::optional<Columns> headerOf(const SheetRow& row)
{
    Columns c;
    c.name = -1;
    for (const Cell& cell : row.cells) {
        const QString key = text::searchKey(cell.text);
        if (key == QLatin1String("ten don vi") || key == QLatin1String("don vi") ||
            key == QLatin1String("unit") || key == QLatin1String("ten"))
            c.name = cell.column;
        else if (key.startsWith(QLatin1String("loai")) || key == QLatin1String("kind"))
            c.kind = cell.column;
        else if (key == QLatin1String("khu vuc") || key == QLatin1String("dia ban") ||
                 key == QLatin1String("huyen") || key == QLatin1String("area"))
            c.area = cell.column;
    }
    if (c.name < 0)
        return std::nullopt;
    return c;
}

QString textAt(const SheetRow& row, int column)
{
    const Cell* cell = column >= 0 ? row.cell(column) : nullptr;
    return cell ? text::clean(cell->text) : QString();
}

} // namespace

Result<UnitsImportSummary> UnitsImport::run(Database& db, const QString& user, const QString& spreadsheet)
{
    auto reader = SheetReader::forFile(spreadsheet);
    if (!reader)
        return Error{tr("This is not a spreadsheet the program reads (.xlsx, .ods, .xls, .csv)."),
                     spreadsheet, ErrorKind::Refused};
    if (Status opened = reader->open(spreadsheet); !opened)
        return opened.error();
    auto kinds = CatalogRepository(db).unitKinds();
    auto units = CatalogRepository(db).units();
    if (!kinds)
        return kinds.error();
    if (!units)
        return units.error();
    QSet<QString> known;
    for (const Unit& u : *units)
        known.insert(text::searchKey(u.name));
    // A unit kind by its code or name, diacritics aside; communes and departments by their names' first
    // words when the list gives no kind.
    auto kindFor = [&](const QString& written, const QString& name) -> qint64 {
        const QString key = text::searchKey(written);
        for (const UnitKind& k : *kinds)
            if (!key.isEmpty() && (key == text::searchKey(k.code) || key == text::searchKey(k.name) ||
                                   text::searchKey(k.name).contains(key)))
                return k.id;
        if (!key.isEmpty())
            return 0;
        const QString nameKey = text::searchKey(name);
        const QString code =
            nameKey.startsWith(QLatin1String("ubnd xa ")) || nameKey.startsWith(QLatin1String("ubnd phuong "))
                ? QStringLiteral("commune")
            : nameKey.startsWith(QLatin1String("so ")) ? QStringLiteral("department")
                                                       : QString();
        for (const UnitKind& k : *kinds)
            if (k.code == code)
                return k.id;
        return kinds->isEmpty() ? 0 : kinds->last().id;
    };

    Columns columns;
    bool first = true;
    int alreadyThere = 0;
    QList<Unit> toAdd;
    SheetRow row;
    while (true) {
        auto more = reader->nextRow(row);
        if (!more)
            return more.error();
        if (!*more)
            break;
        if (first) {
            first = false;
            if (const auto header = headerOf(row)) {
                columns = *header;
                continue;
            }
        }
        const QString name = textAt(row, columns.name);
        if (name.isEmpty())
            continue;
        const QString key = text::searchKey(name);
        if (known.contains(key)) {
            ++alreadyThere;
            continue;
        }
        Unit u;
        u.name = name;
        u.district = textAt(row, columns.area);
        u.kindId = kindFor(textAt(row, columns.kind), name);
        if (!u.kindId)
            return Error{
                tr("The kind \"%1\" is not one of the campaign's unit kinds.").arg(textAt(row, columns.kind)),
                SheetReader::place(spreadsheet, reader->currentSheet(), row.number, columns.kind),
                ErrorKind::Refused};
        known.insert(key);
        toAdd.append(u);
    }

    UnitsImportSummary summary;
    summary.alreadyThere = alreadyThere;
    UnitRepository repository(db, user);
    const Status added = db.transaction([&]() -> Status {
        for (Unit& u : toAdd) {
            auto id = repository.add(u);
            if (!id)
                return id.error();
            summary.addedNames << u.name;
        }
        return {};
    });
    if (!added)
        return added.error();
    summary.added = int(toAdd.size());
    return summary;
}

} // namespace sangkien
