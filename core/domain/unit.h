#pragma once

#include <QString>

namespace sangkien {

// A kind of unit from the plan's Section III (district-level People's Committee, department, …).
struct UnitKind
{
    qint64 id = 0;
    QString code; // "district", "department", "party_mass", "university", "school", "enterprise", "resident"
    QString name;

    bool operator==(const UnitKind&) const = default;
};

// A unit that sends entries: "UBND huyện Văn Lâm", "Sở Y tế", …
struct Unit
{
    qint64 id = 0;
    qint64 kindId = 0;
    QString name;
    QString district;

    bool operator==(const Unit&) const = default;
};

} // namespace sangkien
