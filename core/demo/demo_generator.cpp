#include "demo_generator.h"

#include "awards/award_service.h"
#include "domain/entry.h"
#include "review/council_vote.h"
#include "storage/campaign_repository.h"
#include "storage/database.h"
#include "storage/entry_repository.h"
#include "storage/sqlite_error.h"
#include "storage/sqlite_statement.h"
#include "storage/trail_coverage.h"
#include "text/vietnamese_text.h"

#include <QDate>
#include <QHash>
#include <QSet>
#include <QStringList>
#include <algorithm>
#include <cmath>
#include <vector>

namespace sangkien {
namespace {

// ---- Word lists (province.md). Kept NFC at start-up, whatever the editor saved.

QStringList words(std::initializer_list<const char*> list)
{
    QStringList out;
    for (const char* s : list)
        out << text::toNfc(QString::fromUtf8(s));
    return out;
}

struct Names
{
    QStringList family = words({"Nguyễn", "Nguyễn", "Nguyễn", "Nguyễn", "Trần",  "Trần", "Lê",  "Lê", "Phạm",
                                "Phạm",   "Hoàng",  "Vũ",     "Võ",     "Đặng",  "Bùi",  "Đỗ",  "Hồ", "Ngô",
                                "Dương",  "Lý",     "Đào",    "Đinh",   "Lương", "Tạ",   "Phan"});
    QStringList maleMiddle = words({"Văn", "Văn", "Đức", "Minh", "Hữu", "Ngọc", "Thanh", "Quang", "Xuân"});
    QStringList femaleMiddle = words({"Thị", "Thị", "Thị", "Thu", "Kim", "Ngọc", "Thanh", "Minh"});
    QStringList maleGiven = words({"An", "Anh", "Bình", "Cường", "Dũng", "Duy", "Đức", "Giang", "Hải", "Hiếu",
                                   "Hùng", "Khánh", "Long", "Minh", "Nam", "Quân", "Sơn", "Tuấn", "Việt"});
    QStringList femaleGiven = words({"Anh", "Giang", "Hà", "Hạnh", "Hằng", "Hoa", "Hương", "Lan", "Linh",
                                     "Mai", "Nga", "Ngọc", "Phương", "Thảo", "Thủy", "Trang", "Yến"});
    QString thi = text::toNfc(QString::fromUtf8("Thị"));
};

struct Person
{
    QString name;
    Gender gender = Gender::Male;
};

Person makePerson(DemoRandom& rng, const Names& n)
{
    const bool female = rng.chance(45);
    const QString& family = n.family[rng.below(int(n.family.size()))];
    QString middle = female ? n.femaleMiddle[rng.below(int(n.femaleMiddle.size()))]
                            : n.maleMiddle[rng.below(int(n.maleMiddle.size()))];
    // "Thị Thu", "Thị Kim": two middle names are common for women.
    if (female && middle == n.thi && rng.chance(25))
        middle += QLatin1Char(' ') + n.femaleMiddle[3 + rng.below(int(n.femaleMiddle.size()) - 3)];
    const QString& given = female ? n.femaleGiven[rng.below(int(n.femaleGiven.size()))]
                                  : n.maleGiven[rng.below(int(n.maleGiven.size()))];
    return {family + QLatin1Char(' ') + middle + QLatin1Char(' ') + given,
            female ? Gender::Female : Gender::Male};
}

// ---- Titles: patterns with {u} (the unit), {d} (its district, lower-case) and {x} (a pattern item).

struct TitlePattern
{
    QString text;
    QStringList categories;
    QStringList items;
    bool technical = false; // mostly technical improvements and useful solutions
    QString unitKind;       // only units of this kind send it ("district": farming models); empty: any
};

std::vector<TitlePattern> titlePatterns()
{
    auto p = [](const char* t, std::initializer_list<const char*> cats,
                std::initializer_list<const char*> items, bool technical = false, const char* unitKind = "") {
        return TitlePattern{text::toNfc(QString::fromUtf8(t)), words(cats), words(items), technical,
                            QString::fromLatin1(unitKind)};
    };
    return {
        p("Ứng dụng phần mềm quản lý văn bản và điều hành tại {u}", {"2.d"}, {}),
        p("Giải pháp nâng cao chỉ số hài lòng của người dân (SIPAS) tại bộ phận một cửa {u}", {"2.c"}, {}),
        p("Cải tiến quy trình {x} tại {u}", {"1.b", "2.b"},
          {"tiếp nhận và trả kết quả hồ sơ thủ tục hành chính", "thẩm định hồ sơ cấp giấy phép xây dựng",
           "quản lý tài sản công", "kiểm tra an toàn thực phẩm", "tuyển sinh đầu cấp",
           "giải quyết đơn thư khiếu nại, tố cáo", "cấp giấy chứng nhận quyền sử dụng đất"}),
        p("Mô hình trồng {x} theo tiêu chuẩn VietGAP tại {d}", {"3.a"},
          {"nhãn lồng Hưng Yên", "chuối tiêu hồng", "cam đường canh", "bưởi Diễn", "rau an toàn", "nghệ vàng",
           "táo lai"},
          true, "district"),
        p("Số hóa hồ sơ {x} tại {u}", {"2.b", "2.d"},
          {"hộ tịch", "địa chính", "lưu trữ", "cán bộ, công chức, viên chức", "bệnh án", "học bạ",
           "người có công với cách mạng"}),
        p("Xây dựng cơ sở dữ liệu {x} phục vụ công tác quản lý tại {u}", {"2.d"},
          {"đất đai", "dân cư", "doanh nghiệp", "di tích lịch sử - văn hóa", "đối tượng bảo trợ xã hội"}),
        p("Giải pháp góp phần nâng cao chỉ số {x} của tỉnh Hưng Yên", {"2.c"},
          {"PCI", "PAR Index", "PAPI", "DDCI"}),
        p("Áp dụng hệ thống quản lý chất lượng ISO 9001:2015 trong giải quyết thủ tục hành chính tại {u}",
          {"1.b"}, {}),
        p("Giải pháp tuyên truyền, phổ biến pháp luật qua mạng xã hội Zalo tại {d}", {"1.a"}, {}),
        p("Cụ thể hóa {x} phù hợp với điều kiện thực tiễn tại {d}", {"1.a"},
          {"chính sách hỗ trợ phát triển sản phẩm OCOP", "chính sách phát triển kinh tế tập thể",
           "Chương trình mục tiêu quốc gia xây dựng nông thôn mới",
           "chính sách hỗ trợ doanh nghiệp nhỏ và vừa"}),
        p("Đổi mới phương pháp {x} tại {u}", {"2.a"},
          {"đào tạo, bồi dưỡng cán bộ, công chức", "đánh giá, xếp loại công chức theo kết quả công việc",
           "tuyển dụng viên chức"}),
        p("Cải tiến {x} nhằm nâng cao năng suất và giảm chi phí", {"3.c"},
          {"dây chuyền sấy nhãn", "hệ thống tưới nhỏ giọt tự động", "máy bóc vỏ nhãn", "lò hơi đốt trấu",
           "quy trình bảo quản nông sản sau thu hoạch"},
          true),
        p("Chế tạo {x} phục vụ giảng dạy thực hành tại {u}", {"3.a"},
          {"mô hình điều khiển PLC", "bộ thí nghiệm cảm biến IoT", "cánh tay robot mini",
           "mô hình pin năng lượng mặt trời"},
          true, "university"),
        p("Biên soạn tài liệu {x}", {"3.b"},
          {"hướng dẫn nghiệp vụ công tác văn thư, lưu trữ", "bồi dưỡng kỹ năng số cho cán bộ cấp xã",
           "giới thiệu di sản văn hóa phi vật thể Hưng Yên"}),
        p("Giải pháp nâng cao hiệu quả {x} tại {u}", {"4.a"},
          {"công tác thanh tra, kiểm tra", "công tác tham mưu tổng hợp", "quản lý tài chính, tài sản công",
           "công tác văn thư, lưu trữ", "công tác thi đua, khen thưởng"}),
        p("{x} (giải thưởng Hội thi Sáng tạo kỹ thuật tỉnh Hưng Yên)", {"4.b"},
          {"Thiết bị cảnh báo đuối nước cho trẻ em", "Hệ thống giám sát chất lượng nước nuôi trồng thủy sản",
           "Máy phân loại trứng gia cầm tự động"},
          true),
        p("Ứng dụng chữ ký số và hồ sơ điện tử trong {x} tại {u}", {"2.d"},
          {"tiếp nhận hồ sơ thủ tục hành chính", "quản lý văn bản đi, đến", "thanh toán trực tuyến"}),
    };
}

// Parts of a unit that enter as collectives, and the positions of people, by unit kind.
struct UnitWords
{
    QStringList districtParts =
        words({"Phòng Kinh tế", "Phòng Tài chính - Kế hoạch", "Phòng Nội vụ", "Phòng Tư pháp",
               "Phòng Giáo dục và Đào tạo", "Phòng Nông nghiệp và Phát triển nông thôn",
               "Phòng Tài nguyên và Môi trường", "Phòng Văn hóa và Thông tin", "Văn phòng HĐND và UBND"});
    QStringList departmentParts =
        words({"Văn phòng", "Phòng Kế hoạch - Tài chính", "Thanh tra", "Phòng Tổ chức cán bộ"});
    QStringList universityParts = words({"Khoa Công nghệ thông tin", "Khoa Cơ khí", "Khoa Kinh tế",
                                         "Phòng Đào tạo", "Phòng Quản trị thiết bị"});
    QStringList officePositions =
        words({"Chuyên viên", "Chuyên viên", "Chuyên viên chính", "Phó Trưởng phòng", "Trưởng phòng",
               "Phó Chánh Văn phòng", "Chánh Văn phòng", "Kỹ sư"});
    QStringList universityPositions = words(
        {"Giảng viên", "Giảng viên", "Giảng viên chính", "Trưởng khoa", "Phó Trưởng khoa", "Chuyên viên"});
    QStringList councilPositions =
        words({"Giám đốc Sở", "Phó Giám đốc Sở", "Chánh Văn phòng Sở", "Trưởng phòng Quản lý khoa học",
               "Trưởng phòng Quản lý công nghệ", "Chánh Thanh tra Sở", "Trưởng phòng Kế hoạch - Tài chính",
               "Giám đốc Trung tâm Ứng dụng tiến bộ khoa học và công nghệ"});
    QString council = text::toNfc(QString::fromUtf8("Sở Khoa học và Công nghệ"));
    QString expert = text::toNfc(QString::fromUtf8("Chuyên gia"));
    QString meetingPlace = text::toNfc(QString::fromUtf8("Phòng họp Sở Khoa học và Công nghệ"));
    QString summary = text::toNfc(QString::fromUtf8("Đã áp dụng thử nghiệm tại đơn vị từ tháng %1/%2; mang "
                                                    "lại hiệu quả thiết thực, có khả năng nhân rộng."));
};

struct UnitRow
{
    qint64 id = 0;
    QString name;
    QString district; // lower-cased first letter: "huyện Văn Lâm"
    QString kind;
};

// Statements prepared once on the campaign's connection, reused for every row.
using Statement = SqliteStatement;

QString lowerFirst(const QString& s)
{
    return s.isEmpty() ? s : s.left(1).toLower() + s.mid(1);
}

// Shares of contribution: the first author leads and every co-author keeps at least 30% (domain.md).
QList<double> sharesFor(int authors, DemoRandom& rng)
{
    switch (authors) {
    case 1:
        return {100};
    case 2: {
        static const double first[] = {50, 60, 70};
        const double a = first[rng.below(3)];
        return {a, 100 - a};
    }
    default:
        return rng.chance(50) ? QList<double>{40, 30, 30} : QList<double>{34, 33, 33};
    }
}

struct ScoredEntry
{
    qint64 id = 0;
    double mean = 0;
    NomineeKind nomineeKind = NomineeKind::Individual;
    int index = 0;      // ties go to the earlier entry, so the order is total and deterministic
    QString nomineeKey; // who is awarded, as the awards know a nominee (one award each)
};

} // namespace

Status DemoGenerator::fill(Database& db, const Progress& progress) const
{
    if (!SqliteStatement::available(db))
        return Error{tr("The campaign file is not open."), db.path(), ErrorKind::Storage};
    const QString place = db.path();
    auto failed = [&](const char* what) {
        return Error{tr("Writing the demo data failed (%1): %2")
                         .arg(QString::fromLatin1(what), SqliteStatement::lastError(db)),
                     place, SqliteStatement::lastErrorKind(db)};
    };

    // A larger page cache keeps the one big transaction in memory as long as possible.
    db.execScript(QStringLiteral("PRAGMA cache_size = -65536;"));

    return db.transaction([&]() -> Status {
        DemoRandom rng(m_options.seed);
        const Names names;
        const UnitWords unitWords;
        const std::vector<TitlePattern> patterns = titlePatterns();

        // ---- What the template put in the file.
        const auto campaign = CampaignRepository(db).load();
        if (!campaign)
            return campaign.error();
        const int year = campaign->year;
        QDate opens = campaign->opensOn;
        QDate closes = campaign->closesOn;
        if (!opens.isValid())
            opens = QDate(year, 3, 1);
        if (!closes.isValid() || closes <= opens)
            closes = QDate(year, 12, 31);
        // Entries arrive until a month before the campaign closes, when the council meets.
        const int span = std::max(1, int(opens.daysTo(closes)) - 30);

        QHash<QString, qint64> categoryIds;
        {
            Statement q(db, "SELECT id, code FROM content_category");
            if (!q.prepared())
                return failed("content_category");
            while (q.nextRow())
                categoryIds.insert(q.string(1), q.int64(0));
        }

        std::vector<UnitRow> units;
        qint64 councilUnitId = 0;
        {
            Statement q(db, "SELECT u.id, u.name, u.district, k.code FROM unit u JOIN unit_kind k ON k.id = "
                            "u.kind_id ORDER BY u.id");
            if (!q.prepared())
                return failed("unit");
            while (q.nextRow()) {
                UnitRow u{q.int64(0), q.string(1), lowerFirst(q.string(2)), q.string(3)};
                // The council sits in the department; its own entries would be conflicts of interest.
                if (u.name == unitWords.council)
                    councilUnitId = u.id;
                else
                    units.push_back(std::move(u));
            }
        }
        if (units.empty())
            return Error{tr("The campaign has no units to take entries from."), place, ErrorKind::Refused};

        struct CriterionRow
        {
            qint64 id;
            double max;
        };
        std::vector<CriterionRow> criteria;
        {
            Statement q(db, "SELECT id, max_points FROM criterion ORDER BY position, id");
            if (!q.prepared())
                return failed("criterion");
            while (q.nextRow())
                criteria.push_back({q.int64(0), q.real(1)});
        }

        struct FormRow
        {
            qint64 id;
            QString code;
            double minScore;
            QHash<QString, int> quota; // "collective", "individual", "any" → max
            QHash<QString, int> used;
        };
        std::vector<FormRow> forms;
        {
            Statement q(db, "SELECT id, code, min_score FROM award_form ORDER BY position, id");
            if (!q.prepared())
                return failed("award_form");
            while (q.nextRow())
                forms.push_back({q.int64(0), q.string(1), q.real(2), {}, {}});
            Statement r(db, "SELECT award_form_id, nominee_kind, max_count FROM quota_rule");
            if (!r.prepared())
                return failed("quota_rule");
            while (r.nextRow())
                for (FormRow& f : forms)
                    if (f.id == r.int64(0))
                        f.quota.insert(r.string(1), int(r.int64(2)));
        }
        double lowestAwardScore = 100;
        for (const FormRow& f : forms)
            lowestAwardScore = std::min(lowestAwardScore, f.minScore);

        // ---- The council: chair, vice-chair, secretary, then members.
        Statement insertMember(
            db, "INSERT INTO council_member (full_name, role, position, unit_id) VALUES (?, ?, ?, ?)");
        if (!insertMember.prepared())
            return failed("council_member");
        struct MemberRow
        {
            qint64 id;
            double bias; // some members mark harder than others
        };
        std::vector<MemberRow> members;
        QStringList memberNames;
        for (int i = 0; i < m_options.members; ++i) {
            Person person = makePerson(rng, names);
            while (memberNames.contains(person.name))
                person = makePerson(rng, names);
            memberNames << person.name;
            const char* role = i == 0 ? "chair" : i == 1 ? "vice_chair" : i == 2 ? "secretary" : "member";
            const QString position =
                i < unitWords.councilPositions.size() ? unitWords.councilPositions[i] : unitWords.expert;
            insertMember.bind(1, person.name).bind(2, QString::fromLatin1(role)).bind(3, position);
            insertMember.bindIdOrNull(4, councilUnitId);
            if (!insertMember.exec())
                return failed("council_member");
            members.push_back({insertMember.lastId(), (rng.unit() - 0.5) * 0.1});
        }

        // ---- Entries.
        Statement insertNominee(db, "INSERT INTO nominee (kind, name, gender, birth_year, position, "
                                    "unit_id) VALUES (?, ?, ?, ?, ?, ?)");
        Statement insertEntry(
            db, "INSERT INTO entry (code, title, kind, category_id, summary, received_on, status, "
                "nominee_id, search_key, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        Statement insertAuthor(db, "INSERT INTO entry_author (entry_id, position, full_name, job_position, "
                                   "unit_id, share) VALUES (?, ?, ?, ?, ?, ?)");
        Statement insertSheet(db,
                              "INSERT INTO score_sheet (member_id, entry_id, status, comment, submitted_at) "
                              "VALUES (?, ?, 'submitted', '', ?)");
        // One statement per sheet with a row per criterion: a fifth of the statements to step.
        QByteArray scoreSql = "INSERT INTO score (sheet_id, criterion_id, points) VALUES (?, ?, ?)";
        for (size_t c = 1; c < criteria.size(); ++c)
            scoreSql += ", (?, ?, ?)";
        Statement insertScore(db, scoreSql.constData());
        if (!insertNominee.prepared() || !insertEntry.prepared() || !insertAuthor.prepared() ||
            !insertSheet.prepared() || !insertScore.prepared())
            return failed("prepare");

        const int codeWidth = std::max(4, int(QString::number(m_options.entries).size()));
        const QString codePrefix = QStringLiteral("SK-%1-").arg(year);
        std::vector<ScoredEntry> scored;
        std::vector<double> memberTotals(members.size());
        std::vector<double> points(criteria.size() * members.size());

        for (int i = 0; i < m_options.entries; ++i) {
            if (progress && (i % 2000 == 0))
                progress(i, m_options.entries);

            Entry entry;
            entry.code = codePrefix + QStringLiteral("%1").arg(i + 1, codeWidth, 10, QLatin1Char('0'));
            const UnitRow& unit = units[size_t(rng.below(int(units.size())))];

            // A few patterns belong to one kind of unit: draw again until one fits (most fit any unit).
            const TitlePattern* chosen = &patterns[size_t(rng.below(int(patterns.size())))];
            while (!chosen->unitKind.isEmpty() && chosen->unitKind != unit.kind)
                chosen = &patterns[size_t(rng.below(int(patterns.size())))];
            const TitlePattern& pattern = *chosen;
            QString title = pattern.text;
            if (!pattern.items.isEmpty())
                title.replace(QLatin1String("{x}"), pattern.items[rng.below(int(pattern.items.size()))]);
            title.replace(QLatin1String("{u}"), unit.name);
            title.replace(QLatin1String("{d}"), unit.district);
            entry.title = title;
            entry.categoryId =
                categoryIds.value(pattern.categories[rng.below(int(pattern.categories.size()))], qint64(0));
            const int k = rng.below(100);
            if (pattern.technical)
                entry.kind = k < 60   ? EntryKind::TechnicalImprovement
                             : k < 90 ? EntryKind::UsefulSolution
                                      : EntryKind::Initiative;
            else
                entry.kind = k < 80   ? EntryKind::Initiative
                             : k < 95 ? EntryKind::UsefulSolution
                                      : EntryKind::TechnicalImprovement;

            // Received in code order, a day or two apart at most between neighbours.
            const int day = int(qint64(i) * span / std::max(1, m_options.entries)) + rng.below(3);
            entry.receivedOn = opens.addDays(std::min(day, span));
            entry.summary = unitWords.summary.arg(entry.receivedOn.month()).arg(year);

            const QStringList& positions = unit.kind == QLatin1String("university")
                                               ? unitWords.universityPositions
                                               : unitWords.officePositions;
            const bool collective = rng.chance(30);
            entry.nominee.kind = collective ? NomineeKind::Collective : NomineeKind::Individual;
            entry.nominee.unitId = unit.id;
            if (collective) {
                const QStringList* parts =
                    unit.kind == QLatin1String("district")     ? &unitWords.districtParts
                    : unit.kind == QLatin1String("department") ? &unitWords.departmentParts
                    : unit.kind == QLatin1String("university") ? &unitWords.universityParts
                                                               : nullptr;
                entry.nominee.name = parts && rng.chance(80) ? (*parts)[rng.below(int(parts->size()))] +
                                                                   QStringLiteral(" - ") + unit.name
                                                             : unit.name;
            } else {
                const Person person = makePerson(rng, names);
                entry.nominee.name = person.name;
                entry.nominee.gender = person.gender;
                entry.nominee.birthYear = rng.between(1966, 1998);
                entry.nominee.position = positions[rng.below(int(positions.size()))];
            }

            // Authors: an individual nominee leads; a collective's members are its authors.
            const int a = rng.below(100);
            const int authorCount = a < 45 ? 1 : a < 80 ? 2 : 3;
            const QList<double> shares = sharesFor(authorCount, rng);
            for (int j = 0; j < authorCount; ++j) {
                Author author;
                if (j == 0 && !collective) {
                    author.fullName = entry.nominee.name;
                    author.position = entry.nominee.position;
                    author.unitId = unit.id;
                } else {
                    author.fullName = makePerson(rng, names).name;
                    author.position = positions[rng.below(int(positions.size()))];
                    author.unitId = rng.chance(85) ? unit.id : units[size_t(rng.below(int(units.size())))].id;
                }
                author.sharePercent = shares[j];
                entry.authors.append(author);
            }

            // Status: 40% have reached the council's scoring.
            const int s = rng.below(100);
            const bool isScored = s >= 60 && !members.empty() && !criteria.empty();
            entry.status = s < 12   ? EntryStatus::Received
                           : s < 30 ? EntryStatus::Complete
                           : s < 35 ? EntryStatus::Returned
                                    : EntryStatus::UnderReview;
            double mean = 0;
            if (isScored) {
                // A latent quality per entry, a bias per member and a little noise per criterion.
                const double quality = 0.45 + 0.5 * rng.unit();
                for (size_t m = 0; m < members.size(); ++m) {
                    double total = 0;
                    for (size_t c = 0; c < criteria.size(); ++c) {
                        const double f =
                            std::clamp(quality + members[m].bias + (rng.unit() - 0.5) * 0.14, 0.2, 1.0);
                        const double p =
                            std::clamp(std::floor(f * criteria[c].max * 2 + 0.5) / 2, 0.0, criteria[c].max);
                        points[m * criteria.size() + c] = p;
                        total += p;
                    }
                    memberTotals[m] = total;
                    mean += total;
                }
                mean /= double(members.size());
                entry.status = mean < lowestAwardScore ? EntryStatus::NotAwarded : EntryStatus::Scored;
            }

            const QString now = entry.receivedOn.toString(Qt::ISODate) + QStringLiteral("T08:00:00Z");
            insertNominee.bind(1, nomineeKindCode(entry.nominee.kind)).bind(2, entry.nominee.name);
            insertNominee.bind(3, genderCode(entry.nominee.gender));
            if (entry.nominee.birthYear)
                insertNominee.bind(4, entry.nominee.birthYear);
            else
                insertNominee.bindNull(4);
            insertNominee.bind(5, entry.nominee.position).bind(6, entry.nominee.unitId);
            if (!insertNominee.exec())
                return failed("nominee");
            entry.nominee.id = insertNominee.lastId();

            insertEntry.bind(1, entry.code).bind(2, entry.title).bind(3, entryKindCode(entry.kind));
            insertEntry.bindIdOrNull(4, entry.categoryId).bind(5, entry.summary);
            insertEntry.bind(6, entry.receivedOn.toString(Qt::ISODate))
                .bind(7, entryStatusCode(entry.status));
            insertEntry.bind(8, entry.nominee.id).bind(9, EntryRepository::makeSearchKey(entry, unit.name));
            insertEntry.bind(10, now).bind(11, now);
            if (!insertEntry.exec())
                return failed("entry");
            entry.id = insertEntry.lastId();

            for (int j = 0; j < entry.authors.size(); ++j) {
                const Author& author = entry.authors[j];
                insertAuthor.bind(1, entry.id)
                    .bind(2, j + 1)
                    .bind(3, author.fullName)
                    .bind(4, author.position);
                insertAuthor.bindIdOrNull(5, author.unitId).bind(6, author.sharePercent);
                if (!insertAuthor.exec())
                    return failed("entry_author");
            }

            if (isScored) {
                const QString submitted =
                    std::min(entry.receivedOn.addDays(20 + rng.below(30)), closes).toString(Qt::ISODate) +
                    QStringLiteral("T15:00:00Z");
                for (size_t m = 0; m < members.size(); ++m) {
                    insertSheet.bind(1, members[m].id).bind(2, entry.id).bind(3, submitted);
                    if (!insertSheet.exec())
                        return failed("score_sheet");
                    const qint64 sheetId = insertSheet.lastId();
                    for (size_t c = 0; c < criteria.size(); ++c) {
                        const int base = int(c) * 3;
                        insertScore.bind(base + 1, sheetId).bind(base + 2, criteria[c].id);
                        insertScore.bind(base + 3, points[m * criteria.size() + c]);
                    }
                    if (!insertScore.exec())
                        return failed("score");
                }
                if (entry.status == EntryStatus::Scored)
                    scored.push_back({entry.id, mean, entry.nominee.kind, i,
                                      AwardService::nomineeKey(entry.nominee.kind, entry.nominee.name,
                                                               entry.nominee.unitId)});
            }
        }

        // ---- The council's meeting, every member present, and its recognition vote (secret ballot) on each
        // entry scored at or above a form's minimum: most pass, about one in ten is voted down.
        QSet<qint64> recognised;
        if (!members.empty() && !scored.empty()) {
            const int memberCount = int(members.size());
            const QDate heldOn = std::max(opens, closes.addDays(-20));
            const QString at = heldOn.toString(Qt::ISODate) + QStringLiteral("T09:00:00Z");
            Statement insertMeeting(db, "INSERT INTO meeting (held_on, place, chair_id, secretary_id, notes, "
                                        "members, present, quorum_ratio, quorum, created_at, created_by) "
                                        "VALUES (?, ?, ?, ?, '', ?, ?, ?, 1, ?, 'demo')");
            Statement insertAttendance(db, "INSERT INTO meeting_attendance (meeting_id, member_id, present) "
                                           "VALUES (?, ?, 1)");
            Statement insertVote(db, "INSERT INTO meeting_vote (meeting_id, entry_id, mode, agree, disagree, "
                                     "blank, members, pass_ratio, passes, voted_at, voted_by) "
                                     "VALUES (?, ?, 'secret', ?, ?, 0, ?, ?, ?, ?, 'demo')");
            if (!insertMeeting.prepared() || !insertAttendance.prepared() || !insertVote.prepared())
                return failed("meeting");
            insertMeeting.bind(1, heldOn.toString(Qt::ISODate)).bind(2, unitWords.meetingPlace);
            insertMeeting.bind(3, members.front().id);
            insertMeeting.bindIdOrNull(4, members.size() > 2 ? members[2].id : 0);
            insertMeeting.bind(5, memberCount).bind(6, memberCount).bind(7, campaign->quorumRatio);
            insertMeeting.bind(8, at);
            if (!insertMeeting.exec())
                return failed("meeting");
            const qint64 meetingId = insertMeeting.lastId();
            for (const MemberRow& m : members) {
                insertAttendance.bind(1, meetingId).bind(2, m.id);
                if (!insertAttendance.exec())
                    return failed("meeting_attendance");
            }
            const int needed = CouncilVote::needed(memberCount, campaign->passRatio);
            for (const ScoredEntry& e : scored) {
                const bool passes = !rng.chance(10) || needed < 1;
                const int agree = passes ? rng.between(needed, memberCount) : rng.between(0, needed - 1);
                insertVote.bind(1, meetingId).bind(2, e.id).bind(3, agree).bind(4, memberCount - agree);
                insertVote.bind(5, memberCount).bind(6, campaign->passRatio).bind(7, passes ? 1 : 0);
                insertVote.bind(8, at);
                if (!insertVote.exec())
                    return failed("meeting_vote");
                if (passes)
                    recognised.insert(e.id);
            }
        }

        // ---- Awards by rank within the quota rules: the chairman's certificate first, then the director's;
        // only entries the council recognised, and one award per nominee.
        std::sort(scored.begin(), scored.end(), [](const ScoredEntry& x, const ScoredEntry& y) {
            return x.mean != y.mean ? x.mean > y.mean : x.index < y.index;
        });
        QSet<QString> awardedNominees;
        Statement insertAward(
            db, "INSERT INTO award (entry_id, award_form_id, decided_at, note) VALUES (?, ?, ?, '')");
        Statement updateStatus(db, "UPDATE entry SET status = ?, updated_at = ? WHERE id = ?");
        if (!insertAward.prepared() || !updateStatus.prepared())
            return failed("award");
        const QString decided = closes.addDays(-10).toString(Qt::ISODate);
        for (const ScoredEntry& e : scored) {
            if (!recognised.contains(e.id) || awardedNominees.contains(e.nomineeKey))
                continue;
            const QString kind = nomineeKindCode(e.nomineeKind);
            for (FormRow& f : forms) {
                if (e.mean < f.minScore)
                    continue;
                const auto fits = [&](const QString& rule) {
                    return !f.quota.contains(rule) || f.used.value(rule) < f.quota.value(rule);
                };
                if (!fits(kind) || !fits(QStringLiteral("any")))
                    continue;
                f.used[kind] += 1;
                f.used[QStringLiteral("any")] += 1;
                insertAward.bind(1, e.id).bind(2, f.id).bind(3, decided);
                if (!insertAward.exec())
                    return failed("award");
                // The department decides its own certificates; the chairman's are only proposed by it.
                const bool byChairman = f.code == QLatin1String("chairman");
                updateStatus.bind(1,
                                  entryStatusCode(byChairman ? EntryStatus::Proposed : EntryStatus::Awarded));
                updateStatus.bind(2, decided + QStringLiteral("T09:00:00Z")).bind(3, e.id);
                if (!updateStatus.exec())
                    return failed("entry");
                awardedNominees.insert(e.nomineeKey);
                break;
            }
        }
        // Written in bulk, the scores, votes and awards get their trail rows in bulk too, so `check`
        // finds the demo's content accounted for.
        if (Status s = TrailCoverage(db).recordBaseline(QStringLiteral("demo")); !s)
            return s;
        if (progress)
            progress(m_options.entries, m_options.entries);
        return {};
    });
}

} // namespace sangkien
