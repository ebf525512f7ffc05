#pragma once

#include "storage/entry_repository.h"
#include "text/person_name.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QString>
#include <array>
#include <optional>
#include <vector>

namespace sangkien {

class Database;

// The entries of a campaign as the main window's table shows them. Read-only: entries are edited in
// their own dialog, never in the table.
class EntriesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        CodeColumn,
        TitleColumn,
        KindColumn,
        CategoryColumn,
        NomineeColumn,
        UnitColumn,
        StatusColumn,
        AuthorsColumn, // the authors' names; hidden until the clerk shows it
        ColumnCount
    };
    enum Role
    {
        SearchKeyRole = Qt::UserRole + 1, // the entry's folded search key (text::searchKey)
        EntryIdRole,                      // entry.id as qint64
        NomineeKindRole,                  // nomineeKindCode() of the nominee
    };

    explicit EntriesModel(QObject* parent = nullptr);

    // Loads every entry of the open campaign with its authors (without scores: the table shows none).
    Status reload(Database& db);
    // Re-reads only these entries: changed rows are updated in place, deleted ones removed, new ones
    // added, so a change to one entry does not re-read a hundred thousand.
    Status refresh(Database& db, const QList<qint64>& entryIds);
    // Replaces the rows; categoryTitles maps a category code to its title for the tooltip.
    void setEntries(QList<EntrySummary> entries, QHash<QString, QString> categoryTitles = {});
    void clear();

    const EntrySummary& entryAt(int row) const { return m_entries.at(row); }
    const QList<EntrySummary>& entries() const { return m_entries; }
    // The nominee's name split for Vietnamese name order, parsed on first use and kept.
    const text::PersonName& nomineeName(int row) const;

    // The authors' names as the Authors column shows them: "Trần Thị Bình; Lê Văn Cường".
    QString authorsText(int row) const;
    QString kindName(EntryKind kind) const;
    QString statusName(EntryStatus status) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    void retranslate();
    static void fillSearchKey(EntrySummary& e);

    QList<EntrySummary> m_entries;
    QHash<QString, QString> m_categoryTitles;
    mutable std::vector<std::optional<text::PersonName>> m_names;
    // tr() is looked up once, not on every paint of every cell.
    std::array<QString, 3> m_kindNames;
    std::array<QString, 8> m_statusNames;
};

} // namespace sangkien
