#pragma once

#include "import/sheet_reader.h"

#include <QElapsedTimer>
#include <memory>

class QProcess;

namespace sangkien {

// Legacy Excel workbooks (.xls, BIFF2–BIFF8) through Debian's FreeXL, run in a helper process
// (sangkien-xls, app/xls_helper_main.cpp): FreeXL crashes on some damaged files, and in its own process a
// crash, a hang or a runaway allocation becomes an Error naming the file instead of ending the program.
// The helper is found beside the program (QCoreApplication::applicationDirPath()) or through the
// SANGKIEN_XLS_HELPER environment variable. It writes the sheet list and then the selected sheet's
// cells as they are read; this reader takes them row by row, so memory stays flat.
// FreeXL converts 8-bit strings by the workbook's codepage and recognises dates by their formats; it
// reports no fonts, no merged cells and no hidden state. It parses the whole workbook at open (the
// format is not streamable), so the limits are checked against each sheet's dimensions before any row
// is given out; selecting another sheet starts the helper again.
class XlsReader : public SheetReader
{
    Q_DECLARE_TR_FUNCTIONS(XlsReader)

public:
    // Bounds for the helper process.
    struct HelperLimits
    {
        int stallSeconds = 60;          // stopped after this long without output
        qint64 memoryBytes = 1LL << 30; // its address space (RLIMIT_AS, on Unix)
        // False when this build uses AddressSanitizer: the helper is built with it too, and ASan's
        // shadow memory needs terabytes of address space.
        bool limitMemory = !underAddressSanitizer();
        QString program; // the helper's path; empty: SANGKIEN_XLS_HELPER, or beside the program
    };

    explicit XlsReader(ReaderLimits limits = {});
    ~XlsReader() override;

    Status open(const QString& path) override;
    QList<SheetInfo> sheets() const override { return m_sheets; }
    Status selectSheet(const QString& name) override;
    QString currentSheet() const override { return m_current >= 0 ? m_sheets[m_current].name : QString(); }
    Result<bool> nextRow(SheetRow& row) override;
    QList<CellRange> mergedRanges() override { return {}; }

    const HelperLimits& helperLimits() const { return m_helperLimits; }
    void setHelperLimits(const HelperLimits& limits) { m_helperLimits = limits; }
    // The helper program this reader starts.
    QString helperProgram() const;
    static bool underAddressSanitizer();

private:
    // Where the stream stands when the helper fails: a message names the place.
    enum class Stage
    {
        Opening,
        Rows
    };

    void stop();
    Status startHelper(int sheet, bool listSheets);
    Status readHead(bool listSheets);
    Error helperFailure(Stage stage);
    Error failureAt(const QString& message, Stage stage) const;
    QString freexlError(int code) const;
    bool isBiff5() const;
    // Waits until n bytes of the stream are buffered; false when the helper ended, stalled or the
    // stream broke (m_failure says which).
    bool need(qint64 n);
    template <typename T>
    bool take(T& value);

    std::unique_ptr<QProcess> m_process;
    QElapsedTimer m_sinceProgress;
    HelperLimits m_helperLimits;
    QList<SheetInfo> m_sheets;
    int m_current = -1;
    unsigned int m_rows = 0;
    unsigned int m_columns = 0;
    qint64 m_lastRow = -1;  // the 0-based row of the last cell the helper sent
    bool m_started = false; // rows of the selected sheet were asked for
    bool m_done = false;
    bool m_stalled = false;
};

} // namespace sangkien
