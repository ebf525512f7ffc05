#include "text/typed_date.h"

#include <catch2/catch.hpp>

using namespace sangkien::text;
using Problem = TypedDate::Problem;

TEST_CASE("A typed date is read day first, with or without separators", "[text][dates]")
{
    const auto [typed, expected] = GENERATE(table<const char*, QDate>({
        {"02/03/2024", QDate(2024, 3, 2)},
        {"2/3/2024", QDate(2024, 3, 2)},
        {" 02 / 03 / 2024 ", QDate(2024, 3, 2)},
        {"02.03.2024", QDate(2024, 3, 2)},
        {"02-03-2024", QDate(2024, 3, 2)},
        {"02 03 2024", QDate(2024, 3, 2)},
        {"02032024", QDate(2024, 3, 2)},
        {"15032024", QDate(2024, 3, 15)},
        {"020324", QDate(2024, 3, 2)},
        {"29/02/2024", QDate(2024, 2, 29)},
        {"31/12/1999", QDate(1999, 12, 31)},
    }));
    INFO(typed);
    const TypedDate d = parseTypedDate(QString::fromLatin1(typed));
    CHECK(d.problem == Problem::None);
    CHECK(d.date == expected);
}

TEST_CASE("An impossible or unreadable typed date is no date", "[text][dates]")
{
    CHECK(parseTypedDate(QString()).problem == Problem::Empty);
    CHECK(parseTypedDate(QStringLiteral("   ")).problem == Problem::Empty);
    for (const char* impossible :
         {"31/02/2024", "29/02/2023", "31022024", "15/13/2024", "00/01/2024", "31/04/2024"}) {
        INFO(impossible);
        const TypedDate d = parseTypedDate(QString::fromLatin1(impossible));
        CHECK(d.problem == Problem::Impossible);
        CHECK_FALSE(d.date.isValid());
    }
    const TypedDate feb = parseTypedDate(QStringLiteral("31/02/2024"));
    CHECK(feb.day == 31);
    CHECK(feb.month == 2);
    CHECK(feb.year == 2024);
    for (const char* unreadable :
         {"0203", "2024-03-02x", "02/03", "abc", "020320245", "02/03/20245", "1/2/3"}) {
        INFO(unreadable);
        CHECK(parseTypedDate(QString::fromLatin1(unreadable)).problem == Problem::Unreadable);
    }
}
