#include "document_wording.h"

namespace sangkien::wording {

namespace {

// "3 tập thể và 7 cá nhân", "3 tập thể", "7 cá nhân".
QString awardeeCount(int collectives, int individuals)
{
    const QString c = QStringLiteral("%1 tập thể").arg(collectives);
    const QString i = QStringLiteral("%1 cá nhân").arg(individuals);
    if (collectives > 0 && individuals > 0)
        return c + QStringLiteral(" và ") + i;
    return collectives > 0 ? c : i;
}

} // namespace

QString awardArticle(const QString& formFull, int collectives, int individuals, const QString& reason)
{
    return QStringLiteral("Tặng %1 cho %2 (có danh sách kèm theo) %3.")
        .arg(formFull, awardeeCount(collectives, individuals), reason);
}

QString proposalBody(const QString& issuingBody, const QString& addressee, const QString& formFull,
                     int collectives, int individuals, const QString& reason)
{
    return QStringLiteral("Thực hiện Kế hoạch phát động phong trào thi đua, trên cơ sở kết quả xét chọn của "
                          "Hội đồng Thi đua - Khen thưởng, %1 kính trình %2 xem xét, đề nghị tặng %3 cho %4 "
                          "(có danh sách kèm theo) %5.")
        .arg(issuingBody, addressee, formFull, awardeeCount(collectives, individuals), reason);
}

QString proposalClosing(const QString& issuingBody, const QString& addressee)
{
    return QStringLiteral("%1 kính trình %2 xem xét, quyết định./.").arg(issuingBody, addressee);
}

QString roman(int n)
{
    static const char* const numerals[] = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"};
    return n >= 1 && n <= 10 ? QString::fromLatin1(numerals[n - 1]) : QString::number(n);
}

} // namespace sangkien::wording
