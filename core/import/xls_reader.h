#pragma once

#include "import/sheet_reader.h"

namespace sangkien {

// Legacy Excel workbooks (.xls, BIFF2–BIFF8) through Debian's FreeXL. FreeXL converts 8-bit strings
// by the workbook's codepage and recognises dates by their formats; it reports no fonts, no merged
// cells and no hidden state. It parses the whole workbook at open (the format is not streamable), so
// the limits are checked against each sheet's dimensions before any row is given out.
class XlsReader : public SheetReader
{
    Q_DECLARE_TR_FUNCTIONS(XlsReader)

public:
    explicit XlsReader(ReaderLimits limits = {});
    ~XlsReader() override;

    Status open(const QString& path) override;
    QList<SheetInfo> sheets() const override { return m_sheets; }
    Status selectSheet(const QString& name) override;
    QString currentSheet() const override { return m_current >= 0 ? m_sheets[m_current].name : QString(); }
    Result<bool> nextRow(SheetRow& row) override;
    QList<CellRange> mergedRanges() override { return {}; }

private:
    void close();
    Status startSheet();
    QString freexlError(int code) const;

    const void* m_handle = nullptr;
    QList<SheetInfo> m_sheets;
    int m_current = -1;
    unsigned int m_rows = 0;
    unsigned short m_columns = 0;
    unsigned int m_nextRow = 0;
};

} // namespace sangkien
