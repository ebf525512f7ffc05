#pragma once

// The Vietnamese wording of the documents the office prints (Decree 30/2020/NĐ-CP). This is the
// documents' content, not the program's UI, so it is not translated: it lives here, in one place, so
// the office's wording can be changed without touching the layout.

#include "domain/aggregation_method.h"
#include "domain/council_member.h"

#include <QString>
#include <QStringList>

namespace sangkien::wording {

// How the members' totals become an entry's score, as the summary of scores and the minutes name it.
inline QString aggregationName(AggregationMethod method)
{
    switch (method) {
    case AggregationMethod::TrimmedMean:
        return QStringLiteral("trung bình cộng sau khi bỏ tổng điểm cao nhất và thấp nhất");
    case AggregationMethod::Median:
        return QStringLiteral("trung vị");
    case AggregationMethod::Mean:
        break;
    }
    return QStringLiteral("trung bình cộng");
}

// Header block.
inline QString nationalTitle()
{
    return QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
}
inline QString motto()
{
    return QStringLiteral("Độc lập - Tự do - Hạnh phúc");
}
inline QString numberPrefix()
{
    return QStringLiteral("Số: ");
}

// Symbols: QĐ for a decision, TTr for a proposal; SKHCN for the department.
inline QString decisionSymbol()
{
    return QStringLiteral("QĐ-SKHCN");
}
inline QString proposalSymbol()
{
    return QStringLiteral("TTr-SKHCN");
}

// Document types, as titles and as named in running text.
inline QString decisionTitle()
{
    return QStringLiteral("QUYẾT ĐỊNH");
}
inline QString proposalTitle()
{
    return QStringLiteral("TỜ TRÌNH");
}
inline QString decisionWord()
{
    return QStringLiteral("Quyết định");
}
inline QString proposalWord()
{
    return QStringLiteral("Tờ trình");
}
inline QString decides()
{
    return QStringLiteral("QUYẾT ĐỊNH:");
}

// Short names of the award forms, used in summary lines and list subjects.
inline QString directorCertificate()
{
    return QStringLiteral("Giấy khen");
}
inline QString chairmanCertificate()
{
    return QStringLiteral("Bằng khen");
}
inline QString directorCertificateFull()
{
    return QStringLiteral("Giấy khen của Giám đốc Sở Khoa học và Công nghệ");
}
inline QString chairmanCertificateFull()
{
    return QStringLiteral("Bằng khen của Chủ tịch UBND tỉnh");
}

// "Về việc tặng Giấy khen cho các tập thể, cá nhân có thành tích xuất sắc trong phong trào thi đua “…” năm
// 2024"
inline QString decisionSummary(const QString& formShort, const QString& campaign, int year)
{
    return QStringLiteral("Về việc tặng %1 cho các tập thể, cá nhân có thành tích xuất sắc trong phong trào "
                          "thi đua “%2” năm %3")
        .arg(formShort, campaign)
        .arg(year);
}
inline QString proposalSummary(const QString& formFull, const QString& campaign, int year)
{
    return QStringLiteral("Về việc đề nghị tặng %1 cho các tập thể, cá nhân có thành tích xuất sắc trong "
                          "phong trào thi đua “%2” năm %3")
        .arg(formFull, campaign)
        .arg(year);
}

// The default reason of Điều 1 and of the certificates.
inline QString defaultReason(const QString& campaign, int year)
{
    return QStringLiteral("đã có thành tích xuất sắc trong phong trào thi đua “%1” năm %2")
        .arg(campaign)
        .arg(year);
}

// The signer's authority line of a decision: "GIÁM ĐỐC SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH HƯNG YÊN".
inline QString directorTitle()
{
    return QStringLiteral("GIÁM ĐỐC");
}
inline QString deputyDirectorTitle()
{
    return QStringLiteral("PHÓ GIÁM ĐỐC");
}
inline QString onBehalfOf()
{
    return QStringLiteral("KT. ");
} // "ký thay"
inline QString director()
{
    return QStringLiteral("Giám đốc");
}

// "UBND" as the superior body is named in full where it is addressed.
inline QString committeeAbbreviation()
{
    return QStringLiteral("UBND");
}
inline QString committeeFull()
{
    return QStringLiteral("Ủy ban nhân dân");
}

inline QString proposedBy()
{
    return QStringLiteral("Theo đề nghị của Chánh Văn phòng Sở.");
}
inline QString addressedTo()
{
    return QStringLiteral("Kính gửi: ");
}

// Articles of the decision.
inline QString article(int n)
{
    return QStringLiteral("Điều %1.").arg(n);
}
// Điều 1: "Tặng Giấy khen của Giám đốc Sở … cho 3 tập thể và 7 cá nhân (có danh sách kèm theo) đã có …".
QString awardArticle(const QString& formFull, int collectives, int individuals, const QString& reason);
inline QString defaultMoneyArticle()
{
    return QStringLiteral("Kèm theo Giấy khen là tiền thưởng theo quy định của Luật Thi đua, khen thưởng và "
                          "Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ, được chi từ "
                          "Quỹ thi đua, khen thưởng của Sở Khoa học và Công nghệ.");
}
inline QString defaultExecutionArticle()
{
    return QStringLiteral("Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Sở, Trưởng các phòng, "
                          "đơn vị thuộc Sở và các tập thể, cá nhân có tên tại Điều 1 chịu trách nhiệm thi "
                          "hành Quyết định này.");
}

// The proposal's body.
QString proposalBody(const QString& issuingBody, const QString& addressee, const QString& formFull,
                     int collectives, int individuals, const QString& reason);
QString proposalClosing(const QString& issuingBody, const QString& addressee);

// Recipients.
inline QString recipientsTitle()
{
    return QStringLiteral("Nơi nhận:");
}
inline QStringList decisionRecipients()
{
    return {QStringLiteral("Như Điều 3"), QStringLiteral("Ban Thi đua - Khen thưởng tỉnh (để b/c)"),
            QStringLiteral("Ban Giám đốc Sở")};
}
inline QStringList proposalRecipients()
{
    return {QStringLiteral("Như trên"), QStringLiteral("Ban Thi đua - Khen thưởng tỉnh"),
            QStringLiteral("Ban Giám đốc Sở")};
}
inline QString archiveLine()
{
    return QStringLiteral("Lưu: VT, VP");
}

// The attached list.
inline QString listTitle()
{
    return QStringLiteral("DANH SÁCH");
}
inline QString decisionListSubject(const QString& formFull)
{
    return QStringLiteral("Tập thể, cá nhân được tặng %1").arg(formFull);
}
inline QString proposalListSubject(const QString& formFull)
{
    return QStringLiteral("Tập thể, cá nhân đề nghị tặng %1").arg(formFull);
}
// "(Kèm theo Quyết định số 125/QĐ-SKHCN ngày 05 tháng 02 năm 2025 của Giám đốc Sở Khoa học và Công nghệ)"
inline QString listReference(const QString& documentWord, const QString& numberSymbol, const QString& date,
                             const QString& author)
{
    return QStringLiteral("(Kèm theo %1 số %2 %3 của %4)").arg(documentWord, numberSymbol, date, author);
}
inline QString collectivesSection()
{
    return QStringLiteral("TẬP THỂ");
}
inline QString individualsSection()
{
    return QStringLiteral("CÁ NHÂN");
}
inline QString columnNumber()
{
    return QStringLiteral("STT");
}
inline QString columnName()
{
    return QStringLiteral("Tên tập thể, cá nhân");
}
inline QString columnTitle()
{
    return QStringLiteral("Tên sáng kiến");
}
inline QString columnCode()
{
    return QStringLiteral("Mã số");
}

// The decision a certificate refers to: "Quyết định số 125/QĐ-SKHCN ngày 05/02/2025".
inline QString certificateDecision(const QString& numberSymbol, const QString& shortDate)
{
    return QStringLiteral("Quyết định số %1 ngày %2").arg(numberSymbol, shortDate);
}

// What the test page of a certificate layout calls each box, by its field key.
inline QString certificateFieldName(const QString& key)
{
    if (key == QLatin1String("name"))
        return QStringLiteral("Họ tên");
    if (key == QLatin1String("unit"))
        return QStringLiteral("Chức vụ, đơn vị");
    if (key == QLatin1String("reason"))
        return QStringLiteral("Lý do khen");
    if (key == QLatin1String("decision"))
        return QStringLiteral("Số, ngày quyết định");
    if (key == QLatin1String("date"))
        return QStringLiteral("Địa danh, ngày");
    return key;
}

// I, II, III … for the list's sections.
QString roman(int n);

// The council, as its minutes and papers name it and its members.
inline QString councilName()
{
    return QStringLiteral("Hội đồng xét công nhận sáng kiến");
}
inline QString councilRoleName(CouncilRole role)
{
    switch (role) {
    case CouncilRole::Chair:
        return QStringLiteral("Chủ tịch Hội đồng");
    case CouncilRole::ViceChair:
        return QStringLiteral("Phó Chủ tịch Hội đồng");
    case CouncilRole::Secretary:
        return QStringLiteral("Thư ký Hội đồng");
    case CouncilRole::Member:
        break;
    }
    return QStringLiteral("Ủy viên");
}

// Points as the documents print them: two decimals, a decimal comma ("67,50").
inline QString points(double value)
{
    return QString::number(value, 'f', 2).replace(QLatin1Char('.'), QLatin1Char(','));
}

} // namespace sangkien::wording
