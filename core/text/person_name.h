#pragma once

#include <QString>

namespace sangkien::text {

// A Vietnamese full name split the way lists sort it: "Trần Thị Thu Hằng" → family "Trần",
// middle "Thị Thu", given "Hằng". A one-word name is all given name.
struct PersonName
{
    QString family;
    QString middle;
    QString given;

    static PersonName parse(const QString& fullName);
    bool operator==(const PersonName&) const = default;
};

// Orders person names as Vietnamese lists do: given name, then family name, then middle names, each
// compared with Vietnamese collation ("Trần Văn An" before "Lê Thị Bình"; "Lê Văn An" before "Trần Văn An").
int compareNames(const QString& fullNameA, const QString& fullNameB);
// The same for names already parsed, so a model can parse once and sort many times.
int compareNames(const PersonName& a, const PersonName& b);
inline bool nameLessThan(const QString& a, const QString& b)
{
    return compareNames(a, b) < 0;
}

} // namespace sangkien::text
