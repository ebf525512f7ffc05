// The readings of shares and authors the importer runs on every row, pinned on their edge cases: the
// quick paths (ASCII shares read without an expression, names without "%" or numbering split by hand)
// must give what the general reading gives.
#include "import/import_row.h"
#include "import/reader_values.h"

#include <QDate>
#include <catch2/catch.hpp>

using namespace sangkien;

namespace {

QStringList namesOf(const QList<RowValidator::NamedShare>& shares)
{
    QStringList out;
    for (const auto& s : shares)
        out << s.name;
    return out;
}

} // namespace

TEST_CASE("Shares are read the same whatever their spacing, separator and digits", "[import][reading]")
{
    using R = RowValidator;
    CHECK(R::parseShare(QStringLiteral(" 60 % ")) == 60.0);
    CHECK(R::parseShare(QStringLiteral("\t40%\n")) == 40.0);
    CHECK(R::parseShare(QStringLiteral("12.5%")) == 12.5);
    CHECK(R::parseShare(QStringLiteral("12,5 %")) == 12.5);
    CHECK(R::parseShare(QStringLiteral("0.25")) == Approx(25.0));  // a fraction of one
    CHECK(R::parseShare(QStringLiteral("0,25%")) == Approx(0.25)); // a percent sign: a percent
    CHECK(R::parseShare(QStringLiteral("100")) == 100.0);
    CHECK(R::parseShare(QStringLiteral("0")) == 0.0);
    CHECK(R::parseShare(QStringLiteral("007")) == 7.0);
    for (const char* bad : {"", " ", "%", ".5", "5.", "5,", "1.5.0", "1,5,0", "-5", "+5", "5%%", "5 5", "1e2",
                            "0x10", "60 %;", "(60%)"}) {
        INFO(bad);
        CHECK_FALSE(R::parseShare(QString::fromLatin1(bad)));
    }
    // A no-break space and full-width digits: the general reading decides.
    CHECK(R::parseShare(QStringLiteral("60\u00a0%")) == 60.0);
    CHECK_FALSE(R::parseShare(QStringLiteral("6\uff10")) == 60.0);
    // A number of very many digits still reads.
    CHECK(R::parseShare(QString(80, QLatin1Char('0')) + QStringLiteral("5")) == 5.0);
}

TEST_CASE("Authors are split the same with and without shares, numbering and bullets", "[import][reading]")
{
    using R = RowValidator;
    CHECK(namesOf(R::splitAuthors(QStringLiteral("Trần Thị Phụ5"))) ==
          QStringList{QStringLiteral("Trần Thị Phụ5")});
    CHECK(namesOf(R::splitAuthors(QStringLiteral(";; Lê Văn A ,, \r\n Trần  Thị B;"))) ==
          QStringList{QStringLiteral("Lê Văn A"), QStringLiteral("Trần Thị B")});
    CHECK(R::splitAuthors(QStringLiteral(" ; , \n")).isEmpty());
    CHECK(
        namesOf(R::splitAuthors(QStringLiteral("1. Lê Văn A\n2) Trần Thị B\n- Đỗ C\n\u2022 Hà D\n* Vũ E"))) ==
        QStringList{QStringLiteral("Lê Văn A"), QStringLiteral("Trần Thị B"), QStringLiteral("Đỗ C"),
                    QStringLiteral("Hà D"), QStringLiteral("Vũ E")});
    // A name that starts with a digit but no numbering keeps it.
    CHECK(namesOf(R::splitAuthors(QStringLiteral("3 Nguyễn"))) == QStringList{QStringLiteral("3 Nguyễn")});

    const auto shared = R::splitAuthors(QStringLiteral("1. Lê Văn A (40,5%); Trần Thị B: 59,5 %, Đỗ C"));
    REQUIRE(shared.size() == 3);
    CHECK(shared[0].name == QStringLiteral("Lê Văn A"));
    CHECK(shared[0].share == 40.5);
    CHECK(shared[1].name == QStringLiteral("Trần Thị B"));
    CHECK(shared[1].share == 59.5);
    CHECK(shared[2].name == QStringLiteral("Đỗ C"));
    CHECK_FALSE(shared[2].share);
    // A comma between digits without a percent sign separates.
    CHECK(namesOf(R::splitAuthors(QStringLiteral("Lê 1,2 Trần"))) ==
          QStringList{QStringLiteral("Lê 1"), QStringLiteral("2 Trần")});
}

TEST_CASE("A date cell's text is dd/MM/yyyy as QDate writes it, for every day", "[import][reading]")
{
    for (QDate d(1899, 12, 30); d <= QDate(2031, 1, 2); d = d.addDays(1))
        REQUIRE(reader::displayText(d) == d.toString(QStringLiteral("dd/MM/yyyy")));
    for (const QDate& d : {QDate(999, 12, 31), QDate(1000, 1, 1), QDate(9999, 12, 31), QDate(1, 1, 1),
                           QDate(-44, 3, 15), QDate()})
        CHECK(reader::displayText(d) == d.toString(QStringLiteral("dd/MM/yyyy")));
}
