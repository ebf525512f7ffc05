#include "import/column_mapping.h"

#include "common/file_error.h"
#include "text/vietnamese_text.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSaveFile>
#include <QSet>
#include <algorithm>
#include <cerrno>

namespace sangkien {
namespace {

const QString kFormat = QStringLiteral("sangkien-column-mapping");
constexpr int kFormatVersion = 1;
constexpr qint64 kMaxFileSize = 1024 * 1024; // a mapping is a few hundred bytes; anything huge is not one
constexpr int kMaxLetters = 3;               // XFD, Excel's last column, has three

struct FieldInfo
{
    ImportField field;
    const char* id;
    const char* name; // English source text of the wizard's name
};

constexpr FieldInfo kFields[] = {
    {ImportField::Ignore, "ignore", QT_TRANSLATE_NOOP("ColumnMapping", "Do not import")},
    {ImportField::Number, "number", QT_TRANSLATE_NOOP("ColumnMapping", "No.")},
    {ImportField::Code, "code", QT_TRANSLATE_NOOP("ColumnMapping", "Code")},
    {ImportField::Title, "title", QT_TRANSLATE_NOOP("ColumnMapping", "Initiative title")},
    {ImportField::Kind, "kind", QT_TRANSLATE_NOOP("ColumnMapping", "Kind of initiative")},
    {ImportField::Category, "category", QT_TRANSLATE_NOOP("ColumnMapping", "Content category")},
    {ImportField::Summary, "summary", QT_TRANSLATE_NOOP("ColumnMapping", "Summary")},
    {ImportField::NomineeKind, "nominee_kind",
     QT_TRANSLATE_NOOP("ColumnMapping", "Collective or individual")},
    {ImportField::NomineeName, "nominee_name", QT_TRANSLATE_NOOP("ColumnMapping", "Nominee's name")},
    {ImportField::Gender, "gender", QT_TRANSLATE_NOOP("ColumnMapping", "Gender")},
    {ImportField::BirthYear, "birth_year", QT_TRANSLATE_NOOP("ColumnMapping", "Year of birth")},
    {ImportField::Position, "position", QT_TRANSLATE_NOOP("ColumnMapping", "Position")},
    {ImportField::Unit, "unit", QT_TRANSLATE_NOOP("ColumnMapping", "Unit")},
    {ImportField::District, "district", QT_TRANSLATE_NOOP("ColumnMapping", "District")},
    {ImportField::CoAuthors, "co_authors", QT_TRANSLATE_NOOP("ColumnMapping", "Co-authors")},
    {ImportField::Shares, "shares", QT_TRANSLATE_NOOP("ColumnMapping", "Contribution shares")},
    {ImportField::ReceivedOn, "received_on", QT_TRANSLATE_NOOP("ColumnMapping", "Date received")},
    {ImportField::FirstAppliedOn, "first_applied_on",
     QT_TRANSLATE_NOOP("ColumnMapping", "Date first applied")},
    {ImportField::Scope, "scope", QT_TRANSLATE_NOOP("ColumnMapping", "Scope of application")},
    {ImportField::EconomicBenefit, "economic_benefit",
     QT_TRANSLATE_NOOP("ColumnMapping", "Economic benefit")},
    {ImportField::Note, "note", QT_TRANSLATE_NOOP("ColumnMapping", "Note")},
};

const FieldInfo& info(ImportField field)
{
    for (const FieldInfo& f : kFields) {
        if (f.field == field)
            return f;
    }
    return kFields[0];
}

// ---- Header recognition --------------------------------------------------------------------------

// Folded for comparison: no case, no diacritics (đ → d), punctuation and line breaks as single spaces.
QString headerKey(const QString& header)
{
    QString key = text::searchKey(header);
    for (QChar& c : key) {
        if (!c.isLetterOrNumber() && c != u'%')
            c = u' ';
    }
    return key.simplified();
}

// For recognising, remarks in brackets go too: "Tỷ lệ (%)", "Giá trị làm lợi (đồng)", "Tên sáng kiến (*)".
QString recognitionKey(const QString& header)
{
    QString stripped;
    int depth = 0;
    for (const QChar c : header) {
        if (c == u'(' || c == u'[') {
            ++depth;
        } else if ((c == u')' || c == u']') && depth > 0) {
            --depth;
        } else if (depth == 0) {
            stripped.append(c);
        }
    }
    return headerKey(stripped);
}

// "Chức vụ, đơn vị": one column with both. It holds the unit when no other column does (the unit is
// what the import checks and counts against quotas), otherwise the position.
constexpr int kPositionAndUnit = -1;

struct HeaderRule
{
    int field; // an ImportField, or kPositionAndUnit
    std::initializer_list<const char*> keys;
};

// First match wins, so the longer, more specific phrases come before the short ones they start with
// ("đồng tác giả" before "tác giả", "nội dung thi đua" before "nội dung", "đơn vị áp dụng" before
// "đơn vị"). A key matches a header that is the key or starts with it followed by more words.
const HeaderRule kRules[] = {
    {int(ImportField::CoAuthors),
     {"dong tac gia", "cac dong tac gia", "ho ten dong tac gia", "ho va ten dong tac gia",
      "nguoi cung tham gia", "nguoi tham gia"}},
    {int(ImportField::Shares), {"ty le", "ti le", "muc do dong gop", "phan tram dong gop"}},
    {int(ImportField::Category), {"linh vuc", "noi dung thi dua", "nhom linh vuc"}},
    {int(ImportField::Scope), {"pham vi", "noi ap dung", "don vi ap dung", "dia ban ap dung"}},
    {int(ImportField::FirstAppliedOn), {"ngay ap dung", "thoi gian ap dung", "thoi diem ap dung"}},
    {int(ImportField::ReceivedOn), {"ngay nhan", "ngay tiep nhan", "ngay nop"}},
    {int(ImportField::EconomicBenefit),
     {"hieu qua kinh te", "gia tri lam loi", "so tien lam loi", "loi ich kinh te",
      "gia tri loi ich kinh te"}},
    {int(ImportField::NomineeKind), {"tap the ca nhan", "ca nhan tap the", "loai doi tuong", "doi tuong"}},
    {int(ImportField::Kind),
     {"loai", "phan loai", "loai hinh", "sang kien cai tien giai phap", "sang kien cai tien",
      "sang kien giai phap cai tien"}},
    {int(ImportField::Title),
     {"ten sang kien", "ten de tai", "ten giai phap", "ten cai tien", "ten de an", "sang kien", "de tai",
      "sang kien giai phap", "giai phap"}},
    {int(ImportField::NomineeName),
     {"ho va ten", "ho ten", "ten tac gia", "tac gia", "ten ca nhan", "ten tap the", "ten don vi ca nhan"}},
    {int(ImportField::Gender), {"gioi tinh", "nam nu", "phai"}},
    {int(ImportField::BirthYear), {"nam sinh", "ngay sinh", "ngay thang nam sinh", "sinh nam"}},
    {kPositionAndUnit,
     {"chuc vu don vi", "chuc vu co quan", "chuc vu noi cong tac", "chuc danh don vi", "chuc danh co quan"}},
    {int(ImportField::Position), {"chuc vu", "chuc danh"}},
    {int(ImportField::District), {"huyen", "dia phuong", "dia ban"}},
    {int(ImportField::Unit),
     {"don vi", "co quan", "noi cong tac", "to chuc", "ten don vi", "ten co quan", "phong ban"}},
    {int(ImportField::Summary), {"tom tat", "mo ta", "noi dung"}},
    {int(ImportField::Note), {"ghi chu"}},
    {int(ImportField::Code), {"ma", "ma so", "ma sang kien", "ma ho so", "so ho so", "ky hieu"}},
    {int(ImportField::Number), {"stt", "tt", "so tt", "so thu tu", "thu tu"}},
};

// The rule's field for a recognition key, or Ignore.
int recognizeKey(const QString& key)
{
    if (key.isEmpty())
        return int(ImportField::Ignore);
    for (const HeaderRule& rule : kRules) {
        for (const char* k : rule.keys) {
            const QLatin1String pattern(k);
            if (key == pattern ||
                (key.startsWith(pattern) && key.size() > pattern.size() && key.at(pattern.size()) == u' '))
                return rule.field;
        }
    }
    return int(ImportField::Ignore);
}

// The header cells of a row, or of two rows read as one (a group header with sub-headers under it:
// a sub-header wins, an empty one shows the group's text above it, as merged cells read).
QStringList headerCells(const QList<QStringList>& rows, int row, bool withRowAbove)
{
    QStringList cells = rows.at(row);
    if (!withRowAbove)
        return cells;
    const QStringList& above = rows.at(row - 1);
    while (cells.size() < above.size())
        cells.append(QString());
    for (qsizetype c = 0; c < cells.size(); ++c) {
        if (cells.at(c).trimmed().isEmpty() && c < above.size())
            cells[c] = above.at(c);
    }
    return cells;
}

// Maps the recognised cells of one header row; columns already taken (taken[c]) are left alone.
void recognizeCells(ColumnMapping& m, const QStringList& cells, const QSet<int>& taken = {})
{
    QList<int> combined;
    for (int c = 0; c < int(cells.size()); ++c) {
        if (taken.contains(c))
            continue;
        const QString text = text::clean(cells.at(c));
        if (text.isEmpty())
            continue;
        const int recognized = recognizeKey(recognitionKey(text));
        if (recognized == kPositionAndUnit) {
            combined.append(c);
            m.setColumn(c, text, ImportField::Ignore);
            continue;
        }
        const auto field = ImportField(recognized);
        // A field sits in one column: the first one the clerk's sheet names wins.
        m.setColumn(c, text, m.hasField(field) ? ImportField::Ignore : field);
    }
    for (const int c : combined) {
        const ImportField field = !m.hasField(ImportField::Unit)       ? ImportField::Unit
                                  : !m.hasField(ImportField::Position) ? ImportField::Position
                                                                       : ImportField::Ignore;
        m.setField(c, field);
    }
}

int mappedCount(const ColumnMapping& m)
{
    const QList<MappedColumn> columns = m.columns();
    return int(std::count_if(columns.begin(), columns.end(),
                             [](const MappedColumn& c) { return c.field != ImportField::Ignore; }));
}

} // namespace

// ---- Fields --------------------------------------------------------------------------------------

QList<ImportField> allImportFields()
{
    QList<ImportField> fields;
    for (const FieldInfo& f : kFields)
        fields.append(f.field);
    return fields;
}

QString importFieldId(ImportField field)
{
    return QString::fromLatin1(info(field).id);
}

std::optional<ImportField> importFieldFromId(const QString& id)
{
    for (const FieldInfo& f : kFields) {
        if (id == QLatin1String(f.id))
            return f.field;
    }
    return std::nullopt;
}

QString importFieldName(ImportField field)
{
    return QCoreApplication::translate("ColumnMapping", info(field).name);
}

// ---- ColumnMapping -------------------------------------------------------------------------------

ImportField ColumnMapping::field(int column) const
{
    for (const MappedColumn& c : m_columns) {
        if (c.index == column)
            return c.field;
    }
    return ImportField::Ignore;
}

QString ColumnMapping::header(int column) const
{
    for (const MappedColumn& c : m_columns) {
        if (c.index == column)
            return c.header;
    }
    return {};
}

int ColumnMapping::columnOf(ImportField field) const
{
    if (field == ImportField::Ignore)
        return -1;
    for (const MappedColumn& c : m_columns) {
        if (c.field == field)
            return c.index;
    }
    return -1;
}

void ColumnMapping::setField(int column, ImportField field)
{
    setColumn(column, header(column), field);
}

void ColumnMapping::setColumn(int column, const QString& header, ImportField field)
{
    if (column < 0)
        return;
    if (field != ImportField::Ignore) {
        for (MappedColumn& c : m_columns) {
            if (c.field == field && c.index != column)
                c.field = ImportField::Ignore;
        }
    }
    const auto it = std::lower_bound(m_columns.begin(), m_columns.end(), column,
                                     [](const MappedColumn& c, int index) { return c.index < index; });
    if (it != m_columns.end() && it->index == column) {
        it->header = header;
        it->field = field;
    } else {
        m_columns.insert(it, MappedColumn{column, header, field});
    }
}

QString ColumnMapping::value(const QStringList& row, ImportField field) const
{
    const int column = columnOf(field);
    return column >= 0 && column < row.size() ? row.at(column) : QString();
}

Status ColumnMapping::validate() const
{
    if (!hasField(ImportField::Title))
        return Error{tr("No column holds the initiative's title: choose it in the column mapping."), m_name,
                     ErrorKind::Refused};
    return {};
}

ImportField ColumnMapping::recognizeHeader(const QString& header)
{
    const int recognized = recognizeKey(recognitionKey(header));
    return recognized == kPositionAndUnit ? ImportField::Unit : ImportField(recognized);
}

Result<ColumnMapping> ColumnMapping::detect(const QList<QStringList>& firstRows)
{
    const int rows = int(std::min<qsizetype>(firstRows.size(), kHeaderSearchRows));
    std::optional<ColumnMapping> best;
    int bestScore = 0;
    for (int r = 0; r < rows; ++r) {
        for (const bool withRowAbove : {false, true}) {
            if (withRowAbove && r == 0)
                continue;
            ColumnMapping candidate;
            candidate.setHeaderRow(r + 1);
            recognizeCells(candidate, headerCells(firstRows, r, withRowAbove));
            if (!candidate.hasField(ImportField::Title))
                continue;
            // Ties go to the earlier row, and to one header row over two.
            const int score = mappedCount(candidate);
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
    }
    if (!best)
        return Error{tr("None of the first %1 rows has a column for the initiative's title (such as "
                        "\"Tên sáng kiến\"): choose the header row and the columns by hand.")
                         .arg(kHeaderSearchRows),
                     QString(), ErrorKind::Refused};
    return *best;
}

Result<ColumnMapping> ColumnMapping::applyTo(const QList<QStringList>& firstRows) const
{
    QList<MappedColumn> byHeader;
    for (const MappedColumn& c : m_columns) {
        if (!headerKey(c.header).isEmpty())
            byHeader.append(c);
    }
    // Without headers only the letters can say where things are.
    if (m_headerRow == 0 || byHeader.isEmpty()) {
        if (Status s = validate(); !s)
            return s.error();
        return *this;
    }

    // The header row is the one (or pair) holding most of the saved headers.
    const int rows = int(std::min<qsizetype>(firstRows.size(), kHeaderSearchRows));
    int bestRow = -1;
    bool bestPair = false;
    int bestFound = 0;
    for (int r = 0; r < rows; ++r) {
        for (const bool withRowAbove : {false, true}) {
            if (withRowAbove && r == 0)
                continue;
            QStringList keys;
            for (const QString& cell : headerCells(firstRows, r, withRowAbove))
                keys.append(headerKey(cell));
            const int found = int(std::count_if(byHeader.begin(), byHeader.end(), [&](const MappedColumn& c) {
                return keys.contains(headerKey(c.header));
            }));
            if (found > bestFound) {
                bestRow = r;
                bestPair = withRowAbove;
                bestFound = found;
            }
        }
    }
    if (bestRow < 0)
        return Error{tr("None of the mapping's headers (\"%1\", …) is in the first %2 rows of this sheet.")
                         .arg(byHeader.first().header)
                         .arg(kHeaderSearchRows),
                     m_name, ErrorKind::Refused};

    const QStringList cells = headerCells(firstRows, bestRow, bestPair);
    ColumnMapping result;
    result.setName(m_name);
    result.setHeaderRow(bestRow + 1);
    QSet<int> taken;
    for (const MappedColumn& saved : m_columns) {
        const QString key = headerKey(saved.header);
        int column = -1;
        if (key.isEmpty()) {
            column = saved.index; // no header: the letter is all there is
        } else {
            for (int c = 0; c < int(cells.size()) && column < 0; ++c) {
                if (!taken.contains(c) && headerKey(cells.at(c)) == key)
                    column = c;
            }
        }
        if (column < 0 || taken.contains(column))
            continue; // the saved column is not in this sheet
        taken.insert(column);
        result.setColumn(column, column < cells.size() ? text::clean(cells.at(column)) : saved.header,
                         saved.field);
    }
    // Headers the saved mapping never saw: recognised as a fresh sheet would be, for fields still free.
    recognizeCells(result, cells, taken);

    if (!result.hasField(ImportField::Title)) {
        const int savedTitle = columnOf(ImportField::Title);
        const QString title = savedTitle >= 0 ? header(savedTitle) : QString();
        return Error{title.isEmpty()
                         ? tr("No column holds the initiative's title: choose it in the column mapping.")
                         : tr("The title column \"%1\" of the mapping is not in this sheet.").arg(title),
                     m_name, ErrorKind::Refused};
    }
    return result;
}

// ---- JSON ----------------------------------------------------------------------------------------

QJsonObject ColumnMapping::toJson() const
{
    QJsonArray columns;
    for (const MappedColumn& c : m_columns) {
        columns.append(QJsonObject{{QStringLiteral("letter"), columnLetter(c.index)},
                                   {QStringLiteral("header"), c.header},
                                   {QStringLiteral("field"), importFieldId(c.field)}});
    }
    return QJsonObject{{QStringLiteral("format"), kFormat},
                       {QStringLiteral("version"), kFormatVersion},
                       {QStringLiteral("name"), m_name},
                       {QStringLiteral("header_row"), m_headerRow},
                       {QStringLiteral("columns"), columns}};
}

Result<ColumnMapping> ColumnMapping::fromJson(const QJsonObject& json)
{
    if (json.contains(QStringLiteral("format")) && json.value(QStringLiteral("format")).toString() != kFormat)
        return Error{tr("This is not a column mapping (its format is \"%1\").")
                         .arg(json.value(QStringLiteral("format")).toVariant().toString()),
                     QString(), ErrorKind::Refused};
    const QJsonValue version = json.value(QStringLiteral("version"));
    if (!version.isUndefined() && (!version.isDouble() || version.toInt() < 1))
        return Error{tr("The mapping's version is not a number."), QString(), ErrorKind::Refused};
    if (version.toInt(kFormatVersion) > kFormatVersion)
        return Error{tr("The mapping was saved by a newer version of the program (format %1); update the "
                        "program to use it.")
                         .arg(version.toInt()),
                     QString(), ErrorKind::Refused};

    ColumnMapping m;
    m.setName(json.value(QStringLiteral("name")).toString());
    const QJsonValue headerRow = json.value(QStringLiteral("header_row"));
    if (!headerRow.isUndefined()) {
        const double row = headerRow.toDouble(-1);
        if (!headerRow.isDouble() || row < 0 || row != double(int(row)))
            return Error{tr("The header row must be a row number (0 when the sheet has no headers)."),
                         QString(), ErrorKind::Refused};
        m.setHeaderRow(int(row));
    }
    const QJsonValue columnsValue = json.value(QStringLiteral("columns"));
    if (!columnsValue.isArray())
        return Error{tr("The mapping lists no columns."), QString(), ErrorKind::Refused};

    const QJsonArray columns = columnsValue.toArray();
    QSet<int> seen;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        const QJsonObject o = columns.at(i).toObject();
        const QString letter = o.value(QStringLiteral("letter")).toString();
        const QString header = o.value(QStringLiteral("header")).toString();
        const QString label = letter.isEmpty() ? QString::number(i + 1) : letter;
        if (!columns.at(i).isObject() || letter.isEmpty())
            return Error{tr("Column %1 of the mapping has no letter.").arg(i + 1), QString(),
                         ErrorKind::Refused};
        const int index = columnIndex(letter);
        if (index < 0)
            return Error{tr("\"%1\" is not a column letter.").arg(letter), QString(), ErrorKind::Refused};
        const QString id = o.value(QStringLiteral("field")).toString();
        const std::optional<ImportField> field = importFieldFromId(id);
        if (!field)
            return Error{tr("Column %1: unknown field \"%2\".").arg(label, id), QString(),
                         ErrorKind::Refused};
        if (seen.contains(index))
            return Error{tr("Column %1 appears twice in the mapping.").arg(label), QString(),
                         ErrorKind::Refused};
        if (const int other = m.columnOf(*field); other >= 0)
            return Error{tr("Columns %1 and %2 both hold \"%3\".")
                             .arg(columnLetter(other), label, importFieldName(*field)),
                         QString(), ErrorKind::Refused};
        seen.insert(index);
        m.setColumn(index, header, *field);
    }
    return m;
}

Status ColumnMapping::saveToFile(const QString& path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return FileError::make(tr("Cannot write the column mapping: %1"), path, errno, &file);
    file.write(QJsonDocument(toJson()).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return FileError::make(tr("Cannot write the column mapping: %1"), path, errno, &file);
    return {};
}

Result<ColumnMapping> ColumnMapping::loadFromFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return FileError::make(tr("Cannot read the column mapping: %1"), path, errno, &file);
    if (file.size() > kMaxFileSize)
        return Error{tr("The file is too large to be a column mapping."), path, ErrorKind::Refused};
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error{tr("The column mapping is not valid JSON: %1 at character %2.")
                         .arg(parseError.errorString())
                         .arg(parseError.offset),
                     path, ErrorKind::Refused};
    if (!doc.isObject())
        return Error{tr("The file does not hold a column mapping."), path, ErrorKind::Refused};
    Result<ColumnMapping> mapping = fromJson(doc.object());
    if (!mapping)
        return Error{mapping.error().message, path, mapping.error().kind};
    return mapping;
}

QString ColumnMapping::columnLetter(int index)
{
    QString letters;
    for (int n = index; n >= 0; n = n / 26 - 1)
        letters.prepend(QChar(u'A' + n % 26));
    return letters;
}

int ColumnMapping::columnIndex(const QString& letters)
{
    const QString s = letters.trimmed().toUpper();
    if (s.isEmpty() || s.size() > kMaxLetters)
        return -1;
    int index = 0;
    for (const QChar c : s) {
        if (c < u'A' || c > u'Z')
            return -1;
        index = index * 26 + (c.unicode() - u'A' + 1);
    }
    return index - 1;
}

} // namespace sangkien
