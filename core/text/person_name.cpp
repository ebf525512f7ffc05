#include "text/person_name.h"

#include "text/vietnamese_text.h"

#include <QStringList>

namespace sangkien::text {

PersonName PersonName::parse(const QString& fullName)
{
    // clean() first: NFD input or stray double spaces must not create empty parts.
    const QStringList words = clean(fullName).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    PersonName name;
    if (words.isEmpty())
        return name;
    name.given = words.last();
    if (words.size() >= 2) {
        name.family = words.first();
        name.middle = words.mid(1, words.size() - 2).join(QLatin1Char(' '));
    }
    return name;
}

int compareNames(const PersonName& a, const PersonName& b)
{
    // Vietnamese lists sort by given name; family and then middle names only break ties.
    if (const int c = compareVietnamese(a.given, b.given); c != 0)
        return c;
    if (const int c = compareVietnamese(a.family, b.family); c != 0)
        return c;
    return compareVietnamese(a.middle, b.middle);
}

int compareNames(const QString& fullNameA, const QString& fullNameB)
{
    return compareNames(PersonName::parse(fullNameA), PersonName::parse(fullNameB));
}

} // namespace sangkien::text
