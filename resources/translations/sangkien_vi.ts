<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>Aggregation</name>
    <message>
        <source>the mean of the members&apos; totals without the highest and the lowest</source>
        <translation>trung bình cộng tổng điểm của các thành viên sau khi bỏ tổng điểm cao nhất và thấp nhất</translation>
    </message>
    <message>
        <source>the median of the members&apos; totals</source>
        <translation>trung vị tổng điểm của các thành viên</translation>
    </message>
    <message>
        <source>the mean of the members&apos; totals</source>
        <translation>trung bình cộng tổng điểm của các thành viên</translation>
    </message>
</context>
<context>
    <name>Allocator</name>
    <message>
        <source>not voted</source>
        <translation>chưa biểu quyết</translation>
    </message>
    <message>
        <source>passed %1/%2</source>
        <translation>đạt %1/%2</translation>
    </message>
    <message>
        <source>Not scored yet.</source>
        <translation>Chưa được chấm điểm.</translation>
    </message>
    <message>
        <source>Below the minimum score of every award form, or a criterion below its minimum.</source>
        <translation>Dưới điểm tối thiểu của mọi hình thức khen thưởng, hoặc có tiêu chí dưới điểm tối thiểu.</translation>
    </message>
    <message>
        <source>The council has not voted on its recognition at a meeting with quorum.</source>
        <translation>Hội đồng chưa biểu quyết công nhận tại phiên họp đủ số thành viên.</translation>
    </message>
    <message>
        <source>The council did not recognise it: %1 of %2 members agreed, %3 needed (meeting of %4).</source>
        <translation>Hội đồng không công nhận: %1/%2 thành viên đồng ý, cần %3 (phiên họp ngày %4).</translation>
    </message>
    <message>
        <source>The council did not recognise it.</source>
        <translation>Hội đồng không công nhận.</translation>
    </message>
    <message>
        <source>Its nominee already has an award for %1; a nominee gets at most one award in a campaign.</source>
        <translation>Đối tượng đề nghị đã được khen thưởng với hồ sơ %1; mỗi đối tượng chỉ được khen thưởng một lần trong một phong trào.</translation>
    </message>
    <message>
        <source>No room is left within the quota rules of the forms it qualifies for.</source>
        <translation>Đã hết số lượng khen thưởng cho phép của các hình thức mà hồ sơ đủ điều kiện.</translation>
    </message>
    <message>
        <source>voted down %1/%2</source>
        <translation>không đạt %1/%2</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>unknown</source>
        <translation>không rõ</translation>
    </message>
    <message>
        <source>The audit trail&apos;s anchor (its row count and last hash) was removed outside the program.</source>
        <translation>Mốc neo của nhật ký thay đổi (số dòng và mã băm cuối) đã bị xóa bên ngoài chương trình.</translation>
    </message>
    <message>
        <source>The whole audit trail (%1 rows) was deleted outside the program.</source>
        <translation>Toàn bộ nhật ký thay đổi (%1 dòng) đã bị xóa bên ngoài chương trình.</translation>
    </message>
    <message>
        <source>%1 rows at the end of the audit trail were deleted outside the program (it had %2, it has %3).</source>
        <translation>%1 dòng cuối của nhật ký thay đổi đã bị xóa bên ngoài chương trình (trước có %2 dòng, nay còn %3).</translation>
    </message>
    <message>
        <source>The audit trail does not end where its anchor says (%1 rows expected, %2 found): rows were added or replaced outside the program.</source>
        <translation>Nhật ký thay đổi không kết thúc đúng như mốc neo ghi (cần %1 dòng, thấy %2): có dòng đã bị thêm hoặc thay bên ngoài chương trình.</translation>
    </message>
</context>
<context>
    <name>AwardDecisionData</name>
    <message>
        <source>The document names no awardee.</source>
        <translation>Văn bản chưa có tập thể, cá nhân được khen thưởng nào.</translation>
    </message>
    <message>
        <source>The document has no date.</source>
        <translation>Văn bản chưa có ngày ban hành.</translation>
    </message>
    <message>
        <source>A proposal for the chairman&apos;s certificate names at most %1 collectives and individuals together; this one names %2.</source>
        <translation>Tờ trình đề nghị tặng Bằng khen của Chủ tịch UBND tỉnh chỉ được đề nghị tối đa %1 tập thể và cá nhân; văn bản này đề nghị %2.</translation>
    </message>
    <message>
        <source>The decision number</source>
        <translation>Số quyết định</translation>
    </message>
    <message>
        <source>The signer&apos;s name</source>
        <translation>Họ tên người ký</translation>
    </message>
</context>
<context>
    <name>AwardService</name>
    <message>
        <source>award proposal</source>
        <translation>đề xuất khen thưởng</translation>
    </message>
    <message>
        <source>There is no such entry.</source>
        <translation>Không có hồ sơ này.</translation>
    </message>
    <message>
        <source>There is no such award form.</source>
        <translation>Không có hình thức khen thưởng này.</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Không chấp nhận: %1</translation>
    </message>
    <message>
        <source>The council has not voted on the recognition of %1 at a meeting with quorum; the campaign awards only entries the council recognised.</source>
        <translation>Hội đồng chưa biểu quyết công nhận %1 tại phiên họp đủ số thành viên; phong trào chỉ khen thưởng hồ sơ được Hội đồng công nhận.</translation>
    </message>
    <message>
        <source>The council did not recognise %1: %2 of %3 members agreed, %4 needed; the campaign awards only entries the council recognised.</source>
        <translation>Hội đồng không công nhận %1: %2/%3 thành viên đồng ý, cần %4; phong trào chỉ khen thưởng hồ sơ được Hội đồng công nhận.</translation>
    </message>
    <message>
        <source>award proposal applied</source>
        <translation>áp dụng đề xuất khen thưởng</translation>
    </message>
    <message>
        <source>award given</source>
        <translation>được khen thưởng</translation>
    </message>
    <message>
        <source>award taken away</source>
        <translation>thu hồi khen thưởng</translation>
    </message>
</context>
<context>
    <name>BackupManager</name>
    <message>
        <source>The backup file already exists; a backup never overwrites a file.</source>
        <translation>Tệp sao lưu đã tồn tại; sao lưu không bao giờ ghi đè lên tệp có sẵn.</translation>
    </message>
    <message>
        <source>The backup cannot be restored: %1</source>
        <translation>Không khôi phục được bản sao lưu: %1</translation>
    </message>
    <message>
        <source>The backup cannot be copied.</source>
        <translation>Không sao chép được bản sao lưu.</translation>
    </message>
    <message>
        <source>The campaign file cannot be replaced; is it open?</source>
        <translation>Không thay thế được tệp phong trào; tệp có đang được mở không?</translation>
    </message>
    <message>
        <source>The campaign file cannot be replaced.</source>
        <translation>Không thay thế được tệp phong trào.</translation>
    </message>
    <message>
        <source>The backup file cannot be given its name.</source>
        <translation>Không đặt được tên cho tệp sao lưu.</translation>
    </message>
    <message>
        <source>The backup folder cannot be created: %1</source>
        <translation>Không tạo được thư mục sao lưu: %1</translation>
    </message>
</context>
<context>
    <name>CampaignBuilder</name>
    <message>
        <source>No file name was given for the new campaign.</source>
        <translation>Chưa có tên tệp cho phong trào mới.</translation>
    </message>
    <message>
        <source>The file already exists; a new campaign never overwrites a file.</source>
        <translation>Tệp đã tồn tại; tạo phong trào mới không bao giờ ghi đè lên tệp có sẵn.</translation>
    </message>
    <message>
        <source>The folder does not exist.</source>
        <translation>Thư mục không tồn tại.</translation>
    </message>
    <message>
        <source>The new campaign file cannot be completed.</source>
        <translation>Không hoàn tất được tệp phong trào mới.</translation>
    </message>
    <message>
        <source>The new campaign file cannot be given its name.</source>
        <translation>Không đặt được tên cho tệp phong trào mới.</translation>
    </message>
</context>
<context>
    <name>CampaignHistory</name>
    <message>
        <source>Type a name to look for.</source>
        <translation>Hãy gõ tên cần tìm.</translation>
    </message>
    <message>
        <source>The folder does not exist.</source>
        <translation>Không có thư mục này.</translation>
    </message>
</context>
<context>
    <name>CampaignLock</name>
    <message>
        <source>unknown</source>
        <translation>không rõ</translation>
    </message>
    <message>
        <source>The lock file cannot be written: %1</source>
        <translation>Không ghi được tệp khóa: %1</translation>
    </message>
    <message>
        <source>The campaign is open for writing by %1 on %2 since %3.</source>
        <translation>Phong trào đang được %1 mở để chỉnh sửa trên máy %2 từ %3.</translation>
    </message>
    <message>
        <source>The campaign&apos;s lock file cannot be taken.</source>
        <translation>Không giữ được tệp khóa của phong trào.</translation>
    </message>
    <message>
        <source>a moment ago</source>
        <translation>vừa xong</translation>
    </message>
</context>
<context>
    <name>CampaignReportData</name>
    <message>
        <source>The report has no date.</source>
        <translation>Báo cáo chưa có ngày.</translation>
    </message>
</context>
<context>
    <name>CampaignRepository</name>
    <message>
        <source>The campaign&apos;s name</source>
        <translation>Tên phong trào</translation>
    </message>
    <message>
        <source>The plan&apos;s number</source>
        <translation>Số kế hoạch</translation>
    </message>
    <message>
        <source>The issuing body</source>
        <translation>Cơ quan ban hành</translation>
    </message>
    <message>
        <source>The superior body</source>
        <translation>Cơ quan chủ quản</translation>
    </message>
    <message>
        <source>The place</source>
        <translation>Địa danh</translation>
    </message>
    <message>
        <source>A legal basis</source>
        <translation>Một căn cứ pháp lý</translation>
    </message>
</context>
<context>
    <name>CampaignTemplate</name>
    <message>
        <source>There is no campaign template named &quot;%1&quot;. Known templates: %2.</source>
        <translation>Không có mẫu phong trào nào tên &quot;%1&quot;. Các mẫu hiện có: %2.</translation>
    </message>
    <message>
        <source>The template is not valid JSON: %1</source>
        <translation>Mẫu không phải là JSON hợp lệ: %1</translation>
    </message>
    <message>
        <source>The template&apos;s recognition must be &quot;vote&quot; or &quot;score&quot;, not &quot;%1&quot;.</source>
        <translation>Cách công nhận trong mẫu phải là &quot;vote&quot; hoặc &quot;score&quot;, không phải &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The template&apos;s aggregation must be &quot;mean&quot;, &quot;trimmed_mean&quot; or &quot;median&quot;, not &quot;%1&quot;.</source>
        <translation>Cách tổng hợp điểm của mẫu phải là &quot;mean&quot;, &quot;trimmed_mean&quot; hoặc &quot;median&quot;, không phải &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The template&apos;s disagreement spread must be a number of points, 0 or more.</source>
        <translation>Ngưỡng chênh lệch điểm của mẫu phải là một số điểm, từ 0 trở lên.</translation>
    </message>
</context>
<context>
    <name>CertificateIssuer</name>
    <message>
        <source>No proposal for the chairman&apos;s certificate has been issued yet: certificates print from an issued version.</source>
        <translation>Chưa ban hành tờ trình đề nghị tặng Bằng khen của Chủ tịch UBND tỉnh: bằng khen chỉ in theo một phiên bản đã ban hành.</translation>
    </message>
    <message>
        <source>No decision of the director has been issued yet: certificates print from an issued version.</source>
        <translation>Chưa ban hành quyết định của Giám đốc Sở: giấy khen chỉ in theo một phiên bản đã ban hành.</translation>
    </message>
    <message>
        <source>Version %1 of the proposal for the chairman&apos;s certificate was never issued.</source>
        <translation>Phiên bản %1 của tờ trình đề nghị tặng Bằng khen chưa từng được ban hành.</translation>
    </message>
    <message>
        <source>Version %1 of the director&apos;s decision was never issued.</source>
        <translation>Phiên bản %1 của quyết định của Giám đốc Sở chưa từng được ban hành.</translation>
    </message>
    <message>
        <source>The province&apos;s decision on version %1 of the proposal is not recorded yet: the chairman&apos;s certificates print once it is (Record the province&apos;s decision).</source>
        <translation>Chưa ghi nhận quyết định của tỉnh đối với phiên bản %1 của tờ trình: Bằng khen chỉ in được sau khi ghi nhận (Ghi nhận quyết định của tỉnh).</translation>
    </message>
    <message>
        <source>Version %1 awards nobody a certificate of this form.</source>
        <translation>Phiên bản %1 không khen thưởng ai theo hình thức này.</translation>
    </message>
</context>
<context>
    <name>CertificateLayout</name>
    <message>
        <source>The certificate&apos;s paper size is not plausible.</source>
        <translation>Khổ giấy in bằng khen, giấy khen không hợp lý.</translation>
    </message>
    <message>
        <source>A certificate field has no name.</source>
        <translation>Một trường trên mẫu bằng khen, giấy khen chưa có tên.</translation>
    </message>
    <message>
        <source>The box of the field lies outside the paper.</source>
        <translation>Khung của trường nằm ngoài khổ giấy.</translation>
    </message>
    <message>
        <source>The field&apos;s font size must be between 6 and 72 points.</source>
        <translation>Cỡ chữ của trường phải từ 6 đến 72 pt.</translation>
    </message>
    <message>
        <source>Cannot write the file: %1</source>
        <translation>Không ghi được tệp: %1</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Không đọc được tệp: %1</translation>
    </message>
    <message>
        <source>The file is not a certificate layout: %1</source>
        <translation>Tệp không phải mẫu bố cục bằng khen, giấy khen: %1</translation>
    </message>
</context>
<context>
    <name>CertificateLayoutRepository</name>
    <message>
        <source>The stored certificate layout cannot be read.</source>
        <translation>Không đọc được bố cục giấy khen đã lưu.</translation>
    </message>
    <message>
        <source>Unknown certificate form &quot;%1&quot;.</source>
        <translation>Không có hình thức khen thưởng &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>certificate layout (%1)</source>
        <translation>bố cục giấy khen (%1)</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>collectives and individuals together</source>
        <translation>tập thể và cá nhân (tính chung)</translation>
    </message>
    <message>
        <source>collectives</source>
        <translation>tập thể</translation>
    </message>
    <message>
        <source>individuals</source>
        <translation>cá nhân</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>Quota rules:</source>
        <translation>Quy định số lượng khen thưởng:</translation>
    </message>
    <message>
        <source>Tied at a quota boundary (the office decides, nothing was chosen for them):</source>
        <translation>Bằng điểm tại ngưỡng số lượng khen thưởng (cơ quan xem xét quyết định, chương trình không chọn thay):</translation>
    </message>
    <message numerus="yes">
        <source>%1: rank %2, %3, room for %n of them</source>
        <translation>
            <numerusform>%1: hạng %2, %3, chỉ còn %n suất cho các hồ sơ bằng điểm</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The proposal was stored: %n award(s).</source>
        <translation>
            <numerusform>Đã lưu đề xuất: %n trường hợp khen thưởng.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was stored; run with --apply to store the proposal.</source>
        <translation>Chưa lưu gì; hãy chạy lại với --apply để lưu đề xuất.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;. Known formats: text, json.</source>
        <translation>Không hỗ trợ định dạng &quot;%1&quot;. Các định dạng hỗ trợ: text, json.</translation>
    </message>
    <message>
        <source>%1: no problems found.</source>
        <translation>%1: không phát hiện lỗi nào.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n problem(s) found.</source>
        <translation>
            <numerusform>%1: phát hiện %n lỗi.</numerusform>
        </translation>
    </message>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>Tùy chọn %1 cần có giá trị.</translation>
    </message>
    <message>
        <source>Unknown option: %1</source>
        <translation>Tùy chọn không hợp lệ: %1</translation>
    </message>
    <message>
        <source>Missing argument. Usage: sangkien-cli %1</source>
        <translation>Thiếu tham số. Cách dùng: sangkien-cli %1</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Thừa tham số: %1</translation>
    </message>
    <message>
        <source>The option %1 needs a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>Tùy chọn %1 cần một số nguyên từ %2 đến %3, không phải &quot;%4&quot;.</translation>
    </message>
    <message>
        <source>Try &apos;sangkien-cli --help&apos;.</source>
        <translation>Chạy &apos;sangkien-cli --help&apos; để xem hướng dẫn.</translation>
    </message>
    <message>
        <source>Try &apos;sangkien-cli %1 --help&apos;.</source>
        <translation>Chạy &apos;sangkien-cli %1 --help&apos; để xem hướng dẫn.</translation>
    </message>
    <message>
        <source>The option --seed needs a whole number from 0 to 18446744073709551615, not &quot;%1&quot;.</source>
        <translation>Tùy chọn --seed cần một số nguyên từ 0 đến 18446744073709551615, không phải &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Generating entries: %1 of %2</source>
        <translation>Đang tạo hồ sơ: %1/%2</translation>
    </message>
    <message>
        <source>Created the demo campaign %1: %2 entries, %3 council members, seed %4.</source>
        <translation>Đã tạo phong trào dùng thử %1: %2 hồ sơ, %3 thành viên Hội đồng, seed %4.</translation>
    </message>
    <message>
        <source>Created the campaign file %1 from the template %2.</source>
        <translation>Đã tạo tệp phong trào %1 theo mẫu %2.</translation>
    </message>
    <message>
        <source>received</source>
        <translation>đã tiếp nhận</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>đủ hồ sơ</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>trả lại</translation>
    </message>
    <message>
        <source>under review</source>
        <translation>đang thẩm định</translation>
    </message>
    <message>
        <source>scored</source>
        <translation>đã chấm điểm</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>đã đề nghị</translation>
    </message>
    <message>
        <source>awarded</source>
        <translation>được khen thưởng</translation>
    </message>
    <message>
        <source>not awarded</source>
        <translation>không khen thưởng</translation>
    </message>
    <message>
        <source>Chairman&apos;s certificate</source>
        <translation>Bằng khen UBND tỉnh</translation>
    </message>
    <message>
        <source>Director&apos;s certificate</source>
        <translation>Giấy khen Giám đốc Sở</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tên sáng kiến</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Nominee</source>
        <translation>Tập thể/cá nhân</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <source>Award</source>
        <translation>Khen thưởng</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n hồ sơ</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;. Known statuses: %2.</source>
        <translation>Không có trạng thái &quot;%1&quot;. Các trạng thái hợp lệ: %2.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;. Known formats: text, csv, json.</source>
        <translation>Không hỗ trợ định dạng &quot;%1&quot;. Các định dạng hỗ trợ: text, csv, json.</translation>
    </message>
    <message>
        <source>Unknown content category &quot;%1&quot;. Known categories: %2.</source>
        <translation>Không có lĩnh vực &quot;%1&quot;. Các lĩnh vực hợp lệ: %2.</translation>
    </message>
    <message>
        <source>chair</source>
        <translation>chủ tịch</translation>
    </message>
    <message>
        <source>vice-chair</source>
        <translation>phó chủ tịch</translation>
    </message>
    <message>
        <source>secretary</source>
        <translation>thư ký</translation>
    </message>
    <message>
        <source>member</source>
        <translation>thành viên</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message numerus="yes">
        <source>%n council member(s)</source>
        <translation>
            <numerusform>%n thành viên Hội đồng</numerusform>
        </translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>chưa chấm đủ</translation>
    </message>
    <message>
        <source>below a criterion&apos;s minimum</source>
        <translation>dưới điểm tối thiểu của tiêu chí</translation>
    </message>
    <message>
        <source>members disagree</source>
        <translation>điểm chấm chênh lệch lớn</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Hạng</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Độ lệch</translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation>Phiếu</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <source>Criteria: %1</source>
        <translation>Tiêu chí: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n entries ranked</source>
        <translation>
            <numerusform>%n hồ sơ đã xếp hạng</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a score yet</source>
        <translation>
            <numerusform>%n hồ sơ chưa có điểm</numerusform>
        </translation>
    </message>
    <message>
        <source>The option %1 is required.</source>
        <translation>Bắt buộc phải có tùy chọn %1.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the review package %1 for member %2 (%3): %n entries, package %4.</source>
        <translation>
            <numerusform>Đã ghi gói hồ sơ chấm điểm %1 cho thành viên %2 (%3): %n hồ sơ, mã gói %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>The review package cannot be read: %1</source>
        <translation>Không đọc được gói hồ sơ chấm điểm: %1</translation>
    </message>
    <message>
        <source>The entry %1 has no points for %2.</source>
        <translation>Hồ sơ %1 chưa có điểm cho tiêu chí %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n problem(s); no score return was written.</source>
        <translation>
            <numerusform>%1: có %n lỗi; chưa ghi tệp kết quả chấm điểm.</numerusform>
        </translation>
    </message>
    <message>
        <source>The score return cannot be written: %1</source>
        <translation>Không ghi được tệp kết quả chấm điểm: %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the score return %1 for member %2: %n sheet(s), revision %3.</source>
        <translation>
            <numerusform>Đã ghi tệp kết quả chấm điểm %1 của thành viên %2: %n phiếu chấm điểm, phiên bản %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>This score return (member %1, revision %2) was already imported; nothing changed.</source>
        <translation>Tệp kết quả chấm điểm này (thành viên %1, phiên bản %2) đã được nhập trước đó; không có gì thay đổi.</translation>
    </message>
    <message numerus="yes">
        <source>Imported the score return of member %1, revision %2: %n sheet(s)</source>
        <translation>
            <numerusform>Đã nhập tệp kết quả chấm điểm của thành viên %1, phiên bản %2: %n phiếu chấm điểm</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n phiếu có thay đổi</numerusform>
        </translation>
    </message>
    <message>
        <source>The score return cannot be read: %1</source>
        <translation>Không đọc được tệp kết quả chấm điểm: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n problem(s); nothing was written.</source>
        <translation>
            <numerusform>%1: có %n lỗi; chưa ghi dữ liệu nào.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Member %1: %n sheet(s) submitted</source>
        <translation>
            <numerusform>Thành viên %1: đã nộp %n phiếu chấm điểm</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Member %1: %n draft sheet(s) saved</source>
        <translation>
            <numerusform>Thành viên %1: đã lưu nháp %n phiếu chấm điểm</numerusform>
        </translation>
    </message>
    <message>
        <source>create a campaign file holding a template&apos;s plan</source>
        <translation>tạo tệp phong trào theo kế hoạch của một mẫu</translation>
    </message>
    <message>
        <source>create a campaign file filled with synthetic entries and score sheets</source>
        <translation>tạo tệp phong trào dùng thử, có sẵn hồ sơ và phiếu chấm điểm giả lập</translation>
    </message>
    <message>
        <source>list the entries (search ignores case and diacritics)</source>
        <translation>liệt kê hồ sơ (tìm kiếm không phân biệt chữ hoa, chữ thường và dấu)</translation>
    </message>
    <message>
        <source>check the file&apos;s integrity and the quota rules</source>
        <translation>kiểm tra tính toàn vẹn của tệp và quy định số lượng khen thưởng</translation>
    </message>
    <message>
        <source>the ranking: members&apos; totals, the aggregate score, rank and flags</source>
        <translation>bảng xếp hạng: tổng điểm của từng thành viên, điểm tổng hợp, thứ hạng và cảnh báo</translation>
    </message>
    <message>
        <source>propose award forms by rank within the quota rules; --apply stores them</source>
        <translation>đề xuất hình thức khen thưởng theo thứ hạng, trong giới hạn quy định số lượng khen thưởng; --apply để lưu đề xuất</translation>
    </message>
    <message>
        <source>list the council members with their ids and roles</source>
        <translation>liệt kê thành viên Hội đồng kèm ID và vai trò</translation>
    </message>
    <message>
        <source>enter one member&apos;s score sheet from a CSV (entry,criterion,points[,comment])</source>
        <translation>nhập phiếu chấm điểm của một thành viên từ tệp CSV (entry,criterion,points[,comment])</translation>
    </message>
    <message>
        <source>write one member&apos;s sealed review package</source>
        <translation>ghi gói hồ sơ chấm điểm đã niêm phong cho một thành viên</translation>
    </message>
    <message>
        <source>fill a review package&apos;s grid from a CSV and write the sealed score return</source>
        <translation>điền bảng điểm của gói hồ sơ chấm điểm từ tệp CSV và ghi tệp kết quả chấm điểm đã niêm phong</translation>
    </message>
    <message>
        <source>verify a score return and merge it into the campaign</source>
        <translation>kiểm tra tệp kết quả chấm điểm và nhập vào phong trào</translation>
    </message>
    <message>
        <source>Usage: sangkien-cli COMMAND CAMPAIGN_FILE [options]</source>
        <translation>Cách dùng: sangkien-cli COMMAND CAMPAIGN_FILE [tùy chọn]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Các lệnh:</translation>
    </message>
    <message>
        <source>Options for every command:</source>
        <translation>Tùy chọn dùng cho mọi lệnh:</translation>
    </message>
    <message>
        <source>the language of messages (default: Vietnamese, or English when LANG is en_*)</source>
        <translation>ngôn ngữ của thông báo (mặc định: tiếng Việt, hoặc tiếng Anh khi LANG là en_*)</translation>
    </message>
    <message>
        <source>show this help</source>
        <translation>hiện hướng dẫn này</translation>
    </message>
    <message>
        <source>show the program&apos;s version</source>
        <translation>hiện phiên bản của chương trình</translation>
    </message>
    <message>
        <source>Exit codes: 0 success; 1 usage error; 2 input rejected, nothing written (for check: problems found); 3 the campaign file cannot be opened.</source>
        <translation>Mã thoát: 0 thành công; 1 dùng lệnh sai; 2 dữ liệu đầu vào bị từ chối, không ghi gì (với lệnh check: phát hiện lỗi); 3 không mở được tệp phong trào.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;. Known languages: en, vi.</source>
        <translation>Không hỗ trợ ngôn ngữ &quot;%1&quot;. Các ngôn ngữ hỗ trợ: en, vi.</translation>
    </message>
    <message>
        <source>Usage: sangkien-cli %1</source>
        <translation>Cách dùng: sangkien-cli %1</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Lệnh không hợp lệ: %1</translation>
    </message>
    <message>
        <source>%1: %2 of %3 rows</source>
        <translation>%1: %2/%3 dòng</translation>
    </message>
    <message>
        <source>%1: %2 rows</source>
        <translation>%1: %2 dòng</translation>
    </message>
    <message>
        <source>Rows read: %1</source>
        <translation>Số dòng đã đọc: %1</translation>
    </message>
    <message>
        <source>Rows that would be imported: %1</source>
        <translation>Số dòng sẽ được nhập: %1</translation>
    </message>
    <message>
        <source>Entries imported: %1</source>
        <translation>Số hồ sơ đã nhập: %1</translation>
    </message>
    <message>
        <source>Duplicates skipped: %1</source>
        <translation>Số hồ sơ trùng đã bỏ qua: %1</translation>
    </message>
    <message>
        <source>Rows rejected: %1</source>
        <translation>Số dòng bị từ chối: %1</translation>
    </message>
    <message>
        <source>New entries: %1 to %2</source>
        <translation>Hồ sơ mới: từ %1 đến %2</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) rejected; nothing was imported.</source>
        <translation>
            <numerusform>Có %n dòng bị từ chối; chưa nhập dữ liệu nào.</numerusform>
        </translation>
    </message>
    <message>
        <source>Say where to write the copy with --out PATH.</source>
        <translation>Hãy chỉ định nơi ghi bản sao bằng --out PATH.</translation>
    </message>
    <message>
        <source>Wrote a consistent copy to %1.</source>
        <translation>Đã ghi bản sao nhất quán vào %1.</translation>
    </message>
    <message>
        <source>Say where to write the document with --out PATH (.pdf or .odt).</source>
        <translation>Hãy chỉ định nơi ghi văn bản bằng --out PATH (.pdf hoặc .odt).</translation>
    </message>
    <message>
        <source>The output must end in .pdf or .odt: %1</source>
        <translation>Tệp đầu ra phải có đuôi .pdf hoặc .odt: %1</translation>
    </message>
    <message>
        <source>Unknown kind &quot;%1&quot;. Known kinds: director, chairman-proposal.</source>
        <translation>Không có loại văn bản &quot;%1&quot;. Các loại hợp lệ: director, chairman-proposal.</translation>
    </message>
    <message>
        <source>The date must be written YYYY-MM-DD: %1</source>
        <translation>Ngày phải được ghi theo dạng YYYY-MM-DD: %1</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 collectives, %3 individuals).</source>
        <translation>Đã ghi %1 (%2 tập thể, %3 cá nhân).</translation>
    </message>
    <message>
        <source>write the award decision or the proposal to the chairman (PDF or ODT)</source>
        <translation>ghi quyết định khen thưởng hoặc tờ trình đề nghị Chủ tịch UBND tỉnh khen thưởng (PDF hoặc ODT)</translation>
    </message>
    <message>
        <source>write a consistent copy of a campaign that may be open elsewhere</source>
        <translation>ghi bản sao nhất quán của một phong trào có thể đang được mở ở nơi khác</translation>
    </message>
    <message>
        <source>import entries from a spreadsheet; all rows or none</source>
        <translation>nhập hồ sơ từ bảng tính; nhập tất cả các dòng hoặc không dòng nào</translation>
    </message>
    <message>
        <source>The campaign file could not be written: the disk is full or the file cannot grow. Nothing was changed.</source>
        <translation>Không ghi được tệp phong trào: ổ đĩa đã đầy hoặc tệp không thể lớn thêm. Chưa có gì thay đổi.</translation>
    </message>
    <message>
        <source>Roles are on in this campaign: name the secretary with --user and give the password on standard input.</source>
        <translation>Phong trào này đã bật phân quyền người dùng: hãy ghi tên đăng nhập của Thư ký Hội đồng bằng --user và nhập mật khẩu qua đầu vào chuẩn (standard input).</translation>
    </message>
    <message>
        <source>No entry has the code %1.</source>
        <translation>Không có hồ sơ nào mang mã %1.</translation>
    </message>
    <message>
        <source>The score sheet of member %1 for %2 is a draft again.</source>
        <translation>Phiếu chấm điểm hồ sơ %2 của thành viên %1 đã được chuyển lại thành bản nháp.</translation>
    </message>
    <message>
        <source>turn a submitted score sheet back into a draft (the secretary, with a reason)</source>
        <translation>chuyển phiếu chấm điểm đã nộp trở lại thành bản nháp (do Thư ký Hội đồng thực hiện, kèm lý do)</translation>
    </message>
    <message>
        <source>--present takes member ids separated by commas, not &quot;%1&quot;.</source>
        <translation>--present cần danh sách ID thành viên cách nhau bằng dấu phẩy, không phải &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Meeting %1 of %2 recorded: %3 of %4 members present (quorum: at least %5).</source>
        <translation>Đã ghi nhận cuộc họp số %1 ngày %2: có mặt %3/%4 thành viên (cần tối thiểu %5 thành viên).</translation>
    </message>
    <message>
        <source>No meeting is recorded yet: record it first with the meeting command.</source>
        <translation>Chưa ghi nhận cuộc họp nào: hãy ghi nhận cuộc họp trước bằng lệnh meeting.</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 members present, %3 entries voted).</source>
        <translation>Đã ghi %1 (%2 thành viên có mặt, %3 hồ sơ đã biểu quyết).</translation>
    </message>
    <message>
        <source>Give either the counts of a secret ballot (--agree N --disagree N [--blank N]) or the open vote (--open ID=yes,ID=no,...).</source>
        <translation>Hãy ghi số phiếu của cuộc bỏ phiếu kín (--agree N --disagree N [--blank N]) hoặc kết quả biểu quyết công khai (--open ID=yes,ID=no,...).</translation>
    </message>
    <message>
        <source>--open takes ID=yes, ID=no or ID=abstain separated by commas, not &quot;%1&quot;.</source>
        <translation>--open cần các cặp ID=yes, ID=no hoặc ID=abstain cách nhau bằng dấu phẩy, không phải &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Member %1 is named twice in --open.</source>
        <translation>Thành viên %1 được ghi hai lần trong --open.</translation>
    </message>
    <message>
        <source>--open names no member.</source>
        <translation>--open chưa ghi thành viên nào.</translation>
    </message>
    <message>
        <source>%1: %2 agree, %3 disagree, %4 blank of %5 members (%6 needed): %7.</source>
        <translation>%1: %2 đồng ý, %3 không đồng ý, %4 phiếu trắng trên tổng số %5 thành viên (cần %6): %7.</translation>
    </message>
    <message>
        <source>passes</source>
        <translation>được thông qua</translation>
    </message>
    <message>
        <source>does not pass</source>
        <translation>không được thông qua</translation>
    </message>
    <message>
        <source>record the council&apos;s meeting and who attended (refused below the quorum)</source>
        <translation>ghi nhận cuộc họp của Hội đồng và các thành viên tham dự (từ chối nếu không đủ số thành viên tối thiểu)</translation>
    </message>
    <message>
        <source>record the council&apos;s vote on an entry at the latest meeting, secret (counts) or open</source>
        <translation>ghi nhận kết quả biểu quyết của Hội đồng đối với một hồ sơ tại cuộc họp gần nhất, bỏ phiếu kín (số phiếu) hoặc biểu quyết công khai</translation>
    </message>
    <message>
        <source>write the minutes of the council&apos;s meeting as PDF</source>
        <translation>ghi biên bản họp Hội đồng dưới dạng PDF</translation>
    </message>
    <message>
        <source>The sheet for %1 was submitted in the office and is read-only in this package; only the council&apos;s secretary can reopen it.</source>
        <translation>Phiếu chấm hồ sơ %1 đã nộp tại Văn phòng và chỉ được xem trong gói này; chỉ Thư ký Hội đồng được mở lại phiếu.</translation>
    </message>
    <message numerus="yes">
        <source>Not merged, the office&apos;s version kept (%n sheet(s)):</source>
        <translation>
            <numerusform>Không nhập, giữ nguyên phiếu của Văn phòng (%n phiếu):</numerusform>
        </translation>
    </message>
    <message>
        <source>Name the campaign file to create.</source>
        <translation>Hãy ghi tên tệp phong trào cần tạo.</translation>
    </message>
    <message>
        <source>Not proposed although the score qualifies:</source>
        <translation>Không được đề nghị dù điểm đủ điều kiện:</translation>
    </message>
    <message>
        <source>Recognition: by the council&apos;s vote (only entries that passed it are proposed).</source>
        <translation>Công nhận: theo biểu quyết của Hội đồng (chỉ đề nghị hồ sơ được biểu quyết đạt).</translation>
    </message>
    <message>
        <source>Recognition: by the score alone.</source>
        <translation>Công nhận: chỉ theo điểm.</translation>
    </message>
    <message>
        <source>Wrote %1: version %2 as it was issued.</source>
        <translation>Đã ghi %1: phiên bản %2 đúng như khi ban hành.</translation>
    </message>
    <message>
        <source>The stored awards break the campaign&apos;s rules; no document was written.</source>
        <translation>Kết quả khen thưởng đã lưu vi phạm quy định của phong trào; chưa ghi văn bản nào.</translation>
    </message>
    <message>
        <source>Issued as version %1 and frozen: a later change to the awards makes a new version.</source>
        <translation>Đã ban hành thành phiên bản %1 và khóa lại: thay đổi khen thưởng sau này sẽ tạo phiên bản mới.</translation>
    </message>
    <message>
        <source>Footer rows left out (signatures, notes, totals): %1</source>
        <translation>Số dòng cuối danh sách đã bỏ qua (chữ ký, ghi chú, tổng cộng): %1</translation>
    </message>
    <message>
        <source>Rows: %1.</source>
        <translation>Các dòng: %1.</translation>
    </message>
    <message>
        <source>Recording the province&apos;s decision writes no document: leave --out out.</source>
        <translation>Ghi nhận quyết định của tỉnh không tạo văn bản nào: hãy bỏ --out.</translation>
    </message>
    <message>
        <source>The province decides on the proposal for the chairman&apos;s certificate: --kind chairman-proposal.</source>
        <translation>Tỉnh quyết định theo tờ trình đề nghị tặng Bằng khen của Chủ tịch UBND tỉnh: --kind chairman-proposal.</translation>
    </message>
    <message>
        <source>Give the number of the province&apos;s decision with --province-number.</source>
        <translation>Hãy ghi số quyết định của tỉnh bằng --province-number.</translation>
    </message>
    <message>
        <source>Give the date of the province&apos;s decision with --province-date YYYY-MM-DD.</source>
        <translation>Hãy ghi ngày quyết định của tỉnh bằng --province-date YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Recorded the province&apos;s decision %1 of %2 on version %3 of the proposal; the entries it names are awarded.</source>
        <translation>Đã ghi nhận quyết định %1 ngày %2 của tỉnh đối với phiên bản %3 của tờ trình; các hồ sơ có tên được khen thưởng.</translation>
    </message>
    <message>
        <source>Unknown paper &quot;%1&quot;. Known papers: score-sheets, summary.</source>
        <translation>Không có loại giấy tờ &quot;%1&quot;. Các loại hợp lệ: score-sheets, summary.</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 entries).</source>
        <translation>Đã ghi %1 (%2 hồ sơ).</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 score sheet(s) for %3 member(s)).</source>
        <translation>Đã ghi %1 (%2 phiếu chấm điểm cho %3 thành viên).</translation>
    </message>
    <message>
        <source>write the council&apos;s papers as PDF: blank score sheets or the summary of scores</source>
        <translation>ghi giấy tờ của Hội đồng ra PDF: phiếu chấm điểm trống hoặc bảng tổng hợp kết quả chấm điểm</translation>
    </message>
    <message>
        <source>Score: %1</source>
        <translation>Điểm: %1</translation>
    </message>
    <message>
        <source>Score: %1 (--method; the campaign uses %2)</source>
        <translation>Điểm: %1 (--method; phong trào dùng %2)</translation>
    </message>
    <message>
        <source>Unknown aggregation method &quot;%1&quot;. Known methods: mean, trimmed, median.</source>
        <translation>Không có cách tổng hợp điểm &quot;%1&quot;. Các cách có: mean, trimmed, median.</translation>
    </message>
    <message>
        <source>The certificates are written as PDF: give a path ending in .pdf.</source>
        <translation>Giấy khen được ghi ra PDF: hãy cho đường dẫn có đuôi .pdf.</translation>
    </message>
    <message>
        <source>Unknown form &quot;%1&quot;. Known forms: director, chairman.</source>
        <translation>Không có hình thức &quot;%1&quot;. Các hình thức: director, chairman.</translation>
    </message>
    <message>
        <source>The test page shows the layout only: leave --decision-version out.</source>
        <translation>Trang in thử chỉ thể hiện bố cục: bỏ --decision-version.</translation>
    </message>
    <message>
        <source>Wrote %1: the test page of the layout, every box framed and named.</source>
        <translation>Đã ghi %1: trang in thử bố cục, mỗi ô có khung và tên.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n certificate(s) of version %2.</source>
        <translation>
            <numerusform>Đã ghi %1: %n giấy khen theo phiên bản %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>print one certificate per awardee of an issued decision onto the blanks (PDF), or the layout&apos;s test page</source>
        <translation>in lên phôi mỗi người được khen một giấy khen theo quyết định đã ban hành (PDF), hoặc trang in thử bố cục</translation>
    </message>
    <message>
        <source>The minutes are written as PDF or ODT: give a path ending in .pdf or .odt.</source>
        <translation>Biên bản được ghi thành PDF hoặc ODT: hãy cho đường dẫn kết thúc bằng .pdf hoặc .odt.</translation>
    </message>
    <message>
        <source>The papers are written as PDF or ODT: give a path ending in .pdf or .odt.</source>
        <translation>Giấy tờ được ghi thành PDF hoặc ODT: hãy cho đường dẫn kết thúc bằng .pdf hoặc .odt.</translation>
    </message>
    <message>
        <source>Unknown workbook &quot;%1&quot;. Known workbooks: entries, ranking, awards, stats.</source>
        <translation>Không có bảng tính &quot;%1&quot;. Các bảng tính: entries, ranking, awards, stats.</translation>
    </message>
    <message>
        <source>The workbooks are written as Excel files: give a path ending in .xlsx.</source>
        <translation>Bảng tính được ghi ra tệp Excel: hãy cho đường dẫn kết thúc bằng .xlsx.</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 rows).</source>
        <translation>Đã ghi %1 (%2 dòng).</translation>
    </message>
    <message>
        <source>write an Excel workbook: the entries, the ranking, the awards list or the statistics</source>
        <translation>ghi bảng tính Excel: danh sách hồ sơ, bảng xếp hạng, danh sách khen thưởng hoặc thống kê</translation>
    </message>
    <message>
        <source>Give either --template or --from, not both.</source>
        <translation>Chỉ dùng một trong hai: --template hoặc --from.</translation>
    </message>
    <message>
        <source>--from needs --year, the new campaign&apos;s year (e.g. --year 2025).</source>
        <translation>--from cần --year, năm của phong trào mới (ví dụ --year 2025).</translation>
    </message>
    <message>
        <source>%1 must be a date written YYYY-MM-DD.</source>
        <translation>%1 phải là ngày viết theo dạng YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Created the %1 campaign %2 from %3: %4 units (%5 replaced by their successors, %6 added), %7 criteria, %8 award forms, %9 council members; no entries.</source>
        <translation>Đã tạo phong trào năm %1 %2 từ %3: %4 đơn vị (%5 đơn vị được thay bằng đơn vị kế thừa, thêm %6), %7 tiêu chí, %8 hình thức khen thưởng, %9 thành viên Hội đồng; không có hồ sơ nào.</translation>
    </message>
    <message>
        <source>%1 goes with --from.</source>
        <translation>%1 chỉ dùng cùng --from.</translation>
    </message>
    <message>
        <source>author</source>
        <translation>tác giả</translation>
    </message>
    <message>
        <source>score %1, rank %2</source>
        <translation>điểm %1, hạng %2</translation>
    </message>
    <message>
        <source>%1 entries in %2 campaign files.</source>
        <translation>%1 hồ sơ trong %2 tệp phong trào.</translation>
    </message>
    <message>
        <source>Not read: %1: %2</source>
        <translation>Không đọc được: %1: %2</translation>
    </message>
    <message>
        <source>Give either --unit NAME or --person NAME.</source>
        <translation>Hãy dùng một trong hai: --unit TÊN hoặc --person TÊN.</translation>
    </message>
    <message>
        <source>every entry, score and award of a unit or a person across the campaign files of a folder</source>
        <translation>mọi hồ sơ, điểm và khen thưởng của một đơn vị hay một người qua các tệp phong trào trong một thư mục</translation>
    </message>
    <message>
        <source>Added %1 units; %2 were already there.</source>
        <translation>Đã thêm %1 đơn vị; %2 đơn vị đã có sẵn.</translation>
    </message>
    <message>
        <source>add the units a spreadsheet lists (units already there are left as they are)</source>
        <translation>thêm các đơn vị có trong bảng tính (đơn vị đã có giữ nguyên)</translation>
    </message>
    <message>
        <source>Unknown report kind &quot;%1&quot;. Known kinds: interim, final.</source>
        <translation>Không có loại báo cáo &quot;%1&quot;. Các loại: interim (sơ kết), final (tổng kết).</translation>
    </message>
    <message>
        <source>The report is written as PDF or ODT: give a path ending in .pdf or .odt.</source>
        <translation>Báo cáo được ghi dạng PDF hoặc ODT: hãy cho đường dẫn có đuôi .pdf hoặc .odt.</translation>
    </message>
    <message>
        <source>Cannot read the report&apos;s text: %1</source>
        <translation>Không đọc được văn bản báo cáo: %1</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 entries from %3 units).</source>
        <translation>Đã ghi %1 (%2 hồ sơ của %3 đơn vị).</translation>
    </message>
    <message>
        <source>write the interim or final report of the campaign (PDF or ODT) with its tables and charts</source>
        <translation>ghi báo cáo sơ kết hoặc tổng kết phong trào (PDF hoặc ODT) kèm bảng và biểu đồ</translation>
    </message>
    <message>
        <source>%1 takes a date as YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>%1 nhận ngày dạng YYYY-MM-DD, không phải &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>--from, --to and --compare are options of the statistics (--what stats).</source>
        <translation>--from, --to và --compare chỉ dùng cho bảng thống kê (--what stats).</translation>
    </message>
    <message>
        <source>The period ends before it begins.</source>
        <translation>Ngày kết thúc kỳ thống kê trước ngày bắt đầu.</translation>
    </message>
    <message>
        <source>The folder to compare with does not exist.</source>
        <translation>Thư mục để so sánh không tồn tại.</translation>
    </message>
    <message>
        <source>Skipped %1: %2</source>
        <translation>Bỏ qua %1: %2</translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <source>Do not import</source>
        <translation>Không nhập</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã số</translation>
    </message>
    <message>
        <source>Initiative title</source>
        <translation>Tên sáng kiến</translation>
    </message>
    <message>
        <source>Kind of initiative</source>
        <translation>Loại sáng kiến</translation>
    </message>
    <message>
        <source>Content category</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Tóm tắt</translation>
    </message>
    <message>
        <source>Collective or individual</source>
        <translation>Tập thể/cá nhân</translation>
    </message>
    <message>
        <source>Nominee&apos;s name</source>
        <translation>Tên tập thể/cá nhân được đề nghị</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>Năm sinh</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Huyện</translation>
    </message>
    <message>
        <source>Co-authors</source>
        <translation>Đồng tác giả</translation>
    </message>
    <message>
        <source>Contribution shares</source>
        <translation>Tỷ lệ đóng góp</translation>
    </message>
    <message>
        <source>Date received</source>
        <translation>Ngày tiếp nhận</translation>
    </message>
    <message>
        <source>Date first applied</source>
        <translation>Ngày áp dụng lần đầu</translation>
    </message>
    <message>
        <source>Scope of application</source>
        <translation>Phạm vi áp dụng</translation>
    </message>
    <message>
        <source>Economic benefit</source>
        <translation>Hiệu quả kinh tế</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>No column holds the initiative&apos;s title: choose it in the column mapping.</source>
        <translation>Không có cột nào chứa tên sáng kiến: hãy chọn cột đó trong phần ghép cột.</translation>
    </message>
    <message>
        <source>None of the first %1 rows has a column for the initiative&apos;s title (such as &quot;Tên sáng kiến&quot;): choose the header row and the columns by hand.</source>
        <translation>Trong %1 dòng đầu không có cột nào là tên sáng kiến (như &quot;Tên sáng kiến&quot;): hãy tự chọn dòng tiêu đề và các cột.</translation>
    </message>
    <message>
        <source>None of the mapping&apos;s headers (&quot;%1&quot;, …) is in the first %2 rows of this sheet.</source>
        <translation>Không tìm thấy tiêu đề nào của mẫu ghép cột (&quot;%1&quot;, …) trong %2 dòng đầu của trang tính này.</translation>
    </message>
    <message>
        <source>The title column &quot;%1&quot; of the mapping is not in this sheet.</source>
        <translation>Trang tính này không có cột tên sáng kiến &quot;%1&quot; của mẫu ghép cột.</translation>
    </message>
    <message>
        <source>This is not a column mapping (its format is &quot;%1&quot;).</source>
        <translation>Đây không phải mẫu ghép cột (định dạng &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>The mapping&apos;s version is not a number.</source>
        <translation>Phiên bản của mẫu ghép cột không phải là số.</translation>
    </message>
    <message>
        <source>The mapping was saved by a newer version of the program (format %1); update the program to use it.</source>
        <translation>Mẫu ghép cột được lưu bằng phiên bản chương trình mới hơn (định dạng %1); hãy cập nhật chương trình để dùng mẫu này.</translation>
    </message>
    <message>
        <source>The header row must be a row number (0 when the sheet has no headers).</source>
        <translation>Dòng tiêu đề phải là số thứ tự dòng (0 khi trang tính không có tiêu đề).</translation>
    </message>
    <message>
        <source>The mapping lists no columns.</source>
        <translation>Mẫu ghép cột không có cột nào.</translation>
    </message>
    <message>
        <source>Column %1 of the mapping has no letter.</source>
        <translation>Cột thứ %1 của mẫu ghép cột không có tên cột (chữ cái).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a column letter.</source>
        <translation>&quot;%1&quot; không phải là tên cột.</translation>
    </message>
    <message>
        <source>Column %1: unknown field &quot;%2&quot;.</source>
        <translation>Cột %1: không rõ trường &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Column %1 appears twice in the mapping.</source>
        <translation>Cột %1 xuất hiện hai lần trong mẫu ghép cột.</translation>
    </message>
    <message>
        <source>Columns %1 and %2 both hold &quot;%3&quot;.</source>
        <translation>Cột %1 và cột %2 cùng được ghép với &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>Cannot write the column mapping: %1</source>
        <translation>Không ghi được mẫu ghép cột: %1</translation>
    </message>
    <message>
        <source>Cannot read the column mapping: %1</source>
        <translation>Không đọc được mẫu ghép cột: %1</translation>
    </message>
    <message>
        <source>The file is too large to be a column mapping.</source>
        <translation>Tệp quá lớn, không thể là mẫu ghép cột.</translation>
    </message>
    <message>
        <source>The column mapping is not valid JSON: %1 at character %2.</source>
        <translation>Mẫu ghép cột không phải JSON hợp lệ: %1 tại ký tự %2.</translation>
    </message>
    <message>
        <source>The file does not hold a column mapping.</source>
        <translation>Tệp không chứa mẫu ghép cột.</translation>
    </message>
</context>
<context>
    <name>ConflictRules</name>
    <message>
        <source>the member is the nominee</source>
        <translation>thành viên là cá nhân được đề nghị khen thưởng</translation>
    </message>
    <message>
        <source>the member is an author or co-author</source>
        <translation>thành viên là tác giả hoặc đồng tác giả</translation>
    </message>
    <message>
        <source>the member belongs to the nominee&apos;s unit</source>
        <translation>thành viên công tác tại đơn vị của tập thể/cá nhân được đề nghị</translation>
    </message>
</context>
<context>
    <name>ConflictTable</name>
    <message>
        <source>Give the reason for the conflict decision.</source>
        <translation>Hãy ghi rõ lý do của quyết định về xung đột lợi ích.</translation>
    </message>
</context>
<context>
    <name>CouncilPapers</name>
    <message>
        <source>There is no council member with the id %1.</source>
        <translation>Không có thành viên Hội đồng nào có ID %1.</translation>
    </message>
    <message>
        <source>No entry is assigned to a council member yet: there is no score sheet to print.</source>
        <translation>Chưa có hồ sơ nào được phân công cho thành viên Hội đồng: không có phiếu chấm điểm để in.</translation>
    </message>
    <message>
        <source>No entry is under review yet: there is no summary to print.</source>
        <translation>Chưa có hồ sơ nào đang thẩm định: không có bảng tổng hợp để in.</translation>
    </message>
</context>
<context>
    <name>CouncilPapersExport</name>
    <message>
        <source>Summary of scores</source>
        <translation>Bảng tổng hợp kết quả chấm điểm</translation>
    </message>
    <message>
        <source>Blank score sheets</source>
        <translation>Phiếu chấm điểm</translation>
    </message>
    <message>
        <source>summary-of-scores-%1.pdf</source>
        <translation>bang-tong-hop-diem-%1.pdf</translation>
    </message>
    <message>
        <source>score-sheets-%1.pdf</source>
        <translation>phieu-cham-diem-%1.pdf</translation>
    </message>
    <message>
        <source>Cannot write the papers</source>
        <translation>Không ghi được giấy tờ của Hội đồng</translation>
    </message>
    <message>
        <source>%1 written to %2</source>
        <translation>Đã ghi %1 vào %2</translation>
    </message>
    <message>
        <source>PDF files (*.pdf);;OpenDocument text (*.odt)</source>
        <translation>Tệp PDF (*.pdf);;Văn bản OpenDocument (*.odt)</translation>
    </message>
    <message>
        <source>Cannot show the papers</source>
        <translation>Không thể hiển thị giấy tờ</translation>
    </message>
</context>
<context>
    <name>CouncilRepository</name>
    <message>
        <source>There is no council member with the id %1.</source>
        <translation>Không có thành viên Hội đồng nào có ID %1.</translation>
    </message>
    <message>
        <source>Give the member&apos;s full name.</source>
        <translation>Hãy ghi đầy đủ họ và tên của thành viên.</translation>
    </message>
    <message>
        <source>%1 is already on the council.</source>
        <translation>%1 đã là thành viên Hội đồng.</translation>
    </message>
    <message>
        <source>The council already has a chair, %1. Make them a member first.</source>
        <translation>Hội đồng đã có Chủ tịch là %1. Hãy chuyển người này sang vai trò thành viên trước.</translation>
    </message>
    <message>
        <source>The member&apos;s unit is not in the list of units.</source>
        <translation>Đơn vị của thành viên không có trong danh mục đơn vị.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n score sheet(s); a member who has scored stays on the council.</source>
        <translation>
            <numerusform>%1 đã có %n phiếu chấm điểm; thành viên đã chấm điểm không thể bị xóa khỏi Hội đồng.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is the only member assigned to %2; assign another member first.</source>
        <translation>%1 là thành viên duy nhất được phân công chấm hồ sơ %2; hãy phân công thành viên khác trước.</translation>
    </message>
    <message>
        <source>There is no entry with the id %1.</source>
        <translation>Không có hồ sơ nào có ID %1.</translation>
    </message>
    <message>
        <source>Every entry needs at least one member to score it.</source>
        <translation>Mỗi hồ sơ phải có ít nhất một thành viên chấm điểm.</translation>
    </message>
    <message>
        <source>%1 is named in the minutes of a council meeting and stays on the council.</source>
        <translation>%1 có tên trong biên bản họp Hội đồng nên không thể bị xóa khỏi Hội đồng.</translation>
    </message>
</context>
<context>
    <name>CouncilVote</name>
    <message>
        <source>The votes do not add up: %1 agree and %2 disagree of %3 present (%4 members).</source>
        <translation>Số phiếu không khớp: %1 đồng ý và %2 không đồng ý trên %3 thành viên có mặt (Hội đồng có %4 thành viên).</translation>
    </message>
    <message>
        <source>The meeting has no quorum: %1 of %2 members present, at least %3 needed.</source>
        <translation>Cuộc họp không đủ số thành viên tham dự theo quy định: có mặt %1/%2 thành viên, cần ít nhất %3.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file does not exist or cannot be read.</source>
        <translation>Tệp không tồn tại hoặc không đọc được.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Tệp không có dữ liệu.</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>Không đọc được tệp.</translation>
    </message>
    <message>
        <source>A CSV file has one sheet, “%1”; there is no sheet “%2”.</source>
        <translation>Tệp CSV chỉ có một trang tính là “%1”; không có trang tính “%2”.</translation>
    </message>
    <message>
        <source>The row has more than %1 columns.</source>
        <translation>Dòng có nhiều hơn %1 cột.</translation>
    </message>
    <message>
        <source>The file cannot be read to its end.</source>
        <translation>Không đọc được đến hết tệp.</translation>
    </message>
    <message>
        <source>The field holds more than %1 characters (is a closing quote missing?).</source>
        <translation>Ô có nhiều hơn %1 ký tự (có thể thiếu dấu ngoặc kép đóng?).</translation>
    </message>
    <message>
        <source>The file has more than %1 rows.</source>
        <translation>Tệp có nhiều hơn %1 dòng.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The campaign file holds no campaign.</source>
        <translation>Tệp phong trào không chứa phong trào nào.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Không đọc được tệp: %1</translation>
    </message>
    <message>
        <source>The file cannot be opened: %1</source>
        <translation>Không mở được tệp: %1</translation>
    </message>
    <message>
        <source>The file is damaged and cannot be read as a campaign.</source>
        <translation>Tệp bị hỏng, không đọc được dữ liệu phong trào.</translation>
    </message>
    <message>
        <source>The campaign file refused a change: %1</source>
        <translation>Tệp phong trào không nhận thay đổi: %1</translation>
    </message>
    <message>
        <source>The campaign file does not exist.</source>
        <translation>Tệp phong trào không tồn tại.</translation>
    </message>
    <message>
        <source>This is a folder, not a campaign file.</source>
        <translation>Đây là thư mục, không phải tệp phong trào.</translation>
    </message>
    <message>
        <source>This is not a Sáng kiến campaign file.</source>
        <translation>Đây không phải tệp phong trào của chương trình Sáng kiến.</translation>
    </message>
    <message>
        <source>The campaign file was made by a newer version of Sáng kiến (schema %1; this version reads up to %2). Please update the program.</source>
        <translation>Tệp phong trào được tạo bằng phiên bản Sáng kiến mới hơn (cấu trúc dữ liệu %1; phiên bản này chỉ đọc được đến %2). Vui lòng cập nhật chương trình.</translation>
    </message>
    <message>
        <source>The campaign file is from an older version and must be opened for writing once to be brought up to date.</source>
        <translation>Tệp phong trào được tạo bằng phiên bản cũ; cần mở tệp ở chế độ chỉnh sửa một lần để cập nhật.</translation>
    </message>
    <message>
        <source>The file already exists; a new campaign never overwrites a file.</source>
        <translation>Tệp đã tồn tại; tạo phong trào mới không bao giờ ghi đè lên tệp có sẵn.</translation>
    </message>
    <message>
        <source>The folder does not exist.</source>
        <translation>Thư mục không tồn tại.</translation>
    </message>
    <message>
        <source>Migration %1 is missing from the program.</source>
        <translation>Chương trình thiếu bước nâng cấp dữ liệu %1.</translation>
    </message>
    <message>
        <source>Migration %1 failed: %2</source>
        <translation>Bước nâng cấp dữ liệu %1 không thành công: %2</translation>
    </message>
    <message>
        <source>The campaign file is not open.</source>
        <translation>Tệp phong trào chưa được mở.</translation>
    </message>
    <message>
        <source>The criteria are locked: scores have already been entered.</source>
        <translation>Tiêu chí đã bị khóa: đã có điểm chấm.</translation>
    </message>
    <message>
        <source>The campaign file could not be written: %1 (%2). Nothing was saved.</source>
        <translation>Không ghi được tệp phong trào: %1 (%2). Chưa có gì được lưu.</translation>
    </message>
    <message>
        <source>The campaign file could not be written: the disk is full or the file cannot grow (%1). Nothing was saved.</source>
        <translation>Không ghi được tệp phong trào: ổ đĩa đã đầy hoặc tệp không thể lớn thêm (%1). Chưa có gì được lưu.</translation>
    </message>
    <message>
        <source>The campaign file could not be written: the file or its folder is read-only (%1). Nothing was saved.</source>
        <translation>Không ghi được tệp phong trào: tệp hoặc thư mục chứa tệp chỉ cho phép đọc (%1). Chưa có gì được lưu.</translation>
    </message>
    <message>
        <source>Another program is using the campaign file (%1). Try again later.</source>
        <translation>Một chương trình khác đang dùng tệp phong trào (%1). Vui lòng thử lại sau.</translation>
    </message>
    <message>
        <source>The campaign file is damaged (%1).</source>
        <translation>Tệp phong trào bị hỏng (%1).</translation>
    </message>
    <message>
        <source>%1: %2 (%3).</source>
        <translation>%1: %2 (%3).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The campaign file cannot be opened: %1; SQLite writes its companion files (-shm, -wal) beside it even to read it (%2).</source>
        <translation>Không mở được tệp phong trào: %1; SQLite cần ghi các tệp đi kèm (-shm, -wal) bên cạnh tệp ngay cả khi chỉ đọc (%2).</translation>
    </message>
    <message>
        <source>The campaign file cannot be opened</source>
        <translation>Không mở được tệp phong trào</translation>
    </message>
    <message>
        <source>The campaign file cannot be written: %1.</source>
        <translation>Không ghi được tệp phong trào: %1.</translation>
    </message>
    <message>
        <source>The campaign file cannot be created</source>
        <translation>Không tạo được tệp phong trào</translation>
    </message>
</context>
<context>
    <name>DecisionIssuer</name>
    <message>
        <source>The stored awards break the campaign&apos;s rules; nothing was issued. %1</source>
        <translation>Kết quả khen thưởng đã lưu vi phạm quy định của phong trào; chưa ban hành văn bản nào. %1</translation>
    </message>
    <message>
        <source>Version %1 was never issued: only an issued version prints as it went out.</source>
        <translation>Phiên bản %1 chưa từng được ban hành: chỉ phiên bản đã ban hành mới in lại đúng như khi ban hành.</translation>
    </message>
    <message>
        <source>decision %1, version %2</source>
        <translation>quyết định %1, phiên bản %2</translation>
    </message>
    <message>
        <source>No proposal for the chairman&apos;s certificate has been issued yet.</source>
        <translation>Chưa ban hành tờ trình đề nghị tặng Bằng khen của Chủ tịch UBND tỉnh nào.</translation>
    </message>
    <message>
        <source>province decision %1 of %2 on proposal version %3</source>
        <translation>quyết định %1 ngày %2 của tỉnh đối với tờ trình phiên bản %3</translation>
    </message>
    <message>
        <source>The province&apos;s decision was not stored.</source>
        <translation>Chưa lưu được quyết định của tỉnh.</translation>
    </message>
</context>
<context>
    <name>DecisionRepository</name>
    <message>
        <source>%1, version %2</source>
        <translation>%1, phiên bản %2</translation>
    </message>
    <message>
        <source>The printed text of version %1 cannot be read: %2</source>
        <translation>Không đọc được nội dung bản in của phiên bản %1: %2</translation>
    </message>
    <message>
        <source>The printed document was stored by a newer version of the program.</source>
        <translation>Văn bản đã in được lưu bằng phiên bản chương trình mới hơn.</translation>
    </message>
    <message>
        <source>The printed document is of an unknown kind.</source>
        <translation>Văn bản đã in thuộc loại không xác định.</translation>
    </message>
    <message>
        <source>There is no version %1 of this document.</source>
        <translation>Văn bản này không có phiên bản %1.</translation>
    </message>
    <message>
        <source>%1 %2, version %3</source>
        <translation>%1 %2, phiên bản %3</translation>
    </message>
    <message>
        <source>Give the number of the province&apos;s decision.</source>
        <translation>Hãy ghi số quyết định của tỉnh.</translation>
    </message>
    <message>
        <source>The number of the province&apos;s decision</source>
        <translation>Số quyết định của tỉnh</translation>
    </message>
    <message>
        <source>Give the date of the province&apos;s decision.</source>
        <translation>Hãy ghi ngày quyết định của tỉnh.</translation>
    </message>
    <message>
        <source>Version %1 of the proposal was never issued: the province decides on an issued proposal.</source>
        <translation>Phiên bản %1 của tờ trình chưa được ban hành: tỉnh quyết định theo tờ trình đã ban hành.</translation>
    </message>
    <message>
        <source>The province&apos;s decision %1 of %2 is already recorded for version %3 of the proposal.</source>
        <translation>Quyết định %1 ngày %2 của tỉnh đã được ghi nhận cho phiên bản %3 của tờ trình.</translation>
    </message>
    <message>
        <source>province decision %1 on proposal version %2</source>
        <translation>quyết định %1 của tỉnh đối với tờ trình phiên bản %2</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>The campaign file is not open.</source>
        <translation>Tệp phong trào chưa được mở.</translation>
    </message>
    <message>
        <source>Writing the demo data failed (%1): %2</source>
        <translation>Không ghi được dữ liệu dùng thử (%1): %2</translation>
    </message>
    <message>
        <source>The campaign has no units to take entries from.</source>
        <translation>Phong trào chưa có đơn vị nào để tạo hồ sơ.</translation>
    </message>
</context>
<context>
    <name>DialogButtons</name>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>DocumentDetailsFields</name>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Số:</translation>
    </message>
    <message>
        <source>&amp;Date (dd/MM/yyyy):</source>
        <translation>&amp;Ngày (dd/MM/yyyy):</translation>
    </message>
    <message>
        <source>&amp;Signer:</source>
        <translation>Người &amp;ký:</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Giám đốc</translation>
    </message>
    <message>
        <source>Deputy director, signing for the director (KT.)</source>
        <translation>Phó Giám đốc, ký thay Giám đốc (KT.)</translation>
    </message>
    <message>
        <source>Signer&apos;s &amp;title:</source>
        <translation>&amp;Chức vụ người ký:</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>&amp;Tiếp tục</translation>
    </message>
</context>
<context>
    <name>DocumentPainter</name>
    <message>
        <source>Cannot write the file: %1</source>
        <translation>Không ghi được tệp: %1</translation>
    </message>
    <message>
        <source>Cannot build the document&apos;s archive.</source>
        <translation>Không đóng gói được văn bản.</translation>
    </message>
    <message>
        <source>There is nothing to print.</source>
        <translation>Không có gì để in.</translation>
    </message>
</context>
<context>
    <name>DocumentRepository</name>
    <message>
        <source>Application for recognition of the initiative</source>
        <translation>Đơn yêu cầu công nhận sáng kiến</translation>
    </message>
    <message>
        <source>Report describing the initiative</source>
        <translation>Báo cáo mô tả sáng kiến</translation>
    </message>
    <message>
        <source>Certificate of application</source>
        <translation>Giấy xác nhận áp dụng sáng kiến</translation>
    </message>
    <message>
        <source>Minutes of the unit&apos;s council meeting</source>
        <translation>Biên bản họp Hội đồng sáng kiến của đơn vị</translation>
    </message>
    <message>
        <source>Other documents</source>
        <translation>Tài liệu khác</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a document of the checklist.</source>
        <translation>&quot;%1&quot; không thuộc danh mục tài liệu của hồ sơ.</translation>
    </message>
    <message>
        <source>The file does not exist or is not a file.</source>
        <translation>Tệp không tồn tại hoặc không phải là tệp.</translation>
    </message>
    <message>
        <source>The file is %1 MB; files larger than %2 MB cannot be attached. Scan it at a lower resolution or split it.</source>
        <translation>Tệp có dung lượng %1 MB; không thể đính kèm tệp lớn hơn %2 MB. Hãy quét lại với độ phân giải thấp hơn hoặc tách thành nhiều tệp.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Không đọc được tệp: %1</translation>
    </message>
    <message>
        <source>The file grew beyond %1 MB while it was read.</source>
        <translation>Dung lượng tệp tăng vượt quá %1 MB trong khi đang đọc.</translation>
    </message>
    <message>
        <source>The attached file no longer exists.</source>
        <translation>Tệp đính kèm không còn tồn tại.</translation>
    </message>
    <message>
        <source>The folder cannot be created.</source>
        <translation>Không tạo được thư mục.</translation>
    </message>
    <message>
        <source>The file cannot be written: %1</source>
        <translation>Không ghi được tệp: %1</translation>
    </message>
    <message>
        <source>The attached file has no name.</source>
        <translation>Tệp đính kèm chưa có tên.</translation>
    </message>
    <message>
        <source>Files larger than %1 MB cannot be attached.</source>
        <translation>Không thể đính kèm tệp lớn hơn %1 MB.</translation>
    </message>
</context>
<context>
    <name>EntryRepository</name>
    <message>
        <source>The entry no longer exists.</source>
        <translation>Hồ sơ không còn tồn tại.</translation>
    </message>
    <message>
        <source>There is no such entry.</source>
        <translation>Không có hồ sơ này.</translation>
    </message>
</context>
<context>
    <name>EntryService</name>
    <message>
        <source>Change the status with the status command, not by editing the entry.</source>
        <translation>Hãy đổi trạng thái bằng lệnh chuyển trạng thái, không phải bằng cách sửa hồ sơ.</translation>
    </message>
    <message>
        <source>Say why the entry is returned.</source>
        <translation>Hãy ghi rõ lý do trả lại hồ sơ.</translation>
    </message>
    <message>
        <source>The council has already scored this entry, so it cannot be deleted; set its status to &quot;not awarded&quot; instead.</source>
        <translation>Hội đồng đã chấm điểm hồ sơ này nên không thể xóa; hãy chuyển hồ sơ sang trạng thái &quot;không khen thưởng&quot;.</translation>
    </message>
    <message>
        <source>This entry has an award, so it cannot be deleted; take the award back first.</source>
        <translation>Hồ sơ này đã được khen thưởng nên không thể xóa; hãy thu hồi khen thưởng trước.</translation>
    </message>
    <message>
        <source>The council has voted on this entry, so it cannot be deleted; set its status to &quot;not awarded&quot; instead.</source>
        <translation>Hội đồng đã biểu quyết đối với hồ sơ này nên không thể xóa; hãy chuyển hồ sơ sang trạng thái &quot;không khen thưởng&quot;.</translation>
    </message>
</context>
<context>
    <name>EntryValidator</name>
    <message>
        <source>Author %1 has no name.</source>
        <translation>Tác giả thứ %1 chưa có họ tên.</translation>
    </message>
    <message>
        <source>The share of %1 must be more than 0% and at most 100%.</source>
        <translation>Tỷ lệ đóng góp của %1 phải lớn hơn 0% và không quá 100%.</translation>
    </message>
    <message>
        <source>author %1</source>
        <translation>tác giả thứ %1</translation>
    </message>
    <message>
        <source>The authors&apos; shares add up to %1%; they must add up to 100%.</source>
        <translation>Tổng tỷ lệ đóng góp của các tác giả là %1%; tổng phải bằng 100%.</translation>
    </message>
    <message>
        <source>The title of the initiative is missing.</source>
        <translation>Chưa có tên sáng kiến.</translation>
    </message>
    <message>
        <source>The title is too short to say what the initiative is.</source>
        <translation>Tên sáng kiến quá ngắn, chưa thể hiện được nội dung sáng kiến.</translation>
    </message>
    <message>
        <source>Choose the content category (1.a to 4.b).</source>
        <translation>Hãy chọn lĩnh vực (từ 1.a đến 4.b).</translation>
    </message>
    <message>
        <source>The date received is in the future.</source>
        <translation>Ngày tiếp nhận không được sau ngày hôm nay.</translation>
    </message>
    <message>
        <source>The date of first application is in the future; an initiative must already be applied or trialled.</source>
        <translation>Ngày áp dụng lần đầu không được sau ngày hôm nay; sáng kiến phải đã được áp dụng hoặc áp dụng thử.</translation>
    </message>
    <message>
        <source>The economic benefit cannot be negative.</source>
        <translation>Hiệu quả kinh tế không được là số âm.</translation>
    </message>
    <message>
        <source>Say why the entry is returned.</source>
        <translation>Hãy ghi rõ lý do trả lại hồ sơ.</translation>
    </message>
    <message>
        <source>Name the collective or choose its unit.</source>
        <translation>Hãy ghi tên tập thể hoặc chọn đơn vị của tập thể.</translation>
    </message>
    <message>
        <source>The individual&apos;s full name is missing.</source>
        <translation>Chưa có họ và tên của cá nhân.</translation>
    </message>
    <message>
        <source>Write the full name (family, middle and given name), not the given name alone.</source>
        <translation>Hãy ghi đầy đủ họ, tên đệm và tên, không chỉ ghi tên.</translation>
    </message>
    <message>
        <source>The birth year %1 is not believable for a working author.</source>
        <translation>Năm sinh %1 không hợp lý đối với tác giả đang công tác.</translation>
    </message>
    <message>
        <source>Choose the individual&apos;s unit.</source>
        <translation>Hãy chọn đơn vị của cá nhân.</translation>
    </message>
    <message>
        <source>The title</source>
        <translation>Tên sáng kiến</translation>
    </message>
    <message>
        <source>The summary</source>
        <translation>Phần tóm tắt</translation>
    </message>
    <message>
        <source>The scope</source>
        <translation>Phạm vi ảnh hưởng</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <source>The position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>The name of author %1</source>
        <translation>Họ tên tác giả %1</translation>
    </message>
    <message>
        <source>The position of author %1</source>
        <translation>Chức vụ của tác giả %1</translation>
    </message>
</context>
<context>
    <name>EntryWorkflow</name>
    <message>
        <source>Received</source>
        <translation>Đã tiếp nhận</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Đủ hồ sơ</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Trả lại</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>Đang thẩm định</translation>
    </message>
    <message>
        <source>Scored</source>
        <translation>Đã chấm điểm</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Đã đề nghị</translation>
    </message>
    <message>
        <source>Awarded</source>
        <translation>Được khen thưởng</translation>
    </message>
    <message>
        <source>Not awarded</source>
        <translation>Không khen thưởng</translation>
    </message>
    <message>
        <source>The entry is already &quot;%1&quot;.</source>
        <translation>Hồ sơ đã ở trạng thái &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>An entry that is &quot;%1&quot; cannot become &quot;%2&quot;; it can become %3.</source>
        <translation>Hồ sơ đang ở trạng thái &quot;%1&quot; không thể chuyển sang &quot;%2&quot;; chỉ có thể chuyển sang %3.</translation>
    </message>
</context>
<context>
    <name>ErrorWording</name>
    <message>
        <source>Not done</source>
        <translation>Chưa thực hiện được</translation>
    </message>
    <message>
        <source>Quota exceeded</source>
        <translation>Vượt quá hạn mức</translation>
    </message>
    <message>
        <source>Changed meanwhile</source>
        <translation>Dữ liệu vừa bị thay đổi</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Không tìm thấy</translation>
    </message>
    <message>
        <source>Campaign in use</source>
        <translation>Phong trào đang được sử dụng</translation>
    </message>
    <message>
        <source>Cannot write here</source>
        <translation>Không ghi được vào đây</translation>
    </message>
    <message>
        <source>Disk full</source>
        <translation>Ổ đĩa đã đầy</translation>
    </message>
    <message>
        <source>Damaged file</source>
        <translation>Tệp bị hỏng</translation>
    </message>
    <message>
        <source>Cannot read or write the file</source>
        <translation>Không đọc hoặc ghi được tệp</translation>
    </message>
    <message>
        <source>Someone or something changed the data meanwhile. Look again, then try once more.</source>
        <translation>Dữ liệu vừa được thay đổi ở nơi khác. Vui lòng xem lại rồi thử lại.</translation>
    </message>
    <message>
        <source>It does not exist (any more). Check the name and the folder.</source>
        <translation>Không (còn) tồn tại. Vui lòng kiểm tra lại tên và thư mục.</translation>
    </message>
    <message>
        <source>Another program is using the campaign. Close it there, or open the campaign read-only.</source>
        <translation>Một chương trình khác đang dùng phong trào này. Hãy đóng phong trào ở đó, hoặc mở ở chế độ chỉ đọc.</translation>
    </message>
    <message>
        <source>The file or its folder cannot be written (a read-only disk, or no permission). Nothing was changed. Copy the campaign to a folder you can write to, or open it read-only.</source>
        <translation>Không ghi được vào tệp hoặc thư mục chứa tệp (ổ đĩa chỉ cho phép đọc, hoặc không có quyền ghi). Chưa có gì thay đổi. Hãy sao chép tệp phong trào sang thư mục có quyền ghi, hoặc mở ở chế độ chỉ đọc.</translation>
    </message>
    <message>
        <source>The disk is full or the file cannot grow. Nothing was changed. Free some space, then try again.</source>
        <translation>Ổ đĩa đã đầy hoặc tệp không thể lớn thêm. Chưa có gì thay đổi. Hãy giải phóng dung lượng rồi thử lại.</translation>
    </message>
    <message>
        <source>The file is damaged, or is not a file this version of Sáng kiến can read. Nothing was written to it.</source>
        <translation>Tệp bị hỏng, hoặc không phải tệp mà phiên bản Sáng kiến này đọc được. Chưa có gì được ghi vào tệp.</translation>
    </message>
    <message>
        <source>The file system refused the operation. Nothing was changed.</source>
        <translation>Hệ thống tệp từ chối thao tác. Chưa có gì thay đổi.</translation>
    </message>
</context>
<context>
    <name>ExcelExport</name>
    <message>
        <source>&amp;Entries List…</source>
        <translation>&amp;Danh sách hồ sơ…</translation>
    </message>
    <message>
        <source>&amp;Ranking…</source>
        <translation>&amp;Bảng xếp hạng…</translation>
    </message>
    <message>
        <source>&amp;Awards List…</source>
        <translation>Danh sách &amp;khen thưởng…</translation>
    </message>
    <message>
        <source>&amp;Statistics…</source>
        <translation>&amp;Thống kê…</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Xuất Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Bảng tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Không xuất được</translation>
    </message>
    <message>
        <source>%1 rows written to %2</source>
        <translation>Đã ghi %1 dòng vào %2</translation>
    </message>
</context>
<context>
    <name>FileError</name>
    <message>
        <source>the disk is full or the file cannot grow</source>
        <translation>ổ đĩa đã đầy hoặc tệp không thể lớn thêm</translation>
    </message>
    <message>
        <source>the file or its folder is on a read-only medium</source>
        <translation>tệp hoặc thư mục chứa tệp nằm trên thiết bị chỉ cho phép đọc</translation>
    </message>
    <message>
        <source>you have no permission to write to this file or its folder</source>
        <translation>bạn không có quyền ghi vào tệp hoặc thư mục này</translation>
    </message>
    <message>
        <source>the file or its folder does not exist</source>
        <translation>tệp hoặc thư mục chứa tệp không tồn tại</translation>
    </message>
    <message>
        <source>the file name is too long for the file system</source>
        <translation>tên tệp quá dài đối với hệ thống tệp</translation>
    </message>
</context>
<context>
    <name>HardLinks</name>
    <message>
        <source>The campaign file has %1 names (hard links). SQLite keeps a journal for each name, so a change made through one name could be lost through the other: the file is only opened read-only. Make a copy (sangkien-cli backup) and work on the copy.</source>
        <translation>Tệp phong trào có %1 tên (liên kết cứng). SQLite ghi nhật ký riêng cho từng tên, nên thay đổi ghi qua tên này có thể bị mất khi mở bằng tên kia: tệp chỉ được mở để xem. Hãy tạo một bản sao (sangkien-cli backup) và làm việc trên bản sao.</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>Đã hủy nhập dữ liệu; chưa ghi gì.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Không đọc được tệp: %1</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>dòng %1</translation>
    </message>
    <message>
        <source>A unit needs a name.</source>
        <translation>Đơn vị phải có tên.</translation>
    </message>
    <message>
        <source>There is no such cell.</source>
        <translation>Không có ô này.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) are rejected; nothing was imported. Fix or skip them first.</source>
        <translation>
            <numerusform>Có %n dòng bị từ chối; chưa nhập dữ liệu nào. Hãy sửa hoặc bỏ qua các dòng đó trước.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file changed after it was read; read it again before importing.</source>
        <translation>Tệp đã thay đổi sau khi đọc; hãy đọc lại tệp trước khi nhập.</translation>
    </message>
    <message>
        <source>Rows are rejected; nothing was imported.</source>
        <translation>Có dòng bị từ chối; không có gì được nhập.</translation>
    </message>
    <message>
        <source>The file changed while it was read; import it again.</source>
        <translation>Tệp đã thay đổi trong lúc đọc; hãy nhập lại.</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 và %n dòng khác</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows: %1.</source>
        <translation>Các dòng: %1.</translation>
    </message>
    <message>
        <source>No column holds the unit.</source>
        <translation>Không có cột nào chứa đơn vị.</translation>
    </message>
    <message>
        <source>“%1” is not a unit of the campaign: choose one from the list, or create the unit.</source>
        <translation>“%1” không phải là đơn vị của phong trào: hãy chọn một đơn vị trong danh sách, hoặc tạo đơn vị mới.</translation>
    </message>
</context>
<context>
    <name>IntegrityCheck</name>
    <message>
        <source>collectives</source>
        <translation>tập thể</translation>
    </message>
    <message>
        <source>individuals</source>
        <translation>cá nhân</translation>
    </message>
    <message>
        <source>collectives and individuals together</source>
        <translation>tập thể và cá nhân</translation>
    </message>
    <message>
        <source>The campaign file cannot be read (%1): %2</source>
        <translation>Không đọc được tệp phong trào (%1): %2</translation>
    </message>
    <message>
        <source>SQLite reports damage: %1</source>
        <translation>SQLite báo tệp bị hỏng: %1</translation>
    </message>
    <message>
        <source>The schema version is %1, but this program expects %2.</source>
        <translation>Phiên bản cấu trúc dữ liệu là %1, nhưng chương trình cần phiên bản %2.</translation>
    </message>
    <message>
        <source>Row %1 refers to a missing row of table &quot;%2&quot;.</source>
        <translation>Dòng %1 tham chiếu đến một dòng không còn trong bảng &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The entry&apos;s award refers to award form %1, which does not exist.</source>
        <translation>Khen thưởng của hồ sơ ghi hình thức khen thưởng %1, nhưng hình thức này không tồn tại.</translation>
    </message>
    <message>
        <source>%1 awards of this form go to %2; the quota allows at most %3.</source>
        <translation>Có %1 %2 được khen thưởng theo hình thức này; quy định chỉ cho phép tối đa %3.</translation>
    </message>
    <message>
        <source>The authors&apos; shares add up to %1%, not 100%.</source>
        <translation>Tổng tỷ lệ đóng góp của các tác giả là %1%, không phải 100%.</translation>
    </message>
    <message>
        <source>%1 gave %2 points on &quot;%3&quot;, outside 0 to %4.</source>
        <translation>%1 chấm %2 điểm cho tiêu chí &quot;%3&quot;, ngoài khoảng từ 0 đến %4.</translation>
    </message>
    <message>
        <source>The audit trail was changed outside the program: row %1 does not follow from the rows before it.</source>
        <translation>Nhật ký thay đổi đã bị sửa bên ngoài chương trình: dòng %1 không khớp với các dòng trước đó.</translation>
    </message>
    <message>
        <source>The file holds no campaign (its campaign row is missing): it was never finished being made. Create the campaign again, or restore a backup.</source>
        <translation>Tệp không chứa phong trào nào (thiếu dòng thông tin phong trào): tệp chưa được tạo xong. Hãy tạo lại phong trào, hoặc khôi phục một bản sao lưu.</translation>
    </message>
    <message>
        <source>%1&apos;s sheet keeps a total of %2 points, but its points add up to %3: the file was changed outside the program.</source>
        <translation>Phiếu chấm điểm của %1 ghi tổng %2 điểm nhưng các điểm thành phần cộng lại là %3: tệp đã bị sửa bên ngoài chương trình.</translation>
    </message>
</context>
<context>
    <name>MeetingMinutesData</name>
    <message>
        <source>The minutes have no date.</source>
        <translation>Biên bản chưa có ngày.</translation>
    </message>
    <message>
        <source>The minutes name no council member.</source>
        <translation>Biên bản chưa ghi thành viên Hội đồng nào.</translation>
    </message>
</context>
<context>
    <name>MeetingRepository</name>
    <message>
        <source>Give the date of the meeting.</source>
        <translation>Hãy ghi ngày họp.</translation>
    </message>
    <message>
        <source>The council has no members yet.</source>
        <translation>Hội đồng chưa có thành viên nào.</translation>
    </message>
    <message>
        <source>No council member has the id %1.</source>
        <translation>Không có thành viên Hội đồng nào có ID %1.</translation>
    </message>
    <message>
        <source>No meeting has the id %1.</source>
        <translation>Không có cuộc họp nào có ID %1.</translation>
    </message>
    <message>
        <source>No entry has the id %1.</source>
        <translation>Không có hồ sơ nào có ID %1.</translation>
    </message>
    <message>
        <source>The ballots do not add up: %1 agree, %2 disagree and %3 blank, but only %4 members are present.</source>
        <translation>Số phiếu không khớp: %1 đồng ý, %2 không đồng ý và %3 phiếu trắng, nhưng chỉ có %4 thành viên có mặt.</translation>
    </message>
    <message>
        <source>Member %1 is absent from the meeting and cannot vote.</source>
        <translation>Thành viên %1 vắng mặt tại cuộc họp nên không được biểu quyết.</translation>
    </message>
    <message>
        <source>Member %1 may not vote on this entry (conflict of interest: %2).</source>
        <translation>Thành viên %1 không được biểu quyết đối với hồ sơ này (xung đột lợi ích: %2).</translation>
    </message>
    <message>
        <source>The place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>The notes</source>
        <translation>Phần ghi chú</translation>
    </message>
    <message>
        <source>A reason for absence</source>
        <translation>Một lý do vắng mặt</translation>
    </message>
    <message>
        <source>Member %1 is absent and cannot chair the meeting.</source>
        <translation>Thành viên %1 vắng mặt nên không thể chủ trì phiên họp.</translation>
    </message>
    <message>
        <source>Member %1 is absent and cannot keep the minutes as secretary.</source>
        <translation>Thành viên %1 vắng mặt nên không thể làm thư ký ghi biên bản.</translation>
    </message>
    <message>
        <source>The meeting has no quorum: %1 of %2 members present, at least %3 needed. Nothing was recorded.</source>
        <translation>Phiên họp không đủ số thành viên: %1/%2 thành viên có mặt, cần ít nhất %3. Chưa ghi nhận gì.</translation>
    </message>
</context>
<context>
    <name>NextCampaign</name>
    <message>
        <source>The year must lie between 2000 and 2100.</source>
        <translation>Năm phải từ 2000 đến 2100.</translation>
    </message>
    <message>
        <source>The new campaign&apos;s year (%1) must come after the earlier campaign&apos;s (%2).</source>
        <translation>Năm của phong trào mới (%1) phải sau năm của phong trào trước (%2).</translation>
    </message>
    <message>
        <source>The campaign cannot close before it opens.</source>
        <translation>Ngày kết thúc phong trào không được trước ngày bắt đầu.</translation>
    </message>
</context>
<context>
    <name>OdsReader</name>
    <message>
        <source>The sheet cannot be read.</source>
        <translation>Không đọc được trang tính.</translation>
    </message>
    <message>
        <source>This OpenDocument file cannot be read: %1</source>
        <translation>Không đọc được tệp OpenDocument này: %1</translation>
    </message>
    <message>
        <source>The file does not exist or cannot be read.</source>
        <translation>Tệp không tồn tại hoặc không đọc được.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Tệp không có dữ liệu.</translation>
    </message>
    <message>
        <source>This is not a readable .ods spreadsheet: %1</source>
        <translation>Không đọc được tệp này như một bảng tính .ods: %1</translation>
    </message>
    <message>
        <source>This zip file is not an OpenDocument spreadsheet: it has no content.xml.</source>
        <translation>Tệp zip này không phải bảng tính OpenDocument: không có content.xml.</translation>
    </message>
    <message>
        <source>The spreadsheet is protected by a password; open it in the spreadsheet program, remove the password and save it again.</source>
        <translation>Bảng tính được bảo vệ bằng mật khẩu; hãy mở bằng chương trình bảng tính, gỡ bỏ mật khẩu rồi lưu lại.</translation>
    </message>
    <message>
        <source>The document has no sheets; it is not a spreadsheet.</source>
        <translation>Tài liệu không có trang tính nào; đây không phải bảng tính.</translation>
    </message>
    <message>
        <source>The spreadsheet has no sheet named “%1”.</source>
        <translation>Bảng tính không có trang tính nào tên “%1”.</translation>
    </message>
    <message>
        <source>The sheet cannot be found in content.xml.</source>
        <translation>Không tìm thấy trang tính trong content.xml.</translation>
    </message>
    <message>
        <source>The cell holds more than %1 characters.</source>
        <translation>Ô có nhiều hơn %1 ký tự.</translation>
    </message>
    <message>
        <source>The row has more than %1 columns.</source>
        <translation>Dòng có nhiều hơn %1 cột.</translation>
    </message>
    <message>
        <source>The sheet has more than %1 rows.</source>
        <translation>Trang tính có nhiều hơn %1 dòng.</translation>
    </message>
</context>
<context>
    <name>OutputTarget</name>
    <message>
        <source>No output file was named.</source>
        <translation>Chưa ghi tên tệp cần ghi ra.</translation>
    </message>
    <message>
        <source>This is a folder; name a file to write.</source>
        <translation>Đây là một thư mục; hãy ghi tên tệp cần ghi ra.</translation>
    </message>
    <message>
        <source>This is a campaign file; a file the program writes never replaces one. Nothing was written.</source>
        <translation>Đây là một tệp phong trào; chương trình không bao giờ ghi đè lên tệp phong trào. Chưa ghi gì.</translation>
    </message>
    <message>
        <source>This is a database (SQLite) file; a file the program writes never replaces one. Nothing was written.</source>
        <translation>Đây là một tệp cơ sở dữ liệu (SQLite); chương trình không bao giờ ghi đè lên tệp như vậy. Chưa ghi gì.</translation>
    </message>
    <message>
        <source>This is a council member&apos;s review package; a file the program writes never replaces one. Nothing was written.</source>
        <translation>Đây là gói hồ sơ chấm điểm của thành viên Hội đồng; chương trình không bao giờ ghi đè lên tệp như vậy. Chưa ghi gì.</translation>
    </message>
    <message>
        <source>This is a council member&apos;s score return; a file the program writes never replaces one. Nothing was written.</source>
        <translation>Đây là tệp kết quả chấm điểm của thành viên Hội đồng; chương trình không bao giờ ghi đè lên tệp như vậy. Chưa ghi gì.</translation>
    </message>
    <message>
        <source>This is %1, which this command reads; writing there would destroy it. Nothing was written.</source>
        <translation>Đây chính là %1, tệp mà lệnh này đang đọc; ghi vào đó sẽ làm mất tệp. Chưa ghi gì.</translation>
    </message>
    <message>
        <source>This file belongs to %1 (SQLite&apos;s journal or the lock); writing there would damage it. Nothing was written.</source>
        <translation>Tệp này thuộc về %1 (nhật ký của SQLite hoặc tệp khóa); ghi vào đó sẽ làm hỏng tệp. Chưa ghi gì.</translation>
    </message>
    <message>
        <source>SQLite (or the campaign lock) uses this name for the file %1; a file written there would be taken for its journal. Nothing was written.</source>
        <translation>SQLite (hoặc tệp khóa phong trào) dùng tên này cho tệp %1; tệp ghi ra với tên này sẽ bị coi là nhật ký của tệp đó. Chưa ghi gì.</translation>
    </message>
</context>
<context>
    <name>PinRule</name>
    <message numerus="yes">
        <source>The PIN needs at least %n characters.</source>
        <translation>
            <numerusform>Mã PIN phải có ít nhất %n ký tự.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The PIN may have at most %n characters.</source>
        <translation>
            <numerusform>Mã PIN chỉ được có tối đa %n ký tự.</numerusform>
        </translation>
    </message>
    <message>
        <source>The PIN holds a control character.</source>
        <translation>Mã PIN chứa ký tự điều khiển.</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Có</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Không</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>Do&amp;n&apos;t Save</source>
        <translation>&amp;Không lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>QuotaValidator</name>
    <message>
        <source>%1: at most %2 collectives and individuals together</source>
        <translation>%1: tối đa %2 tập thể và cá nhân (tính chung)</translation>
    </message>
    <message>
        <source>%1: at most %2 collectives</source>
        <translation>%1: tối đa %2 tập thể</translation>
    </message>
    <message>
        <source>%1: at most %2 individuals</source>
        <translation>%1: tối đa %2 cá nhân</translation>
    </message>
    <message>
        <source>The nominee of %1 is already awarded for %2; a nominee gets at most one award in a campaign.</source>
        <translation>Tập thể/cá nhân được đề nghị ở hồ sơ %1 đã được khen thưởng ở hồ sơ %2; mỗi tập thể/cá nhân chỉ được khen thưởng một lần trong một phong trào.</translation>
    </message>
    <message>
        <source>%1 awards given, the rule allows %2: %3.</source>
        <translation>Đã khen thưởng %1 trường hợp, quy định chỉ cho phép %2: %3.</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>Interim report</source>
        <translation>Báo cáo sơ kết</translation>
    </message>
    <message>
        <source>Final report</source>
        <translation>Báo cáo tổng kết</translation>
    </message>
    <message>
        <source>interim-report-%1.pdf</source>
        <translation>bao-cao-so-ket-%1.pdf</translation>
    </message>
    <message>
        <source>final-report-%1.pdf</source>
        <translation>bao-cao-tong-ket-%1.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf);;OpenDocument text (*.odt)</source>
        <translation>Tệp PDF (*.pdf);;Văn bản OpenDocument (*.odt)</translation>
    </message>
    <message>
        <source>Cannot write the report</source>
        <translation>Không ghi được báo cáo</translation>
    </message>
    <message>
        <source>%1 written to %2</source>
        <translation>Đã ghi %1 vào %2</translation>
    </message>
    <message>
        <source>Cannot show the report</source>
        <translation>Không hiển thị được báo cáo</translation>
    </message>
</context>
<context>
    <name>ReportTemplate</name>
    <message>
        <source>The report&apos;s text has unknown placeholders: %1.</source>
        <translation>Văn bản báo cáo có ô thay thế không rõ: %1.</translation>
    </message>
    <message>
        <source>A table or chart placeholder must stand alone on its line: %1 (line %2).</source>
        <translation>Ô thay thế bảng hoặc biểu đồ phải đứng riêng một dòng: %1 (dòng %2).</translation>
    </message>
</context>
<context>
    <name>ReportTemplateRepository</name>
    <message>
        <source>report text (%1)</source>
        <translation>văn bản báo cáo (%1)</translation>
    </message>
</context>
<context>
    <name>ReviewDraft</name>
    <message>
        <source>The folder for drafts cannot be made.</source>
        <translation>Không tạo được thư mục lưu bản nháp.</translation>
    </message>
    <message>
        <source>The draft cannot be saved: %1</source>
        <translation>Không lưu được bản nháp: %1</translation>
    </message>
    <message>
        <source>The draft cannot be read: %1</source>
        <translation>Không đọc được bản nháp: %1</translation>
    </message>
    <message>
        <source>The draft does not answer this review package.</source>
        <translation>Bản nháp không ứng với gói hồ sơ chấm điểm này.</translation>
    </message>
</context>
<context>
    <name>ReviewLauncher</name>
    <message>
        <source>Cannot open the review package</source>
        <translation>Không mở được gói hồ sơ chấm điểm</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a review package that this program can open: %2</source>
        <translation>%1 không phải gói hồ sơ chấm điểm mà chương trình này mở được: %2</translation>
    </message>
</context>
<context>
    <name>ReviewPackage</name>
    <message>
        <source>The file is not a review package.</source>
        <translation>Tệp này không phải gói hồ sơ chấm điểm.</translation>
    </message>
    <message>
        <source>The review package was written by a newer version of the program.</source>
        <translation>Gói hồ sơ chấm điểm được tạo bằng phiên bản chương trình mới hơn.</translation>
    </message>
    <message>
        <source>The review package is incomplete.</source>
        <translation>Gói hồ sơ chấm điểm không đầy đủ.</translation>
    </message>
    <message>
        <source>The review package&apos;s criteria do not match their version.</source>
        <translation>Bộ tiêu chí trong gói hồ sơ chấm điểm không khớp với phiên bản của bộ tiêu chí.</translation>
    </message>
    <message>
        <source>The file is not a score return.</source>
        <translation>Tệp này không phải tệp kết quả chấm điểm.</translation>
    </message>
    <message>
        <source>The score return was written by a newer version of the program.</source>
        <translation>Tệp kết quả chấm điểm được tạo bằng phiên bản chương trình mới hơn.</translation>
    </message>
    <message>
        <source>The score return is incomplete.</source>
        <translation>Tệp kết quả chấm điểm không đầy đủ.</translation>
    </message>
    <message>
        <source>The campaign file has no campaign identity.</source>
        <translation>Tệp phong trào không có mã định danh phong trào.</translation>
    </message>
    <message>
        <source>The campaign has no scoring criteria.</source>
        <translation>Phong trào chưa có tiêu chí chấm điểm.</translation>
    </message>
    <message>
        <source>Member %1 has no entry to score.</source>
        <translation>Thành viên %1 không có hồ sơ nào cần chấm.</translation>
    </message>
    <message>
        <source>member %1</source>
        <translation>thành viên %1</translation>
    </message>
    <message>
        <source>The package cannot be written: %1</source>
        <translation>Không ghi được gói hồ sơ chấm điểm: %1</translation>
    </message>
    <message>
        <source>This score return belongs to another campaign.</source>
        <translation>Tệp kết quả chấm điểm này thuộc phong trào khác.</translation>
    </message>
    <message>
        <source>This score return answers a review package this campaign never exported.</source>
        <translation>Tệp kết quả chấm điểm này ứng với một gói hồ sơ chấm điểm không do phong trào này xuất ra.</translation>
    </message>
    <message>
        <source>The score return is signed for member %1 but its package was made for member %2.</source>
        <translation>Tệp kết quả chấm điểm được ký cho thành viên %1 nhưng gói hồ sơ chấm điểm tương ứng được tạo cho thành viên %2.</translation>
    </message>
    <message>
        <source>The criteria changed after the package was exported: the scores were given against another criteria set. Export a new package.</source>
        <translation>Bộ tiêu chí đã thay đổi sau khi xuất gói hồ sơ chấm điểm: điểm đã được chấm theo bộ tiêu chí khác. Hãy xuất gói mới.</translation>
    </message>
    <message>
        <source>Another score return with the same revision %1 was already imported.</source>
        <translation>Đã nhập một tệp kết quả chấm điểm khác có cùng phiên bản %1.</translation>
    </message>
    <message>
        <source>A newer score return (revision %1) of this package was already imported; this one (revision %2) is older.</source>
        <translation>Đã nhập tệp kết quả chấm điểm mới hơn (phiên bản %1) của gói này; tệp này (phiên bản %2) cũ hơn.</translation>
    </message>
    <message>
        <source>The entry %1 was not in the review package.</source>
        <translation>Hồ sơ %1 không có trong gói hồ sơ chấm điểm.</translation>
    </message>
    <message>
        <source>The entry %1 is no longer in the campaign.</source>
        <translation>Hồ sơ %1 không còn trong phong trào.</translation>
    </message>
    <message>
        <source>Unknown criterion &quot;%1&quot;.</source>
        <translation>Không có tiêu chí &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The score return does not answer this package.</source>
        <translation>Tệp kết quả chấm điểm không ứng với gói hồ sơ chấm điểm này.</translation>
    </message>
    <message>
        <source>The score return holds no scores.</source>
        <translation>Tệp kết quả chấm điểm không có điểm nào.</translation>
    </message>
    <message>
        <source>The entry %1 is not in the review package.</source>
        <translation>Hồ sơ %1 không có trong gói hồ sơ chấm điểm.</translation>
    </message>
    <message>
        <source>The entry %1 is scored twice.</source>
        <translation>Hồ sơ %1 được chấm hai lần.</translation>
    </message>
    <message>
        <source>The entry %1 has no points for the criterion %2.</source>
        <translation>Hồ sơ %1 chưa có điểm cho tiêu chí %2.</translation>
    </message>
    <message>
        <source>%1 points is outside 0 to %2 for the criterion %3.</source>
        <translation>Điểm %1 nằm ngoài khoảng từ 0 đến %2 của tiêu chí %3.</translation>
    </message>
    <message>
        <source>No backup could be made before the merge, so nothing was merged: %1</source>
        <translation>Không tạo được bản sao lưu trước khi nhập kết quả chấm điểm nên chưa nhập gì: %1</translation>
    </message>
    <message>
        <source>The score return holds points that are not numbers.</source>
        <translation>Tệp kết quả chấm điểm có điểm không phải là số.</translation>
    </message>
    <message>
        <source>The sheet for %1 was submitted in the office and is read-only in this package; only the council&apos;s secretary can reopen it.</source>
        <translation>Phiếu chấm hồ sơ %1 đã nộp tại Văn phòng và chỉ được xem trong gói này; chỉ Thư ký Hội đồng được mở lại phiếu.</translation>
    </message>
    <message>
        <source>The office changed this sheet after the package was exported; the office&apos;s version is kept.</source>
        <translation>Văn phòng đã sửa phiếu này sau khi xuất gói chấm điểm; giữ nguyên phiếu của Văn phòng.</translation>
    </message>
    <message>
        <source>The sheet was submitted in the office and travelled read-only, but the return changes it; only the council&apos;s secretary can reopen it.</source>
        <translation>Phiếu đã nộp tại Văn phòng và được gửi kèm ở chế độ chỉ xem, nhưng tệp kết quả lại sửa phiếu này; chỉ Thư ký Hội đồng được mở lại phiếu.</translation>
    </message>
    <message>
        <source>Nothing in this score return can be merged: %1</source>
        <translation>Không có phiếu nào trong tệp kết quả chấm điểm này được nhập: %1</translation>
    </message>
</context>
<context>
    <name>RowValidator</name>
    <message>
        <source>Sheet “%1”, row %2: %3</source>
        <translation>Trang tính “%1”, dòng %2: %3</translation>
    </message>
    <message>
        <source>Sheet “%1”, row %2, column %3: %4</source>
        <translation>Trang tính “%1”, dòng %2, cột %3: %4</translation>
    </message>
    <message>
        <source>Unknown kind “%1”: write Sáng kiến, Cải tiến kỹ thuật or Giải pháp hữu ích.</source>
        <translation>Không rõ loại “%1”: hãy ghi Sáng kiến, Cải tiến kỹ thuật hoặc Giải pháp hữu ích.</translation>
    </message>
    <message>
        <source>Unknown content category “%1”: write its code (1.a to 4.b) or its wording.</source>
        <translation>Không rõ lĩnh vực “%1”: hãy ghi mã (từ 1.a đến 4.b) hoặc tên của lĩnh vực.</translation>
    </message>
    <message>
        <source>“%1” is not a date: write it as dd/mm/yyyy.</source>
        <translation>“%1” không phải là ngày: hãy ghi theo dạng dd/mm/yyyy.</translation>
    </message>
    <message>
        <source>“%1” is not an amount in đồng.</source>
        <translation>“%1” không phải là số tiền (đồng).</translation>
    </message>
    <message>
        <source>“%1” is neither Tập thể (collective) nor Cá nhân (individual).</source>
        <translation>“%1” không phải là Tập thể hoặc Cá nhân.</translation>
    </message>
    <message>
        <source>“%1” is not a gender: write Nam or Nữ.</source>
        <translation>“%1” không phải là giới tính: hãy ghi Nam hoặc Nữ.</translation>
    </message>
    <message>
        <source>“%1” is not a birth year.</source>
        <translation>“%1” không phải là năm sinh.</translation>
    </message>
    <message>
        <source>Unknown unit “%1”: create it or write the name of a unit of the campaign.</source>
        <translation>Không có đơn vị “%1”: hãy tạo đơn vị này hoặc ghi tên một đơn vị đã có trong phong trào.</translation>
    </message>
    <message>
        <source>Unknown unit “%1”: did you mean “%2”? Or create it.</source>
        <translation>Không có đơn vị “%1”: có phải là “%2” không? Nếu không, hãy tạo đơn vị này.</translation>
    </message>
    <message numerus="yes">
        <source>%n share(s) given for %1 author(s).</source>
        <translation>
            <numerusform>Có %n tỷ lệ đóng góp cho %1 tác giả.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not a share: write it as 60%, 60 or 0,6.</source>
        <translation>“%1” không phải là tỷ lệ đóng góp: hãy ghi dạng 60%, 60 hoặc 0,6.</translation>
    </message>
    <message>
        <source>The shares of the %1 authors are missing: write them as 60%; 40% in the order of the authors.</source>
        <translation>Thiếu tỷ lệ đóng góp của %1 tác giả: hãy ghi dạng 60%; 40% theo thứ tự các tác giả.</translation>
    </message>
</context>
<context>
    <name>ScoreCsv</name>
    <message>
        <source>%1, line %2, column %3</source>
        <translation>%1, dòng %2, cột %3</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Không đọc được tệp: %1</translation>
    </message>
    <message numerus="yes">
        <source>A line needs the columns entry, criterion, points and an optional comment; this one has %n.</source>
        <translation>
            <numerusform>Mỗi dòng cần có các cột entry (mã hồ sơ), criterion (mã tiêu chí), points (điểm) và comment (nhận xét, không bắt buộc); dòng này có %n cột.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, dòng %2</translation>
    </message>
    <message>
        <source>The entry code is missing.</source>
        <translation>Thiếu mã hồ sơ.</translation>
    </message>
    <message>
        <source>There is no entry %1 to score here.</source>
        <translation>Không có hồ sơ %1 cần chấm ở đây.</translation>
    </message>
    <message>
        <source>Unknown criterion &quot;%1&quot;. Known criteria: %2.</source>
        <translation>Không có tiêu chí &quot;%1&quot;. Các tiêu chí hiện có: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of points.</source>
        <translation>&quot;%1&quot; không phải là số điểm hợp lệ.</translation>
    </message>
    <message>
        <source>%1 points is outside 0 to %2 for the criterion %3.</source>
        <translation>Điểm %1 nằm ngoài khoảng từ 0 đến %2 của tiêu chí %3.</translation>
    </message>
    <message>
        <source>The entry %1 is scored on %2 twice (first on line %3).</source>
        <translation>Hồ sơ %1 được chấm hai lần theo tiêu chí %2 (lần đầu ở dòng %3).</translation>
    </message>
    <message>
        <source>The entry %1 already has another comment.</source>
        <translation>Hồ sơ %1 đã có một nhận xét khác.</translation>
    </message>
    <message>
        <source>The file holds no scores.</source>
        <translation>Tệp không có điểm nào.</translation>
    </message>
    <message>
        <source>The file is UTF-16 text; save the scores as CSV in UTF-8.</source>
        <translation>Tệp là văn bản UTF-16; hãy lưu bảng điểm dưới dạng CSV mã UTF-8.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text (it holds bytes no CSV of scores has); save the scores as CSV in UTF-8.</source>
        <translation>Tệp không phải văn bản UTF-8 (có các byte không thể có trong tệp CSV điểm chấm); hãy lưu bảng điểm dưới dạng CSV mã UTF-8.</translation>
    </message>
</context>
<context>
    <name>ScoreSheetRepository</name>
    <message>
        <source>There is no council member with the id %1.</source>
        <translation>Không có thành viên Hội đồng nào có ID %1.</translation>
    </message>
    <message>
        <source>member %1</source>
        <translation>thành viên %1</translation>
    </message>
    <message>
        <source>There is no entry %1.</source>
        <translation>Không có hồ sơ %1.</translation>
    </message>
    <message>
        <source>Member %1 has a conflict of interest with the entry %2 (%3) and does not score it.</source>
        <translation>Thành viên %1 có xung đột lợi ích với hồ sơ %2 (%3) nên không chấm hồ sơ này.</translation>
    </message>
    <message>
        <source>Member %1 is not assigned to the entry %2.</source>
        <translation>Thành viên %1 không được phân công chấm hồ sơ %2.</translation>
    </message>
    <message>
        <source>There is no criterion with the id %1.</source>
        <translation>Không có tiêu chí nào có ID %1.</translation>
    </message>
    <message>
        <source>%1 points is outside 0 to %2 for the criterion %3.</source>
        <translation>Điểm %1 nằm ngoài khoảng từ 0 đến %2 của tiêu chí %3.</translation>
    </message>
    <message>
        <source>Member %1&apos;s sheet for the entry %2 is already submitted and cannot be changed.</source>
        <translation>Phiếu chấm điểm hồ sơ %2 của thành viên %1 đã nộp, không thể sửa.</translation>
    </message>
    <message>
        <source>The sheet for the entry %1 cannot be submitted: no points for %2.</source>
        <translation>Chưa nộp được phiếu chấm điểm hồ sơ %1: chưa có điểm cho tiêu chí %2.</translation>
    </message>
    <message>
        <source>Only the council&apos;s secretary can reopen a submitted score sheet.</source>
        <translation>Chỉ Thư ký Hội đồng mới có thể mở lại phiếu chấm điểm đã nộp.</translation>
    </message>
    <message>
        <source>Say why the sheet is reopened; the reason goes into the trail.</source>
        <translation>Hãy ghi rõ lý do mở lại phiếu chấm điểm; lý do sẽ được ghi vào nhật ký thay đổi.</translation>
    </message>
    <message>
        <source>Member %1 has no score sheet for this entry.</source>
        <translation>Thành viên %1 không có phiếu chấm điểm cho hồ sơ này.</translation>
    </message>
    <message>
        <source>The score sheet is not submitted; it can be changed as it is.</source>
        <translation>Phiếu chấm điểm chưa nộp; có thể sửa trực tiếp.</translation>
    </message>
</context>
<context>
    <name>ScoreStatuses</name>
    <message>
        <source>every score sheet submitted (members: %1)</source>
        <translation>đã nộp đủ phiếu chấm (%1 thành viên)</translation>
    </message>
    <message>
        <source>the score sheet of %1 reopened: %2</source>
        <translation>mở lại phiếu chấm của %1: %2</translation>
    </message>
</context>
<context>
    <name>SealKey</name>
    <message>
        <source>The encryption library could not start.</source>
        <translation>Không khởi động được thư viện mã hóa.</translation>
    </message>
    <message>
        <source>The file&apos;s salt has the wrong length.</source>
        <translation>Chuỗi salt của tệp có độ dài không đúng.</translation>
    </message>
    <message>
        <source>Not enough memory to derive the key from the PIN.</source>
        <translation>Không đủ bộ nhớ để tạo khóa từ mã PIN.</translation>
    </message>
</context>
<context>
    <name>SealedFile</name>
    <message>
        <source>The file cannot be opened: wrong PIN or the file was changed.</source>
        <translation>Không mở được tệp: sai mã PIN hoặc tệp đã bị thay đổi.</translation>
    </message>
    <message>
        <source>The file&apos;s identity has the wrong length.</source>
        <translation>Mã định danh của tệp có độ dài không đúng.</translation>
    </message>
    <message>
        <source>The file is too short: it was cut off or is not a sealed file.</source>
        <translation>Tệp quá ngắn: tệp bị cắt cụt hoặc không phải tệp niêm phong.</translation>
    </message>
    <message>
        <source>This is not a %1 file, or the file was changed.</source>
        <translation>Đây không phải tệp %1, hoặc tệp đã bị thay đổi.</translation>
    </message>
    <message>
        <source>The file was written in format %1, which this program does not read; or the file was changed.</source>
        <translation>Tệp được ghi theo định dạng %1 mà chương trình này không đọc được; hoặc tệp đã bị thay đổi.</translation>
    </message>
</context>
<context>
    <name>SheetPass</name>
    <message>
        <source>This is not a spreadsheet the program can read (.xlsx, .ods, .xls or .csv).</source>
        <translation>Đây không phải bảng tính mà chương trình đọc được (.xlsx, .ods, .xls hoặc .csv).</translation>
    </message>
</context>
<context>
    <name>SheetReader</name>
    <message>
        <source>, sheet “%1”</source>
        <translation>, trang tính “%1”</translation>
    </message>
    <message>
        <source>, cell %1%2</source>
        <translation>, ô %1%2</translation>
    </message>
    <message>
        <source>, row %1</source>
        <translation>, dòng %1</translation>
    </message>
    <message>
        <source>, column %1</source>
        <translation>, cột %1</translation>
    </message>
</context>
<context>
    <name>TextLimits</name>
    <message>
        <source>%1 is %2 characters long; at most %3 are accepted.</source>
        <translation>%1 dài %2 ký tự; chỉ được tối đa %3 ký tự.</translation>
    </message>
</context>
<context>
    <name>TrailCoverage</name>
    <message>
        <source>status %1 in the file, %2 in the trail</source>
        <translation>trạng thái %1 trong tệp, %2 trong nhật ký</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>%1: %2 in the file, %3 in the trail</source>
        <translation>%1: %2 trong tệp, %3 trong nhật ký</translation>
    </message>
    <message>
        <source>changed outside the program</source>
        <translation>đã bị sửa bên ngoài chương trình</translation>
    </message>
    <message>
        <source>Member %1&apos;s score sheet is not in the audit trail: it was written outside the program.</source>
        <translation>Phiếu chấm của thành viên %1 không có trong nhật ký thay đổi: phiếu đã được ghi bên ngoài chương trình.</translation>
    </message>
    <message>
        <source>Member %1&apos;s scores differ from the audit trail (%2): %3.</source>
        <translation>Điểm của thành viên %1 khác với nhật ký thay đổi (%2): %3.</translation>
    </message>
    <message>
        <source>Member %1&apos;s score sheet, in the audit trail, is missing from the file: it was deleted outside the program.</source>
        <translation>Phiếu chấm của thành viên %1 có trong nhật ký thay đổi nhưng không còn trong tệp: phiếu đã bị xóa bên ngoài chương trình.</translation>
    </message>
    <message>
        <source>The entry&apos;s award differs from the audit trail (%1 in the file, %2 in the trail): %3.</source>
        <translation>Hình thức khen thưởng của hồ sơ khác với nhật ký thay đổi (%1 trong tệp, %2 trong nhật ký): %3.</translation>
    </message>
    <message>
        <source>The council&apos;s vote at meeting %1, in the audit trail, is missing from the file: it was deleted outside the program.</source>
        <translation>Kết quả biểu quyết của Hội đồng tại phiên họp %1 có trong nhật ký thay đổi nhưng không còn trong tệp: đã bị xóa bên ngoài chương trình.</translation>
    </message>
    <message>
        <source>The council&apos;s vote at meeting %1 is not in the audit trail: it was written outside the program.</source>
        <translation>Kết quả biểu quyết của Hội đồng tại phiên họp %1 không có trong nhật ký thay đổi: đã được ghi bên ngoài chương trình.</translation>
    </message>
    <message>
        <source>The council&apos;s vote at meeting %1 differs from the audit trail (%2-%3-%4 in the file, %5-%6-%7 in the trail): %8.</source>
        <translation>Kết quả biểu quyết của Hội đồng tại phiên họp %1 khác với nhật ký thay đổi (%2-%3-%4 trong tệp, %5-%6-%7 trong nhật ký): %8.</translation>
    </message>
    <message>
        <source>awards as stored</source>
        <translation>khen thưởng như đang lưu</translation>
    </message>
</context>
<context>
    <name>UnitRepository</name>
    <message>
        <source>The unit no longer exists.</source>
        <translation>Đơn vị không còn tồn tại.</translation>
    </message>
    <message>
        <source>The unit&apos;s name is missing.</source>
        <translation>Chưa có tên đơn vị.</translation>
    </message>
    <message>
        <source>Choose the kind of unit.</source>
        <translation>Hãy chọn loại đơn vị.</translation>
    </message>
    <message>
        <source>A unit named &quot;%1&quot; already exists.</source>
        <translation>Đã có đơn vị tên &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Choose at least one other unit to merge into the one kept.</source>
        <translation>Hãy chọn ít nhất một đơn vị khác để gộp vào đơn vị được giữ lại.</translation>
    </message>
</context>
<context>
    <name>UnitsImport</name>
    <message>
        <source>This is not a spreadsheet the program reads (.xlsx, .ods, .xls, .csv).</source>
        <translation>Đây không phải bảng tính chương trình đọc được (.xlsx, .ods, .xls, .csv).</translation>
    </message>
    <message>
        <source>The kind &quot;%1&quot; is not one of the campaign&apos;s unit kinds.</source>
        <translation>Loại &quot;%1&quot; không thuộc các loại đơn vị của phong trào.</translation>
    </message>
</context>
<context>
    <name>UserAccounts</name>
    <message>
        <source>The login name is empty.</source>
        <translation>Chưa nhập tên đăng nhập.</translation>
    </message>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>Mật khẩu phải có ít nhất %1 ký tự.</translation>
    </message>
    <message>
        <source>The cryptography library cannot start.</source>
        <translation>Không khởi động được thư viện mã hóa.</translation>
    </message>
    <message>
        <source>Not enough memory to protect the password.</source>
        <translation>Không đủ bộ nhớ để bảo vệ mật khẩu.</translation>
    </message>
    <message>
        <source>The user cannot be added (is the login taken?): %1</source>
        <translation>Không thêm được người dùng (tên đăng nhập đã được dùng?): %1</translation>
    </message>
    <message>
        <source>Roles are already on for this campaign.</source>
        <translation>Phong trào này đã bật phân quyền người dùng.</translation>
    </message>
    <message>
        <source>Only an administrator can add users.</source>
        <translation>Chỉ quản trị viên mới được thêm người dùng.</translation>
    </message>
    <message>
        <source>The login name or the password is wrong.</source>
        <translation>Tên đăng nhập hoặc mật khẩu không đúng.</translation>
    </message>
</context>
<context>
    <name>XlsReader</name>
    <message>
        <source>The file does not exist or cannot be read.</source>
        <translation>Tệp không tồn tại hoặc không đọc được.</translation>
    </message>
    <message>
        <source>There is not enough memory to read this .xls file.</source>
        <translation>Không đủ bộ nhớ để đọc tệp .xls này.</translation>
    </message>
    <message>
        <source>The .xls file is password-protected; remove the password in the spreadsheet program first.</source>
        <translation>Tệp .xls được bảo vệ bằng mật khẩu; hãy gỡ bỏ mật khẩu trong chương trình bảng tính trước.</translation>
    </message>
    <message>
        <source>The .xls file&apos;s text uses a character set that cannot be converted.</source>
        <translation>Văn bản trong tệp .xls dùng bảng mã không chuyển đổi được.</translation>
    </message>
    <message>
        <source>The .xls file is damaged or not an Excel 97–2003 workbook (FreeXL error %1).</source>
        <translation>Tệp .xls bị hỏng hoặc không phải bảng tính Excel 97–2003 (lỗi FreeXL %1).</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Tệp không có dữ liệu.</translation>
    </message>
    <message>
        <source>This is a web page saved with an .xls name, not an Excel workbook; open it in a spreadsheet program and save it as .xlsx.</source>
        <translation>Đây là trang web được lưu với đuôi .xls, không phải bảng tính Excel; hãy mở bằng chương trình bảng tính rồi lưu lại dưới dạng .xlsx.</translation>
    </message>
    <message>
        <source>This is an XML spreadsheet saved with an .xls name, not an Excel workbook; open it in a spreadsheet program and save it as .xlsx.</source>
        <translation>Đây là bảng tính XML được lưu với đuôi .xls, không phải bảng tính Excel; hãy mở bằng chương trình bảng tính rồi lưu lại dưới dạng .xlsx.</translation>
    </message>
    <message>
        <source>This is not an Excel 97–2003 (.xls) workbook.</source>
        <translation>Đây không phải bảng tính Excel 97–2003 (.xls).</translation>
    </message>
    <message>
        <source>The workbook is protected by a password; open it in the spreadsheet program, remove the password and save it again.</source>
        <translation>Bảng tính được bảo vệ bằng mật khẩu; hãy mở bằng chương trình bảng tính, gỡ bỏ mật khẩu rồi lưu lại.</translation>
    </message>
    <message>
        <source>This .xls file cannot be read (an Excel 5.0/95 workbook FreeXL does not handle, or a damaged one); open it in a spreadsheet program and save it as .xlsx.</source>
        <translation>Không đọc được tệp .xls này (bảng tính Excel 5.0/95 mà FreeXL không hỗ trợ, hoặc tệp bị hỏng); hãy mở bằng chương trình bảng tính rồi lưu lại dưới dạng .xlsx.</translation>
    </message>
    <message>
        <source>The workbook has no worksheets.</source>
        <translation>Bảng tính không có trang tính nào.</translation>
    </message>
    <message>
        <source>Sheet %1</source>
        <translation>Trang tính %1</translation>
    </message>
    <message>
        <source>The workbook has no sheet named “%1”.</source>
        <translation>Bảng tính không có trang tính nào tên “%1”.</translation>
    </message>
    <message>
        <source>The sheet has more than %1 rows.</source>
        <translation>Trang tính có nhiều hơn %1 dòng.</translation>
    </message>
    <message>
        <source>The row has more than %1 columns.</source>
        <translation>Dòng có nhiều hơn %1 cột.</translation>
    </message>
    <message>
        <source>The cell holds more than %1 characters.</source>
        <translation>Ô có nhiều hơn %1 ký tự.</translation>
    </message>
    <message>
        <source>This is an Excel 5.0/95 workbook, an old format the program cannot read; open it in a spreadsheet program and save it as .xlsx.</source>
        <translation>Đây là bảng tính Excel 5.0/95, định dạng cũ mà chương trình không đọc được; hãy mở bằng chương trình bảng tính rồi lưu lại dưới dạng .xlsx.</translation>
    </message>
    <message>
        <source>The helper program that reads .xls files (%1) is missing or cannot be started; install Sáng kiến again.</source>
        <translation>Chương trình phụ trợ đọc tệp .xls (%1) bị thiếu hoặc không khởi động được; hãy cài đặt lại Sáng kiến.</translation>
    </message>
    <message>
        <source>The .xls file is damaged: FreeXL, the library that reads it, made no progress for %1 seconds and was stopped. Open the file in a spreadsheet program and save it as .xlsx.</source>
        <translation>Tệp .xls bị hỏng: FreeXL, thư viện đọc tệp này, không xử lý được gì trong %1 giây nên đã bị dừng. Hãy mở tệp bằng chương trình bảng tính rồi lưu lại dưới dạng .xlsx.</translation>
    </message>
    <message>
        <source>The .xls file is damaged: FreeXL, the library that reads it, sent output that makes no sense. Open the file in a spreadsheet program and save it as .xlsx.</source>
        <translation>Tệp .xls bị hỏng: FreeXL, thư viện đọc tệp này, trả về kết quả không hợp lệ. Hãy mở tệp bằng chương trình bảng tính rồi lưu lại dưới dạng .xlsx.</translation>
    </message>
    <message>
        <source>The .xls file is damaged: FreeXL, the library that reads it, stopped abruptly (signal %1). Open the file in a spreadsheet program and save it as .xlsx.</source>
        <translation>Tệp .xls bị hỏng: FreeXL, thư viện đọc tệp này, bị dừng đột ngột (tín hiệu %1). Hãy mở tệp bằng chương trình bảng tính rồi lưu lại dưới dạng .xlsx.</translation>
    </message>
    <message>
        <source>The .xls file is damaged or too large: FreeXL, the library that reads it, needed more than %1 MB of memory. Open the file in a spreadsheet program and save it as .xlsx.</source>
        <translation>Tệp .xls bị hỏng hoặc quá lớn: FreeXL, thư viện đọc tệp này, cần hơn %1 MB bộ nhớ. Hãy mở tệp bằng chương trình bảng tính rồi lưu lại dưới dạng .xlsx.</translation>
    </message>
    <message>
        <source>The .xls file is damaged: FreeXL, the library that reads it, stopped without finishing (code %1). Open the file in a spreadsheet program and save it as .xlsx.</source>
        <translation>Tệp .xls bị hỏng: FreeXL, thư viện đọc tệp này, dừng lại khi chưa đọc xong (mã %1). Hãy mở tệp bằng chương trình bảng tính rồi lưu lại dưới dạng .xlsx.</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>The sheet cannot be read.</source>
        <translation>Không đọc được trang tính.</translation>
    </message>
    <message>
        <source>The file does not exist or cannot be read.</source>
        <translation>Tệp không tồn tại hoặc không đọc được.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Tệp không có dữ liệu.</translation>
    </message>
    <message>
        <source>The workbook has no worksheets.</source>
        <translation>Bảng tính không có trang tính nào.</translation>
    </message>
    <message>
        <source>This is not a readable .xlsx workbook: %1</source>
        <translation>Không đọc được tệp này như một bảng tính .xlsx: %1</translation>
    </message>
    <message>
        <source>This is an OpenDocument spreadsheet, not an .xlsx workbook.</source>
        <translation>Đây là bảng tính OpenDocument, không phải bảng tính .xlsx.</translation>
    </message>
    <message>
        <source>This zip file is not an .xlsx workbook: it has no workbook part.</source>
        <translation>Tệp zip này không phải bảng tính .xlsx: thiếu phần workbook.</translation>
    </message>
    <message>
        <source>The workbook has no sheet named “%1”.</source>
        <translation>Bảng tính không có trang tính nào tên “%1”.</translation>
    </message>
    <message>
        <source>The cell reference “%1” is not valid.</source>
        <translation>Địa chỉ ô “%1” không hợp lệ.</translation>
    </message>
    <message>
        <source>The row has more than %1 columns.</source>
        <translation>Dòng có nhiều hơn %1 cột.</translation>
    </message>
    <message>
        <source>The cell refers to shared string %1, which does not exist.</source>
        <translation>Ô tham chiếu đến chuỗi dùng chung số %1, nhưng chuỗi này không tồn tại.</translation>
    </message>
    <message>
        <source>The cell holds more than %1 characters.</source>
        <translation>Ô có nhiều hơn %1 ký tự.</translation>
    </message>
    <message>
        <source>The row number “%1” is not valid.</source>
        <translation>Số dòng “%1” không hợp lệ.</translation>
    </message>
    <message>
        <source>The sheet has more than %1 rows.</source>
        <translation>Trang tính có nhiều hơn %1 dòng.</translation>
    </message>
</context>
<context>
    <name>XlsxWorkbook</name>
    <message>
        <source>The workbook cannot be written: %1</source>
        <translation>Không ghi được bảng tính: %1</translation>
    </message>
    <message>
        <source>the program that writes workbooks (%1) cannot be started</source>
        <translation>không khởi động được chương trình ghi bảng tính (%1)</translation>
    </message>
    <message>
        <source>the program that writes workbooks did not finish</source>
        <translation>chương trình ghi bảng tính không chạy xong</translation>
    </message>
    <message>
        <source>the program that writes workbooks stopped</source>
        <translation>chương trình ghi bảng tính bị dừng</translation>
    </message>
</context>
<context>
    <name>ZipDirectory</name>
    <message>
        <source>the file is not a readable zip package (it may be truncated or damaged).</source>
        <translation>tệp không phải gói zip đọc được (có thể tệp bị cắt cụt hoặc bị hỏng).</translation>
    </message>
    <message>
        <source>the file&apos;s zip directory is damaged.</source>
        <translation>mục lục zip của tệp bị hỏng.</translation>
    </message>
</context>
<context>
    <name>ZipXmlStream</name>
    <message>
        <source>The part %1 is missing from the package or cannot be unpacked.</source>
        <translation>Thành phần %1 không có trong gói hoặc không giải nén được.</translation>
    </message>
    <message>
        <source>The part %1 unpacks to more than %2 MB; the file is refused as unsafe.</source>
        <translation>Thành phần %1 khi giải nén lớn hơn %2 MB; tệp bị từ chối vì không an toàn.</translation>
    </message>
    <message>
        <source>The part %1 is truncated or damaged.</source>
        <translation>Thành phần %1 bị cắt cụt hoặc bị hỏng.</translation>
    </message>
    <message>
        <source>The part %1 is not well-formed XML (line %2: %3).</source>
        <translation>Thành phần %1 không phải XML hợp lệ (dòng %2: %3).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Initiative emulation campaigns: entries, councils and awards.</source>
        <translation>Phong trào thi đua sáng kiến: hồ sơ, Hội đồng và khen thưởng.</translation>
    </message>
    <message>
        <source>Language of the program: vi or en.</source>
        <translation>Ngôn ngữ của chương trình: vi hoặc en.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use vi or en.</source>
        <translation>Không rõ ngôn ngữ &quot;%1&quot;: hãy dùng vi hoặc en.</translation>
    </message>
    <message>
        <source>The campaign file (.sangkien) to open, a council member&apos;s review package (.skreview) to score, or a member&apos;s score return (.skscores) to merge into the last campaign opened.</source>
        <translation>Tệp phong trào (.sangkien) cần mở, gói hồ sơ chấm điểm (.skreview) của thành viên Hội đồng cần chấm, hoặc tệp kết quả chấm điểm (.skscores) của thành viên cần nhập vào phong trào mở gần nhất.</translation>
    </message>
</context>
<context>
    <name>sangkien::AwardProposalModel</name>
    <message>
        <source>%1: collectives and individuals together</source>
        <translation>%1: tập thể và cá nhân (tính chung)</translation>
    </message>
    <message>
        <source>%1: collectives</source>
        <translation>%1: tập thể</translation>
    </message>
    <message>
        <source>%1: individuals</source>
        <translation>%1: cá nhân</translation>
    </message>
    <message>
        <source>incomplete sheets</source>
        <translation>phiếu chấm chưa đủ</translation>
    </message>
    <message>
        <source>below a criterion&apos;s minimum</source>
        <translation>dưới điểm tối thiểu của tiêu chí</translation>
    </message>
    <message>
        <source>members disagree</source>
        <translation>điểm chấm chênh lệch lớn</translation>
    </message>
    <message numerus="yes">
        <source>Tied at the boundary of %1: room for %n of the tied entries; the office decides.</source>
        <translation>
            <numerusform>Bằng điểm tại ngưỡng của hình thức %1: còn %n suất cho các hồ sơ bằng điểm; cơ quan xem xét quyết định.</numerusform>
        </translation>
    </message>
    <message>
        <source>Collective</source>
        <translation>Tập thể</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Cá nhân</translation>
    </message>
    <message numerus="yes">
        <source>tie at the boundary (%n place(s))</source>
        <translation>
            <numerusform>bằng điểm tại ngưỡng (còn %n suất)</numerusform>
        </translation>
    </message>
    <message>
        <source>Tie: %1?</source>
        <translation>Bằng điểm: %1?</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Hạng</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tên sáng kiến</translation>
    </message>
    <message>
        <source>Nominee</source>
        <translation>Tập thể/cá nhân</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Đã đề nghị</translation>
    </message>
    <message>
        <source>Awarded</source>
        <translation>Được khen thưởng</translation>
    </message>
    <message>
        <source>Chairman&apos;s certificate</source>
        <translation>Bằng khen UBND tỉnh</translation>
    </message>
    <message>
        <source>Director&apos;s certificate</source>
        <translation>Giấy khen Giám đốc Sở</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>chưa chấm</translation>
    </message>
    <message>
        <source>below minimum</source>
        <translation>dưới tối thiểu</translation>
    </message>
    <message>
        <source>not voted</source>
        <translation>chưa biểu quyết</translation>
    </message>
    <message>
        <source>voted down</source>
        <translation>không đạt</translation>
    </message>
    <message>
        <source>nominee awarded</source>
        <translation>đã được khen</translation>
    </message>
    <message>
        <source>no room</source>
        <translation>hết chỉ tiêu</translation>
    </message>
    <message>
        <source>The council has not voted on its recognition at a meeting with quorum.</source>
        <translation>Hội đồng chưa biểu quyết công nhận tại phiên họp đủ số thành viên.</translation>
    </message>
    <message>
        <source>Not voted; the campaign recognises entries by their score alone.</source>
        <translation>Chưa biểu quyết; phong trào công nhận hồ sơ chỉ theo điểm.</translation>
    </message>
    <message>
        <source>Recognition vote at the meeting of %1: %2 agree, %3 disagree, %4 blank of %5 members; %6 needed.</source>
        <translation>Biểu quyết công nhận tại phiên họp ngày %1: %2 đồng ý, %3 không đồng ý, %4 phiếu trắng trên %5 thành viên; cần %6.</translation>
    </message>
    <message>
        <source>– %1</source>
        <translation>– %1</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Biểu quyết</translation>
    </message>
</context>
<context>
    <name>sangkien::AwardsView</name>
    <message>
        <source>Awards</source>
        <translation>Khen thưởng</translation>
    </message>
    <message>
        <source>&amp;Propose</source>
        <translation>Lập đề &amp;xuất</translation>
    </message>
    <message>
        <source>Walk the ranking and propose award forms within the quota rules (Ctrl+R); nothing is stored</source>
        <translation>Xét lần lượt theo bảng xếp hạng và đề xuất hình thức khen thưởng trong giới hạn quy định số lượng khen thưởng (Ctrl+R); chưa lưu gì</translation>
    </message>
    <message>
        <source>&amp;Apply the Proposal</source>
        <translation>Á&amp;p dụng đề xuất</translation>
    </message>
    <message>
        <source>Store the proposal as the campaign&apos;s awards (Ctrl+S); tied entries stay without an award until the office decides</source>
        <translation>Lưu đề xuất thành kết quả khen thưởng của phong trào (Ctrl+S); các hồ sơ bằng điểm chưa được khen thưởng cho đến khi cơ quan quyết định</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Xem trước bản &amp;in…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Xuất P&amp;DF…</translation>
    </message>
    <message>
        <source>Export &amp;ODT…</source>
        <translation>Xuất &amp;ODT…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Bảng xếp hạng</translation>
    </message>
    <message>
        <source>Rows in amber are tied at a quota boundary: the rule has room for some of them, not all, and the office decides. &quot;3=&quot; marks a shared rank.</source>
        <translation>Các dòng màu vàng cam là hồ sơ bằng điểm tại ngưỡng số lượng khen thưởng: quy định chỉ còn suất cho một số hồ sơ, không đủ cho tất cả, và cơ quan sẽ xem xét quyết định. Ký hiệu &quot;3=&quot; chỉ thứ hạng bằng nhau (đồng hạng).</translation>
    </message>
    <message>
        <source>Quotas</source>
        <translation>Số lượng khen thưởng</translation>
    </message>
    <message>
        <source>Awards by form</source>
        <translation>Khen thưởng theo hình thức</translation>
    </message>
    <message>
        <source>Form / entry</source>
        <translation>Hình thức / hồ sơ</translation>
    </message>
    <message>
        <source>Nominee</source>
        <translation>Tập thể/cá nhân</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <source>Selected entry:</source>
        <translation>Hồ sơ đang chọn:</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <source>Decision awarding the director&apos;s certificate (Giấy khen)</source>
        <translation>Quyết định tặng Giấy khen của Giám đốc Sở</translation>
    </message>
    <message>
        <source>Proposal to the chairman for his certificate (Bằng khen)</source>
        <translation>Tờ trình đề nghị Chủ tịch UBND tỉnh tặng Bằng khen</translation>
    </message>
    <message>
        <source>Docu&amp;ment:</source>
        <translation>&amp;Văn bản:</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>Phiên &amp;bản:</translation>
    </message>
    <message>
        <source>&amp;Chairman&apos;s certificate</source>
        <translation>Bằng khen &amp;UBND tỉnh</translation>
    </message>
    <message>
        <source>&amp;Director&apos;s certificate</source>
        <translation>&amp;Giấy khen Giám đốc Sở</translation>
    </message>
    <message>
        <source>&amp;No award</source>
        <translation>&amp;Không khen thưởng</translation>
    </message>
    <message>
        <source>Use of the quotas by the proposal (not stored yet):</source>
        <translation>Mức sử dụng số lượng khen thưởng theo đề xuất (chưa lưu):</translation>
    </message>
    <message>
        <source>Use of the quotas by the stored awards:</source>
        <translation>Mức sử dụng số lượng khen thưởng theo kết quả khen thưởng đã lưu:</translation>
    </message>
    <message>
        <source>Over the limit by %1: %2</source>
        <translation>Vượt quá %1 trường hợp: %2</translation>
    </message>
    <message>
        <source>Tied at a boundary, the office decides (%1)</source>
        <translation>Bằng điểm tại ngưỡng, cơ quan xem xét quyết định (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%1: room for %n of the tied entries</source>
        <translation>
            <numerusform>%1: còn %n suất cho các hồ sơ bằng điểm</numerusform>
        </translation>
    </message>
    <message>
        <source>The current awards</source>
        <translation>Kết quả khen thưởng hiện tại</translation>
    </message>
    <message>
        <source>Version %1: No. %2 of %3, printed %4</source>
        <translation>Phiên bản %1: số %2 ngày %3, in lúc %4</translation>
    </message>
    <message>
        <source>The awards have changed since version %1 was printed: printing now makes version %2; version %1 stays as it was printed.</source>
        <translation>Kết quả khen thưởng đã thay đổi kể từ khi in phiên bản %1: nếu in bây giờ sẽ tạo phiên bản %2; phiên bản %1 vẫn giữ nguyên như khi in.</translation>
    </message>
    <message>
        <source>Version %1 was printed on %2 and matches the current awards.</source>
        <translation>Phiên bản %1 đã được in lúc %2 và khớp với kết quả khen thưởng hiện tại.</translation>
    </message>
    <message>
        <source>Version %1 is a draft: it is frozen when it is printed or exported.</source>
        <translation>Phiên bản %1 là bản dự thảo: nội dung sẽ được cố định khi in hoặc xuất ra tệp.</translation>
    </message>
    <message>
        <source>Not printed yet: the number, date and signer are asked for before printing.</source>
        <translation>Chưa in: chương trình sẽ hỏi số, ngày và người ký trước khi in.</translation>
    </message>
    <message>
        <source>Cannot propose awards</source>
        <translation>Không đề xuất được khen thưởng</translation>
    </message>
    <message numerus="yes">
        <source>Proposed %n award(s). Nothing is stored until you apply the proposal.</source>
        <translation>
            <numerusform>Đã đề xuất %n trường hợp khen thưởng. Chưa lưu gì cho đến khi bạn áp dụng đề xuất.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Proposed %n award(s); %1 entries are tied at a quota boundary and wait for the office to decide. Nothing is stored until you apply the proposal.</source>
        <translation>
            <numerusform>Đã đề xuất %n trường hợp khen thưởng; %1 hồ sơ bằng điểm tại ngưỡng số lượng khen thưởng đang chờ cơ quan quyết định. Chưa lưu gì cho đến khi bạn áp dụng đề xuất.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no proposal to apply: press Propose first.</source>
        <translation>Chưa có đề xuất để áp dụng: hãy nhấn Lập đề xuất trước.</translation>
    </message>
    <message>
        <source>Cannot store the proposal</source>
        <translation>Không lưu được đề xuất</translation>
    </message>
    <message>
        <source>Apply the proposal</source>
        <translation>Áp dụng đề xuất</translation>
    </message>
    <message numerus="yes">
        <source>Stored %n award(s) with an audit row.</source>
        <translation>
            <numerusform>Đã lưu %n trường hợp khen thưởng và ghi nhật ký thay đổi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an entry in the ranking first.</source>
        <translation>Hãy chọn một hồ sơ trong bảng xếp hạng trước.</translation>
    </message>
    <message>
        <source>Give %1 the %2</source>
        <translation>xếp hồ sơ %1 vào hình thức %2</translation>
    </message>
    <message>
        <source>Take the award of %1 away</source>
        <translation>bỏ khen thưởng của hồ sơ %1</translation>
    </message>
    <message>
        <source>Not moved: the rule &quot;%1&quot; would be broken. %2</source>
        <translation>Không chuyển được: sẽ vi phạm quy định &quot;%1&quot;. %2</translation>
    </message>
    <message>
        <source>Not moved: %1</source>
        <translation>Không chuyển được: %1</translation>
    </message>
    <message>
        <source>Move refused</source>
        <translation>Không chấp nhận thay đổi</translation>
    </message>
    <message>
        <source>%1 now has the %2 (stored, with an audit row).</source>
        <translation>Hồ sơ %1 đã được xếp vào hình thức %2 (đã lưu và ghi nhật ký thay đổi).</translation>
    </message>
    <message>
        <source>%1 no longer has an award (stored, with an audit row).</source>
        <translation>Hồ sơ %1 không còn được khen thưởng (đã lưu và ghi nhật ký thay đổi).</translation>
    </message>
    <message>
        <source>Cannot read the printed version</source>
        <translation>Không đọc được phiên bản đã in</translation>
    </message>
    <message>
        <source>Version %1 has no printed text.</source>
        <translation>Phiên bản %1 không có nội dung bản in.</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>Không in được</translation>
    </message>
    <message>
        <source>Cannot store the printed version</source>
        <translation>Không lưu được phiên bản đã in</translation>
    </message>
    <message>
        <source>%1 was issued as version %2 and is frozen: later changes to the awards make a new version.</source>
        <translation>Văn bản số %1 đã được ban hành ở phiên bản %2 và đã được cố định: các thay đổi khen thưởng sau này sẽ tạo phiên bản mới.</translation>
    </message>
    <message>
        <source>Print Preview: %1</source>
        <translation>Xem trước bản in: %1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Xuất tệp</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Văn bản PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Không xuất được</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Đã ghi %1.</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>Văn bản OpenDocument (*.odt)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Đó&amp;ng</translation>
    </message>
    <message>
        <source>(read-only)</source>
        <translation>(chỉ đọc)</translation>
    </message>
    <message>
        <source>No entry is recognised for an award yet: none has a score at or above a form&apos;s minimum and, when the campaign recognises by vote, a passing vote of the council.</source>
        <translation>Chưa có hồ sơ nào đủ điều kiện khen thưởng: không hồ sơ nào vừa đạt điểm tối thiểu của một hình thức khen thưởng vừa (khi phong trào công nhận theo biểu quyết) được Hội đồng biểu quyết đạt.</translation>
    </message>
    <message>
        <source>Not proposed although their score qualifies, for want of the council&apos;s recognition: %1 (see the Vote column).</source>
        <translation>Không được đề nghị dù điểm đủ điều kiện, vì chưa được Hội đồng công nhận: %1 (xem cột Biểu quyết).</translation>
    </message>
    <message>
        <source>Record the &amp;province&apos;s decision…</source>
        <translation>Ghi nhận &amp;quyết định của tỉnh…</translation>
    </message>
    <message>
        <source>The number and date of the province&apos;s decision on the issued proposal (the version chosen, or the latest); the entries it names become awarded</source>
        <translation>Số và ngày quyết định của tỉnh đối với tờ trình đã ban hành (phiên bản đang chọn, hoặc phiên bản mới nhất); các hồ sơ có tên được khen thưởng</translation>
    </message>
    <message>
        <source>Choose the proposal to the chairman first: the province decides on it.</source>
        <translation>Hãy chọn tờ trình đề nghị Chủ tịch UBND tỉnh trước: tỉnh quyết định theo tờ trình đó.</translation>
    </message>
    <message>
        <source>The province&apos;s decision</source>
        <translation>Quyết định của tỉnh</translation>
    </message>
    <message>
        <source>e.g. 1234/QĐ-UBND</source>
        <translation>ví dụ 1234/QĐ-UBND</translation>
    </message>
    <message>
        <source>The entries the proposal names become awarded once the province&apos;s decision is recorded; it cannot be changed afterwards.</source>
        <translation>Các hồ sơ có tên trong tờ trình được khen thưởng khi ghi nhận quyết định của tỉnh; sau đó không thể sửa đổi.</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Số:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Ngày họp:</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Ghi nhận</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Cannot record the province&apos;s decision</source>
        <translation>Không ghi nhận được quyết định của tỉnh</translation>
    </message>
    <message>
        <source>Recorded the province&apos;s decision %1 of %2 on version %3 of the proposal; the entries it names are awarded.</source>
        <translation>Đã ghi nhận quyết định %1 ngày %2 của tỉnh đối với phiên bản %3 của tờ trình; các hồ sơ có tên được khen thưởng.</translation>
    </message>
    <message>
        <source>Score: %1 (set in Campaign Settings).</source>
        <translation>Điểm: %1 (đặt trong Thiết lập).</translation>
    </message>
    <message>
        <source>Print &amp;Certificates…</source>
        <translation>In giấ&amp;y khen…</translation>
    </message>
    <message>
        <source>One certificate per awardee of an issued decision, onto the pre-printed blanks: print preview, printer or PDF</source>
        <translation>Mỗi người được khen một giấy khen theo quyết định đã ban hành, in lên phôi: xem trước, máy in hoặc PDF</translation>
    </message>
    <message>
        <source>Certificate La&amp;yout…</source>
        <translation>Bố &amp;cục giấy khen…</translation>
    </message>
    <message>
        <source>Where each text goes on the blank, in millimetres, with a test page; saved with the campaign</source>
        <translation>Vị trí từng nội dung trên phôi, tính bằng milimét, kèm trang in thử; lưu cùng phong trào</translation>
    </message>
    <message>
        <source>The certificate layout is saved with the campaign.</source>
        <translation>Đã lưu bố cục giấy khen cùng phong trào.</translation>
    </message>
</context>
<context>
    <name>sangkien::BulkChangeStatusCommand</name>
    <message>
        <source>Status of %1 entries to &quot;%2&quot;</source>
        <translation>chuyển trạng thái %1 hồ sơ sang &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Cannot undo the status change: %1</source>
        <translation>Không hoàn tác được việc chuyển trạng thái: %1</translation>
    </message>
    <message>
        <source>Cannot undo: %1</source>
        <translation>Không hoàn tác được: %1</translation>
    </message>
</context>
<context>
    <name>sangkien::CampaignSession</name>
    <message>
        <source>The campaign is open read-only; no backup is made.</source>
        <translation>Phong trào đang được mở ở chế độ chỉ đọc; không tạo bản sao lưu.</translation>
    </message>
</context>
<context>
    <name>sangkien::CampaignSettingsDialog</name>
    <message>
        <source>&amp;Campaign</source>
        <translation>&amp;Phong trào</translation>
    </message>
    <message>
        <source>C&amp;riteria</source>
        <translation>T&amp;iêu chí</translation>
    </message>
    <message>
        <source>&amp;Awards and quotas</source>
        <translation>&amp;Khen thưởng và số lượng</translation>
    </message>
    <message>
        <source>C&amp;ouncil</source>
        <translation>&amp;Hội đồng</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Campaign settings</source>
        <translation>Thiết lập phong trào</translation>
    </message>
    <message>
        <source>e.g. 44/KH-SKHCN</source>
        <translation>ví dụ: 44/KH-SKHCN</translation>
    </message>
    <message>
        <source>One &quot;Căn cứ …;&quot; line per line, as the decision prints them</source>
        <translation>Mỗi căn cứ (&quot;Căn cứ …;&quot;) một dòng, đúng như in trong quyết định</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Tên phong trào:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <source>&amp;Plan number:</source>
        <translation>&amp;Số kế hoạch:</translation>
    </message>
    <message>
        <source>&amp;Issuing body:</source>
        <translation>Cơ quan &amp;ban hành:</translation>
    </message>
    <message>
        <source>&amp;Superior body:</source>
        <translation>Cơ &amp;quan cấp trên:</translation>
    </message>
    <message>
        <source>Pla&amp;ce (for document dates):</source>
        <translation>Địa &amp;danh (ghi ngày tháng trên văn bản):</translation>
    </message>
    <message>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <source>Runs from:</source>
        <translation>Thời gian từ:</translation>
    </message>
    <message>
        <source>&amp;Legal basis:</source>
        <translation>&amp;Căn cứ pháp lý:</translation>
    </message>
    <message>
        <source>The criteria are locked: scores have already been entered, and changing the scale now would make the sheets disagree.</source>
        <translation>Tiêu chí đã bị khóa: đã có điểm chấm, nếu thay đổi thang điểm lúc này các phiếu chấm điểm sẽ không còn thống nhất.</translation>
    </message>
    <message>
        <source>Add criterion</source>
        <translation>Thêm tiêu chí</translation>
    </message>
    <message>
        <source>Remove criterion</source>
        <translation>Xóa tiêu chí</translation>
    </message>
    <message>
        <source>Each row is a rule &quot;at most N of this kind for this award&quot;; the kind &quot;together&quot; counts collectives and individuals at once.</source>
        <translation>Mỗi dòng là một quy định &quot;tối đa N đối tượng loại này cho hình thức khen thưởng này&quot;; đối tượng &quot;tính chung&quot; tính gộp cả tập thể và cá nhân.</translation>
    </message>
    <message>
        <source>Circular 18/2013/TT-BKHCN: an initiative is recognised with at least 2/3 of the council members agreeing (66.67 %); a meeting is commonly valid with 2/3 present.</source>
        <translation>Thông tư 18/2013/TT-BKHCN: sáng kiến được công nhận khi có ít nhất 2/3 số thành viên Hội đồng đồng ý (66,67 %); cuộc họp thường được coi là hợp lệ khi có 2/3 số thành viên tham dự.</translation>
    </message>
    <message>
        <source>&amp;Pass ratio:</source>
        <translation>&amp;Tỷ lệ thông qua:</translation>
    </message>
    <message>
        <source>&amp;Quorum:</source>
        <translation>Tỷ lệ &amp;dự họp tối thiểu:</translation>
    </message>
    <message>
        <source>Total: %1 points (minimums add up to %2)</source>
        <translation>Tổng: %1 điểm (tổng điểm tối thiểu: %2)</translation>
    </message>
    <message>
        <source>The campaign needs a name.</source>
        <translation>Phong trào phải có tên.</translation>
    </message>
    <message>
        <source>The criteria&apos;s maximum points add up to %1; they must add up to 100.</source>
        <translation>Tổng điểm tối đa của các tiêu chí là %1; tổng phải bằng 100.</translation>
    </message>
    <message>
        <source>The campaign closes before it opens.</source>
        <translation>Ngày kết thúc phong trào trước ngày bắt đầu.</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <source>Quota rules</source>
        <translation>Quy định số lượng khen thưởng</translation>
    </message>
    <message>
        <source>Cannot save the settings</source>
        <translation>Không lưu được thiết lập</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Lên &amp;trên</translation>
    </message>
    <message>
        <source>Ctrl+Up: the criterion comes one column earlier on the score sheet</source>
        <translation>Ctrl+Up: đưa tiêu chí lên trước một cột trên phiếu chấm điểm</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>&amp;Xuống dưới</translation>
    </message>
    <message>
        <source>Ctrl+Down: the criterion comes one column later on the score sheet</source>
        <translation>Ctrl+Down: đưa tiêu chí lùi sau một cột trên phiếu chấm điểm</translation>
    </message>
    <message>
        <source>Add &amp;rule</source>
        <translation>Thêm &amp;quy định</translation>
    </message>
    <message>
        <source>Remove r&amp;ule</source>
        <translation>&amp;Xóa quy định</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>(read-only)</source>
        <translation>(chỉ đọc)</translation>
    </message>
    <message>
        <source>By the council&apos;s vote</source>
        <translation>Theo biểu quyết của Hội đồng</translation>
    </message>
    <message>
        <source>By the score alone</source>
        <translation>Chỉ theo điểm</translation>
    </message>
    <message>
        <source>By the council&apos;s vote, only entries that passed the latest recognition vote at a meeting with quorum can be proposed for an award; by the score alone, every entry at or above a form&apos;s minimum can.</source>
        <translation>Theo biểu quyết của Hội đồng: chỉ hồ sơ được biểu quyết công nhận đạt ở lần gần nhất, tại phiên họp đủ số thành viên, mới được đề nghị khen thưởng; chỉ theo điểm: mọi hồ sơ đạt điểm tối thiểu của một hình thức đều được đề nghị.</translation>
    </message>
    <message>
        <source>&amp;Recognition:</source>
        <translation>&amp;Công nhận:</translation>
    </message>
    <message>
        <source>How the members&apos; totals for an entry become its score. Without the highest and the lowest needs at least three totals; with fewer it is the mean.</source>
        <translation>Cách tổng điểm của các thành viên thành điểm của sáng kiến. Bỏ điểm cao nhất và thấp nhất cần ít nhất ba tổng điểm; ít hơn thì lấy trung bình cộng.</translation>
    </message>
    <message>
        <source> points</source>
        <translation> điểm</translation>
    </message>
    <message>
        <source>An entry is flagged when its highest and lowest member totals lie further apart than this.</source>
        <translation>Sáng kiến được đánh dấu khi tổng điểm cao nhất và thấp nhất của các thành viên chênh nhau hơn mức này.</translation>
    </message>
    <message>
        <source>&amp;Score of an entry:</source>
        <translation>Điểm của &amp;sáng kiến:</translation>
    </message>
    <message>
        <source>&amp;Disagreement above:</source>
        <translation>Chênh lệch &amp;vượt quá:</translation>
    </message>
    <message>
        <source>Change how entries are scored?</source>
        <translation>Đổi cách tính điểm sáng kiến?</translation>
    </message>
    <message>
        <source>An award proposal is already applied. With the new setting the ranking changes, but the stored awards stay until the proposal is made again. The change goes into the trail. Change it?</source>
        <translation>Đề xuất khen thưởng đã được áp dụng. Với thiết lập mới, bảng xếp hạng thay đổi nhưng các khen thưởng đã lưu giữ nguyên cho đến khi lập lại đề xuất. Thay đổi được ghi vào nhật ký. Vẫn đổi?</translation>
    </message>
</context>
<context>
    <name>sangkien::CertificateLayoutDialog</name>
    <message>
        <source>Name</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <source>Position and unit</source>
        <translation>Chức vụ và đơn vị</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do khen</translation>
    </message>
    <message>
        <source>Decision number and date</source>
        <translation>Số và ngày quyết định</translation>
    </message>
    <message>
        <source>Place and date</source>
        <translation>Địa danh và ngày</translation>
    </message>
    <message>
        <source>Chairman&apos;s certificate (Bằng khen)</source>
        <translation>Bằng khen của Chủ tịch UBND tỉnh</translation>
    </message>
    <message>
        <source>Director&apos;s certificate (Giấy khen)</source>
        <translation>Giấy khen của Giám đốc Sở</translation>
    </message>
    <message>
        <source>Certificate Layout</source>
        <translation>Bố cục giấy khen</translation>
    </message>
    <message>
        <source>Where each text goes on the office&apos;s pre-printed blank, in millimetres from the paper&apos;s top-left corner. Print the test page on a sheet of plain paper and hold it against a blank to check.</source>
        <translation>Vị trí từng nội dung trên phôi in sẵn của cơ quan, tính bằng milimét từ góc trên bên trái tờ giấy. In trang in thử ra giấy trắng rồi đặt chồng lên phôi để kiểm tra.</translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation>&amp;Hình thức:</translation>
    </message>
    <message>
        <source>&amp;Paper (width × height):</source>
        <translation>&amp;Khổ giấy (rộng × cao):</translation>
    </message>
    <message>
        <source>Boxes</source>
        <translation>Các ô</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>From left</source>
        <translation>Cách trái</translation>
    </message>
    <message>
        <source>From top</source>
        <translation>Cách trên</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Rộng</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Cao</translation>
    </message>
    <message>
        <source>Font size</source>
        <translation>Cỡ chữ</translation>
    </message>
    <message>
        <source>&amp;Test Page…</source>
        <translation>In &amp;thử…</translation>
    </message>
    <message>
        <source>Print the boxes&apos; frames with their names and a millimetre scale, to hold against a blank</source>
        <translation>In khung các ô kèm tên và thước milimét, để đặt chồng lên phôi</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Test Page: %1</source>
        <translation>Trang in thử: %1</translation>
    </message>
</context>
<context>
    <name>sangkien::CertificatePrintDialog</name>
    <message>
        <source>Print Certificates</source>
        <translation>In giấy khen</translation>
    </message>
    <message>
        <source>One certificate per awardee of an issued decision, printed onto the office&apos;s pre-printed blanks. The chairman&apos;s certificates print once the province&apos;s decision on the proposal is recorded, for the entries it awarded.</source>
        <translation>Mỗi người được khen một giấy khen theo quyết định đã ban hành, in lên phôi in sẵn của cơ quan. Bằng khen của Chủ tịch UBND tỉnh chỉ in sau khi ghi nhận quyết định của tỉnh đối với tờ trình, cho các hồ sơ được tỉnh khen thưởng.</translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation>&amp;Hình thức:</translation>
    </message>
    <message>
        <source>&amp;Issued version:</source>
        <translation>&amp;Phiên bản đã ban hành:</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Xem trước bản &amp;in…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Xuất P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Layout…</source>
        <translation>&amp;Bố cục…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Đó&amp;ng</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Phiên bản %1</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s), with %1.</source>
        <translation>
            <numerusform>%n giấy khen, theo %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print Preview: %1</source>
        <translation>Xem trước bản in: %1</translation>
    </message>
    <message>
        <source>Export Certificates</source>
        <translation>Xuất giấy khen</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Văn bản PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot write the certificates</source>
        <translation>Không ghi được giấy khen</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Đã ghi %1.</translation>
    </message>
</context>
<context>
    <name>sangkien::ChangeStatusCommand</name>
    <message>
        <source>%1: &quot;%2&quot; to &quot;%3&quot;</source>
        <translation>%1: &quot;%2&quot; sang &quot;%3&quot;</translation>
    </message>
    <message>
        <source>Cannot undo the status change: %1</source>
        <translation>Không hoàn tác được việc chuyển trạng thái: %1</translation>
    </message>
    <message>
        <source>Cannot undo: %1</source>
        <translation>Không hoàn tác được: %1</translation>
    </message>
</context>
<context>
    <name>sangkien::CoAuthorsEditor</name>
    <message>
        <source>&amp;Add co-author</source>
        <translation>&amp;Thêm đồng tác giả</translation>
    </message>
    <message>
        <source>Adds a row for one more co-author (Space or Enter)</source>
        <translation>Thêm một dòng cho một đồng tác giả nữa (Space hoặc Enter)</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Co-author&apos;s full name</source>
        <translation>Họ và tên đồng tác giả</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Co-author&apos;s position</source>
        <translation>Chức vụ của đồng tác giả</translation>
    </message>
    <message>
        <source>Unit (type to search)</source>
        <translation>Đơn vị (gõ để tìm)</translation>
    </message>
    <message>
        <source>Co-author&apos;s unit</source>
        <translation>Đơn vị của đồng tác giả</translation>
    </message>
    <message>
        <source>Co-author&apos;s share of contribution</source>
        <translation>Tỷ lệ đóng góp của đồng tác giả</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Tỷ lệ</translation>
    </message>
    <message>
        <source>No co-authors: the nominee is the sole author.</source>
        <translation>Không có đồng tác giả: người được đề nghị là tác giả duy nhất.</translation>
    </message>
    <message>
        <source>Total: %1%</source>
        <translation>Tổng: %1%</translation>
    </message>
</context>
<context>
    <name>sangkien::CouncilDialog</name>
    <message>
        <source>Chair</source>
        <translation>Chủ tịch</translation>
    </message>
    <message>
        <source>Vice-chair</source>
        <translation>Phó Chủ tịch</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Thư ký</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Thành viên</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Gỡ &amp;bỏ</translation>
    </message>
    <message>
        <source>Add &amp;conflict…</source>
        <translation>Thêm &amp;xung đột…</translation>
    </message>
    <message>
        <source>Council</source>
        <translation>Hội đồng</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Chấm điểm</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Conflict of interest</source>
        <translation>Xung đột lợi ích</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Thêm…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Exclude the member from the selected entry, or lift a conflict, with a reason</source>
        <translation>Không cho thành viên chấm hồ sơ đang chọn, hoặc gỡ bỏ xung đột lợi ích, kèm theo lý do</translation>
    </message>
    <message>
        <source>A member who has score sheets stays on the council</source>
        <translation>Thành viên đã có phiếu chấm điểm không thể bị xóa khỏi Hội đồng</translation>
    </message>
    <message>
        <source>&amp;Members of the council:</source>
        <translation>Thành &amp;viên Hội đồng:</translation>
    </message>
    <message>
        <source>&amp;Entries %1 scores:</source>
        <translation>&amp;Hồ sơ do %1 chấm:</translation>
    </message>
    <message>
        <source>&amp;Entries</source>
        <translation>&amp;Hồ sơ</translation>
    </message>
    <message>
        <source>Conflict added: %1</source>
        <translation>Đã thêm xung đột: %1</translation>
    </message>
    <message>
        <source>Conflict lifted: %1</source>
        <translation>Đã gỡ xung đột: %1</translation>
    </message>
    <message>
        <source>The council has no members yet. Add the chair, the vice-chair, the secretary and the members.</source>
        <translation>Hội đồng chưa có thành viên nào. Hãy thêm Chủ tịch, Phó Chủ tịch, Thư ký và các thành viên.</translation>
    </message>
    <message>
        <source>No assignment: every member scores every entry. Untick the entries this member does not score.</source>
        <translation>Chưa phân công: mọi thành viên đều chấm tất cả hồ sơ. Hãy bỏ chọn những hồ sơ thành viên này không chấm.</translation>
    </message>
    <message>
        <source>Scores %1 of %2 entries.</source>
        <translation>Chấm %1/%2 hồ sơ.</translation>
    </message>
    <message>
        <source>%1 entries are excluded by a conflict of interest (greyed).</source>
        <translation>%1 hồ sơ bị loại trừ do xung đột lợi ích (tô xám).</translation>
    </message>
    <message>
        <source>Lift &amp;conflict…</source>
        <translation>Gỡ &amp;xung đột…</translation>
    </message>
    <message>
        <source>Select a member and an entry first.</source>
        <translation>Hãy chọn một thành viên và một hồ sơ trước.</translation>
    </message>
    <message>
        <source>%1 is scored by this member.</source>
        <translation>Thành viên này chấm hồ sơ %1.</translation>
    </message>
    <message>
        <source>%1 is no longer scored by this member.</source>
        <translation>Thành viên này không còn chấm hồ sơ %1.</translation>
    </message>
    <message>
        <source>Conflict with %1 recorded.</source>
        <translation>Đã ghi nhận xung đột lợi ích với hồ sơ %1.</translation>
    </message>
    <message>
        <source>Conflict with %1 lifted.</source>
        <translation>Đã gỡ xung đột lợi ích với hồ sơ %1.</translation>
    </message>
    <message>
        <source>%1 added to the council.</source>
        <translation>Đã thêm %1 vào Hội đồng.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
    <message>
        <source>%1 removed from the council.</source>
        <translation>Đã xóa %1 khỏi Hội đồng.</translation>
    </message>
    <message>
        <source>New council member</source>
        <translation>Thành viên Hội đồng mới</translation>
    </message>
    <message>
        <source>Cannot add the member</source>
        <translation>Không thêm được thành viên</translation>
    </message>
    <message>
        <source>Cannot save the member</source>
        <translation>Không lưu được thành viên</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Xóa thành viên</translation>
    </message>
    <message>
        <source>Remove %1 from the council?</source>
        <translation>Xóa %1 khỏi Hội đồng?</translation>
    </message>
    <message>
        <source>Cannot remove the member</source>
        <translation>Không xóa được thành viên</translation>
    </message>
    <message>
        <source>Add a conflict of interest</source>
        <translation>Thêm xung đột lợi ích</translation>
    </message>
    <message>
        <source>Lift the conflict of interest</source>
        <translation>Gỡ xung đột lợi ích</translation>
    </message>
    <message>
        <source>Why does %1 not score %2?</source>
        <translation>Vì sao %1 không chấm hồ sơ %2?</translation>
    </message>
    <message>
        <source>Why may %1 score %2 after all?</source>
        <translation>Vì sao %1 vẫn được chấm hồ sơ %2?</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Chưa thực hiện được</translation>
    </message>
    <message>
        <source>(read-only)</source>
        <translation>(chỉ đọc)</translation>
    </message>
</context>
<context>
    <name>sangkien::CouncilMemberForm</name>
    <message>
        <source>e.g. Deputy Director of the Department</source>
        <translation>ví dụ: Phó Giám đốc Sở</translation>
    </message>
    <message>
        <source>Type part of the name, accents optional</source>
        <translation>Gõ một phần của tên, có thể gõ không dấu</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>Vai &amp;trò:</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Chức vụ:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>Đơn &amp;vị:</translation>
    </message>
    <message>
        <source>Council member</source>
        <translation>Thành viên Hội đồng</translation>
    </message>
    <message>
        <source>No unit is called &quot;%1&quot;; add it in Campaign → Units first.</source>
        <translation>Không có đơn vị nào tên &quot;%1&quot;; hãy thêm đơn vị tại Phong trào → Đơn vị trước.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches %2 units; choose one from the list.</source>
        <translation>&quot;%1&quot; khớp với %2 đơn vị; hãy chọn một đơn vị trong danh sách.</translation>
    </message>
</context>
<context>
    <name>sangkien::CreateEntryCommand</name>
    <message>
        <source>New entry &quot;%1&quot;</source>
        <translation>thêm hồ sơ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>New entry %1</source>
        <translation>thêm hồ sơ %1</translation>
    </message>
    <message>
        <source>Cannot undo: %1</source>
        <translation>Không hoàn tác được: %1</translation>
    </message>
</context>
<context>
    <name>sangkien::CriteriaModel</name>
    <message>
        <source>The criteria are locked: scores have already been entered.</source>
        <translation>Tiêu chí đã bị khóa: đã có điểm chấm.</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <source>Max points</source>
        <translation>Điểm tối đa</translation>
    </message>
    <message>
        <source>Min points</source>
        <translation>Điểm tối thiểu</translation>
    </message>
    <message>
        <source>A criterion needs a code.</source>
        <translation>Tiêu chí phải có mã.</translation>
    </message>
    <message>
        <source>Another criterion already has the code %1.</source>
        <translation>Đã có tiêu chí khác mang mã %1.</translation>
    </message>
    <message>
        <source>A criterion needs a name.</source>
        <translation>Tiêu chí phải có tên.</translation>
    </message>
    <message>
        <source>The maximum must be a number greater than zero.</source>
        <translation>Điểm tối đa phải là số lớn hơn 0.</translation>
    </message>
    <message>
        <source>The maximum cannot be below the minimum (%1).</source>
        <translation>Điểm tối đa không được nhỏ hơn điểm tối thiểu (%1).</translation>
    </message>
    <message>
        <source>The minimum must be a number of zero or more.</source>
        <translation>Điểm tối thiểu phải là số từ 0 trở lên.</translation>
    </message>
    <message>
        <source>The minimum cannot exceed the maximum (%1).</source>
        <translation>Điểm tối thiểu không được vượt quá điểm tối đa (%1).</translation>
    </message>
    <message>
        <source>New criterion</source>
        <translation>Tiêu chí mới</translation>
    </message>
</context>
<context>
    <name>sangkien::DateField</name>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>nn/tt/nnnn</translation>
    </message>
    <message>
        <source>Type the date as dd/mm/yyyy, with or without the slashes (02032024). F4 opens a calendar.</source>
        <translation>Gõ ngày theo dạng ngày/tháng/năm (dd/mm/yyyy), có hoặc không có dấu gạch chéo (02032024). Phím F4 mở lịch.</translation>
    </message>
    <message>
        <source>Pick the date on a calendar (F4)</source>
        <translation>Chọn ngày trên lịch (F4)</translation>
    </message>
    <message>
        <source>%1 is too early: the earliest date here is %2.</source>
        <translation>Ngày %1 quá sớm: ngày sớm nhất được nhập ở đây là %2.</translation>
    </message>
    <message>
        <source>%1 is too late: the latest date here is %2.</source>
        <translation>Ngày %1 quá muộn: ngày muộn nhất được nhập ở đây là %2.</translation>
    </message>
    <message>
        <source>Type the date as dd/mm/yyyy.</source>
        <translation>Hãy nhập ngày theo dạng ngày/tháng/năm (dd/mm/yyyy).</translation>
    </message>
    <message>
        <source>“%1” is not a date: type it as dd/mm/yyyy, for example 02/03/2024 or 02032024.</source>
        <translation>“%1” không phải là ngày: hãy gõ theo dạng ngày/tháng/năm, ví dụ 02/03/2024 hoặc 02032024.</translation>
    </message>
    <message>
        <source>There is no month %1: the day comes first, then the month (dd/mm/yyyy).</source>
        <translation>Không có tháng %1: ngày viết trước, tháng viết sau (dd/mm/yyyy).</translation>
    </message>
    <message>
        <source>%1/%2/%3 does not exist: that month has %4 days.</source>
        <translation>Không có ngày %1/%2/%3: tháng đó chỉ có %4 ngày.</translation>
    </message>
</context>
<context>
    <name>sangkien::DecisionDetailsDialog</name>
    <message>
        <source>The Decision&apos;s Number, Date and Signer</source>
        <translation>Số, ngày ban hành và người ký quyết định</translation>
    </message>
    <message>
        <source>The Proposal&apos;s Number, Date and Signer</source>
        <translation>Số, ngày ban hành và người ký tờ trình</translation>
    </message>
    <message>
        <source>The decision awarding the director&apos;s certificate is printed with these details, and they are stored with it.</source>
        <translation>Quyết định tặng Giấy khen của Giám đốc Sở được in với các thông tin này, và các thông tin này được lưu cùng quyết định.</translation>
    </message>
    <message>
        <source>The proposal to the chairman is printed with these details, and they are stored with it.</source>
        <translation>Tờ trình đề nghị Chủ tịch UBND tỉnh khen thưởng được in với các thông tin này, và các thông tin này được lưu cùng tờ trình.</translation>
    </message>
    <message>
        <source>e.g. 125</source>
        <translation>ví dụ: 125</translation>
    </message>
    <message>
        <source>Full name of the person who signs</source>
        <translation>Họ và tên người ký</translation>
    </message>
    <message>
        <source>Write the document&apos;s number.</source>
        <translation>Hãy ghi số của văn bản.</translation>
    </message>
    <message>
        <source>Write only the number; the symbol after the slash is added.</source>
        <translation>Chỉ ghi số; ký hiệu sau dấu gạch chéo sẽ được tự động thêm vào.</translation>
    </message>
    <message>
        <source>Write the document&apos;s date as dd/MM/yyyy.</source>
        <translation>Hãy ghi ngày của văn bản theo dạng dd/MM/yyyy.</translation>
    </message>
    <message>
        <source>Write the name of the person who signs.</source>
        <translation>Hãy ghi họ tên người ký.</translation>
    </message>
</context>
<context>
    <name>sangkien::DeleteEntryCommand</name>
    <message>
        <source>Delete entry %1</source>
        <translation>xóa hồ sơ %1</translation>
    </message>
    <message>
        <source>Cannot undo: %1</source>
        <translation>Không hoàn tác được: %1</translation>
    </message>
</context>
<context>
    <name>sangkien::EditEntryCommand</name>
    <message>
        <source>Edit entry %1</source>
        <translation>sửa hồ sơ %1</translation>
    </message>
    <message>
        <source>Cannot undo: %1</source>
        <translation>Không hoàn tác được: %1</translation>
    </message>
</context>
<context>
    <name>sangkien::EntriesModel</name>
    <message>
        <source>Initiative</source>
        <translation>Sáng kiến</translation>
    </message>
    <message>
        <source>Technical improvement</source>
        <translation>Cải tiến kỹ thuật</translation>
    </message>
    <message>
        <source>Useful solution</source>
        <translation>Giải pháp hữu ích</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Đã tiếp nhận</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Đủ hồ sơ</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Trả lại</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>Đang thẩm định</translation>
    </message>
    <message>
        <source>Scored</source>
        <translation>Đã chấm điểm</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Đã đề nghị</translation>
    </message>
    <message>
        <source>Awarded</source>
        <translation>Được khen thưởng</translation>
    </message>
    <message>
        <source>Not awarded</source>
        <translation>Không khen thưởng</translation>
    </message>
    <message>
        <source>Collective</source>
        <translation>Tập thể</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Cá nhân</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tên sáng kiến</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Nominee</source>
        <translation>Tập thể/cá nhân</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Tác giả</translation>
    </message>
</context>
<context>
    <name>sangkien::EntriesView</name>
    <message>
        <source>Search by code, title, nominee, unit or author (Ctrl+F)</source>
        <translation>Tìm theo mã, tên sáng kiến, tập thể/cá nhân, đơn vị hoặc tác giả (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search entries</source>
        <translation>Tìm hồ sơ</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>Tìm &amp;kiếm:</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Cột hiển thị</translation>
    </message>
</context>
<context>
    <name>sangkien::EntryEditorDialog</name>
    <message>
        <source>The initiative&apos;s name as the application writes it</source>
        <translation>Tên sáng kiến ghi đúng như trong đơn</translation>
    </message>
    <message>
        <source>Choose 1.a to 4.b (type the code)</source>
        <translation>Chọn từ 1.a đến 4.b (gõ mã)</translation>
    </message>
    <message>
        <source>What the initiative is and what it changes</source>
        <translation>Nội dung sáng kiến và những thay đổi sáng kiến mang lại</translation>
    </message>
    <message>
        <source>e.g. within the unit, across the sector, province-wide</source>
        <translation>ví dụ: trong đơn vị, trong toàn ngành, trên toàn tỉnh</translation>
    </message>
    <message>
        <source>Within the unit</source>
        <translation>Trong đơn vị</translation>
    </message>
    <message>
        <source>Across the sector</source>
        <translation>Trong toàn ngành</translation>
    </message>
    <message>
        <source>Province-wide</source>
        <translation>Trên toàn tỉnh</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Sáng kiến</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>Tên &amp;sáng kiến:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>L&amp;oại:</translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation>&amp;Lĩnh vực:</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>Tó&amp;m tắt:</translation>
    </message>
    <message>
        <source>&amp;First applied on:</source>
        <translation>Ngày áp &amp;dụng lần đầu:</translation>
    </message>
    <message>
        <source>Sc&amp;ope of effect:</source>
        <translation>&amp;Phạm vi ảnh hưởng:</translation>
    </message>
    <message>
        <source>&amp;Economic benefit:</source>
        <translation>Hiệu &amp;quả kinh tế:</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Cá nhân</translation>
    </message>
    <message>
        <source>Collective</source>
        <translation>Tập thể</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Nam</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <source>e.g. Deputy Head of Office</source>
        <translation>ví dụ: Phó Chánh Văn phòng</translation>
    </message>
    <message>
        <source>Type part of the name, accents optional</source>
        <translation>Gõ một phần của tên, có thể gõ không dấu</translation>
    </message>
    <message>
        <source>Nominee</source>
        <translation>Tập thể/cá nhân được đề nghị</translation>
    </message>
    <message>
        <source>&amp;Nominee is:</source>
        <translation>Đố&amp;i tượng:</translation>
    </message>
    <message>
        <source>Full na&amp;me:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <source>&amp;Birth year:</source>
        <translation>&amp;Năm sinh:</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>&amp;Giới tính:</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Chức vụ:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>Đơn &amp;vị:</translation>
    </message>
    <message>
        <source>Co-authors and shares of contribution</source>
        <translation>Đồng tác giả và tỷ lệ đóng góp</translation>
    </message>
    <message>
        <source>Space ticks the paper under the cursor</source>
        <translation>Nhấn Space để đánh dấu giấy tờ đang chọn</translation>
    </message>
    <message>
        <source>Attach &amp;file…</source>
        <translation>Đính &amp;kèm tệp…</translation>
    </message>
    <message>
        <source>O&amp;pen</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Gỡ &amp;bỏ</translation>
    </message>
    <message>
        <source>Documents received</source>
        <translation>Thành phần hồ sơ</translation>
    </message>
    <message>
        <source>Recei&amp;ved on:</source>
        <translation>Ngà&amp;y tiếp nhận:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Trạng thái:</translation>
    </message>
    <message>
        <source>Papers:</source>
        <translation>Giấy tờ:</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Tệp đính kèm:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Lư&amp;u</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <source>Entry %1</source>
        <translation>Hồ sơ %1</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Hồ sơ mới</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches %2 units; pick one from the list.</source>
        <translation>&quot;%1&quot; khớp với %2 đơn vị; hãy chọn một đơn vị trong danh sách.</translation>
    </message>
    <message>
        <source>No unit is called &quot;%1&quot;; pick one from the list or add it under Campaign → Units.</source>
        <translation>Không có đơn vị nào tên &quot;%1&quot;; hãy chọn trong danh sách hoặc thêm đơn vị tại Phong trào → Đơn vị.</translation>
    </message>
    <message>
        <source>Type the amount in digits, with or without dots: 1.250.000.000.</source>
        <translation>Nhập số tiền bằng chữ số, có hoặc không có dấu chấm: 1.250.000.000.</translation>
    </message>
    <message>
        <source>Co-author %1 — no such unit; pick one from the list.</source>
        <translation>Đồng tác giả %1 — không có đơn vị này; hãy chọn trong danh sách.</translation>
    </message>
    <message>
        <source>Ready to save.</source>
        <translation>Đã sẵn sàng để lưu.</translation>
    </message>
    <message>
        <source>Cannot save yet (%1 to fix): %2</source>
        <translation>Chưa lưu được (còn %1 lỗi cần sửa): %2</translation>
    </message>
    <message>
        <source>Collective&apos;s na&amp;me:</source>
        <translation>Tên tập t&amp;hể:</translation>
    </message>
    <message>
        <source>Family, middle and given name</source>
        <translation>Họ, tên đệm và tên</translation>
    </message>
    <message>
        <source>e.g. Phòng Hành chính – Tổng hợp</source>
        <translation>ví dụ: Phòng Hành chính – Tổng hợp</translation>
    </message>
    <message>
        <source>%1 “%2” — %3</source>
        <translation>%1 “%2” — %3</translation>
    </message>
    <message>
        <source>(in %1)</source>
        <translation>(trong %1)</translation>
    </message>
    <message>
        <source>Possible duplicate: this looks like an entry already recorded. Check before saving.</source>
        <translation>Có thể trùng hồ sơ: hồ sơ này giống một hồ sơ đã được ghi nhận. Hãy kiểm tra trước khi lưu.</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Có thể trùng hồ sơ</translation>
    </message>
    <message>
        <source>Save anyway?</source>
        <translation>Vẫn lưu?</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Đính kèm tệp</translation>
    </message>
    <message>
        <source>Cannot attach the file</source>
        <translation>Không đính kèm được tệp</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>Không mở được tệp</translation>
    </message>
    <message>
        <source>%1  (%2, attached when saved)</source>
        <translation>%1  (%2, sẽ đính kèm khi lưu)</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Chưa lưu được: %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>(read-only)</source>
        <translation>(chỉ đọc)</translation>
    </message>
    <message>
        <source>The changes to entry %1 are not saved.</source>
        <translation>Những thay đổi của hồ sơ %1 chưa được lưu.</translation>
    </message>
    <message>
        <source>The new entry is not saved.</source>
        <translation>Hồ sơ mới chưa được lưu.</translation>
    </message>
    <message>
        <source>Unsaved entry</source>
        <translation>Hồ sơ chưa lưu</translation>
    </message>
    <message>
        <source>Save them?</source>
        <translation>Có lưu lại không?</translation>
    </message>
</context>
<context>
    <name>sangkien::FilterBar</name>
    <message>
        <source>All statuses</source>
        <translation>Tất cả trạng thái</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Tất cả lĩnh vực</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tất cả các loại</translation>
    </message>
    <message>
        <source>All unit kinds</source>
        <translation>Tất cả loại đơn vị</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>Tất cả huyện</translation>
    </message>
    <message>
        <source>Saved views…</source>
        <translation>Bộ lọc đã lưu…</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Bỏ lọc</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Lọc theo trạng thái</translation>
    </message>
    <message>
        <source>Filter by category</source>
        <translation>Lọc theo lĩnh vực</translation>
    </message>
    <message>
        <source>Filter by kind</source>
        <translation>Lọc theo loại</translation>
    </message>
    <message>
        <source>Filter by unit kind</source>
        <translation>Lọc theo loại đơn vị</translation>
    </message>
    <message>
        <source>Filter by district</source>
        <translation>Lọc theo huyện</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Bộ lọc đã lưu</translation>
    </message>
    <message>
        <source>Fi&amp;lter:</source>
        <translation>&amp;Lọc:</translation>
    </message>
    <message>
        <source>Save the search and filters as a named view</source>
        <translation>Lưu từ khóa tìm kiếm và các điều kiện lọc thành một bộ lọc có tên</translation>
    </message>
    <message>
        <source>Delete the chosen saved view</source>
        <translation>Xóa bộ lọc đã lưu đang chọn</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Lưu bộ lọc</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation>Xóa bộ lọc</translation>
    </message>
</context>
<context>
    <name>sangkien::HelpWindow</name>
    <message>
        <source>User Guide</source>
        <translation>Hướng dẫn sử dụng</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>sangkien::HistoryDialog</name>
    <message>
        <source>Records across the Years</source>
        <translation>Hồ sơ qua các năm</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;họn…</translation>
    </message>
    <message>
        <source>Campaign &amp;folder:</source>
        <translation>&amp;Thư mục phong trào:</translation>
    </message>
    <message>
        <source>a &amp;unit</source>
        <translation>một đơn &amp;vị</translation>
    </message>
    <message>
        <source>a &amp;person</source>
        <translation>một &amp;người</translation>
    </message>
    <message>
        <source>Look for:</source>
        <translation>Tìm:</translation>
    </message>
    <message>
        <source>A name, accents optional, in any order (e.g. nhu quynh, hang le thi)</source>
        <translation>Tên, có dấu hoặc không dấu, theo thứ tự bất kỳ (ví dụ nhu quynh, hang le thi)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>Tìm &amp;kiếm</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>T&amp;ên:</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã hồ sơ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tên sáng kiến</translation>
    </message>
    <message>
        <source>Nominee</source>
        <translation>Tập thể/cá nhân</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Hạng</translation>
    </message>
    <message>
        <source>Award</source>
        <translation>Khen thưởng / trạng thái</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>A campaign file in the folder</source>
        <translation>Một tệp phong trào trong thư mục</translation>
    </message>
    <message>
        <source>Campaign files (*.sangkien)</source>
        <translation>Tệp phong trào (*.sangkien)</translation>
    </message>
    <message>
        <source>author</source>
        <translation>tác giả</translation>
    </message>
    <message>
        <source>nominee</source>
        <translation>người được đề nghị</translation>
    </message>
    <message>
        <source>now %1</source>
        <translation>nay là %1</translation>
    </message>
    <message>
        <source>%1 entries in %2 campaign files.</source>
        <translation>%1 hồ sơ trong %2 tệp phong trào.</translation>
    </message>
    <message>
        <source>Not read: %1 (%2).</source>
        <translation>Không đọc được: %1 (%2).</translation>
    </message>
</context>
<context>
    <name>sangkien::HistoryPanel</name>
    <message>
        <source>When / what</source>
        <translation>Thời gian / nội dung</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Giá trị cũ</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Giá trị mới</translation>
    </message>
    <message>
        <source>Select an entry to see who changed what.</source>
        <translation>Chọn một hồ sơ để xem ai đã thay đổi nội dung gì.</translation>
    </message>
    <message>
        <source>%1 field(s) changed</source>
        <translation>%1 mục thay đổi</translation>
    </message>
    <message>
        <source>No change recorded yet.</source>
        <translation>Chưa có thay đổi nào được ghi nhận.</translation>
    </message>
    <message>
        <source>History of %1: %2 change(s)</source>
        <translation>Lịch sử của %1: %2 lần thay đổi</translation>
    </message>
    <message>
        <source>created</source>
        <translation>tạo mới</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>sửa</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>xóa</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>khôi phục</translation>
    </message>
    <message>
        <source>status changed</source>
        <translation>chuyển trạng thái</translation>
    </message>
    <message>
        <source>papers checked</source>
        <translation>cập nhật giấy tờ đã nhận</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>nhập từ tệp</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tên sáng kiến</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Tóm tắt</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Ngày tiếp nhận</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Reason for returning</source>
        <translation>Lý do trả lại</translation>
    </message>
    <message>
        <source>First applied on</source>
        <translation>Ngày áp dụng lần đầu</translation>
    </message>
    <message>
        <source>Scope of effect</source>
        <translation>Phạm vi ảnh hưởng</translation>
    </message>
    <message>
        <source>Economic benefit</source>
        <translation>Hiệu quả kinh tế</translation>
    </message>
    <message>
        <source>Nominee is</source>
        <translation>Đối tượng</translation>
    </message>
    <message>
        <source>Nominee</source>
        <translation>Tập thể/cá nhân được đề nghị</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Năm sinh</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Co-authors</source>
        <translation>Đồng tác giả</translation>
    </message>
    <message>
        <source>received</source>
        <translation>đã nhận</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>còn thiếu</translation>
    </message>
</context>
<context>
    <name>sangkien::ImportPreviewModel</name>
    <message>
        <source>Nothing is read yet.</source>
        <translation>Chưa đọc dữ liệu.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Sẵn sàng</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n lỗi</numerusform>
        </translation>
    </message>
    <message>
        <source>Duplicate of %1</source>
        <translation>Trùng với %1</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>Đã nhập trước đó</translation>
    </message>
    <message>
        <source>Converted from %1.</source>
        <translation>Đã chuyển đổi từ %1.</translation>
    </message>
    <message>
        <source>Decomposed letters composed (NFC).</source>
        <translation>Đã chuyển từ Unicode tổ hợp sang Unicode dựng sẵn (NFC).</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Footer (not imported)</source>
        <translation>Phần cuối danh sách (không nhập)</translation>
    </message>
    <message>
        <source>The sheet&apos;s footer (signatures, place and date, totals, notes): not imported.</source>
        <translation>Phần cuối của bảng tính (chữ ký, địa danh và ngày tháng, dòng tổng cộng, ghi chú): không nhập.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Lỗi cần sửa</translation>
    </message>
</context>
<context>
    <name>sangkien::ImportWizard</name>
    <message>
        <source>Import a spreadsheet</source>
        <translation>Nhập dữ liệu từ bảng tính</translation>
    </message>
    <message>
        <source>Choose the spreadsheet</source>
        <translation>Chọn bảng tính</translation>
    </message>
    <message>
        <source>An .xlsx, .ods, .xls or .csv file sent by a unit. You can also drop it here.</source>
        <translation>Tệp .xlsx, .ods, .xls hoặc .csv do đơn vị gửi. Có thể kéo thả tệp vào đây.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Chọn tệp…</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xlsm *.ods *.xls *.csv *.tsv *.txt);;All files (*)</source>
        <translation>Bảng tính (*.xlsx *.xlsm *.ods *.xls *.csv *.tsv *.txt);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Saved column mapping (optional):</source>
        <translation>Mẫu ghép cột đã lưu (không bắt buộc):</translation>
    </message>
    <message>
        <source>Sheet and columns</source>
        <translation>Trang tính và các cột</translation>
    </message>
    <message>
        <source>Check what each column holds; change it with the column&apos;s list.</source>
        <translation>Kiểm tra nội dung của từng cột; có thể đổi bằng danh sách chọn của cột đó.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Cột</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Name of the mapping, e.g. “Mẫu các huyện 2024”</source>
        <translation>Tên mẫu ghép cột, ví dụ: “Mẫu các huyện 2024”</translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation>Lưu mẫu ghép cột</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Trang tính:</translation>
    </message>
    <message>
        <source>Headers on row:</source>
        <translation>Dòng tiêu đề:</translation>
    </message>
    <message>
        <source>Check every row</source>
        <translation>Kiểm tra từng dòng</translation>
    </message>
    <message>
        <source>Skip selected rows</source>
        <translation>Bỏ qua các dòng đã chọn</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Đã nhập xong</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Đang đọc %1…</translation>
    </message>
    <message>
        <source>%1 (hidden)</source>
        <translation>%1 (ẩn)</translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation>Hãy chọn tệp trước.</translation>
    </message>
    <message>
        <source>Give the mapping a name.</source>
        <translation>Hãy đặt tên cho mẫu ghép cột.</translation>
    </message>
    <message>
        <source>The folder cannot be created.</source>
        <translation>Không tạo được thư mục.</translation>
    </message>
    <message>
        <source>(detect the columns)</source>
        <translation>(tự nhận diện các cột)</translation>
    </message>
    <message>
        <source>%1 rows: %2 ready, %3 with problems, %4 duplicates, %5 already imported, %6 skipped.</source>
        <translation>%1 dòng: %2 sẵn sàng, %3 có lỗi, %4 trùng, %5 đã nhập trước đó, %6 bỏ qua.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Đang nhập…</translation>
    </message>
    <message>
        <source>%1 entries imported (%2 to %3); %4 duplicates and %5 skipped rows left out.
A backup of the campaign was taken first: %6</source>
        <translation>Đã nhập %1 hồ sơ (từ %2 đến %3); không nhập %4 hồ sơ trùng và %5 dòng bỏ qua.
Đã sao lưu phong trào trước khi nhập: %6</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Các cột</translation>
    </message>
    <message>
        <source>No column holds the initiative&apos;s title: choose it in the column mapping.</source>
        <translation>Không có cột nào chứa tên sáng kiến: hãy chọn cột đó trong phần ghép cột.</translation>
    </message>
    <message numerus="yes">
        <source>%n footer row(s) (signatures, notes, totals) left out.</source>
        <translation>
            <numerusform>%n dòng cuối danh sách (chữ ký, ghi chú, tổng cộng) được bỏ qua.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Red cells have problems, each said in the Problems column: fix them here (double-click), skip the row, or fix an unknown unit once for all its rows. Yellow cells were converted from TCVN3 or VNI; grey rows are the sheet&apos;s footer.</source>
        <translation>Ô màu đỏ có lỗi, nêu rõ ở cột Lỗi cần sửa: sửa ngay tại đây (nhấp đúp), bỏ qua dòng đó, hoặc sửa đơn vị chưa có một lần cho mọi dòng ghi đơn vị đó. Ô màu vàng đã được chuyển đổi từ bảng mã TCVN3 hoặc VNI; các dòng màu xám là phần cuối của bảng tính.</translation>
    </message>
    <message>
        <source>Only rows with problems</source>
        <translation>Chỉ hiện các dòng có lỗi</translation>
    </message>
    <message>
        <source>A unit of the campaign</source>
        <translation>Một đơn vị của phong trào</translation>
    </message>
    <message>
        <source>Use this unit in all its rows</source>
        <translation>Dùng đơn vị này cho mọi dòng</translation>
    </message>
    <message>
        <source>Create it as a new unit</source>
        <translation>Tạo thành đơn vị mới</translation>
    </message>
    <message>
        <source>Unknown unit:</source>
        <translation>Đơn vị chưa có:</translation>
    </message>
    <message>
        <source>is</source>
        <translation>là</translation>
    </message>
    <message>
        <source>Choose the unknown unit first.</source>
        <translation>Hãy chọn đơn vị chưa có trước.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” (%n row(s))</source>
        <translation>
            <numerusform>“%1” (%n dòng)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sangkien::MainWindow</name>
    <message>
        <source>Campaign files (*.%1)</source>
        <translation>Tệp phong trào (*.%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>No campaign is open. Create a new one from the 2024 plan, or open an existing campaign file.</source>
        <translation>Chưa mở phong trào nào. Hãy tạo phong trào mới theo Kế hoạch năm 2024, hoặc mở một tệp phong trào đã có.</translation>
    </message>
    <message>
        <source>New campaign…</source>
        <translation>Tạo phong trào mới…</translation>
    </message>
    <message>
        <source>Open campaign…</source>
        <translation>Mở phong trào…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Mở…</translation>
    </message>
    <message>
        <source>Open a campaign file</source>
        <translation>Mở một tệp phong trào</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Mở &amp;gần đây</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Đó&amp;ng</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>Tìm &amp;kiếm</translation>
    </message>
    <message>
        <source>Cannot open the campaign</source>
        <translation>Không mở được phong trào</translation>
    </message>
    <message>
        <source>Cannot create the campaign</source>
        <translation>Không tạo được phong trào</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name, or open that file instead.</source>
        <translation>%1 đã tồn tại. Hãy chọn tên khác, hoặc mở tệp đó.</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>No campaign open</source>
        <translation>Chưa mở phong trào</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>%1 hồ sơ</translation>
    </message>
    <message>
        <source>%1 entries shown of %2</source>
        <translation>Đang hiển thị %1/%2 hồ sơ</translation>
    </message>
    <message>
        <source>Clear the List</source>
        <translation>Xóa danh sách</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>Tạo phong trào mới</translation>
    </message>
    <message>
        <source>Open campaign</source>
        <translation>Mở phong trào</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Lưu bộ lọc</translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation>Tên bộ lọc:</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Chưa thực hiện được</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Đã thực hiện: %1</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Lịch sử thay đổi</translation>
    </message>
    <message>
        <source>&amp;New Campaign…</source>
        <translation>&amp;Tạo phong trào mới…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>E&amp;ntry</source>
        <translation>&amp;Hồ sơ</translation>
    </message>
    <message>
        <source>&amp;New Entry…</source>
        <translation>&amp;Thêm hồ sơ…</translation>
    </message>
    <message>
        <source>Enter a new entry from its application form</source>
        <translation>Nhập hồ sơ mới theo đơn yêu cầu công nhận sáng kiến</translation>
    </message>
    <message>
        <source>&amp;Edit Entry…</source>
        <translation>&amp;Sửa hồ sơ…</translation>
    </message>
    <message>
        <source>Open the selected entry (Enter or F2)</source>
        <translation>Mở hồ sơ đang chọn (Enter hoặc F2)</translation>
    </message>
    <message>
        <source>Change &amp;Status…</source>
        <translation>&amp;Chuyển trạng thái…</translation>
    </message>
    <message>
        <source>Move the selected entries along the workflow</source>
        <translation>Chuyển trạng thái các hồ sơ đang chọn theo quy trình xử lý</translation>
    </message>
    <message>
        <source>&amp;Delete Entry…</source>
        <translation>&amp;Xóa hồ sơ…</translation>
    </message>
    <message>
        <source>&amp;History Panel</source>
        <translation>&amp;Lịch sử thay đổi</translation>
    </message>
    <message>
        <source>&amp;Campaign</source>
        <translation>&amp;Phong trào</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Thiết lập…</translation>
    </message>
    <message>
        <source>Facts, legal basis, criteria, quotas, pass ratio and quorum</source>
        <translation>Thông tin chung, căn cứ pháp lý, tiêu chí, số lượng khen thưởng, tỷ lệ thông qua và tỷ lệ dự họp</translation>
    </message>
    <message>
        <source>&amp;Units…</source>
        <translation>Đơn &amp;vị…</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <source>Cannot read the entries</source>
        <translation>Không đọc được danh sách hồ sơ</translation>
    </message>
    <message>
        <source>Cannot open the entry</source>
        <translation>Không mở được hồ sơ</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>Không xóa được</translation>
    </message>
    <message>
        <source>Delete entry %1 “%2”?</source>
        <translation>Xóa hồ sơ %1 “%2”?</translation>
    </message>
    <message>
        <source>Delete %1 entries?</source>
        <translation>Xóa %1 hồ sơ?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Ctrl+Z brings it back.</source>
        <translation>Có thể khôi phục bằng Ctrl+Z.</translation>
    </message>
    <message>
        <source>Delete %1 entries</source>
        <translation>xóa %1 hồ sơ</translation>
    </message>
    <message>
        <source>Cannot change the status</source>
        <translation>Không chuyển được trạng thái</translation>
    </message>
    <message>
        <source>&amp;Import from a Spreadsheet…</source>
        <translation>&amp;Nhập từ bảng tính…</translation>
    </message>
    <message>
        <source>Import the entries a unit sent as .xlsx, .ods, .xls or .csv</source>
        <translation>Nhập các hồ sơ đơn vị gửi dưới dạng .xlsx, .ods, .xls hoặc .csv</translation>
    </message>
    <message>
        <source>&amp;Restore a Backup…</source>
        <translation>&amp;Khôi phục bản sao lưu…</translation>
    </message>
    <message>
        <source>Put back a copy the program made on open, before an import or daily</source>
        <translation>Khôi phục một bản sao do chương trình tạo khi mở tệp, trước khi nhập dữ liệu hoặc hằng ngày</translation>
    </message>
    <message>
        <source>Campaign in use</source>
        <translation>Phong trào đang được sử dụng</translation>
    </message>
    <message>
        <source>%1

Open it read-only? You can look, search and print, but not change anything.</source>
        <translation>%1

Mở ở chế độ chỉ đọc? Bạn có thể xem, tìm kiếm và in, nhưng không thể thay đổi gì.</translation>
    </message>
    <message>
        <source>The campaign file is damaged and nothing was written to it:
%1

There is no good backup of it beside the file.</source>
        <translation>Tệp phong trào bị hỏng và chưa có gì được ghi vào tệp:
%1

Không có bản sao lưu tốt nào của tệp này ở cùng thư mục.</translation>
    </message>
    <message>
        <source>Damaged campaign file</source>
        <translation>Tệp phong trào bị hỏng</translation>
    </message>
    <message>
        <source>The campaign file is damaged and nothing was written to it:
%1

Restore the backup of %2 (%3 entries)? The damaged file is kept beside it as &quot;%4&quot;.</source>
        <translation>Tệp phong trào bị hỏng và chưa có gì được ghi vào tệp:
%1

Khôi phục bản sao lưu lúc %2 (%3 hồ sơ)? Tệp bị hỏng được giữ lại ở cùng thư mục với tên &quot;%4&quot;.</translation>
    </message>
    <message>
        <source>No backup was made</source>
        <translation>Chưa tạo được bản sao lưu</translation>
    </message>
    <message>
        <source>[read-only]</source>
        <translation>[chỉ đọc]</translation>
    </message>
    <message>
        <source>&amp;Council…</source>
        <translation>&amp;Hội đồng…</translation>
    </message>
    <message>
        <source>Council members, who scores which entry, conflicts of interest</source>
        <translation>Thành viên Hội đồng, phân công chấm hồ sơ, xung đột lợi ích</translation>
    </message>
    <message>
        <source>Enter &amp;Scores…</source>
        <translation>Nhập điểm &amp;chấm…</translation>
    </message>
    <message>
        <source>Type in a council member&apos;s paper score sheets</source>
        <translation>Nhập phiếu chấm điểm giấy của thành viên Hội đồng</translation>
    </message>
    <message>
        <source>&amp;Awards…</source>
        <translation>&amp;Khen thưởng…</translation>
    </message>
    <message>
        <source>Propose awards within the quotas, adjust them, print the decision</source>
        <translation>Đề xuất khen thưởng trong giới hạn số lượng, điều chỉnh và in quyết định</translation>
    </message>
    <message>
        <source>Cannot restore the backup</source>
        <translation>Không khôi phục được bản sao lưu</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <source>Replace the campaign with the backup %1? The current file is kept beside it as &quot;%2&quot;; Ctrl+Z cannot undo this.</source>
        <translation>Thay thế phong trào bằng bản sao lưu %1? Tệp hiện tại được giữ lại ở cùng thư mục với tên &quot;%2&quot;; không thể hoàn tác thao tác này bằng Ctrl+Z.</translation>
    </message>
    <message>
        <source>&amp;Users and Roles…</source>
        <translation>Người &amp;dùng và phân quyền…</translation>
    </message>
    <message>
        <source>Who works on this campaign: clerk, council secretary, administrator</source>
        <translation>Những người làm việc với phong trào này: văn thư, thư ký Hội đồng, quản trị viên</translation>
    </message>
    <message>
        <source>Nobody signed in.</source>
        <translation>Chưa có ai đăng nhập.</translation>
    </message>
    <message>
        <source>Review &amp;Packages and Returns…</source>
        <translation>&amp;Gói hồ sơ chấm điểm và kết quả chấm…</translation>
    </message>
    <message>
        <source>Send council members their entries to score away from the office, and merge their score returns</source>
        <translation>Gửi thành viên Hội đồng các hồ sơ để chấm điểm ngoài cơ quan, và nhập tệp kết quả chấm điểm của họ</translation>
    </message>
    <message>
        <source>Review packages (*.%1)</source>
        <translation>Gói hồ sơ chấm điểm (*.%1)</translation>
    </message>
    <message>
        <source>Council &amp;Meeting…</source>
        <translation>&amp;Phiên họp Hội đồng…</translation>
    </message>
    <message>
        <source>Who attended the council&apos;s meeting, its votes, and the minutes</source>
        <translation>Thành phần dự họp Hội đồng, kết quả bỏ phiếu và biên bản</translation>
    </message>
    <message>
        <source>Read-only: the file %1 cannot be written (it is marked read-only, or you may only read it).</source>
        <translation>Chỉ đọc: không ghi được vào tệp %1 (tệp được đặt thuộc tính chỉ đọc, hoặc bạn chỉ có quyền đọc).</translation>
    </message>
    <message>
        <source>Read-only: the folder %1 cannot be written, and the program needs to write its journal beside the campaign.</source>
        <translation>Chỉ đọc: không ghi được vào thư mục %1, trong khi chương trình cần ghi tệp nhật ký giao dịch cạnh tệp phong trào.</translation>
    </message>
    <message>
        <source>Read-only: another program is writing this campaign (%1). Close it there to make changes here.</source>
        <translation>Chỉ đọc: một chương trình khác đang ghi phong trào này (%1). Hãy đóng phong trào ở đó để sửa đổi tại đây.</translation>
    </message>
    <message>
        <source>Read-only: this campaign was opened for reading only.</source>
        <translation>Chỉ đọc: phong trào này được mở chỉ để xem.</translation>
    </message>
    <message>
        <source>Cannot change users</source>
        <translation>Không thay đổi được người dùng</translation>
    </message>
    <message>
        <source>Cannot exchange review packages</source>
        <translation>Không trao đổi được gói hồ sơ chấm điểm</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Không nhập được dữ liệu</translation>
    </message>
    <message>
        <source>Cannot enter scores</source>
        <translation>Không nhập được điểm chấm</translation>
    </message>
    <message>
        <source>Cannot record the meeting</source>
        <translation>Không ghi nhận được phiên họp</translation>
    </message>
    <message>
        <source>Opened read-only</source>
        <translation>Đã mở ở chế độ chỉ đọc</translation>
    </message>
    <message>
        <source>Council Pape&amp;rs</source>
        <translation>Giấ&amp;y tờ của Hội đồng</translation>
    </message>
    <message>
        <source>A score sheet for each member and each entry assigned to them</source>
        <translation>Mỗi thành viên một phiếu chấm cho từng hồ sơ được phân công</translation>
    </message>
    <message>
        <source>Each member&apos;s total, the aggregate, the rank and the flags of every entry</source>
        <translation>Tổng điểm của từng thành viên, điểm tổng hợp, xếp hạng và ghi chú của mỗi hồ sơ</translation>
    </message>
    <message>
        <source>&amp;Print Blank Score Sheets…</source>
        <translation>&amp;In phiếu chấm điểm trống…</translation>
    </message>
    <message>
        <source>The blank score sheets in the print preview, from which they print</source>
        <translation>Xem trước phiếu chấm điểm trống và in từ đó</translation>
    </message>
    <message>
        <source>Print the Su&amp;mmary of Scores…</source>
        <translation>In &amp;bảng tổng hợp kết quả chấm điểm…</translation>
    </message>
    <message>
        <source>The summary of scores in the print preview, from which it prints</source>
        <translation>Xem trước bảng tổng hợp kết quả chấm điểm và in từ đó</translation>
    </message>
    <message>
        <source>Save Blank &amp;Score Sheets (PDF, ODT)…</source>
        <translation>Lưu phiếu chấm điểm &amp;trống (PDF, ODT)…</translation>
    </message>
    <message>
        <source>Save the Summary of Scores (PDF, ODT)…</source>
        <translation>Lưu bảng tổng hợp kết quả chấm điểm (PDF, ODT)…</translation>
    </message>
    <message>
        <source>E&amp;xport to Excel</source>
        <translation>&amp;Xuất Excel</translation>
    </message>
    <message>
        <source>Start a campaign from a template of the province or from an earlier campaign (next year&apos;s)</source>
        <translation>Tạo phong trào theo mẫu của tỉnh hoặc từ phong trào năm trước</translation>
    </message>
    <message>
        <source>The %1 campaign was started from %2: %3 units, %4 criteria, %5 award forms and %6 council members were copied; no entries, scores or awards.</source>
        <translation>Đã tạo phong trào năm %1 từ %2: sao chép %3 đơn vị, %4 tiêu chí, %5 hình thức khen thưởng và %6 thành viên Hội đồng; không sao chép hồ sơ, điểm chấm và khen thưởng.</translation>
    </message>
    <message>
        <source>%1 units were replaced by their successors (merged or reorganised): %2.</source>
        <translation>%1 đơn vị được thay bằng đơn vị kế thừa (sáp nhập, sắp xếp lại): %2.</translation>
    </message>
    <message>
        <source>Records across the &amp;Years…</source>
        <translation>Hồ sơ qua các &amp;năm…</translation>
    </message>
    <message>
        <source>A unit&apos;s or a person&apos;s entries, scores and awards in every campaign file of the folder</source>
        <translation>Hồ sơ, điểm và khen thưởng của một đơn vị hay một người trong mọi tệp phong trào của thư mục</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>Tù&amp;y chọn…</translation>
    </message>
    <message>
        <source>The program&apos;s language, the office&apos;s campaign folder, the default signer</source>
        <translation>Ngôn ngữ của chương trình, thư mục chứa các phong trào của cơ quan, người ký mặc định</translation>
    </message>
    <message>
        <source>Open the Campaign&apos;s &amp;Folder</source>
        <translation>Mở thư mục chứa &amp;phong trào</translation>
    </message>
    <message>
        <source>Show the folder that holds the campaign file and its backups</source>
        <translation>Mở thư mục chứa tệp phong trào và các bản sao lưu</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Hướng dẫn sử dụng</translation>
    </message>
    <message>
        <source>&amp;About Sáng kiến</source>
        <translation>&amp;Giới thiệu Sáng kiến</translation>
    </message>
    <message>
        <source>Sáng kiến %1 — the emulation campaign for initiatives of the Department of Science and Technology.</source>
        <translation>Sáng kiến %1 — phần mềm quản lý phong trào thi đua sáng kiến của Sở Khoa học và Công nghệ.</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later.</source>
        <translation>Phần mềm tự do theo Giấy phép Công cộng GNU (GNU General Public License), phiên bản 3 trở lên.</translation>
    </message>
    <message>
        <source>Campaign file: %1</source>
        <translation>Tệp phong trào: %1</translation>
    </message>
    <message>
        <source>Backups: %1</source>
        <translation>Bản sao lưu: %1</translation>
    </message>
    <message>
        <source>No campaign is open.</source>
        <translation>Chưa mở phong trào nào.</translation>
    </message>
    <message>
        <source>Campaign folder: %1</source>
        <translation>Thư mục phong trào: %1</translation>
    </message>
    <message>
        <source>Program data (drafts, import mappings): %1</source>
        <translation>Dữ liệu chương trình (bản nháp chấm điểm, mẫu nhập bảng tính): %1</translation>
    </message>
    <message>
        <source>About Sáng kiến</source>
        <translation>Giới thiệu Sáng kiến</translation>
    </message>
    <message>
        <source>Cannot open the folder</source>
        <translation>Không mở được thư mục</translation>
    </message>
    <message>
        <source>The system could not show %1.</source>
        <translation>Hệ thống không mở được %1.</translation>
    </message>
    <message>
        <source>Support log: %1</source>
        <translation>Nhật ký hỗ trợ: %1</translation>
    </message>
    <message>
        <source>Re&amp;ports</source>
        <translation>&amp;Báo cáo</translation>
    </message>
    <message>
        <source>&amp;Interim Report…</source>
        <translation>Báo cáo &amp;sơ kết…</translation>
    </message>
    <message>
        <source>The interim report with this year&apos;s figures in the print preview</source>
        <translation>Báo cáo sơ kết với số liệu của năm trong bản xem trước khi in</translation>
    </message>
    <message>
        <source>&amp;Final Report…</source>
        <translation>Báo cáo &amp;tổng kết…</translation>
    </message>
    <message>
        <source>The final report with the scores and the awards in the print preview</source>
        <translation>Báo cáo tổng kết với điểm và khen thưởng trong bản xem trước khi in</translation>
    </message>
    <message>
        <source>Save the Interim Report (PDF, ODT)…</source>
        <translation>Lưu báo cáo sơ kết (PDF, ODT)…</translation>
    </message>
    <message>
        <source>Save the Final Report (PDF, ODT)…</source>
        <translation>Lưu báo cáo tổng kết (PDF, ODT)…</translation>
    </message>
    <message>
        <source>Report &amp;Texts…</source>
        <translation>&amp;Mẫu văn bản báo cáo…</translation>
    </message>
    <message>
        <source>The text around the figures of the reports, with its placeholders</source>
        <translation>Văn bản quanh số liệu của báo cáo, với các ô thay thế</translation>
    </message>
    <message>
        <source>The report texts are saved with the campaign.</source>
        <translation>Đã lưu mẫu văn bản báo cáo cùng phong trào.</translation>
    </message>
    <message>
        <source>&amp;Statistics…</source>
        <translation>&amp;Thống kê…</translation>
    </message>
    <message>
        <source>The year&apos;s figures as tables and charts, for a period, and the years of the campaign folder</source>
        <translation>Số liệu của năm thành bảng và biểu đồ, theo kỳ, và so sánh các năm trong thư mục phong trào</translation>
    </message>
    <message>
        <source>Cannot import the score return</source>
        <translation>Không nhập được tệp kết quả chấm điểm</translation>
    </message>
    <message>
        <source>The score return %1 is merged into the campaign it was scored for: open that campaign (File › Open), then Campaign › Review Packages and Returns.</source>
        <translation>Tệp kết quả chấm điểm %1 được nhập vào phong trào đã gửi gói hồ sơ chấm điểm: hãy mở phong trào đó (Tệp › Mở), rồi chọn Phong trào › Gói hồ sơ chấm điểm và kết quả chấm.</translation>
    </message>
</context>
<context>
    <name>sangkien::MeetingDialog</name>
    <message>
        <source>Council Meeting</source>
        <translation>Phiên họp Hội đồng</translation>
    </message>
    <message>
        <source>The meeting</source>
        <translation>Phiên họp</translation>
    </message>
    <message>
        <source>Meeting room of the Department</source>
        <translation>Phòng họp của Sở</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Ngày họp:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>Địa đ&amp;iểm:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Có mặt</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Chức danh</translation>
    </message>
    <message>
        <source>Reason for absence</source>
        <translation>Lý do vắng mặt</translation>
    </message>
    <message>
        <source>&amp;Record the Meeting</source>
        <translation>&amp;Ghi nhận phiên họp</translation>
    </message>
    <message>
        <source>&amp;New Meeting</source>
        <translation>Phiên họp &amp;mới</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Hạng</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tên sáng kiến</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Disagree</source>
        <translation>Không đồng ý</translation>
    </message>
    <message>
        <source>Blank</source>
        <translation>Phiếu trắng</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Record the &amp;Vote</source>
        <translation>Ghi nhận &amp;kết quả phiếu</translation>
    </message>
    <message>
        <source>Records the counts of the selected entry (Ctrl+Enter)</source>
        <translation>Ghi nhận số phiếu của sáng kiến đang chọn (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>%1 of %2 members present; the quorum is %3 (%4 of the council).</source>
        <translation>%1/%2 thành viên có mặt; số tối thiểu để họp hợp lệ là %3 (%4 số thành viên Hội đồng).</translation>
    </message>
    <message>
        <source>The meeting can vote.</source>
        <translation>Phiên họp đủ điều kiện bỏ phiếu.</translation>
    </message>
    <message>
        <source>Below the quorum: the meeting cannot vote.</source>
        <translation>Không đủ số thành viên: phiên họp không được bỏ phiếu.</translation>
    </message>
    <message>
        <source>Record the meeting first: who attended decides whether it can vote.</source>
        <translation>Hãy ghi nhận phiên họp trước: thành phần dự họp quyết định phiên họp có được bỏ phiếu hay không.</translation>
    </message>
    <message>
        <source>The council has no members yet: add them under Campaign › Council first.</source>
        <translation>Hội đồng chưa có thành viên: hãy thêm tại Phong trào › Hội đồng trước.</translation>
    </message>
    <message>
        <source>Meeting of %1 recorded: %2 of %3 members present.</source>
        <translation>Đã ghi nhận phiên họp ngày %1: %2/%3 thành viên có mặt.</translation>
    </message>
    <message>
        <source>Meeting of %1. An entry is recognised with the agreement of at least %2 of all %3 members (%4). Type the counts of the ballots and record each vote (Ctrl+Enter).</source>
        <translation>Phiên họp ngày %1. Sáng kiến được công nhận khi có ít nhất %2 trên tổng số %3 thành viên đồng ý (%4). Nhập số phiếu và ghi nhận từng sáng kiến (Ctrl+Enter).</translation>
    </message>
    <message>
        <source>This meeting had no quorum and cannot vote.</source>
        <translation>Phiên họp này không đủ số thành viên nên không được bỏ phiếu.</translation>
    </message>
    <message>
        <source>Recognised: %1 of %2 agree (%3 needed)</source>
        <translation>Được công nhận: %1/%2 đồng ý (cần %3)</translation>
    </message>
    <message>
        <source>Not recognised: %1 of %2 agree (%3 needed)</source>
        <translation>Không được công nhận: %1/%2 đồng ý (cần %3)</translation>
    </message>
    <message>
        <source>No entry has a score yet: the council votes on ranked entries.</source>
        <translation>Chưa có sáng kiến nào có điểm: Hội đồng bỏ phiếu cho các sáng kiến đã xếp hạng.</translation>
    </message>
    <message>
        <source>Record the meeting first.</source>
        <translation>Hãy ghi nhận phiên họp trước.</translation>
    </message>
    <message>
        <source>%1 is recognised: %2 of %3 members agree.</source>
        <translation>%1 được công nhận: %2/%3 thành viên đồng ý.</translation>
    </message>
    <message>
        <source>%1 is not recognised: %2 of %3 members agree, %4 needed.</source>
        <translation>%1 không được công nhận: %2/%3 thành viên đồng ý, cần %4.</translation>
    </message>
    <message>
        <source>The minutes were written to %1.</source>
        <translation>Đã ghi biên bản vào %1.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Đó&amp;ng</translation>
    </message>
    <message>
        <source>Recognition votes</source>
        <translation>Bỏ phiếu công nhận</translation>
    </message>
    <message>
        <source>Secret ballot: the counts typed in the table</source>
        <translation>Bỏ phiếu kín: nhập số phiếu vào bảng</translation>
    </message>
    <message>
        <source>Open vote: each member&apos;s choice</source>
        <translation>Biểu quyết công khai: ý kiến từng thành viên</translation>
    </message>
    <message>
        <source>&amp;Ballot:</source>
        <translation>&amp;Hình thức:</translation>
    </message>
    <message>
        <source>Nothing was recorded.</source>
        <translation>Chưa ghi nhận gì.</translation>
    </message>
    <message>
        <source>&amp;Print the Minutes…</source>
        <translation>&amp;In biên bản…</translation>
    </message>
    <message>
        <source>The minutes in the print preview, from which they print (Ctrl+P)</source>
        <translation>Xem trước biên bản và in từ đó (Ctrl+P)</translation>
    </message>
    <message>
        <source>Save the &amp;Minutes (PDF, ODT)…</source>
        <translation>Lưu &amp;biên bản (PDF, ODT)…</translation>
    </message>
    <message>
        <source>Minutes of the council&apos;s meeting</source>
        <translation>Biên bản họp Hội đồng</translation>
    </message>
    <message>
        <source>Save the Minutes</source>
        <translation>Lưu biên bản</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;OpenDocument text (*.odt)</source>
        <translation>PDF (*.pdf);;Văn bản OpenDocument (*.odt)</translation>
    </message>
</context>
<context>
    <name>sangkien::MoneyEdit</name>
    <message>
        <source>e.g. 1.250.000.000</source>
        <translation>ví dụ: 1.250.000.000</translation>
    </message>
</context>
<context>
    <name>sangkien::NewCampaignDialog</name>
    <message>
        <source>Campaign files (*.%1)</source>
        <translation>Tệp phong trào (*.%1)</translation>
    </message>
    <message>
        <source>New Campaign</source>
        <translation>Tạo phong trào mới</translation>
    </message>
    <message>
        <source>From an &amp;earlier campaign (units, criteria, award forms, quota rules and council are copied; entries and scores are not)</source>
        <translation>Từ phong trào &amp;trước (sao chép đơn vị, tiêu chí, hình thức và số lượng khen thưởng, Hội đồng; không sao chép hồ sơ và điểm chấm)</translation>
    </message>
    <message>
        <source>The earlier campaign file</source>
        <translation>Tệp phong trào trước</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Chọn…</translation>
    </message>
    <message>
        <source>From a &amp;template of the province</source>
        <translation>Theo &amp;mẫu của tỉnh</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <source>e.g. 12/KH-UBND (may be left empty until the plan is issued)</source>
        <translation>ví dụ 12/KH-UBND (có thể để trống đến khi kế hoạch được ban hành)</translation>
    </message>
    <message>
        <source>The &amp;plan&apos;s number:</source>
        <translation>Số &amp;kế hoạch:</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;họn…</translation>
    </message>
    <message>
        <source>New &amp;file:</source>
        <translation>&amp;Tệp mới:</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>&amp;Tạo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>The earlier campaign</source>
        <translation>Phong trào trước</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>Tạo phong trào mới</translation>
    </message>
    <message>
        <source>campaign-%1</source>
        <translation>phong-trao-%1</translation>
    </message>
    <message>
        <source>Choose the earlier campaign to start from.</source>
        <translation>Hãy chọn phong trào trước để tạo từ đó.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>Không tìm thấy %1.</translation>
    </message>
    <message>
        <source>Name the new campaign file.</source>
        <translation>Hãy đặt tên tệp phong trào mới.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name.</source>
        <translation>%1 đã có. Hãy chọn tên khác.</translation>
    </message>
</context>
<context>
    <name>sangkien::OpenVoteDialog</name>
    <message>
        <source>Open Vote</source>
        <translation>Biểu quyết công khai</translation>
    </message>
    <message>
        <source>Member present</source>
        <translation>Thành viên có mặt</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Ý kiến</translation>
    </message>
    <message>
        <source>%1 (conflict of interest: %2)</source>
        <translation>%1 (xung đột lợi ích: %2)</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Disagree</source>
        <translation>Không đồng ý</translation>
    </message>
    <message>
        <source>Abstain</source>
        <translation>Không biểu quyết</translation>
    </message>
    <message>
        <source>Does not vote</source>
        <translation>Không tham gia</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Ghi nhận</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>sangkien::PinDialog</name>
    <message>
        <source>Open review package</source>
        <translation>Mở gói hồ sơ chấm điểm</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Type the PIN that the council&apos;s office gave you with this package.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Hãy nhập mã PIN mà cơ quan thường trực Hội đồng đã gửi kèm gói hồ sơ này.</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>Mã &amp;PIN:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
</context>
<context>
    <name>sangkien::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Tùy chọn</translation>
    </message>
    <message>
        <source>Settings of the program on this computer. The campaign&apos;s own settings are under Campaign › Settings.</source>
        <translation>Thiết lập của chương trình trên máy tính này. Thiết lập riêng của từng phong trào nằm ở Phong trào › Thiết lập.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Ngôn ngữ:</translation>
    </message>
    <message>
        <source>The new language applies the next time the program starts.</source>
        <translation>Ngôn ngữ mới được áp dụng từ lần khởi động chương trình tiếp theo.</translation>
    </message>
    <message>
        <source>Where the office keeps its campaign files; earlier campaigns are looked for here. Empty: the Documents folder.</source>
        <translation>Nơi cơ quan lưu các tệp phong trào; các phong trào các năm trước được tìm ở đây. Để trống: thư mục Tài liệu (Documents).</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Chọn…</translation>
    </message>
    <message>
        <source>Campaign &amp;folder:</source>
        <translation>&amp;Thư mục phong trào:</translation>
    </message>
    <message>
        <source>Full name of the person who usually signs the decisions</source>
        <translation>Họ và tên người thường ký quyết định</translation>
    </message>
    <message>
        <source>Filled in as the signer of a campaign&apos;s first decision; it can be changed there.</source>
        <translation>Được điền sẵn làm người ký quyết định đầu tiên của phong trào; có thể sửa khi in quyết định.</translation>
    </message>
    <message>
        <source>Default &amp;signer:</source>
        <translation>Người &amp;ký mặc định:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Campaign folder</source>
        <translation>Thư mục phong trào</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Thư mục %1 không tồn tại.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
</context>
<context>
    <name>sangkien::QuotaRulesModel</name>
    <message>
        <source>Collectives and individuals together</source>
        <translation>Tập thể và cá nhân (tính chung)</translation>
    </message>
    <message>
        <source>Collectives</source>
        <translation>Tập thể</translation>
    </message>
    <message>
        <source>Individuals</source>
        <translation>Cá nhân</translation>
    </message>
    <message>
        <source>Award form</source>
        <translation>Hình thức khen thưởng</translation>
    </message>
    <message>
        <source>Nominees</source>
        <translation>Đối tượng</translation>
    </message>
    <message>
        <source>Max count</source>
        <translation>Số lượng tối đa</translation>
    </message>
    <message>
        <source>The maximum count must be a whole number of zero or more.</source>
        <translation>Số lượng tối đa phải là số nguyên từ 0 trở lên.</translation>
    </message>
    <message>
        <source>Unknown kind of nominee: %1.</source>
        <translation>Không rõ đối tượng: %1.</translation>
    </message>
    <message>
        <source>This award form already has a rule for %1.</source>
        <translation>Hình thức khen thưởng này đã có quy định cho đối tượng %1.</translation>
    </message>
    <message>
        <source>Every award form already has a rule for collectives, for individuals and for both together; change one of them instead.</source>
        <translation>Mỗi hình thức khen thưởng đều đã có quy định cho tập thể, cho cá nhân và cho cả hai (tính chung); hãy sửa một quy định đã có.</translation>
    </message>
    <message>
        <source>Unknown award form: %1.</source>
        <translation>Không có hình thức khen thưởng: %1.</translation>
    </message>
    <message>
        <source>%1 already has a rule for %2.</source>
        <translation>%1 đã có quy định cho đối tượng %2.</translation>
    </message>
</context>
<context>
    <name>sangkien::ReportDetailsDialog</name>
    <message>
        <source>Interim Report: Number, Date and Period</source>
        <translation>Báo cáo sơ kết: số, ngày và kỳ báo cáo</translation>
    </message>
    <message>
        <source>Final Report: Number, Date and Period</source>
        <translation>Báo cáo tổng kết: số, ngày và kỳ báo cáo</translation>
    </message>
    <message>
        <source>The report is printed with these details. Leave the number empty to write it by hand, and the period empty to count every entry of the campaign.</source>
        <translation>Báo cáo được in với các thông tin này. Để trống số nếu muốn ghi tay sau khi in; để trống kỳ báo cáo để tính mọi hồ sơ của phong trào.</translation>
    </message>
    <message>
        <source>e.g. 125 (optional)</source>
        <translation>ví dụ: 125 (không bắt buộc)</translation>
    </message>
    <message>
        <source>Full name of the person who signs (optional)</source>
        <translation>Họ và tên người ký (không bắt buộc)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <source>Entries received &amp;from:</source>
        <translation>Hồ sơ nhận &amp;từ ngày:</translation>
    </message>
    <message>
        <source>Write only the number; the symbol after the slash is added.</source>
        <translation>Chỉ ghi số; ký hiệu sau dấu gạch chéo sẽ được tự động thêm vào.</translation>
    </message>
    <message>
        <source>Write the report&apos;s date as dd/MM/yyyy.</source>
        <translation>Hãy ghi ngày báo cáo theo dạng dd/MM/yyyy.</translation>
    </message>
    <message>
        <source>The period ends before it begins.</source>
        <translation>Ngày cuối kỳ báo cáo trước ngày đầu kỳ.</translation>
    </message>
</context>
<context>
    <name>sangkien::ReportTextDialog</name>
    <message>
        <source>Report Texts</source>
        <translation>Mẫu văn bản báo cáo</translation>
    </message>
    <message>
        <source>Interim report</source>
        <translation>Báo cáo sơ kết</translation>
    </message>
    <message>
        <source>Final report</source>
        <translation>Báo cáo tổng kết</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Báo cáo:</translation>
    </message>
    <message>
        <source>One line is one paragraph. A line starting with I., II., … is a section heading, with 1., 2., … a subheading, with &quot;- &quot; an indented line. Placeholders in braces are replaced by the figures; a table or chart placeholder stands alone on its line.</source>
        <translation>Mỗi dòng là một đoạn. Dòng bắt đầu bằng I., II., … là tiêu đề mục, bằng 1., 2., … là tiêu đề tiểu mục, bằng &quot;- &quot; là dòng thụt vào. Các ô thay thế trong dấu ngoặc nhọn được thay bằng số liệu; ô thay thế bảng hoặc biểu đồ đứng riêng một dòng.</translation>
    </message>
    <message>
        <source>Restore &amp;Default</source>
        <translation>&amp;Khôi phục mặc định</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Cannot save the report texts</source>
        <translation>Không lưu được mẫu văn bản báo cáo</translation>
    </message>
</context>
<context>
    <name>sangkien::RestoreDialog</name>
    <message>
        <source>On opening</source>
        <translation>Khi mở tệp</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Trước khi nhập dữ liệu</translation>
    </message>
    <message>
        <source>Before merging scores</source>
        <translation>Trước khi nhập điểm</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Hằng ngày</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>Thủ công</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Khôi phục bản sao lưu</translation>
    </message>
    <message>
        <source>Backups are kept in %1: the last %2, and the newest of each month.</source>
        <translation>Các bản sao lưu được lưu trong %1: giữ %2 bản gần nhất và bản mới nhất của mỗi tháng.</translation>
    </message>
    <message>
        <source>Made at</source>
        <translation>Thời điểm tạo</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>không đọc được</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Khôi phục</translation>
    </message>
</context>
<context>
    <name>sangkien::ReviewDocumentsPanel</name>
    <message>
        <source>Kind:</source>
        <translation>Loại:</translation>
    </message>
    <message>
        <source>Nominee:</source>
        <translation>Tập thể/cá nhân:</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Đơn vị:</translation>
    </message>
    <message>
        <source>Authors:</source>
        <translation>Tác giả:</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Tóm tắt</translation>
    </message>
    <message>
        <source>No files are attached to this entry.</source>
        <translation>Hồ sơ này không có tệp đính kèm.</translation>
    </message>
    <message>
        <source>Opens a copy of the file with the program your computer uses for it.</source>
        <translation>Mở một bản sao của tệp bằng chương trình mà máy tính của bạn dùng cho loại tệp này.</translation>
    </message>
    <message>
        <source>Choose an entry in the grid to read its papers.</source>
        <translation>Hãy chọn một hồ sơ trong bảng điểm để xem tài liệu.</translation>
    </message>
    <message>
        <source>%1, content %2</source>
        <translation>%1, lĩnh vực %2</translation>
    </message>
    <message>
        <source>%1 — %2%</source>
        <translation>%1 — %2%</translation>
    </message>
    <message>
        <source>(none listed)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>The file %1 cannot be opened: %2</source>
        <translation>Không mở được tệp %1: %2</translation>
    </message>
    <message>
        <source>&amp;Papers</source>
        <translation>&amp;Hồ sơ</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>Prints the PDF shown.</source>
        <translation>In tệp PDF đang hiển thị.</translation>
    </message>
    <message>
        <source>Open with another &amp;program</source>
        <translation>Mở bằng &amp;chương trình khác</translation>
    </message>
    <message>
        <source>Attached &amp;files</source>
        <translation>Tệp đính &amp;kèm</translation>
    </message>
    <message>
        <source>Attached &amp;files (%1)</source>
        <translation>Tệp đính &amp;kèm (%1)</translation>
    </message>
    <message>
        <source>No program on this computer opens %1. Copy the file to a computer that has one, or ask the council&apos;s office for it on paper.</source>
        <translation>Máy tính này không có chương trình nào mở được %1. Hãy chép tệp sang máy có chương trình phù hợp, hoặc đề nghị văn phòng hội đồng gửi bản giấy.</translation>
    </message>
    <message>
        <source>%1 is not a PDF and is not shown here: open it with another program.</source>
        <translation>%1 không phải tệp PDF nên không hiển thị ở đây: hãy mở bằng chương trình khác.</translation>
    </message>
    <message>
        <source>This PDF cannot be read here (it is damaged or protected by a password): open it with another program.</source>
        <translation>Không đọc được tệp PDF này (tệp bị hỏng hoặc có mật khẩu): hãy mở bằng chương trình khác.</translation>
    </message>
    <message>
        <source>The first %1 of %2 pages are shown; open the file with another program to read the rest.</source>
        <translation>Đang hiển thị %1 trang đầu trong số %2 trang; mở tệp bằng chương trình khác để đọc các trang còn lại.</translation>
    </message>
    <message>
        <source>No PDF is shown to print.</source>
        <translation>Không có tệp PDF nào đang hiển thị để in.</translation>
    </message>
    <message>
        <source>The printer cannot be used.</source>
        <translation>Không dùng được máy in.</translation>
    </message>
    <message>
        <source>Print the attached file</source>
        <translation>In tệp đính kèm</translation>
    </message>
</context>
<context>
    <name>sangkien::ReviewExchangeDialog</name>
    <message>
        <source>Review packages and score returns</source>
        <translation>Gói hồ sơ chấm điểm và tệp kết quả chấm điểm</translation>
    </message>
    <message>
        <source>A&amp;nother PIN</source>
        <translation>Mã PIN &amp;khác</translation>
    </message>
    <message>
        <source>&amp;Export package…</source>
        <translation>&amp;Xuất gói hồ sơ…</translation>
    </message>
    <message>
        <source>Export the review package</source>
        <translation>Xuất gói hồ sơ chấm điểm</translation>
    </message>
    <message>
        <source>Review packages (*.skreview)</source>
        <translation>Gói hồ sơ chấm điểm (*.skreview)</translation>
    </message>
    <message>
        <source>Send a council member their entries to score</source>
        <translation>Gửi thành viên Hội đồng các hồ sơ cần chấm</translation>
    </message>
    <message>
        <source>Council &amp;member:</source>
        <translation>&amp;Thành viên Hội đồng:</translation>
    </message>
    <message>
        <source>&amp;PIN to read out:</source>
        <translation>Mã &amp;PIN đọc cho thành viên:</translation>
    </message>
    <message>
        <source>the PIN of the member&apos;s package</source>
        <translation>mã PIN của gói hồ sơ đã gửi thành viên</translation>
    </message>
    <message>
        <source>&amp;Import score return…</source>
        <translation>&amp;Nhập tệp kết quả chấm điểm…</translation>
    </message>
    <message>
        <source>Import a score return</source>
        <translation>Nhập tệp kết quả chấm điểm</translation>
    </message>
    <message>
        <source>Score returns (*.skscores)</source>
        <translation>Tệp kết quả chấm điểm (*.skscores)</translation>
    </message>
    <message>
        <source>Merge a member&apos;s score return</source>
        <translation>Nhập tệp kết quả chấm điểm của thành viên</translation>
    </message>
    <message>
        <source>P&amp;IN:</source>
        <translation>Mã P&amp;IN:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message numerus="yes">
        <source>The package for %1 (%n entries) is written to %2.
Read the PIN %3 out to the member; it opens the package and seals the score return.</source>
        <translation>
            <numerusform>Đã ghi gói hồ sơ chấm điểm của %1 (%n hồ sơ) vào %2.
Hãy đọc mã PIN %3 cho thành viên; mã này dùng để mở gói hồ sơ và niêm phong tệp kết quả chấm điểm.</numerusform>
        </translation>
    </message>
    <message>
        <source>The score return cannot be read: %1</source>
        <translation>Không đọc được tệp kết quả chấm điểm: %1</translation>
    </message>
    <message>
        <source>Nothing was merged: %1</source>
        <translation>Chưa nhập gì: %1</translation>
    </message>
    <message>
        <source>This score return was merged before; nothing changed.</source>
        <translation>Tệp kết quả chấm điểm này đã được nhập trước đó; không có gì thay đổi.</translation>
    </message>
    <message>
        <source>Merged: %1 sheets, %2 changed.</source>
        <translation>Đã nhập: %1 phiếu, %2 phiếu có thay đổi.</translation>
    </message>
    <message>
        <source>%1, %2: %3 → %4</source>
        <translation>%1, %2: %3 → %4</translation>
    </message>
    <message>
        <source>Not merged, the office&apos;s version kept:</source>
        <translation>Không nhập, giữ nguyên phiếu của Văn phòng:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Score return: %1</source>
        <translation>Tệp kết quả chấm điểm: %1</translation>
    </message>
</context>
<context>
    <name>sangkien::ReviewWindow</name>
    <message>
        <source>Scoring: %1 — %2</source>
        <translation>Chấm điểm: %1 — %2</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>Không mở được tệp</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Write score return…</source>
        <translation>&amp;Ghi tệp kết quả chấm điểm…</translation>
    </message>
    <message>
        <source>Write the sealed file of your scores to send to the council&apos;s office (Ctrl+S)</source>
        <translation>Ghi tệp điểm đã niêm phong để gửi cơ quan thường trực Hội đồng (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Đó&amp;ng</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation>Chấm điểm</translation>
    </message>
    <message>
        <source>The saved draft could not be read (%1); the package&apos;s own scores are shown.</source>
        <translation>Không đọc được bản nháp đã lưu (%1); đang hiển thị điểm có sẵn trong gói hồ sơ.</translation>
    </message>
    <message>
        <source>Your scores from the last session were restored (saved %1).</source>
        <translation>Đã khôi phục điểm bạn chấm ở lần làm việc trước (lưu lúc %1).</translation>
    </message>
    <message>
        <source>Your work is saved on this computer as you type.</source>
        <translation>Kết quả được tự động lưu trên máy tính này trong khi bạn nhập.</translation>
    </message>
    <message>
        <source>Not saved on this computer: %1</source>
        <translation>Chưa lưu được trên máy tính này: %1</translation>
    </message>
    <message>
        <source>Saved on this computer at %1.</source>
        <translation>Đã lưu trên máy tính này lúc %1.</translation>
    </message>
    <message>
        <source>%1 of %2 sheets complete</source>
        <translation>Đã chấm xong %1/%2 phiếu</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Write score return</source>
        <translation>Ghi tệp kết quả chấm điểm</translation>
    </message>
    <message>
        <source>Score returns (*.%1)</source>
        <translation>Tệp kết quả chấm điểm (*.%1)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more entry(ies).</source>
        <translation>
            <numerusform>… và %n hồ sơ khác.</numerusform>
        </translation>
    </message>
    <message>
        <source>The score return is not complete</source>
        <translation>Kết quả chấm điểm chưa đầy đủ</translation>
    </message>
    <message>
        <source>Every entry needs points for every criterion before the return can be written. Still missing:
%1</source>
        <translation>Mỗi hồ sơ phải có điểm cho tất cả tiêu chí thì mới ghi được tệp kết quả chấm điểm. Còn thiếu:
%1</translation>
    </message>
    <message>
        <source>The score return cannot be written</source>
        <translation>Không ghi được tệp kết quả chấm điểm</translation>
    </message>
    <message>
        <source>Score return written to %1</source>
        <translation>Đã ghi tệp kết quả chấm điểm vào %1</translation>
    </message>
    <message>
        <source>Score return written</source>
        <translation>Đã ghi tệp kết quả chấm điểm</translation>
    </message>
    <message>
        <source>Your scores were written to:
%1

Send this file to the council&apos;s office. The clerk imports it with the same PIN you used to open the package.</source>
        <translation>Điểm của bạn đã được ghi vào:
%1

Hãy gửi tệp này cho cơ quan thường trực Hội đồng. Cán bộ phụ trách sẽ nhập tệp bằng chính mã PIN bạn đã dùng để mở gói hồ sơ.</translation>
    </message>
    <message>
        <source>Your scores are kept on this computer and will be here when you open the package again, but they have not been written as a score return for the office yet.</source>
        <translation>Điểm của bạn được lưu trên máy tính này và sẽ còn nguyên khi bạn mở lại gói hồ sơ, nhưng chưa được ghi thành tệp kết quả chấm điểm để gửi cơ quan thường trực.</translation>
    </message>
    <message>
        <source>Score return not written yet</source>
        <translation>Chưa ghi tệp kết quả chấm điểm</translation>
    </message>
    <message>
        <source>Close, write it &amp;later</source>
        <translation>Đóng, ghi &amp;sau</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; scores %n entry(ies) of &lt;b&gt;%2&lt;/b&gt;. Type the points from the keyboard: Enter and Tab go along the row, then to the next entry still to score (marked in amber). Your work is saved on this computer as you type.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; chấm %n hồ sơ của &lt;b&gt;%2&lt;/b&gt;. Nhập điểm bằng bàn phím: Enter và Tab đi dọc theo dòng, rồi sang hồ sơ tiếp theo còn phải chấm (đánh dấu màu cam). Kết quả được tự động lưu trên máy tính này trong khi bạn nhập.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every entry is scored: write the score return (Ctrl+S).</source>
        <translation>Đã chấm xong mọi hồ sơ: hãy ghi tệp trả điểm (Ctrl+S).</translation>
    </message>
    <message>
        <source>%1 is not accepted (%2). Correct it, or press Delete to empty the cell.</source>
        <translation>Giá trị %1 không được chấp nhận (%2). Hãy sửa lại, hoặc bấm Delete để xoá ô.</translation>
    </message>
    <message>
        <source>Zoom %1%</source>
        <translation>Thu phóng %1%</translation>
    </message>
    <message>
        <source>Open the containing &amp;folder</source>
        <translation>&amp;Mở thư mục chứa tệp</translation>
    </message>
    <message>
        <source>Shows the folder of the score return written, to attach it to an email</source>
        <translation>Mở thư mục chứa tệp trả điểm vừa ghi, để đính kèm vào thư điện tử</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>Only entries &amp;still to score</source>
        <translation>Chỉ hiện hồ sơ &amp;chưa chấm xong</translation>
    </message>
    <message>
        <source>Hides the entries whose every criterion has points</source>
        <translation>Ẩn các hồ sơ đã có điểm ở mọi tiêu chí</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Phóng to</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Thu &amp;nhỏ</translation>
    </message>
    <message>
        <source>&amp;Normal size</source>
        <translation>Cỡ &amp;bình thường</translation>
    </message>
    <message>
        <source>A score return of this package was written on %1 (%2), and scores were changed after it: write the score return again and send the new file.</source>
        <translation>Tệp trả điểm của gói này đã được ghi lúc %1 (%2), sau đó điểm đã được sửa: hãy ghi lại tệp trả điểm và gửi tệp mới.</translation>
    </message>
    <message>
        <source>The score return of this package was written on %1 (%2). Change a score only if you mean to send a new return.</source>
        <translation>Tệp trả điểm của gói này đã được ghi lúc %1 (%2). Chỉ sửa điểm nếu bạn định gửi tệp trả điểm mới.</translation>
    </message>
    <message>
        <source>A value typed in the grid was not accepted: correct it or empty the cell first.
%1</source>
        <translation>Có giá trị nhập trong bảng điểm không được chấp nhận: hãy sửa lại hoặc xoá ô đó trước.
%1</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Cannot open the folder</source>
        <translation>Không mở được thư mục</translation>
    </message>
    <message>
        <source>No file manager on this computer opens folders. The score return is at:
%1</source>
        <translation>Máy tính này không có chương trình quản lý tệp để mở thư mục. Tệp trả điểm nằm tại:
%1</translation>
    </message>
</context>
<context>
    <name>sangkien::ScoreEntryDialog</name>
    <message>
        <source>Save &amp;draft</source>
        <translation>Lưu &amp;nháp</translation>
    </message>
    <message>
        <source>S&amp;ubmit sheets…</source>
        <translation>Nộ&amp;p phiếu…</translation>
    </message>
    <message>
        <source>Enter scores</source>
        <translation>Nhập điểm chấm</translation>
    </message>
    <message>
        <source>Keep the points typed so far (Ctrl+S); the sheets stay open for changes</source>
        <translation>Lưu các điểm đã nhập (Ctrl+S); phiếu vẫn có thể tiếp tục sửa</translation>
    </message>
    <message>
        <source>Hand in the complete sheets; a submitted sheet cannot be changed</source>
        <translation>Nộp các phiếu đã chấm đủ; phiếu đã nộp không thể sửa</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Council &amp;member:</source>
        <translation>&amp;Thành viên Hội đồng:</translation>
    </message>
    <message>
        <source>Type the points of the paper sheet: Enter moves down, Tab moves across, Delete empties a cell. Submitted sheets are greyed and cannot be changed.</source>
        <translation>Nhập điểm theo phiếu chấm giấy: Enter để xuống dòng, Tab để sang cột, Delete để xóa ô. Phiếu đã nộp được tô xám và không thể sửa.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The council has no members yet: add them in Campaign → Council.</source>
        <translation>Hội đồng chưa có thành viên: hãy thêm tại Phong trào → Hội đồng.</translation>
    </message>
    <message>
        <source>%1 of %2 sheets complete</source>
        <translation>Đã chấm đủ %1/%2 phiếu</translation>
    </message>
    <message>
        <source>, %1 submitted</source>
        <translation>, đã nộp %1</translation>
    </message>
    <message>
        <source> (not saved)</source>
        <translation> (chưa lưu)</translation>
    </message>
    <message>
        <source>No sheet is complete yet: a sheet is submitted when every criterion has points.</source>
        <translation>Chưa có phiếu nào chấm đủ: chỉ nộp được phiếu khi tất cả tiêu chí đều có điểm.</translation>
    </message>
    <message>
        <source>Submit sheets</source>
        <translation>Nộp phiếu</translation>
    </message>
    <message numerus="yes">
        <source>Submit %n complete sheet(s) of %1? A submitted sheet cannot be changed afterwards.</source>
        <translation>
            <numerusform>Nộp %n phiếu chấm điểm đã chấm đủ của %1? Phiếu đã nộp không thể sửa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sheet(s) submitted.</source>
        <translation>
            <numerusform>Đã nộp %n phiếu chấm điểm.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sheet(s) saved as drafts.</source>
        <translation>
            <numerusform>Đã lưu nháp %n phiếu chấm điểm.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved scores</source>
        <translation>Điểm chưa lưu</translation>
    </message>
    <message>
        <source>The points typed for %1 are not saved. Save them as a draft?</source>
        <translation>Điểm đã nhập cho %1 chưa được lưu. Lưu thành bản nháp?</translation>
    </message>
    <message>
        <source>&amp;Reopen sheet…</source>
        <translation>&amp;Mở lại phiếu…</translation>
    </message>
    <message>
        <source>The council&apos;s secretary turns the selected submitted sheet back into a draft, with a reason</source>
        <translation>Thư ký Hội đồng chuyển phiếu đã nộp đang chọn trở lại thành bản nháp, kèm theo lý do</translation>
    </message>
    <message>
        <source>Reopen the score sheet</source>
        <translation>Mở lại phiếu chấm điểm</translation>
    </message>
    <message>
        <source>Why is the sheet of %1 for %2 reopened? The reason goes into the trail.</source>
        <translation>Vì sao mở lại phiếu chấm điểm hồ sơ %2 của %1? Lý do sẽ được ghi vào nhật ký thay đổi.</translation>
    </message>
    <message>
        <source>The sheet for %1 is a draft again.</source>
        <translation>Phiếu chấm điểm hồ sơ %1 đã được chuyển lại thành bản nháp.</translation>
    </message>
</context>
<context>
    <name>sangkien::ScoreGridModel</name>
    <message>
        <source>%1: from 0 to %2 points; below %3 the entry fails this criterion</source>
        <translation>%1: từ 0 đến %2 điểm; dưới %3 điểm thì hồ sơ không đạt tiêu chí này</translation>
    </message>
    <message>
        <source>Not every criterion has points yet.</source>
        <translation>Còn tiêu chí chưa có điểm.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <source>%1 — at most %2 points, at least %3 to pass</source>
        <translation>%1 — tối đa %2 điểm, tối thiểu %3 điểm để đạt</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Nhận xét</translation>
    </message>
    <message>
        <source>The sheet for %1 is submitted; only the council&apos;s secretary can reopen it.</source>
        <translation>Phiếu chấm điểm hồ sơ %1 đã nộp; chỉ Thư ký Hội đồng mới có thể mở lại.</translation>
    </message>
    <message>
        <source>%1, %2: &quot;%3&quot; is not a number of points.</source>
        <translation>%1, %2: &quot;%3&quot; không phải là số điểm hợp lệ.</translation>
    </message>
    <message>
        <source>%1, %2: points go from 0 to %3.</source>
        <translation>%1, %2: điểm phải từ 0 đến %3.</translation>
    </message>
</context>
<context>
    <name>sangkien::SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <source>Roles are on for %1: say who is working.</source>
        <translation>Phong trào %1 đã bật phân quyền người dùng: hãy cho biết ai đang làm việc.</translation>
    </message>
    <message>
        <source>&amp;Login name:</source>
        <translation>Tên đăng &amp;nhập:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>Đăn&amp;g nhập</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>sangkien::StatisticsDashboard</name>
    <message>
        <source>Statistics</source>
        <translation>Thống kê</translation>
    </message>
    <message>
        <source>&amp;Whole Campaign</source>
        <translation>&amp;Cả phong trào</translation>
    </message>
    <message>
        <source>Count every entry, whatever its reception date</source>
        <translation>Tính mọi hồ sơ, bất kể ngày nhận</translation>
    </message>
    <message>
        <source>Entries received &amp;from</source>
        <translation>Hồ sơ nhận &amp;từ ngày</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>đế&amp;n ngày</translation>
    </message>
    <message>
        <source>Save &amp;Chart (PNG)…</source>
        <translation>Lưu &amp;biểu đồ (PNG)…</translation>
    </message>
    <message>
        <source>Save &amp;Table (Excel)…</source>
        <translation>Lưu &amp;bảng (Excel)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Đó&amp;ng</translation>
    </message>
    <message>
        <source>Not compared (not a campaign, or unreadable): %1</source>
        <translation>Không so sánh (không phải tệp phong trào hoặc không đọc được): %1</translation>
    </message>
    <message>
        <source>The period ends before it begins.</source>
        <translation>Ngày kết thúc kỳ thống kê trước ngày bắt đầu.</translation>
    </message>
    <message>
        <source>Entries: %1 (%2 collective, %3 individual)</source>
        <translation>Hồ sơ: %1 (%2 tập thể, %3 cá nhân)</translation>
    </message>
    <message>
        <source>scored: %1, mean score %2</source>
        <translation>đã chấm: %1, điểm trung bình %2</translation>
    </message>
    <message>
        <source>awards: %1</source>
        <translation>khen thưởng: %1</translation>
    </message>
    <message>
        <source>declared benefit: %1</source>
        <translation>lợi ích kinh tế các đơn vị nêu: %1</translation>
    </message>
    <message>
        <source>units that sent nothing: %1</source>
        <translation>đơn vị chưa gửi hồ sơ: %1</translation>
    </message>
    <message>
        <source>Received %1: </source>
        <translation>Hồ sơ nhận %1: </translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Không lưu được</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>Lưu biểu đồ</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Ảnh PNG (*.png)</translation>
    </message>
    <message>
        <source>Save Table</source>
        <translation>Lưu bảng</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>%1 (the %2 largest)</source>
        <translation>%1 (%2 nhóm lớn nhất)</translation>
    </message>
</context>
<context>
    <name>sangkien::StatusChangeDialog</name>
    <message>
        <source>&amp;Reason for returning:</source>
        <translation>&amp;Lý do trả lại:</translation>
    </message>
    <message>
        <source>What the unit has to add or correct</source>
        <translation>Những nội dung đơn vị cần bổ sung hoặc chỉnh sửa</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>&amp;Chuyển</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Entry %1 is &quot;%2&quot;.</source>
        <translation>Hồ sơ %1 đang ở trạng thái &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 entries selected.</source>
        <translation>Đã chọn %1 hồ sơ.</translation>
    </message>
    <message>
        <source>&amp;New status:</source>
        <translation>Trạng thái &amp;mới:</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Chuyển trạng thái</translation>
    </message>
    <message>
        <source>Say why the entry is returned: the unit needs to know what to fix.</source>
        <translation>Hãy ghi rõ lý do trả lại hồ sơ: đơn vị cần biết phải sửa những gì.</translation>
    </message>
    <message>
        <source>The change will be stamped with the time and your name.</source>
        <translation>Thay đổi sẽ được ghi kèm thời gian và tên của bạn.</translation>
    </message>
</context>
<context>
    <name>sangkien::UnitFormDialog</name>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Tên đơn vị:</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation>&amp;Huyện:</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
</context>
<context>
    <name>sangkien::UnitsDialog</name>
    <message>
        <source>Search units (accents optional)</source>
        <translation>Tìm đơn vị (có thể gõ không dấu)</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Thêm…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <source>&amp;Merge duplicates…</source>
        <translation>&amp;Gộp đơn vị trùng…</translation>
    </message>
    <message>
        <source>Select the same unit written two ways, then merge them into one</source>
        <translation>Chọn các đơn vị là một nhưng được ghi theo nhiều cách, rồi gộp lại thành một</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>Tìm &amp;kiếm:</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Danh mục đơn vị</translation>
    </message>
    <message>
        <source>Merged into &quot;%1&quot;.</source>
        <translation>Đã gộp vào &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>New unit</source>
        <translation>Đơn vị mới</translation>
    </message>
    <message>
        <source>Cannot add the unit</source>
        <translation>Không thêm được đơn vị</translation>
    </message>
    <message>
        <source>Cannot save the unit</source>
        <translation>Không lưu được đơn vị</translation>
    </message>
    <message>
        <source>Select two or more units that are the same (Ctrl+click), then merge.</source>
        <translation>Hãy chọn từ hai đơn vị trùng nhau trở lên (Ctrl+nhấp chuột), rồi gộp.</translation>
    </message>
    <message>
        <source>%1 (used by %2)</source>
        <translation>%1 (%2 lượt sử dụng)</translation>
    </message>
    <message>
        <source>Merge units</source>
        <translation>Gộp đơn vị</translation>
    </message>
    <message>
        <source>Keep which name? The others are removed and everything that refers to them moves to the one kept.</source>
        <translation>Giữ lại tên nào? Các đơn vị còn lại sẽ bị xóa và mọi dữ liệu liên quan đến chúng sẽ chuyển sang đơn vị được giữ lại.</translation>
    </message>
    <message>
        <source>Cannot merge the units</source>
        <translation>Không gộp được các đơn vị</translation>
    </message>
    <message>
        <source>(read-only)</source>
        <translation>(chỉ đọc)</translation>
    </message>
    <message>
        <source>&amp;Import a List…</source>
        <translation>&amp;Nhập danh sách…</translation>
    </message>
    <message>
        <source>Add the units a spreadsheet lists (.xlsx, .ods, .xls, .csv): a column &quot;Tên đơn vị&quot;, optionally &quot;Loại&quot; and &quot;Khu vực&quot;; units already there are left as they are</source>
        <translation>Thêm các đơn vị có trong bảng tính (.xlsx, .ods, .xls, .csv): cột &quot;Tên đơn vị&quot;, có thể thêm &quot;Loại&quot; và &quot;Khu vực&quot;; đơn vị đã có giữ nguyên</translation>
    </message>
    <message>
        <source>Import a units list</source>
        <translation>Nhập danh sách đơn vị</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.ods *.xls *.csv)</source>
        <translation>Bảng tính (*.xlsx *.ods *.xls *.csv)</translation>
    </message>
    <message>
        <source>Added %1 units; %2 were already there.</source>
        <translation>Đã thêm %1 đơn vị; %2 đơn vị đã có sẵn.</translation>
    </message>
</context>
<context>
    <name>sangkien::UnitsModel</name>
    <message>
        <source>%1 nominees, %2 co-authors, %3 council members</source>
        <translation>%1 tập thể/cá nhân được đề nghị, %2 đồng tác giả, %3 thành viên Hội đồng</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên đơn vị</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Huyện</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Liên quan</translation>
    </message>
</context>
<context>
    <name>sangkien::UsersDialog</name>
    <message>
        <source>Clerk</source>
        <translation>Văn thư</translation>
    </message>
    <message>
        <source>Council secretary</source>
        <translation>Thư ký Hội đồng</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Quản trị viên</translation>
    </message>
    <message>
        <source>Users and roles</source>
        <translation>Người dùng và phân quyền</translation>
    </message>
    <message>
        <source>Login name</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>&amp;Login name:</source>
        <translation>Tên đăng &amp;nhập:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Vai trò:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <source>Password a&amp;gain:</source>
        <translation>Nhập &amp;lại mật khẩu:</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Hai mật khẩu không khớp nhau.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Roles are on: everyone signs in when the campaign opens. Only the council&apos;s secretary reopens a submitted score sheet; only an administrator adds users.</source>
        <translation>Đã bật phân quyền: mọi người đều phải đăng nhập khi mở phong trào. Chỉ Thư ký Hội đồng mới được mở lại phiếu chấm điểm đã nộp; chỉ quản trị viên mới được thêm người dùng.</translation>
    </message>
    <message>
        <source>Roles are off: one person works on this campaign. Turn them on with a first administrator; from then on the program asks who is working.</source>
        <translation>Chưa bật phân quyền: chỉ một người làm việc với phong trào này. Hãy bật phân quyền bằng cách tạo quản trị viên đầu tiên; từ đó chương trình sẽ hỏi ai đang làm việc.</translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation>&amp;Thêm người dùng</translation>
    </message>
    <message>
        <source>&amp;Turn roles on</source>
        <translation>&amp;Bật phân quyền</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
    <message>
        <source>Sign in as an administrator first.</source>
        <translation>Hãy đăng nhập bằng tài khoản quản trị viên trước.</translation>
    </message>
</context>
</TS>
