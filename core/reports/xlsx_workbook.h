#pragma once

#include "common/result.h"
#include "xlsx_sheet.h"

#include <QCoreApplication>
#include <QString>

namespace sangkien {

// Writes a workbook (XlsxBook) to an .xlsx file with Debian's libxlsxwriter. libxlsxwriter runs in a
// helper program of its own, sangkien-xlsx: it needs the system's minizip, whose functions QuaZip (the
// spreadsheet readers' zip library) also exports under the same names, so in one process one of the two
// would call the other's. The workbook is made under a temporary name beside `path` and renamed into
// place only when whole: an error (a full disk, a folder that cannot be written) leaves what was there,
// never half a workbook.
class XlsxWorkbook
{
    Q_DECLARE_TR_FUNCTIONS(XlsxWorkbook)

public:
    static Status write(const XlsxBook& book, const QString& path);

    // The helper: $SANGKIEN_XLSX_HELPER, else sangkien-xlsx beside the running program.
    static QString helperProgram();
};

} // namespace sangkien
