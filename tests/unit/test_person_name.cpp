#include "text/person_name.h"

#include <QStringList>
#include <algorithm>
#include <catch2/catch.hpp>
#include <random>

using namespace sangkien::text;

namespace {

PersonName makeName(const QString& family, const QString& middle, const QString& given)
{
    PersonName name;
    name.family = family;
    name.middle = middle;
    name.given = given;
    return name;
}

} // namespace

TEST_CASE("PersonName::parse splits family, middle and given names", "[names]")
{
    CHECK(PersonName::parse(QStringLiteral("Trần Thị Thu Hằng")) ==
          makeName(QStringLiteral("Trần"), QStringLiteral("Thị Thu"), QStringLiteral("Hằng")));
    CHECK(PersonName::parse(QStringLiteral("Nguyễn Văn An")) ==
          makeName(QStringLiteral("Nguyễn"), QStringLiteral("Văn"), QStringLiteral("An")));
    CHECK(PersonName::parse(QStringLiteral("Nguyễn An")) ==
          makeName(QStringLiteral("Nguyễn"), QString(), QStringLiteral("An")));
    CHECK(PersonName::parse(QStringLiteral("Hằng")) ==
          makeName(QString(), QString(), QStringLiteral("Hằng")));
    CHECK(PersonName::parse(QString()) == PersonName{});
    CHECK(PersonName::parse(QStringLiteral("  \t ")) == PersonName{});
}

TEST_CASE("PersonName::parse cleans the name first", "[names][nfc]")
{
    const QString decomposed =
        QString::fromUtf8("  Nguye\u0302\u0303n \t Thi\u0323   Thu  Ha\u0306\u0300ng ");
    const PersonName name = PersonName::parse(decomposed);
    CHECK(name == makeName(QStringLiteral("Nguyễn"), QStringLiteral("Thị Thu"), QStringLiteral("Hằng")));
    CHECK(name.given.size() == 4); // composed: H ằ n g
}

TEST_CASE("compareNames compares the given name first", "[names]")
{
    CHECK(compareNames(QStringLiteral("Trần Văn An"), QStringLiteral("Lê Thị Bình")) < 0);
    CHECK(compareNames(QStringLiteral("Lê Thị Bình"), QStringLiteral("Trần Văn An")) > 0);
    CHECK(compareNames(QStringLiteral("Nguyễn Văn Dũng"), QStringLiteral("Bùi Minh Đức")) < 0);
    CHECK(compareNames(QStringLiteral("Vũ Thị Ánh"), QStringLiteral("Đỗ Văn Ân")) < 0);
    CHECK(compareNames(QStringLiteral("Trương Thị Hà"), QStringLiteral("Bạch Văn Hải")) < 0);
}

TEST_CASE("compareNames then compares family and middle names", "[names]")
{
    CHECK(compareNames(QStringLiteral("Lê Văn An"), QStringLiteral("Trần Văn An")) < 0);
    CHECK(compareNames(QStringLiteral("Dương Văn Đức"), QStringLiteral("Đỗ Minh Đức")) < 0);
    CHECK(compareNames(QStringLiteral("Nguyễn An"), QStringLiteral("Nguyễn Văn An")) < 0);
    CHECK(compareNames(QStringLiteral("Nguyễn Thị An"), QStringLiteral("Nguyễn Văn An")) < 0);
    CHECK(compareNames(QStringLiteral("Trần Văn An"), QStringLiteral("Trần Văn An")) == 0);
    CHECK(compareNames(QStringLiteral("Trần  Văn An "), QString::fromUtf8("Tra\u0302\u0300n Văn An")) == 0);
}

TEST_CASE("compareNames works on parsed names", "[names]")
{
    const PersonName a = PersonName::parse(QStringLiteral("Trần Văn An"));
    const PersonName b = PersonName::parse(QStringLiteral("Lê Thị Bình"));
    CHECK(compareNames(a, b) < 0);
    CHECK(compareNames(b, a) > 0);
    CHECK(compareNames(a, a) == 0);
}

TEST_CASE("nameLessThan sorts a list as Vietnamese lists are sorted", "[names]")
{
    const QStringList expected = {
        QStringLiteral("Lê Văn An"),   QStringLiteral("Nguyễn An"),      QStringLiteral("Nguyễn Văn An"),
        QStringLiteral("Trần Văn An"), QStringLiteral("Phạm Thị Ánh"),   QStringLiteral("Vũ Thị Ân"),
        QStringLiteral("Lê Thị Bình"), QStringLiteral("Hoàng Văn Dũng"), QStringLiteral("Dương Văn Đức"),
        QStringLiteral("Đỗ Minh Đức"), QStringLiteral("Trương Thị Hà"),  QStringLiteral("Trương Văn Hà"),
        QStringLiteral("Ngô Văn Hải"),
    };

    QStringList reversed = expected;
    std::reverse(reversed.begin(), reversed.end());
    std::sort(reversed.begin(), reversed.end(), nameLessThan);
    CHECK(reversed == expected);

    std::mt19937 random(20250205);
    for (int round = 0; round < 10; ++round) {
        QStringList shuffled = expected;
        std::shuffle(shuffled.begin(), shuffled.end(), random);
        std::sort(shuffled.begin(), shuffled.end(), nameLessThan);
        CHECK(shuffled == expected);
    }
}
