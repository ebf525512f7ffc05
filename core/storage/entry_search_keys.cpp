#include "entry_search_keys.h"

#include "entry_repository.h"
#include "sql_rows.h"
#include "sqlite_statement.h"

#include <QHash>
#include <vector>

namespace sangkien {

Status refreshEntrySearchKeys(Database& db)
{
    struct Fields
    {
        qint64 id = 0;
        Entry entry;
        QString unitName;
    };
    // Read whole before writing: the table is not changed under a cursor that reads it.
    std::vector<Fields> all;
    QHash<qint64, std::size_t> indexById;
    {
        SqlRows rows(db, "SELECT e.id, e.code, e.title, n.name, u.name FROM entry e "
                         "JOIN nominee n ON n.id = e.nominee_id LEFT JOIN unit u ON u.id = n.unit_id");
        while (rows.next()) {
            Fields f;
            f.id = rows.int64(0);
            f.entry.code = rows.string(1);
            f.entry.title = rows.string(2);
            f.entry.nominee.name = rows.string(3);
            f.unitName = rows.string(4);
            indexById.insert(f.id, all.size());
            all.push_back(std::move(f));
        }
        if (auto e = rows.error(QStringLiteral("entry")))
            return *e;
    }
    {
        SqlRows rows(db, "SELECT entry_id, full_name FROM entry_author ORDER BY entry_id, position");
        while (rows.next()) {
            const auto it = indexById.constFind(rows.int64(0));
            if (it == indexById.constEnd())
                continue;
            Author author;
            author.fullName = rows.string(1);
            all[*it].entry.authors.append(author);
        }
        if (auto e = rows.error(QStringLiteral("entry_author")))
            return *e;
    }
    SqliteStatement update(db, "UPDATE entry SET search_key = ? WHERE id = ?");
    if (!update.prepared())
        return Error{update.error(), QStringLiteral("entry"), SqliteStatement::lastErrorKind(db)};
    for (const Fields& f : all) {
        if (!update.bind(1, EntryRepository::makeSearchKey(f.entry, f.unitName)).bind(2, f.id).exec())
            return Error{update.error(), f.entry.code, SqliteStatement::lastErrorKind(db)};
    }
    return {};
}

} // namespace sangkien
