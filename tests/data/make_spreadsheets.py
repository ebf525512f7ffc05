#!/usr/bin/python3
"""Writes the spreadsheet fixtures of the reader tests into tests/data/spreadsheets/.

Run with Debian's python3 (python3-openpyxl). The generated files are committed, so the tests need
neither Python nor LibreOffice. With LibreOffice installed (libreoffice-calc-nogui), it also converts
vn_list.xlsx to .ods and .xls so those readers see files written by a real program.
"""
import datetime
import os
import random
import shutil
import subprocess
import tempfile
import unicodedata
import zipfile

import openpyxl
from openpyxl.styles import Font
from openpyxl.utils.datetime import CALENDAR_MAC_1904

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "spreadsheets")

HEADER = ["STT", "Họ và tên", "Tên sáng kiến", "Đơn vị", "Chức vụ", "Đồng tác giả", "Lĩnh vực", "Ngày nộp"]
ROWS = [
    [1, "Nguyễn Văn An", "Ứng dụng phần mềm quản lý hồ sơ một cửa", "Sở Tư pháp", "Chuyên viên",
     "Trần Thị Bình", "Cải cách hành chính", datetime.date(2024, 3, 15)],
    [2, "Lê Thị Hồng Nhung", "Cải tiến quy trình tiếp nhận bệnh nhân", "Bệnh viện Đa khoa tỉnh",
     "Điều dưỡng trưởng", "", "Y tế", datetime.date(2024, 4, 1)],
    [3, "Phạm Quốc Việt", "Số hoá tài liệu lưu trữ", "Sở Nội vụ", "Phó Giám đốc",
     "Đỗ Minh Tuấn; Hoàng Thị Lan", "Khoa học công nghệ", datetime.date(2024, 5, 20)],
]
# "Hà Nội" typed with the TCVN3 (ABC) keyboard in .VnTime: its bytes read as Windows-1252.
TCVN3_HANOI = "Hµ Néi"
# "Hà Nội" typed in VNI-Times (VNI-Windows encoding) read as Windows-1252.
VNI_HANOI = "Haø Noäi"


def write_vn_list_xlsx(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Danh sách"
    ws["A1"] = "DANH SÁCH SÁNG KIẾN ĐỀ NGHỊ CÔNG NHẬN NĂM 2024"
    ws.merge_cells("A1:H1")
    ws["A2"] = "(Kèm theo Công văn số 123/SYT-TCCB)"
    ws.merge_cells("A2:H2")
    for col, title in enumerate(HEADER, start=1):
        ws.cell(row=3, column=col, value=title).font = Font(name="Times New Roman", bold=True)
    for r, values in enumerate(ROWS, start=4):
        for col, value in enumerate(values, start=1):
            if value == "":
                continue
            cell = ws.cell(row=r, column=col, value=value)
            cell.font = Font(name="Times New Roman")
            if isinstance(value, datetime.date):
                cell.number_format = "dd/mm/yyyy"
    ws["B8"] = TCVN3_HANOI
    ws["B8"].font = Font(name=".VnTime")
    ws["B9"] = VNI_HANOI
    ws["B9"].font = Font(name="VNI-Times")
    ws["C8"] = 0.5
    ws["C8"].number_format = "0%"
    ws["D8"] = True
    ws["E8"] = datetime.datetime(2024, 6, 1, 14, 30, 0)
    ws["E8"].number_format = "dd/mm/yyyy hh:mm"
    ws["F8"] = "=1/0"  # openpyxl writes no cached value: the cell reads as empty

    notes = wb.create_sheet("Ghi chú")
    notes["A1"] = "Ghi chú"
    notes["A2"] = "Tệp do đơn vị gửi"

    hidden = wb.create_sheet("Ẩn")
    hidden.sheet_state = "hidden"
    hidden["A1"] = "Dữ liệu ẩn"
    wb.save(path)


def write_csvs():
    lines = [HEADER] + [[str(v) if not isinstance(v, datetime.date) else v.strftime("%d/%m/%Y") for v in row]
                        for row in ROWS]

    def csv_text(rows, delimiter):
        out = []
        for row in rows:
            fields = []
            for f in row:
                if any(ch in f for ch in (delimiter, '"', "\n", "\r")):
                    f = '"' + f.replace('"', '""') + '"'
                fields.append(f)
            out.append(delimiter.join(fields))
        return "\r\n".join(out) + "\r\n"

    with open(os.path.join(OUT, "vn_list_utf8_bom.csv"), "wb") as f:
        f.write(b"\xef\xbb\xbf" + csv_text(lines, ",").encode("utf-8"))
    # Excel's "Unicode text": UTF-16 LE with a BOM, tab-separated.
    with open(os.path.join(OUT, "vn_list_utf16le.txt"), "wb") as f:
        f.write(b"\xff\xfe" + csv_text(lines, "\t").encode("utf-16-le"))
    # Excel's plain "CSV" on a Vietnamese Windows: code page 1258, tone marks as combining characters.
    with open(os.path.join(OUT, "vn_list_cp1258.csv"), "wb") as f:
        f.write(encode_cp1258(csv_text(lines, ",")))
    # LibreOffice with a Vietnamese locale: semicolons, decimal commas, a quoted line break and quotes.
    semicolon = lines + [["4", 'Võ Thị "Út"', "Dòng một\nDòng hai", "Sở Tài chính", "Kế toán", "", "Tài chính",
                          "2,5"]]
    with open(os.path.join(OUT, "vn_list_semicolon.csv"), "wb") as f:
        f.write(csv_text(semicolon, ";").replace("\r\n", "\n").encode("utf-8"))


TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def encode_cp1258(text):
    """Windows-1258 as Windows writes it: base letter (with its breve/circumflex/horn) + tone mark."""
    out = bytearray()
    for ch in text:
        decomposed = unicodedata.normalize("NFD", ch)
        base = "".join(c for c in decomposed if c not in TONES)
        tones = [c for c in decomposed if c in TONES]
        out += unicodedata.normalize("NFC", base).encode("cp1258")
        for t in tones:
            out += t.encode("cp1258")
    return bytes(out)


def write_bomb(path, rows):
    """An xlsx whose sheet repeats one small row: tiny zipped, large unzipped."""
    sheet_head = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                  '<sheetData>')
    row = '<row><c t="inlineStr"><is><t>x</t></is></c></row>'
    sheet = sheet_head + row * rows + "</sheetData></worksheet>"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("[Content_Types].xml",
                   '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
                   'package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/>'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
                   'relationships+xml"/></Types>')
        z.writestr("_rels/.rels",
                   '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats'
                   '.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
                   'openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
                   'Target="xl/workbook.xml"/></Relationships>')
        z.writestr("xl/workbook.xml",
                   '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/'
                   'spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/'
                   'relationships"><sheets><sheet name="Bomb" sheetId="1" r:id="rId1"/></sheets></workbook>')
        z.writestr("xl/_rels/workbook.xml.rels",
                   '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats'
                   '.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
                   'openxmlformats.org/officeDocument/2006/relationships/worksheet" '
                   'Target="/xl/worksheets/sheet1.xml"/></Relationships>')
        z.writestr("xl/worksheets/sheet1.xml", sheet)


def write_encrypted_ods(path):
    """The shape of a password-protected .ods: the manifest declares encryption, the parts are noise."""
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:'
                'opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry '
                'manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml">'
                '<manifest:encryption-data manifest:checksum-type="SHA1/1K" manifest:checksum="AAAA">'
                '<manifest:algorithm manifest:algorithm-name="Blowfish CFB" manifest:initialisation-vector="AAAA"/>'
                '<manifest:key-derivation manifest:key-derivation-name="PBKDF2" manifest:iteration-count="1024" '
                'manifest:salt="AAAA"/></manifest:encryption-data></manifest:file-entry></manifest:manifest>')
    rng = random.Random(7)
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("META-INF/manifest.xml", manifest)
        z.writestr("content.xml", bytes(rng.randrange(256) for _ in range(512)))


def convert_with_libreoffice(src):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        print("LibreOffice not found: keeping the committed LibreOffice-written fixtures")
        return
    with tempfile.TemporaryDirectory() as profile:
        for fmt, name in (("ods", "vn_list_lo.ods"), ("xls:MS Excel 97", "vn_list_lo.xls"),
                          ("xlsx:Calc MS Excel 2007 XML", "vn_list_lo.xlsx")):
            with tempfile.TemporaryDirectory() as outdir:
                subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless",
                                "--convert-to", fmt, "--outdir", outdir, src], check=True,
                               stdout=subprocess.DEVNULL)
                produced = [p for p in os.listdir(outdir)]
                shutil.move(os.path.join(outdir, produced[0]), os.path.join(OUT, name))


# The importer's list: every field the importer reads, the header on row 3 under a merged title,
# codes and wordings of categories, kinds with and without diacritics, shares written four ways, real
# date cells and dd/mm/yyyy text, and rows typed in TCVN3 (.VnTime) and VNI (VNI-Times).
IMPORT_HEADER = ["STT", "Tên sáng kiến", "Loại", "Lĩnh vực", "Họ và tên", "Năm sinh", "Chức vụ", "Đơn vị",
                 "Đồng tác giả", "Tỷ lệ đóng góp", "Ngày nộp"]
# Encoded with core/text/legacy_encoding (encodeTcvn3 / encodeVni): Windows-1252 characters as typed.
TCVN3_TITLE = "X\u00a9y d\u00f9ng m\u00ab h\u00d7nh t\u00ad\u00edi ti\u00d5t ki\u00d6m n\u00ad\u00edc cho c\u00a9y \u00a8n qu\u00b6"
TCVN3_NAME = "Ho\u00b5ng V\u00a8n H\u00b6i"  # Hoàng Văn Hải
TCVN3_POSITION = "K\u00fc s\u00ad n\u00abng nghi\u00d6p"  # Kỹ sư nông nghiệp
VNI_TITLE = ("Gia\u00fbi pha\u00f9p gia\u00fbm th\u00f4\u00f8i gian ch\u00f4\u00f8 kha\u00f9m be\u00e4nh "
             "ngoa\u00efi tru\u00f9")  # Giải pháp giảm thời gian chờ khám bệnh ngoại trú
VNI_NAME = "Pha\u00efm Th\u00f2 Thu"  # Phạm Thị Thu
VNI_COAUTHOR = "Le\u00e2 Va\u00ean C\u00f6\u00f4\u00f8ng (30%)"  # Lê Văn Cường (30%)
IMPORT_ROWS = [
    [1, "Ứng dụng phần mềm quản lý hồ sơ một cửa điện tử", "Sáng kiến", "2.b", "Nguyễn Văn An", 1985,
     "Chuyên viên", "Sở Tư pháp", "Trần Thị Bình", "60%; 40%", datetime.date(2024, 3, 15)],
    [2, "Cải tiến quy trình tiếp nhận bệnh nhân tại khoa khám bệnh", "Cải tiến kỹ thuật", "II.2.d",
     "Lê Thị Hồng Nhung", 1979, "Điều dưỡng trưởng", "Sở Y tế", "", "", "01/04/2024"],
    [3, "Số hoá tài liệu lưu trữ lịch sử của Sở Nội vụ", "giai phap huu ich", "2d", "Phạm Quốc Việt", 1970,
     "Phó Giám đốc", "Sở Nội vụ", "Đỗ Minh Tuấn\nHoàng Thị Lan", "50\n30\n20", datetime.date(2024, 5, 20)],
    [4, TCVN3_TITLE, "Sáng kiến", "4.a", TCVN3_NAME, 1982, TCVN3_POSITION, "UBND huyện Văn Lâm", "", "",
     datetime.date(2024, 6, 3)],
    [5, VNI_TITLE, "Sáng kiến", "3.c", VNI_NAME, 1990, "Bác sĩ", "Sở Y tế", VNI_COAUTHOR, "",
     datetime.date(2024, 6, 10)],
    [6, "Chuẩn hoá quy trình thanh toán vốn đầu tư công qua Kho bạc", "", "Cải cách thủ tục hành chính",
     "", "", "", "Sở Tài chính", "Vũ Văn Hùng; Ngô Thị Mai", "0,7; 0,3", "12/07/2024"],
]


def write_vn_import_xlsx(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Danh sách"
    ws["A1"] = "DANH SÁCH SÁNG KIẾN ĐỀ NGHỊ CÔNG NHẬN NĂM 2024"
    ws.merge_cells("A1:K1")
    ws["A2"] = "(Kèm theo Công văn số 45/STP-VP ngày 20/7/2024)"
    ws.merge_cells("A2:K2")
    for col, title in enumerate(IMPORT_HEADER, start=1):
        ws.cell(row=3, column=col, value=title).font = Font(name="Times New Roman", bold=True)
    for r, values in enumerate(IMPORT_ROWS, start=4):
        legacy = {4: ".VnTime", 5: "VNI-Times"}.get(values[0])
        for col, value in enumerate(values, start=1):
            if value == "":
                continue
            cell = ws.cell(row=r, column=col, value=value)
            is_legacy = legacy and isinstance(value, str) and value in (
                TCVN3_TITLE, TCVN3_NAME, TCVN3_POSITION, VNI_TITLE, VNI_NAME, VNI_COAUTHOR)
            cell.font = Font(name=legacy if is_legacy else "Times New Roman")
            if isinstance(value, datetime.date):
                cell.number_format = "dd/mm/yyyy"
    wb.save(path)


def convert_import_with_libreoffice(src):
    """The importer's list as LibreOffice writes it: .ods, .xls (fonts lost: text is guessed) and CSV."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        print("LibreOffice not found: keeping the committed vn_import_lo.* fixtures")
        return
    with tempfile.TemporaryDirectory() as profile:
        for fmt, name in (("ods", "vn_import_lo.ods"), ("xls:MS Excel 97", "vn_import_lo.xls"),
                          ("csv:Text - txt - csv (StarCalc):44,34,76,1", "vn_import_lo.csv")):
            with tempfile.TemporaryDirectory() as outdir:
                subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless",
                                "--convert-to", fmt, "--outdir", outdir, src], check=True,
                               stdout=subprocess.DEVNULL)
                produced = [p for p in os.listdir(outdir)]
                shutil.move(os.path.join(outdir, produced[0]), os.path.join(OUT, name))


# The edge cases the office's files have (the external corpus has them too, but a clone of the
# repository must test them alone): a merged title, rows LibreOffice compresses into one repeated row,
# a long run of empty rows, shared strings with entities and Excel's _x000D_ escape, formulas read by
# the value the writer cached, a hidden sheet.
EDGE_FILLER = [0, "Chưa đặt tên", "Dự phòng"]


def write_edge_cases_xlsx(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Danh sách"
    ws["A1"] = "DANH SÁCH SÁNG KIẾN NĂM 2024"
    ws.merge_cells("A1:E1")
    for col, title in enumerate(["STT", "Tên sáng kiến", "Ghi chú", "Điểm", "Tổng"], start=1):
        ws.cell(row=2, column=col, value=title)
    for r in range(3, 7):  # four identical rows: LibreOffice writes one row repeated four times
        for col, value in enumerate(EDGE_FILLER, start=1):
            ws.cell(row=r, column=col, value=value)
    ws["B7"] = "Nghiên cứu & phát triển <R&D> \"Sở\""
    ws["B8"] = "Dòng một\r\nDòng hai"
    ws["A9"] = 9
    ws["D9"] = 40
    ws["E9"] = "=D9*2+A9"  # openpyxl caches nothing: LibreOffice computes 89 and saves it
    ws["C9"] = '=CONCATENATE("Sở ","Y tế")'
    ws["B30"] = "Hết danh sách"  # after 20 empty rows
    hidden = wb.create_sheet("Ẩn")
    hidden.sheet_state = "hidden"
    hidden["A1"] = "Dữ liệu ẩn"
    wb.save(path)


def convert_edge_cases_with_libreoffice(src):
    """LibreOffice's .xlsx (shared strings, cached formula values) and .ods (repeated rows)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        print("LibreOffice not found: keeping the committed edge_cases_lo.* fixtures")
        return
    with tempfile.TemporaryDirectory() as profile:
        for fmt, name in (("ods", "edge_cases_lo.ods"), ("xlsx:Calc MS Excel 2007 XML", "edge_cases_lo.xlsx")):
            with tempfile.TemporaryDirectory() as outdir:
                subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless",
                                "--convert-to", fmt, "--outdir", outdir, src], check=True,
                               stdout=subprocess.DEVNULL)
                produced = [p for p in os.listdir(outdir)]
                shutil.move(os.path.join(outdir, produced[0]), os.path.join(OUT, name))
    add_x000d_to_shared_strings(os.path.join(OUT, "edge_cases_lo.xlsx"))


def add_x000d_to_shared_strings(path):
    """Excel writes a carriage return inside a shared string as _x000D_; LibreOffice writes &#10; for the
    whole line break. Rewrite LibreOffice's entry for B8 the way Excel stores it."""
    with zipfile.ZipFile(path) as z:
        parts = [(info, z.read(info.filename)) for info in z.infolist()]
    with zipfile.ZipFile(path + ".tmp", "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in parts:
            if info.filename == "xl/sharedStrings.xml":
                text = data.decode("utf-8")
                line_break = "Dòng một&#10;Dòng hai"
                if line_break not in text:
                    raise SystemExit("LibreOffice's shared strings changed: " + text)
                data = text.replace(line_break, "Dòng một_x000D_&#10;Dòng hai").encode("utf-8")
            z.writestr(info, data)
    os.replace(path + ".tmp", path)


def write_1904_xlsx(path):
    """A workbook in the 1904 date system (Excel for Mac): the same serial is a date four years later."""
    wb = openpyxl.Workbook()
    wb.epoch = CALENDAR_MAC_1904
    ws = wb.active
    ws.title = "Ngày 1904"
    ws["A1"] = "Ngày nộp"
    ws["A2"] = datetime.date(2024, 3, 15)
    ws["A2"].number_format = "dd/mm/yyyy"
    ws["A3"] = datetime.datetime(2024, 6, 1, 14, 30)
    ws["A3"].number_format = "dd/mm/yyyy hh:mm"
    ws["B2"] = 45000  # a plain number stays a number
    wb.save(path)


def write_bom_cr_csv(path):
    """UTF-8 with a BOM and records ended by CR alone (old Mac line ends), a quoted CR inside a field."""
    records = ["STT,Họ và tên,Đơn vị", "1,Nguyễn Văn An,Sở Tư pháp", "2,\"Lê Thị\rHồng Nhung\",Sở Y tế",
               "3,Phạm Quốc Việt,Sở Nội vụ"]
    with open(path, "wb") as f:
        f.write(b"\xef\xbb\xbf" + "\r".join(records).encode("utf-8") + b"\r")


def main():
    os.makedirs(OUT, exist_ok=True)
    write_vn_list_xlsx(os.path.join(OUT, "vn_list.xlsx"))
    write_csvs()
    with open(os.path.join(OUT, "vn_list.xlsx"), "rb") as f:
        data = f.read()
    with open(os.path.join(OUT, "truncated.xlsx"), "wb") as f:
        f.write(data[: len(data) // 2])
    rng = random.Random(5)
    with open(os.path.join(OUT, "random_bytes.xlsx"), "wb") as f:
        f.write(bytes(rng.randrange(256) for _ in range(4096)))
    open(os.path.join(OUT, "empty.xlsx"), "wb").close()
    open(os.path.join(OUT, "empty.csv"), "wb").close()
    # 400,000 rows, about 20 MB unzipped: past the 8 MB limit the test sets.
    write_bomb(os.path.join(OUT, "bomb.xlsx"), 400_000)
    with open(os.path.join(OUT, "web_page.xls"), "wb") as f:
        f.write("<html><body><table><tr><td>STT</td><td>Họ và tên</td></tr></table></body></html>\n"
                .encode("utf-8"))
    write_encrypted_ods(os.path.join(OUT, "encrypted.ods"))
    convert_with_libreoffice(os.path.join(OUT, "vn_list.xlsx"))
    write_vn_import_xlsx(os.path.join(OUT, "vn_import.xlsx"))
    convert_import_with_libreoffice(os.path.join(OUT, "vn_import.xlsx"))
    write_edge_cases_xlsx(os.path.join(OUT, "edge_cases.xlsx"))
    convert_edge_cases_with_libreoffice(os.path.join(OUT, "edge_cases.xlsx"))
    write_1904_xlsx(os.path.join(OUT, "edge_1904.xlsx"))
    write_bom_cr_csv(os.path.join(OUT, "edge_bom_cr.csv"))


if __name__ == "__main__":
    main()
