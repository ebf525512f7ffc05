#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class QTableView;

namespace sangkien {

// The rows a table view shows, in its column order without hidden columns, as CSV that Excel opens
// with Vietnamese intact: UTF-8 with a byte order mark, comma-separated, every field quoted, CRLF line
// ends (RFC 4180).
class CsvExport
{
    Q_DECLARE_TR_FUNCTIONS(CsvExport)

public:
    static QByteArray fromView(const QTableView& view);
    static Status write(const QTableView& view, const QString& path);
    // One field quoted as RFC 4180 wants: in double quotes, inner quotes doubled.
    static QString quoted(const QString& field);
};

} // namespace sangkien
