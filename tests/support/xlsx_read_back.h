#pragma once
// Reads an .xlsx back with Debian's python3-openpyxl (tests/support/read_xlsx.py): each sheet's name,
// frozen pane, column widths and every cell with its type ("s" text, "n" number, "d" date), so the tests
// check what Excel would show, written by another program than ours.

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <catch2/catch.hpp>

namespace sangkien::testing {

// Debian's own python3 (which has python3-openpyxl), before any other on the PATH.
inline QString systemPython()
{
    if (QFile::exists(QStringLiteral("/usr/bin/python3")))
        return QStringLiteral("/usr/bin/python3");
    return QStandardPaths::findExecutable(QStringLiteral("python3"));
}

inline QJsonObject readXlsx(const QString& path)
{
    QProcess p;
    p.start(systemPython(), {QStringLiteral(SANGKIEN_SOURCE_DIR "/tests/support/read_xlsx.py"), path});
    INFO("python3 with python3-openpyxl is needed (packaging/dev.sh installs it)");
    REQUIRE(p.waitForFinished(120000));
    INFO(QString::fromUtf8(p.readAllStandardError()).toStdString());
    REQUIRE(p.exitCode() == 0);
    const QJsonDocument doc = QJsonDocument::fromJson(p.readAllStandardOutput());
    REQUIRE(doc.isObject());
    return doc.object();
}

inline QJsonObject sheetNamed(const QJsonObject& book, const QString& name)
{
    for (const QJsonValue& s : book.value(QStringLiteral("sheets")).toArray())
        if (s.toObject().value(QStringLiteral("name")).toString() == name)
            return s.toObject();
    FAIL("no sheet " << name.toStdString());
    return {};
}

// The index of the header row: the first row whose first cell is `first`.
inline int headerRowOf(const QJsonObject& sheet, const QString& first)
{
    const QJsonArray rows = sheet.value(QStringLiteral("rows")).toArray();
    for (int i = 0; i < rows.size(); ++i) {
        const QJsonValue c = rows[i].toArray().first();
        if (c.isObject() && c.toObject().value(QStringLiteral("v")).toString() == first)
            return i;
    }
    FAIL("no header row starting with " << first.toStdString());
    return -1;
}

// A cell's type ("s", "n", "d"; "" when empty) and value.
inline QString cellType(const QJsonValue& cell)
{
    return cell.isObject() ? cell.toObject().value(QStringLiteral("t")).toString() : QString();
}
inline QJsonValue cellValue(const QJsonValue& cell)
{
    return cell.isObject() ? cell.toObject().value(QStringLiteral("v")) : QJsonValue();
}

// The header's columns by name.
inline QHash<QString, int> columnsOf(const QJsonArray& header)
{
    QHash<QString, int> columns;
    for (int i = 0; i < header.size(); ++i)
        if (header[i].isObject())
            columns.insert(cellValue(header[i]).toString(), i);
    return columns;
}

} // namespace sangkien::testing
