#include "import_row.h"

#include "domain/entry_validator.h"
#include "storage/catalog_repository.h"
#include "text/similarity.h"
#include "text/vietnamese_text.h"

#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <charconv>
#include <cmath>

namespace sangkien {
namespace {

// Folded for comparison: no case, no diacritics, trailing dots and ellipses dropped.
QString fold(const QString& s)
{
    QString key = text::searchKey(s);
    while (!key.isEmpty() && (key.endsWith(QLatin1Char('.')) || key.endsWith(QChar(0x2026)) ||
                              key.endsWith(QLatin1Char(':')) || key.endsWith(QLatin1Char(' '))))
        key.chop(1);
    return key;
}

// The EntryValidator field a problem names → the import field whose column it is placed on.
ImportField fieldForProblem(const QString& field, NomineeKind nomineeKind, const ColumnMapping& mapping)
{
    if (field == QLatin1String("title"))
        return ImportField::Title;
    if (field == QLatin1String("category"))
        return ImportField::Category;
    if (field == QLatin1String("receivedOn"))
        return ImportField::ReceivedOn;
    if (field == QLatin1String("firstAppliedOn"))
        return ImportField::FirstAppliedOn;
    if (field == QLatin1String("economicBenefit"))
        return ImportField::EconomicBenefit;
    if (field == QLatin1String("nominee.birthYear"))
        return ImportField::BirthYear;
    if (field == QLatin1String("nominee.unit"))
        return ImportField::Unit;
    if (field == QLatin1String("nominee.name"))
        return nomineeKind == NomineeKind::Collective && !mapping.hasField(ImportField::NomineeName)
                   ? ImportField::Unit
                   : ImportField::NomineeName;
    if (field.startsWith(QLatin1String("authors")))
        return mapping.hasField(ImportField::Shares) ? ImportField::Shares : ImportField::CoAuthors;
    return ImportField::Ignore;
}

// A unit's kind from the words its name starts with; "department" when nothing tells.
QString unitKindForName(const QString& name)
{
    const QString key = fold(name);
    if (key.startsWith(QLatin1String("ubnd")) || key.startsWith(QLatin1String("uy ban nhan dan")))
        return QStringLiteral("district");
    if (key.startsWith(QLatin1String("truong dai hoc")) || key.startsWith(QLatin1String("truong cao dang")) ||
        key.startsWith(QLatin1String("truong trung cap")))
        return QStringLiteral("university");
    if (key.startsWith(QLatin1String("truong")))
        return QStringLiteral("school");
    if (key.startsWith(QLatin1String("cong ty")) || key.startsWith(QLatin1String("doanh nghiep")) ||
        key.startsWith(QLatin1String("hop tac xa")))
        return QStringLiteral("enterprise");
    if (key.startsWith(QLatin1String("tinh uy")) || key.startsWith(QLatin1String("ban ")) ||
        key.startsWith(QLatin1String("hoi ")) || key.startsWith(QLatin1String("tinh doan")))
        return QStringLiteral("party_mass");
    return QStringLiteral("department");
}

// parseShare's reading of a text share when the text is ASCII: "60%", " 60 % ", "0,6", "12.5", read
// without a regular expression or a copy. Nothing when the text is not ASCII or not such a number (the
// general reading then decides, so the result is the same either way).
std::optional<double> parsePlainShare(QStringView text, bool* percentSign)
{
    char digits[64];
    qsizetype n = 0;
    qsizetype from = 0;
    qsizetype to = text.size();
    auto space = [](char16_t c) { return c == u' ' || (c >= u'\t' && c <= u'\r'); };
    for (const QChar c : text) {
        if (c.unicode() > 0x7F)
            return std::nullopt;
    }
    while (from < to && space(text[from].unicode()))
        ++from;
    while (to > from && space(text[to - 1].unicode()))
        --to;
    *percentSign = to > from && text[to - 1] == QLatin1Char('%');
    if (*percentSign) {
        --to;
        while (to > from && space(text[to - 1].unicode()))
            --to;
    }
    bool point = false;
    bool digitAfterPoint = false;
    for (qsizetype i = from; i < to; ++i) {
        char16_t c = text[i].unicode();
        if (c == u',')
            c = u'.';
        if (c == u'.') {
            if (point || i == from)
                return std::nullopt;
            point = true;
        } else if (c < u'0' || c > u'9') {
            return std::nullopt;
        } else if (point) {
            digitAfterPoint = true;
        }
        if (n == qsizetype(sizeof digits))
            return std::nullopt;
        digits[n++] = char(c);
    }
    if (n == 0 || (point && !digitAfterPoint))
        return std::nullopt;
    double v = 0;
    const auto [end, ec] = std::from_chars(digits, digits + n, v);
    if (ec != std::errc() || end != digits + n)
        return std::nullopt;
    return v;
}

// The parts of a cell between runs of ";", line feeds, carriage returns and (with commas) ",", empty
// parts left out: what QString::split with "[;,\\n\\r]+" (or "[;\\n\\r]+") and Qt::SkipEmptyParts gives,
// without the expression.
QStringList splitOnSeparators(const QString& cell, bool commas = true)
{
    QStringList out;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= cell.size(); ++i) {
        const bool end = i == cell.size();
        const char16_t c = end ? u';' : cell[i].unicode();
        if (c == u';' || (commas && c == u',') || c == u'\n' || c == u'\r') {
            if (i > start)
                out.append(cell.sliced(start, i - start));
            start = i + 1;
        }
    }
    return out;
}

std::optional<qint64> parseAmount(const ImportCell& cell, bool* unreadable)
{
    *unreadable = false;
    if (cell.value.typeId() == QMetaType::Double)
        return qint64(std::llround(cell.value.toDouble()));
    QString t = fold(cell.text);
    static const QRegularExpression currency(QStringLiteral("(vnd|dong|d)$"));
    t.remove(currency);
    t.remove(QLatin1Char(' '));
    if (t.isEmpty())
        return std::nullopt;
    if (!t.contains(QRegularExpression(QStringLiteral("\\d")))) // prose such as "Chưa tính được"
        return std::nullopt;
    static const QRegularExpression grouped(QStringLiteral("^\\d{1,3}([.,]\\d{3})*$"));
    static const QRegularExpression plain(QStringLiteral("^\\d+$"));
    if (grouped.match(t).hasMatch() || plain.match(t).hasMatch()) {
        t.remove(QLatin1Char('.'));
        t.remove(QLatin1Char(','));
        bool ok = false;
        const qint64 v = t.toLongLong(&ok);
        if (ok)
            return v;
    }
    *unreadable = true;
    return std::nullopt;
}

} // namespace

QString RowError::text() const
{
    if (column.isEmpty())
        return RowValidator::tr("Sheet \u201c%1\u201d, row %2: %3").arg(sheet).arg(row).arg(reason);
    return RowValidator::tr("Sheet \u201c%1\u201d, row %2, column %3: %4")
        .arg(sheet)
        .arg(row)
        .arg(column, reason);
}

const ImportCell* ImportRowData::cell(int column) const
{
    for (const ImportCell& c : cells) {
        if (c.column == column)
            return &c;
        if (c.column > column)
            break;
    }
    return nullptr;
}

QString ImportRowData::text(int column) const
{
    const ImportCell* c = cell(column);
    return c ? c->text : QString();
}

void ImportRowData::setText(int column, const QString& text)
{
    auto it = std::lower_bound(cells.begin(), cells.end(), column,
                               [](const ImportCell& c, int col) { return c.column < col; });
    const QString value = text::toNfc(text);
    if (value.trimmed().isEmpty()) {
        if (it != cells.end() && it->column == column)
            cells.erase(it);
        return;
    }
    ImportCell cell;
    cell.column = column;
    cell.text = value;
    cell.edited = true;
    if (it != cells.end() && it->column == column)
        *it = cell;
    else
        cells.insert(it, cell);
}

Result<ImportCatalog> ImportCatalog::load(Database& db)
{
    CatalogRepository repo(db);
    ImportCatalog catalog;
    auto categories = repo.categories();
    if (!categories)
        return categories.error();
    catalog.categories = *categories;
    auto units = repo.units();
    if (!units)
        return units.error();
    catalog.units = *units;
    for (const Unit& u : catalog.units)
        catalog.m_unitByKey.insert(fold(u.name), u.id);
    for (EntryKind k : {EntryKind::Initiative, EntryKind::TechnicalImprovement, EntryKind::UsefulSolution})
        catalog.kindNames.insert(int(k), repo.initiativeKindName(k));
    return catalog;
}

std::optional<qint64> ImportCatalog::findCategory(const QString& text) const
{
    const QString key = fold(text);
    if (key.isEmpty())
        return std::nullopt;
    // A code, possibly after the plan's Roman section number: "2.d", "2d", "2 d", "II.2.d", "2.d - …".
    static const QRegularExpression code(
        QStringLiteral("^(?:[ivx]+\\s*[.)\\-]?\\s*)?(\\d)\\s*[.)\\-]?\\s*([a-z])(?![a-z])"));
    // "2.d" as most lists write it is its own code: the expression would give the same.
    const bool plainCode = key.size() == 3 && key[0] >= QLatin1Char('0') && key[0] <= QLatin1Char('9') &&
                           key[1] == QLatin1Char('.') && key[2] >= QLatin1Char('a') &&
                           key[2] <= QLatin1Char('z');
    if (const auto m = plainCode ? QRegularExpressionMatch() : code.match(key); plainCode || m.hasMatch()) {
        const QString wanted = plainCode ? key : m.captured(1) + QLatin1Char('.') + m.captured(2);
        for (const ContentCategory& c : categories) {
            if (c.code.compare(wanted, Qt::CaseInsensitive) == 0)
                return c.id;
        }
    }
    // The wording, whole or its start (units shorten the long wordings).
    std::optional<qint64> byStart;
    int startMatches = 0;
    for (const ContentCategory& c : categories) {
        const QString title = fold(c.title);
        if (title == key)
            return c.id;
        if (key.size() >= 8 && title.startsWith(key)) {
            byStart = c.id;
            ++startMatches;
        }
    }
    return startMatches == 1 ? byStart : std::nullopt;
}

std::optional<EntryKind> ImportCatalog::findKind(const QString& text) const
{
    const QString key = fold(text);
    if (key.isEmpty())
        return std::nullopt;
    for (EntryKind k : {EntryKind::Initiative, EntryKind::TechnicalImprovement, EntryKind::UsefulSolution}) {
        if (key == fold(kindNames.value(int(k))) || key == fold(entryKindCode(k)))
            return k;
    }
    static const QHash<QString, EntryKind> words{
        {QStringLiteral("sang kien"), EntryKind::Initiative},
        {QStringLiteral("sk"), EntryKind::Initiative},
        {QStringLiteral("initiative"), EntryKind::Initiative},
        {QStringLiteral("cai tien ky thuat"), EntryKind::TechnicalImprovement},
        {QStringLiteral("cai tien"), EntryKind::TechnicalImprovement},
        {QStringLiteral("ctkt"), EntryKind::TechnicalImprovement},
        {QStringLiteral("technical improvement"), EntryKind::TechnicalImprovement},
        {QStringLiteral("giai phap huu ich"), EntryKind::UsefulSolution},
        {QStringLiteral("giai phap"), EntryKind::UsefulSolution},
        {QStringLiteral("gphi"), EntryKind::UsefulSolution},
        {QStringLiteral("useful solution"), EntryKind::UsefulSolution},
    };
    const auto it = words.constFind(key);
    return it != words.cend() ? std::optional<EntryKind>(*it) : std::nullopt;
}

std::optional<qint64> ImportCatalog::findUnit(const QString& name) const
{
    const auto it = m_unitByKey.constFind(fold(name));
    return it != m_unitByKey.cend() ? std::optional<qint64>(*it) : std::nullopt;
}

QString ImportCatalog::suggestUnit(const QString& name) const
{
    double best = 0.34; // below this nothing is "close"
    QString suggestion;
    for (const Unit& u : units) {
        const double s = text::wordSimilarity(name, u.name);
        if (s > best) {
            best = s;
            suggestion = u.name;
        }
    }
    return suggestion;
}

qint64 ImportCatalog::addPendingUnit(const QString& name)
{
    if (const auto known = findUnit(name))
        return *known;
    Unit u;
    u.id = m_nextPendingId--;
    u.name = text::clean(name);
    pendingUnitKinds.insert(u.id, unitKindForName(name));
    units.append(u);
    m_unitByKey.insert(fold(name), u.id);
    return u.id;
}

QString ImportCatalog::unitName(qint64 id) const
{
    for (const Unit& u : units) {
        if (u.id == id)
            return u.name;
    }
    return {};
}

RowValidator::RowValidator(const ColumnMapping& mapping, const ImportCatalog& catalog, QString sheet,
                           QDate today)
    : m_mapping(mapping)
    , m_catalog(catalog)
    , m_sheet(std::move(sheet))
    , m_today(today)
{}

RowError RowValidator::errorAt(int row, ImportField field, const QString& reason) const
{
    return {m_sheet, row, ColumnMapping::columnLetter(m_mapping.columnOf(field)), reason,
            importFieldId(field)};
}

RowError RowValidator::errorAtColumn(int row, int column, const QString& field, const QString& reason) const
{
    return {m_sheet, row, ColumnMapping::columnLetter(column), reason, field};
}

std::optional<QDate> RowValidator::parseDate(const ImportCell& cell)
{
    if (cell.value.typeId() == QMetaType::QDate)
        return cell.value.toDate();
    if (cell.value.typeId() == QMetaType::QDateTime)
        return cell.value.toDateTime().date();
    const QString t = cell.text.trimmed();
    static const QRegularExpression dmy(
        QStringLiteral("^(\\d{1,2})\\s*[/.\\-]\\s*(\\d{1,2})\\s*[/.\\-]\\s*(\\d{4}|\\d{2})$"));
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ].*)?$"));
    if (const auto m = dmy.match(t); m.hasMatch()) {
        int year = m.captured(3).toInt();
        if (m.captured(3).size() == 2)
            year += 2000;
        const QDate d(year, m.captured(2).toInt(), m.captured(1).toInt());
        if (d.isValid())
            return d;
    }
    if (const auto m = iso.match(t); m.hasMatch()) {
        const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        if (d.isValid())
            return d;
    }
    return std::nullopt;
}

std::optional<double> RowValidator::parseShare(const QString& text, const QVariant& value)
{
    double v = 0;
    bool percentSign = false;
    if (value.typeId() == QMetaType::Double) {
        v = value.toDouble();
        percentSign = text.contains(QLatin1Char('%')); // a percent-formatted cell holds the fraction
        if (percentSign)
            return v * 100.0;
    } else if (const auto plain = parsePlainShare(text, &percentSign); plain) {
        v = *plain;
    } else {
        QString t = text.trimmed();
        percentSign = t.endsWith(QLatin1Char('%'));
        if (percentSign)
            t.chop(1);
        t = t.trimmed();
        t.replace(QLatin1Char(','), QLatin1Char('.'));
        static const QRegularExpression number(QStringLiteral("^\\d+(\\.\\d+)?$"));
        if (!number.match(t).hasMatch())
            return std::nullopt;
        v = t.toDouble();
    }
    // "0,6" is a fraction of one; whole numbers are percents.
    if (!percentSign && v > 0 && v < 1)
        v *= 100.0;
    return v;
}

QList<RowValidator::NamedShare> RowValidator::splitAuthors(const QString& cell)
{
    static const QRegularExpression withShare(
        QStringLiteral("^(.*?)[\\s:\\-\u2013]*\\(?\\s*(\\d+(?:[.,]\\d+)?)\\s*%\\s*\\)?$"));
    static const QRegularExpression numbering(QStringLiteral("^(?:\\d+[.)]|[-+*\u2022])\\s*"));
    // A decimal comma inside a share ("(40,5%)") is not a separator: protect it first. The expressions
    // run only where they can match: a share needs a "%", a numbering a digit or a bullet first.
    const bool percent = cell.contains(QLatin1Char('%'));
    QString protectedCell = cell;
    static const QRegularExpression decimalComma(QStringLiteral("(\\d),(\\d+\\s*%)"));
    if (percent && cell.contains(QLatin1Char(',')))
        protectedCell.replace(decimalComma, QStringLiteral("\\1.\\2"));
    QList<NamedShare> out;
    for (QString part : splitOnSeparators(protectedCell)) {
        part = text::clean(part);
        if (!part.isEmpty() &&
            (part.front().isDigit() || part.front() == QLatin1Char('-') || part.front() == QLatin1Char('+') ||
             part.front() == QLatin1Char('*') || part.front() == QChar(0x2022)))
            part.remove(numbering);
        if (part.isEmpty())
            continue;
        NamedShare ns;
        if (const auto m = percent ? withShare.match(part) : QRegularExpressionMatch();
            m.hasMatch() && !m.captured(1).trimmed().isEmpty()) {
            ns.name = text::clean(m.captured(1));
            ns.share = parseShare(m.captured(2) + QLatin1Char('%'));
        } else {
            ns.name = part;
        }
        out.append(ns);
    }
    return out;
}

std::optional<Gender> RowValidator::parseGender(const QString& text)
{
    const QString key = fold(text);
    if (key == QLatin1String("nam") || key == QLatin1String("male") || key == QLatin1String("m"))
        return Gender::Male;
    if (key == QLatin1String("nu") || key == QLatin1String("female") || key == QLatin1String("f"))
        return Gender::Female;
    return std::nullopt;
}

std::optional<NomineeKind> RowValidator::parseNomineeKind(const QString& text)
{
    const QString key = fold(text);
    if (key == QLatin1String("tap the") || key == QLatin1String("collective") || key == QLatin1String("tt"))
        return NomineeKind::Collective;
    if (key == QLatin1String("ca nhan") || key == QLatin1String("individual") || key == QLatin1String("cn"))
        return NomineeKind::Individual;
    return std::nullopt;
}

RowValidator::Outcome RowValidator::validate(const ImportRowData& row) const
{
    Outcome out;
    Entry& e = out.entry;
    const int r = row.number;
    QSet<QString> reported; // validator fields already explained by a reading error

    auto cellOf = [&](ImportField f) -> const ImportCell* {
        const int column = m_mapping.columnOf(f);
        return column >= 0 ? row.cell(column) : nullptr;
    };
    auto textOf = [&](ImportField f) {
        const ImportCell* c = cellOf(f);
        return c ? text::clean(c->text) : QString();
    };

    e.title = textOf(ImportField::Title);
    e.summary = textOf(ImportField::Summary);
    e.scope = textOf(ImportField::Scope);

    if (const QString kind = textOf(ImportField::Kind); !kind.isEmpty()) {
        if (const auto k = m_catalog.findKind(kind))
            e.kind = *k;
        else
            out.errors.append(errorAt(r, ImportField::Kind,
                                      tr("Unknown kind \u201c%1\u201d: write Sáng kiến, Cải tiến kỹ thuật or "
                                         "Giải pháp hữu ích.")
                                          .arg(kind)));
    }

    if (const QString category = textOf(ImportField::Category); !category.isEmpty()) {
        if (const auto id = m_catalog.findCategory(category)) {
            e.categoryId = *id;
        } else {
            out.errors.append(errorAt(r, ImportField::Category,
                                      tr("Unknown content category \u201c%1\u201d: write its code (1.a to "
                                         "4.b) or its wording.")
                                          .arg(category)));
            reported.insert(QStringLiteral("category"));
        }
    }

    for (const auto& [field, target] : {std::pair{ImportField::ReceivedOn, &e.receivedOn},
                                        std::pair{ImportField::FirstAppliedOn, &e.firstAppliedOn}}) {
        const ImportCell* c = cellOf(field);
        if (!c)
            continue;
        if (const auto d = parseDate(*c))
            *target = *d;
        else
            out.errors.append(
                errorAt(r, field, tr("\u201c%1\u201d is not a date: write it as dd/mm/yyyy.").arg(c->text)));
    }

    if (const ImportCell* c = cellOf(ImportField::EconomicBenefit)) {
        bool unreadable = false;
        e.economicBenefit = parseAmount(*c, &unreadable);
        if (unreadable)
            out.errors.append(errorAt(r, ImportField::EconomicBenefit,
                                      tr("\u201c%1\u201d is not an amount in đồng.").arg(c->text)));
    }

    // The nominee: a person when a name is given, unless the sheet says "Tập thể".
    Nominee& n = e.nominee;
    const QString name = textOf(ImportField::NomineeName);
    const QString kindText = textOf(ImportField::NomineeKind);
    n.kind = name.isEmpty() ? NomineeKind::Collective : NomineeKind::Individual;
    if (!kindText.isEmpty()) {
        if (const auto k = parseNomineeKind(kindText))
            n.kind = *k;
        else
            out.errors.append(
                errorAt(r, ImportField::NomineeKind,
                        tr("\u201c%1\u201d is neither Tập thể (collective) nor Cá nhân (individual).")
                            .arg(kindText)));
    }
    n.name = name;
    n.position = textOf(ImportField::Position);
    if (const QString g = textOf(ImportField::Gender); !g.isEmpty()) {
        if (const auto gender = parseGender(g))
            n.gender = *gender;
        else
            out.errors.append(errorAt(r, ImportField::Gender,
                                      tr("\u201c%1\u201d is not a gender: write Nam or Nữ.").arg(g)));
    }
    if (const ImportCell* c = cellOf(ImportField::BirthYear)) {
        std::optional<int> year;
        if (c->value.typeId() == QMetaType::Double && c->value.toDouble() == std::floor(c->value.toDouble()))
            year = int(c->value.toDouble());
        else if (const auto d = parseDate(*c))
            year = d->year();
        else if (static const QRegularExpression digits(QStringLiteral("^\\d{4}$"));
                 digits.match(c->text.trimmed()).hasMatch())
            year = c->text.trimmed().toInt();
        if (!year) {
            out.errors.append(
                errorAt(r, ImportField::BirthYear, tr("\u201c%1\u201d is not a birth year.").arg(c->text)));
            reported.insert(QStringLiteral("nominee.birthYear"));
        } else {
            n.birthYear = *year;
        }
    }

    if (const QString unit = textOf(ImportField::Unit); !unit.isEmpty()) {
        if (const auto id = m_catalog.findUnit(unit)) {
            n.unitId = *id;
        } else {
            out.unknownUnit = unit;
            out.unitSuggestion = m_catalog.suggestUnit(unit);
            out.errors.append(errorAt(r, ImportField::Unit,
                                      out.unitSuggestion.isEmpty()
                                          ? tr("Unknown unit \u201c%1\u201d: create it or write the name of "
                                               "a unit of the campaign.")
                                                .arg(unit)
                                          : tr("Unknown unit \u201c%1\u201d: did you mean \u201c%2\u201d? Or "
                                               "create it.")
                                                .arg(unit, out.unitSuggestion)));
            reported.insert(QStringLiteral("nominee.unit"));
            reported.insert(QStringLiteral("nominee.name"));
        }
    }
    if (n.kind == NomineeKind::Collective && n.name.isEmpty() && n.unitId)
        n.name = m_catalog.unitName(n.unitId);

    // Authors: an individual nominee leads, then the co-authors; shares in their own column or by name.
    QList<NamedShare> people;
    if (n.kind == NomineeKind::Individual && !n.name.isEmpty())
        people.append({n.name, std::nullopt});
    // Raw text: the line breaks between names matter here.
    const ImportCell* coAuthorsCell = cellOf(ImportField::CoAuthors);
    const QList<NamedShare> coAuthors = splitAuthors(coAuthorsCell ? coAuthorsCell->text : QString());
    people.append(coAuthors);
    const int sharesColumn = m_mapping.columnOf(ImportField::Shares) >= 0
                                 ? m_mapping.columnOf(ImportField::Shares)
                                 : m_mapping.columnOf(ImportField::CoAuthors);
    const QString sharesField =
        importFieldId(m_mapping.hasField(ImportField::Shares) ? ImportField::Shares : ImportField::CoAuthors);
    bool sharesReadable = true;
    if (const ImportCell* c = cellOf(ImportField::Shares)) {
        QStringList parts = splitOnSeparators(c->text, false); // "[;\\n\\r]+"
        // "60, 40" for two authors: commas separate; "0,6" for one is a decimal comma.
        if (parts.size() == 1 && people.size() > 1) {
            const QStringList byComma = parts.first().split(QLatin1Char(','), Qt::SkipEmptyParts);
            if (byComma.size() == people.size())
                parts = byComma;
        }
        if (parts.size() != people.size() && !(people.isEmpty() && parts.size() == 1)) {
            out.errors.append(errorAtColumn(
                r, sharesColumn, sharesField,
                tr("%n share(s) given for %1 author(s).", nullptr, int(parts.size())).arg(people.size())));
            sharesReadable = false;
        } else {
            for (int i = 0; i < parts.size() && i < people.size(); ++i) {
                const auto share = parts.size() == 1 ? parseShare(parts[i], c->value) : parseShare(parts[i]);
                if (!share) {
                    out.errors.append(
                        errorAtColumn(r, sharesColumn, sharesField,
                                      tr("\u201c%1\u201d is not a share: write it as 60%, 60 or 0,6.")
                                          .arg(parts[i].trimmed())));
                    sharesReadable = false;
                    break;
                }
                people[i].share = share;
            }
        }
    }
    if (sharesReadable && !people.isEmpty()) {
        int missing = 0;
        double given = 0;
        for (const NamedShare& p : people) {
            if (p.share)
                given += *p.share;
            else
                ++missing;
        }
        if (missing == 1 && given < 100.0) {
            // One author without a share (usually the nominee, when co-authors carry theirs): the rest.
            for (NamedShare& p : people) {
                if (!p.share)
                    p.share = 100.0 - given;
            }
        } else if (missing > 0) {
            out.errors.append(errorAtColumn(r, sharesColumn, sharesField,
                                            tr("The shares of the %1 authors are missing: write them as "
                                               "60%; 40% in the order of the authors.")
                                                .arg(people.size())));
            sharesReadable = false;
        }
    }
    if (!sharesReadable)
        reported.insert(QStringLiteral("authors"));
    for (int i = 0; i < people.size(); ++i) {
        Author a;
        a.fullName = people[i].name;
        a.sharePercent = people[i].share.value_or(0);
        a.unitId = n.unitId;
        if (i == 0 && n.kind == NomineeKind::Individual)
            a.position = n.position;
        e.authors.append(a);
    }

    // The rules every entry meets, placed on the column each comes from.
    for (const FieldProblem& p : EntryValidator::validate(e, m_today)) {
        const QString group =
            p.field.startsWith(QLatin1String("authors")) ? QStringLiteral("authors") : p.field;
        if (reported.contains(group) || (!sharesReadable && group == QLatin1String("authors")))
            continue;
        const ImportField f = fieldForProblem(p.field, n.kind, m_mapping);
        out.errors.append(errorAtColumn(r, f == ImportField::Ignore ? -1 : m_mapping.columnOf(f),
                                        f == ImportField::Ignore ? p.field : importFieldId(f), p.message));
    }
    return out;
}

} // namespace sangkien
