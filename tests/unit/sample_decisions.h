#pragma once

// Hand-made decisions for the document tests and the benchmark, without a database and without Catch
// (the benchmark has its own main).

#include "documents/award_decision_data.h"

#include <QString>
#include <QStringList>

namespace sangkien::testing {

// A unique Vietnamese full name for every n below 6,732 (given × family × middle of province.md).
inline QString sampleName(int n)
{
    static const QStringList family = {"Nguyễn", "Trần", "Lê",   "Phạm",  "Hoàng", "Vũ",
                                       "Đặng",   "Bùi",  "Đỗ",   "Hồ",    "Ngô",   "Dương",
                                       "Lý",     "Đào",  "Đinh", "Lương", "Tạ",    "Phan"};
    static const QStringList middle = {"Văn",   "Thị",   "Đức",  "Minh", "Hữu", "Ngọc",
                                       "Thanh", "Quang", "Xuân", "Thu",  "Kim"};
    static const QStringList given = {
        "An",   "Anh",    "Bình", "Cường", "Dũng",  "Duy",  "Đức",   "Giang", "Hà",   "Hải",  "Hạnh", "Hằng",
        "Hiếu", "Hoa",    "Hùng", "Hương", "Khánh", "Lan",  "Linh",  "Long",  "Mai",  "Minh", "Nam",  "Nga",
        "Ngọc", "Phương", "Quân", "Sơn",   "Thảo",  "Thủy", "Trang", "Tuấn",  "Việt", "Yến"};
    // Given names vary fastest so a short list looks like a real one; (given, family, middle) stays unique.
    const int g = n % given.size();
    const int k = n / given.size();
    return family[(k + g) % family.size()] + ' ' + middle[(k / family.size() + g) % middle.size()] + ' ' +
           given[g];
}

inline QString sampleCode(int n)
{
    return QStringLiteral("SK-2024-%1").arg(n, 4, 10, QLatin1Char('0'));
}

// A title that wraps in its cell, with a token at each end so a test can tell where a row went.
inline QString sampleTitle(int n)
{
    return QStringLiteral("Đề tài T%1 ứng dụng phần mềm quản lý văn bản và điều hành, số hóa hồ sơ tại bộ "
                          "phận một cửa E%1")
        .arg(n, 4, 10, QLatin1Char('0'));
}

inline QStringList sampleUnits()
{
    return {"UBND huyện Văn Lâm",
            "UBND thị xã Mỹ Hào",
            "Sở Y tế",
            "UBND huyện Khoái Châu",
            "Trường Đại học Sư phạm Kỹ thuật Hưng Yên",
            "Hội Nông dân tỉnh"};
}

// The 2024 campaign's facts as the template writes them, without a database.
inline AwardDecisionData sampleData(DocumentKind kind, int collectives, int individuals)
{
    const QString number =
        kind == DocumentKind::DirectorDecision ? QStringLiteral("125") : QStringLiteral("12");
    AwardDecisionData d = AwardDecisionData::defaults(kind, number, QDate(2025, 2, 5),
                                                      Signer{QStringLiteral("Nguyễn Văn Hùng"), false});
    d.place = QStringLiteral("Hưng Yên");
    d.superiorBody = QStringLiteral("UBND tỉnh Hưng Yên");
    d.issuingBody = QStringLiteral("Sở Khoa học và Công nghệ");
    d.authorityLine = QStringLiteral("GIÁM ĐỐC SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH HƯNG YÊN");
    d.addressee = QStringLiteral("Ủy ban nhân dân tỉnh Hưng Yên");
    d.campaignName = QStringLiteral("Phát huy sáng kiến, cải tiến kỹ thuật, giải pháp hữu ích góp phần thực "
                                    "hiện thắng lợi các nhiệm vụ phát triển kinh tế - xã hội tỉnh Hưng Yên");
    d.campaignYear = 2024;
    d.reason = QStringLiteral("đã có thành tích xuất sắc trong phong trào thi đua “%1” năm 2024")
                   .arg(d.campaignName);
    d.legalBasis = {
        QStringLiteral("Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;"),
        QStringLiteral(
            "Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi "
            "tiết thi hành một số điều của Luật Thi đua, khen thưởng;"),
        QStringLiteral(
            "Căn cứ Kế hoạch số 44/KH-UBND ngày 06 tháng 3 năm 2024 của Ủy ban nhân dân tỉnh Hưng Yên "
            "về việc tổ chức phát động các phong trào thi đua chuyên đề năm 2024;"),
        QStringLiteral("Căn cứ Biên bản họp Hội đồng Thi đua - Khen thưởng Sở Khoa học và Công nghệ;")};
    const QStringList units = sampleUnits();
    int n = 0;
    for (int i = 0; i < collectives; ++i, ++n)
        d.collectives.append({NomineeKind::Collective,
                              QStringLiteral("Phòng Nghiệp vụ %1").arg(i + 1),
                              {},
                              units[i % units.size()],
                              sampleTitle(n + 1),
                              sampleCode(n + 1)});
    for (int i = 0; i < individuals; ++i, ++n)
        d.individuals.append(
            {NomineeKind::Individual, sampleName(i),
             i % 3 == 0 ? QStringLiteral("Phó Chánh Văn phòng") : QStringLiteral("Chuyên viên"),
             units[i % units.size()], sampleTitle(n + 1), sampleCode(n + 1)});
    d.sortAwardees();
    return d;
}

} // namespace sangkien::testing
