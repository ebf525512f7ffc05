#include "report_template.h"

#include "campaign_statistics.h"
#include "documents/document_wording.h"
#include "text/vietnamese_text.h"

#include <QRegularExpression>

namespace sangkien {

namespace {

const QRegularExpression& placeholderPattern()
{
    static const QRegularExpression pattern(QStringLiteral("\\{([^{}\\n]*)\\}"));
    return pattern;
}

const QRegularExpression& headingPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^[IVX]+\\.\\s"));
    return pattern;
}

const QRegularExpression& subheadingPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9]+\\.\\s"));
    return pattern;
}

QStringList names(const QList<ReportTemplate::Placeholder>& list)
{
    QStringList out;
    for (const auto& p : list)
        out << p.name;
    return out;
}

// The opening and Section I, shared by both kinds.
QString opening(const QString& what)
{
    return QStringLiteral(
               "Thực hiện Kế hoạch số {so_ke_hoach} về tổ chức phong trào thi đua “{ten_phong_trao}” năm "
               "{nam}, {co_quan} báo cáo %1 như sau:\n"
               "I. KẾT QUẢ TRIỂN KHAI\n"
               "Ngay sau khi Kế hoạch được ban hành, {co_quan} đã phổ biến, hướng dẫn các cơ quan, đơn vị, "
               "địa phương xây dựng kế hoạch và phát động phong trào thi đua tại đơn vị mình; Văn phòng Sở "
               "tiếp nhận, theo dõi, tổng hợp hồ sơ đề nghị công nhận sáng kiến của các đơn vị.\n")
        .arg(what);
}

} // namespace

QString reportKindCode(ReportKind kind)
{
    return kind == ReportKind::Interim ? QStringLiteral("interim") : QStringLiteral("final");
}

std::optional<ReportKind> reportKindFromCode(const QString& code)
{
    if (code == QLatin1String("interim"))
        return ReportKind::Interim;
    if (code == QLatin1String("final"))
        return ReportKind::Final;
    return std::nullopt;
}

QString ReportTemplate::defaultText(ReportKind kind)
{
    if (kind == ReportKind::Interim)
        return opening(QStringLiteral("sơ kết kết quả thực hiện phong trào đến {ngay_bao_cao}")) +
               QStringLiteral(
                   "II. KẾT QUẢ CỤ THỂ\n"
                   "1. Số lượng sáng kiến\n"
                   "Tính đến {ngay_bao_cao}, {so_don_vi}/{tong_so_don_vi} đơn vị đã gửi {so_sang_kien} "
                   "sáng kiến, cải tiến kỹ thuật, giải pháp hữu ích, trong đó {so_tap_the} của tập thể và "
                   "{so_ca_nhan} của cá nhân; {so_don_vi_khong_gui} đơn vị chưa gửi hồ sơ. Số sáng kiến theo "
                   "nội dung thi đua như sau:\n"
                   "{bang_noi_dung}\n"
                   "{bieu_do_noi_dung}\n"
                   "2. Theo loại đơn vị\n"
                   "{bang_loai_don_vi}\n"
                   "3. Tình hình xét duyệt hồ sơ\n"
                   "Đến nay, {so_da_cham} sáng kiến đã được Hội đồng xét công nhận sáng kiến chấm điểm; "
                   "tình trạng các hồ sơ như sau:\n"
                   "{bang_trang_thai}\n"
                   "Tổng giá trị làm lợi do các đơn vị kê khai là {tong_loi_ich} ({so_co_loi_ich} sáng kiến "
                   "có kê khai).\n"
                   "III. ĐÁNH GIÁ CHUNG\n"
                   "1. Ưu điểm\n"
                   "Phong trào được các cơ quan, đơn vị hưởng ứng; nhiều sáng kiến gắn với cải cách hành "
                   "chính, chuyển đổi số và ứng dụng khoa học, công nghệ, bước đầu mang lại hiệu quả thiết "
                   "thực.\n"
                   "2. Hạn chế\n"
                   "Còn {so_don_vi_khong_gui} đơn vị chưa gửi hồ sơ; một số hồ sơ chưa đầy đủ, chưa nêu rõ "
                   "hiệu quả và khả năng áp dụng, nhân rộng.\n"
                   "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI\n"
                   "- Đôn đốc các đơn vị chưa gửi hồ sơ hoàn thiện và gửi về Văn phòng Sở theo thời hạn của "
                   "Kế hoạch;\n"
                   "- Hội đồng xét công nhận sáng kiến tổ chức thẩm định, chấm điểm các hồ sơ đã tiếp nhận;\n"
                   "- Tổng hợp kết quả, đề xuất khen thưởng khi tổng kết phong trào.\n"
                   "Trên đây là báo cáo sơ kết phong trào thi đua “{ten_phong_trao}” năm {nam} của "
                   "{co_quan}./.\n");
    return opening(QStringLiteral("tổng kết phong trào")) +
           QStringLiteral(
               "II. KẾT QUẢ CỤ THỂ\n"
               "1. Số lượng sáng kiến\n"
               "Trong năm {nam}, {so_don_vi}/{tong_so_don_vi} đơn vị đã gửi {so_sang_kien} sáng kiến, cải "
               "tiến kỹ thuật, giải pháp hữu ích, trong đó {so_tap_the} của tập thể và {so_ca_nhan} của cá "
               "nhân. Số sáng kiến theo nội dung thi đua như sau:\n"
               "{bang_noi_dung}\n"
               "{bieu_do_noi_dung}\n"
               "Theo loại đơn vị:\n"
               "{bang_loai_don_vi}\n"
               "2. Kết quả chấm điểm\n"
               "Hội đồng xét công nhận sáng kiến đã chấm điểm {so_da_cham} sáng kiến; điểm trung bình đạt "
               "{diem_trung_binh} điểm, cao nhất {diem_cao_nhat} điểm, thấp nhất {diem_thap_nhat} điểm.\n"
               "{bang_diem}\n"
               "{bieu_do_diem}\n"
               "3. Hiệu quả của các sáng kiến\n"
               "Tổng giá trị làm lợi do các đơn vị kê khai là {tong_loi_ich} ({so_co_loi_ich} sáng kiến có "
               "kê khai).\n"
               "4. Kết quả khen thưởng\n"
               "Trên cơ sở kết quả xét chọn của Hội đồng, {so_khen_thuong} tập thể, cá nhân được khen "
               "thưởng, trong đó {so_bang_khen} Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh và "
               "{so_giay_khen} Giấy khen của Giám đốc Sở.\n"
               "{bang_khen_thuong}\n"
               "III. ĐÁNH GIÁ CHUNG\n"
               "1. Ưu điểm\n"
               "Phong trào được các cơ quan, đơn vị hưởng ứng tích cực; nhiều sáng kiến gắn với cải cách "
               "hành chính, chuyển đổi số và ứng dụng khoa học, công nghệ, mang lại hiệu quả thiết thực, có "
               "khả năng nhân rộng.\n"
               "2. Hạn chế\n"
               "Còn {so_don_vi_khong_gui} đơn vị chưa tham gia phong trào; chất lượng hồ sơ của một số đơn "
               "vị chưa đồng đều.\n"
               "IV. PHƯƠNG HƯỚNG NĂM {nam_sau}\n"
               "- Tiếp tục phát động phong trào thi đua “{ten_phong_trao}” năm {nam_sau};\n"
               "- Phổ biến, nhân rộng các sáng kiến được công nhận và khen thưởng;\n"
               "- Hướng dẫn các đơn vị chưa tham gia xây dựng kế hoạch và gửi hồ sơ đúng thời hạn.\n"
               "Trên đây là báo cáo tổng kết phong trào thi đua “{ten_phong_trao}” năm {nam} của "
               "{co_quan}./.\n");
}

QList<ReportTemplate::Placeholder> ReportTemplate::valuePlaceholders()
{
    return {
        {QStringLiteral("nam"), QStringLiteral("năm của phong trào")},
        {QStringLiteral("nam_sau"), QStringLiteral("năm sau")},
        {QStringLiteral("ten_phong_trao"), QStringLiteral("tên phong trào thi đua")},
        {QStringLiteral("so_ke_hoach"), QStringLiteral("số Kế hoạch")},
        {QStringLiteral("co_quan"), QStringLiteral("cơ quan ban hành báo cáo")},
        {QStringLiteral("ngay_bao_cao"), QStringLiteral("ngày báo cáo (ngày … tháng … năm …)")},
        {QStringLiteral("so_sang_kien"), QStringLiteral("số sáng kiến đã nhận")},
        {QStringLiteral("so_tap_the"), QStringLiteral("số sáng kiến của tập thể")},
        {QStringLiteral("so_ca_nhan"), QStringLiteral("số sáng kiến của cá nhân")},
        {QStringLiteral("so_don_vi"), QStringLiteral("số đơn vị đã gửi hồ sơ")},
        {QStringLiteral("tong_so_don_vi"), QStringLiteral("tổng số đơn vị")},
        {QStringLiteral("so_don_vi_khong_gui"), QStringLiteral("số đơn vị chưa gửi hồ sơ")},
        {QStringLiteral("so_da_cham"), QStringLiteral("số sáng kiến đã chấm điểm")},
        {QStringLiteral("diem_trung_binh"), QStringLiteral("điểm trung bình")},
        {QStringLiteral("diem_cao_nhat"), QStringLiteral("điểm cao nhất")},
        {QStringLiteral("diem_thap_nhat"), QStringLiteral("điểm thấp nhất")},
        {QStringLiteral("tong_loi_ich"), QStringLiteral("tổng giá trị làm lợi kê khai (đồng)")},
        {QStringLiteral("so_co_loi_ich"), QStringLiteral("số sáng kiến có kê khai giá trị làm lợi")},
        {QStringLiteral("so_khen_thuong"), QStringLiteral("số tập thể, cá nhân được khen thưởng")},
        {QStringLiteral("so_bang_khen"), QStringLiteral("số Bằng khen của Chủ tịch UBND tỉnh")},
        {QStringLiteral("so_giay_khen"), QStringLiteral("số Giấy khen của Giám đốc Sở")},
    };
}

QList<ReportTemplate::Placeholder> ReportTemplate::blockPlaceholders()
{
    return {
        {QStringLiteral("bang_noi_dung"), QStringLiteral("bảng: sáng kiến theo nội dung thi đua")},
        {QStringLiteral("bang_loai_sang_kien"),
         QStringLiteral("bảng: theo loại (sáng kiến, cải tiến, giải pháp)")},
        {QStringLiteral("bang_loai_don_vi"), QStringLiteral("bảng: sáng kiến theo loại đơn vị")},
        {QStringLiteral("bang_dia_ban"), QStringLiteral("bảng: sáng kiến theo địa bàn")},
        {QStringLiteral("bang_trang_thai"), QStringLiteral("bảng: hồ sơ theo tình trạng")},
        {QStringLiteral("bang_diem"), QStringLiteral("bảng: phân bố điểm")},
        {QStringLiteral("bang_khen_thuong"), QStringLiteral("bảng: khen thưởng theo hình thức")},
        {QStringLiteral("bieu_do_noi_dung"), QStringLiteral("biểu đồ: sáng kiến theo nội dung thi đua")},
        {QStringLiteral("bieu_do_loai_don_vi"), QStringLiteral("biểu đồ: sáng kiến theo loại đơn vị")},
        {QStringLiteral("bieu_do_diem"), QStringLiteral("biểu đồ: phân bố điểm")},
    };
}

QStringList ReportTemplate::unknownPlaceholders(const QString& text)
{
    const QStringList known = names(valuePlaceholders()) + names(blockPlaceholders());
    QStringList unknown;
    auto it = placeholderPattern().globalMatch(text);
    while (it.hasNext()) {
        const QString name = it.next().captured(1);
        if (!known.contains(name) && !unknown.contains(name))
            unknown << name;
    }
    return unknown;
}

Status ReportTemplate::check(const QString& text)
{
    const QStringList unknown = unknownPlaceholders(text);
    if (!unknown.isEmpty()) {
        QStringList braced;
        for (const QString& name : unknown)
            braced << QLatin1Char('{') + name + QLatin1Char('}');
        return Error{
            tr("The report's text has unknown placeholders: %1.").arg(braced.join(QStringLiteral(", "))),
            braced.first(), ErrorKind::Refused};
    }
    const QStringList blocks = names(blockPlaceholders());
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines[i].trimmed();
        auto it = placeholderPattern().globalMatch(line);
        while (it.hasNext()) {
            const auto match = it.next();
            if (blocks.contains(match.captured(1)) && match.captured(0) != line)
                return Error{tr("A table or chart placeholder must stand alone on its line: %1 (line %2).")
                                 .arg(match.captured(0))
                                 .arg(i + 1),
                             match.captured(0), ErrorKind::Refused};
        }
    }
    return {};
}

Result<QList<ReportBlock>> ReportTemplate::fill(const QString& text, const QHash<QString, QString>& values)
{
    if (auto ok = check(text); !ok)
        return ok.error();
    const QStringList blocks = names(blockPlaceholders());
    QList<ReportBlock> out;
    for (QString line : text.split(QLatin1Char('\n'))) {
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        const auto whole = placeholderPattern().match(line);
        if (whole.hasMatch() && whole.captured(0) == line && blocks.contains(whole.captured(1))) {
            const QString name = whole.captured(1);
            out.append({name.startsWith(QLatin1String("bieu_do")) ? ReportBlock::Type::Chart
                                                                  : ReportBlock::Type::Table,
                        {},
                        name});
            continue;
        }
        QString filled;
        qsizetype at = 0;
        auto it = placeholderPattern().globalMatch(line);
        while (it.hasNext()) {
            const auto match = it.next();
            filled += line.mid(at, match.capturedStart() - at);
            filled += values.value(match.captured(1));
            at = match.capturedEnd();
        }
        filled += line.mid(at);
        ReportBlock block;
        block.text = filled;
        if (headingPattern().match(line).hasMatch())
            block.type = ReportBlock::Type::Heading;
        else if (subheadingPattern().match(line).hasMatch())
            block.type = ReportBlock::Type::Subheading;
        else if (line.startsWith(QLatin1String("- ")) || line.startsWith(QLatin1String("+ ")))
            block.type = ReportBlock::Type::Bullet;
        out.append(block);
    }
    return out;
}

QString groupedNumber(qint64 value)
{
    const bool negative = value < 0;
    QString digits = QString::number(negative ? -value : value);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, QLatin1Char('.'));
    return negative ? QLatin1Char('-') + digits : digits;
}

QHash<QString, QString> reportValues(const CampaignStatistics& s, const QString& planNumber,
                                     const QString& issuingBody, const ReportFacts& facts)
{
    auto score = [](const std::optional<double>& v) { return v ? wording::points(*v) : QStringLiteral("—"); };
    auto formCount = [&](const QString& code) {
        for (const CountRow& row : s.awardsByForm)
            if (row.code == code)
                return row.count;
        return 0;
    };
    const int units = s.unitsWithEntries + int(s.silentUnits.size());
    return {
        {QStringLiteral("nam"), QString::number(s.year)},
        {QStringLiteral("nam_sau"), QString::number(s.year + 1)},
        {QStringLiteral("ten_phong_trao"), s.campaignName},
        {QStringLiteral("so_ke_hoach"), planNumber.isEmpty() ? QStringLiteral("…") : planNumber},
        {QStringLiteral("co_quan"), issuingBody},
        {QStringLiteral("ngay_bao_cao"), text::documentDate(facts.date)},
        {QStringLiteral("so_sang_kien"), groupedNumber(s.entries)},
        {QStringLiteral("so_tap_the"), groupedNumber(s.collectives)},
        {QStringLiteral("so_ca_nhan"), groupedNumber(s.individuals)},
        {QStringLiteral("so_don_vi"), groupedNumber(s.unitsWithEntries)},
        {QStringLiteral("tong_so_don_vi"), groupedNumber(units)},
        {QStringLiteral("so_don_vi_khong_gui"), groupedNumber(s.silentUnits.size())},
        {QStringLiteral("so_da_cham"), groupedNumber(s.scored)},
        {QStringLiteral("diem_trung_binh"), score(s.meanScore)},
        {QStringLiteral("diem_cao_nhat"), score(s.maxScore)},
        {QStringLiteral("diem_thap_nhat"), score(s.minScore)},
        {QStringLiteral("tong_loi_ich"), groupedNumber(s.economicBenefit) + QStringLiteral(" đồng")},
        {QStringLiteral("so_co_loi_ich"), groupedNumber(s.entriesWithBenefit)},
        {QStringLiteral("so_khen_thuong"), groupedNumber(s.awards)},
        {QStringLiteral("so_bang_khen"), groupedNumber(formCount(QStringLiteral("chairman")))},
        {QStringLiteral("so_giay_khen"), groupedNumber(formCount(QStringLiteral("director")))},
    };
}

} // namespace sangkien
