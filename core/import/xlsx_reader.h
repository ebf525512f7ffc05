#pragma once

#include "import/reader_values.h"
#include "import/sheet_reader.h"

#include <QList>
#include <QStringList>
#include <memory>

namespace sangkien {

class ZipXmlStream;

// Office Open XML workbooks (.xlsx, .xlsm; transitional and strict), streamed row by row from the
// sheet part; the shared strings and the styles are read once at open(), within the limits.
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
    Status startSheet();
    Result<bool> readCell(SheetRow& row, int rowNumber, int& nextColumn);
    bool readRichText(ZipXmlStream& stream, RichText& out);
    Error streamError(int row = 0, int column = -1) const;

    QList<Sheet> m_sheets;
    int m_current = -1;
    bool m_date1904 = false;
    QList<RichText> m_strings;
    QList<CellStyle> m_styles;
    QStringList m_fonts;
    std::unique_ptr<ZipXmlStream> m_stream;
    bool m_atEnd = false;
    int m_lastRow = 0;
    QList<CellRange> m_merged;
};

} // namespace sangkien
