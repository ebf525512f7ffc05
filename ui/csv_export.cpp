#include "csv_export.h"

#include "common/file_error.h"

#include <QDir>
#include <QHeaderView>
#include <QSaveFile>
#include <QTableView>
#include <cerrno>

namespace sangkien {

QString CsvExport::quoted(const QString& field)
{
    QString f = field;
    f.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + f + QLatin1Char('"');
}

QByteArray CsvExport::fromView(const QTableView& view)
{
    const QAbstractItemModel* model = view.model();
    const QHeaderView* header = view.horizontalHeader();
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns << logical;
    }
    QByteArray out("\xEF\xBB\xBF"); // so Excel reads UTF-8, not the Windows code page
    auto line = [&](const QStringList& fields) {
        out += fields.join(QLatin1Char(',')).toUtf8();
        out += "\r\n";
    };
    QStringList fields;
    for (int c : columns)
        fields << quoted(model->headerData(c, Qt::Horizontal).toString());
    line(fields);
    for (int row = 0; row < model->rowCount(); ++row) {
        fields.clear();
        for (int c : columns)
            fields << quoted(model->index(row, c).data().toString());
        line(fields);
    }
    return out;
}

Status CsvExport::write(const QTableView& view, const QString& path)
{
    // QSaveFile: a failed export never leaves half a file where the clerk expects a whole one.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return FileError::make(tr("The file cannot be written: %1"), QDir::toNativeSeparators(path), errno,
                               &file);
    file.write(fromView(view));
    if (!file.commit())
        return FileError::make(tr("The file cannot be written: %1"), QDir::toNativeSeparators(path), errno,
                               &file);
    return {};
}

} // namespace sangkien
