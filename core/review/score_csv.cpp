#include "score_csv.h"

#include "text/vietnamese_text.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QStringDecoder>
#include <algorithm>
#include <cmath>

namespace sangkien {
namespace {

struct CsvLine
{
    int line = 0; // the file's line where the record starts
    QStringList cells;
};

// RFC 4180 records: quoted fields may hold commas, quotes ("") and line breaks.
QList<CsvLine> splitRecords(const QString& text)
{
    QList<CsvLine> records;
    CsvLine current{1, {}};
    QString cell;
    bool quoted = false;
    bool any = false;
    int line = 1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text[i];
        if (quoted) {
            if (ch == QLatin1Char('"')) {
                if (i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                    cell += ch;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (ch == QLatin1Char('\n'))
                    ++line;
                cell += ch;
            }
            continue;
        }
        if (ch == QLatin1Char('"')) {
            quoted = true;
            any = true;
        } else if (ch == QLatin1Char(',')) {
            current.cells << cell;
            cell.clear();
            any = true;
        } else if (ch == QLatin1Char('\r') || ch == QLatin1Char('\n')) {
            if (ch == QLatin1Char('\r') && i + 1 < text.size() && text[i + 1] == QLatin1Char('\n'))
                ++i;
            current.cells << cell;
            if (any || !cell.isEmpty())
                records << current;
            cell.clear();
            any = false;
            current = CsvLine{++line, {}};
        } else {
            cell += ch;
            any = true;
        }
    }
    if (any || !cell.isEmpty()) {
        current.cells << cell;
        records << current;
    }
    return records;
}

QString columnLetter(int column)
{
    return QString(QChar(QLatin1Char('A').unicode() + column));
}

} // namespace

QString ScoreCsv::place(const QString& name, int line, int column)
{
    return tr("%1, line %2, column %3").arg(name).arg(line).arg(columnLetter(column));
}

std::optional<double> ScoreCsv::parsePoints(const QString& text)
{
    QString t = text.trimmed();
    t.replace(QLatin1Char(','), QLatin1Char('.'));
    bool ok = false;
    const double v = t.toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return std::nullopt;
    return v;
}

ScoreGridReading ScoreCsv::read(const QString& path, const ScoreGridTarget& target)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ScoreGridReading r;
        r.errors << Error{tr("The file cannot be read: %1").arg(file.errorString()), path,
                          ErrorKind::Refused};
        return r;
    }
    return parse(file.readAll(), QFileInfo(path).fileName(), target);
}

ScoreGridReading ScoreCsv::parse(const QByteArray& bytes, const QString& name, const ScoreGridTarget& target)
{
    ScoreGridReading result;
    // Scores are UTF-8 text. A UTF-16 file (a byte order mark FF FE or FE FF, or NUL bytes between the
    // letters), a binary file or bytes that are not UTF-8 are refused as a whole, without quoting them.
    const bool utf16 = bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF");
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString text = utf8.decode(bytes);
    if (utf16 || bytes.contains('\0') || utf8.hasError()) {
        result.errors << Error{utf16 ? tr("The file is UTF-16 text; save the scores as CSV in UTF-8.")
                                     : tr("The file is not UTF-8 text (it holds bytes no CSV of scores "
                                          "has); save the scores as CSV in UTF-8."),
                               name, ErrorKind::Refused};
        return result;
    }
    if (text.startsWith(QChar(0xFEFF))) // Excel's byte order mark
        text.remove(0, 1);
    text = text::toNfc(text);

    QHash<QString, qsizetype> sheetIndex;   // entry code → index in result.sheets
    QHash<QString, int> seen;               // "entry\x1fcriterion" → line
    QHash<QString, QString> criterionCodes; // case-folded → as stored
    for (auto it = target.maxByCriterion.constBegin(); it != target.maxByCriterion.constEnd(); ++it)
        criterionCodes.insert(it.key().toCaseFolded(), it.key());

    const QList<CsvLine> records = splitRecords(text);
    for (const CsvLine& record : records) {
        QStringList cells = record.cells;
        for (QString& c : cells)
            c = c.trimmed();
        if (std::all_of(cells.cbegin(), cells.cend(), [](const QString& c) { return c.isEmpty(); }))
            continue;
        // A header line is allowed and skipped.
        if (record.line == records.first().line &&
            cells.value(0).compare(QLatin1String("entry"), Qt::CaseInsensitive) == 0)
            continue;
        if (cells.size() < 3 || cells.size() > 4) {
            result.errors << Error{tr("A line needs the columns entry, criterion, points and an optional "
                                      "comment; this one has %n.",
                                      nullptr, int(cells.size())),
                                   tr("%1, line %2").arg(name).arg(record.line), ErrorKind::Refused};
            continue;
        }
        bool bad = false;
        const QString entryCode = cells[0];
        const auto entryIt = target.entryIds.constFind(entryCode);
        if (entryCode.isEmpty()) {
            result.errors << Error{tr("The entry code is missing."), place(name, record.line, 0),
                                   ErrorKind::Refused};
            bad = true;
        } else if (entryIt == target.entryIds.constEnd()) {
            result.errors << Error{tr("There is no entry %1 to score here.").arg(entryCode),
                                   place(name, record.line, 0), ErrorKind::Refused};
            bad = true;
        }
        const QString criterion = criterionCodes.value(cells[1].toCaseFolded());
        if (criterion.isEmpty()) {
            QStringList known = target.maxByCriterion.keys();
            known.sort();
            result.errors << Error{tr("Unknown criterion \"%1\". Known criteria: %2.")
                                       .arg(cells[1], known.join(QStringLiteral(", "))),
                                   place(name, record.line, 1), ErrorKind::Refused};
            bad = true;
        }
        const auto points = parsePoints(cells[2]);
        if (!points) {
            result.errors << Error{tr("\"%1\" is not a number of points.").arg(cells[2]),
                                   place(name, record.line, 2), ErrorKind::Refused};
            bad = true;
        } else if (!criterion.isEmpty()) {
            const double max = target.maxByCriterion.value(criterion);
            if (*points < 0 || *points > max + 1e-9) {
                result.errors << Error{tr("%1 points is outside 0 to %2 for the criterion %3.")
                                           .arg(cells[2], QString::number(max), criterion),
                                       place(name, record.line, 2), ErrorKind::Refused};
                bad = true;
            }
        }
        if (bad)
            continue;
        const QString key = entryCode + QChar(0x1f) + criterion;
        if (const auto earlier = seen.constFind(key); earlier != seen.constEnd()) {
            result.errors << Error{tr("The entry %1 is scored on %2 twice (first on line %3).")
                                       .arg(entryCode, criterion)
                                       .arg(*earlier),
                                   place(name, record.line, 1), ErrorKind::Refused};
            continue;
        }
        seen.insert(key, record.line);

        qsizetype index = sheetIndex.value(entryCode, -1);
        if (index < 0) {
            index = result.sheets.size();
            sheetIndex.insert(entryCode, index);
            ScoreGridSheet sheet;
            sheet.entryId = *entryIt;
            sheet.entryCode = entryCode;
            sheet.firstLine = record.line;
            result.sheets << sheet;
        }
        ScoreGridSheet& sheet = result.sheets[index];
        sheet.points.insert(criterion, *points);
        if (cells.size() == 4 && !cells[3].isEmpty()) {
            if (sheet.hasComment && sheet.comment != cells[3]) {
                result.errors << Error{tr("The entry %1 already has another comment.").arg(entryCode),
                                       place(name, record.line, 3), ErrorKind::Refused};
                continue;
            }
            sheet.comment = cells[3];
            sheet.hasComment = true;
        }
    }
    if (result.errors.isEmpty() && result.sheets.isEmpty())
        result.errors << Error{tr("The file holds no scores."), name, ErrorKind::Refused};
    return result;
}

} // namespace sangkien
