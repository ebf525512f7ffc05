#pragma once

#include "import/reader_values.h"
#include "import/sheet_reader.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QStringList>
#include <memory>
#include <vector>

namespace sangkien {

class XmlByteScanner;

// Office Open XML workbooks (.xlsx, .xlsm; transitional and strict), streamed row by row from the
// sheet part; the shared strings and the styles are read once at open(), within the limits.
// The sheet and the shared strings are read on their UTF-8 bytes (XmlByteScanner); the shared strings
// are kept as one UTF-8 block, each made a QString only when a cell shows it.
class XlsxReader : public SheetReader
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)

public:
    explicit XlsxReader(ReaderLimits limits = {});
    ~XlsxReader() override;

    Status open(const QString& path) override;
    QList<SheetInfo> sheets() const override;
    Status selectSheet(const QString& name) override;
    QString currentSheet() const override
    {
        return m_current >= 0 ? m_sheets[m_current].info.name : QString();
    }
    Result<bool> nextRow(SheetRow& row) override;
    QList<CellRange> mergedRanges() override;

private:
    struct Sheet
    {
        SheetInfo info;
        QString part; // zip entry of the sheet's XML
    };
    struct RichText
    {
        QString text;
        QList<CellRun> runs;
    };
    struct CellStyle
    {
        int font = -1;
        reader::DateKind dateKind = reader::DateKind::None;
    };

    Status readWorkbook();
    Status readSharedStrings(const QString& part);
    Status readStyles(const QString& part);
    // A piece of an <si> or <is>: a <t> of its own, or an <r> run with its font, as UTF-8.
    struct Piece
    {
        QByteArray text;
        QByteArray font;
        bool run = false;
    };

    Status startSheet();
    Result<bool> readCell(SheetRow& row, int rowNumber, int& nextColumn);
    // Reads the pieces of an <si> or <is> into m_pieces (count of them in count), up to its end.
    bool readPieces(XmlByteScanner& scanner, int& count);
    // The pieces as the cell's text and runs (_xHHHH_ escapes decoded piece by piece).
    RichText richText(int count) const;
    // True when the pieces are plain text, kept in the block as they are.
    bool plainPieces(int count) const;
    qsizetype sharedStringCount() const { return qsizetype(m_stringEnds.size()); }
    Error streamError(int row = 0, int column = -1) const;

    QList<Sheet> m_sheets;
    int m_current = -1;
    bool m_date1904 = false;
    // Shared strings: string i is m_stringBlock[m_stringEnds[i - 1], m_stringEnds[i]) as UTF-8, unless it
    // has runs or escapes, then it is m_richStrings[i].
    QByteArray m_stringBlock;
    std::vector<qsizetype> m_stringEnds;
    QHash<int, RichText> m_richStrings;
    std::vector<Piece> m_pieces;
    QByteArray m_value; // the current cell's <v>
    QList<CellStyle> m_styles;
    QStringList m_fonts;
    std::unique_ptr<XmlByteScanner> m_stream;
    bool m_atEnd = false;
    int m_lastRow = 0;
    QList<CellRange> m_merged;
};

} // namespace sangkien
