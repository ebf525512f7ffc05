#pragma once

#include <QFile>
#include <QString>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

namespace sangkien::testing {

// A spreadsheet of tests/data/spreadsheets.
inline QString spreadsheetFixture(const QString& name)
{
    return QStringLiteral(SANGKIEN_TEST_DATA_DIR "/spreadsheets/") + name;
}

// Writes text as UTF-8 into dir and gives the file's path.
inline QString writeCsv(const QTemporaryDir& dir, const QString& name, const QString& text)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(text.toUtf8());
    return path;
}

// The header of a unit's list as the CSV tests write it.
inline const QString kCsvHeader =
    QStringLiteral("STT,Tên sáng kiến,Lĩnh vực,Họ và tên,Năm sinh,Đơn vị,Đồng tác giả,Tỷ lệ đóng góp\n");

// count lines made from a pattern whose %1 is the line's number from 1, each ended by a line break.
inline QString numberedLines(int count, const QString& pattern)
{
    QString out;
    for (int i = 1; i <= count; ++i)
        out += pattern.arg(i) + QLatin1Char('\n');
    return out;
}

// A unit's list of goodRows acceptable rows and, last, one naming a unit the campaign does not know.
inline QString listWithBadLastRow(int goodRows)
{
    return kCsvHeader +
           numberedLines(goodRows, QStringLiteral("%1,Sáng kiến cải tiến quy trình số %1 của đơn vị,2.d,"
                                                  "Nguyễn Văn Người %1,1980,Sở Y tế,,")) +
           QStringLiteral(
               "%1,Sáng kiến cuối cùng trong danh sách gửi về,2.d,Nguyễn Văn Cuối,1980,Sở Không Có,,\n")
               .arg(goodRows + 1);
}

} // namespace sangkien::testing
