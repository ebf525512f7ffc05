#!/usr/bin/python3
"""Writes the footer fixtures of the import tests into tests/data/spreadsheets/ (issue 15, item 1).

Lists as units send them: a merged title, the header, numbered entries, and below the last entry the
sheet's footer in each form offices write it. Run with Debian's python3 (python3-openpyxl); with
LibreOffice installed (libreoffice-calc-nogui) each list is also saved by LibreOffice (footer_*_lo.xlsx),
so the reader sees a file written by a real spreadsheet program. The generated files are committed.

  footer_signer.xlsx      24 entries, a blank row, "Người lập biểu", blank rows, the signer's name
  footer_place_date.xlsx  24 entries, a blank row, "Văn Lâm, ngày 15 tháng 3 năm 2024", "TM. ỦY BAN NHÂN
                          DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", the signer's name (merged cells)
  footer_totals.xlsx      12 entries, then at once "Tổng cộng" in the title column with a sum, and a
                          merged "Ghi chú: …" note
  footer_note.xlsx        12 entries, then at once a note in the STT column (no number, no title) and a
                          "Nơi nhận:" block
  two_bad_rows.xlsx       12 entries of which sheet rows 7 and 11 have no title, then a footer: refused
                          naming exactly rows 7 and 11
"""
import os
import shutil
import subprocess
import tempfile

import openpyxl
from openpyxl.styles import Font

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "spreadsheets")

HEADER = ["STT", "Tên sáng kiến", "Loại", "Lĩnh vực", "Họ và tên", "Năm sinh", "Chức vụ", "Đơn vị"]
UNITS = ["Sở Tư pháp", "Sở Y tế", "Sở Nội vụ", "Sở Tài chính", "UBND huyện Văn Lâm"]
CATEGORIES = ["1.a", "2.b", "2.d", "3.c", "4.a"]
SUBJECTS = ["quy trình tiếp nhận hồ sơ", "số hoá tài liệu lưu trữ", "phần mềm quản lý văn bản",
            "mô hình tưới tiết kiệm nước", "cải cách thủ tục đất đai", "theo dõi bệnh nhân ngoại trú"]
FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi"]
GIVEN = ["Văn An", "Thị Bình", "Minh Châu", "Quốc Dũng", "Thu Hà", "Đức Huy", "Ngọc Lan", "Hữu Phúc"]


def entry(n):
    return [n, f"Giải pháp cải tiến {SUBJECTS[n % len(SUBJECTS)]} số {n} tại đơn vị", "Sáng kiến",
            CATEGORIES[n % len(CATEGORIES)], f"{FAMILY[n % len(FAMILY)]} {GIVEN[(n * 3) % len(GIVEN)]}",
            1970 + n, "Chuyên viên", UNITS[n % len(UNITS)]]


def sheet_with_entries(title, count, first_row=4):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Danh sách"
    ws["A1"] = title
    ws.merge_cells("A1:H1")
    ws["A2"] = "(Kèm theo Công văn số 45/UBND-VP ngày 10/3/2024)"
    ws.merge_cells("A2:H2")
    for col, text in enumerate(HEADER, start=1):
        ws.cell(row=3, column=col, value=text).font = Font(name="Times New Roman", bold=True)
    for i in range(count):
        for col, value in enumerate(entry(i + 1), start=1):
            ws.cell(row=first_row + i, column=col, value=value).font = Font(name="Times New Roman")
    return wb, ws, first_row + count  # the first row below the entries


def merged(ws, row, first, last, text, bold=False):
    ws.cell(row=row, column=first, value=text).font = Font(name="Times New Roman", bold=bold)
    if last > first:
        ws.merge_cells(start_row=row, start_column=first, end_row=row, end_column=last)


def write_signer(path):
    wb, ws, row = sheet_with_entries("DANH SÁCH SÁNG KIẾN ĐỀ NGHỊ CÔNG NHẬN NĂM 2024", 24)
    # row is blank; the footer follows: who made the list, room for the signature, the name.
    merged(ws, row + 1, 5, 8, "Người lập biểu", bold=True)
    merged(ws, row + 2, 5, 8, "(Ký, ghi rõ họ tên)")
    merged(ws, row + 5, 5, 8, "Nguyễn Thị Hoa", bold=True)
    wb.save(path)


def write_place_date(path):
    wb, ws, row = sheet_with_entries("DANH SÁCH SÁNG KIẾN CỦA HUYỆN VĂN LÂM NĂM 2024", 24)
    merged(ws, row + 1, 5, 8, "Văn Lâm, ngày 15 tháng 3 năm 2024")
    merged(ws, row + 2, 5, 8, "TM. ỦY BAN NHÂN DÂN", bold=True)
    merged(ws, row + 3, 5, 8, "KT. CHỦ TỊCH", bold=True)
    merged(ws, row + 4, 5, 8, "PHÓ CHỦ TỊCH", bold=True)
    merged(ws, row + 8, 5, 8, "Trần Văn Nam", bold=True)
    wb.save(path)


def write_totals(path):
    wb, ws, row = sheet_with_entries("DANH SÁCH SÁNG KIẾN NĂM 2024", 12)
    ws.cell(row=row, column=2, value="Tổng cộng").font = Font(name="Times New Roman", bold=True)
    ws.cell(row=row, column=3, value="12 sáng kiến")
    ws.cell(row=row, column=6, value="=SUM(F4:F15)")
    merged(ws, row + 1, 1, 8, "Ghi chú: Danh sách gồm 12 sáng kiến; hồ sơ kèm theo gửi bản giấy về Văn phòng Sở.")
    wb.save(path)


def write_note(path):
    wb, ws, row = sheet_with_entries("DANH SÁCH SÁNG KIẾN NĂM 2024", 12)
    merged(ws, row, 1, 8, "* Các sáng kiến trên đã được áp dụng tại đơn vị từ năm 2023.")
    merged(ws, row + 1, 1, 3, "Nơi nhận:", bold=True)
    merged(ws, row + 2, 1, 3, "- Như trên;")
    merged(ws, row + 3, 1, 3, "- Lưu: VT.")
    merged(ws, row + 1, 5, 8, "GIÁM ĐỐC", bold=True)
    wb.save(path)


def write_two_bad_rows(path):
    wb, ws, row = sheet_with_entries("DANH SÁCH SÁNG KIẾN NĂM 2024", 12)
    ws["B7"] = None   # entry 4: no title
    ws["B11"] = None  # entry 8: no title
    merged(ws, row + 1, 5, 8, "Văn Lâm, ngày 15 tháng 3 năm 2024")
    merged(ws, row + 2, 5, 8, "Người lập biểu", bold=True)
    merged(ws, row + 5, 5, 8, "Lê Văn Tâm", bold=True)
    wb.save(path)


def save_with_libreoffice(names):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        print("LibreOffice not found: keeping the committed footer_*_lo.xlsx fixtures")
        return
    with tempfile.TemporaryDirectory() as profile:
        for name in names:
            with tempfile.TemporaryDirectory() as outdir:
                src = os.path.join(outdir, "src", name)
                os.makedirs(os.path.dirname(src))
                shutil.copy(os.path.join(OUT, name), src)
                subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless",
                                "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", outdir, src],
                               check=True, stdout=subprocess.DEVNULL)
                shutil.move(os.path.join(outdir, name), os.path.join(OUT, name.replace(".xlsx", "_lo.xlsx")))


def main():
    os.makedirs(OUT, exist_ok=True)
    writers = {"footer_signer.xlsx": write_signer, "footer_place_date.xlsx": write_place_date,
               "footer_totals.xlsx": write_totals, "footer_note.xlsx": write_note,
               "two_bad_rows.xlsx": write_two_bad_rows}
    for name, write in writers.items():
        write(os.path.join(OUT, name))
    save_with_libreoffice(list(writers))


if __name__ == "__main__":
    main()
