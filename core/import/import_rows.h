#pragma once

#include "import/import_row.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <iterator>
#include <optional>

namespace sangkien {

// Every row of a sheet as the wizard's plan keeps it, compactly: the cells of all rows encoded one after
// another in one byte block (text as UTF-8, typed values in a few bytes, the cell's flags in one), with
// each row's place, number and last column beside it. The benchmark's 100,000 rows take 22 MB so, where
// as ImportRowData (a QString, a QVariant and an allocation per cell) they took about 115 MB. An
// ImportRowData or a cell is made only when asked for; an edited row is encoded again at the end of the
// block, and the block is compacted once the rows it no longer uses outweigh the rest.
//
// Reads are by value: `rows[i]` and iteration give a decoded ImportRowData.
class ImportRows
{
public:
    qsizetype size() const { return m_rows.size(); }
    bool isEmpty() const { return m_rows.isEmpty(); }
    void clear();
    void reserve(qsizetype rows) { m_rows.reserve(rows); }
    // Gives back the spare capacity of the block and of the index, once every row is in.
    void squeeze();

    void append(const ImportRowData& row);
    // Row i's cells replaced by row's (its number too).
    void replace(qsizetype i, const ImportRowData& row);
    // ImportRowData::setText on row i: sets (or, with empty text, removes) a cell as the clerk typed it.
    void setText(qsizetype i, int column, const QString& text);

    ImportRowData at(qsizetype i) const;
    ImportRowData operator[](qsizetype i) const { return at(i); }
    ImportRowData last() const { return at(size() - 1); }
    // Decodes row i into row, reusing its list (no allocation for the list once it is large enough).
    void read(qsizetype i, ImportRowData& row) const;

    // Without decoding the row's cells.
    int number(qsizetype i) const { return m_rows[i].number; }
    int lastColumn(qsizetype i) const { return m_rows[i].lastColumn; } // -1 when the row has no cell
    // One cell of row i, decoded alone; nothing when it is empty.
    std::optional<ImportCell> cell(qsizetype i, int column) const;
    QString text(qsizetype i, int column) const;

    QList<ImportRowData> toList() const;
    // Bytes held by the block (live and unused), for tests and benchmarks.
    qsizetype byteSize() const { return m_bytes.size(); }

    bool operator==(const ImportRows& other) const;

    class const_iterator
    {
    public:
        using iterator_category = std::input_iterator_tag;
        using value_type = ImportRowData;
        using difference_type = qsizetype;
        using pointer = void;
        using reference = ImportRowData;

        const_iterator(const ImportRows* rows, qsizetype i)
            : m_rows(rows)
            , m_i(i)
        {}
        ImportRowData operator*() const { return m_rows->at(m_i); }
        const_iterator& operator++()
        {
            ++m_i;
            return *this;
        }
        bool operator==(const const_iterator& other) const { return m_i == other.m_i; }
        bool operator!=(const const_iterator& other) const { return m_i != other.m_i; }

    private:
        const ImportRows* m_rows;
        qsizetype m_i;
    };
    const_iterator begin() const { return {this, 0}; }
    const_iterator end() const { return {this, size()}; }

private:
    struct Row
    {
        qint64 offset = 0; // into m_bytes
        int number = 0;
        int lastColumn = -1;
    };

    Row encode(const ImportRowData& row);
    void compactIfWasteful();

    QByteArray m_bytes;
    QList<Row> m_rows;
    qint64 m_unused = 0; // bytes of rows encoded again elsewhere
};

} // namespace sangkien
