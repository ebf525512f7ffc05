#!/usr/bin/python3
"""Writes a units' list of ROWS initiatives as an .xlsx written by LibreOffice, for the import benchmark.

Usage: make_import_sheet.py ROWS OUT.xlsx [--profile DIR]

The rows (Vietnamese titles, names, units, shares and dates, a title line above the header as units write
it) go to a UTF-8 CSV first; LibreOffice then converts it, so the file's writer is LibreOffice Calc as for
the units' own lists (docProps/app.xml names it; the script checks). --profile keeps LibreOffice's user
profile in DIR between calls (a private one, never the user's); without it a temporary one is used.
"""
import csv
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile

UNITS = ["Sở Tư pháp", "Sở Y tế", "Sở Nội vụ", "UBND huyện Văn Lâm", "Sở Tài chính", "Sở Công Thương"]
CATEGORIES = ["1.a", "2.b", "2.d", "3.c", "4.a", "4.b"]


def write_csv(rows, path):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["DANH SÁCH SÁNG KIẾN NĂM 2024"])
        w.writerow(["STT", "Tên sáng kiến", "Lĩnh vực", "Họ và tên", "Năm sinh", "Đơn vị", "Đồng tác giả",
                    "Tỷ lệ đóng góp", "Ngày nộp"])
        for i in range(1, rows + 1):
            w.writerow([i, f"Sáng kiến cải tiến quy trình nghiệp vụ số {i} tại đơn vị {i % 97}",
                        CATEGORIES[i % 6], f"Nguyễn Văn Người{i}", 1970 + i % 30, UNITS[i % 6],
                        f"Trần Thị Phụ{i}", "60%; 40%", f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}"])


def main():
    args = sys.argv[1:]
    profile = None
    if "--profile" in args:
        at = args.index("--profile")
        profile = args[at + 1]
        del args[at:at + 2]
    if len(args) != 2:
        sys.exit(__doc__)
    rows, out = int(args[0]), os.path.abspath(args[1])
    with tempfile.TemporaryDirectory() as work:
        profile_dir = os.path.abspath(profile or os.path.join(work, "profile"))
        source = os.path.join(work, "danh-sach.csv")
        write_csv(rows, source)
        # 44 = comma, 34 = quote, 76 = UTF-8, from line 1; ISO dates become date cells.
        subprocess.run(["libreoffice", f"-env:UserInstallation=file://{profile_dir}", "--headless",
                        "--infilter=CSV:44,34,76,1", "--convert-to", "xlsx", "--outdir", work, source],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        written = os.path.join(work, "danh-sach.xlsx")
        with zipfile.ZipFile(written) as z:
            app = z.read("docProps/app.xml").decode("utf-8")
        if "<Application>LibreOffice" not in app:
            sys.exit("make_import_sheet.py: the .xlsx does not say LibreOffice wrote it")
        shutil.move(written, out)


if __name__ == "__main__":
    main()
