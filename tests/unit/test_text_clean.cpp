// text::clean answers a text that is already clean without copying it: the answer must be the general
// one (NFC, control characters dropped, white space simplified) for every kind of text.
#include "text/vietnamese_text.h"

#include <QRandomGenerator>
#include <catch2/catch.hpp>

using namespace sangkien;

namespace {

QString general(const QString& s)
{
    return text::toNfc(s).simplified();
}

} // namespace

TEST_CASE("clean gives the general answer for clean, unclean and decomposed texts", "[text][clean]")
{
    const QStringList texts{
        QString(),
        QStringLiteral(""),
        QStringLiteral(" "),
        QStringLiteral("Nguyễn Văn Người"),
        QStringLiteral("Ứng dụng phần mềm quản lý hồ sơ điện tử tại Sở Tư pháp tỉnh Hưng Yên"),
        QStringLiteral(" Đặng Thị Hương"),
        QStringLiteral("Đặng Thị Hương "),
        QStringLiteral("Đặng  Thị"),
        QStringLiteral("Đặng\tThị"),
        QStringLiteral("Đặng\nThị"),
        QStringLiteral("Đặng\u00a0Thị"), // a no-break space
        QStringLiteral("Đặng\u2003Thị"), // an em space
        QStringLiteral("Đặng\u0085Thị"), // NEL
        QStringLiteral("a\u0000b"),
        QStringLiteral("a\u007fb"),
        QStringLiteral("a\u0080b"),
        QStringLiteral("Nguye\u0302\u0303n"), // decomposed
        QStringLiteral("A\u030a"),
        QStringLiteral("\u212b"), // the angstrom sign, NFC Å
        QStringLiteral("\u1e9b\u0323"),
        QStringLiteral("ơ\u0301"), // a precomposed letter and a combining mark: composes
        QStringLiteral("ư\u0323"),
        QStringLiteral("漢字 và 😀"),
        QStringLiteral("Cộng hòa xã hội chủ nghĩa Việt Nam - Độc lập, Tự do, Hạnh phúc"),
    };
    for (const QString& s : texts) {
        INFO(s.toStdString());
        CHECK(text::clean(s) == general(s));
        CHECK(text::clean(s).isNull() == general(s).isNull());
    }
    // Random texts from letters, Vietnamese letters, marks and white space.
    const QString alphabet = QStringLiteral("aAđĐơưẠạỹ \t\n\u00a0\u0301\u0323\u0302.,-1");
    QRandomGenerator random(15);
    for (int i = 0; i < 20000; ++i) {
        QString s;
        const int length = int(random.bounded(12));
        for (int k = 0; k < length; ++k)
            s += alphabet[int(random.bounded(int(alphabet.size())))];
        INFO(s.toStdString());
        REQUIRE(text::clean(s) == general(s));
    }
}
