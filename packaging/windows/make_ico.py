#!/usr/bin/env python3
"""Packs the icon's PNG sizes (resources/icons/sangkien-*.png) into one Windows .ico, each size stored as
PNG (Windows Vista and later read them): the installer's icon and the programs' own.
usage: make_ico.py ICONS_FOLDER OUT.ico"""
import pathlib
import struct
import sys

icons, out = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
sizes = [16, 32, 48, 64, 128, 256]
images = [(size, (icons / f"sangkien-{size}.png").read_bytes()) for size in sizes]
header = struct.pack("<HHH", 0, 1, len(images))  # reserved, type 1 (icon), count
offset = len(header) + 16 * len(images)
entries, data = b"", b""
for size, png in images:
    side = 0 if size >= 256 else size  # 0 means 256 in an .ico directory entry
    entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset + len(data))
    data += png
tmp = out.with_suffix(".tmp")
tmp.write_bytes(header + entries + data)
tmp.replace(out)
